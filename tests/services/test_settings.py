"""Settings and editable lists: validated, stored with the data, old values kept known."""

from __future__ import annotations

import pytest

from ambassador.domain.enums import ListName
from ambassador.domain.errors import ValidationError
from ambassador.domain.list_names import ListEntry
from ambassador.domain.settings import Settings
from ambassador.services.bundle import Services


def test_settings_round_trip_and_defaults(services: Services) -> None:
    assert services.settings.get() == Settings()
    saved = Settings(organisation_name=" Solbacka kommun ", silent_after_days=10, language="en")
    services.settings.save(saved)
    assert services.settings.get() == Settings(
        organisation_name="Solbacka kommun", silent_after_days=10, language="en"
    )


def test_settings_refused_whole_when_a_value_is_wrong(services: Services) -> None:
    with pytest.raises(ValidationError) as raised:
        services.settings.save(Settings(silent_after_days=0, language="de", coordinator_email="x"))
    fields = {p.field for p in raised.value.problems}
    assert fields == {"silent_after_days", "language", "coordinator_email"}
    assert services.settings.get() == Settings()


def test_unreadable_stored_value_falls_back_to_default() -> None:
    assert Settings.from_strings({"silent_after_days": "fjorton", "x": "1"}) == Settings()


def test_list_replace_keeps_removed_entries_known_but_inactive(services: Services) -> None:
    services.settings.save_list(ListName.PLACEMENT_TYPES, ["Praktik", " Sommarjobb "])
    assert services.settings.list_labels(ListName.PLACEMENT_TYPES) == ["Praktik", "Sommarjobb"]
    with pytest.raises(ValidationError):
        services.settings.save_list(ListName.PLACEMENT_TYPES, ["Praktik", "Praktik"])
    with pytest.raises(ValidationError):
        services.settings.save_list(ListName.PLACEMENT_TYPES, ["  "])
    assert services.settings.list_labels(ListName.PLACEMENT_TYPES) == ["Praktik", "Sommarjobb"]


def test_settings_and_lists_saved_together_or_not_at_all(services: Services) -> None:
    before = services.settings.list_labels(ListName.NOTE_KINDS)
    with pytest.raises(ValidationError) as refused:
        services.settings.save(
            Settings(organisation_name="Solbacka kommun"),
            {
                ListName.NOTE_KINDS: [ListEntry(None, "Besök")],
                ListName.ENDING_REASONS: [ListEntry(None, "  ")],
            },
        )
    assert [p.field for p in refused.value.problems] == ["ending_reasons"]
    assert services.settings.get().organisation_name == ""
    assert services.settings.list_labels(ListName.NOTE_KINDS) == before
    changes = services.settings.save(
        Settings(organisation_name="Solbacka kommun"),
        {ListName.NOTE_KINDS: [ListEntry(None, " Besök "), ListEntry(None, "Samtal")]},
    )
    assert changes.settings
    assert services.settings.get().organisation_name == "Solbacka kommun"
    assert services.settings.list_labels(ListName.NOTE_KINDS) == ["Besök", "Samtal"]
