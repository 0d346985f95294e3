"""Retention and erasure: nothing goes without a recorded decision; a purge removes exactly the
closed cases past their period, in one step, with no trace left in search or in the file's
bytes; an erasure needs its legal basis; both are in the audit log as ids and counts."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import Outcome
from ambassador.domain.errors import NotFoundError, ValidationError
from ambassador.domain.placement import Ending
from ambassador.domain.retention import (
    REFERENCE_NEEDED,
    ErasureBasis,
    PurgePlan,
    months_before,
)
from ambassador.domain.settings import DECISION_NEEDED
from ambassador.services.backups import PERIODIC
from ambassador.services.bundle import Services
from ambassador.services.retention import HELD_ON_SERVER
from ambassador.storage import backup
from ambassador.storage.database import Database
from tests.factories import (
    make_employer,
    make_identity_number,
    make_participant,
    make_placement,
    note_fields,
)
from tests.peek import traces

OLD_MARKER = "Gallringsmarkör"
NEW_MARKER = "Behållsmarkör"
LONG_AGO = datetime(2022, 3, 1, 10, 0)


def closed_case(services: Services, clock: FixedClock, marker: str, birth: date) -> int:
    """A participant whose one placement ended long ago, with a note and a name to find."""
    now = clock.now()
    clock.set(LONG_AGO)
    participant = make_participant(
        services,
        first_name=f"{marker}namn",
        personal_identity_number=make_identity_number(birth),
    )
    placement = make_placement(
        services,
        participant,
        make_employer(services, organisation_number=None, name=f"Bolag {birth:%Y%m%d}"),
        start_date=date(2022, 1, 10),
        planned_end_date=date(2022, 6, 30),
    )
    services.follow_up.add_note(
        note_fields(participant, placement, LONG_AGO, text=f"{marker} i anteckningen")
    )
    services.placements.end(
        placement, Ending(ended_on=date(2022, 3, 1), outcome=Outcome.EMPLOYMENT)
    )
    clock.set(now)
    return participant


def with_retention(services: Services, cases: int = 24, logs: int = 0) -> None:
    settings = services.settings.get()
    services.settings.save(
        replace(
            settings,
            case_retention_months=cases,
            case_retention_decision="KS 2025-03-12 § 45" if cases else "",
            log_retention_months=logs,
            log_retention_decision="KS 2025-03-12 § 46" if logs else "",
        )
    )


def test_months_before_keeps_the_day_or_the_month_end() -> None:
    assert months_before(datetime(2026, 11, 24, 9), 24) == datetime(2024, 11, 24, 9)
    assert months_before(datetime(2026, 3, 31), 1) == datetime(2026, 2, 28)
    assert months_before(datetime(2026, 1, 15), 13) == datetime(2024, 12, 15)


def test_nothing_is_purged_without_a_recorded_decision(
    services: Services, clock: FixedClock
) -> None:
    closed_case(services, clock, OLD_MARKER, date(1980, 1, 1))
    assert services.retention.preview() == PurgePlan()
    assert services.retention.purge().plan.is_empty
    assert len(services.participants.page()) == 1
    with pytest.raises(ValidationError) as refused:
        services.settings.save(replace(services.settings.get(), case_retention_months=24))
    assert refused.value.problems[0].message == DECISION_NEEDED


def test_preview_counts_only_closed_cases_past_their_period(
    services: Services, clock: FixedClock
) -> None:
    old = closed_case(services, clock, OLD_MARKER, date(1980, 1, 1))
    recent = closed_case(services, clock, NEW_MARKER, date(1981, 2, 2))
    services.follow_up.add_note(note_fields(recent, None, clock.now(), text="Ny kontakt"))
    running = make_placement(services)  # a case still open: never purged
    assert running
    with_retention(services, cases=24)
    plan = services.retention.preview()
    assert plan.participant_ids == (old,)
    assert (plan.placements, plan.notes) == (1, 1)
    assert plan.feedback == 0


def test_purge_leaves_no_trace_in_search_or_in_the_database(
    services: Services, database: Database, clock: FixedClock
) -> None:
    old = closed_case(services, clock, OLD_MARKER, date(1980, 1, 1))
    kept = closed_case(services, clock, NEW_MARKER, date(1981, 2, 2))
    services.follow_up.add_note(note_fields(kept, None, clock.now(), text="Ny kontakt"))
    number = services.participants.get(old).personal_identity_number
    assert number and traces(database, OLD_MARKER) == {OLD_MARKER}
    with_retention(services, cases=24)
    result = services.retention.purge()
    assert result.plan.participant_ids == (old,)
    with pytest.raises(NotFoundError):
        services.participants.get(old)
    assert services.participants.get(kept).id == kept
    assert services.search.search(OLD_MARKER) == []
    assert services.search.search(f"{OLD_MARKER}namn") == []
    assert services.search.search(NEW_MARKER)
    assert traces(database, OLD_MARKER, f"{OLD_MARKER}namn", number, NEW_MARKER) == {NEW_MARKER}
    entry = services.audit.recent()[0]
    assert (entry.action, entry.subject_ids) == ("purge", (old,))
    assert OLD_MARKER not in entry.detail and number not in entry.detail


@pytest.mark.sqlite_only  # the backup taken first, and the file rebuilt after
def test_a_file_is_backed_up_before_a_purge_and_rebuilt_sound_after(
    services: Services, database_path: Path, clock: FixedClock
) -> None:
    closed_case(services, clock, OLD_MARKER, date(1980, 1, 1))
    with_retention(services, cases=24)
    result = services.retention.purge()
    assert result.backup_before.endswith("before-purge.db") and result.held_elsewhere == ""
    connection = sqlite3.connect(database_path)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()


@pytest.mark.postgresql_only
def test_on_a_server_a_purge_takes_no_backup_and_says_what_the_server_still_holds(
    services: Services, clock: FixedClock
) -> None:
    old = closed_case(services, clock, OLD_MARKER, date(1980, 1, 1))
    with_retention(services, cases=24, logs=12)
    assert services.retention.preview().backups == 0
    result = services.retention.purge()
    assert result.plan.participant_ids == (old,)
    assert (result.backup_before, result.held_elsewhere) == ("", HELD_ON_SERVER)
    assert services.retention.held_elsewhere == HELD_ON_SERVER


def test_purge_removes_old_log_lines_past_their_age(services: Services, clock: FixedClock) -> None:
    start = clock.now()
    clock.set(start - timedelta(days=400))
    with_retention(services, cases=0, logs=12)  # a settings line, 400 days old
    services.settings.save(replace(services.settings.get(), backup_max_age_days=3650))
    clock.set(start)
    services.settings.save(replace(services.settings.get(), backup_max_age_days=90))
    plan = services.retention.preview()
    assert (plan.participants, plan.log_entries) == (0, 2)
    services.retention.purge()
    assert all(e.at >= start for e in services.audit.recent())


@pytest.mark.sqlite_only  # a file's backups; a server's are IT's
def test_purge_removes_old_log_lines_and_backups_past_their_age(
    services: Services, database_path: Path, clock: FixedClock
) -> None:
    start = clock.now()
    clock.set(start - timedelta(days=400))
    with_retention(services, cases=0, logs=12)  # a settings line, 400 days old
    services.settings.save(replace(services.settings.get(), backup_max_age_days=3650))
    services.backups.take(PERIODIC)
    clock.set(start - timedelta(days=200))
    services.backups.take(PERIODIC)
    clock.set(start)
    newest = services.backups.take(PERIODIC)
    services.settings.save(replace(services.settings.get(), backup_max_age_days=90))
    plan = services.retention.preview()
    assert (plan.participants, plan.log_entries, plan.backups) == (0, 2, 2)
    services.retention.purge()
    folder = database_path.parent / "backups"
    names = [b.path.name for b in backup.list_backups(folder, database_path)]
    assert newest.name in names and len(names) == 2  # the newest and the one before the purge
    assert all(e.at >= start for e in services.audit.recent())


def test_erasure_needs_a_reference_and_removes_the_person(
    services: Services, database: Database, clock: FixedClock
) -> None:
    person = closed_case(services, clock, OLD_MARKER, date(1980, 1, 1))
    with pytest.raises(ValidationError) as refused:
        services.retention.erase(person, ErasureBasis.DATA_SUBJECT_REQUEST, "  ")
    assert refused.value.problems[0].message == REFERENCE_NEEDED
    assert services.participants.get(person).id == person
    services.retention.erase(person, ErasureBasis.DATA_SUBJECT_REQUEST, "Dnr 2026/117")
    with pytest.raises(NotFoundError):
        services.participants.get(person)
    assert services.search.search(OLD_MARKER) == []
    assert traces(database, OLD_MARKER) == set()
    entry = services.audit.recent()[0]
    assert entry.action == "erasure" and entry.subject_ids == (person,)
    assert entry.detail == "data_subject_request: Dnr 2026/117"
    with pytest.raises(NotFoundError):
        services.retention.erase(person, ErasureBasis.WRONGLY_REGISTERED, "Dnr 2026/118")
