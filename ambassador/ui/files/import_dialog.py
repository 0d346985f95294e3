"""Bringing participants, employers or placements in from a CSV file or a workbook (.xlsx, .ods):
choose the file, correct how it was read, say which column is which, see what each row would
do, import."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.errors import AmbassadorError
from ambassador.domain.exports import IMPORTABLE, LIST_LABELS, ListKind
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.services.bundle import Services
from ambassador.services.importing import (
    COLUMNS_CONTEXT,
    CP1252,
    IMPORT_COLUMNS,
    UTF8,
    UTF8_SIG,
    ImportPreview,
    ImportResult,
    RowStatus,
    Sheet,
    SheetError,
    SheetFormat,
    guess_mapping,
    missing_columns,
)
from ambassador.ui.common import dialogs, icons, screen_fit
from ambassador.ui.common.forms import error_label
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.widgets import section_heading
from ambassador.ui.files.column_mapping import ColumnMappingTable
from ambassador.ui.files.import_preview_model import PreviewTableModel
from ambassador.ui.i18n import message

CONTEXT = "ImportDialog"

ENCODING_NAMES = {
    UTF8: QT_TRANSLATE_NOOP("ImportDialog", "UTF-8"),
    UTF8_SIG: QT_TRANSLATE_NOOP("ImportDialog", "UTF-8 with BOM"),
    CP1252: QT_TRANSLATE_NOOP("ImportDialog", "Windows-1252"),
}
DELIMITER_NAMES = {
    ";": QT_TRANSLATE_NOOP("ImportDialog", "semicolon"),
    ",": QT_TRANSLATE_NOOP("ImportDialog", "comma"),
    "\t": QT_TRANSLATE_NOOP("ImportDialog", "tab"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ImportDialog(QDialog):
    # After an import ended, well or not, and the dialog has said so.
    import_ended = Signal()

    def __init__(
        self,
        services: Services,
        navigator: Navigator,
        parent: QWidget | None = None,
        kind: ListKind = ListKind.PARTICIPANTS,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._navigator = navigator
        self._path: Path | None = None
        self._sheet: Sheet | None = None
        self._preview: ImportPreview | None = None
        self._importing = False
        self.result_of_import: ImportResult | None = None
        self._build_ui(kind)
        self._refresh_preview()

    # Building -----------------------------------------------------------------------------------

    def _build_ui(self, kind: ListKind) -> None:
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        self.kind_combo = QComboBox()
        for each in IMPORTABLE:
            self.kind_combo.addItem(QCoreApplication.translate("Labels", LIST_LABELS[each]), each)
        self.kind_combo.setCurrentIndex(IMPORTABLE.index(kind))
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)

        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.choose_button = QPushButton(icons.get("open"), self.tr("C&hoose file…"))
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)

        self.encoding_combo = QComboBox()
        self.encoding_combo.addItem(self.tr("Automatic"), None)
        self.encoding_combo.addItem(self.tr("UTF-8"), UTF8)
        self.encoding_combo.addItem(self.tr("UTF-8 with BOM"), UTF8_SIG)
        self.encoding_combo.addItem(self.tr("Windows-1252 (Swedish Excel)"), CP1252)
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.addItem(self.tr("Automatic"), None)
        self.delimiter_combo.addItem(self.tr("Semicolon ;"), ";")
        self.delimiter_combo.addItem(self.tr("Comma ,"), ",")
        self.delimiter_combo.addItem(self.tr("Tab"), "\t")
        for combo in (self.encoding_combo, self.delimiter_combo):
            combo.setEnabled(False)
            combo.currentIndexChanged.connect(self._on_dialect_combo_changed)
        self.detected_label = QLabel()
        self.file_error_label = error_label()

        form = QFormLayout()
        form.addRow(self.tr("&List:"), self.kind_combo)
        file_name = QLabel(self.tr("File:"))
        file_name.setBuddy(self.choose_button)
        form.addRow(file_name, file_row)
        form.addRow(self.tr("&Encoding:"), self.encoding_combo)
        form.addRow(self.tr("&Separator:"), self.delimiter_combo)
        form.addRow("", self.detected_label)
        form.addRow("", self.file_error_label)

        self.mapping_table = ColumnMappingTable()
        self.mapping_table.mapping_changed.connect(self._refresh_preview)
        self.missing_label = error_label()
        mapping_title = section_heading(self.tr("&Columns"))
        mapping_title.setBuddy(self.mapping_table)
        mapping_pane = QWidget()
        mapping_layout = QVBoxLayout(mapping_pane)
        mapping_layout.setContentsMargins(0, 0, 0, 0)
        mapping_layout.addWidget(mapping_title)
        mapping_layout.addWidget(self.mapping_table, 1)
        mapping_layout.addWidget(self.missing_label)

        self.preview_model = PreviewTableModel(self)
        self.preview_table = QTableView()
        self.preview_table.setModel(self.preview_model)
        self.preview_table.setAccessibleName(self.tr("Preview"))
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setWordWrap(False)
        self.preview_table.verticalHeader().hide()
        preview_header = self.preview_table.horizontalHeader()
        preview_header.setStretchLastSection(True)
        for column, width in ((PreviewTableModel.COLUMN_ROW, 60), (1, 170), (2, 220)):
            preview_header.resizeSection(column, width)
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        preview_title = section_heading(self.tr("&Preview"))
        preview_title.setBuddy(self.preview_table)
        preview_pane = QWidget()
        preview_layout = QVBoxLayout(preview_pane)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(preview_title)
        preview_layout.addWidget(self.counts_label)
        preview_layout.addWidget(self.preview_table, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(mapping_pane)
        splitter.addWidget(preview_pane)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)

        self.leave_out_check = QCheckBox(self.tr("Leave &out the refused rows and import the rest"))
        self.leave_out_check.toggled.connect(self._on_leave_out_check_toggled)
        self.status_label = error_label()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        self._content = QWidget()
        content = QVBoxLayout(self._content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addLayout(form)
        content.addWidget(splitter, 1)
        content.addWidget(self.leave_out_check)
        content.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self._content, 1)
        layout.addWidget(self.buttons)
        self.resize(960, 760)  # less on a small screen: screen_fit.keep_on_screen

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        screen_fit.keep_on_screen(self)
        super().showEvent(event)

    # The file -----------------------------------------------------------------------------------

    @property
    def kind(self) -> ListKind:
        return ListKind(self.kind_combo.currentData())

    @property
    def mapping(self) -> dict[int, str]:
        """The sheet's column index → the column key it is read as."""
        return self.mapping_table.mapping

    @property
    def preview(self) -> ImportPreview | None:
        return self._preview

    def load_file(self, path: Path) -> None:
        """Read `path`, detecting how it is written, and preview it."""
        self._path = path
        self.file_label.setText(path.name)
        self.file_label.setToolTip(str(path))
        for combo in (self.encoding_combo, self.delimiter_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._read(keep_mapping=False)

    def _on_choose_button_clicked(self) -> None:
        # Starts in Documents, then wherever a file was last saved or read.
        path = self._navigator.choose_file_to_read(
            self,
            self.tr("Choose a spreadsheet"),
            self.tr("Spreadsheets (*.csv *.xlsx *.ods *.txt)"),
        )
        if path is not None:
            self.load_file(path)

    def _on_dialect_combo_changed(self, _index: int) -> None:
        if self._path is not None:
            self._read(keep_mapping=True)

    def _read(self, *, keep_mapping: bool) -> None:
        """Read the file on the window's worker (a workbook at the row limit takes seconds),
        then show its columns and what would happen."""
        assert self._path is not None
        path, imports = self._path, self._services.imports
        # A half left on Automatic is detected from the file.
        encoding = self.encoding_combo.currentData()
        delimiter = self.delimiter_combo.currentData()
        old_headers = self._sheet.headers if self._sheet is not None else None
        self.file_error_label.hide()
        self._navigator.busy.run(
            self.tr("Reading %1…").replace("%1", path.name),
            lambda _progress: imports.read(path, encoding, delimiter),
            lambda sheet: self._show_sheet(sheet, keep_mapping and sheet.headers == old_headers),
            self._on_read_refused,
        )

    def _on_read_refused(self, error: AmbassadorError) -> None:
        assert self._path is not None
        self._sheet = None
        params = error.params if isinstance(error, SheetError) else {}
        self.file_error_label.setText(message(getattr(error, "message", ""), **params))
        self.file_error_label.show()
        self.detected_label.clear()
        self._show_columns(self._path.suffix.lower() not in (".xlsx", ".ods"), {})

    def _show_sheet(self, sheet: Sheet, same_columns: bool) -> None:
        mapping = self.mapping if same_columns else guess_mapping(self.kind, sheet.headers)
        self._sheet = sheet
        self.detected_label.setText(self._dialect_text(sheet))
        self._show_columns(sheet.dialect is not None, mapping)

    def _show_columns(self, csv: bool, mapping: dict[int, str]) -> None:
        for combo in (self.encoding_combo, self.delimiter_combo):
            combo.setEnabled(csv)
        self.mapping_table.show_sheet(self.kind, self._sheet, mapping)
        self._refresh_preview()

    def _dialect_text(self, sheet: Sheet) -> str:
        if sheet.file_format is SheetFormat.ODS:
            return self.tr("Read as an OpenDocument spreadsheet")
        if sheet.dialect is None:
            return self.tr("Read as an Excel workbook")
        return (
            self.tr("Read as %1, %2")
            .replace("%1", _tr(ENCODING_NAMES[sheet.dialect.encoding]))
            .replace("%2", _tr(DELIMITER_NAMES[sheet.dialect.delimiter]))
        )

    # Which column is which ----------------------------------------------------------------------

    def _on_kind_combo_changed(self, _index: int) -> None:
        if self._sheet is not None:
            mapping = guess_mapping(self.kind, self._sheet.headers)
            self.mapping_table.show_sheet(self.kind, self._sheet, mapping)
        self._refresh_preview()

    def _column_names(self) -> dict[str, str]:
        """Each column key as the reasons name it: the file's own header where it has one."""
        names = {
            column.key: QCoreApplication.translate(COLUMNS_CONTEXT, column.header)
            for column in IMPORT_COLUMNS[self.kind]
        }
        if self._sheet is not None:
            for index, key in self.mapping.items():
                names[key] = self._sheet.headers[index]
        return names

    # What would happen --------------------------------------------------------------------------

    def _refresh_preview(self) -> None:
        self._preview = None
        self.status_label.hide()
        mapping = self.mapping
        missing = missing_columns(self.kind, mapping) if self._sheet is not None else []
        if missing:
            names = ", ".join(
                QCoreApplication.translate(COLUMNS_CONTEXT, column.header) for column in missing
            )
            self.missing_label.setText(
                self.tr("Choose which column holds: %1").replace("%1", names)
            )
            self.missing_label.show()
        else:
            self.missing_label.hide()
        if self._sheet is None or missing:
            self._show_preview(None)
            return
        imports, kind, sheet = self._services.imports, self.kind, self._sheet
        # Each row is checked against the register: seconds for a long file, on the worker.
        self._navigator.busy.run(
            self.tr("Checking the rows…"),
            lambda _progress: imports.preview(kind, sheet, mapping),
            self._show_preview,
            self._on_preview_refused,
        )

    def _on_preview_refused(self, error: AmbassadorError) -> None:
        self.status_label.setText(message(getattr(error, "message", "")))
        self.status_label.show()
        self._show_preview(None)

    def _show_preview(self, preview: ImportPreview | None) -> None:
        self._preview = preview
        rows = self._preview.rows if self._preview is not None else ()
        self.preview_model.set_rows(rows, self._column_names())
        self.counts_label.setText(self._counts_text())
        self._update_buttons()

    def _counts_text(self) -> str:
        if self._sheet is None:
            return self.tr(
                "Choose a CSV file or a workbook (Excel or OpenDocument) with a row of headings. "
                "Headings such as Förnamn, Efternamn, Personnummer, Arbetsgivare, Org.nr and "
                "Startdatum are recognised; you can say what the others are. Nothing is saved "
                "until you press Import."
            )
        if self._preview is None:
            return ""
        counts = [
            self.tr("%n new", "", self._preview.count(RowStatus.NEW)),
            self.tr("%n already registered", "", self._preview.count(RowStatus.EXISTING)),
            self.tr("%n refused", "", self._preview.count(RowStatus.BAD)),
        ]
        updated = self._preview.count(RowStatus.UPDATED)  # tasks the employer already lists
        if updated:
            counts.insert(1, self.tr("%n to update", "", updated))
        return ", ".join(counts)

    def _on_leave_out_check_toggled(self, _checked: bool) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        preview = self._preview
        refused = preview.count(RowStatus.BAD) if preview is not None else 0
        if not refused:
            # Ticked for an earlier file, it would silently apply to the next one's refusals.
            self.leave_out_check.blockSignals(True)
            self.leave_out_check.setChecked(False)
            self.leave_out_check.blockSignals(False)
        self.leave_out_check.setEnabled(refused > 0)
        self.import_button.setEnabled(
            preview is not None
            and preview.count(RowStatus.NEW) + preview.count(RowStatus.UPDATED) > 0
            and (not refused or self.leave_out_check.isChecked())
        )

    # Importing ----------------------------------------------------------------------------------

    @property
    def importing(self) -> bool:
        return self._importing

    def start_import(self) -> None:
        """Commit the new rows on the window's worker; `import_ended` follows."""
        if self.importing or not self.import_button.isEnabled() or self._sheet is None:
            return
        commit = partial(
            self._services.imports.commit,
            self.kind,
            self._sheet,
            self.mapping,
            leave_out_bad=self.leave_out_check.isChecked(),
        )
        self._importing = True
        self._navigator.busy.run(
            self.tr("Importing…"),
            lambda _progress: commit(),
            lambda result: self._ended(lambda: self._imported(result)),
            lambda error: self._ended(lambda: self._import_failed(error)),
        )

    def _ended(self, tell: Callable[[], None]) -> None:
        self._importing = False
        try:
            tell()
        finally:
            self.import_ended.emit()

    def _import_failed(self, error: AmbassadorError) -> None:
        dialogs.show_failure(self, self.tr("Could not import"), error)
        # The register may have changed meanwhile (the commit plans again): show it as it is.
        self._refresh_preview()

    def _imported(self, result: ImportResult) -> None:
        self.result_of_import = result
        self._navigator.publish(result.changes)
        lines = [self.tr("Imported %n records.", "", result.added)]
        if result.contacts_added:
            lines.append(self.tr("With them %n contact(s).", "", result.contacts_added))
        left_out = result.preview.count(RowStatus.BAD)
        if left_out:
            lines.append(self.tr("%n refused row(s) left out.", "", left_out))
        dialogs.inform(self, self.tr("Import from a spreadsheet"), " ".join(lines))
        self.accept()

    def reject(self) -> None:
        if self.importing:
            return  # the commit cannot be stopped halfway; it is one transaction
        super().reject()
