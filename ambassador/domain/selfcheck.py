"""The supported-employment self-check: how soon and how often the coordinator meets the
workplaces, month by month, beside the guide values of supported-employment practice.

Computed in plain Python from one light fact per placement and per note, like the key figures,
so the window, the command line and the tests share one set of rules. The rules:

- A *workplace contact* is a note on a placement held with the supervisor, or with the
  participant and the supervisor together (`WithWhom.SUPERVISOR`, `WithWhom.BOTH`). Only "with
  whom" decides, not the note's kind: the kinds are an editable list that a coordinator may
  rename or extend, while "with whom" is a closed vocabulary; and a visit to the workplace
  that met only the participant is not contact with the employer, which is what the practice
  counts. A three-party meeting is recorded "with both" and so counts.
- Notes in the trash, notes on a person rather than a placement, and placements whose
  placement, participant or employer is in the trash are left out.
- A month runs from its first day 00:00 to its last day 23:59; the current month only up to
  today, so it is not judged by days that have not come yet.
- *Active in a month*: started on or before the month's last counted day and not ended
  before its first day.
- *Days to first workplace contact*: for the placements started in the month, the days from
  the start to the placement's first workplace contact at any time since (a contact before
  the start, at a planning visit, counts as day 0). The median rests on the placements that
  have had one; those with none yet (still waiting, or ended without one) are counted
  beside it, never dropped.
- *Share contacted*: of the placements active in the month, how many had a workplace contact
  in it. A placement is paused by a flag with no history, so only the current month leaves
  out placements paused now (no contact is expected while paused); earlier months count them.
- *Contacts a week*: the month's employer contacts, divided by its counted days over seven:
  its workplace contacts on active placements and its network contacts (work with an
  employer alone: a recruitment visit, a network meeting; domain/network.py), which the
  guide value counts too. The network contacts are told apart ("of which N network
  contacts"); those in the trash, or whose employer is, are left out.
- *Time per placement*: the minutes written on the month's notes (of any kind) on active
  placements, divided by the placements active in it, paused or not. A note without minutes
  is counted as unknown, so the figure says how many notes it rests on.

The guide values are those of supported employment (IPS fidelity): the first employer contact
within 30 days of the start, every active placement contacted at least monthly, and about six
employer contacts a week for a full-time employment specialist. They are shown as a guide,
never as a verdict: a part-time coordinator or a different caseload meets them differently.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from ambassador.domain.enums import WithWhom
from ambassador.domain.messages import QT_TRANSLATE_NOOP

WORKPLACE_PARTIES = frozenset({WithWhom.SUPERVISOR, WithWhom.BOTH})

GUIDE_FIRST_CONTACT_DAYS = 30
GUIDE_CONTACTED_SHARE = 1.0
GUIDE_CONTACTS_PER_WEEK = 6

TREND_MONTHS = 12

MONTH_ABBREVIATIONS = (
    QT_TRANSLATE_NOOP("Labels", "Jan"),
    QT_TRANSLATE_NOOP("Labels", "Feb"),
    QT_TRANSLATE_NOOP("Labels", "Mar"),
    QT_TRANSLATE_NOOP("Labels", "Apr"),
    QT_TRANSLATE_NOOP("Labels", "May"),
    QT_TRANSLATE_NOOP("Labels", "Jun"),
    QT_TRANSLATE_NOOP("Labels", "Jul"),
    QT_TRANSLATE_NOOP("Labels", "Aug"),
    QT_TRANSLATE_NOOP("Labels", "Sep"),
    QT_TRANSLATE_NOOP("Labels", "Oct"),
    QT_TRANSLATE_NOOP("Labels", "Nov"),
    QT_TRANSLATE_NOOP("Labels", "Dec"),
)


def is_workplace_contact(with_whom: WithWhom) -> bool:
    return with_whom in WORKPLACE_PARTIES


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last(self) -> date:
        return self.next().first - timedelta(days=1)

    def next(self) -> Month:
        return Month(self.year + 1, 1) if self.month == 12 else Month(self.year, self.month + 1)

    def previous(self) -> Month:
        return Month(self.year - 1, 12) if self.month == 1 else Month(self.year, self.month - 1)

    @property
    def abbreviation(self) -> str:
        """The English source of the month's short name, for a catalog to translate."""
        return MONTH_ABBREVIATIONS[self.month - 1]


def months_ending(day: date, count: int = TREND_MONTHS) -> list[Month]:
    """The `count` months ending with `day`'s, oldest first."""
    months = [Month.of(day)]
    while len(months) < count:
        months.append(months[-1].previous())
    return months[::-1]


def months_covering(start: date, end: date, most: int = TREND_MONTHS) -> list[Month]:
    """The months from `start`'s to `end`'s, oldest first, at most the last `most`."""
    if end < start:
        return []
    months = months_ending(end, most)
    return [month for month in months if month >= Month.of(start)]


@dataclass(frozen=True)
class SelfCheckPlacement:
    placement_id: int
    start_date: date
    ended_on: date | None
    paused: bool  # now: the flag keeps no history
    first_contact_at: datetime | None  # the first workplace contact at any time


@dataclass(frozen=True)
class SelfCheckNote:
    placement_id: int
    occurred_at: datetime
    with_whom: WithWhom
    minutes_spent: int | None

    @property
    def workplace(self) -> bool:
        return is_workplace_contact(self.with_whom)


@dataclass(frozen=True)
class NoteTally:
    """A placement's notes in one month, counted: what the figures read of them, so a year of
    notes comes as a row per placement and month rather than one per note."""

    placement_id: int
    month: Month
    notes: int
    workplace: int  # of those, workplace contacts
    minutes: int  # written on them
    without_minutes: int  # of those, with no minutes written

    @classmethod
    def of(cls, note: SelfCheckNote) -> NoteTally:
        return cls(
            note.placement_id,
            Month.of(note.occurred_at.date()),
            1,
            int(note.workplace),
            note.minutes_spent or 0,
            int(note.minutes_spent is None),
        )


@dataclass(frozen=True)
class MonthFigures:
    month: Month
    days: int  # counted: the whole month, or up to today in the current one
    started: int
    first_contact_days: tuple[int, ...]  # sorted, one per started placement that had one
    without_contact: int  # started in the month, no workplace contact yet
    active: int  # active in the month, paused or not
    paused_left_out: int  # of those, paused now and so not expected to be contacted (current)
    contacted: int  # of the active ones expected to be contacted, how many were
    contacts: int  # workplace contacts on active placements
    minutes: int  # written on the month's notes on active placements
    notes: int  # the month's notes on active placements
    notes_without_minutes: int
    network_contacts: int = 0  # the month's contacts with an employer alone

    @property
    def employer_contacts(self) -> int:
        """Workplace contacts on placements and network contacts together."""
        return self.contacts + self.network_contacts

    @property
    def median_days_to_first_contact(self) -> float | None:
        days = self.first_contact_days
        return None if not days else float(statistics.median(days))

    @property
    def expected_contacted(self) -> int:
        """The share's denominator: active placements not left out as paused."""
        return self.active - self.paused_left_out

    @property
    def contacted_share(self) -> float | None:
        whole = self.expected_contacted
        return None if whole == 0 else self.contacted / whole

    @property
    def contacts_per_week(self) -> float | None:
        return None if self.days == 0 else self.employer_contacts / (self.days / 7)

    @property
    def minutes_per_placement(self) -> float | None:
        """Known minutes per active placement: 0 when there were no notes, None when no
        placement was active or no note said its minutes."""
        if self.active == 0 or (self.notes > 0 and self.notes == self.notes_without_minutes):
            return None
        return self.minutes / self.active

    @property
    def is_empty(self) -> bool:
        return self.active == 0 and self.started == 0


@dataclass(frozen=True)
class SelfCheck:
    today: date
    months: tuple[MonthFigures, ...]  # oldest first; the last is the current month

    @property
    def current(self) -> MonthFigures:
        return self.months[-1]

    @property
    def is_empty(self) -> bool:
        """No placement was active or started in any of the months: nothing to judge."""
        return all(month.is_empty for month in self.months)


def compute(
    months: list[Month],
    placements: list[SelfCheckPlacement],
    notes: Sequence[SelfCheckNote | NoteTally],
    today: date,
    network_contacts: Sequence[datetime] = (),
) -> SelfCheck:
    """The figures of each month (oldest first), as of `today`; months after today count
    no days. `notes`: each note, or each placement's notes of a month already counted (none
    after today). `network_contacts`: when each network contact happened."""
    notes_by_month: dict[Month, list[NoteTally]] = {}
    for note in notes:
        if isinstance(note, SelfCheckNote) and note.occurred_at.date() > today:
            continue
        tally = NoteTally.of(note) if isinstance(note, SelfCheckNote) else note
        notes_by_month.setdefault(tally.month, []).append(tally)
    network_by_month: dict[Month, int] = {}
    for moment in network_contacts:
        if moment.date() <= today:
            month = Month.of(moment.date())
            network_by_month[month] = network_by_month.get(month, 0) + 1
    current = Month.of(today)
    return SelfCheck(
        today,
        tuple(
            replace(
                _month(month, placements, notes_by_month.get(month, []), today, month == current),
                network_contacts=network_by_month.get(month, 0),
            )
            for month in months
        ),
    )


def _month(
    month: Month,
    placements: list[SelfCheckPlacement],
    notes: list[NoteTally],
    today: date,
    is_current: bool,
) -> MonthFigures:
    last = min(month.last, today)
    days = max(0, (last - month.first).days + 1)
    active = {
        p.placement_id: p
        for p in placements
        if days > 0 and p.start_date <= last and (p.ended_on is None or p.ended_on >= month.first)
    }
    started = [p for p in active.values() if p.start_date >= month.first]
    first_days = sorted(
        max(0, (p.first_contact_at.date() - p.start_date).days)
        for p in started
        if p.first_contact_at is not None and p.first_contact_at.date() <= today
    )
    counted = [n for n in notes if n.placement_id in active]
    contacted_ids = {n.placement_id for n in counted if n.workplace > 0}
    paused = {pid for pid, p in active.items() if is_current and p.paused}
    return MonthFigures(
        month=month,
        days=days,
        started=len(started),
        first_contact_days=tuple(first_days),
        without_contact=len(started) - len(first_days),
        active=len(active),
        paused_left_out=len(paused),
        contacted=len(contacted_ids - paused),
        contacts=sum(n.workplace for n in counted),
        minutes=sum(n.minutes for n in counted),
        notes=sum(n.notes for n in counted),
        notes_without_minutes=sum(n.without_minutes for n in counted),
    )
