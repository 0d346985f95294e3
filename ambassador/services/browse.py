"""The working lists and the detail panes beside them, read for the window page by page."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from ambassador.domain.browse import (
    PAGE_SIZE,
    Choice,
    EmployerFilter,
    EmployerListRow,
    Page,
    ParticipantFilter,
    ParticipantListRow,
    PlacementFilter,
    PlacementListRow,
)
from ambassador.domain.clock import Clock
from ambassador.domain.employer import Contact, Employer
from ambassador.domain.errors import NotFoundError
from ambassador.domain.followup import CheckIn, Feedback
from ambassador.domain.mentors import Mentor
from ambassador.domain.participant import Consent, Participant
from ambassador.domain.placement import Placement
from ambassador.domain.settings import Settings
from ambassador.domain.tasks import EmployerTask
from ambassador.domain.timeline import PlacementEvent, TimelineEntry, TimelineItem, build_timeline
from ambassador.services.employers import get_employer
from ambassador.services.network import network_timeline
from ambassador.services.participants import get_participant
from ambassador.services.placements import get_placement
from ambassador.storage.database import Database
from ambassador.storage.unit_of_work import UnitOfWork

# A person or an employer with more placements than this is shown its latest ones.
DETAIL_PLACEMENTS = 500


@dataclass(frozen=True)
class ParticipantDetail:
    participant: Participant
    consents: list[Consent]
    placements: list[PlacementListRow]
    timeline: list[TimelineEntry]
    employer_names: dict[int, str]  # for the consents that name an employer


@dataclass(frozen=True)
class EmployerDetail:
    employer: Employer
    contacts: list[Contact]
    placements: list[PlacementListRow]
    feedback_answers: int
    average_ratings: dict[str, float | None]
    # The newest network contact's day: work with the employer alone is a contact too.
    last_network_contact: date | None = None
    # Its network log: contacts and its placements' starts and ends, newest first.
    network_timeline: list[TimelineEntry] = field(default_factory=list)

    @property
    def last_contact(self) -> date | None:
        days = [p.last_contact for p in self.placements if p.last_contact]
        return max([*days, *filter(None, [self.last_network_contact])], default=None)


@dataclass(frozen=True)
class PlacementDetail:
    placement: Placement
    participant: Participant
    employer: Employer
    supervisor: Contact | None
    timeline: list[TimelineEntry]
    # What the placement's terms name, read with it: the mentor, where the mentor works when
    # not at the placement's employer (an employer in the trash too), the project's name,
    # and the employer's tasks the placement covers, in the employer's order.
    mentor: Mentor | None = None
    mentor_workplace: str = ""
    project_name: str = ""
    covered_tasks: tuple[EmployerTask, ...] = ()


class BrowseService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    # Lists ------------------------------------------------------------------------------

    def participants(
        self, criteria: ParticipantFilter, offset: int = 0, limit: int = PAGE_SIZE
    ) -> Page[ParticipantListRow]:
        with self._db.read() as uow:
            silent = Settings.from_strings(uow.settings.all()).silent_after_days
            return uow.browse.participants(criteria, self._clock.now(), silent, limit, offset)

    def employers(
        self, criteria: EmployerFilter, offset: int = 0, limit: int = PAGE_SIZE
    ) -> Page[EmployerListRow]:
        with self._db.read() as uow:
            return uow.browse.employers(criteria, self._clock.today(), limit, offset)

    def participant_choices(self) -> list[Choice]:
        with self._db.read() as uow:
            return uow.browse.participant_choices()

    def employer_choices(self) -> list[Choice]:
        with self._db.read() as uow:
            return uow.browse.employer_choices()

    def placements(
        self, criteria: PlacementFilter, offset: int = 0, limit: int = PAGE_SIZE
    ) -> Page[PlacementListRow]:
        with self._db.read() as uow:
            return self._placements(uow, criteria, limit, offset)

    def _placements(
        self, uow: UnitOfWork, criteria: PlacementFilter, limit: int, offset: int = 0
    ) -> Page[PlacementListRow]:
        silent = Settings.from_strings(uow.settings.all()).silent_after_days
        return uow.browse.placements(criteria, self._clock.now(), silent, limit, offset)

    # Detail panes -----------------------------------------------------------------------

    def participant(self, participant_id: int) -> ParticipantDetail:
        """The person, their consents and placements, and one timeline of everything."""
        with self._db.read() as uow:
            participant = get_participant(uow, participant_id)
            rows = self._placements(
                uow, PlacementFilter(participant_id=participant_id), DETAIL_PLACEMENTS
            ).rows
            names = {row.id: row.employer_name for row in rows}
            ids = [row.id for row in rows]
            # Each kind read for all the placements at once, then set out a placement at a time.
            placements = uow.placements.many(ids)
            check_ins = _by_placement(uow.detail.check_ins_of(ids))
            feedback = _by_placement(uow.detail.feedback_of(ids))
            items: list[TimelineItem] = list(uow.detail.notes_of_participant(participant_id))
            for row in rows:
                placement = placements.get(row.id)
                if placement is None:
                    raise NotFoundError("placement", row.id)
                items.append(PlacementEvent(placement, ended=False))
                if placement.ending is not None:
                    items.append(PlacementEvent(placement, ended=True))
                items.extend(check_ins.get(row.id, ()))
                items.extend(feedback.get(row.id, ()))
            items.extend(uow.detail.outcome_checks_of(ids))
            consents = uow.participants.consents(participant_id)
            employer_names = uow.detail.employer_names(
                [c.employer_id for c in consents if c.employer_id is not None]
            )
            return ParticipantDetail(
                participant, consents, rows, build_timeline(items, names), employer_names
            )

    def employer(self, employer_id: int) -> EmployerDetail:
        """The employer, its contacts and placements, their feedback's figures and its
        network log, in one reading."""
        with self._db.read() as uow:
            employer = get_employer(uow, employer_id)
            rows = self._placements(
                uow, PlacementFilter(employer_id=employer_id), DETAIL_PLACEMENTS
            ).rows
            answers, averages = uow.feedback.employer_averages(employer_id)
            network = uow.network_contacts.latest_of(employer_id)
            return EmployerDetail(
                employer,
                uow.employers.contacts(employer_id),
                rows,
                answers,
                averages,
                None if network is None else network.date(),
                network_timeline(uow, employer_id),
            )

    def placement(self, placement_id: int) -> PlacementDetail:
        """The plan, the people, and notes, check-ins and feedback in one timeline."""
        with self._db.read() as uow:
            placement = get_placement(uow, placement_id)
            items: list[TimelineItem] = [
                *uow.detail.notes_of_placement(placement_id),
                *uow.detail.check_ins_of([placement_id]),
                *uow.detail.feedback_of([placement_id]),
                *uow.detail.outcome_checks_of([placement_id]),
            ]
            if placement.ending is not None:  # the outcome and its reason, where it happened
                items.append(PlacementEvent(placement, ended=True))
            supervisor = (
                None
                if placement.supervisor_id is None
                else uow.employers.contact(placement.supervisor_id)
            )
            mentor = None if placement.mentor_id is None else uow.mentors.get(placement.mentor_id)
            workplace = None
            if mentor is not None and mentor.employer_id not in (None, placement.employer_id):
                workplace = uow.employers.get(mentor.employer_id, include_deleted=True)
            project = (
                None if placement.project_id is None else uow.projects.get(placement.project_id)
            )
            covered = (
                tuple(
                    task
                    for task in uow.employer_tasks.of_employer(placement.employer_id)
                    if task.id in placement.task_ids
                )
                if placement.task_ids
                else ()
            )
            return PlacementDetail(
                placement,
                get_participant(uow, placement.participant_id),
                get_employer(uow, placement.employer_id),
                supervisor,
                build_timeline(items),
                mentor,
                "" if workplace is None else workplace.name,
                "" if project is None else project.name,
                covered,
            )


def _by_placement(items: Sequence[CheckIn | Feedback]) -> dict[int, list[CheckIn | Feedback]]:
    """`items` by their placement, each placement's in the order read."""
    grouped: dict[int, list[CheckIn | Feedback]] = defaultdict(list)
    for item in items:
        grouped[item.placement_id].append(item)
    return grouped
