"""Papperskorg: what was deleted is listed with its dates, and Restore brings it back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ambassador.domain.clock import FixedClock
from ambassador.domain.errors import NotFoundError
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.ui.common import dialogs
from ambassador.ui.trash.screen import TrashScreen
from tests.factories import make_participant
from tests.ui.driving import RecordingNavigator


@pytest.fixture(autouse=True)
def _screen_only_publishes(navigator: RecordingNavigator) -> Iterator[None]:
    """This screen changes records; it never opens one elsewhere."""
    yield
    assert all(call[0] == "publish" for call in navigator.calls)


@pytest.fixture
def screen(qtbot: QtBot, services: Services, navigator: RecordingNavigator) -> TrashScreen:
    widget = TrashScreen(services, navigator)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_empty_trash_says_what_goes_there(screen: TrashScreen) -> None:
    screen.refresh()
    assert screen.empty_label.isVisible() and "30" in screen.empty_label.text()
    assert not screen.trash_table.isVisible()
    assert not screen.restore_button.isEnabled()


def test_deleted_participant_listed_and_restored(
    qtbot: QtBot,
    services: Services,
    clock: FixedClock,
    navigator: RecordingNavigator,
    screen: TrashScreen,
) -> None:
    participant_id = make_participant(services, first_name="Åsa", last_name="Öberg")
    services.participants.delete(participant_id)
    with pytest.raises(NotFoundError):
        services.participants.get(participant_id)
    screen.refresh()

    model = screen.model
    assert model.rowCount() == 1
    row = [model.data(model.index(0, column)) for column in range(model.columnCount())]
    today = clock.today()
    assert row[TrashScreen.COLUMN_WHAT] == "Åsa Öberg"
    assert row[TrashScreen.COLUMN_KIND]
    assert row[TrashScreen.COLUMN_DELETED] == today.isoformat()
    assert row[TrashScreen.COLUMN_EXPIRES] == (today + timedelta(days=30)).isoformat()
    assert screen.trash_table.isVisible() and not screen.empty_label.isVisible()

    qtbot.mouseClick(screen.restore_button, Qt.MouseButton.LeftButton)

    assert services.participants.get(participant_id).first_name == "Åsa"
    assert navigator.published == [Changes(participants=frozenset({participant_id}))]
    assert model.rowCount() == 0 and screen.empty_label.isVisible()
    assert "Åsa Öberg" in screen.status_label.text()


def test_enter_on_a_row_restores_it(
    qtbot: QtBot, services: Services, navigator: RecordingNavigator, screen: TrashScreen
) -> None:
    first = make_participant(services, first_name="Anna")
    second = make_participant(services, first_name="Bo")
    services.participants.delete(first)
    services.participants.delete(second)
    screen.refresh()
    assert screen.model.rowCount() == 2
    screen.trash_table.setCurrentIndex(screen.model.index(1, 0))
    restored = screen.model.row_at(1).record_id

    qtbot.keyClick(screen.trash_table, Qt.Key.Key_Return)

    assert services.participants.get(restored)
    assert screen.model.rowCount() == 1
    assert [c.participants for c in navigator.published] == [frozenset({restored})]


def test_restore_of_a_record_gone_meanwhile_is_said_calmly(
    qtbot: QtBot,
    services: Services,
    navigator: RecordingNavigator,
    screen: TrashScreen,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    participant_id = make_participant(services)
    services.participants.delete(participant_id)
    screen.refresh()
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, title, _text: shown.append(title))
    services.trash.restore(screen.model.row_at(0).kind, participant_id)  # restored elsewhere

    qtbot.mouseClick(screen.restore_button, Qt.MouseButton.LeftButton)

    assert shown and navigator.published == []
    assert screen.model.rowCount() == 0
