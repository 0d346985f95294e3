"""The suite's in-window actions, in one process on a copy of a dataset (bench/suite.py runs it).

    python bench/window_actions.py DATABASE --runs R --json OUT [--placement ID]
                                   [--rare-word WORD]

Opens the real main window offscreen in Swedish (`open_services`, `build_window`), shows it
and times each action a coordinator takes, from the call until the window has processed its
events and been drawn again (`processEvents()` and `grab()`), with an untimed reset before each
run. `--placement` is the busy placement (300 timeline entries) whose pane, participant and
employer are opened and to which the Översikt refresh adds notes; without it those rows are
left empty.

The floor of each action is the SQL it issued itself: one untimed warm-up run records every
statement the program sends through its engine (a `before_cursor_execute` listener), then the
SELECTs among them are replayed through a plain `sqlite3` connection on the same file, all rows
fetched. `queries` is how many statements the warm-up issued (BEGIN not counted), which shows
a query per row. Search everywhere is typed a keystroke at a time, from the second character
on; its floor is the raw FTS5 query for the same text (`to_match_query`), ranked, 50 rows with
their snippets, on `search_index` (on each FTS5 table, should the schema have several). The
rare word is the least frequent word of the index that is in at least two rows. Writes a JSON
list of measurements.

DATABASE may be a PostgreSQL server's URL (a database at the program's revision; the password,
if one is asked, from libpq's own PGPASSFILE or Kerberos, since nothing here asks). There the
floor is the same SELECTs replayed through a plain psycopg connection, search's too, and the
rare word is the one `--rare-word` gives (the suite passes the SQLite file's).
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any

import psycopg
from measure import (
    INTERACTIVE,
    NO_GOAL,
    READING_PART,
    Bound,
    Goal,
    Measurement,
    Part,
    write_measurements,
)
from peak import peak_kib
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sample import BUSY_ENTRIES, fts_tables, rare_word
from statements import Recorder, Statement, issued, plain_connection, replay, selects

from ambassador import paths
from ambassador.app import build_window
from ambassador.domain.clock import SystemClock
from ambassador.domain.enums import ListName, PlacementStatus, WithWhom
from ambassador.domain.followup import NoteFields
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.storage.address import ServerAddress, parse_location
from ambassador.storage.search_index import to_match_query
from ambassador.ui import i18n
from ambassador.ui.common.list_screen import ListScreen
from ambassador.ui.common.when_seen import WhenSeen
from ambassador.ui.main_window import MainWindow
from ambassador.ui.startup import open_services

Step = Callable[[], object]
FloorOf = Callable[[int, list[Statement]], float]

SCREENS = (
    ("Översikt", MainWindow.SCREEN_OVERVIEW),
    ("Deltagare", MainWindow.SCREEN_PARTICIPANTS),
    ("Arbetsgivare", MainWindow.SCREEN_EMPLOYERS),
    ("Placeringar", MainWindow.SCREEN_PLACEMENTS),
    ("Kalender", MainWindow.SCREEN_CALENDAR),
    ("Rapporter", MainWindow.SCREEN_REPORTS),
    ("Inställningar", MainWindow.SCREEN_SETTINGS),
    ("Papperskorg", MainWindow.SCREEN_TRASH),
    ("Datasäkerhet", MainWindow.SCREEN_SAFETY),
)
SETTLE_ROUNDS = 10  # drawings waited for reads they asked (a page shown reads once or twice)
LIST_SEARCH_WORD = "Lindqvist"  # a surname of the sample data, typed into Placeringar
SEARCH_WORDS = (("common word", "och"), ("common word", "handledare"), ("short prefix", "arb"))
RARE_FALLBACK = "sjögren"
SEARCH_GOAL: Goal = (Bound("median", 20), Bound("p95", 50))
SQL_FLOOR = "equivalent raw SQL"
FTS_FLOOR = "raw FTS5 query"
NO_SQL = "no SQL read"
FTS_QUERY = (
    "SELECT rowid, snippet({table}, 0, '[', ']', '…', 12) FROM {table} "
    "WHERE {table} MATCH ? ORDER BY rank LIMIT 50"
)


class RawSql:
    """The same file through plain sqlite3: the floor of every in-window action."""

    search_floor_name = FTS_FLOOR

    def __init__(self, path: Path) -> None:
        self.connection = plain_connection(path)
        self.fts_tables = fts_tables(self.connection)

    def replay(self, statements: list[Statement]) -> float:
        """Milliseconds to run the SELECTs of `statements` again, fetching every row."""
        return replay(self.connection, statements)

    def search(self, text: str) -> float:
        """Milliseconds of the bare FTS5 query for what was typed (as the program builds the
        match text), on each FTS5 table of the file."""
        started = time.perf_counter()
        query = to_match_query(text)
        if query is not None:
            for table in self.fts_tables:
                self.connection.execute(FTS_QUERY.format(table=table), (query,)).fetchall()
        return (time.perf_counter() - started) * 1000

    def search_floor(self, typed: list[str]) -> FloorOf | None:
        """The floor of typing `typed`, one text per keystroke."""
        return lambda keystroke, _statements: self.search(typed[keystroke])

    def rare_word(self) -> tuple[str, int] | None:
        return rare_word(self.connection, self.fts_tables)


class RawServer:
    """The same database on the server through a plain psycopg connection: the floor of
    every in-window action there, search included (the server's search is its own SQL, so
    its floor is that SQL replayed). The rare word is the SQLite file's, given by the suite,
    so both engines search for the same word."""

    search_floor_name = SQL_FLOOR

    def __init__(self, address: ServerAddress) -> None:
        self.connection = psycopg.connect(**address.connect_args(), autocommit=True)

    def replay(self, statements: list[Statement]) -> float:
        reads = selects(statements)
        started = time.perf_counter()
        with self.connection.cursor() as cursor:
            for sql, parameters in reads:
                cursor.execute(sql, parameters)
                cursor.fetchall()
        return (time.perf_counter() - started) * 1000

    def search_floor(self, _typed: list[str]) -> FloorOf | None:
        return None

    def rare_word(self) -> tuple[str, int] | None:
        return None


def keystrokes(word: str, first: int) -> list[str]:
    """What is in the field after each keystroke, from the `first`-th character on."""
    return [word[:length] for length in range(first, len(word) + 1)]


@dataclass
class Bench:
    app: QApplication
    window: MainWindow
    recorder: Recorder
    raw: RawSql | RawServer
    runs: int

    def settle(self, widget: QWidget | None = None) -> None:
        self.app.processEvents()
        (widget or self.window).grab()
        # A part of a page read when it comes into view is read just after the drawing that
        # showed it (ui.common.when_seen): until then what is in view is not all drawn.
        for _ in range(SETTLE_ROUNDS):
            if not WhenSeen.reads_pending():
                break
            self.app.processEvents()
            (widget or self.window).grab()

    def measure(
        self,
        action: str,
        steps: Sequence[Step],
        reset: Step | None = None,
        *,
        goal: Goal = INTERACTIVE,
        widget: QWidget | None = None,
        floor: FloorOf | None = None,
        floor_name: str = SQL_FLOOR,
        note: str = "",
    ) -> Measurement:
        """Each run: `reset` (untimed), then each step timed on its own, until drawn. The
        floor, by default, replays what each step read; an action that read nothing has none."""
        captured = self._warm_up(steps, reset, widget)
        samples: list[float] = []
        for _ in range(self.runs):
            self._reset(reset, widget)
            samples.extend(self.timed_step(step, widget) for step in steps)
        if floor is None and not any(selects(statements) for statements in captured):
            floor_name, floor_runs = NO_SQL, 0
        else:
            floor_runs = self.runs
        floor = floor or (lambda _step, statements: self.raw.replay(statements))
        floors = [
            floor(number, statements)
            for _ in range(floor_runs)
            for number, statements in enumerate(captured)
        ]
        return Measurement(
            action,
            samples,
            queries=max(issued(statements) for statements in captured),
            floor_name=floor_name,
            floor_samples=floors,
            goal=goal,
            note=note,
        )

    def _warm_up(
        self, steps: Sequence[Step], reset: Step | None, widget: QWidget | None
    ) -> list[list[Statement]]:
        self._reset(reset, widget)
        captured = []
        for step in steps:
            with self.recorder.record() as statements:
                step()
                self.settle(widget)
            captured.append(statements)
        return captured

    def _reset(self, reset: Step | None, widget: QWidget | None) -> None:
        if reset is not None:
            reset()
        self.settle(widget)

    def timed_step(self, step: Step, widget: QWidget | None = None) -> float:
        """Milliseconds from `step` until `widget` (the window) has processed its events and
        been drawn."""
        started = time.perf_counter()
        step()
        self.settle(widget)
        return (time.perf_counter() - started) * 1000


def missing(action: str, why: str) -> Measurement:
    return Measurement(action, [], floor_name=SQL_FLOOR, goal=INTERACTIVE, note=why)


def screens(bench: Bench) -> list[Measurement]:
    window = bench.window
    results = [bench.measure("repaint, nothing changed", [lambda: None], goal=NO_GOAL)]
    for name, screen in SCREENS:
        away = window.SCREEN_PARTICIPANTS if screen == window.SCREEN_OVERVIEW else 0
        results.append(
            bench.measure(
                f"open {name}",
                [partial(window.show_screen, screen)],
                partial(window.show_screen, away),
            )
        )
    return results


def first_opens(bench: Bench, services: Services) -> list[Measurement]:
    """Each screen's first show in a window of its own, as after every start: the screen built
    and read. A window is built per run, its screens shown once each in the sidebar's order,
    then closed; the screens' modules are loaded already (a fresh process loads each one the
    first time too). No goal of their own (the issue's screen goal is the open of a built
    screen); the suite's stress ÷ decade ≤ 2 × applies to them as to every in-window row.
    The floor, and the part "its SQL", is what the first run read, replayed."""
    shown = SCREENS[1:]  # the Översikt is built as the window opens
    samples: dict[str, list[float]] = {name: [] for name, screen in shown}
    read: dict[str, list[Statement]] = {}
    for run in range(bench.runs + 1):  # the first, untimed, records what each screen reads
        window = build_window(services, "bench")
        window.resize(bench.window.size())
        window.show()
        bench.settle(window)
        for name, screen in shown:
            step = partial(window.show_screen, screen)
            if run == 0:
                with bench.recorder.record() as statements:
                    step()
                    bench.settle(window)
                read[name] = statements
            else:
                samples[name].append(bench.timed_step(step, window))
        window.close()
        window.deleteLater()
        bench.settle()
    results = []
    for name, runs in samples.items():
        sql = [bench.raw.replay(read[name]) for _ in range(bench.runs)]
        results.append(
            Measurement(
                f"first open {name}",
                runs,
                queries=issued(read[name]),
                floor_name=SQL_FLOOR,
                floor_samples=sql,
                goal=NO_GOAL,
                note="a new window",
                parts=(Part(READING_PART, sql),),
            )
        )
    return results


def panes(bench: Bench, services: Services, placement_id: int | None) -> list[Measurement]:
    names = (
        f"open the {BUSY_ENTRIES}-entry placement",
        "open its participant",
        "open its employer",
    )
    if placement_id is None:
        return [missing(name, "no active placement") for name in names]
    window = bench.window
    detail = services.browse.placement(placement_id)
    entries = len(detail.timeline)
    openers: list[tuple[ListScreen[Any], Callable[[int], None], int]] = [
        (window.placements_screen, window.open_placement, placement_id),
        (window.participants_screen, window.open_participant, detail.placement.participant_id),
        (window.employers_screen, window.open_employer, detail.placement.employer_id),
    ]
    notes = ("" if entries == BUSY_ENTRIES else f"{entries} timeline entries", "", "")
    results = []
    for name, note, (screen, opener, record_id) in zip(names, notes, openers, strict=True):

        def reset(list_screen: ListScreen[Any] = screen) -> None:
            window.show_screen(window.SCREEN_OVERVIEW)
            list_screen.clear_detail()

        results.append(bench.measure(name, [partial(opener, record_id)], reset, note=note))
    return results


def placement_list(bench: Bench) -> list[Measurement]:
    window = bench.window
    screen = window.placements_screen
    window.show_screen(window.SCREEN_PLACEMENTS)
    screen.clear_detail()
    combo = screen.status_combo
    active = next(i for i in range(combo.count()) if combo.itemData(i) == PlacementStatus.ACTIVE)
    descending, ascending = Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder

    def newest_first() -> None:
        screen.model.sort(4, descending)  # the list's own first order: by start

    def type_prefix(text: str) -> Step:
        return lambda: (screen.search_edit.setText(text), screen.reload())

    def clear_search() -> None:
        screen.search_edit.clear()
        screen.reload()

    return [
        bench.measure(
            "Placeringar: filter status active",
            [lambda: combo.setCurrentIndex(active)],
            lambda: combo.setCurrentIndex(0),
        ),
        bench.measure(
            "Placeringar: sort by participant",
            [lambda: screen.model.sort(0, ascending)],
            newest_first,
        ),
        bench.measure(
            "Placeringar: sort by last contact",
            [lambda: screen.model.sort(6, descending)],
            newest_first,
        ),
        bench.measure(
            "Placeringar: type in search, per keystroke",
            [type_prefix(text) for text in keystrokes(LIST_SEARCH_WORD, 1)],
            clear_search,
            note=f"“{LIST_SEARCH_WORD}”",
        ),
    ]


def search_everywhere(bench: Bench, given_rare_word: str | None) -> list[Measurement]:
    window = bench.window
    window.open_search()
    dialog = window.search_dialog
    assert dialog is not None
    rare = None if given_rare_word else bench.raw.rare_word()
    if given_rare_word:
        rare_note = "the SQLite file's rare word"
    elif rare:
        rare_note = f"in {rare[1]} rows of the index"
    else:
        rare_note = "the index holds no rare word"
    words = [*SEARCH_WORDS, ("rare word", given_rare_word or (rare[0] if rare else RARE_FALLBACK))]

    def clear() -> None:
        dialog.query_edit.clear()
        dialog.run_search_now()

    def type_prefix(text: str) -> Step:
        return lambda: (dialog.query_edit.setText(text), dialog.run_search_now())

    results = []
    for kind, word in words:
        typed = keystrokes(word, 2)
        results.append(
            bench.measure(
                f"search: {kind}" + ("" if kind == "rare word" else f" “{word}”"),
                [type_prefix(text) for text in typed],
                clear,
                goal=SEARCH_GOAL,
                widget=dialog,
                floor=bench.raw.search_floor(typed),
                floor_name=bench.raw.search_floor_name,
                note=f"“{word}”, {rare_note}" if kind == "rare word" else "",
            )
        )
    dialog.close()
    return [*results, all_keystrokes(results)]


def all_keystrokes(words: list[Measurement]) -> Measurement:
    return Measurement(
        "search as you type, all keystrokes",
        [sample for word in words for sample in word.samples],
        queries=max(word.queries or 0 for word in words),
        floor_name=words[0].floor_name,
        floor_samples=[sample for word in words for sample in word.floor_samples],
        goal=SEARCH_GOAL,
    )


def refresh_after_edit(bench: Bench, services: Services, placement_id: int | None) -> Measurement:
    action = "refresh Översikt after adding a note"
    if placement_id is None:
        return missing(action, "no active placement")
    window = bench.window
    participant_id = services.placements.get(placement_id).participant_id
    published: list[Changes] = []

    def add_note() -> None:
        window.show_screen(window.SCREEN_OVERVIEW)
        note = NoteFields(
            participant_id=participant_id,
            placement_id=placement_id,
            occurred_at=services.clock.now() - timedelta(minutes=1),
            kind=services.settings.list_labels(ListName.NOTE_KINDS)[0],
            with_whom=WithWhom.SUPERVISOR,
            text="Handledaren ringde: veckan har gått bra.",
        )
        published.append(services.follow_up.add_note(note).changes)

    return bench.measure(action, [lambda: window.publish(published[-1])], add_note)


def peak_memory() -> Measurement:
    return Measurement("peak memory after every screen", [peak_kib() / 1024], unit="MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=parse_location, help="a file or a server's URL")
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--json", type=Path, required=True)
    parser.add_argument("--placement", type=int)
    parser.add_argument("--rare-word", help="the rare word to search for (default: the file's)")
    args = parser.parse_args()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the application starts
    app = QApplication([])
    i18n.install("sv", paths.translations_dir())
    database, services = open_services(args.database, SystemClock())
    window = build_window(services, "bench")
    window.show()
    location = args.database
    raw = RawServer(location) if isinstance(location, ServerAddress) else RawSql(location)
    bench = Bench(app, window, Recorder(database.engine), raw, args.runs)
    bench.settle()
    measurements = [
        *screens(bench),
        *panes(bench, services, args.placement),
        *placement_list(bench),
        *search_everywhere(bench, args.rare_word),
        refresh_after_edit(bench, services, args.placement),
        peak_memory(),  # before the first opens' extra windows, as in the earlier rounds
        *first_opens(bench, services),
    ]
    write_measurements(args.json, measurements)
    window.close()
    database.dispose()


if __name__ == "__main__":
    main()
