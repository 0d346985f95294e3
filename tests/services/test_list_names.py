"""The editable lists' entries have a name per language: records keep the label, readers see
the name in their language, and an editor renames only its own language's names."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from ambassador.domain.enums import ListName
from ambassador.domain.errors import ValidationError
from ambassador.domain.list_names import ListEntry
from ambassador.services.bundle import Services
from tests.factories import make_participant, make_placement, note_fields
from tests.pdfs import pdf_words

VISIT = "Arbetsplatsbesök"


def test_default_entries_are_named_in_both_languages(services: Services) -> None:
    english = services.settings.list_names("en")
    swedish = services.settings.list_names("sv")
    assert english.name(ListName.NOTE_KINDS, VISIT) == "Workplace visit"
    assert swedish.name(ListName.NOTE_KINDS, VISIT) == VISIT
    assert english.name(ListName.PLACEMENT_TYPES, "Praktik") == "Internship"
    assert english.name(ListName.REFERRAL_SOURCES, "Försäkringskassan") == (
        "Social Insurance Agency"
    )
    assert english.name(ListName.ENDING_REASONS, "Ohälsa") == "Ill health"
    assert english.name(ListName.TASK_CATEGORIES, "Transport") == "Transport"
    # A value no list holds (an imported record's) is shown as stored.
    assert english.name(ListName.NOTE_KINDS, "Brevduva") == "Brevduva"


def test_several_lists_read_at_once_are_each_list_read_alone(services: Services) -> None:
    """Inställningar reads its editors' lists in one go, the names once for all of them."""
    entries = services.settings.list_entries(ListName.NOTE_KINDS, "en")
    renamed = [ListEntry(VISIT, "Site visit"), *entries[1:]]
    services.settings.save(services.settings.get(), {ListName.NOTE_KINDS: renamed}, language="en")
    for language in ("en", "sv"):
        together = services.settings.lists_entries(list(ListName), language)
        assert together == {
            name: services.settings.list_entries(name, language) for name in ListName
        }
    assert services.settings.lists_entries([ListName.NOTE_KINDS], "en") == {
        ListName.NOTE_KINDS: renamed
    }


def test_renaming_in_english_keeps_the_label_and_the_swedish_name(services: Services) -> None:
    entries = services.settings.list_entries(ListName.NOTE_KINDS, "en")
    assert entries[0] == ListEntry(VISIT, "Workplace visit")
    renamed = [ListEntry(VISIT, "Site visit"), *entries[1:]]
    services.settings.save(services.settings.get(), {ListName.NOTE_KINDS: renamed}, language="en")

    assert services.settings.list_labels(ListName.NOTE_KINDS)[0] == VISIT
    assert services.settings.list_names("en").name(ListName.NOTE_KINDS, VISIT) == "Site visit"
    assert services.settings.list_names("sv").name(ListName.NOTE_KINDS, VISIT) == VISIT


def test_an_entry_added_in_english_is_named_by_its_label_until_named_in_swedish(
    services: Services,
) -> None:
    entries = services.settings.list_entries(ListName.NOTE_KINDS, "en")
    services.settings.save(
        services.settings.get(),
        {ListName.NOTE_KINDS: [*entries, ListEntry(None, "  Lunch meeting ")]},
        language="en",
    )
    assert services.settings.list_labels(ListName.NOTE_KINDS)[-1] == "Lunch meeting"
    swedish = services.settings.list_entries(ListName.NOTE_KINDS, "sv")
    assert swedish[-1] == ListEntry("Lunch meeting", "Lunch meeting")

    named = [*swedish[:-1], ListEntry("Lunch meeting", "Lunchmöte")]
    services.settings.save(services.settings.get(), {ListName.NOTE_KINDS: named}, language="sv")
    assert services.settings.list_names("sv").name(ListName.NOTE_KINDS, "Lunch meeting") == (
        "Lunchmöte"
    )
    assert services.settings.list_names("en").name(ListName.NOTE_KINDS, "Lunch meeting") == (
        "Lunch meeting"
    )


def test_an_entry_removed_and_typed_again_by_its_name_comes_back(services: Services) -> None:
    entries = services.settings.list_entries(ListName.PLACEMENT_TYPES, "en")
    without = [entry for entry in entries if entry.label != "Praktik"]
    services.settings.save(
        services.settings.get(), {ListName.PLACEMENT_TYPES: without}, language="en"
    )
    assert "Praktik" not in services.settings.list_labels(ListName.PLACEMENT_TYPES)

    again = [*without, ListEntry(None, "Internship")]
    services.settings.save(
        services.settings.get(), {ListName.PLACEMENT_TYPES: again}, language="en"
    )
    labels = services.settings.list_labels(ListName.PLACEMENT_TYPES)
    assert labels[-1] == "Praktik"  # the same entry, not a second one called Internship
    assert "Internship" not in labels


def test_two_entries_with_one_name_are_refused(services: Services) -> None:
    entries = services.settings.list_entries(ListName.NOTE_KINDS, "en")
    with pytest.raises(ValidationError):
        services.settings.save(
            services.settings.get(),
            {ListName.NOTE_KINDS: [*entries, ListEntry(None, "Phone call")]},
            language="en",
        )


def test_a_list_saved_by_labels_names_a_new_entry_in_the_stored_language(
    services: Services,
) -> None:
    labels = services.settings.list_labels(ListName.NOTE_KINDS)
    services.settings.save_list(ListName.NOTE_KINDS, [*labels, "Studiebesök"])
    assert services.settings.list_names("sv").names_of(ListName.NOTE_KINDS, ["Studiebesök"]) == [
        "Studiebesök"
    ]
    # The English names of the others stay.
    assert services.settings.list_names("en").name(ListName.NOTE_KINDS, VISIT) == (
        "Workplace visit"
    )


def test_documents_name_the_entries_in_the_documents_language(
    services: Services, tmp_path: Path
) -> None:
    person = make_participant(services)
    placement = make_placement(services, person)  # a Praktik
    services.follow_up.add_note(
        note_fields(person, placement, datetime(2026, 11, 20, 10, 0), kind=VISIT, shareable=True)
    )
    english, swedish = tmp_path / "en.pdf", tmp_path / "sv.pdf"
    services.documents.write_summary(placement, english, language="en")
    services.documents.write_summary(placement, swedish, language="sv")
    en, sv = pdf_words(english), pdf_words(swedish)
    assert "Workplace visit" in en and VISIT not in en
    assert "Internship" in en
    assert VISIT in sv and "Workplace visit" not in sv
    assert "Praktik" in sv
