"""Repositories for participants, their consents, employers and their contacts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from ambassador.domain.employer import Contact, ContactFields, Employer, EmployerFields
from ambassador.domain.participant import Consent, Participant, ParticipantFields
from ambassador.domain.tasks import join_labels
from ambassador.storage.folding import name_key
from ambassador.storage.mapping import apply, row_values, to_domain
from ambassador.storage.rows import ConsentRow, ContactRow, EmployerRow, ParticipantRow
from ambassador.storage.versions import bump, checked_row, stored_row


def _participant(row: ParticipantRow) -> Participant:
    return to_domain(Participant, row)


def _employer(row: EmployerRow) -> Employer:
    return to_domain(Employer, row)


def _contact(row: ContactRow) -> Contact:
    return to_domain(Contact, row)


def _consent(row: ConsentRow) -> Consent:
    return to_domain(Consent, row)


class ParticipantRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, participant_id: int, *, include_deleted: bool = False) -> Participant | None:
        row = self._session.get(ParticipantRow, participant_id)
        if row is None or (row.deleted_at is not None and not include_deleted):
            return None
        return _participant(row)

    def add(self, fields: ParticipantFields, now: datetime) -> Participant:
        row = ParticipantRow(
            **row_values(fields, of=ParticipantFields), created_at=now, updated_at=now
        )
        self._session.add(row)
        self._session.flush()
        return _participant(row)

    def check_version(self, participant_id: int, expected_version: int | None) -> None:
        """Refuse a form's stale version (storage/versions.py), the trash's too."""
        self._row(participant_id, expected_version, must_exist=False)

    def update(
        self,
        participant_id: int,
        fields: ParticipantFields,
        now: datetime,
        *,
        expected_version: int | None = None,
    ) -> Participant:
        row = self._row(participant_id, expected_version)
        apply(row, row_values(fields, of=ParticipantFields))
        row.updated_at = now
        bump(row)
        self._session.flush()
        return _participant(row)

    def set_deleted(
        self,
        participant_id: int,
        deleted_at: datetime | None,
        *,
        expected_version: int | None = None,
    ) -> None:
        self._row(participant_id, expected_version).deleted_at = deleted_at
        self._session.flush()

    def _row(
        self, participant_id: int, expected_version: int | None, *, must_exist: bool = True
    ) -> ParticipantRow:
        find = stored_row if must_exist else checked_row
        return find(  # type: ignore[return-value]
            self._session,
            ParticipantRow,
            participant_id,
            expected_version,
            kind="participant",
            as_domain=_participant,
        )

    def set_task_wishes(self, wishes: Iterable[tuple[int, Sequence[str], Sequence[str]]]) -> None:
        """(id, task interests, task limits) of many people at once (sample data): one
        executemany."""
        values = [
            {"b_id": i, "b_interests": join_labels(interests), "b_limits": join_labels(limits)}
            for i, interests, limits in wishes
        ]
        # By the table, not the mapped class: an ORM bulk update by primary key would want
        # each row's version (storage/versions.py); new rows need no check, and keep theirs.
        table = ParticipantRow.__table__
        statement = (
            update(table)  # type: ignore[arg-type]
            .where(table.c.id == bindparam("b_id"))
            .values(task_interests=bindparam("b_interests"), task_limits=bindparam("b_limits"))
        )
        if values:
            self._session.execute(statement, values)

    def find_by_identity_number(self, number: str) -> Participant | None:
        row = self._session.scalars(
            select(ParticipantRow).where(
                ParticipantRow.personal_identity_number == number,
                ParticipantRow.deleted_at.is_(None),
            )
        ).first()
        return None if row is None else _participant(row)

    def identities(self) -> list[tuple[int, str | None, str, str]]:
        """(id, identity number, first name, last name) of everyone not in the trash: what
        an import needs to find who is already registered, without loading whole records."""
        query = select(
            ParticipantRow.id,
            ParticipantRow.personal_identity_number,
            ParticipantRow.first_name,
            ParticipantRow.last_name,
        ).where(ParticipantRow.deleted_at.is_(None))
        return [(i, number, first, last) for i, number, first, last in self._session.execute(query)]

    def page(self, *, limit: int | None = None, offset: int = 0) -> list[Participant]:
        query = (
            select(ParticipantRow)
            .where(ParticipantRow.deleted_at.is_(None))
            # The stored keys (storage/list_keys.py): down their index, not a key per row.
            .order_by(ParticipantRow.sort_last, ParticipantRow.sort_first, ParticipantRow.id)
            .offset(offset)
            .limit(limit)
        )
        return [_participant(row) for row in self._session.scalars(query)]

    def count(self, *, include_deleted: bool = False) -> int:
        query = select(func.count()).select_from(ParticipantRow)
        if not include_deleted:
            query = query.where(ParticipantRow.deleted_at.is_(None))
        return self._session.scalar(query) or 0

    def consents(self, participant_id: int) -> list[Consent]:
        query = (
            select(ConsentRow)
            .where(ConsentRow.participant_id == participant_id)
            .order_by(ConsentRow.given_on, ConsentRow.id)
        )
        return [_consent(row) for row in self._session.scalars(query)]

    def add_consent(self, consent: Consent) -> Consent:
        row = ConsentRow(**row_values(consent, exclude=("id",)))
        self._session.add(row)
        self._session.flush()
        return _consent(row)

    def withdraw_consent(self, participant_id: int, consent_id: int, on: date) -> Consent | None:
        """The consent as withdrawn; None when the participant has no consent of that id."""
        row = self._session.get(ConsentRow, consent_id)
        if row is None or row.participant_id != participant_id:
            return None
        row.withdrawn_on = on
        self._session.flush()
        return _consent(row)


class EmployerRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, employer_id: int, *, include_deleted: bool = False) -> Employer | None:
        row = self._session.get(EmployerRow, employer_id)
        if row is None or (row.deleted_at is not None and not include_deleted):
            return None
        return _employer(row)

    def add(self, fields: EmployerFields, now: datetime) -> Employer:
        row = EmployerRow(**row_values(fields, of=EmployerFields), created_at=now, updated_at=now)
        self._session.add(row)
        self._session.flush()
        return _employer(row)

    def check_version(self, employer_id: int, expected_version: int | None) -> None:
        """Refuse a form's stale version (storage/versions.py), the trash's too."""
        self._row(employer_id, expected_version, must_exist=False)

    def update(
        self,
        employer_id: int,
        fields: EmployerFields,
        now: datetime,
        *,
        expected_version: int | None = None,
    ) -> Employer:
        """Also counts a save of the employer's tasks, which go with its form: its version
        rises whenever the form is saved, whatever changed."""
        row = self._row(employer_id, expected_version)
        apply(row, row_values(fields, of=EmployerFields))
        row.updated_at = now
        bump(row)
        self._session.flush()
        return _employer(row)

    def set_deleted(
        self, employer_id: int, deleted_at: datetime | None, *, expected_version: int | None = None
    ) -> None:
        self._row(employer_id, expected_version).deleted_at = deleted_at
        self._session.flush()

    def _row(
        self, employer_id: int, expected_version: int | None, *, must_exist: bool = True
    ) -> EmployerRow:
        find = stored_row if must_exist else checked_row
        return find(  # type: ignore[return-value]
            self._session,
            EmployerRow,
            employer_id,
            expected_version,
            kind="employer",
            as_domain=_employer,
        )

    def find_by_organisation_number(self, number: str) -> Employer | None:
        row = self._session.scalars(
            select(EmployerRow).where(
                EmployerRow.organisation_number == number, EmployerRow.deleted_at.is_(None)
            )
        ).first()
        return None if row is None else _employer(row)

    def identities(self) -> list[tuple[int, str | None, str]]:
        """(id, organisation number, name) of every employer not in the trash."""
        query = select(EmployerRow.id, EmployerRow.organisation_number, EmployerRow.name).where(
            EmployerRow.deleted_at.is_(None)
        )
        return [(i, number, name) for i, number, name in self._session.execute(query)]

    def any(self) -> bool:
        """Whether any employer is registered, trashed or not."""
        return self._session.scalar(select(EmployerRow.id).limit(1)) is not None

    def page(self, *, limit: int | None = None, offset: int = 0) -> list[Employer]:
        query = (
            select(EmployerRow)
            .where(EmployerRow.deleted_at.is_(None))
            .order_by(EmployerRow.sort_name, EmployerRow.id)
            .offset(offset)
            .limit(limit)
        )
        return [_employer(row) for row in self._session.scalars(query)]

    def contact(self, contact_id: int, *, include_deleted: bool = False) -> Contact | None:
        row = self._session.get(ContactRow, contact_id)
        if row is None or (row.deleted_at is not None and not include_deleted):
            return None
        return _contact(row)

    def contacts(self, employer_id: int) -> list[Contact]:
        query = (
            select(ContactRow)
            .where(ContactRow.employer_id == employer_id, ContactRow.deleted_at.is_(None))
            .order_by(name_key(self._session, ContactRow.name), ContactRow.id)
        )
        return [_contact(row) for row in self._session.scalars(query)]

    def all_contacts(self) -> dict[int, list[Contact]]:
        """Every employer's contacts not in the trash, by employer id, in name order."""
        query = (
            select(ContactRow)
            .where(ContactRow.deleted_at.is_(None))
            .order_by(
                ContactRow.employer_id, name_key(self._session, ContactRow.name), ContactRow.id
            )
        )
        contacts: dict[int, list[Contact]] = {}
        for row in self._session.scalars(query):
            contacts.setdefault(row.employer_id, []).append(_contact(row))
        return contacts

    def add_contact(self, fields: ContactFields) -> Contact:
        row = ContactRow(**row_values(fields, of=ContactFields))
        self._session.add(row)
        self._session.flush()
        return _contact(row)

    def check_contact_version(self, contact_id: int, expected_version: int | None) -> None:
        """Refuse a contact form's stale version: a contact has its own form and version,
        apart from its employer's."""
        checked_row(
            self._session,
            ContactRow,
            contact_id,
            expected_version,
            kind="contact",
            as_domain=_contact,
        )

    def update_contact(
        self, contact_id: int, fields: ContactFields, *, expected_version: int | None = None
    ) -> Contact:
        row = stored_row(
            self._session,
            ContactRow,
            contact_id,
            expected_version,
            kind="contact",
            as_domain=_contact,
        )
        apply(row, row_values(fields, of=ContactFields))
        self._session.flush()
        return _contact(row)
