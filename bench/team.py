"""A coordinator of a team's server under row-level security, beside the same on a file: search,
the lists and the Översikt's data on the decade sample, medians in milliseconds.

    scripts/with-postgres python bench/team.py [--runs 15] [--folder DIR]
    python bench/team.py --db postgresql+psycopg://ROLE@HOST:PORT/postgres

The server's address is `--db`, else AMBASSADOR_TEST_POSTGRES (what scripts/with-postgres and
/tmp/…/pg.env export): a role that may create databases and roles (CREATEDB, CREATEROLE), its
password from libpq's PGPASSFILE. The decade sample (bench/sample.py, seed 1) is made on the
file (a working copy of the suite's dataset) and again in a scratch database on the server
(bench/server_data.py's `fill`, then `VACUUM (ANALYZE)`). There its participants are split
into two units, Norr (even ids) and Söder (odd), by IT's `assign-unit`, and a coordinator of
Norr is made by `add-user` with a password; the coordinator then reads half the people,
through the policies of migration 0010 and the search functions of 0011. The database owner,
whom no policy limits, is measured too, for what the policies cost, and the coordinator's
search as it was before migration 0011 (the owner's statements, under the policies alone).

Each action is what a screen asks the services for, without drawing: search as the window's
search dialog types it (`search_counted`, 50 a part, from the second character on, every
keystroke a sample), the first page of Deltagare and Placeringar, and the Översikt's data.
Search types the same words on both engines: "och", "handledare", the short prefix "arb"
and the file's rare word (which may be a Söder word, then found by nobody in Norr). The
scratch database and the role are dropped at the end. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import os
import secrets
import statistics
import sys
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

from sample import default_folder, prepare_dataset, rare_word_of, timed, working_copy
from server_data import ScratchServer, fill
from sqlalchemy import text

from ambassador.domain.browse import ParticipantFilter, PlacementFilter
from ambassador.domain.clock import SystemClock
from ambassador.domain.team import StaffRole
from ambassador.services.bundle import Services
from ambassador.services.team import TeamService
from ambassador.storage import server_search
from ambassador.storage.address import ServerAddress, parse_address
from ambassador.storage.database import Database
from ambassador.storage.opening import open_database
from ambassador.storage.server import create_server_engine, open_server

SEARCH_LIMIT = 50  # the search dialog's RESULT_LIMIT
WORDS = (("common word", "och"), ("common word", "handledare"), ("short prefix", "arb"))
Samples = list[float]


def keystrokes(word: str) -> list[str]:
    """The field after each keystroke from the second character on, as the dialog searches."""
    return [word[:length] for length in range(2, len(word) + 1)]


def actions(services: Services, rare: str) -> dict[str, Callable[[], Samples]]:
    """Each action, run as often as RUNNER says, giving its samples."""

    search = services.search.search_counted

    def typing(word: str) -> Callable[[], Samples]:
        def run() -> Samples:
            samples: Samples = []
            for typed in keystrokes(word):
                samples += RUNNER.timed(functools.partial(search, typed, SEARCH_LIMIT))
            return samples

        return run

    def once(action: Callable[[], object]) -> Callable[[], Samples]:
        return lambda: RUNNER.timed(action)

    measured: dict[str, Callable[[], Samples]] = {
        f"search: {kind} “{word}”, per keystroke": typing(word) for kind, word in WORDS
    }
    measured[f"search: rare word “{rare}”, per keystroke"] = typing(rare)
    measured["list: Deltagare, first page"] = once(
        lambda: services.browse.participants(ParticipantFilter())
    )
    measured["list: Placeringar, first page"] = once(
        lambda: services.browse.placements(PlacementFilter())
    )
    measured["Översikt's data"] = once(services.overview.overview)
    return measured


@dataclasses.dataclass
class Runner:
    runs: int

    def timed(self, action: Callable[[], object]) -> Samples:
        action()  # warm: a second keystroke finds the caches as the first left them
        return timed(self.runs, action)


RUNNER = Runner(15)


def measure(
    label: str, services: Services, rare: str, *, search_only: bool = False
) -> dict[str, Samples]:
    print(f"[{label}] measuring", file=sys.stderr, flush=True)
    figures = {
        name: run()
        for name, run in actions(services, rare).items()
        if name.startswith("search") or not search_only
    }
    search = [s for name, samples in figures.items() if name.startswith("search") for s in samples]
    figures["search as you type, all keystrokes"] = search
    return figures


def on_file(folder: Path, work: Path, rare_holder: list[str]) -> dict[str, Samples]:
    dataset = prepare_dataset(folder, "decade")
    copy = working_copy(dataset.path, work)
    rare_holder.append(rare_word_of(copy) or "zebrafink")
    clock = SystemClock()
    database, _report = open_database(copy, work / "backups", clock.now())
    try:
        return measure("decade on SQLite", Services.build(database, clock), rare_holder[0])
    finally:
        database.dispose()


Figures = dict[str, Samples]


def on_server(address: ServerAddress, rare: str) -> tuple[Figures, Figures, Figures]:
    """(the coordinator's figures, their search's without 0011's functions, the owner's)."""
    server = ScratchServer(address)
    server.describe()
    scratch = server.make("team")
    prefix = f"bench_{uuid.uuid4().hex[:8]}"
    role, other = f"{prefix}_anna", f"{prefix}_bo"
    clock = SystemClock()
    try:
        print(f"[server] filling {scratch.database}", file=sys.stderr, flush=True)
        fill(scratch, "decade")
        owner = open_server(scratch)
        team = TeamService(owner, clock)
        password = secrets.token_urlsafe(18)
        team.add_user(role, StaffRole.COORDINATOR, "Norr", password)
        team.add_user(other, StaffRole.COORDINATOR, "Söder")
        with owner.engine.connect() as connection:
            ids = list(connection.scalars(text("SELECT id FROM participants")))
        team.assign_unit("Norr", [i for i in ids if i % 2 == 0])
        team.assign_unit("Söder", [i for i in ids if i % 2 == 1])
        with owner.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            c.execute(text("VACUUM (ANALYZE)"))
        coordinator: Database = open_server(dataclasses.replace(scratch, user=role), password)
        try:
            as_coordinator = measure(
                "decade on PostgreSQL, a coordinator of Norr",
                Services.build(coordinator, clock),
                rare,
            )
        finally:
            coordinator.dispose()
        # The statements the owner runs, under the policies alone: search before 0011.
        policies_only = Database(
            create_server_engine(
                dataclasses.replace(scratch, user=role), password
            ).execution_options(**{server_search.ROW_SECURITY_OPTION: False}),
            server=scratch,
        )
        try:
            before = measure(
                "decade on PostgreSQL, the coordinator's search without 0011's functions",
                Services.build(policies_only, clock),
                rare,
                search_only=True,
            )
        finally:
            policies_only.dispose()
        try:
            as_owner = measure(
                "decade on PostgreSQL, the owner", Services.build(owner, clock), rare
            )
        finally:
            owner.dispose()
        return as_coordinator, before, as_owner
    finally:
        server.drop(scratch)
        admin = create_server_engine(address).execution_options(isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            for name in (role, other):
                connection.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
        admin.dispose()
        server.dispose()


def median(samples: Samples) -> float:
    return statistics.median(samples)


def p95(samples: Samples) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def report(file: Figures, coordinator: Figures, before: Figures, owner: Figures) -> None:
    headers = (
        "action",
        "SQLite",
        "PG coordinator",
        "coordinator ÷ SQLite",
        "PG owner",
        "coordinator without 0011",
        "SQLite p95",
        "coordinator p95",
    )
    rows = []
    for name, samples in coordinator.items():
        base = median(file[name])
        rows.append(
            (
                name,
                f"{base:.1f}",
                f"{median(samples):.1f}",
                f"{median(samples) / base:.2f}×",
                f"{median(owner[name]):.1f}",
                f"{median(before[name]):.1f}" if name in before else "–",
                f"{p95(file[name]):.1f}",
                f"{p95(samples):.1f}",
            )
        )
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]
    for cells in (headers, *rows):
        first = f"{cells[0]:<{widths[0]}}"
        rest = (f"{cell:>{width}}" for cell, width in zip(cells[1:], widths[1:], strict=True))
        print("  ".join((first, *rest)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db", type=parse_address, help="a server's address (role with CREATEDB, CREATEROLE)"
    )
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--folder", type=Path, default=default_folder())
    args = parser.parse_args()
    address = args.db or parse_address(os.environ["AMBASSADOR_TEST_POSTGRES"])
    RUNNER.runs = args.runs
    rare: list[str] = []
    with tempfile.TemporaryDirectory(prefix="ambassador-team-") as folder:
        file = on_file(args.folder, Path(folder), rare)
    coordinator, before, owner = on_server(address, rare[0])
    print(f"\nDecade sample, medians in ms of {args.runs} runs (search: every keystroke a sample)")
    report(file, coordinator, before, owner)


if __name__ == "__main__":
    main()
