"""People: staff, signing in, skills, proficiency and training."""
