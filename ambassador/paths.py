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


def backups_dir(database: Path) -> Path:
    return database.parent / "backups"


def resources_dir() -> Path:
    """Resource files from a source checkout, an installed wheel or a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "ambassador" / "resources"
    return Path(__file__).with_name("resources")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def window_icon() -> Path:
    return resources_dir() / "icons" / "ambassador.png"
