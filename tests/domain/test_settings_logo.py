"""Settings rules: the logo (a PNG of at most 1 MB, as base64), days, language, lists."""

from __future__ import annotations

import base64

import pytest

from ambassador.domain.errors import ValidationError
from ambassador.domain.settings import (
    DUPLICATE_ENTRY,
    EMPTY_LIST,
    ENTRY_TOO_LONG,
    LOGO_MAX_BYTES,
    LOGO_NOT_PNG,
    LOGO_TOO_LARGE,
    PNG_SIGNATURE,
    RANGE,
    Settings,
    clean_list,
    list_problems,
    validate_settings,
)


def _logo(size: int) -> str:
    return base64.b64encode(PNG_SIGNATURE + b"\0" * (size - len(PNG_SIGNATURE))).decode()


def _problem_messages(settings: Settings) -> list[str]:
    with pytest.raises(ValidationError) as raised:
        validate_settings(settings)
    return [p.message for p in raised.value.problems if p.field == "logo_png"]


def test_logo_accepted_when_empty_or_a_small_png() -> None:
    assert validate_settings(Settings()).logo_png == ""
    logo = _logo(LOGO_MAX_BYTES)
    assert validate_settings(Settings(logo_png=logo)).logo_png == logo


def test_logo_refused_when_larger_than_one_megabyte() -> None:
    assert _problem_messages(Settings(logo_png=_logo(LOGO_MAX_BYTES + 1))) == [LOGO_TOO_LARGE]


@pytest.mark.parametrize(
    "logo",
    [
        "inte base64!",
        "åäö",
        base64.b64encode(b"GIF89a not a png").decode(),
    ],
)
def test_logo_refused_when_not_base64_of_a_png(logo: str) -> None:
    assert _problem_messages(Settings(logo_png=logo)) == [LOGO_NOT_PNG]


def test_logo_survives_the_round_trip_through_strings() -> None:
    settings = Settings(logo_png=_logo(100))
    assert Settings.from_strings(settings.to_strings()) == settings


def test_settings_from_strings_skips_unknown_keys_and_unreadable_values() -> None:
    stored = {"silent_after_days": "fjorton", "unknown": "1", "follow_up_plan": "[[7, null, 21]]"}
    assert Settings.from_strings(stored) == Settings(follow_up_plan="[[7, null, 21]]")


def test_settings_refused_for_days_out_of_range_and_unknown_language() -> None:
    with pytest.raises(ValidationError) as raised:
        validate_settings(
            Settings(follow_up_plan="[[0, null, 7]]", silent_after_days=366, language="de")
        )
    assert {p.field for p in raised.value.problems} == {
        "follow_up_plan",
        "silent_after_days",
        "language",
    }


def test_list_problems_none_for_trimmed_distinct_entries() -> None:
    assert clean_list([" Praktik ", "", "Sommarjobb"]) == ["Praktik", "Sommarjobb"]
    assert list_problems("placement_types", [" Praktik ", "", "Sommarjobb"]) == []


def test_list_problems_for_empty_duplicate_and_long_entries() -> None:
    assert [p.message for p in list_problems("note_kinds", ["  "])] == [EMPTY_LIST]
    duplicate = list_problems("note_kinds", ["Samtal", " Samtal"])
    assert [(p.field, p.message) for p in duplicate] == [("note_kinds", DUPLICATE_ENTRY)]
    assert [p.message for p in list_problems("note_kinds", ["x" * 201])] == [ENTRY_TOO_LONG]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("backup_keep", 0),
        ("backup_max_age_days", 3651),
        ("backup_every_hours", 25),
        ("lock_after_minutes", -1),
        ("case_retention_months", 1201),
    ],
)
def test_safety_numbers_outside_their_range_are_refused(field: str, value: int) -> None:
    with pytest.raises(ValidationError) as raised:
        validate_settings(Settings(**{field: value}, case_retention_decision="KS § 1"))
    (problem,) = raised.value.problems
    assert problem.field == field and problem.message == RANGE
    assert problem.render() == "Give a number from {low} to {high}.".format(**problem.params)


def test_retention_decision_is_kept_trimmed() -> None:
    cleaned = validate_settings(
        Settings(case_retention_months=24, case_retention_decision="  KS 2025-03-12 § 45 ")
    )
    assert cleaned.case_retention_decision == "KS 2025-03-12 § 45"
