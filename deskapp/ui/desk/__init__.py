"""The desk screen: log an enquiry in seconds."""
