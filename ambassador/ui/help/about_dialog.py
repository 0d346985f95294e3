"""Om Ambassador: the version, and what the program ships with under which licence (the
libraries it runs on and the fonts its documents embed)."""

from __future__ import annotations

import platform
from importlib import metadata

from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import ambassador
from ambassador import paths
from ambassador.ui.common import screen_fit
from ambassador.ui.help.shortcuts_dialog import cell_text

# Every library in pyproject.toml's dependencies, with what it is for a reader of this
# dialog and its licence (tests/ui/help/test_help.py keeps the list whole).
LIBRARIES: tuple[tuple[str, str, str], ...] = (
    ("PySide6-Essentials", "Qt for Python (PySide6)", "LGPL-3.0"),
    ("shiboken6", "Shiboken (part of Qt for Python)", "LGPL-3.0"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("alembic", "Alembic", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
    ("reportlab", "ReportLab", "BSD-3-Clause"),
    ("sqlcipher3", "sqlcipher3 (SQLCipher)", "zlib; SQLCipher: BSD-3-Clause"),
    ("openpyxl", "openpyxl", "MIT"),
    ("icalendar", "icalendar", "BSD-2-Clause"),
    ("python-bidi", "python-bidi", "LGPL-3.0"),
    ("arabic-reshaper", "arabic-reshaper", "MIT"),
    ("psycopg", "psycopg (PostgreSQL driver, with libpq)", "LGPL-3.0; libpq: PostgreSQL"),
    ("keyring", "keyring", "MIT"),
)

# The fonts in resources/fonts, by the name of their licence file there.
FONTS: dict[str, tuple[str, str]] = {
    "LICENSE-DejaVu.txt": ("DejaVu Sans", "Bitstream Vera Fonts licence (free)"),
    "LICENSE-Noto.txt": ("Noto Sans (Arabic, Hebrew, …)", "SIL Open Font License 1.1"),
    "LICENSE-DroidSansFallback.txt": ("Droid Sans Fallback", "Apache-2.0"),
    "LICENSE-Symbola.txt": ("Symbola", "Free for any use"),
}


def installed_version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:  # a bundle without the package's metadata
        return ""


def fonts_folder() -> str:
    return str(paths.resources_dir() / "fonts")


class AboutDialog(QDialog):
    NAME, VERSION, LICENCE = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Ambassador"))
        self.title_label = QLabel(self.tr("Ambassador %1").replace("%1", ambassador.__version__))
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.about_label = QLabel(
            self.tr(
                "Follow-up of work trials, internships and subsidised jobs for a labour-market "
                "coordinator. Everything stays on this computer."
            )
        )
        self.about_label.setWordWrap(True)
        rows: list[tuple[str, str, str]] = [
            ("Python", platform.python_version(), "PSF-2.0"),
            ("Qt", qVersion(), "LGPL-3.0"),
        ]
        rows += [
            (name, installed_version(distribution), licence)
            for distribution, name, licence in LIBRARIES
        ]
        rows += [(name, "", licence) for name, licence in FONTS.values()]
        self.components_table = QTableWidget(len(rows), 3)
        self.components_table.setAccessibleName(self.tr("Components and licences"))
        self.components_table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        )
        self.components_table.verticalHeader().hide()
        self.components_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.components_table.setAlternatingRowColors(True)
        for row, values in enumerate(rows):
            for column, text in enumerate(values):
                self.components_table.setItem(row, column, QTableWidgetItem(text))
        header = self.components_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.LICENCE, QHeaderView.ResizeMode.Stretch)
        self.licences_label = QLabel(
            self.tr(
                "Qt for Python is used under the GNU Lesser General Public License 3.0 and can "
                "be replaced by another build of the same version. The fonts' licence texts "
                "are in %1."
            ).replace("%1", fonts_folder())
        )
        self.licences_label.setWordWrap(True)
        self.licences_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.about_label)
        layout.addWidget(self.components_table, 1)
        layout.addWidget(self.licences_label)
        layout.addWidget(buttons)
        self.resize(screen_fit.fitted_size(self, QSize(600, 560)))  # less on a small screen

    def components(self) -> list[tuple[str, str, str]]:
        """Every row of the table, as shown."""
        table = self.components_table
        return [
            (
                cell_text(table, row, self.NAME),
                cell_text(table, row, self.VERSION),
                cell_text(table, row, self.LICENCE),
            )
            for row in range(table.rowCount())
        ]
