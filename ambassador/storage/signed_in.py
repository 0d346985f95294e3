"""Who is signed in, as the logs and the rows kept per person record it, and what the database
lets them change: the session user on a server, the computer's account on a file.

On a server the database itself is the authority: its triggers write `session_user` into the
logs whatever the program sends, its row-level security keeps each person's drafts and own
settings theirs, and its grants decide who may change the organisation's settings or purge
the logs. The program asks the same grants beforehand (`has_table_privilege`), so a form can
be shown read-only instead of refusing what was typed.
"""

from __future__ import annotations

import getpass

from sqlalchemy import text
from sqlalchemy.orm import Session

# Where a connection keeps its session user once read: it never changes for a connection.
_SESSION_USER = "ambassador.session_user"
USER_NAME_MAX = 63  # the columns' width, PostgreSQL's longest role name


def on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def session_user(session: Session) -> str:
    """The database role signed in on a server; "" on a file, where the rows kept per person
    (drafts, own settings) have one owner, whoever has the file."""
    if not on_server(session):
        return ""
    info = session.connection().info
    if _SESSION_USER not in info:
        info[_SESSION_USER] = str(session.scalar(text("SELECT session_user")))
    name: str = info[_SESSION_USER]
    return name


def is_staff(session: Session) -> bool:
    """Whether the signed-in user is one of the team on a server (a `staff` row: IT's
    `ambassador server add-user`), who keeps settings of their own; the owner who made the
    database, and anyone on a file, keeps the organisation's."""
    if not on_server(session):
        return False
    return bool(
        session.scalar(text("SELECT EXISTS (SELECT 1 FROM staff WHERE name = session_user)"))
    )


def file_user() -> str:
    """The computer's account name, the one identity a file's program has; "" when the
    system gives none (getpass looks at the environment, then the password database)."""
    try:
        return getpass.getuser()[:USER_NAME_MAX]
    except (OSError, KeyError, ImportError):
        return ""


def log_user(session: Session) -> str:
    """Who a log entry names: the session user on a server (its trigger writes the same), the
    computer's account on a file."""
    return session_user(session) if on_server(session) else file_user()


def may_change_organisation_settings(session: Session) -> bool:
    """Whether the database lets this user change the organisation's settings and lists: on a
    server an administrator (or the owner who made the database), on a file anyone."""
    return _may(session, "settings", "UPDATE")


def may_purge_logs(session: Session) -> bool:
    """Whether the database lets this user delete old log entries (retention): on a server an
    administrator (or the owner), on a file anyone."""
    return _may(session, "change_log", "DELETE")


def _may(session: Session, table: str, privilege: str) -> bool:
    if not on_server(session):
        return True
    return bool(
        session.scalar(
            text("SELECT has_table_privilege(current_user, :table, :privilege)"),
            {"table": table, "privilege": privilege},
        )
    )
