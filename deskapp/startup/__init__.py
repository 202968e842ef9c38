"""Putting a database in place: open and migrate, seed the reference data, self-test, demo history."""
