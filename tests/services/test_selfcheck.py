"""The self-check read from a real database: what the query hands the rules, and what it
leaves out (the trash, notes on a person, placements outside the months)."""

from __future__ import annotations

from datetime import date, datetime

from ambassador.domain.enums import WithWhom
from ambassador.domain.selfcheck import Month
from ambassador.services.bundle import Services
from ambassador.services.selfcheck import period_self_check
from ambassador.storage.database import Database
from tests.factories import make_participant, make_placement, note_fields


def add_note(
    services: Services,
    participant_id: int,
    placement_id: int | None,
    at: datetime,
    with_whom: WithWhom = WithWhom.SUPERVISOR,
    minutes: int | None = 30,
) -> int:
    saved = services.follow_up.add_note(
        note_fields(participant_id, placement_id, at, with_whom=with_whom, minutes_spent=minutes)
    )
    return saved.note.id


def placement_of(services: Services, start: date) -> tuple[int, int]:
    participant_id = make_participant(services)
    return participant_id, make_placement(services, participant_id, start_date=start)


def test_twelve_months_ending_with_the_clocks_month(services: Services) -> None:
    check = services.self_check.self_check()

    assert [m.month for m in check.months][0] == Month(2025, 12)
    assert check.current.month == Month(2026, 11)  # the clock: 2026-11-24
    assert check.is_empty
    assert len(services.self_check.self_check(3).months) == 3


def test_days_to_first_contact_from_the_database(services: Services) -> None:
    first, first_id = placement_of(services, date(2026, 10, 5))
    second, second_id = placement_of(services, date(2026, 10, 12))
    _third, _third_id = placement_of(services, date(2026, 10, 20))
    add_note(services, first, first_id, datetime(2026, 10, 8, 10, 0))  # 3 days
    add_note(services, first, first_id, datetime(2026, 10, 15, 10, 0))  # later: not the first
    add_note(services, second, second_id, datetime(2026, 10, 15, 9, 0), WithWhom.PARTICIPANT)
    add_note(services, second, second_id, datetime(2026, 10, 22, 9, 0), WithWhom.BOTH)  # 10 days

    october = services.self_check.self_check(2).months[0]

    assert october.month == Month(2026, 10)
    assert october.first_contact_days == (3, 10)
    assert october.median_days_to_first_contact == 6.5  # (3 + 10) / 2
    assert october.without_contact == 1  # the third
    # Active 3; contacted: first (twice) and second (once with both): 2 of 3.
    assert (october.contacted, october.expected_contacted, october.contacts) == (2, 3, 3)


def test_the_trash_and_notes_on_a_person_are_left_out(services: Services) -> None:
    person, kept_id = placement_of(services, date(2026, 10, 5))
    trashed_note = add_note(services, person, kept_id, datetime(2026, 10, 6, 10, 0))  # 1 day
    add_note(services, person, kept_id, datetime(2026, 10, 9, 10, 0), minutes=45)  # 4 days
    add_note(services, person, None, datetime(2026, 10, 10, 10, 0), minutes=120)  # on the person
    services.follow_up.delete_note(trashed_note)
    other, trashed_id = placement_of(services, date(2026, 10, 1))
    add_note(services, other, trashed_id, datetime(2026, 10, 2, 10, 0), minutes=600)
    services.placements.delete(trashed_id)

    october = services.self_check.self_check(2).months[0]

    assert october.started == 1  # the trashed placement is not counted
    assert october.first_contact_days == (4,)  # the trashed note on day 1 is not the first
    assert (october.notes, october.minutes, october.contacts) == (1, 45, 1)
    assert october.minutes_per_placement == 45.0


def test_a_month_boundary_in_the_database(services: Services) -> None:
    person, pid = placement_of(services, date(2026, 9, 1))
    add_note(services, person, pid, datetime(2026, 10, 31, 23, 59), minutes=None)
    add_note(services, person, pid, datetime(2026, 11, 1, 0, 0), minutes=20)

    october, november = services.self_check.self_check(2).months

    assert (october.contacts, october.notes_without_minutes, october.minutes) == (1, 1, 0)
    assert (november.contacts, november.notes_without_minutes, november.minutes) == (1, 0, 20)
    assert october.minutes_per_placement is None  # its only note has no minutes


def test_a_placement_paused_now_is_left_out_of_this_months_share(services: Services) -> None:
    person, paused_id = placement_of(services, date(2026, 9, 1))
    add_note(services, person, paused_id, datetime(2026, 10, 20, 10, 0))
    services.placements.set_paused(paused_id, True)
    placement_of(services, date(2026, 9, 1))  # active, not contacted

    october, november = services.self_check.self_check(2).months

    assert (october.contacted, october.expected_contacted) == (1, 2)
    assert (november.contacted, november.expected_contacted, november.paused_left_out) == (0, 1, 1)


def test_a_reports_period_reads_its_own_months_up_to_today(
    services: Services, database: Database
) -> None:
    person, pid = placement_of(services, date(2026, 10, 5))
    add_note(services, person, pid, datetime(2026, 10, 8, 10, 0))  # 3 days

    with database.read() as uow:
        year = period_self_check(uow, date(2026, 1, 1), date(2026, 12, 31), date(2026, 11, 24))
        future = period_self_check(uow, date(2027, 1, 1), date(2027, 3, 31), date(2026, 11, 24))

    # January to November: December has not come yet.
    assert [m.month for m in year.months] == [Month(2026, n) for n in range(1, 12)]
    assert year.months[9].first_contact_days == (3,)
    assert future.months == () and future.is_empty


def test_network_contacts_count_as_employer_contacts_a_week(services: Services) -> None:
    """October 2026 (31 days): 2 workplace contacts on a placement and 3 network contacts
    (a fourth in the trash, a fifth at an employer in the trash, a sixth in November):
    5 employer contacts over 31/7 weeks = 1.129 a week, of which 3 network contacts."""
    from ambassador.domain.network import NetworkContactFields
    from tests.factories import make_employer

    participant, placement = placement_of(services, date(2026, 10, 1))
    add_note(services, participant, placement, datetime(2026, 10, 2, 10, 0))
    add_note(services, participant, placement, datetime(2026, 10, 20, 10, 0), WithWhom.BOTH)
    employer = make_employer(services, name="Bageriet i Byn", organisation_number=None)
    gone = make_employer(services, name="Gamla Bruket", organisation_number=None)

    def network(employer_id: int, at: datetime) -> int:
        fields = NetworkContactFields(
            employer_id=employer_id, occurred_at=at, kind="Nätverksmöte", text="Möte."
        )
        return services.network.add(fields).contact.id

    for day in (1, 15, 31):
        network(employer, datetime(2026, 10, day, 9, 0))
    services.network.delete(network(employer, datetime(2026, 10, 5, 9, 0)))
    network(gone, datetime(2026, 10, 6, 9, 0))
    services.employers.delete(gone)
    network(employer, datetime(2026, 11, 2, 9, 0))

    october, november = services.self_check.self_check(2).months

    assert (october.contacts, october.network_contacts, october.employer_contacts) == (2, 3, 5)
    assert october.contacts_per_week is not None
    assert round(october.contacts_per_week, 3) == round(5 / (31 / 7), 3) == 1.129
    assert november.network_contacts == 1
