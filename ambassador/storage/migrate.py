"""Running Alembic from inside the program: where the scripts are, what is pending, upgrade.

A file already at the newest revision is opened without Alembic: importing it and reading
its scripts costs about 100 ms and 17 MB at every start, for an answer known in advance.
Alembic loads only when a file needs upgrading or is newer than this program.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions; a test holds it to Alembic's own answer.
HEAD_REVISION = "0016"


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Leave the FTS5 table and its shadow tables out of autogenerate: not in the mappings."""
    return not (type_ == "table" and name is not None and name.startswith("search_index"))


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision as Alembic reads it from the scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {
        script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()
    }


def upgrade_to_head(engine: Engine) -> None:
    from alembic import command

    with engine.connect() as connection:
        command.upgrade(alembic_config(connection), "head")
