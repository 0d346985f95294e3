"""Where files live: the user's data folder (platformdirs) and the bundled resources."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Ambassador"
APP_AUTHOR = "Ambassador"
DATABASE_NAME = "ambassador.db"


def data_dir() -> Path:
    return user_data_path(APP_NAME, APP_AUTHOR, ensure_exists=False)


def default_database() -> Path:
    return data_dir() / DATABASE_NAME


def demo_database() -> Path:
    """The newcomer's sample database: apart from the real one, so exploring is harmless."""
    return data_dir() / "demo" / "ambassador-demo.db"


def log_dir() -> Path:
    """The crash log (ambassador/crash.py): beside the data, where Help → Show log folder and
    IT look for it."""
    return data_dir() / "logs"


def backups_dir(database: Path) -> Path:
    return database.parent / "backups"


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
