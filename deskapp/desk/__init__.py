"""The desk: logging, correcting and undoing enquiries, the log, drafts, quick keys and the coded lists."""
