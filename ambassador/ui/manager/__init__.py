"""A manager's window: figures only."""
