"""The documents' words: texts through the catalog, vocabulary labels, numbers as read."""

from __future__ import annotations

from datetime import date, datetime

from ambassador import paths
from ambassador.catalog import Catalog
from ambassador.domain.enums import Outcome
from ambassador.reporting.words import Words

SWEDISH = Words(Catalog.load("sv", paths.translations_dir()), "sv")
ENGLISH = Words(Catalog("en"), "en")
DANISH = Words(Catalog.load("da", paths.translations_dir()), "da")


def test_labels_and_ratings_in_the_readers_language() -> None:
    assert SWEDISH.label(Outcome.STUDIES) == "Studier"
    assert ENGLISH.label(Outcome.STUDIES) == "Studies"
    assert SWEDISH.rating("attendance") == "Närvaro"


def test_text_with_parameters() -> None:
    assert ENGLISH("Page {page} of {pages}", page=1, pages=2) == "Page 1 of 2"
    assert SWEDISH("Page {page} of {pages}", page=1, pages=2) == "Sida 1 av 2"


def test_numbers_as_each_language_writes_them() -> None:
    assert SWEDISH.number(1234.5, 1) == "1\u202f234,5"
    assert ENGLISH.number(1234.5, 1) == "1,234.5"
    assert SWEDISH.percent(0.756) == "76\u00a0%"
    assert ENGLISH.percent(0.756) == "76%"
    assert SWEDISH.percent(None) == "–"
    assert DANISH.number(1234.5, 1) == "1.234,5"
    assert DANISH.percent(0.756) == "76\u00a0%"


def test_dates_as_swedes_write_them_in_both_languages() -> None:
    assert ENGLISH.date(date(2026, 3, 1)) == "2026-03-01"
    assert ENGLISH.date(None) == ""
    assert SWEDISH.moment(datetime(2026, 3, 1, 9, 5)) == "2026-03-01 09:05"


def test_danish_documents_write_dates_as_danes_do() -> None:
    assert DANISH.date(date(2026, 12, 7)) == "7. dec. 2026"
    assert DANISH.date(None) == ""
    assert DANISH.moment(datetime(2026, 5, 1, 9, 5)) == "1. maj 2026 09:05"
    assert DANISH("Page {page} of {pages}", page=1, pages=2) == "Side 1 af 2"
