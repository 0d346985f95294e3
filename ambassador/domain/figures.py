"""Key figures for a period: what the coordinator's work is judged by, split by gender.

The rules in plain Python, over one light fact per placement and per feedback answer: the
reports that break the figures down read them so. The home screen's figures are the same
rules counted by the database (storage/overview_queries.py `key_figures`), and the tests hold
the two to the same numbers.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from ambassador.domain.enums import Gender, Outcome, Respondent, Sector

SUPPORTED_AT_LEAST = 4  # "felt supported": a 4 or a 5 on the 1-5 scale


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    @classmethod
    def year_of(cls, day: date) -> Period:
        return cls(date(day.year, 1, 1), date(day.year, 12, 31))


@dataclass(frozen=True)
class PlacementFact:
    placement_id: int
    gender: Gender
    start_date: date
    ended_on: date | None
    outcome: Outcome | None
    reason: str = ""
    # What the printed statistics break the figures down by.
    placement_type: str = ""
    referral_source: str = ""
    sector: Sector | None = None
    employer_id: int | None = None


@dataclass(frozen=True)
class FeedbackFact:
    placement_id: int
    gender: Gender
    respondent: Respondent
    given_on: date
    felt_supported: int | None


@dataclass(frozen=True)
class Split:
    """A count in total and by gender."""

    by_gender: dict[Gender, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.by_gender.values())

    def of(self, gender: Gender) -> int:
        return self.by_gender.get(gender, 0)

    @classmethod
    def count(cls, genders: list[Gender]) -> Split:
        return cls(dict(Counter(genders)))


@dataclass(frozen=True)
class Share:
    """A share with its numerator and denominator, so a reader sees what it rests on."""

    part: Split
    whole: Split

    @property
    def ratio(self) -> float | None:
        return None if self.whole.total == 0 else self.part.total / self.whole.total

    def ratio_of(self, gender: Gender) -> float | None:
        whole = self.whole.of(gender)
        return None if whole == 0 else self.part.of(gender) / whole


@dataclass(frozen=True)
class KeyFigures:
    period: Period
    started: Split
    active: Split
    ended: Split
    into_work_or_education: Share
    ended_early: Split
    early_reasons: dict[str, int]
    employers_felt_supported: Share
    participants_felt_supported: Share


def compute_key_figures(
    period: Period, placements: list[PlacementFact], feedback: list[FeedbackFact]
) -> KeyFigures:
    started = [p.gender for p in placements if period.contains(p.start_date)]
    active = [
        p.gender
        for p in placements
        if p.start_date <= period.end and (p.ended_on is None or p.ended_on >= period.start)
    ]
    ended = [p for p in placements if p.ended_on is not None and period.contains(p.ended_on)]
    into_work = [
        p.gender for p in ended if p.outcome is not None and p.outcome.is_work_or_education
    ]
    early = [p for p in ended if p.outcome is Outcome.ENDED_EARLY]
    return KeyFigures(
        period=period,
        started=Split.count(started),
        active=Split.count(active),
        ended=Split.count([p.gender for p in ended]),
        into_work_or_education=Share(
            Split.count(into_work), Split.count([p.gender for p in ended])
        ),
        ended_early=Split.count([p.gender for p in early]),
        early_reasons=dict(Counter(p.reason or "" for p in early).most_common()),
        employers_felt_supported=_felt_supported(period, feedback, Respondent.EMPLOYER),
        participants_felt_supported=_felt_supported(period, feedback, Respondent.PARTICIPANT),
    )


def _felt_supported(period: Period, feedback: list[FeedbackFact], who: Respondent) -> Share:
    """One answer per placement and respondent: the latest in the period that rated support."""
    latest: dict[int, FeedbackFact] = {}
    for fact in feedback:
        if fact.respondent is not who or fact.felt_supported is None:
            continue
        if not period.contains(fact.given_on):
            continue
        current = latest.get(fact.placement_id)
        if current is None or fact.given_on >= current.given_on:
            latest[fact.placement_id] = fact
    answers = list(latest.values())
    supported = [f.gender for f in answers if (f.felt_supported or 0) >= SUPPORTED_AT_LEAST]
    return Share(Split.count(supported), Split.count([f.gender for f in answers]))
