"""Inställningar: the organisation's settings, plans and reporting categories."""
