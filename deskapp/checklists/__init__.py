"""Checklists: templates and their recorded runs."""
