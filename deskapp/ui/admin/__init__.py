"""Staff & settings (team leaders): the staff list, this PC's desk settings, settings shared by all desks."""
