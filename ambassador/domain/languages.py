"""The languages the program speaks, in one place: the window, the documents, the command line
and the settings all take them from here."""

from __future__ import annotations

# English is the source language (its translation file holds only the plural forms).
LANGUAGES = ("sv", "en", "da")
DEFAULT_LANGUAGE = "sv"
# Each language by its own name, as a language chooser shows it whatever the window speaks.
NATIVE_NAMES = {"sv": "Svenska", "en": "English", "da": "Dansk"}
