"""The suite's documents, in one process on a copy of a dataset (bench/suite.py runs it).

    python bench/document_actions.py DATABASE --runs R --json OUT [--placement ID]
        [--max-summaries K]

Every document is read, rendered, written and logged by the program's DocumentService (so
each adds an export-log line: hence the copy). Times, over R runs each: the employer summary
of the busy placement (`--placement`, 300 timeline entries), its agreement, its participant's
register extract and the statistics report for the last 365 days. The floor of each is a bare
ReportLab platypus document with the same embedded font and as many pages; each row's part
"its SQL" is what the document's SELECTs cost, replayed through plain sqlite3 (bench/
statements.py): the part of it that is reading, however it is drawn. The statistics report's
goal is ≤ 3 × its floor (as the summary's is ≤ 1.5 ×). Then
`write_active_summaries` once: its total seconds and its milliseconds per document against a
bare document of the summaries' mean page count. When more than K placements are active, all
but the first K are paused on this copy first, so the same call writes K summaries; the row
says so. Writes a JSON list of measurements.
"""

from __future__ import annotations

import argparse
import io
import sqlite3
import statistics
import time
from collections.abc import Callable
from contextlib import closing
from datetime import timedelta
from pathlib import Path
from sqlite3 import Connection

from measure import (
    NO_GOAL,
    READING_PART,
    Goal,
    Measurement,
    Part,
    relative,
    write_measurements,
)
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate
from sample import BUSY_ENTRIES, timed
from statements import Recorder, Statement, issued, plain_connection, replay

from ambassador.domain.clock import SystemClock
from ambassador.domain.figures import Period
from ambassador.reporting import fonts
from ambassador.reporting.page import styles
from ambassador.services.bundle import Services
from ambassador.services.files import WrittenDocument
from ambassador.storage.database import Database
from ambassador.storage.opening import open_database

PARAGRAPHS_PER_PAGE = 7  # of the text below, in the body style: fewer than fill an A4 page
TEXT = "Handledaren berättar att veckan har gått bra och att närvaron är god. " * 6
SUMMARY_GOAL = relative(1.5)
STATISTICS_GOAL = relative(3)
BATCH_TOTAL = "all active summaries: total"
BATCH_EACH = "all active summaries: per document"


def bare_document(pages: int) -> bytes:
    """A platypus document with the program's embedded font and exactly `pages` A4 pages."""
    story: list[Flowable] = []
    for page in range(pages):
        story.extend(Paragraph(TEXT, styles().body) for _ in range(PARAGRAPHS_PER_PAGE))
        if page < pages - 1:
            story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=True).build(story)
    return buffer.getvalue()


def page_count(path: Path) -> int:
    return len(PdfReader(path).pages)


class Documents:
    def __init__(
        self, services: Services, folder: Path, runs: int, recorder: Recorder, raw: Connection
    ) -> None:
        self.services = services
        self.folder = folder
        self.runs = runs
        self.recorder = recorder
        self.raw = raw
        self._floors: dict[int, list[float]] = {}
        fonts.register()

    def floor(self, pages: int) -> list[float]:
        """Milliseconds of a bare document of `pages` pages, measured once per page count."""
        if pages not in self._floors:
            bare_document(pages)  # the warm-up run
            self._floors[pages] = timed(self.runs, lambda: bare_document(pages))
        return self._floors[pages]

    def measure(
        self, action: str, write: Callable[[Path], WrittenDocument], goal: Goal = NO_GOAL
    ) -> Measurement:
        path = self.folder / "document.pdf"
        with self.recorder.record() as statements:
            pages = page_count(write(path).path)  # the warm-up run
        return Measurement(
            action,
            timed(self.runs, lambda: write(path)),
            queries=issued(statements),
            floor_name=f"bare platypus, {pages} pages",
            floor_samples=self.floor(pages),
            goal=goal,
            parts=(Part(READING_PART, self.reading(statements)),),
        )

    def reading(self, statements: list[Statement]) -> list[float]:
        """Milliseconds of the document's SELECTs alone, replayed through plain sqlite3: how
        much of the document is reading, however it is drawn."""
        replay(self.raw, statements)  # the warm-up run
        return [replay(self.raw, statements) for _ in range(self.runs)]


def busy_placement_documents(documents: Documents, placement_id: int | None) -> list[Measurement]:
    names = (
        f"employer summary PDF, {BUSY_ENTRIES}-entry placement",
        "placement agreement PDF",
        "register extract PDF, its participant",
    )
    if placement_id is None:
        return [Measurement(name, [], note="no active placement") for name in names]
    service = documents.services.documents
    participant_id = documents.services.placements.get(placement_id).participant_id
    writers: list[Callable[[Path], WrittenDocument]] = [
        lambda path: service.write_summary(placement_id, path, "sv"),
        lambda path: service.write_agreement(placement_id, path, "sv"),
        lambda path: service.write_register_extract(participant_id, path, "sv"),
    ]
    goals = (SUMMARY_GOAL, NO_GOAL, NO_GOAL)
    return [
        documents.measure(name, write, goal)
        for name, write, goal in zip(names, writers, goals, strict=True)
    ]


def statistics_report(documents: Documents) -> Measurement:
    today = documents.services.clock.today()
    year = Period(today - timedelta(days=364), today)
    service = documents.services.documents
    return documents.measure(
        "statistics report PDF, last 365 days",
        lambda path: service.write_statistics(year, path, "sv"),
        STATISTICS_GOAL,
    )


def active_summaries(documents: Documents, database: Database, limit: int) -> list[Measurement]:
    """`write_active_summaries` once, over at most `limit` active placements."""
    with database.read() as uow:
        active = uow.placements.active_ids(documents.services.clock.today())
    if not active:
        return [
            Measurement(name, [], note="no active placement") for name in (BATCH_TOTAL, BATCH_EACH)
        ]
    note = f"{len(active)} documents"
    if len(active) > limit:
        pause(database, active[limit:])
        note = f"first {limit} of {len(active)} active placements"
    folder = documents.folder / "summaries"
    folder.mkdir()
    started = time.perf_counter()
    written = documents.services.documents.write_active_summaries(folder, "sv")
    seconds = time.perf_counter() - started
    pages = round(statistics.mean(page_count(document.path) for document in written))
    return [
        Measurement(BATCH_TOTAL, [seconds], unit="s", note=note),
        Measurement(
            BATCH_EACH,
            [seconds * 1000 / len(written)],
            floor_name=f"bare platypus, {pages} pages",
            floor_samples=documents.floor(pages),
            note=note,
        ),
    ]


def pause(database: Database, placement_ids: list[int]) -> None:
    """Pause these placements on this copy, so they are no longer active."""
    assert database.path is not None
    with closing(sqlite3.connect(database.path)) as connection, connection:
        connection.executemany(
            "UPDATE placements SET paused = 1 WHERE id = ?", [(i,) for i in placement_ids]
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, required=True)
    parser.add_argument("--placement", type=int)
    parser.add_argument("--max-summaries", type=int, default=1000)
    args = parser.parse_args()

    clock = SystemClock()
    work = args.database.parent
    database, _report = open_database(args.database, work / "backups", clock.now())
    services = Services.build(database, clock)
    out = work / "documents"
    out.mkdir()
    raw = plain_connection(args.database)
    documents = Documents(services, out, args.runs, Recorder(database.engine), raw)
    measurements = [
        *busy_placement_documents(documents, args.placement),
        statistics_report(documents),
        *active_summaries(documents, database, args.max_summaries),
    ]
    raw.close()
    database.dispose()
    write_measurements(args.json, measurements)


if __name__ == "__main__":
    main()
