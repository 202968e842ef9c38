"""Checklists: templates, runs ticked by keyboard, notes, overdue flags, history; today's due runs."""
