"""An entry's name in a language, falling back to the label it is stored by."""

from __future__ import annotations

from ambassador.domain.enums import ListName
from ambassador.domain.list_names import ListEntry, ListNames, clean_entries


def test_a_named_label_shows_its_name_and_any_other_its_label() -> None:
    names = ListNames("en", {("note_kinds", "Arbetsplatsbesök"): "Workplace visit"})
    assert names.name(ListName.NOTE_KINDS, "Arbetsplatsbesök") == "Workplace visit"
    assert names.name(ListName.PLACEMENT_TYPES, "Arbetsplatsbesök") == "Arbetsplatsbesök"
    assert names.names_of(ListName.NOTE_KINDS, ["Arbetsplatsbesök", "Lunch"]) == [
        "Workplace visit",
        "Lunch",
    ]
    assert ListNames("sv").name(ListName.NOTE_KINDS, "Lunch") == "Lunch"


def test_entries_are_trimmed_and_blank_ones_dropped() -> None:
    entries = [ListEntry("Praktik", " Internship "), ListEntry(None, "   "), ListEntry(None, "x")]
    assert clean_entries(entries) == [ListEntry("Praktik", "Internship"), ListEntry(None, "x")]
