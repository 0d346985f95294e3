"""Överenskommelse: what the participant, the employer and the ambassador agree on at the
start of a placement, with a signature block for each."""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ambassador.domain.documents import PlacementAgreement
from ambassador.domain.enums import ListName
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.plan import FollowUpPlan, describe_phase
from ambassador.reporting import page
from ambassador.reporting.covered_tasks import tasks_section
from ambassador.reporting.subsidy_section import compensation_section
from ambassador.reporting.terms import (
    extent_text,
    period_text,
    placement_facts,
    section,
    support_sections,
)
from ambassador.reporting.words import Words

# What happens after the end is the same for every placement.
AFTER_THE_END = (
    QT_TRANSLATE_NOOP(
        "Documents",
        "When the placement ends, the participant, the supervisor and the ambassador meet for "
        "a final follow-up talk, to look back on it together and plan the next step. The "
        "ambassador then writes a short summary of the placement, which the participant may "
        "read and, with the participant's consent, the employer too.",
    ),
    QT_TRANSLATE_NOOP(
        "Documents",
        "The placement is not an employment and gives no right to one. If the employer wishes "
        "to employ the participant, the ambassador helps with the next steps.",
    ),
    QT_TRANSLATE_NOOP(
        "Documents",
        "About three months after the end, the ambassador asks the participant how things are "
        "going. This agreement and the notes from the follow-up are kept and erased according "
        "to the municipality's rules for public records.",
    ),
)


def render_agreement(agreement: PlacementAgreement, words: Words) -> bytes:
    title = words.translate("Documents", "Placement agreement")
    terms = agreement.terms
    letterhead = agreement.letterhead
    story: list[Flowable] = [
        page.title(title),
        page.text(
            words.translate(
                "Documents",
                "This agreement describes the placement of {participant} at {employer}: "
                "what it is for, what the participant will do, the support given and how it "
                "is followed up.",
            ).format(participant=terms.participant_name, employer=terms.employer_name)
        ),
        page.space(2),
        placement_facts(terms, words, with_schedule=False),
        *section(words.translate("Documents", "Purpose"), terms.purpose, words),
        *section(words.translate("Documents", "Goals"), terms.goals, words),
        page.heading(words.translate("Documents", "Schedule")),
        page.facts(
            [
                (words.translate("Documents", "Period"), period_text(terms, words)),
                (
                    words.translate("Documents", "Extent"),
                    extent_text(terms.hours_per_week, terms.extent_percent, words),
                ),
            ]
        ),
        *tasks_section(terms, words),
        *support_sections(terms, words),
        *_follow_up(agreement, words),
        *compensation_section(terms, words),
        page.heading(words.translate("Documents", "After the placement ends")),
        *[page.text(words(paragraph)) for paragraph in AFTER_THE_END],
        page.signature_blocks(
            words,
            [
                (words.translate("Documents", "Participant"), terms.participant_name),
                (
                    words.translate("Documents", "For the employer"),
                    terms.supervisor.name if terms.supervisor else terms.employer_name,
                ),
                (words.translate("Documents", "Ambassador"), letterhead.coordinator_name),
            ],
        ),
    ]
    return page.render(
        story,
        words=words,
        letterhead=letterhead,
        document_title=title,
        printed_on=agreement.printed_on,
    )


def _phase_rows(
    plan: FollowUpPlan, start: date, planned_end: date | None, words: Words
) -> list[list[str]]:
    """Each phase's dates and rhythm; phases after the planned end are left out."""

    def translate(context: str, source: str, n: int | None = None) -> str:
        return words.translate(context, source)

    rows: list[list[str]] = []
    first = start
    for index, phase in enumerate(plan.phases):
        if planned_end is not None and first > planned_end:
            break
        last = plan.phase_last_day(start, index)
        if last is None or (planned_end is not None and last > planned_end):
            last = planned_end
        if last is None:
            period = words.translate("Documents", "From {start}").format(start=words.date(first))
        else:
            period = f"{words.date(first)} – {words.date(last)}"
        rhythm = describe_phase(phase, translate, with_weeks=False)
        rows.append([period, rhythm[:1].upper() + rhythm[1:]])
        if last is None:
            break
        first = last + timedelta(days=1)
    return rows


def _follow_up(agreement: PlacementAgreement, words: Words) -> list[Flowable]:
    terms = agreement.terms
    story: list[Flowable] = [page.heading(words.translate("Documents", "Follow-up"))]
    if terms.plan is None:
        story.append(
            page.text(
                words.translate(
                    "Documents", "The ambassador and the workplace agree on check-ins as needed."
                )
            )
        )
    else:
        story.append(
            page.text(
                words.translate(
                    "Documents",
                    "The ambassador checks in with the participant and the supervisor, at the "
                    "workplace or by phone: most often in the first weeks, when support matters "
                    "most, and then less often.",
                )
            )
        )
        story.append(
            page.grid(
                [words.translate("Documents", "Period"), words.translate("Documents", "Check-ins")],
                _phase_rows(terms.plan, terms.start_date, terms.planned_end_date, words),
                [60 * mm, page.TEXT_WIDTH - 60 * mm],
            )
        )
    if agreement.planned_check_ins:
        story.append(page.subheading(words.translate("Documents", "First planned check-ins")))
        story.append(
            page.grid(
                [words.translate("Documents", "When"), words.translate("Documents", "Kind")],
                [
                    [words.moment(c.scheduled_at), words.item(ListName.NOTE_KINDS, c.kind)]
                    for c in agreement.planned_check_ins
                ],
                [40 * mm, page.TEXT_WIDTH - 40 * mm],
            )
        )
    letterhead = agreement.letterhead
    reach = [
        part
        for part in (
            letterhead.coordinator_name,
            letterhead.coordinator_phone,
            letterhead.coordinator_email,
        )
        if part
    ]
    if reach:
        story.append(page.space(2))
        story.append(
            page.text(
                words.translate(
                    "Documents", "Contact the ambassador at any time: {contact}."
                ).format(contact=", ".join(reach))
            )
        )
    return story
