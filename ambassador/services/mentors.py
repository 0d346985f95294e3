"""Use cases for mentors: the list, those a placement at an employer may have, add, change
and remove (refused while a placement names the mentor)."""

from __future__ import annotations

from dataclasses import dataclass

from ambassador.domain.clock import Clock
from ambassador.domain.errors import NotFoundError, RuleViolationError
from ambassador.domain.mentors import Mentor, MentorFields, mentors_for, validate_mentor
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.services.changes import Changes, ids
from ambassador.services.retrying import retried
from ambassador.storage.database import Database
from ambassador.storage.unit_of_work import UnitOfWork

MENTOR_IN_USE = QT_TRANSLATE_NOOP(
    "Messages",
    "{count} placements name this mentor. Choose another mentor on them first, so what was "
    "agreed stays on record.",
)


@dataclass(frozen=True)
class MentorSaved:
    mentor: Mentor
    changes: Changes


def get_mentor(uow: UnitOfWork, mentor_id: int) -> Mentor:
    mentor = uow.mentors.get(mentor_id)
    if mentor is None:
        raise NotFoundError("mentor", mentor_id)
    return mentor


class MentorService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def mentors(self) -> list[Mentor]:
        """Every mentor, by name."""
        with self._db.read() as uow:
            return uow.mentors.all()

    def employer_names(self) -> dict[int, str]:
        """Where the mentors work: each of their employers' names, by id."""
        with self._db.read() as uow:
            return uow.mentors.employer_names()

    def for_employer(self, employer_id: int | None) -> list[Mentor]:
        """The mentors a placement at the employer may have: theirs, then the unit's."""
        with self._db.read() as uow:
            return mentors_for(uow.mentors.all(), employer_id)

    def get(self, mentor_id: int) -> Mentor:
        with self._db.read() as uow:
            return get_mentor(uow, mentor_id)

    def placement_count(self, mentor_id: int) -> int:
        with self._db.read() as uow:
            return uow.mentors.placement_count(mentor_id)

    @retried
    def add(self, fields: MentorFields) -> MentorSaved:
        clean = validate_mentor(fields)
        with self._db.write() as uow:
            self._check_employer(uow, clean)
            mentor = uow.mentors.add(clean, self._clock.now())
        return MentorSaved(mentor, Changes(mentors=ids(mentor.id)))

    @retried
    def update(
        self, mentor_id: int, fields: MentorFields, *, expected_version: int | None = None
    ) -> MentorSaved:
        """`expected_version`: the version the form read; a stale one is refused with a
        ConflictError and nothing is written (None: a caller that is not a form)."""
        clean = validate_mentor(fields)
        with self._db.write() as uow:
            uow.mentors.check_version(mentor_id, expected_version)
            get_mentor(uow, mentor_id)
            self._check_employer(uow, clean)
            mentor = uow.mentors.update(mentor_id, clean, expected_version=expected_version)
        return MentorSaved(mentor, Changes(mentors=ids(mentor_id)))

    @retried
    def remove(self, mentor_id: int, *, expected_version: int | None = None) -> Changes:
        """Remove a mentor no placement names (those in the trash count: they come back);
        refused, saying how many, while some do."""
        with self._db.write() as uow:
            uow.mentors.check_version(mentor_id, expected_version)
            get_mentor(uow, mentor_id)
            count = uow.mentors.placement_count(mentor_id)
            if count:
                raise RuleViolationError(MENTOR_IN_USE, count=count)
            uow.mentors.remove(mentor_id)
        return Changes(mentors=ids(mentor_id))

    @staticmethod
    def _check_employer(uow: UnitOfWork, fields: MentorFields) -> None:
        if fields.employer_id is not None and uow.employers.get(fields.employer_id) is None:
            raise NotFoundError("employer", fields.employer_id)
