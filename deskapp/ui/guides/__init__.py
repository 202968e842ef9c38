"""Guides: search as you type, read, walk a branching guide step by step, feedback, versions, review."""
