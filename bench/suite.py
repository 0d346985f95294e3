"""Ambassador's benchmark suite: the program on three datasets against floors of the same run.

    python bench/suite.py [--datasets empty,decade,stress] [--runs N] [--folder DIR]
                          [--db URL] [--json OUT] [--compare OLD.json]
    python bench/suite.py compare OLD.json NEW.json

Datasets (bench/sample.py) live in --folder (default `<tempdir>/ambassador-bench`) and are
built only when missing (stress takes minutes): `empty` (migrated, no records), `decade`
(3,000 participants, 5,000 placements, 100,000 notes) and `stress` (ten times that). Decade and
stress get, once, one active placement whose timeline holds 300 entries, added through the
program's services and recorded beside the file. Each dataset is then measured on a copy made
in a temporary folder (opened once by the program first, so a migration is never timed and the
original is never changed); every child that edits gets a fresh copy of that copy.

1. Cold start, fresh processes (bench/cold_start.py), N runs of each kind, interleaved, after
   one discarded round; fewer runs when N starts of the program would take over five minutes
   (the rows say so). The parent takes `perf_counter()` just before spawning and passes it;
   the child reports moments on the same clock (CLOCK_MONOTONIC, shared by processes), so
   the interpreter's own start-up counts alike for every kind. Qt's settings go to a
   temporary XDG_CONFIG_HOME, so no remembered window state of yours takes part, and Python's
   bytecode to a temporary PYTHONPYCACHEPREFIX written even under PYTHONDONTWRITEBYTECODE, so
   the program starts from bytecode as an installed one does (and as the floors' libraries
   do), not compiling its own modules at every start.
   - floor "bare window": QApplication, an empty 1280×820 QMainWindow, shown and drawn;
   - floor "window + ORM + one query": the same plus SQLAlchemy's ORM, a session, the first
     50 placements' rows in a QTableWidget;
   - the program as it starts (`ambassador.cli.main(["--db", …, "--lang", "sv"])`) in a
     QApplication whose `exec()` draws every main window, reports and leaves at once (no
     backup on exit). Rows: "first painted window" (the first paint event a main window
     receives; goal ≤ 1.5 × the bare window), "Översikt filled" (goal ≤ 1.2 × the
     window+ORM floor, ≤ 1.5 × on stress) and peak memory (VmHWM; goal ≤ 1.5 × the bare
     window's);
   - parts, each in its own process like the rest: "the least frame" (the bare window with
     the menus, the sidebar of screens, the screens' stack and a status bar: what no window of
     the program paints without) for the first paint; "the integrity check" (the program's
     check of the file, from the process's start to its answer: what the Översikt waits for)
     for the Översikt; the window+ORM floor's own memory for the peak memory.
2. In-window actions, one process per dataset (bench/window_actions.py), 2N+1 runs each:
   every screen from the Översikt (and the Översikt from Deltagare), the 300-entry
   placement's pane, its participant and its employer, the Placeringar list filtered,
   sorted two ways and searched a keystroke at a time, search everywhere a keystroke at a
   time for common words, a short prefix and a rare word, the Översikt refreshed after a
   note is added, and peak memory after all of it. Each is timed until the window has
   processed its events and been drawn. Floor: the SQL the action issued, captured on a
   warm-up run and replayed through plain sqlite3 (for search: the bare FTS5 query);
   "queries" is how many statements it issued. Goal: ≤ 50 ms for every screen, pane,
   filter and sort; search as you type: median ≤ 20 ms and p95 ≤ 50 ms over all keystrokes.
3. Documents, one process per dataset (bench/document_actions.py), N runs each: the
   300-entry placement's employer summary (goal ≤ 1.5 × a bare platypus document of as many
   pages), its agreement, its participant's register extract, the statistics report, and
   every active placement's summary once (total and per document; over the first
   --max-summaries placements when there are more, the rest paused on the copy, which the
   row says).

4. With `--db URL`, a PostgreSQL server (bench/server_data.py): after each dataset, the same
   dataset is made again on the server and its in-window actions (2.) measured there. The URL
   names a role that may create databases (CREATEDB) and a database to connect to (e.g.
   `postgres`, which is neither read nor changed); the password, if asked, comes from libpq's
   own PGPASSFILE or ~/.pgpass (`. /tmp/…/pg.env` or `scripts/with-postgres` set one). Each
   dataset gets a scratch database `ambassador_bench_<dataset>_<random>`, made by
   `init_server`, filled by the sample data service with the file's seed and given its busy
   placement's timeline (in a child process), then `VACUUM (ANALYZE)` as autovacuum would,
   and dropped when measured. Search looks for the SQLite file's rare word, so both engines
   type the same words; the floor there is the program's own SQL replayed through a plain
   psycopg connection. Cold starts and documents are the file's alone. The results appear
   as a dataset "<name> on PostgreSQL", and a table puts their medians and p95 beside the
   file's with PostgreSQL ÷ SQLite.

Every dataset is built, and every server dataset filled, in a child process. Each child reports
its own peak memory (bench/peak.py: VmHWM, the high-water mark of the memory map exec gave it),
not ru_maxrss, which on Linux starts at the parent's peak (exec carries the old map's mark over,
and vfork or posix_spawn share the parent's map until then): a row that read the suite's own
peak, or the dataset builder's, could never fail.

A part (bench/measure.py) is something an action cannot do without, measured alone in the
same run; a document's part is its own SQL, as is a screen's first open's. When a part alone
is over the action's goal, the "met" column says "cannot" and the goal is listed apart, with
the part's figure: no change to the rest of the action can meet it while that part stays as
it is (the least frame and the integrity check are Qt's and SQLite's; a document's SQL is
the program's). In the stress ÷ decade table, likewise when the part alone on stress takes
over 2 × what the whole action takes on decade.

Prints a table per dataset (median, p95, min–max, queries, floor, ratio, goal, met), then
"stress ÷ decade" per action (goal ≤ 2 × for all but the cold start and the batch's total,
which grows with the number of active placements by design), the goals out of reach of
their parts and the other goals not met; writes
everything as JSON (`meta` with the commit of the ambassador package that ran, `datasets` →
action → figures). `compare` prints two such files' medians side by side, per dataset and
action, with new ÷ old; `--compare OLD.json` does the same after a run. Children import
ambassador the way this process does, so `PYTHONPATH=/other/tree` measures another tree.
Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from measure import Measurement, Part, Result, judge, read_measurements, relative
from sample import DATASETS, Dataset, default_folder, rare_word_of, working_copy
from server_data import ScratchServer, ServerUnusableError

import ambassador
from ambassador.domain.clock import SystemClock
from ambassador.domain.errors import AmbassadorError
from ambassador.storage.address import ServerAddress, is_server_address, parse_address
from ambassador.storage.opening import open_database

BENCH = Path(__file__).resolve().parent
COLD_KINDS = ("bare", "frame", "orm", "integrity", "program")
NO_WINDOW = "integrity"  # the one kind that paints nothing
BARE_FLOOR = "bare window"
ORM_FLOOR = "window + ORM + one query"
FRAME_PART = "the least frame"
INTEGRITY_PART = "the integrity check"
COLD_PREFIX = "cold start:"
COLD_MEMORY = f"{COLD_PREFIX} peak memory"
BATCH_TOTAL = "all active summaries: total"
MEMORY_AFTER_SCREENS = "peak memory after every screen"
SCALING_LIMIT = 2.0
DEFAULT_MAX_SUMMARIES = 3000
COLD_BUDGET_S = 300  # for the timed program starts of one dataset
ON_SERVER = " on PostgreSQL"  # a dataset's results on the server: "decade on PostgreSQL"

HEADERS = (
    "action",
    "median",
    "p95",
    "min–max",
    "queries",
    "floor",
    "floor median",
    "ratio",
    "goal",
    "met",
)
Results = dict[str, dict[str, Result]]  # dataset → action → result


class ChildFailedError(RuntimeError):
    """A child process failed or printed nothing: its command and standard error."""


# Running ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Runner:
    runs: int
    env: dict[str, str]
    max_summaries: int

    def spawn(self, arguments: Sequence[str | Path]) -> subprocess.CompletedProcess[str]:
        """Run a child of this interpreter; ChildFailedError, with its standard error, when
        it fails."""
        command = [sys.executable, *map(str, arguments)]
        done = subprocess.run(command, capture_output=True, text=True, env=self.env)
        if done.returncode != 0:
            raise ChildFailedError(failure(command, f"exited with {done.returncode}", done))
        return done

    def cold_start(self, kind: str, database: Path) -> dict[str, float]:
        """One fresh process: milliseconds to its first paint and to drawn, memory in MiB."""
        started = time.perf_counter()
        arguments: list[str | Path] = [BENCH / "cold_start.py", kind, repr(started), database]
        done = self.spawn(arguments)
        lines = done.stdout.strip().splitlines()
        if not lines:
            raise ChildFailedError(failure(arguments, "printed nothing", done))
        moments = json.loads(lines[-1])
        if moments["painted"] is None:
            if kind != NO_WINDOW:
                raise ChildFailedError(failure(arguments, "saw no paint event", done))
            moments["painted"] = moments["filled"]  # read by no row
        return {
            "painted": (moments["painted"] - started) * 1000,
            "filled": (moments["filled"] - started) * 1000,
            "memory": moments["peak_kib"] / 1024,
        }

    def json_line(self, arguments: Sequence[str | Path]) -> Any:
        """A child's last line of output, read as JSON."""
        done = self.spawn(arguments)
        lines = done.stdout.strip().splitlines()
        if not lines:
            raise ChildFailedError(failure(arguments, "printed nothing", done))
        return json.loads(lines[-1])

    def prepare(self, folder: Path, name: str) -> Dataset:
        """The dataset, built in a child when missing (bench/sample.py)."""
        made = self.json_line([BENCH / "sample.py", folder, name])
        return Dataset(name, Path(made["path"]), made["placement"])

    def child(self, script: str, dataset: Dataset, source: Path, *extra: str) -> list[Measurement]:
        """`script` on its own fresh copy of `source`, deleted afterwards."""
        with tempfile.TemporaryDirectory(prefix=f"{script[:-3]}-", dir=source.parent) as folder:
            copy = working_copy(source, Path(folder))
            return self.measure(script, copy, Path(folder), dataset.busy_placement, *extra)

    def measure(
        self, script: str, database: Path | str, folder: Path, busy: int | None, *extra: str
    ) -> list[Measurement]:
        """`script` on `database` (a file, or a server's URL), its measurements."""
        out = folder / f"{script[:-3]}-measurements.json"
        placement = [] if busy is None else ["--placement", str(busy)]
        arguments: list[str | Path] = [BENCH / script, database, "--json", out, *placement, *extra]
        out.unlink(missing_ok=True)
        done = self.spawn(arguments)
        if not out.exists():
            raise ChildFailedError(failure(arguments, "wrote nothing", done))
        return read_measurements(out)


def failure(
    command: Sequence[str | Path], what: str, done: subprocess.CompletedProcess[str]
) -> str:
    return f"{' '.join(map(str, command))} {what}:\n{done.stderr.strip()}"


def cold_starts(runner: Runner, database: Path, name: str) -> list[Measurement]:
    """The kinds interleaved, after one discarded round (caches, first imports); fewer runs
    when the program's start is so slow that N of them would exceed COLD_BUDGET_S."""
    warm_up = {kind: runner.cold_start(kind, database) for kind in COLD_KINDS}
    one_start = warm_up["program"]["filled"] / 1000
    runs = max(1, min(runner.runs, int(COLD_BUDGET_S // one_start)))
    note = "" if runs == runner.runs else f"{runs} runs: one start takes {one_start:.0f} s"
    samples: dict[str, list[dict[str, float]]] = {kind: [] for kind in COLD_KINDS}
    for run in range(runs):
        progress(f"[{name}] cold start, run {run + 1} of {runs}")
        for kind in COLD_KINDS:
            samples[kind].append(runner.cold_start(kind, database))

    def series(kind: str, figure: str) -> list[float]:
        return [run[figure] for run in samples[kind]]

    filled_goal = relative(1.5 if name == "stress" else 1.2)
    return [
        Measurement(
            f"{COLD_PREFIX} first painted window",
            series("program", "painted"),
            floor_name=BARE_FLOOR,
            floor_samples=series("bare", "painted"),
            goal=relative(1.5),
            note=note,
            parts=(Part(FRAME_PART, series("frame", "painted")),),
        ),
        Measurement(
            f"{COLD_PREFIX} Översikt filled",
            series("program", "filled"),
            floor_name=ORM_FLOOR,
            floor_samples=series("orm", "filled"),
            goal=filled_goal,
            note=note,
            parts=(Part(INTEGRITY_PART, series("integrity", "filled")),),
        ),
        Measurement(
            COLD_MEMORY,
            series("program", "memory"),
            unit="MiB",
            floor_name=BARE_FLOOR,
            floor_samples=series("bare", "memory"),
            goal=relative(1.5),
            note=note,
            parts=(Part(ORM_FLOOR, series("orm", "memory")),),
        ),
    ]


def with_memory_floor(window: list[Measurement], bare_memory: list[float]) -> list[Measurement]:
    """The window's peak memory beside the bare window's, from the cold starts."""
    return [
        replace(m, floor_name=BARE_FLOOR, floor_samples=bare_memory)
        if m.action == MEMORY_AFTER_SCREENS
        else m
        for m in window
    ]


def measure_dataset(runner: Runner, dataset: Dataset, work: Path) -> list[Measurement]:
    """Every measurement of one dataset, on a copy in `work` that is deleted afterwards."""
    with tempfile.TemporaryDirectory(prefix=f"{dataset.name}-", dir=work) as folder:
        copy = working_copy(dataset.path, Path(folder))
        migrate(copy)
        cold = cold_starts(runner, copy, dataset.name)
        window_runs = str(2 * runner.runs + 1)
        progress(f"[{dataset.name}] in-window actions, {window_runs} runs each")
        window = runner.child("window_actions.py", dataset, copy, "--runs", window_runs)
        progress(f"[{dataset.name}] documents, {runner.runs} runs each")
        documents = runner.child(
            "document_actions.py",
            dataset,
            copy,
            "--runs",
            str(runner.runs),
            "--max-summaries",
            str(runner.max_summaries),
        )
    bare_memory = next(m for m in cold if m.action == COLD_MEMORY).floor_samples
    return [*cold, *with_memory_floor(window, bare_memory), *documents]


def measure_on_server(
    runner: Runner,
    dataset: Dataset,
    server: ScratchServer,
    work: Path,
    bare_memory: list[float],
) -> list[Measurement]:
    """The in-window actions on the dataset made again on the server, in a scratch database
    dropped afterwards; search looks for the SQLite file's rare word."""
    name = f"{dataset.name}{ON_SERVER}"
    address = server.make(dataset.name)
    try:
        progress(f"[{name}] filling {address.database}")
        filled = runner.json_line([BENCH / "server_data.py", address.url(), dataset.name])
        rare = rare_word_of(dataset.path)
        window_runs = str(2 * runner.runs + 1)
        progress(f"[{name}] in-window actions, {window_runs} runs each")
        extra = ["--runs", window_runs, *(["--rare-word", rare] if rare else [])]
        window = runner.measure(
            "window_actions.py", address.url(), work, filled["placement"], *extra
        )
    finally:
        server.drop(address)
    return with_memory_floor(window, bare_memory)


def migrate(path: Path) -> None:
    """Open `path` once as the program does, so a pending migration is never timed."""
    database, _report = open_database(path, path.parent / "backups", SystemClock().now())
    database.dispose()


def children_environment(work: Path) -> dict[str, str]:
    """The children's: Qt offscreen, Qt's settings in `work`, and Python's bytecode cached in
    `work` even where PYTHONDONTWRITEBYTECODE is set. An installed program starts from
    bytecode, as PySide6 and SQLAlchemy do in every kind; without a cache the program alone
    would compile its own modules from source at every start. The discarded first round of
    cold starts writes the cache."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(work)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "bytecode")
    return env


def run_suite(args: argparse.Namespace) -> dict[str, Any]:
    results: Results = {}
    seconds: dict[str, float] = {}
    server = ScratchServer(args.db) if args.db else None
    try:
        server_meta = server.describe() if server else None
        with tempfile.TemporaryDirectory(prefix="ambassador-suite-") as folder:
            work = Path(folder)
            env = children_environment(work)
            runner = Runner(args.runs, env, args.max_summaries)
            prepared = []
            for name in args.datasets:
                progress(f"[{name}] preparing {args.folder / name}.db")
                prepared.append(runner.prepare(args.folder, name))
            for dataset in prepared:
                started = time.perf_counter()
                measurements = measure_dataset(runner, dataset, work)
                results[dataset.name] = {m.action: judge(m) for m in measurements}
                seconds[dataset.name] = time.perf_counter() - started
                progress(f"[{dataset.name}] done in {minutes(seconds[dataset.name])}")
                if server is None:
                    continue
                name = f"{dataset.name}{ON_SERVER}"
                started = time.perf_counter()
                bare = next(m for m in measurements if m.action == COLD_MEMORY).floor_samples
                on_server = measure_on_server(runner, dataset, server, work, bare)
                results[name] = {m.action: judge(m) for m in on_server}
                seconds[name] = time.perf_counter() - started
                progress(f"[{name}] done in {minutes(seconds[name])}")
    finally:
        if server is not None:
            server.dispose()
    return {"meta": meta(args, seconds, server_meta), "datasets": to_json(results)}


def meta(
    args: argparse.Namespace, seconds: dict[str, float], server: dict[str, str] | None
) -> dict[str, Any]:
    package = Path(ambassador.__file__).resolve().parent
    return {
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
        "commit": git(package, "rev-parse", "HEAD"),
        "uncommitted_changes": git(package, "diff", "--quiet", "HEAD", "--", ".") is None,
        "ambassador": str(package),
        "python": sys.version.split()[0],
        "cpu_count": os.cpu_count(),
        "runs": {"cold start": args.runs, "in window": 2 * args.runs + 1, "documents": args.runs},
        "folder": str(args.folder),
        "server": server,
        "seconds": seconds,
    }


def git(folder: Path, *arguments: str) -> str | None:
    """Read-only git: the output, or None when it fails (or, for --quiet, finds a change)."""
    done = subprocess.run(
        ["git", "--no-optional-locks", "-C", str(folder), *arguments],
        capture_output=True,
        text=True,
    )
    return done.stdout.strip() if done.returncode == 0 else None


def progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def minutes(seconds: float) -> str:
    return f"{int(seconds // 60)} min {seconds % 60:.0f} s"


# Saved results ---------------------------------------------------------------------------


def to_json(results: Results) -> dict[str, Any]:
    return {name: {a: asdict(r) for a, r in rows.items()} for name, rows in results.items()}


def load(path: Path) -> tuple[dict[str, Any], Results]:
    saved = json.loads(path.read_text(encoding="utf-8"))
    results = {
        name: {action: Result(**figures) for action, figures in rows.items()}
        for name, rows in saved["datasets"].items()
    }
    return saved["meta"], results


# Printing --------------------------------------------------------------------------------


def number(value: float | None) -> str:
    if value is None:
        return "–"
    return (
        f"{value:.2f}" if abs(value) < 1 else f"{value:.1f}" if abs(value) < 100 else f"{value:.0f}"
    )


def times(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}×"


def yes_no(value: bool | None) -> str:
    return "–" if value is None else "yes" if value else "no"


def label(action: str, result: Result) -> str:
    unit = "" if result.unit == "ms" else f" [{result.unit}]"
    said = [*([result.note] if result.note else []), *parts_text(result)]
    note = f" ({'; '.join(said)})" if said else ""
    return f"{action}{unit}{note}"


def parts_text(result: Result) -> list[str]:
    return [f"{name} alone {number(median)}" for name, median in result.parts.items()]


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Columns as wide as their widest cell; the first left-aligned, the rest right."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]
    for cells in (headers, *rows):
        first = f"{cells[0]:<{widths[0]}}"
        rest = (f"{cell:>{width}}" for cell, width in zip(cells[1:], widths[1:], strict=True))
        print("  ".join((first, *rest)))


def print_dataset(name: str, rows: dict[str, Result], heading: str) -> None:
    print(f"\n== {name} {heading}")
    print_table(
        HEADERS,
        [
            (
                label(action, r),
                number(r.median),
                number(r.p95),
                "–" if r.min is None else f"{number(r.min)}–{number(r.max)}",
                "–" if r.queries is None else str(r.queries),
                r.floor_name or "–",
                number(r.floor_median),
                times(r.ratio),
                r.goal,
                met_text(r),
            )
            for action, r in rows.items()
        ],
    )


def met_text(result: Result) -> str:
    return "cannot" if result.cannot else yes_no(result.met)


@dataclass(frozen=True)
class Scaling:
    """One action of both decade and stress: their medians, stress ÷ decade, whether the
    ≤ 2 × goal applies, and the action's first part (bench/measure.py) that alone, on
    stress, takes over 2 × the whole action on decade, when one does: however the rest is
    done, the action cannot meet the goal while that part stays as it is."""

    action: str
    decade: float | None
    stress: float | None
    ratio: float | None
    applies: bool
    cannot: str = ""
    cannot_ratio: float | None = None  # that part on stress ÷ the action on decade

    @property
    def over(self) -> bool:
        return self.applies and self.ratio is not None and self.ratio > SCALING_LIMIT


def ratio_of(stress: float | None, decade: float | None) -> float | None:
    return stress / decade if stress is not None and decade else None


def scaling(results: Results) -> list[Scaling]:
    decade, stress = results.get("decade"), results.get("stress")
    if decade is None or stress is None:
        return []
    rows = []
    for action, result in stress.items():
        old = decade.get(action)
        before = old.median if old else None
        applies = not action.startswith(COLD_PREFIX) and action != BATCH_TOTAL
        over = [
            (name, part_ratio)
            for name, median in result.parts.items()
            if (part_ratio := ratio_of(median, before)) and part_ratio > SCALING_LIMIT
        ]
        row = Scaling(action, before, result.median, ratio_of(result.median, before), applies)
        if row.over and over:
            row = replace(row, cannot=over[0][0], cannot_ratio=over[0][1])
        rows.append(row)
    return rows


def print_scaling(results: Results) -> tuple[list[str], list[str]]:
    """The stress ÷ decade table; returns the actions over the goal: those a part of which
    alone is over it, and the others."""
    rows = scaling(results)
    if not rows:
        return [], []
    print(f"\n== stress ÷ decade (goal ≤ {SCALING_LIMIT:g} × except the cold start)")
    print_table(
        ("action", "decade", "stress", "stress ÷ decade", "met"),
        [
            (
                row.action,
                number(row.decade),
                number(row.stress),
                times(row.ratio),
                "cannot"
                if row.cannot
                else yes_no(None if not row.applies or row.ratio is None else not row.over),
            )
            for row in rows
        ],
    )
    cannot = [
        f"stress ÷ decade, {row.action}: {times(row.ratio)}; {row.cannot} alone on stress"
        f" {times(row.cannot_ratio)} the action on decade"
        for row in rows
        if row.cannot
    ]
    missed = [
        f"stress ÷ decade, {row.action}: {times(row.ratio)}"
        for row in rows
        if row.over and not row.cannot
    ]
    return cannot, missed


def print_side_by_side(results: Results) -> None:
    """Each dataset measured on both engines: medians and p95 side by side, server ÷ file."""
    for name, on_server in results.items():
        if not name.endswith(ON_SERVER):
            continue
        on_file = results.get(name.removesuffix(ON_SERVER), {})
        print(f"\n== {name.removesuffix(ON_SERVER)}: PostgreSQL beside SQLite")
        print_table(
            (
                "action",
                "unit",
                "SQLite median",
                "PostgreSQL median",
                "PostgreSQL ÷ SQLite",
                "SQLite p95",
                "PostgreSQL p95",
                "queries",
            ),
            [
                side_by_side_row(action, on_file.get(action), result)
                for action, result in on_server.items()
            ],
        )


def side_by_side_row(action: str, file: Result | None, server: Result) -> tuple[str, ...]:
    before = file.median if file else None
    ratio = server.median / before if server.median is not None and before else None
    queries = (
        "–"
        if server.queries is None
        else f"{file.queries if file and file.queries is not None else '–'} / {server.queries}"
    )
    return (
        action,
        server.unit,
        number(before),
        number(server.median),
        times(ratio),
        number(file.p95 if file else None),
        number(server.p95),
        queries,
    )


def unmet(results: Results, *, cannot: bool) -> list[str]:
    """The goals not met: those a part of which alone breaks the goal (`cannot`), or the
    others."""
    return [
        f"{name}, {action}: median {number(r.median)} {r.unit}, p95 {number(r.p95)}"
        f" (floor {number(r.floor_median)}), goal {r.goal}"
        + (
            f"; {r.cannot} alone {number(r.parts[r.cannot])} ="
            f" {times(ratio_of(r.parts[r.cannot], r.floor_median))} floor"
            if cannot
            else ""
        )
        for name, rows in results.items()
        for action, r in rows.items()
        if r.met is False and bool(r.cannot) == cannot
    ]


def print_report(saved_meta: dict[str, Any], results: Results) -> None:
    print(
        f"Ambassador {saved_meta['commit'] or '?'}"
        f"{' with uncommitted changes' if saved_meta['uncommitted_changes'] else ''}"
        f" ({saved_meta['ambassador']}), Python {saved_meta['python']},"
        f" {saved_meta['cpu_count']} CPUs, {saved_meta['date']}"
    )
    runs = saved_meta["runs"]
    server = saved_meta.get("server")
    if server:
        print(f"Server: PostgreSQL {server['version']} at {server['server']}")
    for name, rows in results.items():
        took = minutes(saved_meta["seconds"][name])
        runs_text = ", ".join(f"{kind} {count}" for kind, count in runs.items())
        print_dataset(name, rows, f"(runs: {runs_text}; took {took}; times in ms)")
    print_side_by_side(results)
    scaling_cannot, scaling_missed = print_scaling(results)
    cannot = unmet(results, cannot=True) + scaling_cannot
    missed = unmet(results, cannot=False) + scaling_missed
    if cannot:
        print("\n== goals out of reach while a part the action needs stays as it is (alone over)")
        for line in cannot:
            print(f"- {line}")
    print("\n== goals not met" + ("" if missed else ": none"))
    for line in missed:
        print(f"- {line}")


def print_comparison(old: Results, new: Results) -> None:
    for name in [*new, *(n for n in old if n not in new)]:
        before, after = old.get(name, {}), new.get(name, {})
        actions = [*after, *(a for a in before if a not in after)]
        print(f"\n== {name}: new ÷ old (medians)")
        print_table(
            ("action", "unit", "old", "new", "new ÷ old"),
            [comparison_row(action, before.get(action), after.get(action)) for action in actions],
        )


def comparison_row(action: str, old: Result | None, new: Result | None) -> tuple[str, ...]:
    before = old.median if old else None
    after = new.median if new else None
    ratio = after / before if after is not None and before else None
    either = new or old
    unit = either.unit if either else ""
    return (action, unit, number(before), number(after), times(ratio))


# Command line ----------------------------------------------------------------------------


def server_address(text: str) -> ServerAddress:
    """`--db`: a PostgreSQL server's URL (never a file: the file is the datasets' own)."""
    if not is_server_address(text):
        raise argparse.ArgumentTypeError("not a server's URL (postgresql+psycopg://…)")
    try:
        return parse_address(text)
    except AmbassadorError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def dataset_names(text: str) -> list[str]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = sorted(set(names) - set(DATASETS))
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown dataset(s): {', '.join(unknown)}")
    return names


def run_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        epilog="python bench/suite.py compare OLD.json NEW.json compares two saved runs.",
    )
    parser.add_argument(
        "--datasets",
        type=dataset_names,
        default=list(DATASETS),
        help=f"comma-separated, of {','.join(DATASETS)} (default: all)",
    )
    parser.add_argument(
        "--runs", type=int, default=5, help="fresh-process runs; in the window 2N+1 (default 5)"
    )
    parser.add_argument(
        "--folder",
        type=Path,
        default=default_folder(),
        help="where the datasets are built once and reused (default: %(default)s)",
    )
    parser.add_argument(
        "--db",
        type=server_address,
        metavar="URL",
        help="also on this PostgreSQL server: postgresql+psycopg://ROLE@HOST:PORT/postgres, "
        "a role with CREATEDB (password from PGPASSFILE or ~/.pgpass); each dataset is made "
        "again in a scratch database there, its in-window actions and search measured, and "
        "the database dropped; the database the URL names is only connected to",
    )
    parser.add_argument("--json", type=Path, default=Path("bench-results.json"), help="results")
    parser.add_argument(
        "--compare", type=Path, metavar="OLD.json", help="print medians beside OLD's after"
    )
    parser.add_argument(
        "--max-summaries",
        type=int,
        default=DEFAULT_MAX_SUMMARIES,
        help="summaries written at most by the all-active-summaries row",
    )
    return parser


def compare_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="suite.py compare", description="Medians of two saved runs side by side."
    )
    parser.add_argument("old", type=Path, metavar="OLD.json")
    parser.add_argument("new", type=Path, metavar="NEW.json")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["compare"]:
        args = compare_parser().parse_args(argv[1:])
        print_comparison(load(args.old)[1], load(args.new)[1])
        return 0
    args = run_parser().parse_args(argv)
    try:
        saved = run_suite(args)
    except ChildFailedError as failure:
        print(f"\nA benchmark process failed: {failure}", file=sys.stderr)
        return 1
    except AmbassadorError as error:  # e.g. a dataset of a newer schema than this code
        print(f"\nA dataset cannot be opened: {error}", file=sys.stderr)
        return 1
    except ServerUnusableError as error:
        print(f"\nThe server cannot be used: {error}", file=sys.stderr)
        return 1
    args.json.write_text(json.dumps(saved, indent=1, ensure_ascii=False), encoding="utf-8")
    saved_meta, results = load(args.json)
    print_report(saved_meta, results)
    print(f"\nWritten: {args.json}")
    if args.compare:
        print_comparison(load(args.compare)[1], results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
