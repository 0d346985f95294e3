"""The working lists and detail panes: filters, orders, pages, timelines, employer figures."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import event

from ambassador.domain.browse import (
    Attention,
    EmployerFilter,
    EmployerOrder,
    ParticipantFilter,
    ParticipantOrder,
    PlacementFilter,
    PlacementOrder,
)
from ambassador.domain.enums import (
    AgreementStatus,
    CheckInStatus,
    ConsentScope,
    Outcome,
    PlacementStatus,
    Respondent,
    Sector,
)
from ambassador.domain.followup import CheckIn, Feedback, FeedbackFields, Note
from ambassador.domain.network import NetworkContactFields
from ambassador.domain.placement import Ending
from ambassador.domain.plan import DEFAULT_PLAN
from ambassador.domain.timeline import PlacementEvent
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from tests.conftest import NOW
from tests.factories import (
    make_employer,
    make_identity_number,
    make_participant,
    make_placement,
    note_fields,
)

TODAY = NOW.date()


def statements_of(database: Database, read: Callable[[], object]) -> list[str]:
    """The statements `read` sends (BEGIN not counted)."""
    sent: list[str] = []

    def record(*args: object) -> None:
        sent.append(str(args[2]))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        read()
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    return [sql for sql in sent if sql.strip().upper() != "BEGIN"]


def busy_placement(services: Services, participant: int, employer: int, entries: int) -> int:
    """A placement of `participant` at `employer` ended, with `entries` notes, check-ins and
    feedback answers each."""
    placement = make_placement(
        services, participant, employer, start_date=TODAY - timedelta(days=60)
    )
    for number in range(entries):
        at = NOW - timedelta(days=50 - number)
        services.follow_up.add_note(note_fields(participant, placement, at))
        services.follow_up.schedule_check_in(placement, at, "Telefonsamtal")
        services.follow_up.record_feedback(
            FeedbackFields(
                placement_id=placement,
                given_on=at.date(),
                respondent=Respondent.EMPLOYER,
                attendance=4,
            )
        )
    services.placements.end(
        placement, Ending(ended_on=TODAY, outcome=Outcome.ENDED_EARLY, reason="Flytt")
    )
    return placement


def test_participants_filtered_by_name_with_swedish_letters_in_any_case(
    services: Services,
) -> None:
    make_participant(services, first_name="Åsa", last_name="Öberg")
    make_participant(services, first_name="Erik", last_name="Lund")
    for text in ("åsa", "ÖBERG", "berg å", "Öberg Åsa"):
        page = services.browse.participants(ParticipantFilter(text=text))
        assert [row.full_name for row in page.rows] == ["Åsa Öberg"], text
    assert services.browse.participants(ParticipantFilter(text="100%")).total == 0


def test_participant_found_by_digits_of_identity_number_and_shown_masked(
    services: Services,
) -> None:
    number = make_identity_number(date(1990, 1, 2))
    make_participant(services, personal_identity_number=number)
    make_participant(services, first_name="Erik", last_name="Lund")
    page = services.browse.participants(ParticipantFilter(text=number[:8]))
    assert page.total == 1
    assert page.rows[0].masked_identity_number == "19900102-****"


def test_participants_by_placement_status_and_attention(services: Services) -> None:
    active = make_participant(services, first_name="Aktiv")
    ended = make_participant(services, first_name="Avslutad")
    make_participant(services, first_name="Utan")
    make_placement(services, active, start_date=TODAY - timedelta(days=40))
    done = make_placement(services, ended, start_date=TODAY - timedelta(days=40))
    services.placements.end(done, Ending(ended_on=TODAY, outcome=Outcome.EMPLOYMENT))

    def names(criteria: ParticipantFilter) -> list[str]:
        return [r.first_name for r in services.browse.participants(criteria).rows]

    assert names(ParticipantFilter(status=PlacementStatus.ACTIVE)) == ["Aktiv"]
    assert names(ParticipantFilter(status=PlacementStatus.ENDED)) == ["Avslutad"]
    assert names(ParticipantFilter(attention=Attention.AT_RISK)) == ["Aktiv"]
    rows = services.browse.participants(ParticipantFilter()).rows
    assert {r.first_name: r.active_placements for r in rows} == {
        "Aktiv": 1,
        "Avslutad": 0,
        "Utan": 0,
    }


def test_participants_ordered_and_paged_without_overlap(services: Services) -> None:
    surnames = ["Öberg", "Andersson", "Ek", "Åberg", "Lund", "Berg", "Zorn"]
    for surname in surnames:
        make_participant(services, first_name="Kim", last_name=surname)
    criteria = ParticipantFilter(order=ParticipantOrder.NAME)
    first = services.browse.participants(criteria, offset=0, limit=4)
    second = services.browse.participants(criteria, offset=4, limit=4)
    assert first.total == second.total == 7
    names = [r.last_name for r in first.rows + second.rows]
    # Swedish order would put Å and Ö last; case-folded code-point order does too.
    assert names == ["Andersson", "Berg", "Ek", "Lund", "Zorn", "Åberg", "Öberg"]
    backwards = services.browse.participants(
        ParticipantFilter(order=ParticipantOrder.NAME, descending=True)
    )
    assert [r.last_name for r in backwards.rows] == sorted(names, reverse=True)


def test_placements_filtered_by_each_criterion(services: Services) -> None:
    municipal = make_employer(services, name="Solbacka kommun", sector=Sector.MUNICIPAL)
    private = make_employer(services, name="Bergströms Bygg AB", sector=Sector.PRIVATE)
    anna = make_participant(services, first_name="Anna", last_name="Berg")
    olle = make_participant(services, first_name="Olle", last_name="Ek")
    ending = make_placement(
        services,
        anna,
        municipal,
        placement_type="Arbetsträning",
        start_date=TODAY - timedelta(days=5),
        planned_end_date=TODAY + timedelta(days=10),
    )
    overdue = make_placement(services, olle, private, start_date=TODAY - timedelta(days=30))
    services.follow_up.schedule_check_in(overdue, NOW - timedelta(days=3), "Telefonsamtal")
    planned = make_placement(services, olle, municipal, start_date=TODAY + timedelta(days=7))

    def ids(**criteria: object) -> set[int]:
        page = services.browse.placements(PlacementFilter(**criteria))  # type: ignore[arg-type]
        return {row.id for row in page.rows}

    assert ids() == {ending, overdue, planned}
    assert ids(text="anna") == {ending}
    assert ids(text="bergströms") == {overdue}
    assert ids(status=PlacementStatus.PLANNED) == {planned}
    assert ids(placement_type="Arbetsträning") == {ending}
    assert ids(employer_id=municipal) == {ending, planned}
    assert ids(participant_id=olle) == {overdue, planned}
    assert ids(sector=Sector.PRIVATE) == {overdue}
    assert ids(attention=Attention.ENDING_SOON) == {ending}
    assert ids(attention=Attention.OVERDUE) == {overdue}
    assert ids(attention=Attention.AT_RISK) == {overdue}
    row = next(r for r in services.browse.placements(PlacementFilter()).rows if r.id == overdue)
    assert row.overdue_check_ins == 1 and row.next_check_in is None


def test_placement_row_shows_last_contact_and_next_check_in(services: Services) -> None:
    participant = make_participant(services)
    placement = make_placement(services, participant, start_date=TODAY - timedelta(days=20))
    services.follow_up.add_note(note_fields(participant, placement, NOW - timedelta(days=2)))
    services.follow_up.schedule_check_in(placement, NOW + timedelta(days=3), "Telefonsamtal")
    (row,) = services.browse.placements(PlacementFilter()).rows
    assert row.last_contact == TODAY - timedelta(days=2)
    assert row.next_check_in == NOW + timedelta(days=3)
    assert row.status is PlacementStatus.ACTIVE
    assert services.browse.placements(PlacementFilter(attention=Attention.AT_RISK)).total == 0


def test_placements_ordered_by_next_check_in_empty_last(services: Services) -> None:
    later = make_placement(services)
    sooner = make_placement(services)
    without = make_placement(services)
    services.follow_up.schedule_check_in(later, NOW + timedelta(days=9), "Telefonsamtal")
    services.follow_up.schedule_check_in(sooner, NOW + timedelta(days=2), "Telefonsamtal")
    for descending in (False, True):
        page = services.browse.placements(
            PlacementFilter(order=PlacementOrder.NEXT_CHECK_IN, descending=descending)
        )
        expected = [later, sooner] if descending else [sooner, later]
        assert [r.id for r in page.rows] == [*expected, without]


def test_employers_filtered_and_ordered(services: Services) -> None:
    partner = make_employer(
        services,
        name="Ängens förskola",
        industry="Förskola",
        sector=Sector.MUNICIPAL,
        agreement_status=AgreementStatus.PARTNERSHIP,
    )
    make_employer(services, name="Bergströms Bygg AB", sector=Sector.PRIVATE)
    make_placement(services, employer_id=partner, start_date=TODAY - timedelta(days=3))

    def names(criteria: EmployerFilter) -> list[str]:
        return [row.name for row in services.browse.employers(criteria).rows]

    assert names(EmployerFilter(text="förskola")) == ["Ängens förskola"]
    assert names(EmployerFilter(text="ÄNGENS")) == ["Ängens förskola"]
    assert names(EmployerFilter(sector=Sector.PRIVATE)) == ["Bergströms Bygg AB"]
    assert names(EmployerFilter(agreement_status=AgreementStatus.PARTNERSHIP)) == [
        "Ängens förskola"
    ]
    assert names(EmployerFilter(with_active_placements=True)) == ["Ängens förskola"]
    assert names(EmployerFilter(order=EmployerOrder.ACTIVE, descending=True))[0] == (
        "Ängens förskola"
    )


def test_a_page_cut_by_a_computed_order_is_that_part_of_the_whole_list(
    services: Services,
) -> None:
    """Pages choose their rows by the order first and read the shown columns after: page by
    page, the list is the whole list, each row with its own last contact."""
    participant = make_participant(services)
    contacts = {}
    for days in (9, 3, 7, 1, 5):
        placement = make_placement(services, participant, start_date=TODAY - timedelta(days=60))
        moment = NOW - timedelta(days=days)
        services.follow_up.add_note(note_fields(participant, placement, moment))
        contacts[placement] = moment.date()
    without = make_placement(services, participant, start_date=TODAY - timedelta(days=60))
    for descending in (False, True):
        criteria = PlacementFilter(order=PlacementOrder.LAST_CONTACT, descending=descending)
        whole = services.browse.placements(criteria).rows
        paged = [
            row
            for offset in range(0, 6, 2)
            for row in services.browse.placements(criteria, offset=offset, limit=2).rows
        ]
        assert [row.id for row in paged] == [row.id for row in whole]
        by_contact = sorted(contacts, key=contacts.__getitem__, reverse=descending)
        assert [row.id for row in whole] == [*by_contact, without]
        assert all(row.last_contact == contacts.get(row.id) for row in whole)


def test_pickers_list_everyone_by_name_without_the_trash(services: Services) -> None:
    number = make_identity_number(date(1990, 1, 2))
    make_participant(services, first_name="Åsa", last_name="Öberg")
    make_participant(services, first_name="Kim", last_name="Berg", personal_identity_number=number)
    other = make_identity_number(date(1985, 6, 7))
    make_participant(services, first_name="Kim", last_name="Berg", personal_identity_number=other)
    gone = make_participant(services, first_name="Borta", last_name="Andersson")
    services.participants.delete(gone)
    choices = services.browse.participant_choices()
    # A name two share carries the masked number that tells them apart; no other needs one.
    assert sorted((c.name, c.distinction) for c in choices) == [
        ("Berg Kim", "19850607-****"),
        ("Berg Kim", "19900102-****"),
        ("Öberg Åsa", ""),
    ]
    make_employer(services, name="ängens förskola")
    bygg = make_employer(services, name="Bergströms Bygg AB")
    assert [c.name for c in services.browse.employer_choices()] == [
        "Bergströms Bygg AB",
        "ängens förskola",
    ]
    assert services.browse.employer_choices()[0].id == bygg


def test_trashed_records_leave_the_lists(services: Services) -> None:
    placement = make_placement(services)
    services.placements.delete(placement)
    assert services.browse.placements(PlacementFilter()).total == 0
    participant = make_participant(services, first_name="Borta")
    services.participants.delete(participant)
    assert services.browse.participants(ParticipantFilter(text="borta")).total == 0


def test_placement_detail_timeline_newest_first_with_done_check_in_as_its_note(
    services: Services,
) -> None:
    participant = make_participant(services)
    placement = make_placement(services, participant, start_date=TODAY - timedelta(days=30))
    check_ins = services.follow_up.schedule_check_in(
        placement, NOW - timedelta(days=1), "Arbetsplatsbesök"
    ).check_ins
    (check_in_id,) = check_ins
    services.follow_up.complete_check_in(
        check_in_id, note_fields(participant, placement, NOW - timedelta(days=1))
    )
    services.follow_up.schedule_check_in(placement, NOW + timedelta(days=6), "Telefonsamtal")
    services.follow_up.record_feedback(
        FeedbackFields(
            placement_id=placement,
            given_on=TODAY - timedelta(days=10),
            respondent=Respondent.EMPLOYER,
            attendance=4,
        )
    )
    detail = services.browse.placement(placement)
    kinds = [type(entry.item) for entry in detail.timeline]
    assert kinds == [CheckIn, Note, Feedback]
    assert [entry.at for entry in detail.timeline] == sorted(
        (entry.at for entry in detail.timeline), reverse=True
    )
    assert detail.participant.id == participant


def test_done_check_in_is_one_row_with_its_note_and_stays_done_when_the_note_goes(
    services: Services,
) -> None:
    participant = make_participant(services)
    placement = make_placement(services, participant, start_date=TODAY - timedelta(days=30))
    (check_in_id,) = services.follow_up.schedule_check_in(
        placement, NOW - timedelta(days=1), "Arbetsplatsbesök"
    ).check_ins
    saved = services.follow_up.complete_check_in(
        check_in_id, note_fields(participant, placement, NOW - timedelta(days=1))
    )
    (entry,) = services.browse.placement(placement).timeline
    assert isinstance(entry.item, Note) and entry.check_in is not None
    assert (entry.check_in.id, entry.check_in.status) == (check_in_id, CheckInStatus.DONE)

    services.follow_up.delete_note(saved.note.id)
    (entry,) = services.browse.placement(placement).timeline
    assert isinstance(entry.item, CheckIn) and entry.item.status is CheckInStatus.DONE


def test_ended_placement_is_late_nowhere_and_its_timeline_shows_the_end_with_its_reason(
    services: Services,
) -> None:
    participant = make_participant(services)
    placement = make_placement(
        services, participant, start_date=TODAY - timedelta(days=60), plan=DEFAULT_PLAN
    )
    [row] = services.browse.placements(PlacementFilter()).rows
    assert row.overdue_check_ins > 0
    services.placements.end(
        placement, Ending(ended_on=TODAY, outcome=Outcome.ENDED_EARLY, reason="Ohälsa")
    )
    [row] = services.browse.placements(PlacementFilter()).rows
    assert row.overdue_check_ins == 0
    assert services.browse.placements(PlacementFilter(attention=Attention.OVERDUE)).total == 0
    overview = services.overview.overview()
    assert not [c for c in overview.overdue_check_ins if c.placement_id == placement]
    timeline = services.browse.placement(placement).timeline
    assert not any(isinstance(e.item, CheckIn) and e.item.is_overdue(NOW) for e in timeline)
    (end,) = [e.item for e in timeline if isinstance(e.item, PlacementEvent)]
    assert end.ended and end.placement.ending is not None
    assert end.placement.ending.reason == "Ohälsa"


def test_participant_detail_gathers_every_placement_with_starts_and_ends(
    services: Services,
) -> None:
    participant = make_participant(services)
    employer = make_employer(services, name="Solbacka kommun")
    placement = make_placement(
        services, participant, employer, start_date=TODAY - timedelta(days=60)
    )
    services.follow_up.add_note(note_fields(participant, None, NOW - timedelta(days=70)))
    services.placements.end(
        placement, Ending(ended_on=TODAY, outcome=Outcome.ENDED_EARLY, reason="Ohälsa")
    )
    services.participants.give_consent(
        participant, ConsentScope.SHARE_NEEDS_WITH_EMPLOYER, employer, TODAY
    )
    detail = services.browse.participant(participant)
    events = [e.item for e in detail.timeline if isinstance(e.item, PlacementEvent)]
    assert [event.ended for event in events] == [True, False]
    assert detail.timeline[-1].item.__class__ is Note
    assert {e.employer_name for e in detail.timeline if isinstance(e.item, PlacementEvent)} == {
        "Solbacka kommun"
    }
    assert [row.outcome for row in detail.placements] == [Outcome.ENDED_EARLY]
    assert detail.employer_names == {employer: "Solbacka kommun"}


def test_employer_detail_averages_only_employer_answers(services: Services) -> None:
    employer = make_employer(services)
    placement = make_placement(services, employer_id=employer, start_date=TODAY - timedelta(30))
    for respondent, supported in ((Respondent.EMPLOYER, 4), (Respondent.EMPLOYER, 5)):
        services.follow_up.record_feedback(
            FeedbackFields(
                placement_id=placement,
                given_on=TODAY,
                respondent=respondent,
                felt_supported=supported,
            )
        )
    services.follow_up.record_feedback(
        FeedbackFields(
            placement_id=placement,
            given_on=TODAY,
            respondent=Respondent.PARTICIPANT,
            felt_supported=1,
        )
    )
    participant = services.placements.get(placement).participant_id
    services.follow_up.add_note(note_fields(participant, placement, NOW - timedelta(days=4)))
    detail = services.browse.employer(employer)
    assert detail.feedback_answers == 2
    assert detail.average_ratings["felt_supported"] == 4.5
    assert detail.average_ratings["attendance"] is None
    assert detail.last_contact == TODAY - timedelta(days=4)


def test_calendar_lists_check_ins_of_every_status(services: Services) -> None:
    placement = make_placement(services, start_date=TODAY - timedelta(days=10))
    changes = services.follow_up.schedule_check_in(placement, NOW + timedelta(1), "Telefonsamtal")
    (missed,) = changes.check_ins
    services.follow_up.mark_check_in(missed, CheckInStatus.MISSED)
    services.follow_up.schedule_check_in(placement, NOW + timedelta(days=2), "Telefonsamtal")
    items = services.follow_up.check_ins_between(NOW, NOW + timedelta(days=7))
    assert [item.status for item in items] == [CheckInStatus.MISSED, CheckInStatus.PLANNED]
    assert services.follow_up.get_check_in(missed).status is CheckInStatus.MISSED


def test_the_planner_has_statistics_without_any_open_writing_them(database_path: Path) -> None:
    """Without statistics SQLite scans every planned check-in for each row of a list; they come
    with the schema (migration 0006), not from opening (tests/storage/test_statistics.py)."""
    connection = sqlite3.connect(str(database_path))
    try:
        tables = {row[0] for row in connection.execute("SELECT tbl FROM sqlite_stat1")}
    finally:
        connection.close()
    assert "check_ins" in tables


def test_moment_of_a_feedback_is_its_day(services: Services) -> None:
    placement = make_placement(services)
    services.follow_up.record_feedback(
        FeedbackFields(
            placement_id=placement,
            given_on=date(2026, 10, 1),
            respondent=Respondent.EMPLOYER,
            attendance=3,
        )
    )
    (entry,) = services.browse.placement(placement).timeline
    assert entry.at.date() == date(2026, 10, 1)
    assert isinstance(entry.at, datetime)


def test_at_risk_filter_is_the_overviews_list(services: Services) -> None:
    """The lists' "at risk" filter follows the phase's threshold and the risk flags, as the
    Översikt does, not one flat number of days."""
    participant = make_participant(services)
    # Started 120 days ago: phase 3 of the default plan (from day 84), silent after 35 days.
    settled = make_placement(
        services, participant, start_date=TODAY - timedelta(days=120), plan=DEFAULT_PLAN
    )
    services.follow_up.add_note(note_fields(participant, settled, NOW - timedelta(days=20)))
    # Started 16 days ago with no contact: phase 1, silent after 10 days: 6 days past.
    early = make_placement(services, start_date=TODAY - timedelta(days=16), plan=DEFAULT_PLAN)

    def at_risk() -> set[int]:
        page = services.browse.placements(PlacementFilter(attention=Attention.AT_RISK))
        return {row.id for row in page.rows}

    overview = {item.placement_id for item in services.overview.overview().at_risk}
    assert at_risk() == overview == {early}  # 20 silent days are fine in phase 3

    services.follow_up.add_note(
        note_fields(participant, settled, NOW - timedelta(days=3), dropout_risk=True)
    )
    overview = {item.placement_id for item in services.overview.overview().at_risk}
    assert at_risk() == overview == {early, settled}


def test_a_placement_pane_reads_a_long_timeline_in_as_many_statements_as_a_short_one(
    services: Services, database: Database
) -> None:
    short = busy_placement(services, make_participant(services), make_employer(services), 1)
    long = busy_placement(services, make_participant(services), make_employer(services), 4)
    long_reads = statements_of(database, lambda: services.browse.placement(long))
    assert len(services.browse.placement(long).timeline) > 4 * 3
    assert len(long_reads) == len(statements_of(database, lambda: services.browse.placement(short)))


def test_a_participant_pane_reads_many_placements_and_consents_in_as_many_statements_as_one(
    services: Services, database: Database
) -> None:
    def person_with(placements: int) -> int:
        participant = make_participant(services)
        for number in range(placements):
            employer = make_employer(
                services, organisation_number=None, name=f"Verkstad {placements}-{number}"
            )
            busy_placement(services, participant, employer, 2)
            services.participants.give_consent(
                participant, ConsentScope.SHARE_NEEDS_WITH_EMPLOYER, employer, TODAY
            )
        return participant

    one, three = person_with(1), person_with(3)
    detail = services.browse.participant(three)
    assert len(detail.placements) == 3
    assert sorted(detail.employer_names.values()) == [
        "Verkstad 3-0",
        "Verkstad 3-1",
        "Verkstad 3-2",
    ]
    assert {e.employer_name for e in detail.timeline if isinstance(e.item, PlacementEvent)} == set(
        detail.employer_names.values()
    )
    assert len(statements_of(database, lambda: services.browse.participant(three))) == len(
        statements_of(database, lambda: services.browse.participant(one))
    )


def test_an_employer_pane_reads_its_network_log_in_as_many_statements_for_many_placements(
    services: Services, database: Database
) -> None:
    def employer_with(placements: int) -> int:
        employer = make_employer(services, organisation_number=None, name=f"Lager {placements}")
        for first_name in ("Anna", "Bo", "Cecilia")[:placements]:
            person = make_participant(services, first_name=first_name, last_name="Ek")
            busy_placement(services, person, employer, 1)
        services.network.add(
            NetworkContactFields(
                employer_id=employer,
                occurred_at=NOW - timedelta(hours=2),
                kind="Rekryteringsbesök",
                with_whom="HR-chefen",
                text="Besök om nya praktikplatser.",
                minutes_spent=30,
            )
        )
        return employer

    one, three = employer_with(1), employer_with(3)
    detail = services.browse.employer(three)
    assert detail.network_timeline == services.network.timeline(three)
    named = {e.employer_name for e in detail.network_timeline if isinstance(e.item, PlacementEvent)}
    assert named == {"Anna Ek", "Bo Ek", "Cecilia Ek"}
    pane = statements_of(database, lambda: services.browse.employer(three))
    assert len(pane) == len(statements_of(database, lambda: services.browse.employer(one)))
    log = statements_of(database, lambda: services.network.timeline(three))
    assert len(log) == len(statements_of(database, lambda: services.network.timeline(one)))
    # The employer itself is read once for the pane, its network log with it.
    reads_employer = [
        sql for sql in pane if "FROM employers WHERE employers.id =" in " ".join(sql.split())
    ]
    assert len(reads_employer) == 1, pane
