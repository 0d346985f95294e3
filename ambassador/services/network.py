"""Use cases of the employer network log: record, change, follow up and delete network
contacts (Översikt reads the follow-ups due through the overview service)."""

from __future__ import annotations

from dataclasses import dataclass

from ambassador.domain.clock import Clock
from ambassador.domain.enums import ListName
from ambassador.domain.errors import NotFoundError, Problem, ValidationError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.network import (
    NetworkContact,
    NetworkContactFields,
    validate_network_contact,
)
from ambassador.domain.timeline import PlacementEvent, TimelineEntry, TimelineItem, build_timeline
from ambassador.services.changes import Changes, ids
from ambassador.services.employers import get_employer
from ambassador.services.retrying import retried
from ambassador.storage.database import Database
from ambassador.storage.unit_of_work import UnitOfWork

UNKNOWN_NETWORK_KIND = QT_TRANSLATE_NOOP(
    "Messages", "Choose a kind of network contact from the list."
)

_KIND = "network_contact"


@dataclass(frozen=True)
class NetworkContactSaved:
    contact: NetworkContact
    changes: Changes


def get_network_contact(uow: UnitOfWork, contact_id: int) -> NetworkContact:
    contact = uow.network_contacts.get(contact_id)
    if contact is None:
        raise NotFoundError(_KIND, contact_id)
    return contact


def network_timeline(uow: UnitOfWork, employer_id: int) -> list[TimelineEntry]:
    """The employer's network contacts and its placements' starts and ends, newest first; a
    placement's entries carry its participant's name (none for a person in the trash). Four
    statements however many placements: the caller has made sure the employer is there."""
    items: list[TimelineItem] = list(uow.network_contacts.of_employer(employer_id))
    people = uow.detail.participant_names_at(employer_id)
    names: dict[int, str] = {}
    for placement in uow.placements.of_employer(employer_id):
        items.append(PlacementEvent(placement, ended=False))
        if placement.ending is not None:
            items.append(PlacementEvent(placement, ended=True))
        person = people.get(placement.participant_id)
        names[placement.id] = "" if person is None else f"{person[0]} {person[1]}"
    return build_timeline(items, names)


class NetworkService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def get(self, contact_id: int) -> NetworkContact:
        with self._db.read() as uow:
            return get_network_contact(uow, contact_id)

    def of_employer(self, employer_id: int) -> list[NetworkContact]:
        """The employer's network contacts not in the trash, newest first."""
        with self._db.read() as uow:
            return uow.network_contacts.of_employer(employer_id)

    def timeline(self, employer_id: int) -> list[TimelineEntry]:
        """The employer's network contacts and its placements' starts and ends, newest
        first; a placement's entries carry its participant's name."""
        with self._db.read() as uow:
            get_employer(uow, employer_id)
            return network_timeline(uow, employer_id)

    def kinds(self) -> list[str]:
        """The kinds a new contact may have: the list's active entries."""
        with self._db.read() as uow:
            return uow.lists.labels(ListName.NETWORK_CONTACT_KINDS)

    @retried
    def add(
        self,
        fields: NetworkContactFields,
        *,
        completes: int | None = None,
        completes_version: int | None = None,
    ) -> NetworkContactSaved:
        """Record a contact. `completes`: the contact whose follow-up this one is (Översikt's
        "record a new contact"): its follow-up is marked done in the same transaction, a stale
        `completes_version` refused with a ConflictError."""
        clean = validate_network_contact(fields, self._clock.now())
        with self._db.write() as uow:
            get_employer(uow, clean.employer_id)
            self._check_kind(uow, clean.kind, None)
            changed = set()
            if completes is not None:
                uow.network_contacts.check_version(completes, completes_version)
                get_network_contact(uow, completes)
                uow.network_contacts.set_follow_up_done(
                    completes, True, expected_version=completes_version
                )
                changed.add(completes)
            contact = uow.network_contacts.add(clean, self._clock.now())
            changed.add(contact.id)
        return NetworkContactSaved(
            contact,
            Changes(network_contacts=frozenset(changed), employers=ids(clean.employer_id)),
        )

    @retried
    def update(
        self,
        contact_id: int,
        fields: NetworkContactFields,
        *,
        follow_up_done: bool | None = None,
        expected_version: int | None = None,
    ) -> NetworkContactSaved:
        """Change a contact; `expected_version`: the version the form read, a stale one
        refused with a ConflictError (None: a caller that is not a form). `follow_up_done`
        None keeps it as stored, unless the follow-up date changed: a new date is open."""
        clean = validate_network_contact(fields, self._clock.now())
        with self._db.write() as uow:
            uow.network_contacts.check_version(contact_id, expected_version)
            existing = get_network_contact(uow, contact_id)
            get_employer(uow, clean.employer_id)
            self._check_kind(uow, clean.kind, existing.kind)
            if follow_up_done is None:
                follow_up_done = existing.follow_up_done and (
                    clean.follow_up_on == existing.follow_up_on
                )
            contact = uow.network_contacts.update(
                contact_id,
                clean,
                follow_up_done=follow_up_done and clean.follow_up_on is not None,
                expected_version=expected_version,
            )
        return NetworkContactSaved(contact, self._changes(contact, existing.employer_id))

    @retried
    def mark_follow_up_done(
        self, contact_id: int, *, done: bool = True, expected_version: int | None = None
    ) -> Changes:
        with self._db.write() as uow:
            uow.network_contacts.check_version(contact_id, expected_version)
            get_network_contact(uow, contact_id)
            contact = uow.network_contacts.set_follow_up_done(
                contact_id, done, expected_version=expected_version
            )
        return self._changes(contact)

    @retried
    def delete(self, contact_id: int, *, expected_version: int | None = None) -> Changes:
        """Move to the trash, where it stays restorable for 30 days."""
        with self._db.write() as uow:
            uow.network_contacts.check_version(contact_id, expected_version)
            contact = get_network_contact(uow, contact_id)
            uow.network_contacts.set_deleted(
                contact_id, self._clock.now(), expected_version=expected_version
            )
        return self._changes(contact)

    @staticmethod
    def _changes(contact: NetworkContact, other_employer: int | None = None) -> Changes:
        employers = {contact.employer_id}
        if other_employer is not None:
            employers.add(other_employer)
        return Changes(network_contacts=ids(contact.id), employers=frozenset(employers))

    @staticmethod
    def _check_kind(uow: UnitOfWork, kind: str, kept: str | None) -> None:
        """A kind of the list, an inactive one too; a contact's own stored kind stays
        allowed even if the list has dropped it since."""
        if kind == kept:
            return
        if kind not in uow.lists.labels(ListName.NETWORK_CONTACT_KINDS, include_inactive=True):
            raise ValidationError([Problem("kind", UNKNOWN_NETWORK_KIND)])
