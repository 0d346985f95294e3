"""Where files live: the user's data folder (platformdirs) and the bundled resources; and
that what the program writes there is its owner's alone."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

from platformdirs import site_config_path, user_config_path, user_data_path

APP_NAME = "Ambassador"
APP_AUTHOR = "Ambassador"
DATABASE_NAME = "ambassador.db"
# The server profile IT deploys (docs/server.md): with one, the program opens that server's
# database when no --db is given, instead of the file in the data folder.
PROFILE_NAME = "server.toml"


def data_dir() -> Path:
    return user_data_path(APP_NAME, APP_AUTHOR, ensure_exists=False)


def default_database() -> Path:
    return data_dir() / DATABASE_NAME


def server_profile() -> Path | None:
    """The server profile in the user's configuration folder, else in the computer's, where IT
    deploys it (platformdirs' site configuration folder: /etc/xdg/Ambassador on Linux); None
    when there is neither."""
    for folder in (
        user_config_path(APP_NAME, APP_AUTHOR, ensure_exists=False),
        site_config_path(APP_NAME, APP_AUTHOR, ensure_exists=False),
    ):
        candidate = folder / PROFILE_NAME
        if candidate.is_file():
            return candidate
    return None


def demo_database() -> Path:
    """The newcomer's sample database: apart from the real one, so exploring is harmless."""
    return data_dir() / "demo" / "ambassador-demo.db"


def log_dir() -> Path:
    """The crash log (ambassador/crash.py): beside the data, where Help → Show log folder and
    IT look for it."""
    return data_dir() / "logs"


def backups_dir(database: Path) -> Path:
    return database.parent / "backups"


# On Linux and macOS a file is readable by every account on the machine unless told
# otherwise (mode 0644 under the usual mask 022). The database, its -wal and -shm, key files,
# backups, exports and the log hold personal data: they are the owner's alone, and so are the
# folders the program makes for them. Windows keeps a user's profile private by its ACLs; the
# modes below mean nothing there and are harmless.
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
PRIVATE_MASK = 0o077


def keep_new_files_private() -> int:
    """From now on every file and folder this process creates is its owner's alone: the mask
    reaches what libraries create too (SQLite's database, and its -wal and -shm, which take
    the database's own mode; the log; the window's lock file). A stricter mask already set
    stays. Set once by each entry point, the window's and the command line's; returns the
    mask that was in force."""
    previous = os.umask(PRIVATE_MASK)
    os.umask(previous | PRIVATE_MASK)
    return previous


@contextlib.contextmanager
def files_kept_private() -> Iterator[None]:
    """`keep_new_files_private` for as long as the block runs (an entry point's whole run;
    the mask is put back after, for a caller that goes on, as the tests do)."""
    previous = keep_new_files_private()
    try:
        yield
    finally:
        os.umask(previous)


def replacing_mode(replaced: Path) -> int:
    """The mode of a file written in place of `replaced`: owner-only, and never more than the
    old file allowed (one made read-only stays so); a new file gets PRIVATE_FILE."""
    try:
        return stat.S_IMODE(replaced.stat().st_mode) & PRIVATE_FILE
    except OSError:
        return PRIVATE_FILE


def create_private_file(path: Path) -> None:
    """Create `path` empty, for its owner alone, before anything is written into it: a library
    that then opens it (SQLite) never makes it readable by others for a moment, whatever the
    process's mask. An existing file is refused (FileExistsError): it may be someone's."""
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    os.close(handle)
    # The mask may have taken bits (a mask of 0277 would leave a file its owner cannot write).
    path.chmod(PRIVATE_FILE)


def settle_mode(written: Path, replaced: Path) -> None:
    """Give `written`, about to be renamed over `replaced`, the mode `replacing_mode` says."""
    mode = replacing_mode(replaced)
    if mode != PRIVATE_FILE:
        written.chmod(mode)


def make_private_folder(folder: Path) -> None:
    """Create `folder` and any missing parents for the owner alone. A folder that already
    exists is left as it is: the person may share it on purpose (a team's backup drive)."""
    missing = [folder, *folder.parents]
    missing = [place for place in missing if not place.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    for place in missing:
        with contextlib.suppress(OSError):  # made by someone else meanwhile, or not ours
            place.chmod(PRIVATE_FOLDER)


# Where the resources land inside the package in a wheel and in the bundle; in a source
# checkout (and an editable install, which runs the checkout) they are `resources/` beside it.
PACKAGED_RESOURCES = Path("ambassador") / "resources"


def resources_dir() -> Path:
    """Resource files from a source checkout, an installed wheel or a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / PACKAGED_RESOURCES
    packaged = Path(__file__).with_name("resources")
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def window_icon() -> Path:
    return resources_dir() / "icons" / "ambassador.png"
