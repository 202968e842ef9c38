"""What every capability stands on: paths, settings, logging, the acting person and the audit trail, desks,
backup and restore."""
