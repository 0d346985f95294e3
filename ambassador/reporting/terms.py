"""What the summary and the agreement both say about a placement: who, where, when, how much."""

from __future__ import annotations

from reportlab.platypus import Flowable

from ambassador.domain.documents import PlacementTerms
from ambassador.domain.enums import ListName
from ambassador.reporting import page
from ambassador.reporting.words import Words


def supervisor_text(terms: PlacementTerms) -> str:
    supervisor = terms.supervisor
    if supervisor is None:
        return ""
    return ", ".join(part for part in (supervisor.name, supervisor.phone, supervisor.email) if part)


def period_text(terms: PlacementTerms, words: Words) -> str:
    if terms.ended_on is not None:
        return words.translate("Documents", "{start} – {end} (ended)").format(
            start=words.date(terms.start_date), end=words.date(terms.ended_on)
        )
    if terms.planned_end_date is None:
        return words.translate("Documents", "From {start}, no end date set").format(
            start=words.date(terms.start_date)
        )
    return f"{words.date(terms.start_date)} – {words.date(terms.planned_end_date)}"


def extent_text(hours_per_week: float | None, extent_percent: int | None, words: Words) -> str:
    parts: list[str] = []
    if hours_per_week is not None:
        decimals = 0 if hours_per_week.is_integer() else 1
        parts.append(
            words.translate("Documents", "{hours} hours a week").format(
                hours=words.number(hours_per_week, decimals)
            )
        )
    if extent_percent is not None:
        parts.append(
            words.translate("Documents", "{percent} % of full time").format(percent=extent_percent)
        )
    return ", ".join(parts)


def placement_facts(terms: PlacementTerms, words: Words, *, with_schedule: bool = True) -> Flowable:
    """The placement at a glance; the person by name only, never their identity number.
    The agreement gives the period and extent a section of their own."""
    schedule = [
        (words.translate("Documents", "Period"), period_text(terms, words)),
        (
            words.translate("Documents", "Extent"),
            extent_text(terms.hours_per_week, terms.extent_percent, words),
        ),
    ]
    return page.facts(
        [
            (words.translate("Documents", "Participant"), terms.participant_name),
            (words.translate("Documents", "Employer"), terms.employer_name),
            (words.translate("Documents", "Unit"), terms.unit),
            (words.translate("Documents", "Supervisor"), supervisor_text(terms)),
            (
                words.translate("Documents", "Placement type"),
                words.item(ListName.PLACEMENT_TYPES, terms.placement_type),
            ),
            *(schedule if with_schedule else []),
            (words.translate("Documents", "Placement number"), str(terms.placement_id)),
        ]
    )


def section(heading: str, value: str, words: Words) -> list[Flowable]:
    """A heading and its text, or a plain 'Not recorded' so a gap is visibly a gap."""
    story: list[Flowable] = [page.heading(heading)]
    if value.strip():
        story += page.paragraphs(value)
    else:
        story.append(page.small(words.translate("Documents", "Not recorded.")))
    return story


def support_sections(terms: PlacementTerms, words: Words) -> list[Flowable]:
    """Support and adaptations, only when the person agreed to share them with this employer
    (the domain leaves them None otherwise, and then not even the heading is printed)."""
    if terms.support is None and terms.adaptations is None:
        return []
    story: list[Flowable] = [
        page.heading(words.translate("Documents", "Agreed support and adaptations"))
    ]
    if terms.support:
        story += page.paragraphs(terms.support)
    if terms.adaptations:
        story.append(
            page.subheading(words.translate("Documents", "Adaptations for the participant"))
        )
        story += page.paragraphs(terms.adaptations)
    if not terms.support and not terms.adaptations:
        story.append(page.small(words.translate("Documents", "Not recorded.")))
    return story
