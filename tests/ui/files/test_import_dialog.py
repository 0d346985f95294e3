"""Importing from a spreadsheet: the file read as written, the columns recognised or chosen by
hand, every row's fate shown before anything is saved, and only then one import."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ambassador.domain.errors import RuleViolationError, StorageError
from ambassador.domain.exports import ListKind
from ambassador.domain.identity import BAD_CHECKSUM
from ambassador.interchange.refusals import FOLDER, TOO_MANY_ROWS, grouped
from ambassador.interchange.sheets import DAMAGED
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.services.importing import HAS_BAD_ROWS, ImportResult, RowStatus
from ambassador.storage.database import DISK_FULL
from ambassador.ui.common import dialogs
from ambassador.ui.files.column_mapping import ColumnMappingTable
from ambassador.ui.files.import_dialog import ImportDialog
from ambassador.ui.files.import_preview_model import PreviewTableModel
from ambassador.ui.i18n import message
from tests.factories import make_identity_number, make_participant
from tests.opendocument import ods_bytes
from tests.ui.driving import RecordingNavigator, choose, finish_work, show

ANNA = make_identity_number(date(1990, 4, 2), woman=True)
OLLE = make_identity_number(date(1984, 11, 30), woman=False)
BAD_NUMBER = ANNA[:-1] + str((int(ANNA[-1]) + 1) % 10)

SWEDISH_EXCEL = (
    f"Förnamn;Efternamn;Personnummer;Kön\nÅsa;Ärlig;{ANNA};Kvinna\nÖrjan;Ödmark;{OLLE};Man\n"
)


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


@pytest.fixture
def dialog(qtbot: QtBot, services: Services, navigator: RecordingNavigator) -> ImportDialog:
    return show(qtbot, ImportDialog(services, navigator))


@pytest.fixture
def informed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda _parent, _title, text: texts.append(text))
    return texts


@pytest.fixture
def failures(monkeypatch: pytest.MonkeyPatch) -> list[Exception]:
    shown: list[Exception] = []
    monkeypatch.setattr(dialogs, "show_failure", lambda _parent, _title, error: shown.append(error))
    return shown


def import_now(qtbot: QtBot, dialog: ImportDialog) -> None:
    with qtbot.waitSignal(dialog.import_ended, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def model_row(model: PreviewTableModel, row: int) -> list[str]:
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def names(services: Services) -> set[tuple[str, str]]:
    return {(p.first_name, p.last_name) for p in services.participants.page()}


def test_swedish_excel_csv_in_windows_1252_is_imported(
    qtbot: QtBot,
    swedish: None,
    services: Services,
    navigator: RecordingNavigator,
    dialog: ImportDialog,
    informed: list[str],
    tmp_path: Path,
) -> None:
    dialog.load_file(write(tmp_path, "deltagare.csv", SWEDISH_EXCEL, encoding="cp1252"))
    finish_work(qtbot)  # read on the worker

    assert dialog.file_label.text() == "deltagare.csv"
    assert "Windows-1252" in dialog.detected_label.text()
    assert dialog.encoding_combo.isEnabled() and dialog.delimiter_combo.isEnabled()
    assert dialog.mapping_table.rowCount() == 4
    assert dialog.mapping_table.item(0, ColumnMappingTable.HEADER).text() == "Förnamn"
    assert dialog.mapping_table.item(0, ColumnMappingTable.SAMPLE).text() == "Åsa"
    assert dialog.mapping == {
        0: "first_name",
        1: "last_name",
        2: "personal_identity_number",
        3: "gender",
    }
    assert not dialog.missing_label.isVisible()
    assert dialog.preview is not None and dialog.preview.count(RowStatus.NEW) == 2
    assert dialog.import_button.isEnabled() and not dialog.leave_out_check.isEnabled()

    import_now(qtbot, dialog)

    assert names(services) == {("Åsa", "Ärlig"), ("Örjan", "Ödmark")}
    ids = frozenset(p.id for p in services.participants.page())
    assert navigator.published == [Changes(participants=ids)]
    assert len(informed) == 1 and "2" in informed[0]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_bad_row_blocks_the_import_until_left_out(
    qtbot: QtBot,
    english: None,
    services: Services,
    navigator: RecordingNavigator,
    dialog: ImportDialog,
    informed: list[str],
    tmp_path: Path,
) -> None:
    text = f"Förnamn;Efternamn;Personnummer\nBritt;Bra;{OLLE}\nFelix;Fel;{BAD_NUMBER}\n"
    dialog.load_file(write(tmp_path, "deltagare.csv", text))
    finish_work(qtbot)  # read on the worker

    model = dialog.preview_model
    assert model.rowCount() == 2
    good = model_row(model, 0)
    assert good[:2] == ["2", "New"] and good[PreviewTableModel.COLUMN_WHO].startswith("Britt Bra")
    assert OLLE not in good[PreviewTableModel.COLUMN_WHO]  # masked
    refused = model_row(model, 1)
    assert refused[PreviewTableModel.COLUMN_ROW] == "3"
    assert refused[PreviewTableModel.COLUMN_RESULT] == "Refused"
    assert refused[PreviewTableModel.COLUMN_REASONS] == f"Personnummer: {message(BAD_CHECKSUM)}"
    assert BAD_NUMBER not in refused[PreviewTableModel.COLUMN_WHO]
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert dialog.counts_label.text() == "1 new, 0 already registered, 1 refused"
    assert not dialog.import_button.isEnabled()
    assert dialog.leave_out_check.isEnabled()

    dialog.leave_out_check.setChecked(True)
    assert dialog.import_button.isEnabled()
    import_now(qtbot, dialog)

    assert names(services) == {("Britt", "Bra")}
    assert len(navigator.published) == 1
    assert dialog.result_of_import is not None and dialog.result_of_import.added == 1
    assert "1" in informed[0]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_wrong_separator_by_hand_merges_the_columns_and_automatic_mends_it(
    qtbot: QtBot, english: None, dialog: ImportDialog, tmp_path: Path
) -> None:
    dialog.load_file(write(tmp_path, "deltagare.csv", SWEDISH_EXCEL))
    finish_work(qtbot)  # read on the worker
    assert "semicolon" in dialog.detected_label.text()
    assert dialog.import_button.isEnabled()

    choose(dialog.delimiter_combo, ",")
    finish_work(qtbot)  # read on the worker

    assert dialog.mapping_table.rowCount() == 1
    assert dialog.mapping_table.item(0, 0).text() == "Förnamn;Efternamn;Personnummer;Kön"
    assert dialog.missing_label.isVisible()
    assert "First name" in dialog.missing_label.text()
    assert "comma" in dialog.detected_label.text()
    assert dialog.preview_model.rowCount() == 0 and dialog.counts_label.text() == ""
    assert not dialog.import_button.isEnabled()

    dialog.delimiter_combo.setCurrentIndex(0)  # Automatic
    finish_work(qtbot)

    assert dialog.mapping_table.rowCount() == 4
    assert not dialog.missing_label.isVisible()
    assert dialog.import_button.isEnabled()


def test_encoding_chosen_by_hand_rereads_the_file(
    qtbot: QtBot, english: None, dialog: ImportDialog, tmp_path: Path
) -> None:
    dialog.load_file(write(tmp_path, "deltagare.csv", SWEDISH_EXCEL, encoding="cp1252"))
    finish_work(qtbot)  # read on the worker

    choose(dialog.encoding_combo, "utf-8")
    finish_work(qtbot)  # read on the worker

    assert dialog.mapping_table.item(0, ColumnMappingTable.SAMPLE).text() != "Åsa"
    assert "UTF-8" in dialog.detected_label.text()
    assert "semicolon" in dialog.detected_label.text()  # the separator still as detected

    choose(dialog.encoding_combo, "cp1252")
    finish_work(qtbot)  # read on the worker

    assert dialog.mapping_table.item(0, ColumnMappingTable.SAMPLE).text() == "Åsa"


def test_remapping_a_column_changes_the_preview(
    qtbot: QtBot, english: None, dialog: ImportDialog, tmp_path: Path
) -> None:
    text = f"Förnamn;Efternamn;Personnummer;Gammalt nummer\nBritt;Bra;{OLLE};{BAD_NUMBER}\n"
    dialog.load_file(write(tmp_path, "deltagare.csv", text))
    finish_work(qtbot)  # read on the worker
    assert dialog.mapping_table.combo("Gammalt nummer").currentData() is None
    assert dialog.preview is not None and dialog.preview.count(RowStatus.NEW) == 1

    choose(dialog.mapping_table.combo("Gammalt nummer"), "personal_identity_number")
    finish_work(qtbot)  # checked on the worker

    # Read from one place only: the column that had it before is no longer imported.
    assert dialog.mapping_table.combo("Personnummer").currentIndex() == 0
    assert dialog.mapping == {0: "first_name", 1: "last_name", 3: "personal_identity_number"}
    assert dialog.preview.count(RowStatus.BAD) == 1
    reasons = model_row(dialog.preview_model, 0)[PreviewTableModel.COLUMN_REASONS]
    assert reasons == f"Gammalt nummer: {message(BAD_CHECKSUM)}"
    assert not dialog.import_button.isEnabled()

    dialog.mapping_table.combo("Förnamn").setCurrentIndex(0)  # Not imported
    finish_work(qtbot)  # checked on the worker

    assert dialog.missing_label.isVisible() and "First name" in dialog.missing_label.text()
    assert dialog.preview is None and not dialog.import_button.isEnabled()


def test_mapping_offers_the_kinds_columns_translated(
    qtbot: QtBot, swedish: None, dialog: ImportDialog, tmp_path: Path
) -> None:
    dialog.load_file(write(tmp_path, "deltagare.csv", SWEDISH_EXCEL))
    finish_work(qtbot)  # read on the worker
    combo: QComboBox = dialog.mapping_table.combo("Förnamn")
    offered = [combo.itemText(index) for index in range(1, combo.count())]
    assert QCoreApplication.translate("Columns", "First name") in offered
    assert QCoreApplication.translate("Columns", "Employer") not in offered

    choose(dialog.kind_combo, ListKind.EMPLOYERS)
    finish_work(qtbot)  # checked on the worker

    combo = dialog.mapping_table.combo("Förnamn")
    offered = [combo.itemText(index) for index in range(1, combo.count())]
    assert QCoreApplication.translate("Columns", "Employer") in offered
    assert dialog.missing_label.isVisible()
    assert not dialog.import_button.isEnabled()


def test_xlsx_loads_with_the_csv_choices_disabled(
    qtbot: QtBot, english: None, dialog: ImportDialog, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Förnamn", "Efternamn", "Personnummer"])
    sheet.append(["Åsa", "Ärlig", ANNA])
    path = tmp_path / "deltagare.xlsx"
    workbook.save(path)

    dialog.load_file(path)
    finish_work(qtbot)  # read on the worker

    assert not dialog.encoding_combo.isEnabled() and not dialog.delimiter_combo.isEnabled()
    assert "Excel" in dialog.detected_label.text()
    assert dialog.preview is not None and dialog.preview.count(RowStatus.NEW) == 1
    assert dialog.import_button.isEnabled()

    dialog.load_file(write(tmp_path, "deltagare.csv", SWEDISH_EXCEL))
    finish_work(qtbot)  # read on the worker

    assert dialog.encoding_combo.isEnabled() and dialog.delimiter_combo.isEnabled()


def test_damaged_file_is_said_and_changes_nothing(
    qtbot: QtBot,
    english: None,
    services: Services,
    navigator: RecordingNavigator,
    dialog: ImportDialog,
    tmp_path: Path,
) -> None:
    dialog.load_file(write(tmp_path, "deltagare.csv", SWEDISH_EXCEL))
    finish_work(qtbot)  # read on the worker
    damaged = tmp_path / "deltagare.xlsx"
    damaged.write_bytes(b"\x00\x13garbage that is no workbook\xff" * 50)

    dialog.load_file(damaged)
    finish_work(qtbot)  # read on the worker

    assert dialog.file_error_label.isVisible()
    assert dialog.file_error_label.text() == message(DAMAGED)
    assert dialog.file_label.text() == "deltagare.xlsx"
    assert dialog.mapping_table.rowCount() == 0 and dialog.preview_model.rowCount() == 0
    assert not dialog.import_button.isEnabled()
    assert not dialog.encoding_combo.isEnabled()
    assert services.participants.page() == [] and navigator.published == []

    dialog.load_file(tmp_path / "deltagare.csv")
    finish_work(qtbot)  # read on the worker

    assert not dialog.file_error_label.isVisible() and dialog.import_button.isEnabled()


def test_ods_loads_like_a_workbook(
    qtbot: QtBot, english: None, dialog: ImportDialog, tmp_path: Path
) -> None:
    path = tmp_path / "deltagare.ods"
    path.write_bytes(ods_bytes([["Förnamn", "Efternamn", "Personnummer"], ["Åsa", "Ärlig", ANNA]]))

    dialog.load_file(path)
    finish_work(qtbot)  # read on the worker

    assert not dialog.encoding_combo.isEnabled() and not dialog.delimiter_combo.isEnabled()
    assert dialog.detected_label.text() == "Read as an OpenDocument spreadsheet"
    assert dialog.preview is not None and dialog.preview.count(RowStatus.NEW) == 1
    assert dialog.import_button.isEnabled()


def test_a_file_over_a_limit_is_one_sentence_naming_it(
    qtbot: QtBot, english: None, services: Services, dialog: ImportDialog, tmp_path: Path
) -> None:
    services.settings.save(replace(services.settings.get(), import_max_rows=100))
    path = write(tmp_path, "lista.csv", "Förnamn;Efternamn\n" + "Anna;Berg\n" * 101)

    dialog.load_file(path)
    finish_work(qtbot)  # read on the worker

    assert dialog.file_error_label.isVisible()
    assert dialog.file_error_label.text() == message(TOO_MANY_ROWS, rows=grouped(100))
    assert dialog.preview_model.rowCount() == 0 and not dialog.import_button.isEnabled()

    dialog.load_file(tmp_path)
    finish_work(qtbot)  # read on the worker

    assert dialog.file_error_label.text() == message(FOLDER)


def test_choose_button_asks_for_a_spreadsheet(
    qtbot: QtBot,
    english: None,
    dialog: ImportDialog,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    path = write(tmp_path, "deltagare.csv", SWEDISH_EXCEL)
    asked: list[tuple[Path, str]] = []
    answers: list[Path | None] = [None, path]

    def choose_open_path(
        _parent: object, _title: str, start: Path, name_filter: str
    ) -> Path | None:
        asked.append((start, name_filter))
        return answers.pop(0)

    monkeypatch.setattr(dialogs, "choose_open_path", choose_open_path)

    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.mapping_table.rowCount() == 0 and not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    finish_work(qtbot)  # read on the worker

    assert "*.csv" in asked[0][1] and "*.xlsx" in asked[0][1]
    assert dialog.file_label.text() == "deltagare.csv"
    assert dialog.import_button.isEnabled()


def test_import_runs_away_from_the_window_thread(
    qtbot: QtBot,
    english: None,
    services: Services,
    dialog: ImportDialog,
    informed: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    commit = services.imports.commit
    threads: list[threading.Thread] = []

    def recording_commit(*args: object, **kwargs: object) -> ImportResult:
        threads.append(threading.current_thread())
        return commit(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(services.imports, "commit", recording_commit)
    dialog.load_file(write(tmp_path, "deltagare.csv", SWEDISH_EXCEL))
    finish_work(qtbot)  # read on the worker

    import_now(qtbot, dialog)

    assert threads and threads[0] is not threading.main_thread()
    assert len(services.participants.page()) == 2


@pytest.mark.parametrize(
    "error",
    [RuleViolationError(HAS_BAD_ROWS, count=1), StorageError(DISK_FULL)],
    ids=["refused", "disk-full"],
)
def test_failed_import_is_shown_and_the_dialog_stays(
    qtbot: QtBot,
    english: None,
    services: Services,
    navigator: RecordingNavigator,
    dialog: ImportDialog,
    failures: list[Exception],
    informed: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    error: Exception,
) -> None:
    def failing_commit(*_args: object, **_kwargs: object) -> ImportResult:
        raise error

    monkeypatch.setattr(services.imports, "commit", failing_commit)
    dialog.load_file(write(tmp_path, "deltagare.csv", SWEDISH_EXCEL))
    finish_work(qtbot)  # read on the worker

    import_now(qtbot, dialog)

    assert failures == [error] and informed == []
    assert navigator.published == [] and services.participants.page() == []
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.import_button.isEnabled() and dialog.kind_combo.isEnabled()


def test_existing_participants_are_shown_as_already_registered(
    qtbot: QtBot, english: None, services: Services, dialog: ImportDialog, tmp_path: Path
) -> None:
    make_participant(services, first_name="Åsa", last_name="Ärlig", personal_identity_number=ANNA)
    dialog.load_file(write(tmp_path, "deltagare.csv", SWEDISH_EXCEL))
    finish_work(qtbot)  # read on the worker

    assert dialog.counts_label.text() == "1 new, 1 already registered, 0 refused"
    first = model_row(dialog.preview_model, 0)
    assert first[PreviewTableModel.COLUMN_RESULT] == "Already registered"
    assert first[PreviewTableModel.COLUMN_REASONS].startswith("Personnummer: ")
    assert dialog.import_button.isEnabled()


def test_employers_dialog_opens_on_their_columns(
    qtbot: QtBot,
    english: None,
    services: Services,
    navigator: RecordingNavigator,
    informed: list[str],
    tmp_path: Path,
) -> None:
    dialog = show(qtbot, ImportDialog(services, navigator, kind=ListKind.EMPLOYERS))
    text = "Arbetsgivare;Bransch;Kontaktperson\nBageriet Ost;Livsmedel;Kim Kontakt\n"
    dialog.load_file(write(tmp_path, "arbetsgivare.csv", text))
    finish_work(qtbot)  # read on the worker

    assert dialog.kind is ListKind.EMPLOYERS
    assert dialog.mapping == {0: "name", 1: "industry", 2: "contact_name"}
    import_now(qtbot, dialog)

    assert navigator.published and navigator.published[0].employers
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_preview_model_passes_the_model_tester(
    qtbot: QtBot,
    english: None,
    qtmodeltester: ModelTester,
    services: Services,
    dialog: ImportDialog,
    tmp_path: Path,
) -> None:
    make_participant(services, first_name="Åsa", last_name="Ärlig", personal_identity_number=ANNA)
    text = SWEDISH_EXCEL + f"Felix;Fel;{BAD_NUMBER};Man\n"
    dialog.load_file(write(tmp_path, "deltagare.csv", text))
    finish_work(qtbot)  # read on the worker
    assert dialog.preview is not None and len(dialog.preview.rows) == 3

    qtmodeltester.check(dialog.preview_model)


def test_a_task_sheet_says_which_rows_update_a_listed_task(
    qtbot: QtBot, services: Services, dialog: ImportDialog, tmp_path: Path, informed: list[str]
) -> None:
    from ambassador.domain.tasks import EmployerTask
    from tests.factories import employer_fields

    employer = services.employers.create(
        employer_fields(name="Lagerhuset AB", organisation_number=None),
        [EmployerTask(title="Plocka varor")],
    ).employer.id
    path = write(
        tmp_path, "tasks.csv", "Employer;Task\nLagerhuset AB;Plocka varor\nLagerhuset AB;Packa\n"
    )
    choose(dialog.kind_combo, ListKind.TASKS)
    dialog.load_file(path)
    finish_work(qtbot)  # read on the worker
    assert dialog.counts_label.text() == "1 new, 1 to update, 0 already registered, 0 refused"
    assert model_row(dialog.preview_model, 0)[1] == "Update"
    assert dialog.import_button.isEnabled()
    import_now(qtbot, dialog)
    assert informed == ["Imported 2 records."]
    assert [t.title for t in services.employers.tasks(employer)] == ["Plocka varor", "Packa"]
