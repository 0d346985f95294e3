"""Hjälp: the keyboard shortcuts and About Ambassador."""
