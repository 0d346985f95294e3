"""Use cases for participants: register, edit, consents, trash."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ambassador.domain.clock import Clock
from ambassador.domain.enums import ConsentScope, ListName
from ambassador.domain.errors import NotFoundError, ValidationError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.participant import (
    Consent,
    Participant,
    ParticipantFields,
    validate_participant,
)
from ambassador.domain.settings import Settings
from ambassador.domain.validation import clean
from ambassador.services.changes import Changes, ids
from ambassador.services.retrying import retried
from ambassador.storage.database import Database
from ambassador.storage.unit_of_work import UnitOfWork

DUPLICATE_PIN = QT_TRANSLATE_NOOP(
    "Messages", "Another participant is already registered with this personal identity number."
)
CONSENT_EMPLOYER = QT_TRANSLATE_NOOP("Messages", "Choose the employer the consent concerns.")


@dataclass(frozen=True)
class ParticipantSaved:
    participant: Participant
    changes: Changes


def get_participant(uow: UnitOfWork, participant_id: int) -> Participant:
    participant = uow.participants.get(participant_id)
    if participant is None:
        raise NotFoundError("participant", participant_id)
    return participant


class ParticipantService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    @retried
    def create(self, fields: ParticipantFields) -> ParticipantSaved:
        validate_participant(fields, self._clock.today(), country=self.country())
        with self._db.write() as uow:
            clean = self._validated(uow, fields)
            self._refuse_duplicate(uow, clean, None)
            participant = uow.participants.add(clean, self._clock.now())
        return ParticipantSaved(participant, Changes(participants=ids(participant.id)))

    @retried
    def update(
        self,
        participant_id: int,
        fields: ParticipantFields,
        *,
        expected_version: int | None = None,
    ) -> ParticipantSaved:
        """`expected_version`: the version the form read; a stale one is refused with a
        ConflictError and nothing is written (None: a caller that is not a form)."""
        validate_participant(fields, self._clock.today(), country=self.country())
        with self._db.write() as uow:
            uow.participants.check_version(participant_id, expected_version)
            clean = self._validated(uow, fields)
            get_participant(uow, participant_id)
            self._refuse_duplicate(uow, clean, participant_id)
            participant = uow.participants.update(
                participant_id, clean, self._clock.now(), expected_version=expected_version
            )
        return ParticipantSaved(participant, Changes(participants=ids(participant_id)))

    def get(self, participant_id: int) -> Participant:
        with self._db.read() as uow:
            return get_participant(uow, participant_id)

    def page(self, *, limit: int | None = None, offset: int = 0) -> list[Participant]:
        with self._db.read() as uow:
            return uow.participants.page(limit=limit, offset=offset)

    def consents(self, participant_id: int) -> list[Consent]:
        with self._db.read() as uow:
            return uow.participants.consents(participant_id)

    @retried
    def give_consent(
        self,
        participant_id: int,
        scope: ConsentScope,
        employer_id: int | None,
        given_on: date,
        note: str = "",
    ) -> Changes:
        if scope is not ConsentScope.CONTACT_REFERRAL_SOURCE and employer_id is None:
            raise ValidationError.single("employer_id", CONSENT_EMPLOYER)
        with self._db.write() as uow:
            get_participant(uow, participant_id)
            if employer_id is not None and uow.employers.get(employer_id) is None:
                raise NotFoundError("employer", employer_id)
            uow.participants.add_consent(
                Consent(
                    id=0,
                    participant_id=participant_id,
                    scope=scope,
                    employer_id=employer_id,
                    given_on=given_on,
                    note=clean(note),
                )
            )
        return Changes(participants=ids(participant_id))

    @retried
    def withdraw_consent(self, participant_id: int, consent_id: int) -> Changes:
        with self._db.write() as uow:
            if (
                uow.participants.withdraw_consent(participant_id, consent_id, self._clock.today())
                is None
            ):
                raise NotFoundError("consent", consent_id)
        return Changes(participants=ids(participant_id))

    @retried
    def delete(self, participant_id: int, *, expected_version: int | None = None) -> Changes:
        """Move to the trash; `expected_version` as for `update`."""
        with self._db.write() as uow:
            uow.participants.check_version(participant_id, expected_version)
            get_participant(uow, participant_id)
            uow.participants.set_deleted(
                participant_id, self._clock.now(), expected_version=expected_version
            )
        return Changes(participants=ids(participant_id))

    def _validated(self, uow: UnitOfWork, fields: ParticipantFields) -> ParticipantFields:
        """The fields cleaned, the task interests and limits entries of their lists (a
        removed entry still counts: old records keep it)."""
        return validate_participant(
            fields,
            self._clock.today(),
            categories=uow.lists.labels(ListName.TASK_CATEGORIES, include_inactive=True),
            requirements=uow.lists.labels(ListName.TASK_REQUIREMENTS, include_inactive=True),
            country=Settings.from_strings(uow.settings.all()).country,
        )

    def country(self) -> str:
        """The organisation's country, which decides the identity number."""
        with self._db.read() as uow:
            return Settings.from_strings(uow.settings.all()).country

    @staticmethod
    def _refuse_duplicate(uow: UnitOfWork, fields: ParticipantFields, own_id: int | None) -> None:
        if fields.personal_identity_number is None:
            return
        other = uow.participants.find_by_identity_number(fields.personal_identity_number)
        if other is not None and other.id != own_id:
            raise ValidationError.single("personal_identity_number", DUPLICATE_PIN)
