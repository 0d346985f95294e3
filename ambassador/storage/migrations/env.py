"""Alembic environment: always run programmatically on a connection the caller opened."""

from __future__ import annotations

from alembic import context

from ambassador.storage.migrate import include_name
from ambassador.storage.rows import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    # Each step commits together with its version stamp, so a failed step leaves the
    # previous revision intact and stamped.
    transaction_per_migration=True,
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
