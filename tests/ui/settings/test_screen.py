"""Inställningar: saved and read back, refused whole with the error beside its field, lists
edited in place, and the logo chosen and removed."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLineEdit, QListWidget
from pytestqt.qtbot import QtBot

from ambassador.domain.enums import ListName
from ambassador.domain.settings import PNG_SIGNATURE, Settings
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.ui.settings import logo
from ambassador.ui.settings.logo import LOGO_MAX_SIDE
from ambassador.ui.settings.screen import SettingsScreen
from tests.ui.driving import RecordingNavigator


@pytest.fixture(autouse=True)
def _screen_only_publishes(navigator: RecordingNavigator) -> Iterator[None]:
    """This screen changes records; it never opens one elsewhere."""
    yield
    assert all(call[0] == "publish" for call in navigator.calls)


@pytest.fixture
def screen(qtbot: QtBot, services: Services, navigator: RecordingNavigator) -> SettingsScreen:
    widget = SettingsScreen(services, navigator)
    qtbot.addWidget(widget)
    widget.refresh()
    widget.show()
    return widget


def test_settings_saved_and_read_back(
    qtbot: QtBot, services: Services, navigator: RecordingNavigator, screen: SettingsScreen
) -> None:
    screen.organisation_edit.setText(" Solbacka kommun ")
    screen.coordinator_name_edit.setText("Maja Lind")
    screen.coordinator_phone_edit.setText("070-123 45 67")
    screen.coordinator_email_edit.setText("maja.lind@solbacka.se")
    every, _weeks, _silent = screen.default_plan_editor.spins(0)
    every.setValue(5)
    screen.silent_spin.setValue(10)
    screen.language_combo.setCurrentIndex(screen.language_combo.findData("en"))
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)

    assert services.settings.get() == Settings(
        organisation_name="Solbacka kommun",
        coordinator_name="Maja Lind",
        coordinator_phone="070-123 45 67",
        coordinator_email="maja.lind@solbacka.se",
        follow_up_plan="[[5, 4, 10], [14, 8, 18], [30, null, 35]]",
        silent_after_days=10,
        language="en",
    )
    assert navigator.published == [Changes(settings=True)]
    assert screen.status_label.text()

    again = SettingsScreen(services, navigator)
    qtbot.addWidget(again)
    again.refresh()
    assert again.organisation_edit.text() == "Solbacka kommun"
    assert again.coordinator_email_edit.text() == "maja.lind@solbacka.se"
    assert again.default_plan_editor.spins(0)[0].value() == 5
    assert again.silent_spin.value() == 10
    assert again.language_combo.currentData() == "en"


def test_bad_email_shown_beside_its_field_and_nothing_saved(
    services: Services, navigator: RecordingNavigator, screen: SettingsScreen
) -> None:
    screen.organisation_edit.setText("Solbacka kommun")
    screen.coordinator_email_edit.setText("maja.lind")
    screen.placement_types_editor.list_widget.item(0).setText("Ändrad typ")

    assert screen.save() is False

    email_error = screen.error_labels["coordinator_email"]
    assert email_error.isVisible() and "name@example.se" in email_error.text()
    assert not screen.error_labels["organisation_name"].isVisible()
    assert screen.coordinator_email_edit.hasFocus() or not screen.isActiveWindow()
    assert services.settings.get() == Settings()
    assert "Ändrad typ" not in services.settings.list_labels(ListName.PLACEMENT_TYPES)
    assert navigator.published == []


def _open_editor(view: QListWidget) -> QLineEdit:
    """The line edit open on an entry; closed ones linger hidden until deleted later."""
    (line,) = [edit for edit in view.findChildren(QLineEdit) if edit.isVisible()]
    return line


def test_list_edited_in_place_and_saved(
    qtbot: QtBot, services: Services, navigator: RecordingNavigator, screen: SettingsScreen
) -> None:
    services.settings.save_list(ListName.NOTE_KINDS, ["Telefonsamtal", "Besök", "E-post"])
    screen.refresh()
    editor = screen.note_kinds_editor
    kinds = screen.note_kinds_list
    # The names of the window's language (English here): a default entry has one.
    assert editor.labels() == ["Phone call", "Besök", "E-post"]

    # Add: a new entry after the chosen one, typed in place.
    kinds.setCurrentRow(2)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    line = _open_editor(kinds)
    line.insert("Möte")  # QTest types ASCII only
    qtbot.keyClick(line, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: editor.labels() == ["Phone call", "Besök", "E-post", "Möte"])

    # Rename the first entry in place.
    kinds.setCurrentRow(0)
    qtbot.mouseClick(editor.rename_button, Qt.MouseButton.LeftButton)
    line = _open_editor(kinds)
    line.selectAll()
    qtbot.keyClicks(line, "Samtal")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.labels()[0] == "Samtal")

    # Move "Möte" to the top, "Samtal" down one, and remove "E-post".
    kinds.setCurrentRow(3)
    for _ in range(3):
        qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert not editor.up_button.isEnabled()
    kinds.setCurrentRow(1)
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    kinds.setCurrentRow(3)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.labels() == ["Möte", "Besök", "Samtal"]

    assert screen.save() is True
    # Renamed, "Phone call" keeps the label its notes are filed under, and its Swedish name.
    assert services.settings.list_labels(ListName.NOTE_KINDS) == ["Möte", "Besök", "Telefonsamtal"]
    assert services.settings.list_names("en").names_of(
        ListName.NOTE_KINDS, ["Möte", "Besök", "Telefonsamtal"]
    ) == ["Möte", "Besök", "Samtal"]
    assert services.settings.list_names("sv").name(ListName.NOTE_KINDS, "Telefonsamtal") == (
        "Telefonsamtal"
    )
    assert navigator.published and navigator.published[-1].settings


def test_add_left_blank_is_no_entry(qtbot: QtBot, screen: SettingsScreen) -> None:
    editor = screen.referral_sources_editor
    before = editor.labels()
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    line = _open_editor(screen.referral_sources_list)
    assert len(editor.labels()) == len(before) + 1
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.labels() == before)


def test_empty_list_refused_and_nothing_saved(
    qtbot: QtBot, services: Services, navigator: RecordingNavigator, screen: SettingsScreen
) -> None:
    services.settings.save_list(ListName.ENDING_REASONS, ["Sjukdom", "Flytt"])
    screen.refresh()
    screen.organisation_edit.setText("Solbacka kommun")
    editor = screen.ending_reasons_editor
    screen.ending_reasons_list.setCurrentRow(0)
    while editor.labels():
        qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
        if not editor.remove_button.isEnabled():
            screen.ending_reasons_list.setCurrentRow(0)

    assert screen.save() is False

    assert editor.error_label.isVisible() and editor.error_label.text()
    assert services.settings.list_labels(ListName.ENDING_REASONS) == ["Sjukdom", "Flytt"]
    assert services.settings.get().organisation_name == ""
    assert navigator.published == []


def _write_png(path: Path, width: int, height: int) -> Path:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#1f5f8b"))
    assert image.save(str(path), "PNG")
    return path


def test_logo_chosen_scaled_saved_and_removed(
    qtbot: QtBot,
    services: Services,
    screen: SettingsScreen,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    picture = _write_png(tmp_path / "logga.png", 1200, 300)
    monkeypatch.setattr(logo, "choose_logo_file", lambda _parent: str(picture))
    assert not screen.remove_logo_button.isEnabled()

    qtbot.mouseClick(screen.choose_logo_button, Qt.MouseButton.LeftButton)
    assert screen.logo_label.pixmap() is not None and not screen.logo_label.pixmap().isNull()
    assert screen.remove_logo_button.isEnabled()
    assert screen.save() is True

    stored = base64.b64decode(services.settings.get().logo_png)
    assert stored.startswith(PNG_SIGNATURE)
    image = QImage.fromData(stored, "PNG")
    assert (image.width(), image.height()) == (LOGO_MAX_SIDE, LOGO_MAX_SIDE // 4)

    qtbot.mouseClick(screen.remove_logo_button, Qt.MouseButton.LeftButton)
    assert screen.save() is True
    assert services.settings.get().logo_png == ""
    assert not screen.remove_logo_button.isEnabled()


def test_logo_file_that_is_no_image_is_said_so(
    qtbot: QtBot,
    services: Services,
    screen: SettingsScreen,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = tmp_path / "inte-en-bild.png"
    text.write_text("hej")
    monkeypatch.setattr(logo, "choose_logo_file", lambda _parent: str(text))
    qtbot.mouseClick(screen.choose_logo_button, Qt.MouseButton.LeftButton)
    assert screen.error_labels["logo_png"].isVisible()
    assert not screen.remove_logo_button.isEnabled()
    monkeypatch.setattr(logo, "choose_logo_file", lambda _parent: "")
    qtbot.mouseClick(screen.choose_logo_button, Qt.MouseButton.LeftButton)  # cancelled
    assert services.settings.get().logo_png == ""


def test_the_language_choice_offers_danish_by_its_own_name_and_saves_it(
    qtbot: QtBot, services: Services, screen: SettingsScreen
) -> None:
    combo = screen.language_combo
    offered = [(combo.itemData(n), combo.itemText(n)) for n in range(combo.count())]
    assert offered == [("sv", "Svenska"), ("en", "English"), ("da", "Dansk")]
    screen.organisation_edit.setText("Eksempelby Kommune")
    combo.setCurrentIndex(combo.findData("da"))
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert services.settings.get().language == "da"
