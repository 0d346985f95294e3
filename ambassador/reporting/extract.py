"""Registerutdrag: everything stored about one person, for their own access request. Unlike
the employer's papers it holds all of it: the full personal identity number, internal and
trashed notes, the export log."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from ambassador.domain import documents
from ambassador.domain.change_log import CHANGE_ACTION_LABELS, TABLE_LABELS
from ambassador.domain.documents import ExportRecord, RegisterExtract
from ambassador.domain.enums import ListName
from ambassador.domain.followup import Feedback, Note
from ambassador.domain.identity import PersonalIdentityNumber
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.placement import Placement
from ambassador.reporting import page
from ambassador.reporting.covered_tasks import task_lines
from ambassador.reporting.subsidy_section import extract_terms_rows
from ambassador.reporting.terms import extent_text
from ambassador.reporting.words import Words

EXPORT_KINDS = {
    documents.SUMMARY: QT_TRANSLATE_NOOP("Documents", "Follow-up summary for the employer"),
    documents.AGREEMENT: QT_TRANSLATE_NOOP("Documents", "Placement agreement"),
    documents.EXTRACT: QT_TRANSLATE_NOOP("Documents", "Register extract"),
    documents.STATISTICS: QT_TRANSLATE_NOOP("Documents", "Statistics report"),
    documents.QUESTIONNAIRE: QT_TRANSLATE_NOOP("Documents", "Questionnaire"),
}


def render_extract(extract: RegisterExtract, words: Words) -> bytes:
    title = words.translate("Documents", "Register extract")
    person = extract.participant
    story: list[Flowable] = [
        page.title(title),
        page.text(
            words.translate(
                "Documents",
                "This extract shows all data stored about you in Ambassador on {day}, internal "
                "notes, records in the trash and the documents printed about you included.",
            ).format(day=words.date(extract.printed_on))
        ),
        page.small(
            words.translate(
                "Documents",
                "The data is kept to plan and follow up your placement and to report on the "
                "unit's work. Ask the ambassador if something is wrong: it will be corrected.",
            )
        ),
        page.heading(words.translate("Documents", "About you")),
        page.facts(
            [
                (words.translate("Documents", "Name"), person.full_name),
                (
                    words.translate("Documents", "Personal identity number"),
                    _identity_number(person.personal_identity_number),
                ),
                (words.translate("Documents", "Gender"), words.label(person.gender)),
                (words.translate("Documents", "Phone"), person.phone),
                (words.translate("Documents", "Email"), person.email),
                (words.translate("Documents", "Address"), person.address),
                (
                    words.translate("Documents", "Referred by"),
                    words.item(ListName.REFERRAL_SOURCES, person.referral_source),
                ),
                (words.translate("Documents", "Referral date"), words.date(person.referral_date)),
                (words.translate("Documents", "Referral reference"), person.referral_reference),
                (words.translate("Documents", "Language"), person.language),
                (
                    words.translate("Documents", "Interpreter needed"),
                    _yes_no(person.interpreter_needed, words),
                ),
                (
                    words.translate("Documents", "Needs and adaptations"),
                    person.needs_and_adaptations,
                ),
                (
                    words.translate("Documents", "Task requirements to avoid"),
                    ", ".join(
                        words.item(ListName.TASK_REQUIREMENTS, limit)
                        for limit in person.task_limits
                    ),
                ),
                (words.translate("Documents", "Strengths"), person.strengths),
                (words.translate("Documents", "Interests"), person.interests),
                (
                    words.translate("Documents", "Task areas of interest"),
                    ", ".join(
                        words.item(ListName.TASK_CATEGORIES, each) for each in person.task_interests
                    ),
                ),
                (words.translate("Documents", "Goals"), person.goals),
                (words.translate("Documents", "Registered"), words.moment(person.created_at)),
                (words.translate("Documents", "Last changed"), words.moment(person.updated_at)),
                *_trashed(person.deleted_at, words),
            ]
        ),
        *_consents(extract, words),
        *_placements(extract, words),
        *_notes(extract, words),
        *_drafts(extract, words),
        *_feedback(extract, words),
        *_exports(extract, words),
        *_changes(extract, words),
    ]
    return page.render(
        story,
        words=words,
        letterhead=extract.letterhead,
        document_title=title,
        printed_on=extract.printed_on,
    )


def _identity_number(stored: str | None) -> str:
    """The whole number, YYYYMMDD-NNNN: this document is for the person themself."""
    if not stored:
        return ""
    try:
        return PersonalIdentityNumber(stored).formatted()
    except ValueError:  # stored before the checks, or damaged: as it is
        return stored


def _yes_no(value: bool | None, words: Words) -> str:
    if value is None:
        return ""
    return words.translate("Documents", "Yes") if value else words.translate("Documents", "No")


def _trashed(deleted_at: datetime | None, words: Words) -> list[tuple[str, str]]:
    if deleted_at is None:
        return []
    return [
        (
            words.translate("Documents", "In the trash"),
            words.translate("Documents", "Since {day}").format(day=words.date(deleted_at.date())),
        )
    ]


def _consents(extract: RegisterExtract, words: Words) -> list[Flowable]:
    story: list[Flowable] = [page.heading(words.translate("Documents", "Consents"))]
    if not extract.consents:
        return [*story, page.small(words.translate("Documents", "No consents recorded."))]
    rows = [
        [
            words.label(c.scope),
            extract.employer_names.get(c.employer_id, "") if c.employer_id else "",
            words.date(c.given_on),
            words.date(c.withdrawn_on),
            c.note,
        ]
        for c in extract.consents
    ]
    story.append(
        page.grid(
            [
                words.translate("Documents", "Consent"),
                words.translate("Documents", "Employer"),
                words.translate("Documents", "Given"),
                words.translate("Documents", "Withdrawn"),
                words.translate("Documents", "Note"),
            ],
            rows,
            [50 * mm, 40 * mm, 24 * mm, 24 * mm, page.TEXT_WIDTH - 138 * mm],
        )
    )
    return story


def _placements(extract: RegisterExtract, words: Words) -> list[Flowable]:
    story: list[Flowable] = [page.heading(words.translate("Documents", "Placements"))]
    if not extract.placements:
        return [*story, page.small(words.translate("Documents", "No placements."))]
    for placement in extract.placements:
        story += _placement(placement, extract, words)
    return story


def _placement(placement: Placement, extract: RegisterExtract, words: Words) -> list[Flowable]:
    employer = extract.employer_names.get(placement.employer_id, "")
    supervisor = (
        extract.contact_names.get(placement.supervisor_id, "")
        if placement.supervisor_id is not None
        else ""
    )
    ending = placement.ending
    rows = [
        (words.translate("Documents", "Placement number"), str(placement.id)),
        (words.translate("Documents", "Unit"), placement.unit),
        (words.translate("Documents", "Supervisor"), supervisor),
        (
            words.translate("Documents", "Placement type"),
            words.item(ListName.PLACEMENT_TYPES, placement.placement_type),
        ),
        (
            words.translate("Documents", "Period"),
            f"{words.date(placement.start_date)} – {words.date(placement.planned_end_date)}",
        ),
        (
            words.translate("Documents", "Extent"),
            extent_text(placement.hours_per_week, placement.extent_percent, words),
        ),
        (words.translate("Documents", "Purpose"), placement.purpose),
        (words.translate("Documents", "Goals"), placement.goals),
        (words.translate("Documents", "Tasks"), placement.tasks),
        (
            words.translate("Documents", "Tasks covered"),
            task_lines((extract.tasks[i] for i in placement.task_ids if i in extract.tasks), words),
        ),
        (words.translate("Documents", "Support and adaptations"), placement.support),
        (words.translate("Documents", "Compensation"), placement.compensation),
        *extract_terms_rows(
            placement,
            extract.mentors.get(placement.id),
            extract.project_names.get(placement.id, ""),
            words,
        ),
        (
            words.translate("Documents", "Ended"),
            ""
            if ending is None
            else " · ".join(
                part
                for part in (
                    words.date(ending.ended_on),
                    words.label(ending.outcome),
                    words.item(ListName.ENDING_REASONS, ending.reason),
                )
                if part
            ),
        ),
        *_outcome_check(placement, extract, words),
        *_trashed(placement.deleted_at, words),
    ]
    check_ins = [c for c in extract.check_ins if c.placement_id == placement.id]
    story: list[Flowable] = [
        page.subheading(
            words.translate("Documents", "{employer}, from {start}").format(
                employer=employer, start=words.date(placement.start_date)
            )
        ),
        page.facts(rows),
    ]
    if check_ins:
        story.append(page.space(2))
        story.append(
            page.grid(
                [
                    words.translate("Documents", "Check-in"),
                    words.translate("Documents", "Kind"),
                    words.translate("Documents", "Status"),
                ],
                [
                    [
                        words.moment(c.scheduled_at),
                        words.item(ListName.NOTE_KINDS, c.kind),
                        words.label(c.status),
                    ]
                    for c in check_ins
                ],
                [40 * mm, 80 * mm, page.TEXT_WIDTH - 120 * mm],
            )
        )
    return story


def _outcome_check(
    placement: Placement, extract: RegisterExtract, words: Words
) -> list[tuple[str, str]]:
    """What the person was doing some days after the end, or the day that is asked."""
    check = next((c for c in extract.outcome_checks if c.placement_id == placement.id), None)
    if check is None:
        return []
    if check.result is None or check.recorded_on is None:
        text = words.translate("Documents", "Due {day}, not yet recorded").format(
            day=words.date(check.due_on)
        )
    else:
        text = words.translate("Documents", "{result} (due {due}, recorded {day})").format(
            result=words.label(check.result),
            due=words.date(check.due_on),
            day=words.date(check.recorded_on),
        )
    return [(words.translate("Documents", "Outcome check after the end"), text)]


def _notes(extract: RegisterExtract, words: Words) -> list[Flowable]:
    story: list[Flowable] = [page.heading(words.translate("Documents", "Notes"))]
    if not extract.notes:
        return [*story, page.small(words.translate("Documents", "No notes."))]
    for note in extract.notes:
        story += [page.subheading(_note_heading(note, extract, words)), *page.paragraphs(note.text)]
    return story


def _drafts(extract: RegisterExtract, words: Words) -> list[Flowable]:
    """A note still being typed is stored too (so that a crash loses none of it): the person
    sees it here, and nowhere else outside the form it is typed in."""
    texts = [
        (draft.updated_at, text)
        for draft in extract.drafts
        if isinstance(text := draft.fields.get("text"), str) and text.strip()
    ]
    if not texts:
        return []
    story: list[Flowable] = [
        page.heading(words.translate("Documents", "Notes being written, not yet saved"))
    ]
    for updated_at, text in texts:
        heading = words.translate("Documents", "Draft, last typed {moment}")
        story += [page.subheading(heading.format(moment=words.moment(updated_at)))]
        story += page.paragraphs(text)
    return story


def _note_heading(note: Note, extract: RegisterExtract, words: Words) -> str:
    parts = [
        words.moment(note.occurred_at),
        words.item(ListName.NOTE_KINDS, note.kind),
        words.label(note.with_whom),
    ]
    if note.placement_id is not None:
        placement = next((p for p in extract.placements if p.id == note.placement_id), None)
        if placement is not None:
            parts.append(extract.employer_names.get(placement.employer_id, ""))
    parts.append(
        words.translate("Documents", "shared with the employer")
        if note.shareable
        else words.translate("Documents", "internal")
    )
    if note.deleted_at is not None:
        parts.append(
            words.translate("Documents", "in the trash since {day}").format(
                day=words.date(note.deleted_at.date())
            )
        )
    return " · ".join(part for part in parts if part)


def _feedback(extract: RegisterExtract, words: Words) -> list[Flowable]:
    heading = page.heading(words.translate("Documents", "Feedback"))
    if not extract.feedback:
        return [heading, page.small(words.translate("Documents", "No feedback."))]
    story: list[Flowable] = []
    for answer in extract.feedback:
        block: list[Flowable] = [
            page.subheading(_feedback_heading(answer, extract, words)),
            page.facts(
                [
                    *[
                        (words.rating(name), str(value))
                        for name, value in answer.ratings().items()
                        if value is not None
                    ],
                    (
                        words.translate("Documents", "Could consider hiring"),
                        _yes_no(answer.could_consider_hiring, words),
                    ),
                    (words.translate("Documents", "Strengths"), answer.strengths),
                    (words.translate("Documents", "To develop"), answer.areas_to_develop),
                ]
            ),
        ]
        # One answer is a few lines: split over a page break it reads as two answers, and
        # the section heading goes with the first one rather than end a page alone.
        story.append(KeepTogether([heading, *block] if not story else block))
    return story


def _feedback_heading(answer: Feedback, extract: RegisterExtract, words: Words) -> str:
    parts = [words.date(answer.given_on), words.label(answer.respondent)]
    if answer.contact_id is not None:
        parts.append(extract.contact_names.get(answer.contact_id, ""))
    if answer.deleted_at is not None:
        parts.append(
            words.translate("Documents", "in the trash since {day}").format(
                day=words.date(answer.deleted_at.date())
            )
        )
    return " · ".join(part for part in parts if part)


def _exports(extract: RegisterExtract, words: Words) -> list[Flowable]:
    story: list[Flowable] = [
        page.heading(words.translate("Documents", "Documents printed about you")),
    ]
    if not extract.exports:
        return [*story, page.small(words.translate("Documents", "None before this extract."))]
    rows = [
        [
            words.moment(record.at),
            _printed_by(record, words),
            record.file_path,
        ]
        for record in extract.exports
    ]
    story.append(
        page.grid(
            [
                words.translate("Documents", "When"),
                words.translate("Documents", "Document"),
                words.translate("Documents", "File"),
            ],
            rows,
            [36 * mm, 52 * mm, page.TEXT_WIDTH - 88 * mm],
        )
    )
    return story


def _printed_by(record: ExportRecord, words: Words) -> str:
    """The document, and who printed it where the log knows (an older line does not): beside
    the kind, so the file's path keeps its width."""
    kind = words(EXPORT_KINDS[record.kind]) if record.kind in EXPORT_KINDS else record.kind
    if not record.user_name:
        return kind
    return words.translate("Documents", "{document}, by {user}").format(
        document=kind, user=record.user_name
    )


def _changes(extract: RegisterExtract, words: Words) -> list[Flowable]:
    """Who added, changed or removed which of the person's records, and when (never what:
    the change log holds no values). On a file nobody is named: it has one user at a time."""
    story: list[Flowable] = [page.heading(words.translate("Documents", "Changes to your records"))]
    if not extract.changes:
        return [*story, page.small(words.translate("Documents", "No changes are logged."))]
    named = any(change.user_name for change in extract.changes)
    rows = [
        [
            words.moment(change.at),
            *([change.user_name] if named else []),
            words.translate("Labels", TABLE_LABELS[change.table_name])
            if change.table_name in TABLE_LABELS
            else change.table_name,
            str(change.record_id),
            words.translate("Labels", CHANGE_ACTION_LABELS[change.action]),
        ]
        for change in extract.changes
    ]
    headings = [
        words.translate("Documents", "When"),
        *([words.translate("Documents", "By")] if named else []),
        words.translate("Documents", "Record"),
        words.translate("Documents", "Number"),
        words.translate("Documents", "Change"),
    ]
    widths = [36 * mm, *([32 * mm] if named else []), 40 * mm, 20 * mm]
    widths.append(page.TEXT_WIDTH - sum(widths))
    story.append(page.grid(headings, rows, widths))
    return story
