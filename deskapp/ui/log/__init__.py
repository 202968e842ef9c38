"""The enquiry log: browse, filter, correct."""
