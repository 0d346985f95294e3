"""Ambassador: follow-up of work placements for a municipal labour-market coordinator."""

__version__ = "0.1.0"
