"""The storage side of versions and serialized writes: how a write runs on each engine, and a
row changed between a transaction's read and its write."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from ambassador.domain.errors import ConflictError, RetryableStorageError
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from ambassador.storage.faults import CONFLICT
from ambassador.storage.rows import PlacementRow
from ambassador.storage.versions import last_changed_by
from tests.conftest import NOW
from tests.factories import make_placement
from tests.peek import table


@pytest.mark.postgresql_only
def test_a_write_on_a_server_is_serializable_and_a_read_only_reads(database: Database) -> None:
    with database.write() as uow:
        session = uow._session
        assert session.scalar(text("SHOW transaction_isolation")) == "serializable"
        assert session.scalar(text("SHOW transaction_read_only")) == "off"
    with database.read() as uow:
        session = uow._session
        assert session.scalar(text("SHOW transaction_isolation")) == "read committed"
        assert session.scalar(text("SHOW transaction_read_only")) == "on"
    # The pool's connections go back as they were: the next write is serializable again.
    with database.write() as uow:
        assert uow._session.scalar(text("SHOW transaction_isolation")) == "serializable"


def test_a_row_changed_between_read_and_write_is_run_again_not_overwritten(
    services: Services, database: Database
) -> None:
    """SQLAlchemy writes a versioned row only where it still has the version read: a row
    changed in between (here by a statement beside the session's) is not overwritten, and the
    whole transaction ends as a retryable conflict that holds nothing of the driver's."""
    placement_id = make_placement(services)
    with pytest.raises(RetryableStorageError) as raised, database.write() as uow:
        # Held, as a transaction that read the row and goes on to change it holds it.
        read = uow._session.get_one(PlacementRow, placement_id)
        uow._session.execute(
            text("UPDATE placements SET unit = 'Lager', version = version + 1 WHERE id = :id"),
            {"id": placement_id},
        )
        uow.placements.set_paused(placement_id, True, NOW)
        del read
    assert raised.value.message == CONFLICT
    assert raised.value.__context__ is None and raised.value.__cause__ is None
    assert table(database, "SELECT unit, paused, version FROM placements") == [("", False, 1)]


def test_the_repository_refuses_a_stale_version_before_writing(
    services: Services, database: Database
) -> None:
    placement_id = make_placement(services)
    services.placements.set_paused(placement_id, True)
    with pytest.raises(ConflictError) as raised, database.write() as uow:
        uow.placements.set_paused(placement_id, False, NOW, expected_version=1)
    assert raised.value.current.paused and raised.value.current.version == 2
    assert table(database, "SELECT paused, version FROM placements") == [(True, 2)]


def test_who_changed_a_record_last_comes_from_the_change_log(
    services: Services, database: Database
) -> None:
    placement_id = make_placement(services)
    with database.read() as uow:
        who = last_changed_by(uow._session, "placements", placement_id)
        nobody = last_changed_by(uow._session, "placements", placement_id + 1000)
    assert who == ("" if database.server is None else database.server.user)
    assert nobody == ""
