"""Helper of test_note_drafts.py: a window process that is killed while a note is typed.

Run as `python draft_child.py DATABASE PLACEMENT_ID NOW`. It opens the database as the
program does, opens the note form for the placement offscreen, types a note into it as key
presses, and once the form has kept its draft (a moment after the typing stopped) prints
`kept` and waits, its event loop running, to be killed.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402 - after the platform is chosen
from PySide6.QtWidgets import QApplication  # noqa: E402

from ambassador.domain.clock import FixedClock  # noqa: E402
from ambassador.services.bundle import Services  # noqa: E402
from ambassador.storage.opening import open_database  # noqa: E402
from ambassador.ui.placements.followup_dialogs import NoteDialog  # noqa: E402

TYPED = "Besok hos handledaren: hon vill ha fler timmar i veckan."


def main(path: Path, placement_id: int, now: datetime) -> None:
    app = QApplication([])
    clock = FixedClock(now)
    database, _report = open_database(path, path.parent / "backups", now)
    services = Services.build(database, clock)
    dialog = NoteDialog(services, services.placements.get(placement_id), now)
    dialog.draft_kept.connect(lambda: print("kept", flush=True))
    dialog.show()
    QTest.keyClicks(dialog.text_edit, TYPED)
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), datetime.fromisoformat(sys.argv[3]))
