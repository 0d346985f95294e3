"""A placement's subsidy, decision and terms, and its mentor, as the documents tell them.

The agreement (an employer's document) tells the subsidy and the terms but never the
municipality's own cost, which is internal; the register extract tells everything."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ambassador.domain.mentors import Mentor
from ambassador.domain.placement import PlacementFields


@dataclass(frozen=True)
class SubsidyTerms:
    subsidy_type: str  # a label of the subsidy types' list
    amount: float | None  # kronor a month
    percent: int | None  # of the wage
    decision_number: str
    decision_start: date | None
    decision_end: date | None
    agreement_form: str  # a label of the agreement forms' list
    employer_of_record: str

    @property
    def has_subsidy(self) -> bool:
        return bool(self.subsidy_type or self.amount is not None or self.percent is not None)

    @property
    def has_decision(self) -> bool:
        return bool(self.decision_number or self.decision_start or self.decision_end)


@dataclass(frozen=True)
class MentorTerms:
    name: str
    employer_name: str  # "" for the unit's own mentor
    phone: str
    email: str
    hours_per_week: float | None


def subsidy_terms(placement: PlacementFields) -> SubsidyTerms | None:
    """The placement's subsidy and terms; None when it records none of them."""
    terms = SubsidyTerms(
        subsidy_type=placement.subsidy_type,
        amount=placement.subsidy_amount,
        percent=placement.subsidy_percent,
        decision_number=placement.decision_number,
        decision_start=placement.decision_start,
        decision_end=placement.decision_end,
        agreement_form=placement.agreement_form,
        employer_of_record=placement.employer_of_record,
    )
    if terms.has_subsidy or terms.has_decision or terms.agreement_form:
        return terms
    return terms if terms.employer_of_record else None


def mentor_terms(
    placement: PlacementFields, mentor: Mentor | None, employer_name: str = ""
) -> MentorTerms | None:
    """The placement's mentor (`employer_name`: where they work, "" for the unit)."""
    if mentor is None or placement.mentor_id != mentor.id:
        return None
    return MentorTerms(
        name=mentor.name,
        employer_name="" if mentor.employer_id is None else employer_name,
        phone=mentor.phone,
        email=mentor.email,
        hours_per_week=placement.mentor_hours,
    )
