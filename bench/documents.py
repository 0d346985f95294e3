"""How quickly documents are written on a large file, against a bare platypus document.

    python bench/documents.py [--runs N] [--db PATH] [--json OUT]

Builds the `decade` sample database (or uses --db) and works on a copy, since every
document adds a line to the export log. Times, as a median over repeated runs with the
spread: a bare ReportLab platypus document with the same embedded font and as many pages as
the summary (the floor); one employer summary of the placement with the most notes (read,
render, write, log); one register extract; the statistics report for the last year; then
`write_active_summaries` once over every active placement. Prints a table and writes JSON.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate
from sample import sample_database, timed

from ambassador.domain.clock import SystemClock
from ambassador.domain.figures import Period
from ambassador.reporting import fonts
from ambassador.reporting.page import styles
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from ambassador.storage.opening import open_database


def bare_document(pages: int) -> Callable[[], bytes]:
    """A platypus document with the embedded font, about `pages` A4 pages of paragraphs."""
    fonts.register()
    text = "Handledaren berättar att veckan har gått bra och att närvaron är god. " * 6

    def build() -> bytes:
        buffer = io.BytesIO()
        story = [Paragraph(text, styles().body) for _ in range(11 * pages)]
        SimpleDocTemplate(buffer, pagesize=A4, invariant=True).build(story)
        return buffer.getvalue()

    return build


def busiest_active_placement(database: Database, today: date) -> tuple[int, int]:
    """The active placement with the most notes, and its participant."""
    with database.read() as uow:
        ids = uow.placements.active_ids(today)
        counts = {pid: len(uow.notes.of_placement(pid)) for pid in ids}
        placement_id = max(counts, key=lambda pid: counts[pid])
        placement = uow.placements.get(placement_id)
        assert placement is not None
        return placement_id, placement.participant_id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--json", type=Path, default=Path("bench-documents.json"))
    args = parser.parse_args()

    folder = Path(tempfile.gettempdir()) / "ambassador-bench"
    source = args.db or sample_database(folder, "decade")
    work = Path(tempfile.mkdtemp(prefix="ambassador-documents-"))
    copy = work / "decade.db"
    shutil.copyfile(source, copy)
    clock = SystemClock()
    database, _report = open_database(copy, work / "backups", clock.now())
    services = Services.build(database, clock)
    documents = services.documents
    today = clock.today()
    placement_id, participant_id = busiest_active_placement(database, today)
    year = Period(today - timedelta(days=364), today)

    out = work / "out"
    out.mkdir()
    documents.write_summary(placement_id, out / "warm.pdf", "sv")  # fonts, imports
    summary_path = out / "summary.pdf"
    summary_pages = len(PdfReader(documents.write_summary(placement_id, summary_path).path).pages)

    rows: dict[str, list[float]] = {
        "floor: bare platypus document": timed(args.runs, bare_document(summary_pages)),
        "employer summary": timed(
            args.runs, lambda: documents.write_summary(placement_id, summary_path, "sv")
        ),
        "placement agreement": timed(
            args.runs, lambda: documents.write_agreement(placement_id, out / "a.pdf", "sv")
        ),
        "register extract": timed(
            args.runs,
            lambda: documents.write_register_extract(participant_id, out / "e.pdf", "sv"),
        ),
        "statistics, last 365 days": timed(
            args.runs, lambda: documents.write_statistics(year, out / "s.pdf", "sv")
        ),
    }
    batch_folder = out / "batch"
    batch_folder.mkdir()
    started = time.perf_counter()
    batch = documents.write_active_summaries(batch_folder, "sv")
    batch_seconds = time.perf_counter() - started
    database.dispose()

    floor = statistics.median(rows["floor: bare platypus document"])
    print(f"decade data, {args.runs} runs; summary of placement {placement_id}")
    print(f"{'action':<32}{'median ms':>11}{'min–max':>16}{'× floor':>9}")
    figures = {}
    for name, samples in rows.items():
        median = statistics.median(samples)
        spread = f"{min(samples):.0f}–{max(samples):.0f}"
        print(f"{name:<32}{median:>11.1f}{spread:>16}{median / floor:>9.1f}")
        figures[name] = {"median_ms": median, "min_ms": min(samples), "max_ms": max(samples)}
    size_kb = summary_path.stat().st_size / 1024
    each = batch_seconds * 1000 / max(1, len(batch))
    print(
        f"\nsummary: {summary_pages} pages, {size_kb:.0f} kB\n"
        f"all active summaries: {len(batch)} documents in {batch_seconds:.1f} s "
        f"({each:.0f} ms each)"
    )
    figures["batch"] = {
        "documents": len(batch),
        "seconds": batch_seconds,
        "ms_each": each,
        "summary_pages": summary_pages,
        "summary_kb": size_kb,
    }
    args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
