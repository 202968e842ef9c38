"""The Qt face of deskapp. Talks to the domain layer only through its functions."""
