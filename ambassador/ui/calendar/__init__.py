"""Kalender: check-ins by week and month."""
