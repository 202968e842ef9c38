"""Skills & reports: the leaders' reports, skills administration, the proficiency matrix, training records,
and each person's own record."""
