"""Recording a planned check-in through the window: the note is dated at the planned time,
and the planned row becomes the done check-in with its note instead of vanishing."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ambassador.app import build_window
from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import CheckInStatus
from ambassador.domain.followup import Note
from ambassador.services.bundle import Services
from ambassador.ui.common import dialogs
from ambassador.ui.placements.followup_dialogs import from_qdatetime
from tests.factories import make_placement
from tests.ui.driving import click_save

LONG_NOTE = (
    "Besök på avdelningen tillsammans med handledaren. Deltagaren har kommit i tid varje dag, "
    "tar egna initiativ i köket och vill prova kvällspass nästa månad; vi ses igen om två veckor."
)


@pytest.mark.qt_log_ignore("This plugin does not support raise", "grabbing the keyboard")
def test_todays_check_in_recorded_in_the_afternoon_keeps_its_time_and_its_row(
    qtbot: QtBot, services: Services, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "inform", lambda *_args: None)
    placement_id = make_placement(services)
    planned = datetime.combine(clock.today(), time(10, 0))
    (check_in_id,) = services.follow_up.schedule_check_in(
        placement_id, planned, "Arbetsplatsbesök"
    ).check_ins
    clock.set(datetime.combine(clock.today(), time(14, 0)))
    window = build_window(services, "avstamning.db")
    qtbot.addWidget(window)
    window.show()
    window.open_placement(placement_id, check_in_id)
    pane = window.placements_screen.detail_pane
    timeline = pane.timeline_view
    rows_before = timeline.model.rowCount()
    entry = timeline.selected_entry()
    assert entry is not None and "Due today" in timeline.marks(entry)

    qtbot.mouseClick(pane.done_button, Qt.MouseButton.LeftButton)
    dialog = pane.open_dialog
    assert from_qdatetime(dialog.occurred_at_edit) == planned  # 10:00, not 14:00
    dialog.text_edit.setPlainText(LONG_NOTE)
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert services.follow_up.get_check_in(check_in_id).status is CheckInStatus.DONE

    assert timeline.model.rowCount() == rows_before  # the row stays, now done
    [row] = [
        timeline.model.row_at(number)
        for number in range(timeline.model.rowCount())
        if isinstance(timeline.model.row_at(number).item, Note)
    ]
    assert row.at == planned
    assert timeline.what(row).startswith("Check-in: ")  # the planned row, now done
    assert timeline.marks(row).startswith("Done")
    # The details column holds the note's whole opening sentence, not its first words,
    # and wraps within the column; the tooltip has all of it.
    assert LONG_NOTE in timeline.summary(row)
    assert timeline.table.wordWrap()
    assert timeline.select_check_in(check_in_id)

    # The note deleted: the check-in stays in the timeline, still done, and says where its
    # note went; nothing turns late.
    monkeypatch.setattr(dialogs, "ask", lambda *_args: True)
    pane.delete_note()
    assert timeline.model.rowCount() == rows_before
    assert timeline.select_check_in(check_in_id)
    entry = timeline.selected_entry()
    assert entry is not None and not isinstance(entry.item, Note)
    assert timeline.marks(entry) == "Done"
    assert "deleted" in timeline.full_text(entry)
