"""The use cases: each call one transaction, the only way the window and CLI change data."""
