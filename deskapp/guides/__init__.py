"""Troubleshooting guides: the library of guides, their file format, folders and search."""
