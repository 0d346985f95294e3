"""Numbers, shares and dates as each language writes them: one rule for the window, the
documents and the command line."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ambassador.domain import formats
from ambassador.domain.languages import LANGUAGES


def test_numbers_with_each_languages_separators() -> None:
    assert formats.number(1234567.5, "sv", 1) == "1\u202f234\u202f567,5"
    assert formats.number(1234567.5, "en", 1) == "1,234,567.5"
    assert formats.number(1234567.5, "da", 1) == "1.234.567,5"
    assert formats.number(-1234, "da") == "-1.234"
    assert formats.decimal(3.24, "da") == "3,2"
    assert formats.decimal(7.0, "da") == "7"


def test_percent_spaced_in_swedish_and_danish_not_in_english() -> None:
    assert formats.percent(0.667, "sv") == "67\u00a0%"
    assert formats.percent(0.667, "da") == "67\u00a0%"
    assert formats.percent(0.667, "en") == "67%"
    assert formats.percent(None, "da") == "–"
    assert formats.whole_percent(1200, "da") == "1.200\u00a0%"


@pytest.mark.parametrize(
    ("month", "written"),
    [
        (1, "jan."),
        (2, "feb."),
        (3, "mar."),
        (4, "apr."),
        (5, "maj"),
        (6, "jun."),
        (7, "jul."),
        (8, "aug."),
        (9, "sep."),
        (10, "okt."),
        (11, "nov."),
        (12, "dec."),
    ],
)
def test_danish_long_date_with_danish_month_abbreviations(month: int, written: str) -> None:
    assert formats.long_date(date(2026, month, 7), "da") == f"7. {written} 2026"


def test_dates_iso_in_swedish_and_english_danish_as_danes_write_them() -> None:
    day = date(2026, 12, 7)
    for language in ("sv", "en"):
        assert formats.short_date(day, language) == "2026-12-07"
        assert formats.long_date(day, language) == "2026-12-07"
    assert formats.short_date(day, "da") == "07.12.2026"
    assert formats.long_date(day, "da") == "7. dec. 2026"
    assert formats.short_date(None, "da") == formats.long_date(None, "da") == ""
    at = datetime(2026, 12, 7, 9, 5)
    assert formats.short_moment(at, "da") == "07.12.2026 09:05"
    assert formats.long_moment(at, "da") == "7. dec. 2026 09:05"
    assert formats.long_moment(at, "sv") == "2026-12-07 09:05"


def test_every_language_has_its_rule_and_document_tag() -> None:
    assert set(formats.FORMATS) == set(LANGUAGES)
    assert [formats.document_tag(language) for language in ("sv", "en", "da")] == [
        "sv-SE",
        "en",
        "da-DK",
    ]


def test_a_messages_dates_are_shown_in_the_readers_form_the_rest_as_given() -> None:
    params = {"day": date(2026, 12, 7), "at": datetime(2026, 12, 7, 9, 5), "code": "ACD"}
    assert formats.shown_params(params, "da") == {
        "day": "7. dec. 2026",
        "at": "7. dec. 2026 09:05",
        "code": "ACD",
    }
    assert formats.shown_params(params, "sv")["at"] == "2026-12-07 09:05"
