"""What moving data in and out costs: importing 50,000 rows, exporting the decade lists.

    python bench/interchange.py [--runs N] [--json OUT]

Imports 50,000 made-up participants from a Swedish-Excel CSV (semicolons, Windows-1252) and
from an XLSX workbook into an empty database (read, preview, commit; each run on a fresh
copy), against the floor of inserting the same rows with sqlite3's executemany. Exports the
`decade` sample's lists as CSV and XLSX (every note of every placement, the placements, the
participants) and the check-ins as a calendar file, against the floor of writing the same
rows, read with sqlite3, through Python's csv module. Prints a table and writes JSON.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sqlite3
import tempfile
from pathlib import Path

from openpyxl import Workbook
from sample import Rows, report, sample_database, timed

from ambassador.domain.clock import SystemClock
from ambassador.domain.exports import ListKind
from ambassador.interchange.columns import guess_mapping
from ambassador.interchange.sheets import read_sheet
from ambassador.services.bundle import Services
from ambassador.storage.opening import open_database

ROWS = 50_000
HEADERS = ["Förnamn", "Efternamn", "Kön", "Telefon", "E-post", "Remissdatum", "Språk"]
LETTERS = "abcdefghijklmnopqrstuvwxyzåäö"


def made_up_rows() -> list[list[str]]:
    rows = []
    for i in range(ROWS):
        tag = "".join(LETTERS[int(d) * 2] for d in f"{i:05d}")
        rows.append(
            [
                f"Åsa{tag}",
                f"Öberg{tag}",
                "Kvinna" if i % 2 else "Man",
                f"070-{i:07d}",
                f"person{i}@example.se",
                f"{1 + i % 28}/{1 + i % 12}/2026",
                "Svenska",
            ]
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, default=Path("bench-interchange.json"))
    args = parser.parse_args()
    folder = Path(tempfile.gettempdir()) / "ambassador-bench"
    empty = sample_database(folder, "empty")
    decade = sample_database(folder, "decade")
    work = Path(tempfile.mkdtemp(prefix="ambassador-interchange-"))
    clock = SystemClock()
    rows: Rows = {}

    data = made_up_rows()
    csv_path = work / "deltagare.csv"
    with csv_path.open("w", encoding="cp1252", newline="") as file:
        csv.writer(file, delimiter=";").writerows([HEADERS, *data])
    xlsx_path = work / "deltagare.xlsx"
    book = Workbook()
    for row in [HEADERS, *data]:
        book.active.append(row)
    book.save(xlsx_path)

    target = work / "target.db"

    def fresh() -> None:
        shutil.copyfile(empty, target)

    def floor_insert() -> None:
        connection = sqlite3.connect(target)
        with connection:
            connection.execute("CREATE TABLE floor (a, b, c, d, e, f, g)")
            connection.executemany("INSERT INTO floor VALUES (?, ?, ?, ?, ?, ?, ?)", data)
        connection.close()

    insert_floor = timed(args.runs, floor_insert, fresh)
    rows["floor: executemany 50,000 rows"] = (insert_floor, insert_floor)

    def importer(path: Path) -> None:
        database, _report = open_database(target, work / "backups", clock.now())
        services = Services.build(database, clock)
        sheet = read_sheet(path)
        mapping = guess_mapping(ListKind.PARTICIPANTS, sheet.headers)
        services.imports.preview(ListKind.PARTICIPANTS, sheet, mapping)
        result = services.imports.commit(ListKind.PARTICIPANTS, sheet, mapping)
        assert result.added == ROWS
        database.dispose()

    rows["import 50,000 participants, CSV"] = (
        timed(args.runs, lambda: importer(csv_path), fresh),
        insert_floor,
    )
    rows["  of which: read the CSV"] = (timed(args.runs, lambda: read_sheet(csv_path)), None)
    rows["import 50,000 participants, XLSX"] = (
        timed(args.runs, lambda: importer(xlsx_path), fresh),
        insert_floor,
    )
    rows["  of which: read the XLSX"] = (timed(args.runs, lambda: read_sheet(xlsx_path)), None)

    # A copy: every export adds a line to the export log.
    copy = work / "decade.db"
    shutil.copyfile(decade, copy)
    database, _report = open_database(copy, work / "backups", clock.now())
    services = Services.build(database, clock)
    connection = sqlite3.connect(copy)
    placement_ids = [i for (i,) in connection.execute("SELECT id FROM placements")]
    note_count = connection.execute("SELECT count(*) FROM notes").fetchone()[0]

    def floor_notes() -> None:
        with (work / "floor.csv").open("w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file, delimiter=";")
            for placement_id in placement_ids:
                writer.writerows(
                    connection.execute(
                        "SELECT occurred_at, kind, with_whom, text, minutes_spent, shareable, "
                        "dropout_risk FROM notes WHERE placement_id = ?",
                        (placement_id,),
                    )
                )

    notes_floor = timed(args.runs, floor_notes)
    for suffix in ("csv", "xlsx"):

        def notes(suffix: str = suffix) -> None:
            for placement_id in placement_ids:
                services.exports.write_notes(placement_id, work / f"notes.{suffix}")

        rows[f"export {note_count:,} notes ({len(placement_ids)} files), {suffix}"] = (
            timed(args.runs, notes),
            notes_floor,
        )
    for suffix in ("csv", "xlsx"):
        rows[f"export the placements list, {suffix}"] = (
            timed(args.runs, lambda s=suffix: services.exports.write_placements(work / f"p.{s}")),
            None,
        )
        rows[f"export the participants list, {suffix}"] = (
            timed(args.runs, lambda s=suffix: services.exports.write_participants(work / f"d.{s}")),
            None,
        )
    rows["export the calendar (.ics)"] = (
        timed(args.runs, lambda: services.exports.write_calendar(work / "k.ics")),
        None,
    )
    connection.close()
    database.dispose()
    report(rows, f"decade: {decade}; {ROWS:,} rows imported; {args.runs} runs", args.json)
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
