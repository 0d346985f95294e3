"""The benchmarks' datasets on a PostgreSQL server: each in a scratch database of its own, made
and filled as the SQLite file is, and dropped when the suite is done with it.

    python bench/server_data.py URL DATASET   # fills URL's empty database; prints
                                              # {"placement": the busy placement's id or null}

The suite (`--db URL`) connects as the URL's role, which must be allowed to create databases
(CREATEDB), to the database the URL names (`postgres` will do: nothing in it is read or
changed), and there makes `ambassador_bench_<dataset>_<random>`. A child then fills it the way
bench/sample.py fills the file: `init_server` (the program's migrations), the sample data
service with the same size and seed, and the busy placement's timeline through the services;
then `VACUUM (ANALYZE)`, as autovacuum would soon after such a load on a server in use.
A child, so the memory filling takes is not counted in the peak memory of the suite's next
child where a peak is read from ru_maxrss, which starts at the parent's (bench/peak.py). The
password, if the server asks for one, comes from libpq's own ways (PGPASSFILE, ~/.pgpass,
Kerberos): nothing here asks.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import uuid

from sample import BUSY_ENTRIES, fill_timeline
from sqlalchemy import Engine, exc, text

from ambassador.domain.clock import SystemClock
from ambassador.services.bundle import Services
from ambassador.services.sample_data import SampleDataService, Size
from ambassador.storage.address import ServerAddress, parse_address
from ambassador.storage.server import connection_refusal, create_server_engine, init_server

PREFIX = "ambassador_bench_"
SEED = 1  # bench/sample.py's


class ServerUnusableError(Exception):
    """The server cannot be reached, or the role may not create databases."""


class ScratchServer:
    """Databases the suite makes on a server and drops again, over one connection as the
    address's role (autocommit: CREATE and DROP DATABASE refuse a transaction)."""

    def __init__(self, address: ServerAddress) -> None:
        self.address = address
        self._admin: Engine = create_server_engine(address).execution_options(
            isolation_level="AUTOCOMMIT"
        )

    def describe(self) -> dict[str, str]:
        """The server's version and whether the role may create databases; connects, so a
        server that cannot be reached fails here, before anything is measured."""
        try:
            with self._admin.connect() as connection:
                version, may_create = connection.execute(
                    text(
                        "SELECT current_setting('server_version'), rolcreatedb "
                        "FROM pg_roles WHERE rolname = current_user"
                    )
                ).one()
        except exc.DBAPIError as error:
            refusal = connection_refusal(error).message
            raise ServerUnusableError(f"{self.address.describe()}: {refusal}") from None
        if not may_create:
            raise ServerUnusableError(
                f"the role of {self.address.describe()} may not create databases (CREATEDB)"
            )
        return {"server": self.address.describe(), "version": str(version)}

    def make(self, dataset: str) -> ServerAddress:
        name = f"{PREFIX}{dataset}_{uuid.uuid4().hex[:8]}"
        with self._admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        return dataclasses.replace(self.address, database=name)

    def drop(self, address: ServerAddress) -> None:
        assert address.database.startswith(PREFIX)
        with self._admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{address.database}" WITH (FORCE)'))

    def dispose(self) -> None:
        self._admin.dispose()


def fill(address: ServerAddress, dataset: str) -> int | None:
    """Make the empty database at `address` an Ambassador database holding `dataset` (empty,
    or a sample size) and the busy placement's timeline; the busy placement's id."""
    clock = SystemClock()
    database = init_server(address)
    try:
        if dataset == "empty":
            return None
        SampleDataService(database, clock).generate(Size(dataset), seed=SEED)
        busy = fill_timeline(Services.build(database, clock), BUSY_ENTRIES)
        settle(database.engine)
        return busy
    finally:
        database.dispose()


def settle(engine: Engine) -> None:
    """What autovacuum does within a minute of a bulk load on a server in use: the planner's
    statistics and the visibility map (which index-only scans read). A SQLite file has its
    statistics from its migrations (0006); without these the server plans blind."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM (ANALYZE)"))


def main() -> None:
    parser = argparse.ArgumentParser(description="Fill an empty scratch database on a server.")
    parser.add_argument("url", type=parse_address, help="the scratch database's address")
    parser.add_argument("dataset", help="empty, decade or stress")
    args = parser.parse_args()
    print(json.dumps({"placement": fill(args.url, args.dataset)}))


if __name__ == "__main__":
    main()
