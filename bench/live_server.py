"""Live updates between two windows on one server database: how long from one window's save
to the other window's Översikt being read again, and how many refreshes a burst of ten
thousand rows makes.

    QT_QPA_PLATFORM=offscreen python bench/live_server.py --db postgresql+psycopg://user@host/postgres
                                                        [--runs 21] [--rows 10000]

A new database is made on the server (the role must be allowed to create databases) and
dropped at the end. Two windows are built on it, each with its own connections, as two
coordinators at two desks. "note": a note saved through the first window's services (its
commit returned) until the second window's Översikt has been read again, median and worst
of the runs; the listener gathers a burst until a quarter of a second passes without another
notification, so most of the figure is that wait. "burst": ten thousand employers written in
one transaction (as an import's), and in a hundred transactions of a hundred one after the
other, then the number of refreshes the second window made and the time until the last.
"dropped": the server ends every connection, until the second window listens again and has
read everything again.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from ambassador.app import build_window  # noqa: E402
from ambassador.domain.clock import FixedClock  # noqa: E402
from ambassador.domain.employer import EmployerFields  # noqa: E402
from ambassador.domain.enums import Sector, WithWhom  # noqa: E402
from ambassador.domain.followup import NoteFields  # noqa: E402
from ambassador.domain.participant import ParticipantFields  # noqa: E402
from ambassador.domain.placement import PlacementFields  # noqa: E402
from ambassador.domain.plan import DEFAULT_PLAN  # noqa: E402
from ambassador.services.bundle import Services  # noqa: E402
from ambassador.storage.address import parse_address  # noqa: E402
from ambassador.storage.server import create_server_engine, init_server, open_server  # noqa: E402
from ambassador.ui.main_window import MainWindow  # noqa: E402

NOW = datetime(2026, 11, 24, 9, 0)
INSERT_EMPLOYERS = text(
    "INSERT INTO employers (name, sector, industry, address, agreement_status, tasks_offered,"
    " capacity, created_at, updated_at)"
    " SELECT 'Bench ' || n, 'private', '', '', 'none', '', 1, :at, :at"
    " FROM generate_series(1, :rows) AS n"
)


class Refreshes:
    """Counts the second window's Översikt refreshes, and when the last ended."""

    def __init__(self, window: MainWindow) -> None:
        self.count = 0
        self.last = 0.0
        screen = window.overview_screen
        original = screen.refresh

        def counted() -> None:
            original()
            self.count += 1
            self.last = time.perf_counter()

        screen.refresh = counted  # type: ignore[method-assign]


def wait_until(app: QApplication, done: object, limit: float = 30.0) -> None:
    deadline = time.perf_counter() + limit
    while not done() and time.perf_counter() < deadline:  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.001)
    if not done():  # type: ignore[operator]
        raise SystemExit("the second window never refreshed")


def settle(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=os.environ.get("AMBASSADOR_TEST_POSTGRES"))
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--rows", type=int, default=10000)
    args = parser.parse_args()
    if not args.db:
        raise SystemExit("--db names the server (or set AMBASSADOR_TEST_POSTGRES)")
    server = parse_address(args.db)
    admin = create_server_engine(server).execution_options(isolation_level="AUTOCOMMIT")
    name = f"ambassador_bench_live_{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    address = dataclasses.replace(server, database=name)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    databases = []
    windows: list[MainWindow] = []
    try:
        init_server(address).dispose()
        clock = FixedClock(NOW)
        desks = []
        for label in ("one", "two"):
            database = open_server(address)
            databases.append(database)
            services = Services.build(database, clock)
            window = build_window(services, label)
            windows.append(window)
            desks.append(services)
        one = desks[0]
        two = windows[1]
        wait_until(
            app,
            lambda: (
                two.live_updates is not None
                and two.live_updates.listening is not None
                and two.live_updates.listening.connected.is_set()
            ),
        )
        person = one.participants.create(
            ParticipantFields(first_name="Bench", last_name="Person")
        ).participant.id
        employer = one.employers.create(
            EmployerFields(name="Bench AB", sector=Sector.PRIVATE, capacity=2)
        ).employer.id
        placement = one.placements.create(
            PlacementFields(
                participant_id=person,
                employer_id=employer,
                placement_type="Praktik",
                start_date=NOW.date() - timedelta(days=2),
                plan=DEFAULT_PLAN,
            )
        ).placement.id
        settle(app, 1.0)
        refreshes = Refreshes(two)

        latencies = []
        for run in range(args.runs):
            before = refreshes.count
            one.follow_up.add_note(
                NoteFields(
                    participant_id=person,
                    placement_id=placement,
                    occurred_at=NOW,
                    kind="Telefonsamtal",
                    with_whom=WithWhom.SUPERVISOR,
                    text=f"Bench {run}",
                )
            )
            saved = time.perf_counter()
            wait_until(app, lambda before=before: refreshes.count > before)
            latencies.append((refreshes.last - saved) * 1000)
            settle(app, 0.1)
        print(
            f"note → other window's Översikt read again: median {statistics.median(latencies):.0f}"
            f" ms, worst {max(latencies):.0f} ms ({args.runs} runs)"
        )

        for transactions in (1, 100):
            settle(app, 1.0)
            before = refreshes.count
            started = time.perf_counter()
            for _ in range(transactions):
                with databases[0].engine.begin() as connection:
                    connection.execute(
                        INSERT_EMPLOYERS, {"rows": args.rows // transactions, "at": NOW}
                    )
            written = time.perf_counter()
            wait_until(app, lambda before=before: refreshes.count > before)
            settle(app, 3.0)  # any refresh still to come
            print(
                f"burst of {args.rows} employers in {transactions} transaction(s), written in"
                f" {(written - started) * 1000:.0f} ms: {refreshes.count - before} refresh(es)"
                f" of the other window, the last {(refreshes.last - written) * 1000:.0f} ms"
                " after the writing ended"
            )

        # The server drops every connection (a restart, pg_terminate_backend): how long until
        # the second window listens again and has read everything again.
        settle(app, 1.0)
        listening = two.live_updates.listening if two.live_updates else None
        assert listening is not None
        before = refreshes.count
        with databases[0].engine.connect() as connection:
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )
        dropped = time.perf_counter()
        wait_until(app, lambda: not listening.connected.is_set())
        wait_until(app, lambda before=before: refreshes.count > before)
        print(
            f"connection dropped by the server → listening again and everything read again:"
            f" {(refreshes.last - dropped) * 1000:.0f} ms"
        )
    finally:
        for window in windows:
            window.close()
        for database in databases:
            database.dispose()
        with admin.connect() as connection:
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": name},
            )
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


if __name__ == "__main__":
    main()
