"""What a screen may ask of the window: open a record elsewhere, announce a change, save and
show a document."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QWidget

from ambassador.services.changes import Changes
from ambassador.ui.common.busy import Busy
from ambassador.ui.common.printing import Write


class Navigator(Protocol):
    # The window's worker for slow work (see ui.common.busy).
    busy: Busy

    def open_participant(self, participant_id: int) -> None: ...

    def open_employer(self, employer_id: int) -> None: ...

    def open_placement(self, placement_id: int, check_in_id: int | None = None) -> None: ...

    def publish(self, changes: Changes) -> None:
        """Tell every open screen what a service call changed."""

    def print_document(self, parent: QWidget, suggested_name: str, write: Write) -> None:
        """Ask where to save, write the document there on the worker and open it (see
        ui.common.printing)."""

    def save_file(self, parent: QWidget, suggested_name: str, write: Write) -> None:
        """Ask where to save a list or calendar file, write it there on the worker, say where
        it went."""

    def choose_file_to_read(self, parent: QWidget, title: str, name_filter: str) -> Path | None:
        """Ask which file to read, starting in the folder last saved to or read from (see
        ui.common.printing); None when the person cancels."""
