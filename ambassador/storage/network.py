"""The repository of the employer network log (`network_contacts`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import ColumnElement, func, insert, select, true
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from ambassador.domain.network import EmployerFollowUpDue, NetworkContact, NetworkContactFields
from ambassador.storage import list_keys
from ambassador.storage.mapping import apply, row_values, to_domain
from ambassador.storage.rows import EmployerRow, NetworkContactRow
from ambassador.storage.versions import checked_row, stored_row

_KIND = "network_contact"


def _contact(row: NetworkContactRow) -> NetworkContact:
    return to_domain(NetworkContact, row)


def of_own_unit(session: Session) -> ColumnElement[bool]:
    """The network contacts that are the signed-in coordinator's unit's work, on a server
    (its self-check and its follow-ups due; one in no unit, as the owner or a server one
    coordinator uses without units, those recorded in none); in a file, every one."""
    if session.get_bind().dialect.name == "postgresql":
        return NetworkContactRow.unit_id.is_not_distinct_from(func.ambassador_unit_id())
    return true()


class NetworkContactRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, contact_id: int, *, include_deleted: bool = False) -> NetworkContact | None:
        row = self._session.get(NetworkContactRow, contact_id)
        if row is None or (row.deleted_at is not None and not include_deleted):
            return None
        return _contact(row)

    def add(
        self, fields: NetworkContactFields, now: datetime, *, follow_up_done: bool = False
    ) -> NetworkContact:
        row = NetworkContactRow(
            **row_values(fields, of=NetworkContactFields),
            follow_up_done=follow_up_done,
            created_at=now,
        )
        self._session.add(row)
        self._session.flush()
        return _contact(row)

    def add_many(self, items: Sequence[tuple[NetworkContactFields, bool]], now: datetime) -> None:
        """Many contacts in one statement (the sample data); each with its follow-up done
        or not."""
        if items:
            self._session.execute(
                insert(NetworkContactRow),
                [
                    {
                        **row_values(fields, of=NetworkContactFields),
                        "follow_up_done": done,
                        "created_at": now,
                    }
                    for fields, done in items
                ],
            )
            # Their employers' last contact (storage/list_keys.py), which no flush sees here.
            list_keys.refresh_employer_last_contact(
                self._session, {fields.employer_id for fields, _done in items}
            )

    def check_version(self, contact_id: int, expected_version: int | None) -> None:
        """Refuse a stale version (storage/versions.py), the trash's too."""
        checked_row(
            self._session,
            NetworkContactRow,
            contact_id,
            expected_version,
            kind=_KIND,
            as_domain=_contact,
        )

    def update(
        self,
        contact_id: int,
        fields: NetworkContactFields,
        *,
        follow_up_done: bool,
        expected_version: int | None = None,
    ) -> NetworkContact:
        row = self._row(contact_id, expected_version)
        apply(row, row_values(fields, of=NetworkContactFields))
        row.follow_up_done = follow_up_done
        flag_modified(row, "text")  # a save of what was there still counts as a save
        self._session.flush()
        return _contact(row)

    def set_follow_up_done(
        self, contact_id: int, done: bool, *, expected_version: int | None = None
    ) -> NetworkContact:
        row = self._row(contact_id, expected_version)
        row.follow_up_done = done
        flag_modified(row, "follow_up_done")
        self._session.flush()
        return _contact(row)

    def set_deleted(
        self, contact_id: int, deleted_at: datetime | None, *, expected_version: int | None = None
    ) -> None:
        row = self._row(contact_id, expected_version)
        row.deleted_at = deleted_at
        self._session.flush()

    def of_employer(self, employer_id: int) -> list[NetworkContact]:
        """The employer's contacts not in the trash, newest first."""
        query = (
            select(NetworkContactRow)
            .where(
                NetworkContactRow.employer_id == employer_id,
                NetworkContactRow.deleted_at.is_(None),
            )
            .order_by(NetworkContactRow.occurred_at.desc(), NetworkContactRow.id.desc())
        )
        return [_contact(row) for row in self._session.scalars(query)]

    def latest_of(self, employer_id: int) -> datetime | None:
        """When the employer's newest contact not in the trash took place."""
        return self._session.scalar(
            select(func.max(NetworkContactRow.occurred_at)).where(
                NetworkContactRow.employer_id == employer_id,
                NetworkContactRow.deleted_at.is_(None),
            )
        )

    def all(self) -> list[tuple[NetworkContact, str]]:
        """Every contact not in the trash with its employer's name (the employer not in the
        trash either), oldest first: the export."""
        query = (
            select(NetworkContactRow, EmployerRow.name)
            .join(EmployerRow, EmployerRow.id == NetworkContactRow.employer_id)
            .where(NetworkContactRow.deleted_at.is_(None), EmployerRow.deleted_at.is_(None))
            .order_by(NetworkContactRow.occurred_at, NetworkContactRow.id)
        )
        return [(_contact(row), name) for row, name in self._session.execute(query)]

    def follow_ups_due(self, until: date) -> list[EmployerFollowUpDue]:
        """Open follow-ups on or before `until`, earliest first; neither the contact nor its
        employer in the trash; on a server, the unit's own."""
        query = (
            select(
                NetworkContactRow.id,
                NetworkContactRow.version,
                NetworkContactRow.employer_id,
                EmployerRow.name,
                NetworkContactRow.kind,
                NetworkContactRow.follow_up_on,
            )
            .join(EmployerRow, EmployerRow.id == NetworkContactRow.employer_id)
            .where(
                NetworkContactRow.follow_up_on.is_not(None),
                NetworkContactRow.follow_up_on <= until,
                NetworkContactRow.follow_up_done.is_(False),
                NetworkContactRow.deleted_at.is_(None),
                EmployerRow.deleted_at.is_(None),
                of_own_unit(self._session),
            )
            .order_by(NetworkContactRow.follow_up_on, NetworkContactRow.id)
        )
        due: list[EmployerFollowUpDue] = []
        for contact_id, version, employer_id, name, kind, day in self._session.execute(query):
            assert day is not None  # the query's condition
            due.append(EmployerFollowUpDue(contact_id, version, employer_id, name, kind, day))
        return due

    def _row(self, contact_id: int, expected_version: int | None) -> NetworkContactRow:
        return stored_row(
            self._session,
            NetworkContactRow,
            contact_id,
            expected_version,
            kind=_KIND,
            as_domain=_contact,
        )
