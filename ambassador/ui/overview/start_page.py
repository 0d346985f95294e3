"""The first run: an empty register shows the four ways in instead of empty lists, and the
organisation's country (Sverige or Danmark), which may be chosen only while no one is
registered.

Exploring the sample data never puts made-up people into the coordinator's register: the
sample opens in a window of its own, over a file of its own (`ambassador --demo`).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCommandLinkButton,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.country import COUNTRIES, DEFAULT_COUNTRY, NATIVE_NAMES
from ambassador.services.changes import Changes
from ambassador.services.settings import SettingsService
from ambassador.ui import i18n
from ambassador.ui.common import dialogs
from ambassador.ui.common.widgets import title_label


def sample_window_command(language: str) -> list[str]:
    """The command that starts the program on its sample database, in `language`: the
    bundle's own executable, or this interpreter running the package."""
    if getattr(sys, "frozen", False):
        program = [sys.executable]
    else:
        program = [sys.executable, "-m", "ambassador"]
    return [*program, "--demo", "--lang", language]


def launch_sample_window(language: str) -> None:
    """Start the sample window beside this one (a second start on the same file only brings
    the running sample window forward)."""
    subprocess.Popen(sample_window_command(language))  # noqa: S603 - our own program


class StartPage(QWidget):
    """A welcome and four large buttons, each with one line saying where it leads."""

    new_employer_requested = Signal()
    new_participant_requested = Signal()
    import_requested = Signal()
    sample_opened = Signal()
    # The country the person picked ("se", "dk"); the page shows it chosen until told otherwise.
    country_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = title_label(self.tr("Welcome to Ambassador"))
        self.intro_label = QLabel(
            self.tr(
                "The register is empty. Start with the employers who take placements and the "
                "people you follow, bring in the lists you keep in Excel, or look around in "
                "made-up sample data first."
            )
        )
        self.intro_label.setWordWrap(True)
        self.employer_button = self._button(
            self.tr("Add an employer"),
            self.tr("A workplace that takes placements, with its supervisors and tasks."),
        )
        self.participant_button = self._button(
            self.tr("Add a participant"),
            self.tr("A person you follow, with their referral, needs and goals."),
        )
        self.import_button = self._button(
            self.tr("Import from Excel"),
            self.tr("The participants, employers and placements you already keep in a sheet."),
        )
        self.sample_button = self._button(
            self.tr("Explore the sample data"),
            self.tr("Made-up people and places, in a window and file of their own."),
        )
        self.employer_button.clicked.connect(self.new_employer_requested)
        self.participant_button.clicked.connect(self.new_participant_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.sample_button.clicked.connect(self._on_sample_button_clicked)
        self._build_country_row()

        column = QWidget()
        # A readable measure: wide enough that each line under a button stays one line, no
        # wider than a page of text, and giving way in a narrow window.
        character = self.fontMetrics().averageCharWidth()
        column.setMaximumWidth(character * 90)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(column)
        layout.setSpacing(8)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addSpacing(8)
        layout.addWidget(self.country_row)
        layout.addWidget(self.country_note_label)
        layout.addSpacing(8)
        for button in self.buttons():
            layout.addWidget(button)
        layout.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(column, 6)
        outer.addStretch(1)

    def _build_country_row(self) -> None:
        # Each country by its own name, as the language chooser names languages.
        self.country_row = QWidget()
        row = QHBoxLayout(self.country_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.country_label = QLabel(self.tr("The organisation is in:"))
        row.addWidget(self.country_label)
        self.country_group = QButtonGroup(self)
        self.country_buttons: dict[str, QRadioButton] = {}
        for country in COUNTRIES:
            button = QRadioButton(NATIVE_NAMES[country])
            button.setProperty("country", country)
            self.country_group.addButton(button)
            self.country_buttons[country] = button
            row.addWidget(button)
        row.addStretch(1)
        self.country_group.setExclusive(True)
        self.country_buttons[DEFAULT_COUNTRY].setChecked(True)
        self.country_group.buttonClicked.connect(self._on_country_group_button_clicked)
        self.country_note_label = QLabel(
            self.tr(
                "The country decides the identity and organisation numbers (personnummer or "
                "CPR, organisationsnummer or CVR) and the default lists. It can be changed "
                "until the first participant or employer is registered; the window's language "
                "is chosen apart from it."
            )
        )
        self.country_note_label.setWordWrap(True)
        self.country_label.setBuddy(self.country_buttons[DEFAULT_COUNTRY])

    def show_country(self, country: str) -> None:
        """Show `country` chosen, as stored."""
        button = self.country_buttons.get(country)
        if button is not None:
            button.setChecked(True)

    def chosen_country(self) -> str:
        checked = self.country_group.checkedButton()
        return str(checked.property("country")) if checked is not None else DEFAULT_COUNTRY

    def _on_country_group_button_clicked(self, button: QRadioButton) -> None:
        self.country_chosen.emit(str(button.property("country")))

    def buttons(self) -> list[QCommandLinkButton]:
        return [
            self.employer_button,
            self.participant_button,
            self.import_button,
            self.sample_button,
        ]

    def _button(self, text: str, description: str) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description)
        button.setAccessibleName(text)
        button.setAccessibleDescription(description)
        return button

    def _on_sample_button_clicked(self) -> None:
        if not dialogs.ask(
            self,
            self.tr("Explore the sample data"),
            self.tr(
                "The sample data opens in a second window, over a file of its own: made-up "
                "people, employers and placements to try everything on. Nothing you do there "
                "reaches your own register, which stays as it is in this window."
            ),
            self.tr("Open the sample data"),
        ):
            return
        try:
            # Looked up when used, so a test can put a stand-in in its place.
            launch_sample_window(i18n.current_language())
        except OSError:
            dialogs.show_error(
                self,
                self.tr("The sample data did not open"),
                self.tr("The program could not be started a second time. Try again later."),
            )
            return
        self.sample_opened.emit()


def follow_country(
    page: StartPage, settings: SettingsService, publish: Callable[[Changes], None]
) -> None:
    """The page shows the stored country, and a country chosen on it is stored (refused, and
    shown as stored, once someone is registered: another user may have been first). On a
    server only its administrator chooses it: anyone else sees it, not to be changed."""
    page.show_country(settings.country())
    page.country_row.setEnabled(settings.organisation_editable())

    def on_chosen(country: str) -> None:
        if not dialogs.attempt(
            page,
            QCoreApplication.translate("StartPage", "The country was not changed"),
            lambda: settings.set_country(country),
            publish,
        ):
            page.show_country(settings.country())

    page.country_chosen.connect(on_chosen)
