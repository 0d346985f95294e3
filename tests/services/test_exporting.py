"""Lists out as CSV and XLSX, and back in without loss; the personal identity number only on
request; nothing a spreadsheet would run; a calendar with neutral titles and stable UIDs."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from ambassador.domain.audit import AuditAction
from ambassador.domain.clock import FixedClock
from ambassador.domain.employer import Employer
from ambassador.domain.enums import CheckInStatus, ContactRole, Gender, ListName, Outcome
from ambassador.domain.exports import CALENDAR, FileFormat, ListKind
from ambassador.domain.participant import Participant
from ambassador.domain.placement import Ending, Placement
from ambassador.interchange.columns import guess_mapping
from ambassador.interchange.sheets import read_sheet
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from ambassador.storage.opening import open_database
from tests.conftest import NOW
from tests.factories import (
    every,
    make_employer,
    make_identity_number,
    make_organisation_number,
    make_participant,
    make_placement,
    make_supervisor,
    note_fields,
)
from tests.peek import table

ANNA = make_identity_number(date(1991, 5, 17), woman=True)
OLLE = make_identity_number(date(1979, 8, 3), woman=False)


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Services]:
    """A second, empty database, to import into."""
    clock = FixedClock(NOW)
    database, _report = open_database(tmp_path / "other.db", tmp_path / "other-backups", NOW)
    yield Services.build(database, clock)
    database.dispose()


def fill(services: Services) -> dict[str, int]:
    asa = make_participant(
        services,
        first_name="Åsa",
        last_name="Ärlig",
        personal_identity_number=ANNA,
        gender=Gender.WOMAN,
        phone="+46 70 123 45 67",
        email="asa@example.se",
        address="Storgatan 1, 123 45 Åby",
        referral_source=services.settings.list_labels(ListName.REFERRAL_SOURCES)[0],
        referral_date=date(2026, 2, 3),
        referral_reference="-2026/17",
        language="Arabiska",
        interpreter_needed=True,
    )
    olle = make_participant(
        services, first_name="Olle", last_name="Öst", personal_identity_number=OLLE
    )
    employer = make_employer(
        services,
        name="Vårdcentralen Åby",
        organisation_number=make_organisation_number(31),
        industry="Vård",
        capacity=3,
        agreement_date=date(2025, 9, 1),
    )
    bare = make_employer(services, name="Bageriet i Öby", organisation_number=None)
    karin = make_supervisor(services, employer, "Karin Ek")
    placement = make_placement(
        services,
        asa,
        employer,
        supervisor_id=karin,
        start_date=date(2026, 10, 5),
        planned_end_date=date(2027, 1, 29),
        hours_per_week=37.5,
        extent_percent=75,
        unit="Reception",
        plan=every(14),
        purpose="Prova på; arbete, med = tecken",
    )
    ended = make_placement(
        services, olle, bare, start_date=date(2026, 3, 2), planned_end_date=date(2026, 9, 30)
    )
    services.placements.end(
        ended, Ending(ended_on=date(2026, 6, 12), outcome=Outcome.STUDIES, reason="")
    )
    return {"asa": asa, "olle": olle, "employer": employer, "placement": placement}


def rows_of(path: Path) -> list[dict[str, str]]:
    sheet = read_sheet(path)
    return [dict(zip(sheet.headers, row.cells, strict=True)) for row in sheet.rows]


def import_file(services: Services, kind: ListKind, path: Path) -> None:
    sheet = read_sheet(path)
    result = services.imports.commit(kind, sheet, guess_mapping(kind, sheet.headers))
    assert result.preview.count(result.preview.rows[0].status) == len(result.preview.rows)


def participant_fields(p: Participant) -> tuple[object, ...]:
    return (
        p.first_name,
        p.last_name,
        p.personal_identity_number,
        p.gender,
        p.phone,
        p.email,
        p.address,
        p.referral_source,
        p.referral_date,
        p.referral_reference,
        p.language,
        p.interpreter_needed,
    )


def employer_fields(e: Employer) -> tuple[object, ...]:
    return (
        e.name,
        e.organisation_number,
        e.sector,
        e.industry,
        e.agreement_status,
        e.agreement_date,
        e.capacity,
    )


def placement_fields(services: Services, p: Placement) -> tuple[object, ...]:
    supervisor = None if p.supervisor_id is None else services.employers.contacts(p.employer_id)
    return (
        services.participants.get(p.participant_id).last_name,
        services.employers.get(p.employer_id).name,
        p.placement_type,
        p.start_date,
        p.planned_end_date,
        p.unit,
        None if supervisor is None else supervisor[0].name,
        p.hours_per_week,
        p.extent_percent,
        p.plan,
        p.purpose,
        p.ending,
    )


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_then_import_round_trips_every_list(
    services: Services, other: Services, tmp_path: Path, suffix: str, language: str
) -> None:
    """In either language: an English list names the entries of the editable lists in
    English ("Internship"), and the import files them as the entries they are (Praktik)."""
    fill(services)
    exports = services.exports
    participants = exports.write_participants(
        tmp_path / f"p.{suffix}", with_identity_numbers=True, language=language
    ).path
    employers = exports.write_employers(tmp_path / f"e.{suffix}", language=language).path
    placements = exports.write_placements(tmp_path / f"pl.{suffix}", language=language).path
    types = {row.get("Placement type") for row in rows_of(placements)}
    if language == "en":
        assert types and "Praktik" not in types and "Internship" in types

    import_file(other, ListKind.PARTICIPANTS, participants)
    import_file(other, ListKind.EMPLOYERS, employers)
    import_file(other, ListKind.PLACEMENTS, placements)

    assert sorted(map(participant_fields, other.participants.page())) == sorted(
        map(participant_fields, services.participants.page())
    )
    assert sorted(map(employer_fields, other.employers.page())) == sorted(
        map(employer_fields, services.employers.page())
    )

    def contacts(s: Services) -> list[tuple[str, str, ContactRole, str]]:
        return sorted(
            (e.name, c.name, c.role, c.phone)
            for e in s.employers.page()
            for c in s.employers.contacts(e.id)
        )

    assert contacts(other) == contacts(services)

    def placements_of(s: Services) -> list[tuple[object, ...]]:
        return sorted(
            (
                placement_fields(s, p)
                for person in s.participants.page()
                for p in s.placements.of_participant(person.id)
            ),
            key=repr,
        )

    assert placements_of(other) == placements_of(services)
    # A second export of the imported lists says the same, line for line.
    again = other.exports.write_participants(
        tmp_path / f"p2.{suffix}", with_identity_numbers=True, language=language
    )
    assert rows_of(again.path) == rows_of(participants)


def test_identity_numbers_leave_only_when_asked(services: Services, tmp_path: Path) -> None:
    fill(services)
    digits = [n.replace("-", "") for n in (ANNA, OLLE)]
    for kind in ("participants", "placements"):
        write = getattr(services.exports, f"write_{kind}")
        for suffix in ("csv", "xlsx"):
            plain = write(tmp_path / f"{kind}.{suffix}").path
            text = _all_text(plain)
            assert not any(d in text or d[:8] + "-" + d[8:] in text for d in digits)
    asked = services.exports.write_participants(tmp_path / "with.csv", with_identity_numbers=True)
    assert ANNA in asked.path.read_text(encoding="utf-8-sig")


def _all_text(path: Path) -> str:
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as archive:
            return "".join(archive.read(name).decode() for name in archive.namelist())
    return path.read_text(encoding="utf-8-sig")


def test_every_export_is_logged(services: Services, tmp_path: Path, database: Database) -> None:
    ids = fill(services)
    services.exports.write_participants(tmp_path / "p.xlsx")
    services.exports.write_notes(ids["placement"], tmp_path / "n.csv")
    services.exports.write_check_ins(tmp_path / "c.csv")
    services.exports.write_calendar(tmp_path / "k.ics")
    logged = table(
        database, "SELECT kind, subject_kind, subject_ids, row_count FROM export_log ORDER BY id"
    )
    assert [row[0] for row in logged] == [
        "list_participants",
        "list_notes",
        "list_check_ins",
        CALENDAR,
    ]
    assert logged[0][1:] == ("participant", f"{ids['asa']},{ids['olle']}", 2)
    assert logged[1][1:3] == ("placement", str(ids["placement"]))
    actions = [e.action for e in services.audit.recent()]
    assert actions.count(AuditAction.EXPORT) == 4


def test_notes_list_marks_internal_notes(services: Services, tmp_path: Path) -> None:
    ids = fill(services)
    for shareable in (True, False):
        services.follow_up.add_note(
            note_fields(
                ids["asa"],
                ids["placement"],
                NOW - timedelta(days=1 + shareable),
                text=f"Anteckning {shareable}",
                shareable=shareable,
            )
        )
    written = services.exports.write_notes(ids["placement"], tmp_path / "n.csv", language="en")
    rows = rows_of(written.path)
    assert [(r["Text"], r["Shared with the employer"]) for r in rows] == [
        ("Anteckning True", "yes"),
        ("Anteckning False", "no"),
    ]


FORMULA_STARTS = st.sampled_from(["=", "+", "-", "@", "\t", "\r", "=cmd|' /C calc'!A0", "@SUM("])


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    start=FORMULA_STARTS,
    rest=st.text(
        alphabet=st.characters(min_codepoint=0, max_codepoint=0x2FFF, exclude_categories=["Cs"]),
        max_size=30,
    ),
)
def test_no_cell_becomes_a_formula(
    services: Services, tmp_path: Path, start: str, rest: str
) -> None:
    employer = (
        make_employer(services, name="Åby Bygg", organisation_number=None)
        if not services.employers.page()
        else services.employers.page()[0].id
    )
    fields = services.employers.get(employer)
    from dataclasses import replace

    services.employers.update(
        employer, replace(fields, industry=(start + rest)[:200], address=start + "1+1")
    )
    xlsx = services.exports.write_employers(tmp_path / "e.xlsx", file_format=FileFormat.XLSX).path
    with zipfile.ZipFile(xlsx) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert sheets and all(
            b"<f>" not in archive.read(n) and b"<f " not in archive.read(n) for n in sheets
        )
    text = services.exports.write_employers(tmp_path / "e.csv").path.read_text(encoding="utf-8-sig")
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=";"):
        for cell in row:
            assert not cell or cell[0] not in "=+-@\t\r" or cell.startswith("'")
            assert "\x00" not in cell


def test_calendar_holds_neutral_titles_and_keeps_its_uids(
    services: Services, tmp_path: Path
) -> None:
    ids = fill(services)
    services.follow_up.add_note(
        note_fields(ids["asa"], ids["placement"], NOW - timedelta(days=1), text="Hemlig anteckning")
    )
    check_ins = services.follow_up.check_ins_of_placement(ids["placement"])
    services.follow_up.mark_check_in(check_ins[-1].id, CheckInStatus.CANCELLED)

    first = services.exports.write_calendar(tmp_path / "a.ics")
    second = services.exports.write_calendar(tmp_path / "b.ics")
    data = first.path.read_bytes()
    for secret in (b"Hemlig", ANNA.encode(), ANNA.replace("-", "").encode(), "Ärlig".encode()):
        assert secret not in data

    def events(path: Path) -> dict[str, tuple[str, datetime, str]]:
        calendar = Calendar.from_ical(path.read_bytes())
        return {
            str(e["UID"]): (
                str(e["SUMMARY"]),
                e.decoded("DTSTART").replace(tzinfo=None),
                str(e["STATUS"]),
            )
            for e in calendar.walk("VEVENT")
        }

    shown = events(first.path)
    assert shown == events(second.path)  # the same UIDs, times and states
    window = services.exports.default_period()
    expected = [c for c in check_ins if window.start <= c.scheduled_at.date() <= window.end]
    assert len(shown) == len(expected) == first.rows
    assert sorted(when for _t, when, _s in shown.values()) == sorted(
        c.scheduled_at for c in expected
    )
    assert {title for title, _w, _s in shown.values()} == {"Uppföljning: Åsa, Vårdcentralen Åby"}
    assert sorted(status for _t, _w, status in shown.values()).count("CANCELLED") == 1


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=st.text(alphabet=st.sampled_from(list(";,\\:\n\r\"' aÅé😀")), min_size=1, max_size=40))
def test_calendar_titles_add_no_properties(services: Services, tmp_path: Path, name: str) -> None:
    name = name.strip() or "x"
    if not services.employers.page():
        employer = make_employer(services, name="A", organisation_number=None)
        make_placement(services, make_participant(services), employer, plan=every(7))
    employer = services.employers.page()[0]
    from dataclasses import replace

    services.employers.update(employer.id, replace(employer, name=name))
    data = services.exports.write_calendar(tmp_path / "k.ics").path.read_bytes()
    calendar = Calendar.from_ical(data)
    found = calendar.walk("VEVENT")
    assert found
    for event in found:
        assert set(event.keys()) == {
            "UID", "DTSTAMP", "DTSTART", "DTEND", "SEQUENCE", "SUMMARY", "STATUS", "TRANSP"
        }  # fmt: skip
    assert data.count(b"BEGIN:VEVENT") == len(found)
