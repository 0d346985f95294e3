"""The agreement's compensation section: the subsidy, its decision and the terms of the
employment, the mentor, then what the coordinator wrote. The municipality's own cost is not
here: the agreement is the employer's document too (domain/subsidy.py)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from ambassador.domain.documents import PlacementTerms
from ambassador.domain.enums import ListName
from ambassador.domain.placement import PlacementFields
from ambassador.domain.subsidy import MentorTerms, SubsidyTerms, subsidy_terms
from ambassador.reporting import page
from ambassador.reporting.words import Words


def amount_text(amount: float | None, percent: int | None, words: Words) -> str:
    """ "80 % of the wage, at most 18 000 kr a month", or either part alone."""
    money = (
        ""
        if amount is None
        else words.translate("Documents", "{amount} kr a month").format(
            amount=words.number(amount, 0 if amount.is_integer() else 2)
        )
    )
    if percent is None:
        return money
    share = words.translate("Documents", "{percent} % of the wage").format(percent=percent)
    if not money:
        return share
    return words.translate("Documents", "{share}, at most {amount}").format(
        share=share, amount=money
    )


def decision_text(subsidy: SubsidyTerms, words: Words) -> str:
    """ "Af-2026-1234, 2026-09-01 – 2027-08-31": the number and the period, what is known."""
    start, end = subsidy.decision_start, subsidy.decision_end
    if start and end:
        period = f"{words.date(start)} – {words.date(end)}"
    elif start:
        period = words.translate("Documents", "from {start}").format(start=words.date(start))
    elif end:
        period = words.translate("Documents", "until {end}").format(end=words.date(end))
    else:
        period = ""
    return ", ".join(part for part in (subsidy.decision_number, period) if part)


def subsidy_rows(subsidy: SubsidyTerms, words: Words) -> list[tuple[str, str]]:
    rows = [
        (
            words.translate("Documents", "Subsidy"),
            ", ".join(
                part
                for part in (
                    words.item(ListName.SUBSIDY_TYPES, subsidy.subsidy_type)
                    if subsidy.subsidy_type
                    else "",
                    amount_text(subsidy.amount, subsidy.percent, words),
                )
                if part
            ),
        ),
        (words.translate("Documents", "Decision"), decision_text(subsidy, words)),
        (
            words.translate("Documents", "Form of agreement"),
            words.item(ListName.AGREEMENT_FORMS, subsidy.agreement_form)
            if subsidy.agreement_form
            else "",
        ),
        (words.translate("Documents", "Employer of record"), subsidy.employer_of_record),
    ]
    return [(label, value) for label, value in rows if value]


def mentor_text(mentor: MentorTerms, words: Words) -> str:
    """ "Eva Holm, the unit's own mentor, 2 hours a week, 070-123 45 67"."""
    where = mentor.employer_name or words.translate("Documents", "the unit's own mentor")
    hours = mentor.hours_per_week
    if hours is None:
        hours_text = ""
    elif hours == 1:
        hours_text = words.translate("Documents", "{hours} hour a week").format(hours=1)
    else:
        hours_text = words.translate("Documents", "{hours} hours a week").format(
            hours=words.number(hours, 0 if hours.is_integer() else 1)
        )
    return ", ".join(
        part for part in (mentor.name, where, hours_text, mentor.phone, mentor.email) if part
    )


def compensation_section(terms: PlacementTerms, words: Words) -> list[Flowable]:
    """The heading, the terms and the mentor as facts, the coordinator's text; 'Not
    recorded' when there is nothing of either."""
    rows = subsidy_rows(terms.subsidy, words) if terms.subsidy is not None else []
    if terms.mentor is not None:
        rows.append((words.translate("Documents", "Mentor"), mentor_text(terms.mentor, words)))
    story: list[Flowable] = [page.heading(words.translate("Documents", "Compensation"))]
    if rows:
        story.append(page.facts(rows))
    if terms.compensation.strip():
        if rows:
            story.append(page.space(1))
        story += page.paragraphs(terms.compensation)
    elif not rows:
        story.append(page.small(words.translate("Documents", "Not recorded.")))
    return story


def extract_terms_rows(
    placement: PlacementFields, mentor: MentorTerms | None, project_name: str, words: Words
) -> list[tuple[str, str]]:
    """The register extract's rows of the terms: the subsidy, the decision, the agreement's
    form, the employer of record, the municipality's cost (all stored is told), the mentor
    and the project; rows with nothing left out."""
    subsidy = subsidy_terms(placement)
    rows = subsidy_rows(subsidy, words) if subsidy is not None else []
    cost = placement.municipal_cost
    if cost is not None:
        rows.append(
            (
                words.translate("Documents", "Municipality's cost"),
                words.translate("Documents", "{amount} kr a month").format(
                    amount=words.number(cost, 0 if cost.is_integer() else 2)
                ),
            )
        )
    if mentor is not None:
        rows.append((words.translate("Documents", "Mentor"), mentor_text(mentor, words)))
    if project_name:
        rows.append((words.translate("Documents", "Project"), project_name))
    return rows
