"""Sample data: deterministic, made up, valid, and filling every list of the home screen."""

from __future__ import annotations

import base64
import sqlite3
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import Outcome, PlacementStatus
from ambassador.domain.errors import RuleViolationError
from ambassador.domain.identity import parse_organisation_number, parse_personal_identity_number
from ambassador.services import sample_tasks, sample_texts
from ambassador.services.bundle import Services
from ambassador.services.sample_data import MEETING_KINDS, SampleDataService, Size
from ambassador.storage.database import Database
from ambassador.storage.opening import open_database
from tests.factories import employer_fields


def dump(path: Path) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search%' "
            "AND name NOT LIKE 'sqlite%' AND name <> 'change_log' ORDER BY name"
        )
    ]
    rows = [row for table in tables for row in connection.execute(f"SELECT * FROM {table}")]
    # The change log's times are when the rows were written, by the database's own clock;
    # what it says was written, and in which order, is the generator's.
    rows += connection.execute("SELECT table_name, record_id, action FROM change_log ORDER BY id")
    connection.close()
    return rows


def generate(tmp_path: Path, name: str, clock: FixedClock, seed: int) -> Path:
    path = tmp_path / name
    database, _report = open_database(path, tmp_path / "backups", clock.now())
    SampleDataService(database, clock).generate(Size.SMALL, seed)
    database.dispose()
    return path


def test_same_seed_gives_same_rows_and_other_seed_other_rows(
    tmp_path: Path, clock: FixedClock
) -> None:
    first = dump(generate(tmp_path, "a.db", clock, seed=7))
    assert first == dump(generate(tmp_path, "b.db", clock, seed=7))
    assert first != dump(generate(tmp_path, "c.db", clock, seed=8))


def test_small_covers_every_status_and_outcome(
    database: Database, clock: FixedClock, services: Services
) -> None:
    report = SampleDataService(database, clock).generate(Size.SMALL)
    placements = [
        placement
        for participant in services.participants.page()
        for placement in services.placements.of_participant(participant.id)
    ]
    # 40 for the home screen's lists, 45 more ended ones for the outcome figures.
    assert len(placements) == report.placements == 85
    assert {p.status_on(clock.today()) for p in placements} == set(PlacementStatus)
    outcomes = {p.ending.outcome for p in placements if p.ending}
    assert Outcome.ENDED_EARLY in outcomes and len(outcomes) >= 3
    early = [p.ending for p in placements if p.ending and p.ending.outcome is Outcome.ENDED_EARLY]
    assert all(ending.reason for ending in early)


def test_numbers_are_valid_unique_and_names_reach_beyond_swedish(
    database: Database, clock: FixedClock, services: Services
) -> None:
    SampleDataService(database, clock).generate(Size.SMALL, seed=3)
    participants = services.participants.page()
    numbers = [p.personal_identity_number for p in participants if p.personal_identity_number]
    assert len(numbers) == len(set(numbers)) > 0
    for number in numbers:
        formatted = f"{number[:8]}-{number[8:]}"
        assert parse_personal_identity_number(formatted, clock.today()).value == number
    employers = services.employers.page()
    orgs = [e.organisation_number for e in employers if e.organisation_number]
    assert len(orgs) == len(set(orgs)) == len(employers)
    assert all(parse_organisation_number(o) == o for o in orgs)
    letters = set("".join(p.full_name for p in participants))
    assert letters - set("abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ -'")


def test_no_note_is_later_than_now(database: Database, clock: FixedClock) -> None:
    SampleDataService(database, clock).generate(Size.SMALL)
    with database.read() as uow:
        latest = max(
            note.occurred_at
            for participant in uow.participants.page()
            for note in uow.notes.of_participant(participant.id)
        )
    assert latest <= clock.now()


def test_small_fills_every_list_of_the_home_screen(
    database: Database, clock: FixedClock, services: Services
) -> None:
    SampleDataService(database, clock).generate(Size.SMALL)
    overview = services.overview.overview()
    assert overview.today_check_ins and overview.week_check_ins
    assert overview.overdue_check_ins and overview.at_risk
    assert overview.outcome_checks_due
    assert overview.ending_soon and overview.feedback_due
    figures = overview.key_figures
    assert figures.ended.total > 0 and figures.employers_felt_supported.whole.total > 0


def test_refuses_database_that_holds_data_and_writes_nothing(
    database: Database, clock: FixedClock, services: Services
) -> None:
    services.employers.create(employer_fields())
    with pytest.raises(RuleViolationError):
        SampleDataService(database, clock).generate(Size.SMALL)
    assert len(services.employers.page()) == 1
    assert services.participants.page() == []


def test_dates_follow_the_clock(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2030, 6, 3, 9, 0))
    path = generate(tmp_path, "later.db", clock, seed=1)
    connection = sqlite3.connect(path)
    (latest,) = connection.execute("SELECT max(start_date) FROM placements").fetchone()
    connection.close()
    assert date.fromisoformat(latest) > date(2030, 6, 3)  # planned ones start after "today"


def test_sample_letterhead_fills_only_what_is_empty(
    database: Database, services: Services, clock: FixedClock
) -> None:
    settings = services.settings.get()
    services.settings.save(replace(settings, organisation_name="Min kommun"))
    SampleDataService(database, clock).generate(Size.SMALL, 1)
    after = services.settings.get()
    assert after.organisation_name == "Min kommun"
    assert after.coordinator_email.endswith("@example.se")
    assert base64.b64decode(after.logo_png).startswith(b"\x89PNG")


def test_small_has_outcome_sentences_printed_and_protected(
    database: Database, clock: FixedClock, services: Services
) -> None:
    from ambassador.domain.figures import Period

    SampleDataService(database, clock).generate(Size.SMALL)
    plain = lambda context, source, n=None: source  # noqa: E731
    this_year = services.sentences.text(Period.year_of(clock.today()), plain, "en")
    last_year = services.sentences.text(Period.year_of(date(2025, 6, 1)), plain, "en")
    everything = this_year + last_year
    assert any("led to employment (" in line for line in everything)  # a number printed
    assert any("to protect numbers under 5" in line for line in everything)  # and one not


def _rows(path: Path, query: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    rows = connection.execute(query).fetchall()
    connection.close()
    return rows


@pytest.mark.parametrize("seed", [1, 2, 5])
def test_contacts_fall_on_weekdays_within_working_hours(
    tmp_path: Path, clock: FixedClock, seed: int
) -> None:
    path = generate(tmp_path, "hours.db", clock, seed)
    notes = _rows(path, "SELECT occurred_at, kind FROM notes")
    check_ins = _rows(path, "SELECT scheduled_at, kind FROM check_ins")
    assert len(notes) > 300 and len(check_ins) > 300
    for stored, kind in notes + check_ins:
        moment = datetime.fromisoformat(str(stored))
        assert moment.weekday() < 5, (moment, kind)
        assert time(8, 0) <= moment.time() < time(17, 0), (moment, kind)
    for (given_on,) in _rows(path, "SELECT given_on FROM feedback"):
        assert date.fromisoformat(str(given_on)).weekday() < 5
    for start, end in _rows(path, "SELECT start_date, planned_end_date FROM placements"):
        assert date.fromisoformat(str(start)).weekday() < 5
        assert date.fromisoformat(str(end)).weekday() < 5


def test_note_text_says_the_kind_of_contact_it_was(tmp_path: Path, clock: FixedClock) -> None:
    path = generate(tmp_path, "kinds.db", clock, seed=1)
    notes = _rows(path, "SELECT kind, text, with_whom FROM notes")
    own = sample_texts.NOTE_OPENINGS_OF_KIND
    assert {str(kind) for kind, _text, _whom in notes} == set(own)  # every kind is used
    # Words that name a way of meeting: a note of one kind never names another's.
    ways = {
        "Arbetsplatsbesök": ("besök",),
        "Telefonsamtal": ("telefon", "ringde"),
        "Trepartssamtal": ("trepartssamtal hölls", "trepartssamtal med"),
        "Digitalt möte": ("digitalt", "video"),
        "Meddelande": ("sms", "mejl"),
    }
    for kind, text, whom in notes:
        opening = next(o for o, w in own[str(kind)] if str(text).startswith(o))
        assert dict(own[str(kind)])[opening] == whom
        first = opening.lower()
        for other, words in ways.items():
            if other != kind:
                assert not any(word in first for word in words), (kind, text)
    visits = [str(text) for kind, text, _whom in notes if kind == "Arbetsplatsbesök"]
    assert visits and not any("Telefonsamtal" in text for text in visits)


def test_each_employer_offers_tasks_of_its_own_industry(
    database: Database, clock: FixedClock, services: Services
) -> None:
    SampleDataService(database, clock).generate(Size.SMALL, seed=4)
    employers = services.employers.page()
    assert {e.industry for e in employers} <= set(sample_tasks.TASKS_OF_INDUSTRY)
    forms = {industry for forms in sample_texts.EMPLOYER_FORMS.values() for _f, industry in forms}
    assert forms == set(sample_tasks.TASKS_OF_INDUSTRY)
    for employer in employers:
        own = sample_tasks.TASKS_OF_INDUSTRY[employer.industry]
        tasks = services.employers.tasks(employer.id)
        assert tasks, employer.name
        for task in tasks:
            assert task.title in own, (employer.name, task.title)
            assert task.category == sample_tasks.category_of(task.title)
        assert set(employer.tasks_offered.splitlines()) <= set(own), employer.name
        if employer.name.startswith("Café"):
            assert not any("gräs" in task.title for task in tasks)
    for participant in services.participants.page():
        for placement in services.placements.of_participant(participant.id):
            offered = services.employers.get(placement.employer_id).tasks_offered.splitlines()
            assert set(placement.tasks.splitlines()) <= set(offered)


def test_every_industry_task_is_listed_under_a_category() -> None:
    for industry, titles in sample_tasks.TASKS_OF_INDUSTRY.items():
        for title in titles:
            assert sample_tasks.category_of(title) in sample_tasks.TASKS, (industry, title)


def test_note_reports_only_what_the_one_spoken_with_could_say(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = generate(tmp_path, "whom.db", clock, seed=2)
    only = {
        text: whom
        for text, whom in sample_texts.OBSERVATIONS + sample_texts.NEXT_STEPS
        if text and whom
    }
    notes = _rows(path, "SELECT with_whom, text FROM notes")
    seen = set()
    for with_whom, text in notes:
        for part, whom in only.items():
            if part in str(text):
                seen.add(whom)
                assert with_whom in (whom, "both"), (with_whom, text)
    assert seen == {"participant", "supervisor"}


def test_a_placements_unit_is_one_its_employer_has(
    database: Database, clock: FixedClock, services: Services
) -> None:
    SampleDataService(database, clock).generate(Size.SMALL, seed=1)
    units = set()
    for participant in services.participants.page():
        for placement in services.placements.of_participant(participant.id):
            industry = services.employers.get(placement.employer_id).industry
            assert placement.unit in sample_texts.UNITS_OF_INDUSTRY.get(industry, ("",))
            units.add(placement.unit)
    assert len(units) > 3


def test_check_ins_are_booked_as_meetings_or_calls(tmp_path: Path, clock: FixedClock) -> None:
    path = generate(tmp_path, "booked.db", clock, seed=1)
    kinds = {str(kind) for (kind,) in _rows(path, "SELECT DISTINCT kind FROM check_ins")}
    assert kinds <= set(MEETING_KINDS) and len(kinds) > 1
