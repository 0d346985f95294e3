"""Matching a person to the tasks employers offer: which employers with a free place to
suggest, and why."""

from __future__ import annotations

from ambassador.domain.clock import Clock
from ambassador.domain.tasks import Suggestion, suggest_employers
from ambassador.services.participants import get_participant
from ambassador.storage.database import Database


class MatchingService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def suggest_employers(self, participant_id: int) -> list[Suggestion]:
        """Employers with a free place and a task that suits the person, best first. The
        person's limits leave tasks out; nothing in a suggestion tells which."""
        with self._db.read() as uow:
            person = get_participant(uow, participant_id)
            candidates = uow.employer_tasks.candidates()
            country = uow.country()
        return suggest_employers(person.task_interests, person.task_limits, candidates, country)
