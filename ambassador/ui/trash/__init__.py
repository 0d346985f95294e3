"""Papperskorg: what was deleted, restorable for 30 days."""
