"""deskapp: an offline desk log for a cross-skilled library and IT service desk."""

__version__ = "0.1.0"
