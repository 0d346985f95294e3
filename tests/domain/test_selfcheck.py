"""The self-check's rules on fixed facts, with the arithmetic written beside each figure."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ambassador.domain.enums import WithWhom
from ambassador.domain.selfcheck import (
    Month,
    NoteTally,
    SelfCheckNote,
    SelfCheckPlacement,
    compute,
    is_workplace_contact,
    months_covering,
    months_ending,
)

TODAY = date(2026, 11, 24)
OCTOBER = Month(2026, 10)
NOVEMBER = Month(2026, 11)


def placement(
    pid: int,
    start: date,
    first_contact: datetime | None = None,
    ended_on: date | None = None,
    paused: bool = False,
) -> SelfCheckPlacement:
    return SelfCheckPlacement(pid, start, ended_on, paused, first_contact)


def note(
    pid: int, at: datetime, with_whom: WithWhom = WithWhom.SUPERVISOR, minutes: int | None = 30
) -> SelfCheckNote:
    return SelfCheckNote(pid, at, with_whom, minutes)


def test_months_ending_counts_back_across_the_new_year_oldest_first() -> None:
    months = months_ending(date(2026, 2, 10), 4)

    assert months == [Month(2025, 11), Month(2025, 12), Month(2026, 1), Month(2026, 2)]
    assert Month(2024, 2).last == date(2024, 2, 29)
    assert Month(2026, 12).next() == Month(2027, 1)
    assert NOVEMBER.abbreviation == "Nov"


def test_workplace_contact_is_with_the_supervisor_or_both() -> None:
    assert [w for w in WithWhom if is_workplace_contact(w)] == [WithWhom.SUPERVISOR, WithWhom.BOTH]


def test_median_days_to_first_contact_rests_on_those_contacted_and_counts_the_rest() -> None:
    placements = [
        placement(1, date(2026, 10, 5), datetime(2026, 10, 8, 10, 0)),  # 3 days
        placement(2, date(2026, 10, 12), datetime(2026, 10, 22, 14, 0)),  # 10 days
        placement(3, date(2026, 10, 20)),  # none yet
    ]

    october, november = compute([OCTOBER, NOVEMBER], placements, [], TODAY).months

    assert october.started == 3
    assert october.first_contact_days == (3, 10)
    assert october.median_days_to_first_contact == 6.5  # (3 + 10) / 2
    assert october.without_contact == 1
    assert november.started == 0  # started before November: not counted again
    assert november.median_days_to_first_contact is None


def test_a_contact_before_the_start_counts_as_day_zero() -> None:
    placements = [placement(1, date(2026, 11, 2), datetime(2026, 10, 28, 9, 0))]

    (november,) = compute([NOVEMBER], placements, [], TODAY).months

    assert november.first_contact_days == (0,)


def test_a_month_ends_at_midnight() -> None:
    placements = [placement(1, date(2026, 9, 1))]
    notes = [
        note(1, datetime(2026, 10, 31, 23, 59)),
        note(1, datetime(2026, 11, 1, 0, 0)),
    ]

    october, november = compute([OCTOBER, NOVEMBER], placements, notes, TODAY).months

    assert (october.contacts, november.contacts) == (1, 1)
    assert (october.contacted, november.contacted) == (1, 1)


def test_share_contacted_counts_active_placements_with_a_workplace_contact() -> None:
    placements = [
        placement(1, date(2026, 9, 1)),  # contacted with both
        placement(2, date(2026, 9, 1)),  # only the participant: not a workplace contact
        placement(3, date(2026, 9, 1), ended_on=date(2026, 10, 1)),  # active one day
        placement(4, date(2026, 9, 1), ended_on=date(2026, 9, 30)),  # ended before October
        placement(5, date(2026, 10, 31)),  # started the last day
    ]
    notes = [
        note(1, datetime(2026, 10, 14, 10, 0), WithWhom.BOTH),
        note(1, datetime(2026, 10, 21, 10, 0), WithWhom.SUPERVISOR),
        note(2, datetime(2026, 10, 14, 11, 0), WithWhom.PARTICIPANT),
        note(4, datetime(2026, 10, 3, 11, 0), WithWhom.SUPERVISOR),  # after its end
    ]

    (october,) = compute([OCTOBER], placements, notes, TODAY).months

    assert october.active == 4  # 1, 2, 3 and 5
    assert october.contacted == 1  # placement 1
    assert october.contacted_share == pytest.approx(1 / 4)
    assert october.contacts == 2  # placement 1's two; placement 4 was not active
    assert october.days == 31
    assert october.contacts_per_week == pytest.approx(2 / (31 / 7))  # 0.45 a week


def test_the_current_month_counts_only_the_days_so_far_and_not_planned_starts() -> None:
    placements = [
        placement(1, date(2026, 9, 1)),
        placement(2, date(2026, 11, 28)),  # planned: starts after today
    ]
    notes = [note(1, datetime(2026, 11, d, 10, 0)) for d in (2, 9, 16, 23, 30)]  # 30th: future

    (november,) = compute([NOVEMBER], placements, notes, TODAY).months

    assert november.days == 24  # 1-24 November
    assert november.active == 1
    assert november.started == 0
    assert november.contacts == 4  # the 30th has not come
    assert november.contacts_per_week == pytest.approx(4 / (24 / 7))  # 1.17 a week


def test_paused_now_leaves_the_current_month_share_but_not_earlier_months() -> None:
    placements = [
        placement(1, date(2026, 9, 1)),
        placement(2, date(2026, 9, 1), paused=True),
    ]
    notes = [
        note(1, datetime(2026, 10, 5, 10, 0)),
        note(1, datetime(2026, 11, 5, 10, 0)),
        note(2, datetime(2026, 11, 6, 10, 0), minutes=60),
    ]

    october, november = compute([OCTOBER, NOVEMBER], placements, notes, TODAY).months

    # October: no history of the pause, so both are expected: 1 of 2.
    assert (october.contacted, october.expected_contacted, october.paused_left_out) == (1, 2, 0)
    # November: placement 2 is paused now, left out of the share even though it was contacted.
    assert (november.contacted, november.expected_contacted, november.paused_left_out) == (1, 1, 1)
    assert november.contacted_share == 1.0
    # Its time still counts: (30 + 60) minutes over 2 active placements.
    assert november.minutes_per_placement == 45.0


def test_time_per_placement_counts_notes_without_minutes_as_unknown() -> None:
    placements = [placement(1, date(2026, 9, 1)), placement(2, date(2026, 9, 1))]
    notes = [
        note(1, datetime(2026, 10, 5, 10, 0), WithWhom.PARTICIPANT, 30),
        note(1, datetime(2026, 10, 6, 10, 0), WithWhom.SUPERVISOR, None),
        note(2, datetime(2026, 10, 7, 10, 0), WithWhom.AUTHORITY, 45),
    ]

    (october,) = compute([OCTOBER], placements, notes, TODAY).months

    assert (october.minutes, october.notes, october.notes_without_minutes) == (75, 3, 1)
    assert october.minutes_per_placement == 37.5  # 75 known minutes / 2 placements


def test_time_per_placement_is_unknown_when_no_note_says_and_zero_without_notes() -> None:
    placements = [placement(1, date(2026, 9, 1))]
    unknown = [note(1, datetime(2026, 10, 5, 10, 0), minutes=None)]

    (october,) = compute([OCTOBER], placements, unknown, TODAY).months
    (silent,) = compute([OCTOBER], placements, [], TODAY).months

    assert october.minutes_per_placement is None
    assert silent.minutes_per_placement == 0.0


def test_no_placements_is_empty_with_no_figures() -> None:
    check = compute(months_ending(TODAY), [], [], TODAY)

    assert check.is_empty
    assert len(check.months) == 12
    assert check.current.month == NOVEMBER
    current = check.current
    assert current.median_days_to_first_contact is None
    assert current.contacted_share is None
    assert current.minutes_per_placement is None
    assert current.contacts_per_week == 0.0


def test_a_month_after_today_counts_nothing() -> None:
    placements = [placement(1, date(2026, 9, 1))]

    (december,) = compute([Month(2026, 12)], placements, [], TODAY).months

    assert (december.days, december.active) == (0, 0)
    assert december.contacts_per_week is None


def test_months_covering_a_period_keeps_the_last_twelve() -> None:
    assert months_covering(date(2026, 10, 15), date(2026, 11, 24)) == [OCTOBER, NOVEMBER]
    # 2025-01 to 2026-11 is 23 months: the last 12 run from December 2025.
    year_and_more = months_covering(date(2025, 1, 1), date(2026, 11, 24))
    assert (year_and_more[0], year_and_more[-1], len(year_and_more)) == (
        Month(2025, 12),
        NOVEMBER,
        12,
    )
    assert months_covering(date(2026, 12, 1), date(2026, 11, 24)) == []


def test_network_contacts_count_in_the_employer_contacts_a_week_and_are_told_apart() -> None:
    """November so far (24 days): 4 workplace contacts and 3 network contacts (a fourth on
    the 26th has not come): 7 employer contacts / (24/7 weeks) = 2.04 a week, of which 3
    network contacts; October has 1 network contact and no placement, and stays empty."""
    placements = [placement(1, date(2026, 11, 2))]
    notes = [note(1, datetime(2026, 11, d, 10, 0)) for d in (2, 9, 16, 23)]
    network = [datetime(2026, 11, d, 13, 0) for d in (3, 10, 24, 26)]
    network.append(datetime(2026, 10, 15, 9, 0))

    october, november = compute([OCTOBER, NOVEMBER], placements, notes, TODAY, network).months

    assert (november.contacts, november.network_contacts, november.employer_contacts) == (4, 3, 7)
    assert november.contacts_per_week == pytest.approx(7 / (24 / 7))
    assert round(november.contacts_per_week or 0, 2) == 2.04
    assert october.network_contacts == 1 and october.is_empty


def test_notes_counted_by_placement_and_month_give_the_figures_each_note_gives() -> None:
    """The database hands the notes over counted (a row per placement and month): the same
    figures as the notes one by one."""
    placements = [placement(1, date(2026, 9, 1)), placement(2, date(2026, 10, 20))]
    notes = [
        note(1, datetime(2026, 10, 2, 9, 0)),
        note(1, datetime(2026, 10, 30, 9, 0), WithWhom.PARTICIPANT, None),
        note(2, datetime(2026, 10, 21, 9, 0), WithWhom.BOTH, 45),
        note(2, datetime(2026, 11, 3, 9, 0), WithWhom.PARTICIPANT, 15),
    ]
    tallies: dict[tuple[int, Month], NoteTally] = {}
    for each in notes:
        one = NoteTally.of(each)
        seen = tallies.get((one.placement_id, one.month))
        tallies[(one.placement_id, one.month)] = (
            one
            if seen is None
            else NoteTally(
                one.placement_id,
                one.month,
                seen.notes + one.notes,
                seen.workplace + one.workplace,
                seen.minutes + one.minutes,
                seen.without_minutes + one.without_minutes,
            )
        )
    months = [OCTOBER, NOVEMBER]
    by_note = compute(months, placements, notes, TODAY)
    assert compute(months, placements, list(tallies.values()), TODAY) == by_note
    october = by_note.months[0]
    assert (october.notes, october.contacts, october.minutes, october.notes_without_minutes) == (
        3,
        2,
        75,
        1,
    )
