"""Repositories for settings, the editable lists and the export log."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import and_, delete, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from ambassador.domain.country import COUNTRIES, DEFAULT_COUNTRY
from ambassador.domain.country_defaults import DefaultEntry
from ambassador.domain.documents import ExportRecord
from ambassador.domain.enums import ListName
from ambassador.domain.list_names import ListEntry, ListNames
from ambassador.domain.settings import PERSONAL_SETTINGS
from ambassador.storage.rows import (
    ExportLogRow,
    ListItemNameRow,
    ListItemRow,
    SettingRow,
    UserSettingRow,
)
from ambassador.storage.signed_in import is_staff, log_user, on_server, session_user

# Where a unit of work's session keeps the organisation's country once read.
_COUNTRY = "ambassador.country"


def organisation_country(session: Session) -> str:
    """The organisation's country (domain/country.py), which decides the order names sort in:
    read once per unit of work (its session), as settings/country stores it."""
    if _COUNTRY not in session.info:
        stored = session.scalar(select(SettingRow.value).where(SettingRow.key == "country"))
        session.info[_COUNTRY] = stored if stored in COUNTRIES else DEFAULT_COUNTRY
    country: str = session.info[_COUNTRY]
    return country


class SettingsRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> dict[str, str]:
        """The organisation's settings; on a server with the signed-in user's own in place of
        the organisation's where they have set them."""
        if not on_server(self._session):
            return {row.key: row.value for row in self._session.scalars(select(SettingRow))}
        # One statement, as on a file: almost every unit of work reads the settings.
        query = union_all(
            select(SettingRow.key, SettingRow.value, literal(0).label("own")),
            select(UserSettingRow.key, UserSettingRow.value, literal(1)).where(
                UserSettingRow.user_name == func.session_user(),
                UserSettingRow.key.in_(PERSONAL_SETTINGS),
            ),
        )
        rows = sorted(self._session.execute(query), key=lambda row: row[2])
        return {key: value for key, value, _own in rows}

    def put(self, values: dict[str, str]) -> None:
        """Store `values`; on a server a personal setting (PERSONAL_SETTINGS) of one of the
        team as their own, the rest (and the owner's, IT's) as the organisation's."""
        user = session_user(self._session)
        own = any(key in PERSONAL_SETTINGS for key in values) and is_staff(self._session)
        for key, value in values.items():
            if own and key in PERSONAL_SETTINGS:
                self._session.merge(UserSettingRow(user_name=user, key=key, value=value))
            else:
                self._session.merge(SettingRow(key=key, value=value))
        self._session.flush()
        if "country" in values:  # read again by what this unit of work sorts next
            self._session.info.pop(_COUNTRY, None)


class ListRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def labels(self, name: ListName, *, include_inactive: bool = False) -> list[str]:
        query = select(ListItemRow.label).where(ListItemRow.list_name == name.value)
        if not include_inactive:
            query = query.where(ListItemRow.active.is_(True))
        return list(self._session.scalars(query.order_by(ListItemRow.position, ListItemRow.id)))

    def replace(self, name: ListName, labels: list[str], *, language: str = "sv") -> None:
        """Make `labels` the active list in that order; removed labels stay, inactive, so old
        records keep a known value. A new label is its own name in `language`, the language
        it was typed in; the names of the others stay."""
        self.replace_entries(
            name, [ListEntry(label, label) for label in labels], language, rename=False
        )

    def start_with(self, lists: Mapping[ListName, Sequence[DefaultEntry]]) -> None:
        """Each of these lists as `lists` holds it, every entry named in each language it has
        a name in, in place of what the list held (its entries and their names gone): for a
        database no record uses yet, being made for a country."""
        chosen = [name.value for name in lists]
        self._session.execute(
            delete(ListItemNameRow).where(
                ListItemNameRow.item_id.in_(
                    select(ListItemRow.id).where(ListItemRow.list_name.in_(chosen))
                )
            )
        )
        self._session.execute(delete(ListItemRow).where(ListItemRow.list_name.in_(chosen)))
        for name, entries in lists.items():
            items = [
                ListItemRow(list_name=name.value, label=entry.label, position=position, active=True)
                for position, entry in enumerate(entries)
            ]
            self._session.add_all(items)
            self._session.flush()
            self._session.add_all(
                ListItemNameRow(item_id=item.id, language=language, name=shown)
                for item, entry in zip(items, entries, strict=True)
                for language, shown in entry.names.items()
            )
        self._session.flush()

    def names(self, language: str) -> ListNames:
        """Every entry's name in `language`, of every list, inactive entries too (old records
        hold them)."""
        query = (
            select(ListItemRow.list_name, ListItemRow.label, ListItemNameRow.name)
            .join(ListItemNameRow, ListItemNameRow.item_id == ListItemRow.id)
            .where(ListItemNameRow.language == language)
        )
        return ListNames(
            language,
            {(list_name, label): shown for list_name, label, shown in self._session.execute(query)},
        )

    def entries(self, name: ListName, language: str) -> list[ListEntry]:
        """The active entries in order, each with its name in `language` (its label where it
        has none)."""
        return self.entries_of([name], language)[name]

    def entries_of(
        self, lists: Sequence[ListName], language: str
    ) -> dict[ListName, list[ListEntry]]:
        """`entries` of each of `lists`, every list's names read in one query."""
        names = self.names(language)
        return {
            name: [ListEntry(label, names.name(name, label)) for label in self.labels(name)]
            for name in lists
        }

    def replace_entries(
        self, name: ListName, entries: list[ListEntry], language: str, *, rename: bool = True
    ) -> None:
        """Make `entries` the active list in that order, as an editor in `language` left it.

        An entry with a label keeps it and, with `rename`, takes its name in `language`. A new
        entry (no label) is the entry whose label or name in `language` it repeats, brought
        back if it was removed, or else a new entry whose label is the name typed, its name
        in `language`. Removed entries stay, inactive, so old records keep a known value.
        """
        rows = list(
            self._session.scalars(select(ListItemRow).where(ListItemRow.list_name == name.value))
        )
        by_label = {row.label: row for row in rows}
        own_names = {
            item_id: shown
            for item_id, shown in self._session.execute(
                select(ListItemNameRow.item_id, ListItemNameRow.name).where(
                    ListItemNameRow.language == language,
                    ListItemNameRow.item_id.in_([row.id for row in rows]),
                )
            )
        }
        by_name = {own_names[row.id]: row for row in rows if row.id in own_names}
        for row in rows:
            row.active = False
        for position, entry in enumerate(entries):
            item = by_label.get(entry.label) if entry.label is not None else None
            if item is None and entry.label is None:
                item = by_name.get(entry.name) or by_label.get(entry.name)
            created = item is None
            if item is None:
                item = ListItemRow(list_name=name.value, label=entry.label or entry.name)
                self._session.add(item)
                self._session.flush()
                by_label[item.label] = item
            item.active = True
            item.position = position
            shown = own_names.get(item.id, item.label)
            if created or (rename and entry.name != shown):
                self._session.merge(
                    ListItemNameRow(item_id=item.id, language=language, name=entry.name)
                )
                own_names[item.id] = entry.name
        self._session.flush()


class ExportLogRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(
        self,
        *,
        kind: str,
        subject_kind: str,
        subject_ids: list[int],
        file_path: str,
        row_count: int,
        now: datetime,
    ) -> None:
        self._session.add(
            ExportLogRow(
                created_at=now,
                kind=kind,
                subject_kind=subject_kind,
                subject_ids=",".join(str(i) for i in subject_ids),
                file_path=file_path,
                row_count=row_count,
                # A server's trigger writes its session user whatever is sent.
                user_name=log_user(self._session),
            )
        )
        self._session.flush()

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(ExportLogRow)) or 0

    def about(self, subjects: dict[str, list[int]]) -> list[ExportRecord]:
        """The lines about any of these records (subject kind → ids), oldest first."""
        # subject_ids is "3,17,42": wrapped in commas, ",17," finds 17 and not 170.
        wrapped = literal(",") + ExportLogRow.subject_ids + literal(",")
        matches = [
            and_(ExportLogRow.subject_kind == kind, wrapped.contains(f",{record_id},"))
            for kind, ids in subjects.items()
            for record_id in ids
        ]
        if not matches:
            return []
        query = (
            select(ExportLogRow)
            .where(or_(*matches))
            .order_by(ExportLogRow.created_at, ExportLogRow.id)
        )
        return [
            ExportRecord(
                at=row.created_at,
                kind=row.kind,
                subject_kind=row.subject_kind,
                subject_ids=tuple(int(i) for i in row.subject_ids.split(",") if i),
                file_path=row.file_path,
                row_count=row.row_count,
                user_name=row.user_name,
            )
            for row in self._session.scalars(query)
        ]
