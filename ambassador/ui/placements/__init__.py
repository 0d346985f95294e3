"""Placeringar: the list of placements, the placement's forms, its follow-up plan and
timeline."""
