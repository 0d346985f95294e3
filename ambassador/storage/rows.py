"""The tables, as SQLAlchemy 2 typed mappings. `*Row` classes never leave `storage`."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    FetchedValue,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TextClause,
    false,
    text,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Rows in the trash: partial indexes hold these few rows alone.
TRASHED = sql_text("deleted_at IS NOT NULL")
# Rows not in the trash.
ALIVE = sql_text("deleted_at IS NULL")


# Each partial index's condition on a server, by index name (`partial_index`).
_SERVER_CONDITIONS: dict[str, TextClause] = {}


def partial_index(
    name: str,
    *columns: str,
    where: TextClause,
    server_where: TextClause | None = None,
    unique: bool = False,
) -> Index:
    """An index of the rows `where` holds for (`server_where` on a server, when it is written
    otherwise there). SQLite's condition is given here, PostgreSQL's by `add_server_conditions`
    when the first server engine is made: SQLAlchemy checks a dialect's keyword arguments by
    importing that dialect's whole package, PostgreSQL's drivers included, ~45 ms of every
    start on a file that never uses it. The indexes themselves are the migrations'."""
    _SERVER_CONDITIONS[name] = where if server_where is None else server_where
    return Index(name, *columns, unique=unique, sqlite_where=where)


def add_server_conditions() -> None:
    """Give the partial indexes their PostgreSQL conditions (storage/server.py, before any
    server engine is made; again is harmless)."""
    for table in Base.metadata.tables.values():
        for index in table.indexes:
            condition = _SERVER_CONDITIONS.get(str(index.name))
            if condition is not None:
                index.dialect_kwargs["postgresql_where"] = condition


# A stored sort key (domain/sorting.py) compared code point by code point, as SQLite compares
# text: on a server in the "C" collation, whatever locale IT gave the database (see
# storage/folding.py), so a list comes in the same order on both engines.
SORT_KEY = Text().with_variant(Text(collation="C"), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ParticipantRow(Base):
    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Counts the saves: a form's save carries the version it read, and a stale one is refused
    # (someone else saved in between; migration 0010).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # storage/versions.py
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    personal_identity_number: Mapped[str | None] = mapped_column(String(12))
    # The team's unit the person belongs to on a server: everything about them follows it
    # (row-level security, migration 0010). NULL in a file, which is one coordinator's. No
    # foreign key, so SQLite can drop the column on the way down (units are never removed).
    # The server's default (the signed-in coordinator's unit) fills it: FetchedValue keeps the
    # ORM from sending NULL, which the unit's row-level security would refuse.
    unit_id: Mapped[int | None] = mapped_column(Integer, index=True, server_default=FetchedValue())
    gender: Mapped[str] = mapped_column(String(20))
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    referral_source: Mapped[str] = mapped_column(String(200), default="")
    referral_date: Mapped[date | None] = mapped_column(Date)
    referral_reference: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(200), default="")
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_and_adaptations: Mapped[str] = mapped_column(Text, default="")
    strengths: Mapped[str] = mapped_column(Text, default="")
    interests: Mapped[str] = mapped_column(Text, default="")
    goals: Mapped[str] = mapped_column(Text, default="")
    # Labels from the editable lists, one per line: the task categories the person would like
    # to work in, and the task requirements the person cannot meet (sensitive, like needs).
    task_interests: Mapped[str] = mapped_column(Text, default="")
    task_limits: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    # What the lists order and filter by, stored so a page is read down an index (migration
    # 0014, kept by storage/list_keys.py on every write): the names' sort keys in the
    # organisation's country's order, and "first last" and "last first" folded, one a line.
    sort_last: Mapped[str] = mapped_column(SORT_KEY, default="", server_default="")
    sort_first: Mapped[str] = mapped_column(SORT_KEY, default="", server_default="")
    search_name: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The moment of their latest note not in the trash, as Deltagare shows and sorts it
    # (migration 0014, kept by storage/list_keys.py whenever a note is written).
    last_contact: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (
        # One living record per person; a trashed duplicate does not block re-registration.
        partial_index(
            "uq_participants_pin_alive",
            "personal_identity_number",
            unique=True,
            where=text("personal_identity_number IS NOT NULL AND deleted_at IS NULL"),
        ),
        Index("ix_participants_name", "last_name", "first_name"),
        # Deltagare by name, holding what its filter asks (trash, the name typed): a page
        # of a search is read down this index without a row.
        Index("ix_participants_sort", "sort_last", "sort_first", "deleted_at", "search_name"),
        # Who is listed and whose name matches, read from the index alone.
        Index("ix_participants_listed", "deleted_at", "search_name"),
        # Deltagare by last contact, holding what its filter asks, as by name.
        Index("ix_participants_last_contact", "last_contact", "deleted_at", "search_name"),
        # The trash: the few people in it, without reading every person (0016).
        partial_index("ix_participants_trashed", "deleted_at", where=TRASHED),
    )


class ConsentRow(Base):
    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    scope: Mapped[str] = mapped_column(String(50))
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employers.id", ondelete="CASCADE"))
    given_on: Mapped[date] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class EmployerRow(Base):
    __tablename__ = "employers"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Counts the saves: a form's save carries the version it read, and a stale one is refused
    # (someone else saved in between; migration 0010).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # storage/versions.py
    name: Mapped[str] = mapped_column(String(200), index=True)
    organisation_number: Mapped[str | None] = mapped_column(String(11))
    sector: Mapped[str] = mapped_column(String(20))
    industry: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    agreement_status: Mapped[str] = mapped_column(String(20))
    agreement_date: Mapped[date | None] = mapped_column(Date)
    tasks_offered: Mapped[str] = mapped_column(Text, default="")
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    # As a participant's (migration 0014, storage/list_keys.py): the name's sort key in the
    # organisation's country's order, and the name folded.
    sort_name: Mapped[str] = mapped_column(SORT_KEY, default="", server_default="")
    search_name: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The later of its placements' (not in the trash) last contact and its latest network
    # contact not in the trash, as Arbetsgivare shows and sorts it (migration 0014, kept by
    # storage/list_keys.py whenever a note, a placement or a network contact is written).
    last_contact: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (
        partial_index(
            "uq_employers_orgnr_alive",
            "organisation_number",
            unique=True,
            where=text("organisation_number IS NOT NULL AND deleted_at IS NULL"),
        ),
        Index("ix_employers_sort", "sort_name"),
        Index("ix_employers_listed", "deleted_at", "search_name"),
        # Arbetsgivare by last contact, holding what its filter asks of the name.
        Index("ix_employers_last_contact", "last_contact", "deleted_at", "search_name"),
        # The trash: the few employers in it (0016).
        partial_index("ix_employers_trashed", "deleted_at", where=TRASHED),
    )


class ContactRow(Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Counts the saves: a form's save carries the version it read, and a stale one is refused
    # (someone else saved in between; migration 0010).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # storage/versions.py
    employer_id: Mapped[int] = mapped_column(
        ForeignKey("employers.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)


class PlacementRow(Base):
    __tablename__ = "placements"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Counts the saves: a form's save carries the version it read, and a stale one is refused
    # (someone else saved in between; migration 0010).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # storage/versions.py
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"), index=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employers.id"), index=True)
    unit: Mapped[str] = mapped_column(String(200), default="")
    supervisor_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL")
    )
    placement_type: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date)
    planned_end_date: Mapped[date | None] = mapped_column(Date)
    hours_per_week: Mapped[float | None] = mapped_column(Float)
    extent_percent: Mapped[int | None] = mapped_column(Integer)
    purpose: Mapped[str] = mapped_column(Text, default="")
    goals: Mapped[str] = mapped_column(Text, default="")
    tasks: Mapped[str] = mapped_column(Text, default="")
    support: Mapped[str] = mapped_column(Text, default="")
    compensation: Mapped[str] = mapped_column(Text, default="")
    # The subsidy and the terms (migration 0013): a subsidy type from the editable list, an
    # amount a month or a share of the wage, the decision and its dates, the agreement form
    # (a list), the employer of record and the municipality's own cost a month.
    subsidy_type: Mapped[str] = mapped_column(String(200), default="", server_default="")
    subsidy_amount: Mapped[float | None] = mapped_column(Float)
    subsidy_percent: Mapped[int | None] = mapped_column(Integer)
    decision_number: Mapped[str] = mapped_column(String(100), default="", server_default="")
    decision_start: Mapped[date | None] = mapped_column(Date)
    decision_end: Mapped[date | None] = mapped_column(Date, index=True)
    agreement_form: Mapped[str] = mapped_column(String(200), default="", server_default="")
    employer_of_record: Mapped[str] = mapped_column(String(200), default="", server_default="")
    municipal_cost: Mapped[float | None] = mapped_column(Float)
    # No foreign keys (see 0013): the services keep a mentor or project in use from going.
    mentor_id: Mapped[int | None] = mapped_column(Integer)
    mentor_hours: Mapped[float | None] = mapped_column(Float)  # a week
    project_id: Mapped[int | None] = mapped_column(Integer, index=True)
    # The follow-up plan's phases as JSON (domain/plan.py); NULL: no planned check-ins.
    follow_up_plan: Mapped[str | None] = mapped_column(Text)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    ended_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(String(40))
    ending_reason: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The moment of its latest note not in the trash, as Placeringar shows and sorts it
    # (migration 0014, kept by storage/list_keys.py whenever a note is written).
    last_contact: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint(
            "planned_end_date IS NULL OR planned_end_date >= start_date", name="planned_end_order"
        ),
        CheckConstraint("ended_on IS NULL OR ended_on >= start_date", name="ended_order"),
        CheckConstraint("(ended_on IS NULL) = (outcome IS NULL)", name="ending_complete"),
        Index("ix_placements_open", "ended_on", "start_date"),
        # Placeringar's orders, each a walk down its index for one page, which holds what
        # says whether a placement is listed (its people), so no row is read to skip it; and
        # the count, read from an index alone (migration 0014).
        Index(
            "ix_placements_start_date", "start_date", "deleted_at", "participant_id", "employer_id"
        ),
        Index(
            "ix_placements_last_contact",
            "last_contact",
            "deleted_at",
            "participant_id",
            "employer_id",
        ),
        Index("ix_placements_listed", "participant_id", "employer_id", "deleted_at"),
        # The trash: the few rows that are in it, without reading every placement.
        partial_index("ix_placements_trashed", "deleted_at", where=TRASHED),
    )


class NoteRow(Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Counts the saves: a form's save carries the version it read, and a stale one is refused
    # (someone else saved in between; migration 0010).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # storage/versions.py
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"))
    placement_id: Mapped[int | None] = mapped_column(ForeignKey("placements.id"))
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(200))
    with_whom: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    minutes_spent: Mapped[int | None] = mapped_column(Integer)
    shareable: Mapped[bool] = mapped_column(Boolean, default=False)
    dropout_risk: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)

    # A placement's or a person's latest note not in the trash is one step down each index:
    # the lists sort by it, for every row.
    __table_args__ = (
        Index("ix_notes_placement_alive_occurred", "placement_id", "deleted_at", "occurred_at"),
        Index("ix_notes_participant_alive_occurred", "participant_id", "deleted_at", "occurred_at"),
        # The trash: the few notes that are in it, without reading every note.
        partial_index("ix_notes_trashed", "deleted_at", where=TRASHED),
        # Översikt's notes flagging a risk, written as `dropout_risk.is_(True)` compiles on
        # each engine: SQLite uses a partial index only for its condition's very terms (0014).
        partial_index(
            "ix_notes_dropout_flags",
            "placement_id",
            "deleted_at",
            "occurred_at",
            where=sql_text("dropout_risk IS 1"),
            server_where=sql_text("dropout_risk IS true"),
        ),
    )


class CheckInSeriesRow(Base):
    """A recurring check-in rule; its occurrences are concrete `check_ins` rows."""

    __tablename__ = "check_in_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    placement_id: Mapped[int] = mapped_column(ForeignKey("placements.id"), index=True)
    first_at: Mapped[datetime] = mapped_column(DateTime)
    every_days: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(200))
    from_plan: Mapped[bool] = mapped_column(Boolean, default=False)
    # A phase of a tapering plan stops here; NULL: at the placement's planned end.
    until_on: Mapped[date | None] = mapped_column(Date)


class CheckInRow(Base):
    __tablename__ = "check_ins"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Counts the saves: a form's save carries the version it read, and a stale one is refused
    # (someone else saved in between; migration 0010).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # storage/versions.py
    placement_id: Mapped[int] = mapped_column(ForeignKey("placements.id"))
    scheduled_at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20))
    note_id: Mapped[int | None] = mapped_column(ForeignKey("notes.id", ondelete="SET NULL"))
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("check_in_series.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_check_ins_status_scheduled", "status", "scheduled_at"),
        Index("ix_check_ins_placement_scheduled", "placement_id", "scheduled_at"),
    )


class FeedbackRow(Base):
    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Counts the saves: a form's save carries the version it read, and a stale one is refused
    # (someone else saved in between; migration 0010).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # storage/versions.py
    placement_id: Mapped[int] = mapped_column(ForeignKey("placements.id"), index=True)
    # The year's key figures read one year of answers, not every answer ever given.
    given_on: Mapped[date] = mapped_column(Date, index=True)
    respondent: Mapped[str] = mapped_column(String(20))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    attendance: Mapped[int | None] = mapped_column(Integer)
    performance: Mapped[int | None] = mapped_column(Integer)
    cooperation: Mapped[int | None] = mapped_column(Integer)
    development: Mapped[int | None] = mapped_column(Integer)
    felt_supported: Mapped[int | None] = mapped_column(Integer)
    could_consider_hiring: Mapped[bool | None] = mapped_column(Boolean)
    strengths: Mapped[str] = mapped_column(Text, default="")
    areas_to_develop: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (
        *(
            CheckConstraint(f"{name} IS NULL OR {name} BETWEEN 1 AND 5", name=f"{name}_range")
            for name in (
                "attendance",
                "performance",
                "cooperation",
                "development",
                "felt_supported",
            )
        ),
        # A placement's latest answer of each respondent, trash left out (0014).
        partial_index(
            "ix_feedback_placement_respondent",
            "placement_id",
            "respondent",
            "given_on",
            where=ALIVE,
        ),
    )


class EmployerTaskRow(Base):
    """A task an employer can offer, carved out of its regular work."""

    __tablename__ = "employer_tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Counts the saves: a form's save carries the version it read, and a stale one is refused
    # (someone else saved in between; migration 0010).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # storage/versions.py
    employer_id: Mapped[int] = mapped_column(
        ForeignKey("employers.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(200), default="")
    # Labels from the editable list of task requirements, one per line.
    requirements: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class PlacementTaskRow(Base):
    """A task of the placement's employer that the placement covers (migration 0013)."""

    __tablename__ = "placement_tasks"

    placement_id: Mapped[int] = mapped_column(
        ForeignKey("placements.id", ondelete="CASCADE"), primary_key=True
    )
    task_id: Mapped[int] = mapped_column(
        ForeignKey("employer_tasks.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class NetworkContactRow(Base):
    """Work with an employer alone: a recruitment visit, a network meeting, an information
    session, a call about a partnership (migration 0013). The organisation's, as the
    employer is; never about a participant."""

    __tablename__ = "network_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # storage/versions.py
    employer_id: Mapped[int] = mapped_column(
        ForeignKey("employers.id", ondelete="CASCADE"), index=True
    )
    occurred_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    kind: Mapped[str] = mapped_column(String(200))
    with_whom: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)
    minutes_spent: Mapped[int | None] = mapped_column(Integer)
    follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)
    follow_up_done: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # On a server the unit of whoever recorded it (the column's default): its self-check and
    # follow-ups are that unit's. NULL in a file.
    unit_id: Mapped[int | None] = mapped_column(Integer, server_default=FetchedValue())
    created_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (partial_index("ix_network_contacts_trashed", "deleted_at", where=TRASHED),)


class MentorRow(Base):
    """A mentor: a person at an employer (`employer_id`) or in the unit (NULL)."""

    __tablename__ = "mentors"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # storage/versions.py
    name: Mapped[str] = mapped_column(String(100))
    employer_id: Mapped[int | None] = mapped_column(
        ForeignKey("employers.id", ondelete="CASCADE"), index=True
    )
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ProjectRow(Base):
    """A funded programme (ESF and the like): its period and target number of participants;
    placements belong to it (`placements.project_id`)."""

    __tablename__ = "projects"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # storage/versions.py
    name: Mapped[str] = mapped_column(String(200))
    reference: Mapped[str] = mapped_column(String(100), default="")
    funding_source: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date] = mapped_column(Date)
    target_participants: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (CheckConstraint("end_date >= start_date", name="period_order"),)


class TargetRow(Base):
    """A measure's target for a year (domain/targets.py), per subject where the measure has
    them (a placement type), else subject ''."""

    __tablename__ = "targets"

    measure: Mapped[str] = mapped_column(String(50), primary_key=True)
    subject: Mapped[str] = mapped_column(
        String(200), primary_key=True, default="", server_default=""
    )
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[float] = mapped_column(Float)


class FieldBalanceRow(Base):
    """The share of women among those employed in a task category, and where the figure
    comes from: in place of the domain's default (domain/fields.py)."""

    __tablename__ = "field_balances"

    category: Mapped[str] = mapped_column(String(200), primary_key=True)
    women_percent: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(300), default="", server_default="")

    __table_args__ = (CheckConstraint("women_percent BETWEEN 0 AND 100", name="percent_range"),)


class PlacementTypePlanRow(Base):
    """The follow-up plan proposed for new placements of one placement type."""

    __tablename__ = "placement_type_plans"

    placement_type: Mapped[str] = mapped_column(String(200), primary_key=True)
    plan: Mapped[str] = mapped_column(Text)


class OutcomeCheckRow(Base):
    """The check, some days after a placement ended, of what the person is doing then."""

    __tablename__ = "outcome_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Counts the saves: a form's save carries the version it read, and a stale one is refused
    # (someone else saved in between; migration 0010).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # storage/versions.py
    placement_id: Mapped[int] = mapped_column(
        ForeignKey("placements.id", ondelete="CASCADE"), unique=True
    )
    due_on: Mapped[date] = mapped_column(Date, index=True)
    result: Mapped[str | None] = mapped_column(String(20))
    recorded_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint("(result IS NULL) = (recorded_on IS NULL)", name="result_complete"),
        # The few checks not yet answered, by when they are due (0014).
        partial_index("ix_outcome_checks_open_due", "due_on", where=sql_text("result IS NULL")),
    )


class ReportMappingRow(Base):
    """Which category of an outside reporting system an outcome, an ending reason or a
    90-day result counts as: editable, because the systems' categories change."""

    __tablename__ = "report_mappings"

    id: Mapped[int] = mapped_column(primary_key=True)
    system: Mapped[str] = mapped_column(String(30))
    source_kind: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(200))

    __table_args__ = (
        Index("uq_report_mappings_system_source", "system", "source_kind", "source", unique=True),
    )


class QuestionnaireRow(Base):
    """A printed questionnaire, known by its short code; answered when keyed back in."""

    __tablename__ = "questionnaires"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Counts the saves: a form's save carries the version it read, and a stale one is refused
    # (someone else saved in between; migration 0010).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # storage/versions.py
    code: Mapped[str] = mapped_column(String(12), unique=True)
    placement_id: Mapped[int] = mapped_column(
        ForeignKey("placements.id", ondelete="CASCADE"), index=True
    )
    respondent: Mapped[str] = mapped_column(String(20))
    sent_on: Mapped[date] = mapped_column(Date, index=True)
    answered_on: Mapped[date | None] = mapped_column(Date)
    # The answers are kept as the placement's feedback, where the timeline and figures read them.
    feedback_id: Mapped[int | None] = mapped_column(ForeignKey("feedback.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ExportLogRow(Base):
    """What left the program with personal data in it; internal ids only, never a name."""

    __tablename__ = "export_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Who: the database user on a server (its trigger writes `session_user`), the operating
    # system's user on a file.
    user_name: Mapped[str] = mapped_column(String(63), default="", server_default="")
    # Their unit on a server (the trigger writes it): a coordinator reads their unit's
    # entries alone. NULL in a file, and for the owner's entries.
    unit_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(50))
    subject_kind: Mapped[str] = mapped_column(String(50), default="")
    subject_ids: Mapped[str] = mapped_column(Text, default="")
    file_path: Mapped[str] = mapped_column(Text, default="")
    row_count: Mapped[int] = mapped_column(Integer, default=0)


class AuditLogRow(Base):
    """What changed irreversibly or left the program other than as a document (those are in
    the export log): counts, internal ids and codes only, never a name or typed text."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Who: the database user on a server (its trigger writes `session_user`), the operating
    # system's user on a file.
    user_name: Mapped[str] = mapped_column(String(63), default="", server_default="")
    # Their unit on a server (the trigger writes it): a coordinator reads their unit's
    # entries alone. NULL in a file, and for the owner's entries.
    unit_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    action: Mapped[str] = mapped_column(String(30))
    subject_kind: Mapped[str] = mapped_column(String(50), default="")
    subject_ids: Mapped[str] = mapped_column(Text, default="")
    count: Mapped[int] = mapped_column(Integer, default=0)
    detail: Mapped[str] = mapped_column(String(200), default="")


class SettingRow(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ListItemRow(Base):
    """An entry of an editable list (placement types, note kinds, referral sources, reasons)."""

    __tablename__ = "list_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    list_name: Mapped[str] = mapped_column(String(50))
    label: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (Index("uq_list_items_list_label", "list_name", "label", unique=True),)


class ListItemNameRow(Base):
    """An entry's name in one language; the entry's label is what records store, the name
    is what a reader of that language sees (see domain/list_names.py)."""

    __tablename__ = "list_item_names"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("list_items.id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class DraftRow(Base):
    """The fields of a form being typed (a note), kept until it is saved or discarded so a
    crash loses nothing; personal data, so it goes with the person (migration 0007)."""

    __tablename__ = "drafts"

    # What the form is for: "note:placement:123", "note:participant:45".
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    # Whose draft: each coordinator on a server keeps their own ("" in a file).
    user_name: Mapped[str] = mapped_column(
        String(63), primary_key=True, default="", server_default=""
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    placement_id: Mapped[int | None] = mapped_column(
        ForeignKey("placements.id", ondelete="CASCADE"), index=True
    )
    # The form's fields as a JSON object of strings, numbers and booleans.
    fields: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class UnitRow(Base):
    """A team's unit on a server: its coordinators see its people and no one else's."""

    __tablename__ = "units"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class StaffRow(Base):
    """A database login on a server and what it is in the team: IT's `ambassador server
    add-user` writes it. Empty in a file."""

    __tablename__ = "staff"

    # The database role the person signs in as.
    name: Mapped[str] = mapped_column(String(63), primary_key=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    # "coordinator", "manager" or "admin" (domain/team.py).
    role: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class UserSettingRow(Base):
    """A coordinator's own settings on a server (contact details, language), beside the
    organisation's in `settings`."""

    __tablename__ = "user_settings"

    user_name: Mapped[str] = mapped_column(String(63), primary_key=True)
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ChangeLogRow(Base):
    """Every row added, changed or removed in the registers: which table, which id, who and
    when, never a value. Written by the database's own triggers (migration 0010), so nothing
    the program or anyone else does escapes it; on a server coordinators cannot alter it."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    user_name: Mapped[str] = mapped_column(String(63), default="", server_default="")
    table_name: Mapped[str] = mapped_column(String(50))
    record_id: Mapped[int] = mapped_column(Integer)
    # "insert", "update" or "delete".
    action: Mapped[str] = mapped_column(String(10))
    # The unit of the person the row is about, on a server: a coordinator reads their unit's
    # entries and the organisation's (NULL: employers, lists), not another unit's.
    unit_id: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (Index("ix_change_log_table_record", "table_name", "record_id"),)
