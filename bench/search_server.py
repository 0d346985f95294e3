"""Search on many notes, SQLite's FTS5 beside a PostgreSQL server: medians in milliseconds.

    python bench/search_server.py --db postgresql+psycopg://user@host/postgres
                                  [--sizes 100000 200000] [--runs 21]

For each size, made-up Swedish-like notes (a few dozen words each, "och" in most of them, a
rare word in a handful of the oldest) are indexed through `search_index.add`, the path bulk
loads take, into a SQLite file under a temporary folder and into a new database on the server
(made from the address given, dropped at the end; the role must be allowed to create
databases). Then each query is timed as the window runs it (`search_index.search`, limit 50,
and `count` stopping at `COUNT_CAP + 1` per part, "capped ms"), beside a count of every
match ("count ms", as the window counted before the cap), on the server once before
`ANALYZE` (a database just loaded, statistics missing) and once after. "naive" is the
one-statement plan the issue measured swinging: `WHERE document @@ q ORDER BY rowid DESC
LIMIT 50`, left to the planner.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ambassador.domain.search import COUNT_CAP  # noqa: E402
from ambassador.storage import search_index, server_search  # noqa: E402
from ambassador.storage.engine import create_sqlite_engine  # noqa: E402
from ambassador.storage.migrate import upgrade_to_head  # noqa: E402
from ambassador.storage.search_index import Kind  # noqa: E402

QUERIES = {
    "common word (och)": "och",
    "prefix (h)": "h",
    "prefix (fl)": "fl",
    "two words (handledaren tr)": "handledaren tr",
    "rare word (zebrafink)": "zebrafink",
    "no such word (qxv)": "qxv",
}
RARE = "zebrafink"
CAPPED = COUNT_CAP + 1  # as the window counts: one past the cap tells "more than" apart
VOCABULARY = (
    "att det som en på är av för med till den har de inte om ett han men var jag hon kan "
    "hade skulle vid så nu efter ska vi här också bara sedan mycket kommer dag vecka möte "
    "handledaren arbetsplatsen lagret köket butiken kunden rutiner uppgifter tider schema "
    "trivs fungerar bra sämre bättre frånvaro sjuk trött glad nöjd orolig samtal telefon "
    "besök uppföljning praktik arbetsträning lönebidrag flickorna pojkarna kollegorna flera "
    "flytta flexibel flyt fler fika lunch rast morgon eftermiddag förmiddag kväll helg "
    "truckkort körkort hygienrutiner städning plock packning kassa hylla leverans order "
    "svenska språket tolk stöd anpassning hjälpmedel struktur pauser tempo ork hälsa "
    "läkare försäkringskassan arbetsförmedlingen socialtjänsten handläggare plan mål "
    "delmål insats avslut förlängning anställning timmar procent närvaro ansvar självständig"
)
WORDS = tuple(VOCABULARY.split())


def notes(count: int, seed: int = 7) -> Iterator[tuple[int, str]]:
    """(id, text): Zipf-like word frequencies, "och" in about seven notes of ten, the rare
    word in ten notes among the oldest tenth."""
    rng = random.Random(seed)
    weights = [1 / (rank + 1) for rank in range(len(WORDS))]
    rare_ids = set(rng.sample(range(1, max(count // 10, 11)), 10))
    for note_id in range(1, count + 1):
        words = rng.choices(WORDS, weights, k=rng.randint(15, 60))
        if rng.random() < 0.7:
            words.insert(rng.randrange(len(words)), "och")
        if note_id in rare_ids:
            words.insert(rng.randrange(len(words)), RARE)
        words[0] = words[0].capitalize()
        yield note_id, " ".join(words) + "."


def median_ms(action: Callable[[], object], runs: int) -> float:
    action()  # warm the caches once, as a second keystroke finds them
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def fill(engine: Engine, count: int) -> float:
    start = time.perf_counter()
    with engine.begin() as connection:
        batch: list[tuple[int, str]] = []
        for entry in notes(count):
            batch.append(entry)
            if len(batch) == 10_000:
                search_index.add(connection, Kind.NOTE, batch)
                batch = []
        search_index.add(connection, Kind.NOTE, batch)
    return time.perf_counter() - start


def naive(connection: Connection, words: str) -> list[object]:
    query = server_search.to_tsquery_text(words)
    return list(
        connection.execute(
            text(
                "SELECT rowid FROM search_index_notes "
                "WHERE document @@ to_tsquery('ambassador', :q) ORDER BY rowid DESC LIMIT 50"
            ),
            {"q": query},
        )
    )


def measure(engine: Engine, runs: int, with_naive: bool) -> dict[str, tuple[float, ...]]:
    figures: dict[str, tuple[float, ...]] = {}
    with engine.connect() as connection:
        for label, words in QUERIES.items():
            hits = len(search_index.search(connection, words, 50))
            total = search_index.count(connection, words)[1]
            row = (
                median_ms(lambda w=words: search_index.search(connection, w, 50), runs),
                median_ms(lambda w=words: search_index.count(connection, w), runs),
                median_ms(lambda w=words: search_index.count(connection, w, CAPPED), runs),
                float(hits),
                float(total),
            )
            if with_naive:
                row += (median_ms(lambda w=words: naive(connection, w), runs),)
            figures[label] = row
    return figures


def show(title: str, figures: dict[str, tuple[float, ...]]) -> None:
    print(f"\n{title}")
    print(f"  {'query':30} {'search ms':>10} {'count ms':>10} {'capped ms':>10}", end="")
    print(f" {'hits':>6} {'total':>8}", end="")
    print(f" {'naive ms':>10}" if any(len(r) > 5 for r in figures.values()) else "")
    for label, row in figures.items():
        line = f"  {label:30} {row[0]:10.2f} {row[1]:10.2f} {row[2]:10.2f}"
        line += f" {row[3]:6.0f} {row[4]:8.0f}"
        print(line + (f" {row[5]:10.2f}" if len(row) > 5 else ""))


def run_sqlite(count: int, runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        engine = create_sqlite_engine(Path(folder) / "bench.db")  # `sort_key` registered
        upgrade_to_head(engine)
        seconds = fill(engine, count)
        show(
            f"SQLite FTS5, {count:,} notes (indexed in {seconds:.1f} s)",
            measure(engine, runs, False),
        )
        engine.dispose()


def run_server(address: str, count: int, runs: int) -> None:
    url = make_url(address)
    name = f"bench_search_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine = create_engine(url.set(database=name))
    try:
        upgrade_to_head(engine)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(
                text("ALTER TABLE search_index_notes SET (autovacuum_enabled = off)")
            )
        seconds = fill(engine, count)
        show(
            f"PostgreSQL, {count:,} notes, no ANALYZE yet (indexed in {seconds:.1f} s)",
            measure(engine, runs, True),
        )
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ANALYZE search_index_notes"))
        show(f"PostgreSQL, {count:,} notes, after VACUUM ANALYZE", measure(engine, runs, True))
    finally:
        engine.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a PostgreSQL server's address (postgresql+psycopg://…)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 200_000])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    for count in args.sizes:
        run_sqlite(count, args.runs)
        if args.db:
            run_server(args.db, count, args.runs)


if __name__ == "__main__":
    main()
