"""Repository for drafts: a form's fields as JSON under the key of what it is for and whose
they are (the session user on a server, so two coordinators typing a note on the same
placement keep their own; "" on a file)."""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ambassador.domain.drafts import Draft, DraftValue
from ambassador.storage.rows import DraftRow
from ambassador.storage.signed_in import session_user


class DraftRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, key: str) -> Draft | None:
        """The draft under `key`; None when there is none or its fields cannot be read (a
        draft is a convenience: one that cannot be read is not offered back)."""
        row = self._session.get(DraftRow, (key, session_user(self._session)))
        return None if row is None else _draft(row)

    def put(self, draft: Draft) -> None:
        """Keep `draft`, in place of any draft under its key."""
        self._session.merge(
            DraftRow(
                key=draft.key,
                user_name=session_user(self._session),
                participant_id=draft.participant_id,
                placement_id=draft.placement_id,
                fields=json.dumps(dict(draft.fields), ensure_ascii=False),
                updated_at=draft.updated_at,
            )
        )
        self._session.flush()

    def of_participant(self, participant_id: int) -> list[Draft]:
        """Every draft about the person, their placements' included, oldest first (for the
        register extract: a draft is stored, so it is theirs to see). On a server the
        database shows only the signed-in user's (row-level security)."""
        rows = self._session.scalars(
            select(DraftRow)
            .where(DraftRow.participant_id == participant_id)
            .order_by(DraftRow.updated_at, DraftRow.key)
        )
        return [draft for draft in map(_draft, rows) if draft is not None]

    def delete(self, key: str) -> None:
        """The signed-in user's draft under `key`; another's stays theirs."""
        self._session.execute(
            delete(DraftRow).where(
                DraftRow.key == key, DraftRow.user_name == session_user(self._session)
            )
        )

    def delete_of_participants(self, participant_ids: list[int]) -> None:
        """Every draft about these people, their placements' included."""
        self._session.execute(delete(DraftRow).where(DraftRow.participant_id.in_(participant_ids)))

    def delete_of_placements(self, placement_ids: list[int]) -> None:
        self._session.execute(delete(DraftRow).where(DraftRow.placement_id.in_(placement_ids)))


def _draft(row: DraftRow) -> Draft | None:
    """The row as a draft; None when its fields cannot be read."""
    fields = _fields(row.fields)
    if fields is None:
        return None
    return Draft(row.key, row.participant_id, row.placement_id, fields, row.updated_at)


def _fields(text: str) -> Mapping[str, DraftValue] | None:
    try:
        value = json.loads(text)
    except ValueError:
        return None
    if not isinstance(value, dict):
        return None
    return {
        str(name): item
        for name, item in value.items()
        if item is None or isinstance(item, str | int | float | bool)
    }
