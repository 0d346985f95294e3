"""The sample's subsidies and terms, and its mentors.

Placements of the subsidised types get their subsidy (lönebidrag and introduktionsjobb as a
share of the wage up to a ceiling, nystartsjobb an amount, a resursjobb the municipality's own
employment with its cost; in Denmark løntilskud, fleksjob, mentorstøtte), a decision from the
start, renewed while the placement runs, and an agreement form; other placements an agreement
form now and then and a supervisor allowance. One running decision ends within the renewal
warning's days of the sample's today, so Översikt shows it. Mentors: a few at employers and a
few in the unit, on about 30 % of the placements with their hours a week.

Drawn from their own Random(seed-derived), so the rest of the sample draws what it always
drew."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from types import ModuleType
from typing import Any

from ambassador.domain.mentors import Mentor, MentorFields
from ambassador.domain.overview import RENEWAL_WARNING_DAYS
from ambassador.storage.placement_terms import PlacementSpan
from ambassador.storage.unit_of_work import UnitOfWork

MENTOR_SHARE = 0.3  # of the placements
MENTOR_AT_EMPLOYER = 0.6  # of the mentors; the rest are the unit's own
PLACEMENTS_PER_MENTOR = 6
DECISION_MONTHS = (6, 12)
# The running decision the sample makes end soon: this many days after today.
ENDING_SOON_DAYS = 12


@dataclass(frozen=True)
class Subsidy:
    """How a placement type is subsidised: the subsidy type (a list label), a share of the
    wage (low, high) or none, an amount a month (low, high) or none, the municipality's cost
    a month (low, high) or none, and whether the municipality employs the person."""

    subsidy_type: str
    percent: tuple[int, int] | None = None
    amount: tuple[int, int] | None = None
    cost: tuple[int, int] | None = None
    municipality_employs: bool = False


SWEDISH: dict[str, Subsidy] = {
    "Lönebidrag": Subsidy("Lönebidrag", percent=(50, 80), amount=(18_000, 20_000)),
    "Nystartsjobb": Subsidy("Nystartsjobb", amount=(9_000, 14_000)),
    "Introduktionsjobb": Subsidy("Introduktionsjobb", percent=(65, 85), amount=(17_000, 20_000)),
    "Resursjobb": Subsidy(
        "Kommunalt anställningsstöd",
        percent=(75, 100),
        cost=(9_000, 16_000),
        municipality_employs=True,
    ),
    "Extratjänst": Subsidy("Annat stöd", percent=(100, 100), cost=(500, 2_000)),
    "Offentligt skyddad anställning": Subsidy("Lönebidrag", percent=(60, 80), cost=(500, 3_000)),
}
DANISH: dict[str, Subsidy] = {
    "Løntilskud (privat)": Subsidy("Løntilskud", amount=(12_000, 16_000)),
    "Løntilskud (offentlig)": Subsidy("Løntilskud", amount=(18_000, 24_000), cost=(2_000, 6_000)),
    "Job med løntilskud": Subsidy("Løntilskud", amount=(12_000, 18_000)),
    "Fleksjob": Subsidy("Fleksjob", percent=(30, 70), cost=(4_000, 12_000)),
    "Mentorstøtte": Subsidy("Mentorstøtte", amount=(2_000, 6_000)),
    "Ressourceforløb": Subsidy(
        "Kommunalt tilskud", cost=(6_000, 14_000), municipality_employs=True
    ),
}
# Placements without a subsidy of their own: a supervisor allowance now and then.
ALLOWANCE = {False: "Handledarersättning", True: "Mentorstøtte"}
ALLOWANCE_SHARE = 0.15
EMPLOYMENT_FORMS = {
    False: ("Tidsbegränsad anställning", "Tillsvidareanställning"),
    True: ("Tidsbegrænset ansættelse", "Fastansættelse"),
}
PLACEMENT_FORMS = {
    False: ("Praktikavtal", "Trepartsöverenskommelse"),
    True: ("Praktikaftale", "Partnerskabsaftale"),
}


def add_terms_and_mentors(
    uow: UnitOfWork,
    now: datetime,
    seed: int,
    texts: ModuleType,
    *,
    danish: bool,
) -> int:
    """Give the sample's placements their terms and mentors; returns how many placements
    have a subsidy."""
    rng = random.Random(f"terms-{seed}")
    today = now.date()
    spans = uow.placement_terms.spans()
    mentors = _mentors(uow, now, rng, texts, spans, danish=danish)
    plans = DANISH if danish else SWEDISH
    municipality = texts.ORGANISATION.split(",")[0]
    terms: list[dict[str, Any]] = []
    subsidised = 0
    for span in spans:
        values: dict[str, Any] = {
            "id": span.id,
            "subsidy_type": "",
            "subsidy_amount": None,
            "subsidy_percent": None,
            "decision_number": "",
            "decision_start": None,
            "decision_end": None,
            "agreement_form": "",
            "employer_of_record": "",
            "municipal_cost": None,
            "mentor_id": None,
            "mentor_hours": None,
        }
        plan = plans.get(span.placement_type)
        if plan is not None:
            subsidised += 1
            values.update(_subsidy(rng, plan, span, today, danish))
            fixed_term, permanent = EMPLOYMENT_FORMS[danish]
            values["agreement_form"] = fixed_term if rng.random() < 0.8 else permanent
            if plan.municipality_employs:
                values["employer_of_record"] = municipality
        else:
            if rng.random() < 0.5:
                values["agreement_form"] = rng.choice(PLACEMENT_FORMS[danish])
            if rng.random() < ALLOWANCE_SHARE:
                subsidised += 1
                amount = rng.randrange(2_000, 5_001, 500)
                values.update(
                    subsidy_type=ALLOWANCE[danish],
                    subsidy_amount=float(amount),
                    municipal_cost=float(amount),
                )
        mentor = _mentor_for(rng, mentors, span.employer_id)
        if mentor is not None:
            values["mentor_id"] = mentor.id
            values["mentor_hours"] = rng.choice((1.0, 1.5, 2.0, 2.0, 3.0, 4.0))
        terms.append(values)
    _one_ending_soon(terms, spans, today, plans, danish)
    uow.placement_terms.set_terms(terms)
    uow.placement_terms.clear_compensation([t["id"] for t in terms if t["subsidy_type"]])
    return subsidised


def _subsidy(
    rng: random.Random, plan: Subsidy, span: PlacementSpan, today: date, danish: bool
) -> dict[str, Any]:
    start = span.start_date
    end = _months_later(start, rng.choice(DECISION_MONTHS))
    number = _decision_number(rng, start.year, danish)
    running = span.ended_on is None and span.start_date <= today
    # A placement that runs has had its decision renewed until past the warning's days.
    while running and end < today + timedelta(days=RENEWAL_WARNING_DAYS + 1):
        start = end + timedelta(days=1)
        end = _months_later(start, 12)
        number = _decision_number(rng, start.year, danish)
    if span.planned_end_date is not None and end > span.planned_end_date >= start:
        end = span.planned_end_date  # decided for the placement's whole period
    return {
        "subsidy_type": plan.subsidy_type,
        "subsidy_percent": None if plan.percent is None else _between(rng, plan.percent, 5),
        "subsidy_amount": None if plan.amount is None else float(_between(rng, plan.amount, 500)),
        "municipal_cost": None if plan.cost is None else float(_between(rng, plan.cost, 500)),
        "decision_number": number,
        "decision_start": start,
        "decision_end": end,
    }


def _one_ending_soon(
    terms: list[dict[str, Any]],
    spans: list[PlacementSpan],
    today: date,
    plans: dict[str, Subsidy],
    danish: bool,
) -> None:
    """The running placement with a subsidy (else any running one, given the first plan's
    subsidy) whose decision ends ENDING_SOON_DAYS from today, its planned end later."""
    ends = today + timedelta(days=ENDING_SOON_DAYS)

    def runs_past(span: PlacementSpan) -> bool:
        return (
            span.ended_on is None
            and not span.paused
            and span.start_date <= today - timedelta(days=30)
            and (span.planned_end_date is None or span.planned_end_date > ends)
        )

    candidates = [(s, t) for s, t in zip(spans, terms, strict=True) if runs_past(s)]
    if not candidates:
        return
    subsidised = [(s, t) for s, t in candidates if t["subsidy_type"] and t["decision_start"]]
    span, values = (subsidised or candidates)[0]
    if not values["subsidy_type"]:
        plan = next(iter(plans.values()))
        values.update(
            subsidy_type=plan.subsidy_type,
            subsidy_percent=None if plan.percent is None else plan.percent[0],
            subsidy_amount=None if plan.amount is None else float(plan.amount[0]),
        )
        values["decision_number"] = _decision_number(random.Random(span.id), today.year, danish)
    values["decision_start"] = max(span.start_date, _months_later(ends, -12) + timedelta(days=1))
    values["decision_end"] = ends


def _mentors(
    uow: UnitOfWork,
    now: datetime,
    rng: random.Random,
    texts: ModuleType,
    spans: list[PlacementSpan],
    *,
    danish: bool,
) -> list[Mentor]:
    count = max(4, round(len(spans) * MENTOR_SHARE / PLACEMENTS_PER_MENTOR))
    employers = sorted({span.employer_id for span in spans})
    mentors: list[Mentor] = []
    for index in range(count):
        first = rng.choice(texts.WOMEN if index % 2 else texts.MEN)
        name = f"{first} {rng.choice(texts.LAST)}"
        at_employer = bool(employers) and rng.random() < MENTOR_AT_EMPLOYER
        employer_id = rng.choice(employers) if at_employer else None
        groups = (
            (rng.randrange(20, 100), *(rng.randrange(10, 100) for _ in range(3)))
            if danish
            else (f"070-{rng.randrange(100, 1000)}", rng.randrange(10, 100), rng.randrange(10, 100))
        )
        phone = " ".join(str(group) for group in groups)
        fields = MentorFields(name=name, employer_id=employer_id, phone=phone)
        mentors.append(uow.mentors.add(fields, now))
    return mentors


def _mentor_for(rng: random.Random, mentors: list[Mentor], employer_id: int) -> Mentor | None:
    if not mentors or rng.random() >= MENTOR_SHARE:
        return None
    own = [m for m in mentors if m.employer_id == employer_id]
    unit = [m for m in mentors if m.employer_id is None]
    choices = own or unit
    return rng.choice(choices) if choices else None


def _decision_number(rng: random.Random, year: int, danish: bool) -> str:
    if danish:
        return f"J.nr. {year}-{rng.randrange(1000, 10000)}"
    return f"Af-{year}-{rng.randrange(10000, 100000)}"


def _between(rng: random.Random, bounds: tuple[int, int], step: int) -> int:
    low, high = bounds
    return low if high <= low else rng.randrange(low, high + 1, step)


def _months_later(day: date, months: int) -> date:
    """The day before the same day `months` later (a decision for six months from 1 March
    runs to 31 August); the month's last day where it has no such day."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            same = date(year, month, min(day.day, last))
            break
        except ValueError:
            continue
    return same - timedelta(days=1)
