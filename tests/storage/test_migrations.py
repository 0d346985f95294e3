"""The migrations build exactly the schema the mappings describe, and undo it cleanly."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from ambassador.storage.database import Database
from ambassador.storage.migrate import alembic_config, include_name
from ambassador.storage.rows import Base


def test_migrated_schema_matches_mappings(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_name}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_search_index_created_with_schema(database: Database) -> None:
    tables = set(inspect(database.engine).get_table_names())
    assert "search_index" in tables


def test_downgrade_to_base_removes_everything(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'down.db'}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    engine.dispose()
