"""Deltagare: the list of participants, a participant's forms and consents."""
