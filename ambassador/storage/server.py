"""Opening a database on a PostgreSQL server: connecting, the revision check, and the two
things only IT does (making an empty database, upgrading one).

A coordinator's program never migrates a server: IT runs `ambassador server upgrade` as the
database's owner, and a program older or newer than the database refuses it with one
sentence. What a file has and a server does not (the file checks, backups, encryption at
rest, the file lock) stays in storage/opening.py; on a server those are IT's (docs/server.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, create_engine, exc, inspect, text

from ambassador.domain.errors import DatabaseTooNewError, NotAnAmbassadorDatabaseError, StorageError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.storage import server_search
from ambassador.storage.address import ServerAddress
from ambassador.storage.database import Database
from ambassador.storage.faults import SIGN_IN_REFUSED
from ambassador.storage.migrate import HEAD_REVISION, known_revisions, upgrade_to_head
from ambassador.storage.rows import Base, add_server_conditions

SERVER_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Messages", "The database server cannot be reached; check the network and try again"
)
PASSWORD_NEEDED = QT_TRANSLATE_NOOP("Messages", "The database server asks for a password")
TLS_REFUSED = QT_TRANSLATE_NOOP(
    "Messages",
    "The database server's identity could not be verified (TLS); ask IT for the server's "
    "certificate authority",
)
NO_SUCH_DATABASE = QT_TRANSLATE_NOOP("Messages", "The database server has no such database")
NOT_OURS = QT_TRANSLATE_NOOP(
    "Messages",
    "This database on the server is not an Ambassador database; IT makes one with "
    "'ambassador init --db ADDRESS'",
)
SERVER_NEEDS_UPGRADE = QT_TRANSLATE_NOOP(
    "Messages",
    "This database on the server was made by an earlier version of Ambassador; IT upgrades "
    "it with 'ambassador server upgrade --db ADDRESS'",
)
SERVER_TOO_NEW = QT_TRANSLATE_NOOP(
    "Messages",
    "This database on the server was made by a newer version of Ambassador; this program must "
    "be updated first",
)
NOT_STAFF = QT_TRANSLATE_NOOP(
    "Messages",
    "You are signed in to the database server, but not as one of this database's Ambassador "
    "users; IT adds you with 'ambassador server add-user'",
)
NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Messages",
    "This database on the server already holds tables; a new Ambassador database is made only "
    "in an empty one",
)

# libpq's own words for a refusal at connecting, which carries no SQLSTATE (libpq reports the
# server's startup error as text): what each means for the person. A missing role reads
# "password authentication failed" too, so nobody learns which names exist.
_CLIENT_REFUSALS = (
    ("does not exist", NO_SUCH_DATABASE),
    ("no password supplied", PASSWORD_NEEDED),
    ("password authentication failed", SIGN_IN_REFUSED),
    ("certificate", TLS_REFUSED),
    ("ssl", TLS_REFUSED),
)


class PasswordNeededError(StorageError):
    """The server asks for a password and none was given: ask the person for one."""


class SignInRefusedError(StorageError):
    """The server refused the user name or password: ask again."""


@dataclass(frozen=True)
class ServerState:
    """What the title bar and Datasäkerhet say about the connection."""

    address: ServerAddress
    user: str
    server_version: str
    tls: bool
    revision: str


# Every session without JIT compilation: under row-level security a list's plan carries the
# policies' subqueries, its estimated cost passes `jit_above_cost`, and compiling it took 100
# of a coordinator's 130 ms for the Placeringar list, for a query that runs in 30 ms. The
# program's queries are all small; none gains from JIT. (libpq's `options`: no round trip.)
SESSION_OPTIONS = "-c jit=off"


def create_server_engine(address: ServerAddress, password: str | None = None) -> Engine:
    """An engine over the server's database; the password goes to libpq alone, never into a
    URL, a log or an error. Connections are checked before use, so a server restarted
    overnight is reconnected instead of failing the morning's first click."""
    connect_args: dict[str, Any] = address.connect_args()
    if password is not None:
        connect_args["password"] = password
    connect_args["options"] = SESSION_OPTIONS
    add_server_conditions()
    return create_engine(
        "postgresql+psycopg://",
        connect_args=connect_args,
        hide_parameters=True,
        pool_pre_ping=True,
        pool_size=2,
        max_overflow=2,
    )


def connection_refusal(error: exc.DBAPIError) -> StorageError:
    """The one sentence for a connection the server (or libpq) refused."""
    sqlstate = getattr(error.orig, "sqlstate", None)
    if sqlstate in ("28P01", "28000"):
        return SignInRefusedError(SIGN_IN_REFUSED)
    if sqlstate == "3D000":
        return StorageError(NO_SUCH_DATABASE)
    if sqlstate == "42501":  # signed in, but the database lets this role read nothing of ours
        return StorageError(NOT_STAFF)
    said = str(error.orig).lower()
    for words, message in _CLIENT_REFUSALS:
        if words in said:
            if message is PASSWORD_NEEDED:
                return PasswordNeededError(message)
            if message is SIGN_IN_REFUSED:
                return SignInRefusedError(message)
            return StorageError(message)
    return StorageError(SERVER_UNREACHABLE)


def _revision(engine: Engine) -> str | None:
    """The database's revision, None when it has none of our tables; raises when it cannot
    be reached or has other tables."""
    try:
        with engine.connect() as connection:
            names = set(inspect(connection).get_table_names())
            if "alembic_version" not in names:
                if names:
                    raise NotAnAmbassadorDatabaseError(NOT_OURS)
                return None
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except exc.DBAPIError as error:
        refusal = connection_refusal(error)
    else:
        if len(rows) != 1:
            raise NotAnAmbassadorDatabaseError(NOT_OURS)
        return str(rows[0][0])
    raise refusal  # outside the except block: the driver's error, and its words, stay behind


def open_server(address: ServerAddress, password: str | None = None) -> Database:
    """The database on the server, at this program's revision; refused with one sentence when
    it cannot be reached, is not ours, or was made by an older or newer program."""
    engine = create_server_engine(address, password)
    try:
        revision = _revision(engine)
        if revision is None:
            raise NotAnAmbassadorDatabaseError(NOT_OURS)
        if revision != HEAD_REVISION:
            if revision in known_revisions():
                raise StorageError(SERVER_NEEDS_UPGRADE)
            raise DatabaseTooNewError(SERVER_TOO_NEW)
        engine = _remembering_row_security(engine)
    except BaseException:
        engine.dispose()
        raise
    return Database(engine, server=address)


def _remembering_row_security(engine: Engine) -> Engine:
    """`engine`, knowing whether the database's row-level security limits its user (a
    coordinator's does, the owner's does not), so that search asks once, here."""
    try:
        return server_search.remember_row_security(engine)
    except exc.DBAPIError as error:
        refusal = connection_refusal(error)
    raise refusal  # outside the except block, as in _revision


def init_server(address: ServerAddress, password: str | None = None) -> Database:
    """Make an empty database on the server into a new Ambassador database (IT's
    `ambassador init --db ADDRESS`); a database that holds any table is refused."""
    engine = create_server_engine(address, password)
    try:
        if _revision(engine) is not None:
            raise NotAnAmbassadorDatabaseError(NOT_EMPTY)
        upgrade_to_head(engine)
    except BaseException:
        engine.dispose()
        raise
    return Database(engine, server=address)


def upgrade_server(address: ServerAddress, password: str | None = None) -> tuple[str, str]:
    """Upgrade the server's database to this program's revision (IT's `ambassador server
    upgrade`, run as the database's owner); (revision before, revision after)."""
    engine = create_server_engine(address, password)
    try:
        before = _revision(engine)
        if before is None:
            raise NotAnAmbassadorDatabaseError(NOT_OURS)
        if before != HEAD_REVISION and before not in known_revisions():
            raise DatabaseTooNewError(SERVER_TOO_NEW)
        if before != HEAD_REVISION:
            upgrade_to_head(engine)
        return before, HEAD_REVISION
    finally:
        engine.dispose()


def server_state(database: Database) -> ServerState:
    """Who is signed in where, over what, at which revision (one short read)."""
    assert database.server is not None
    try:
        with database.engine.connect() as connection:
            user, version, tls, revision = connection.execute(
                text(
                    "SELECT current_user, current_setting('server_version'), coalesce("
                    "(SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false), "
                    "(SELECT version_num FROM alembic_version)"
                )
            ).one()
    except exc.DBAPIError as error:
        refusal = connection_refusal(error)
    else:
        return ServerState(database.server, str(user), str(version), bool(tls), str(revision))
    raise refusal  # outside the except block, as in _revision: the driver's words stay behind


@dataclass(frozen=True)
class ServerReport:
    """What `ambassador check --db ADDRESS` says: the database's revision and what it holds.
    The integrity of its pages and its backups are the server's (IT's), not checked here."""

    address: ServerAddress
    revision: str
    row_counts: dict[str, int]
    # An older database: IT upgrades it with `ambassador server upgrade`.
    upgrade_pending: bool
    # Made by a newer version: this program refuses to open it.
    too_new: bool


def check_server(address: ServerAddress, password: str | None = None) -> ServerReport:
    """A read of the server's database that changes nothing, at any revision; refused when it
    cannot be reached or is not ours."""
    engine = create_server_engine(address, password)
    try:
        revision = _revision(engine)
        if revision is None:
            raise NotAnAmbassadorDatabaseError(NOT_OURS)
        counts: dict[str, int] = {}
        with engine.connect() as connection:
            connection.execute(text("SET TRANSACTION READ ONLY"))
            present = set(inspect(connection).get_table_names())
            for table in Base.metadata.sorted_tables:
                if table.name in present:
                    counts[table.name] = connection.execute(
                        text(f'SELECT count(*) FROM "{table.name}"')
                    ).scalar_one()
    finally:
        engine.dispose()
    too_new = revision != HEAD_REVISION and revision not in known_revisions()
    older = revision != HEAD_REVISION and not too_new
    return ServerReport(address, revision, counts, older, too_new)
