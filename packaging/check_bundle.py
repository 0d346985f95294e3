"""Run a built bundle as IT and a coordinator would, and fail on the first thing that goes wrong.

    python packaging/check_bundle.py dist/Ambassador

The bundle is copied out of the source tree and run with an empty home folder, no Python
path, and (where `unshare` can make one) in a network namespace with no network at all:

- `--version` says the source's version;
- Qt's Swedish and Danish for its own dialogs and menus are in Qt's translations folder;
- `demo` writes sample data, `check` finds it healthy, `report summary` and `report stats`
  write PDFs;
- a database encrypted by the program opens with its passphrase (SQLCipher is in the bundle);
- a database made by the first released schema (tests/data/schema-0001.db), put where the
  program keeps the user's data as if an earlier version had left it there: `check` reads it
  without changing it, and the window, started with no arguments, opens it, backs it up and
  migrates it to the newest revision with every row kept, answers a second start, and closes
  on SIGTERM, taking its exit backup;
- nothing was written inside the installation folder.

Linux only (CI builds and runs the Linux bundle); the other systems are checked by hand, as
packaging/README.md describes.
"""

from __future__ import annotations

import argparse
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import contents  # beside this script, which Python puts first on its path

ROOT = contents.ROOT
OLD_DATABASE = ROOT / "tests" / "data" / "schema-0001.db"
PASSPHRASE = "rätt häst batteri häftstift"
# Generous: a shared CI machine may take many seconds to start a Qt program for the first time.
WINDOW_TIMEOUT_S = 120
COMMAND_TIMEOUT_S = 120


class BundleCheckError(Exception):
    pass


# Tables a migration adds rows to: the editable lists get new lists' entries.
SEEDED_BY_MIGRATIONS = frozenset({"list_items"})


def newest_revision() -> str:
    """The newest migration's revision, read from the source's scripts."""
    versions = ROOT / "ambassador" / "storage" / "migrations" / "versions"
    return max(path.name.split("_", 1)[0] for path in versions.glob("[0-9]*_*.py"))


def network_isolation() -> list[str]:
    """A prefix that runs a command without any network, or [] where that is not possible."""
    for prefix in (["unshare", "--net"], ["unshare", "--net", "--map-root-user"]):
        try:
            if subprocess.run([*prefix, "true"], capture_output=True).returncode == 0:
                return prefix
        except FileNotFoundError:
            return []
    return []


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(folder)): (path.lstat().st_size, path.lstat().st_mtime_ns)
        for path in folder.rglob("*")
    }


def table_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE 'search_index%' AND name != 'alembic_version'"
            )
        ]
        counts = {
            t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables
        }
    connection.close()  # the context manager ends the transaction, not the connection
    return counts


def revision_of(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


def make_encrypted_database(path: Path) -> None:
    """A sample database encrypted by the program from the source tree, as a coordinator's
    laptop would hold it."""
    script = f"""
from pathlib import Path
from ambassador import paths
from ambassador.domain.clock import SystemClock
from ambassador.services.bundle import Services
from ambassador.services.sample_data import SampleDataService, Size
from ambassador.storage.opening import open_database
path = Path({str(path)!r})
clock = SystemClock()
database, _ = open_database(path, paths.backups_dir(path), clock.now())
SampleDataService(database, clock).fill_if_empty(Size.SMALL)
Services.build(database, clock).encryption.encrypt({PASSPHRASE!r})
database.dispose()
"""
    subprocess.run([sys.executable, "-c", script], check=True, cwd=ROOT)


class Bundle:
    """The copied bundle, its environment, and the runs made of it."""

    def __init__(self, executable: Path, scratch: Path, isolation: list[str]) -> None:
        self.executable = executable
        self.home = scratch / "home"
        self.work = scratch / "work"
        self.sockets = scratch / "tmp"  # Qt's local sockets go to the temporary folder
        for folder in (self.home, self.work, self.sockets):
            folder.mkdir()
        self.isolation = isolation
        self.env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(self.home),
            "TMPDIR": str(self.sockets),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
        }
        self.timings: list[tuple[str, float]] = []

    @property
    def data_folder(self) -> Path:
        """Where platformdirs puts the user's data on Linux, for this empty home."""
        return self.home / ".local" / "share" / "Ambassador"

    @property
    def default_database(self) -> Path:
        return self.data_folder / "ambassador.db"

    def command(self, arguments: Sequence[str]) -> list[str]:
        return [*self.isolation, str(self.executable), *arguments]

    def run(self, label: str, arguments: Sequence[str], stdin: str | None = None) -> str:
        started = time.perf_counter()
        done = subprocess.run(
            self.command(arguments),
            env=self.env,
            cwd=self.work,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT_S,
            start_new_session=True,  # no terminal: a passphrase is read from stdin
        )
        self.timings.append((label, time.perf_counter() - started))
        if done.returncode != 0:
            raise BundleCheckError(
                f"{label}: exit {done.returncode}\n{done.stdout}\n{done.stderr}".rstrip()
            )
        if "Traceback" in done.stderr:
            raise BundleCheckError(f"{label}: a traceback on stderr\n{done.stderr}")
        return done.stdout


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise BundleCheckError(message)


def check_version(bundle: Bundle, version: str) -> None:
    printed = bundle.run("--version", ["--version"]).strip()
    expect(printed == f"Ambassador {version}", f"--version printed {printed!r}")


def check_qt_translations(folder: Path) -> None:
    """Qt's Swedish and Danish for its own widgets are where the window looks (Qt's
    translations folder, PySide6/Qt/translations): without them the save dialog and context
    menus are English."""
    for name in sorted(contents.QT_TRANSLATIONS):
        found = [path for path in folder.rglob(name) if path.parent.name == "translations"]
        expect(bool(found), f"{name} is not in the bundle")
        expect(
            any(path.parent.parent.name == "Qt" for path in found),
            f"{name} is not in PySide6/Qt/translations: {found}",
        )


def check_commands(bundle: Bundle) -> None:
    sample = bundle.work / "sample.db"
    bundle.run("demo", ["--lang", "en", "demo", "--db", str(sample)])
    expect(sample.is_file(), "demo wrote no database")
    printed = bundle.run("check", ["--lang", "en", "check", "--db", str(sample)])
    expect("The file is undamaged" in printed, f"check did not find the sample healthy:\n{printed}")
    summary = bundle.work / "summary.pdf"
    bundle.run(
        "report summary", ["report", "summary", "1", "--db", str(sample), "--out", str(summary)]
    )
    expect(summary.read_bytes().startswith(b"%PDF-"), "report summary wrote no PDF")
    year = date.today().year
    stats = bundle.work / "stats.pdf"
    bundle.run(
        "report stats",
        ["report", "stats", "--from", f"{year}-01-01", "--to", f"{year}-12-31"]
        + ["--db", str(sample), "--out", str(stats)],
    )
    expect(stats.read_bytes().startswith(b"%PDF-"), "report stats wrote no PDF")


def check_previous_release(bundle: Bundle) -> None:
    """The user's database as an earlier version left it: checked without being changed."""
    bundle.data_folder.mkdir(parents=True)
    shutil.copyfile(OLD_DATABASE, bundle.default_database)
    printed = bundle.run(
        "check (first schema)", ["--lang", "en", "check", "--db", str(bundle.default_database)]
    )
    expect("upgrades it to revision" in printed, f"check did not say it will upgrade:\n{printed}")
    expect(
        bundle.default_database.read_bytes() == OLD_DATABASE.read_bytes(),
        "check changed the database",
    )


def check_encrypted_database(bundle: Bundle) -> None:
    encrypted = bundle.work / "encrypted.db"
    make_encrypted_database(encrypted)
    expect(not encrypted.read_bytes().startswith(b"SQLite format 3"), "the file is not encrypted")
    printed = bundle.run(
        "check (encrypted)",
        ["--lang", "en", "check", "--db", str(encrypted)],
        stdin=PASSPHRASE + "\n",
    )
    expect("The file is undamaged" in printed, f"the encrypted database did not open:\n{printed}")


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise BundleCheckError(f"gave up waiting after {timeout:.0f} s: {what}")
        time.sleep(0.1)


def check_window(bundle: Bundle) -> None:
    """The first start of this version on the user's database: migrated, shown, closed."""
    database = bundle.default_database
    before = table_counts(OLD_DATABASE)
    started = time.perf_counter()
    with subprocess.Popen(
        bundle.command([]),
        env=bundle.env,
        cwd=bundle.work,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as window:
        try:
            # The window listens for a second start once it is shown, filled and idle.
            wait_for(
                lambda: any(bundle.sockets.glob("ambassador-*")) or window.poll() is not None,
                WINDOW_TIMEOUT_S,
                "the window to open",
            )
            if window.poll() is not None:
                raise BundleCheckError(f"the window ended at once:\n{window.communicate()[1]}")
            bundle.timings.append(("window up (database migrated)", time.perf_counter() - started))
            bundle.run("second start", [])
            expect(window.poll() is None, "the window ended when a second start called it")
            closing = time.perf_counter()
            window.send_signal(signal.SIGTERM)
            _out, errors = window.communicate(timeout=WINDOW_TIMEOUT_S)
            bundle.timings.append(("window closed (exit backup)", time.perf_counter() - closing))
        finally:
            window.kill()
    expect(window.returncode == 0, f"the window ended with {window.returncode}:\n{errors}")
    expect("Traceback" not in errors, f"a traceback on stderr:\n{errors}")
    revision = revision_of(database)
    expect(revision == newest_revision(), f"the database is at {revision}, not the newest")
    after = table_counts(database)
    # Migrations may add entries to the editable lists (0005 seeds two new lists); every
    # other table keeps exactly its rows, and no table loses one.
    lost = {
        t: (n, after.get(t))
        for t, n in before.items()
        if (after.get(t) or 0) < n or (t not in SEEDED_BY_MIGRATIONS and after.get(t) != n)
    }
    expect(not lost, f"rows changed in the migration (before, after): {lost}")
    backups = sorted(path.name for path in (bundle.data_folder / "backups").iterdir())
    expect(any("before-" in name for name in backups), f"no backup before migrating: {backups}")
    expect(any("exit" in name for name in backups), f"no exit backup: {backups}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the built folder, e.g. dist/Ambassador")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        print("check_bundle runs the Linux bundle; see packaging/README.md", file=sys.stderr)
        return 1
    isolation = network_isolation()
    with tempfile.TemporaryDirectory(prefix="ambassador-bundle-") as scratch_name:
        scratch = Path(scratch_name)
        installed = scratch / "installed" / args.bundle.name
        shutil.copytree(args.bundle, installed, symlinks=True)
        before = snapshot(installed)
        bundle = Bundle(installed / contents.WINDOW_EXECUTABLE, scratch, isolation)
        print(f"Checking {args.bundle} from {installed}")
        print("Network: " + ("none (" + " ".join(isolation) + ")" if isolation else "NOT isolated"))
        version = contents.program_version()
        steps: list[tuple[str, Callable[[], None]]] = [
            ("--version says the source's version", lambda: check_version(bundle, version)),
            ("Qt's own translations are there", lambda: check_qt_translations(installed)),
            ("demo, check, report summary, report stats", lambda: check_commands(bundle)),
            ("check opens an encrypted database", lambda: check_encrypted_database(bundle)),
            (
                "check reads a first-schema database unchanged",
                lambda: check_previous_release(bundle),
            ),
            ("the window: migrated, called forward, closed", lambda: check_window(bundle)),
        ]
        for title, step in steps:
            try:
                step()
            except (BundleCheckError, subprocess.TimeoutExpired) as failure:
                print(f"FAILED  {title}\n{failure}", file=sys.stderr)
                return 1
            print(f"ok      {title}")
        changed = sorted(set(snapshot(installed).items()) ^ set(before.items()))
        if changed:
            print(f"FAILED  written inside the installation: {changed[:10]}", file=sys.stderr)
            return 1
        print("ok      nothing written inside the installation folder")
        for label, seconds in bundle.timings:
            print(f"        {seconds:6.2f} s  {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
