"""Import desk history and export the enquiry log, from the Staff & settings page (a tab of its own)."""
