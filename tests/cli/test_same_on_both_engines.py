"""Issue 21's done-criterion: a file and a server database filled with the same seed give the
same results at the command line: the same counts, rows, documents and search hits in the
same order. A difference here is a bug of one engine."""

from __future__ import annotations

import difflib
import re
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from pprint import pformat

import keyring
import pytest
from keyring.backends import null
from openpyxl import load_workbook

from ambassador.cli import EXIT_OK, main
from ambassador.cli import database as cli_database
from ambassador.domain.clock import FixedClock
from ambassador.storage.address import parse_address
from ambassador.storage.signed_in import file_user
from tests.conftest import ScratchDatabases
from tests.factories import make_identity_number
from tests.pdfs import pdf_text

LISTS = ("participants", "employers", "placements", "check_ins", "notes")
SEARCHES = ("an", "and", "bra", "arbets", "karin", "möte", "ÅSA", "lager", "al-s", "zzz")
PERIOD = ("--from", "2025-01-01", "--to", "2026-12-31")
# Imported into both: two new people and one already there (by name, not number).
NEWCOMERS = (
    "Förnamn;Efternamn;Personnummer\n"
    f"Åsa;Öberg;{make_identity_number(date(1990, 1, 1))}\n"
    f"Örjan;Ångström Ek;{make_identity_number(date(1990, 1, 2), woman=False)}\n"
    f"Iñaki;Sjögren;{make_identity_number(date(1965, 5, 31), woman=False)}\n"
)


@pytest.fixture(autouse=True)
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())  # type: ignore[no-untyped-call]
    yield
    keyring.set_keyring(before)


class Engine:
    """One database and the folder its files are written to; what its commands said."""

    def __init__(
        self, db: str, shown: str, folder: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        self.db = db
        self.shown = shown  # the database as the commands name it
        self.folder = folder
        self.capsys = capsys

    def begin(self) -> None:
        self.folder.mkdir()

    def run(self, *argv: str) -> str:
        code = main(["--lang", "en", *argv, "--db", self.db])
        out, err = self.capsys.readouterr()
        assert code == EXIT_OK, err
        # Where a file was written and where the database is are not results.
        return (out + err).replace(str(self.folder), "OUT").replace(self.shown, "DB")

    def file(self, name: str) -> Path:
        return self.folder / name


def results(engine: Engine) -> dict[str, object]:
    engine.begin()
    said: dict[str, object] = {}
    check = engine.run("check")
    said["check"] = [line for line in check.splitlines() if line.startswith("  ")]
    for kind in LISTS:
        for form in ("csv", "xlsx"):
            name = f"{kind}.{form}"
            extra = ("--placement", "3") if kind == "notes" else ()
            said[f"export {name}"] = engine.run(
                "export", kind, "--format", form, "--out", str(engine.file(name)), *extra
            )
            said[f"export {name} contents"] = _contents(engine.file(name))
    said["export with identity numbers"] = engine.run(
        "export",
        "participants",
        "--with-identity-numbers",
        "--out",
        str(engine.file("numbers.csv")),
    )
    said["identity numbers"] = engine.file("numbers.csv").read_text(encoding="utf-8-sig")
    said["export check-ins of a period"] = engine.run(
        "export", "check_ins", *PERIOD, "--out", str(engine.file("period.csv"))
    )
    said["check-ins of a period"] = _contents(engine.file("period.csv"))
    said["calendar"] = engine.run("calendar", *PERIOD, "--out", str(engine.file("c.ics")))
    said["calendar contents"] = _calendar(engine.file("c.ics"))
    said["sentences"] = engine.run("report", "sentences", *PERIOD)
    said["selfcheck"] = engine.run("report", "selfcheck", "--months", "24")
    said["stats"] = engine.run("report", "stats", *PERIOD, "--out", str(engine.file("s.pdf")))
    said["stats contents"] = pdf_text(engine.file("s.pdf"))
    for document, number in (("summary", "3"), ("agreement", "3"), ("extract", "2")):
        out = engine.file(f"{document}.pdf")
        said[document] = engine.run("report", document, number, "--out", str(out))
        said[f"{document} contents"] = pdf_text(out)
    summaries = engine.file("summaries")
    said["summaries"] = re.sub(
        r" in [0-9.,]+ s \([0-9.,]+ ms each\)",
        "",
        engine.run("report", "summaries", "--active", "--out-dir", str(summaries)),
    )
    said["summaries contents"] = {p.name: pdf_text(p) for p in sorted(summaries.iterdir())}
    said["purge"] = engine.run("purge", "--dry-run")
    said["import"] = engine.run(
        "import", "participants", str(engine.file("participants.csv")), "--dry-run"
    )
    newcomers = engine.file("nya.csv")
    newcomers.write_text(NEWCOMERS, encoding="utf-8")
    said["import for real"] = engine.run("import", "participants", str(newcomers))
    engine.run("export", "participants", "--out", str(engine.file("after.csv")))
    said["participants after the import"] = _contents(engine.file("after.csv"))
    said["search after the import"] = engine.run("search", "öberg")
    for text in SEARCHES:
        # The hits: what, which and whose, in order. A note's snippet is cut around the
        # matched words by each engine's own rule (FTS5's snippet(), ts_headline), so its
        # ends may differ (the words it marks are the same).
        said[f"search {text}"] = [
            line.split("\t")[:3] for line in engine.run("search", text).splitlines()
        ]
    return said


def _contents(path: Path) -> object:
    if path.suffix == ".csv":
        return path.read_text(encoding="utf-8-sig")
    book = load_workbook(path, read_only=True)
    try:
        return {
            sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)]
            for sheet in book.worksheets
        }
    finally:
        book.close()


def _differences(on_file: object, on_server: object) -> list[str]:
    """The lines that differ, file's first, at most twenty."""
    before, after = (pformat(side).splitlines() for side in (on_file, on_server))
    diff = difflib.unified_diff(before, after, "file", "server", n=0, lineterm="")
    return list(diff)[:20]


def _calendar(path: Path) -> str:
    # Each database's events carry a random word of its own in their UIDs, so that two
    # databases' check-ins never share one (services/exporting.py): the same for a second file.
    return re.sub(r"-[0-9a-f]{16}@ambassador", "-ID@ambassador", path.read_text(encoding="utf-8"))


@pytest.fixture
def both(
    tmp_path: Path,
    scratch_databases: ScratchDatabases,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Iterator[tuple[Engine, Engine]]:
    """A file and a server database (made with `init`), each filled by `demo --size small
    --seed 7` at the same fixed time."""
    monkeypatch.setattr(cli_database, "SystemClock", lambda: clock)
    address = scratch_databases.make()
    try:
        path = str(tmp_path / "demo.db")
        # Both write into the same folder in turn: the register extract names the files the
        # export log holds.
        out = tmp_path / "out"
        on_file = Engine(path, path, out, capsys)
        on_server = Engine(address.url(), address.describe(), out, capsys)
        assert main(["--lang", "en", "init", "--db", on_server.db]) == EXIT_OK
        capsys.readouterr()
        made = [
            re.sub(r" in [0-9.,]+ s", "", engine.run("demo", "--size", "small", "--seed", "7"))
            for engine in (on_file, on_server)
        ]
        assert made[0].startswith("Sample data written to DB: 30 participants")
        assert made[1] == made[0]
        yield on_file, on_server
    finally:
        scratch_databases.drop(address)


@pytest.mark.postgresql_only
def test_a_one_letter_search_ranks_names_alike(both: tuple[Engine, Engine]) -> None:
    """Every name with a word starting "a" (a hyphenated one among them) in the same order,
    with the same count; the notes' snippets are cut by each engine's own rule, as above."""
    on_file, on_server = both
    said = [on_server.run("search", "a").splitlines(), on_file.run("search", "a").splitlines()]
    names = [[line for line in lines if not line.startswith("note\t")] for lines in said]
    assert len(names[1]) > 10
    assert any("Al-" in line for line in names[1])
    assert names[0] == names[1]
    notes = [
        [line.split("\t")[:3] for line in lines if line.startswith("note\t")] for lines in said
    ]
    assert notes[0] == notes[1]


@pytest.mark.postgresql_only
@pytest.mark.slow
def test_a_file_and_a_server_with_the_same_sample_data_give_the_same_results(
    both: tuple[Engine, Engine],
) -> None:
    on_file, on_server = both
    from_file = results(on_file)
    shutil.rmtree(on_file.folder)
    from_server = results(on_server)
    assert from_file["check"]  # something was counted
    # Who printed the documents an extract lists: the computer's account on a file, the
    # server's login (and the size of the file with it).
    for said, user in ((from_file, file_user()), (from_server, parse_address(on_server.db).user)):
        by = re.compile(rf"(?<![\w/.-]){re.escape(str(user))}(?![\w/.-])")  # not in a path
        text = re.sub(r"by\s+USER", "by USER", by.sub("USER", str(said["extract contents"])))
        # The change log names the server's login; a file's triggers cannot know anyone, so
        # there its table has no By column.
        printed, changes = text.split("Changes to your records", 1)
        # A cell of one line is drawn as that line, a longer one wrapped: the server's longer
        # login ends its line where the computer's account leaves room for more.
        printed = re.sub(r"by USER\s+", "by USER ", printed)
        changes = re.sub(r"^(By|USER)\n", "", changes, flags=re.MULTILINE)  # a line a cell
        changes = re.sub(r"(?<=^When) By(?= )|(?<=\d\d:\d\d) USER(?= )", "", changes, flags=re.M)
        said["extract contents"] = printed + changes
        said["extract"] = re.sub(r"\(\d+ kB\)", "(N kB)", str(said["extract"]))
    different = [name for name in from_file if from_file[name] != from_server[name]]
    for name in different:
        print(f"--- {name}")
        print(*_differences(from_file[name], from_server[name]), sep="\n")
    assert different == []
