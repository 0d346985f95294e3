"""What each printed document may contain, decided here so a document cannot show what it
was never given: the employer's papers get the shareable, the person's extract gets all."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from ambassador.domain.change_log import ChangeEntry
from ambassador.domain.drafts import Draft
from ambassador.domain.employer import Contact, Employer
from ambassador.domain.enums import CheckInStatus, ConsentScope, Respondent, WithWhom
from ambassador.domain.followup import CheckIn, Feedback, Note
from ambassador.domain.outcome_check import OutcomeCheck
from ambassador.domain.participant import Consent, Participant
from ambassador.domain.placement import Placement
from ambassador.domain.plan import FollowUpPlan
from ambassador.domain.settings import Settings
from ambassador.domain.subsidy import MentorTerms, SubsidyTerms, subsidy_terms
from ambassador.domain.tasks import EmployerTask

# The kinds of document, as the export log records them.
SUMMARY = "placement_summary"
AGREEMENT = "placement_agreement"
EXTRACT = "register_extract"
STATISTICS = "statistics_report"
QUESTIONNAIRE = "questionnaire"

# Contacts an employer may see the date and kind of: with the workplace or the person.
# Talks with an authority or someone else concern third parties and stay internal.
WORKPLACE_CONTACTS = frozenset({WithWhom.PARTICIPANT, WithWhom.SUPERVISOR, WithWhom.BOTH})

AGREEMENT_CHECK_INS = 6  # the agreement lists the first planned follow-ups


@dataclass(frozen=True)
class Letterhead:
    """Who the document comes from, and whom the employer calls."""

    organisation_name: str
    coordinator_name: str = ""
    coordinator_phone: str = ""
    coordinator_email: str = ""
    logo_png: bytes | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> Letterhead:
        logo: bytes | None = None
        if settings.logo_png:
            try:
                logo = base64.b64decode(settings.logo_png, validate=True)
            except (binascii.Error, ValueError):
                logo = None
        return cls(
            organisation_name=settings.organisation_name,
            coordinator_name=settings.coordinator_name,
            coordinator_phone=settings.coordinator_phone,
            coordinator_email=settings.coordinator_email,
            logo_png=logo,
        )


@dataclass(frozen=True)
class PlacementTerms:
    """What the employer's documents say about a placement: the person by name only.

    `support` (the placement's agreed support and adaptations) and `adaptations` (the
    person's needs) are None unless the person's consent to share them with this employer
    is in force.
    """

    placement_id: int
    participant_name: str
    employer_name: str
    unit: str
    supervisor: Contact | None
    placement_type: str
    start_date: date
    planned_end_date: date | None
    ended_on: date | None
    hours_per_week: float | None
    extent_percent: int | None
    purpose: str
    goals: str
    tasks: str
    compensation: str
    plan: FollowUpPlan | None
    support: str | None
    adaptations: str | None
    # The employer's tasks the placement covers (its task_ids), in the employer's order.
    covered_tasks: tuple[EmployerTask, ...] = ()
    # The subsidy, decision and terms (never the municipality's cost) and the mentor.
    subsidy: SubsidyTerms | None = None
    mentor: MentorTerms | None = None


@dataclass(frozen=True)
class ContactEvent:
    """One contact in the follow-up history: when and how, never what was said."""

    at: datetime
    kind: str
    with_whom: WithWhom | None


@dataclass(frozen=True)
class SharedNote:
    at: datetime
    kind: str
    text: str


@dataclass(frozen=True)
class EmployerSummary:
    letterhead: Letterhead
    terms: PlacementTerms
    history: list[ContactEvent]
    shared_notes: list[SharedNote]
    feedback: list[Feedback]  # the employer's own answers, oldest first
    next_check_in: CheckIn | None
    printed_on: date


@dataclass(frozen=True)
class PlacementAgreement:
    letterhead: Letterhead
    terms: PlacementTerms
    planned_check_ins: list[CheckIn]  # the first few, soonest first
    printed_on: date


@dataclass(frozen=True)
class ExportRecord:
    """A line of the export log: what left the program, about which records, to which file."""

    at: datetime
    kind: str
    subject_kind: str
    subject_ids: tuple[int, ...]
    file_path: str
    row_count: int
    user_name: str = ""  # who: the database user on a server, the computer's account on a file


@dataclass(frozen=True)
class RegisterExtract:
    """Everything stored about one person, internal notes, trashed records and the export
    log included, for their access request."""

    letterhead: Letterhead
    participant: Participant
    consents: list[Consent]
    placements: list[Placement]
    employer_names: dict[int, str]
    contact_names: dict[int, str]  # supervisors and feedback respondents by contact id
    notes: list[Note]
    check_ins: list[CheckIn]
    feedback: list[Feedback]
    exports: list[ExportRecord]
    printed_on: date
    outcome_checks: list[OutcomeCheck] = field(default_factory=list)
    drafts: list[Draft] = field(default_factory=list)  # notes being written, not yet saved
    # Every addition, change and removal of the person's records the change log holds: which
    # kind of record, its id, who and when, oldest first.
    changes: list[ChangeEntry] = field(default_factory=list)
    # The tasks the person's placements cover, by id (a placement's task_ids name them).
    tasks: dict[int, EmployerTask] = field(default_factory=dict)
    # Each placement's mentor and project's name, by the placement's id.
    mentors: dict[int, MentorTerms] = field(default_factory=dict)
    project_names: dict[int, str] = field(default_factory=dict)


def consent_in_force(
    consents: Iterable[Consent], scope: ConsentScope, employer_id: int, day: date
) -> bool:
    return any(
        c.scope is scope and c.employer_id == employer_id and c.in_force_on(day) for c in consents
    )


def placement_terms(
    placement: Placement,
    participant: Participant,
    employer: Employer,
    supervisor: Contact | None,
    consents: Iterable[Consent],
    day: date,
    employer_tasks: Iterable[EmployerTask] = (),
    mentor: MentorTerms | None = None,
) -> PlacementTerms:
    """`employer_tasks`: the employer's tasks, of which those the placement covers are told;
    `mentor`: the placement's mentor (subsidy.mentor_terms)."""
    may_share = consent_in_force(consents, ConsentScope.SHARE_NEEDS_WITH_EMPLOYER, employer.id, day)
    return PlacementTerms(
        placement_id=placement.id,
        participant_name=participant.full_name,
        employer_name=employer.name,
        unit=placement.unit,
        supervisor=supervisor,
        placement_type=placement.placement_type,
        start_date=placement.start_date,
        planned_end_date=placement.planned_end_date,
        ended_on=placement.ending.ended_on if placement.ending else None,
        hours_per_week=placement.hours_per_week,
        extent_percent=placement.extent_percent,
        purpose=placement.purpose,
        goals=placement.goals,
        tasks=placement.tasks,
        compensation=placement.compensation,
        plan=placement.plan,
        support=placement.support if may_share else None,
        adaptations=participant.needs_and_adaptations if may_share else None,
        covered_tasks=tuple(t for t in employer_tasks if t.id in placement.task_ids),
        subsidy=subsidy_terms(placement),
        mentor=mentor,
    )


def employer_summary(
    letterhead: Letterhead,
    terms: PlacementTerms,
    notes: Iterable[Note],
    check_ins: Iterable[CheckIn],
    feedback: Iterable[Feedback],
    now: datetime,
) -> EmployerSummary:
    """The summary's content from the placement's whole record, filtered by the rules."""
    own = [n for n in notes if n.placement_id == terms.placement_id and n.deleted_at is None]
    mine = [c for c in check_ins if c.placement_id == terms.placement_id]
    history = [
        ContactEvent(n.occurred_at, n.kind, n.with_whom)
        for n in own
        if n.with_whom in WORKPLACE_CONTACTS and n.occurred_at <= now
    ]
    # A check-in done without a note of its own is still a contact that happened.
    history += [
        ContactEvent(c.scheduled_at, c.kind, None)
        for c in mine
        if c.status is CheckInStatus.DONE and c.note_id is None
    ]
    upcoming = sorted(
        (c for c in mine if c.status is CheckInStatus.PLANNED and c.scheduled_at >= now),
        key=lambda c: c.scheduled_at,
    )
    return EmployerSummary(
        letterhead=letterhead,
        terms=terms,
        history=sorted(history, key=lambda e: e.at),
        shared_notes=[
            SharedNote(n.occurred_at, n.kind, n.text)
            for n in sorted(own, key=lambda n: n.occurred_at)
            if n.shareable
        ],
        feedback=sorted(
            (
                f
                for f in feedback
                if f.placement_id == terms.placement_id
                and f.respondent is Respondent.EMPLOYER
                and f.deleted_at is None
            ),
            key=lambda f: (f.given_on, f.id),
        ),
        next_check_in=upcoming[0] if upcoming else None,
        printed_on=now.date(),
    )


def placement_agreement(
    letterhead: Letterhead, terms: PlacementTerms, check_ins: Iterable[CheckIn], now: datetime
) -> PlacementAgreement:
    planned = sorted(
        (
            c
            for c in check_ins
            if c.placement_id == terms.placement_id and c.status is CheckInStatus.PLANNED
        ),
        key=lambda c: c.scheduled_at,
    )
    return PlacementAgreement(letterhead, terms, planned[:AGREEMENT_CHECK_INS], now.date())
