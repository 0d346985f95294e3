"""The working lists as SQL: filtered, ordered and cut to one page in the database.

A list shows a page at a time, so each query returns one page and the count of all matches;
nothing loads every row. Names are matched and ordered by keys stored beside them (migration
0014, kept by storage/list_keys.py): `search_name`, the name casefolded (SQLite's LIKE folds
only ASCII, and Åsa must match "åsa"), and the sort keys in the organisation's country's
alphabetical order (domain/sorting.py); a placement's last contact is stored too. So a page
is read down an index, and a count from the indexes alone, not by a Python function or a
subquery computed for every row of a register of tens of thousands.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    exists,
    false,
    func,
    literal,
    or_,
    select,
    union,
)
from sqlalchemy.orm import Session, aliased

from ambassador.domain.browse import (
    Attention,
    Choice,
    EmployerFilter,
    EmployerListRow,
    EmployerOrder,
    Page,
    ParticipantFilter,
    ParticipantListRow,
    ParticipantOrder,
    PlacementFilter,
    PlacementListRow,
    PlacementOrder,
)
from ambassador.domain.enums import (
    AgreementStatus,
    CheckInStatus,
    Gender,
    Outcome,
    PlacementStatus,
    Sector,
)
from ambassador.domain.identity import mask_personal_identity_number
from ambassador.domain.overview import ENDING_WITHIN_DAYS
from ambassador.storage.folding import fold
from ambassador.storage.list_keys import employer_last_contact_of
from ambassador.storage.overview_queries import OverviewQueries, parse_day
from ambassador.storage.rows import (
    CheckInRow,
    EmployerRow,
    ParticipantRow,
    PlacementRow,
)

# Up to this many people and employers whose names match are looked up by id (SQLite's
# limit of bound values is 32,766); more are asked of each placement instead.
FEW_NAMES = 2_000


def _like(text: str) -> str:
    escaped = text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _contains(column: Any, text: str) -> ColumnElement[bool]:
    return fold(column).like(_like(text), escape="\\")


def _holds(folded: Any, text: str) -> ColumnElement[bool]:
    """`text` within a stored folded column (`search_name`)."""
    holds: ColumnElement[bool] = folded.like(_like(text), escape="\\")
    return holds


def _as_datetime(value: object) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


class _Clock:
    """The moments a list's questions are asked against."""

    def __init__(self, now: datetime, silent_after_days: int) -> None:
        self.now = now
        self.today = now.date()
        self.start_of_today = datetime.combine(self.today, time.min)
        self.silent_after_days = silent_after_days


def _status_expression(today: date) -> Any:
    return case(
        (PlacementRow.ended_on.is_not(None), literal(PlacementStatus.ENDED.value)),
        (PlacementRow.paused.is_(True), literal(PlacementStatus.PAUSED.value)),
        (PlacementRow.start_date > today, literal(PlacementStatus.PLANNED.value)),
        else_=literal(PlacementStatus.ACTIVE.value),
    )


def _status_is(status: PlacementStatus, today: date) -> ColumnElement[bool]:
    """`_status_expression(today) == status` as a condition on the columns themselves, which
    the indexes on them can serve (an open placement, by its start)."""
    open_ = PlacementRow.ended_on.is_(None)
    if status is PlacementStatus.ENDED:
        return PlacementRow.ended_on.is_not(None)
    if status is PlacementStatus.PAUSED:
        return and_(open_, PlacementRow.paused.is_(True))
    if status is PlacementStatus.PLANNED:
        return and_(open_, PlacementRow.paused.is_(False), PlacementRow.start_date > today)
    return _active(today)


def _active(today: date) -> ColumnElement[bool]:
    return and_(
        PlacementRow.ended_on.is_(None),
        PlacementRow.paused.is_(False),
        PlacementRow.start_date <= today,
    )


def _active_of_one(today: date) -> ColumnElement[bool]:
    """`_active` of the placements of one person or employer, found by their id's index.
    `coalesce` keeps SQLite from walking every open placement's entry in ix_placements_open
    for each row of the page instead: its statistics put four placements under "not ended"
    (the average over every end date), which a register holds thousands of."""
    return and_(
        func.coalesce(PlacementRow.ended_on, None).is_(None),
        PlacementRow.paused.is_(False),
        PlacementRow.start_date <= today,
    )


def _attention(attention: Attention, moments: _Clock, session: Session) -> ColumnElement[bool]:
    """The home screen's lists as a condition on one placement."""
    if attention is Attention.AT_RISK:
        # The Översikt's own list, so the two never disagree: a phase's threshold and the
        # risk flags are read from each active placement's plan, not expressible in SQL.
        at_risk = OverviewQueries(session).at_risk_placements(
            moments.today, moments.silent_after_days
        )
        return PlacementRow.id.in_([item.placement_id for item in at_risk])
    if attention is Attention.ENDING_SOON:
        return and_(
            PlacementRow.ended_on.is_(None),
            PlacementRow.planned_end_date >= moments.today,
            PlacementRow.planned_end_date <= moments.today + timedelta(days=ENDING_WITHIN_DAYS),
        )
    overdue = (
        select(CheckInRow.id)
        .where(
            CheckInRow.placement_id == PlacementRow.id,
            CheckInRow.status == CheckInStatus.PLANNED.value,
            CheckInRow.scheduled_at < moments.start_of_today,
        )
        .exists()
    )
    return and_(PlacementRow.ended_on.is_(None), overdue)


def _alive_placement() -> ColumnElement[bool]:
    return PlacementRow.deleted_at.is_(None)


class BrowseQueries:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _people_alive(self) -> list[ColumnElement[bool]]:
        """A placement's participant and employer not in the trash: the few that are, read
        first, so that none asked of every placement when there are none (most days)."""
        trashed_people = self._session.scalars(
            select(ParticipantRow.id).where(ParticipantRow.deleted_at.is_not(None))
        ).all()
        trashed_employers = self._session.scalars(
            select(EmployerRow.id).where(EmployerRow.deleted_at.is_not(None))
        ).all()
        conditions: list[ColumnElement[bool]] = []
        if trashed_people:
            conditions.append(PlacementRow.participant_id.not_in(trashed_people))
        if trashed_employers:
            conditions.append(PlacementRow.employer_id.not_in(trashed_employers))
        return conditions

    def _named(self, text: str) -> ColumnElement[bool]:
        """A placement whose participant's or employer's name holds `text`. The matching ids
        are read first: a few (a surname typed) are looked up in the placements' indexes;
        many (a letter) are asked of each placement as its order's index is walked (`+ 0`
        keeps SQLite from looking up most of the register name by name)."""
        people = select(ParticipantRow.id).where(
            ParticipantRow.deleted_at.is_(None), _holds(ParticipantRow.search_name, text)
        )
        firms = select(EmployerRow.id).where(
            EmployerRow.deleted_at.is_(None), _holds(EmployerRow.search_name, text)
        )
        people_ids = self._session.scalars(people.limit(FEW_NAMES + 1)).all()
        firm_ids = self._session.scalars(firms.limit(FEW_NAMES + 1)).all()
        if len(people_ids) + len(firm_ids) <= FEW_NAMES:
            # Their placements by id, each found in its index: the rest of the filter and
            # the order are then asked of these alone.
            held = aliased(PlacementRow)
            return PlacementRow.id.in_(
                union(
                    select(held.id).where(held.participant_id.in_(people_ids)),
                    select(held.id).where(held.employer_id.in_(firm_ids)),
                )
            )
        return or_(
            (PlacementRow.participant_id + 0).in_(people), (PlacementRow.employer_id + 0).in_(firms)
        )

    def _count(self, query: Select[Any, *tuple[Any, ...]]) -> int:
        return self._session.scalar(select(func.count()).select_from(query.subquery())) or 0

    # Participants -----------------------------------------------------------------------

    def participants(
        self,
        criteria: ParticipantFilter,
        now: datetime,
        silent_after_days: int,
        limit: int,
        offset: int = 0,
    ) -> Page[ParticipantListRow]:
        moments = _Clock(now, silent_after_days)
        active_count = (
            select(func.count(PlacementRow.id))
            .join(EmployerRow, EmployerRow.id == PlacementRow.employer_id)
            .where(
                PlacementRow.participant_id == ParticipantRow.id,
                _alive_placement(),
                EmployerRow.deleted_at.is_(None),
                _active_of_one(moments.today),
            )
            .scalar_subquery()
        )
        # Their latest note not in the trash, stored (migration 0014, storage/list_keys.py).
        last_contact = ParticipantRow.last_contact
        query = select(
            ParticipantRow.id,
            ParticipantRow.first_name,
            ParticipantRow.last_name,
            ParticipantRow.personal_identity_number,
            ParticipantRow.gender,
            ParticipantRow.referral_source,
            active_count.label("active"),
            last_contact.label("last_contact"),
        ).where(ParticipantRow.deleted_at.is_(None))
        text = criteria.text.strip()
        if text:
            digits = "".join(ch for ch in text if ch.isdigit())
            # "first last" and "last first", both in the one stored column.
            name = _holds(ParticipantRow.search_name, text)
            by_number = (
                ParticipantRow.personal_identity_number.like(f"%{digits}%")
                if len(digits) >= 4 and len(digits) == len(text.replace("-", "").strip())
                else false()
            )
            query = query.where(or_(name, by_number))
        if criteria.referral_source:
            query = query.where(ParticipantRow.referral_source == criteria.referral_source)
        placement_conditions: list[ColumnElement[bool]] = []
        if criteria.status is not None:
            placement_conditions.append(_status_is(criteria.status, moments.today))
        if criteria.attention is not None:
            placement_conditions.append(_attention(criteria.attention, moments, self._session))
        if placement_conditions:
            query = query.where(
                exists(
                    select(PlacementRow.id).where(
                        PlacementRow.participant_id == ParticipantRow.id,
                        _alive_placement(),
                        *placement_conditions,
                    )
                )
            )
        order_columns: dict[ParticipantOrder, list[Any]] = {
            ParticipantOrder.NAME: [ParticipantRow.sort_last, ParticipantRow.sort_first],
            ParticipantOrder.REFERRAL_SOURCE: [ParticipantRow.referral_source],
            ParticipantOrder.PLACEMENTS: [active_count],
            ParticipantOrder.LAST_CONTACT: [last_contact],
            ParticipantOrder.REGISTERED: [ParticipantRow.created_at],
        }
        total = self._count(query)
        terms = _order_terms(order_columns[criteria.order], ParticipantRow.id, criteria.descending)
        rows = [
            ParticipantListRow(
                id=pid,
                first_name=first,
                last_name=last,
                masked_identity_number=mask_personal_identity_number(number),
                gender=Gender(gender),
                referral_source=source,
                active_placements=active or 0,
                last_contact=parse_day(contact),
            )
            for pid, first, last, number, gender, source, active, contact in self._session.execute(
                _one_page(query, ParticipantRow.id, terms, limit, offset)
            )
        ]
        return Page(rows, total)

    def participant_choices(self) -> list[Choice]:
        """Everyone not in the trash as "Last First", by name: a picker's entries, read
        without the list's counts and dates; a name two share, with the masked number."""
        query = (
            select(
                ParticipantRow.id,
                ParticipantRow.last_name,
                ParticipantRow.first_name,
                ParticipantRow.personal_identity_number,
            )
            .where(ParticipantRow.deleted_at.is_(None))
            .order_by(ParticipantRow.sort_last, ParticipantRow.sort_first, ParticipantRow.id)
        )
        rows = [
            (pid, f"{last} {first}", number)
            for pid, last, first, number in (self._session.execute(query))
        ]
        # Only a name two people share needs telling apart: the others' numbers are not
        # masked at all (30,000 people: most of the picker's time).
        shared = Counter(name for _pid, name, _number in rows)
        return [
            Choice(pid, name, mask_personal_identity_number(number) if shared[name] > 1 else "")
            for pid, name, number in rows
        ]

    # Employers --------------------------------------------------------------------------

    def employer_choices(self) -> list[Choice]:
        """Every employer not in the trash, by name, with its organisation number."""
        query = (
            select(EmployerRow.id, EmployerRow.name, EmployerRow.organisation_number)
            .where(EmployerRow.deleted_at.is_(None))
            .order_by(EmployerRow.sort_name, EmployerRow.id)
        )
        return [
            Choice(eid, name, number or "") for eid, name, number in self._session.execute(query)
        ]

    def employers(
        self, criteria: EmployerFilter, today: date, limit: int, offset: int = 0
    ) -> Page[EmployerListRow]:
        active_count = (
            select(func.count(PlacementRow.id))
            .join(ParticipantRow, ParticipantRow.id == PlacementRow.participant_id)
            .where(
                PlacementRow.employer_id == EmployerRow.id,
                _alive_placement(),
                ParticipantRow.deleted_at.is_(None),
                _active_of_one(today),
            )
            .scalar_subquery()
        )
        last_contact = _employer_last_contact(self._session)
        query = select(
            EmployerRow.id,
            EmployerRow.name,
            EmployerRow.organisation_number,
            EmployerRow.sector,
            EmployerRow.agreement_status,
            active_count.label("active"),
            EmployerRow.capacity,
            last_contact.label("last_contact"),
        ).where(EmployerRow.deleted_at.is_(None))
        text = criteria.text.strip()
        if text:
            query = query.where(
                or_(
                    _holds(EmployerRow.search_name, text),
                    _contains(EmployerRow.industry, text),
                    EmployerRow.organisation_number.like(f"%{text.replace(' ', '')}%"),
                )
            )
        if criteria.sector is not None:
            query = query.where(EmployerRow.sector == criteria.sector.value)
        if criteria.agreement_status is not None:
            query = query.where(EmployerRow.agreement_status == criteria.agreement_status.value)
        if criteria.with_active_placements:
            query = query.where(active_count > 0)
        order_columns: dict[EmployerOrder, list[Any]] = {
            EmployerOrder.NAME: [EmployerRow.sort_name],
            EmployerOrder.SECTOR: [EmployerRow.sector],
            EmployerOrder.AGREEMENT: [EmployerRow.agreement_status],
            EmployerOrder.ACTIVE: [active_count],
            EmployerOrder.CAPACITY: [EmployerRow.capacity],
            EmployerOrder.LAST_CONTACT: [last_contact],
        }
        total = self._count(query)
        terms = _order_terms(order_columns[criteria.order], EmployerRow.id, criteria.descending)
        rows = [
            EmployerListRow(
                id=eid,
                name=name,
                organisation_number=number,
                sector=Sector(sector),
                agreement_status=AgreementStatus(agreement),
                active_placements=active or 0,
                capacity=capacity,
                last_contact=parse_day(contact),
            )
            for eid, name, number, sector, agreement, active, capacity, contact in (
                self._session.execute(_one_page(query, EmployerRow.id, terms, limit, offset))
            )
        ]
        return Page(rows, total)

    # Placements -------------------------------------------------------------------------

    def placements(
        self,
        criteria: PlacementFilter,
        now: datetime,
        silent_after_days: int,
        limit: int,
        offset: int = 0,
    ) -> Page[PlacementListRow]:
        moments = _Clock(now, silent_after_days)
        status = _status_expression(moments.today)
        next_check_in = (
            select(func.min(CheckInRow.scheduled_at))
            .where(
                CheckInRow.placement_id == PlacementRow.id,
                CheckInRow.status == CheckInStatus.PLANNED.value,
                CheckInRow.scheduled_at >= moments.start_of_today,
            )
            .scalar_subquery()
        )
        # An ended placement is late with nothing: ending closes its planned check-ins, and
        # one ended before that rule (an older file) is not called late either.
        overdue = (
            select(func.count(CheckInRow.id))
            .where(
                CheckInRow.placement_id == PlacementRow.id,
                PlacementRow.ended_on.is_(None),
                CheckInRow.status == CheckInStatus.PLANNED.value,
                CheckInRow.scheduled_at < moments.start_of_today,
            )
            .scalar_subquery()
        )
        # Which placements are listed, as conditions on the placement alone: its people are
        # asked by id (a few in the trash, the names that match), so the count reads the
        # indexes and a page walks its order's index without joining every row.
        conditions: list[ColumnElement[bool]] = [_alive_placement(), *self._people_alive()]
        text = criteria.text.strip()
        if text:
            conditions.append(self._named(text))
        if criteria.status is not None:
            conditions.append(_status_is(criteria.status, moments.today))
        if criteria.placement_type:
            conditions.append(PlacementRow.placement_type == criteria.placement_type)
        if criteria.employer_id is not None:
            conditions.append(PlacementRow.employer_id == criteria.employer_id)
        if criteria.participant_id is not None:
            conditions.append(PlacementRow.participant_id == criteria.participant_id)
        if criteria.sector is not None:
            conditions.append(
                PlacementRow.employer_id.in_(
                    select(EmployerRow.id).where(EmployerRow.sector == criteria.sector.value)
                )
            )
        if criteria.attention is not None:
            conditions.append(_attention(criteria.attention, moments, self._session))
        order_columns: dict[PlacementOrder, list[Any]] = {
            PlacementOrder.PARTICIPANT: [ParticipantRow.sort_last, ParticipantRow.sort_first],
            PlacementOrder.EMPLOYER: [EmployerRow.sort_name],
            PlacementOrder.TYPE: [PlacementRow.placement_type],
            PlacementOrder.START: [PlacementRow.start_date],
            PlacementOrder.PLANNED_END: [PlacementRow.planned_end_date],
            PlacementOrder.STATUS: [status],
            PlacementOrder.LAST_CONTACT: [PlacementRow.last_contact],
            PlacementOrder.NEXT_CHECK_IN: [next_check_in],
        }
        total = (
            self._session.scalar(select(func.count()).select_from(PlacementRow).where(*conditions))
            or 0
        )
        terms = _order_terms(order_columns[criteria.order], PlacementRow.id, criteria.descending)
        keys = select(PlacementRow.id).where(*conditions)
        if criteria.order is PlacementOrder.PARTICIPANT:
            keys = keys.join(ParticipantRow, ParticipantRow.id == PlacementRow.participant_id)
        elif criteria.order is PlacementOrder.EMPLOYER:
            keys = keys.join(EmployerRow, EmployerRow.id == PlacementRow.employer_id)
        page = keys.order_by(*terms).limit(limit).offset(offset)
        participant_name = ParticipantRow.first_name + " " + ParticipantRow.last_name
        query = (
            select(
                PlacementRow.id,
                PlacementRow.participant_id,
                participant_name,
                PlacementRow.employer_id,
                EmployerRow.name,
                PlacementRow.placement_type,
                PlacementRow.start_date,
                PlacementRow.planned_end_date,
                PlacementRow.ended_on,
                PlacementRow.outcome,
                status.label("status"),
                PlacementRow.last_contact,
                next_check_in.label("next_check_in"),
                overdue.label("overdue"),
            )
            .join(ParticipantRow, ParticipantRow.id == PlacementRow.participant_id)
            .join(EmployerRow, EmployerRow.id == PlacementRow.employer_id)
            .where(PlacementRow.id.in_(page.scalar_subquery()))
            .order_by(*terms)
        )
        rows = [
            PlacementListRow(
                id=row[0],
                participant_id=row[1],
                participant_name=row[2],
                employer_id=row[3],
                employer_name=row[4],
                placement_type=row[5],
                start_date=row[6],
                planned_end_date=row[7],
                ended_on=row[8],
                outcome=None if row[9] is None else Outcome(row[9]),
                status=PlacementStatus(row[10]),
                last_contact=parse_day(row[11]),
                next_check_in=_as_datetime(row[12]),
                overdue_check_ins=row[13] or 0,
            )
            for row in self._session.execute(query)
        ]
        return Page(rows, total)


def _order_terms(columns: list[Any], tiebreak: Any, descending: bool) -> list[Any]:
    """Order by `columns`, empty values last either way, then by id so pages never overlap.
    NULLS LAST rather than a leading `IS NULL` term, which no index can serve."""
    terms: list[Any] = []
    for column in columns:
        terms.append((column.desc() if descending else column.asc()).nulls_last())
    terms.append(tiebreak.desc() if descending else tiebreak.asc())
    return terms


def _one_page(query: Any, key: Any, terms: list[Any], limit: int, offset: int) -> Any:
    """`query` cut to one page in two steps: the page's keys are chosen first, computing only
    what the order needs; the shown columns (counts and latest dates, each a subquery per row)
    are then computed for the rows of the page alone, not for every row of the register."""
    keys = query.with_only_columns(key).order_by(*terms).limit(limit).offset(offset)
    return query.where(key.in_(keys.scalar_subquery())).order_by(*terms)


def _employer_last_contact(session: Session) -> Any:
    """An employer's last contact: the latest note on its placements not in the trash, or
    network contact (work with the employer alone). A file reads it stored (migration 0014,
    storage/list_keys.py). A team's server asks it of the placements the viewer's unit sees:
    the employer is the organisation's, its placements each a unit's, so one stored value
    would be whoever saved last's, a date of another unit's placement."""
    if session.get_bind().dialect.name == "sqlite":
        return EmployerRow.last_contact
    return employer_last_contact_of()  # over its placements' own, which the unit sees
