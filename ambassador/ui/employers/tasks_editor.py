"""The tasks an employer offers, edited inside the employer's form: a small table of the tasks,
and under it the chosen task's name, category and requirements."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.enums import ListName
from ambassador.domain.tasks import EmployerTask
from ambassador.ui.common import icons
from ambassador.ui.common.checklist import Checklist
from ambassador.ui.i18n import list_name, list_names


class TasksEditor(QWidget):
    edited = Signal()

    TITLE, CATEGORY, REQUIREMENTS = range(3)

    def __init__(
        self,
        categories: Sequence[str],
        requirements: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._categories = list(categories)
        self._requirements = list(requirements)
        self._tasks: list[EmployerTask] = []
        self._showing = False  # filling the fields from a task is not an edit
        self._build_ui()
        self._show_current()

    def _build_ui(self) -> None:
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Tasks on offer"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Task"), self.tr("Category"), self.tr("Requirements")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.CATEGORY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.REQUIREMENTS, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(self.fontMetrics().height() * 8)
        self.table.setMaximumHeight(self.fontMetrics().height() * 12)
        self.table.currentCellChanged.connect(lambda *_args: self._show_current())
        self.empty_label = QLabel(
            self.tr("No tasks listed yet. Add each task the employer can offer.")
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.add_button = QPushButton(icons.get("add"), self.tr("Add task"))
        self.add_button.setAccessibleName(self.tr("Add task"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button = QPushButton(icons.get("delete"), self.tr("Remove task"))
        self.remove_button.setAccessibleName(self.tr("Remove task"))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)

        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Task"))
        self.title_edit.setPlaceholderText(self.tr("For example: Pick goods for orders"))
        self.title_edit.setMaxLength(200)
        self.title_edit.textChanged.connect(self._on_task_edited)
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("Category"))
        self.category_combo.currentIndexChanged.connect(self._on_task_edited)
        self.requirements_list = Checklist(
            self.tr("Requirements"), entries_of=ListName.TASK_REQUIREMENTS
        )
        self.requirements_list.setAccessibleDescription(
            self.tr("What the task asks of the person doing it.")
        )
        self.requirements_list.edited.connect(self._on_task_edited)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.task_form = QWidget()
        form = QFormLayout(self.task_form)
        form.setContentsMargins(0, 0, 0, 0)
        for text, widget in (
            (self.tr("Task"), self.title_edit),
            (self.tr("Category"), self.category_combo),
            (self.tr("Requirements"), self.requirements_list),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        layout.addWidget(self.task_form)
        self.setFocusProxy(self.table)

    # The tasks ------------------------------------------------------------------------------

    def set_tasks(self, tasks: Sequence[EmployerTask]) -> None:
        self._tasks = list(tasks)
        self.table.setRowCount(0)
        for row in range(len(self._tasks)):
            self.table.insertRow(row)
            self._show_row(row)
        self.table.setCurrentCell(0 if self._tasks else -1, 0)
        self._show_current()

    def tasks(self) -> list[EmployerTask]:
        return list(self._tasks)

    def current_row(self) -> int:
        row = self.table.currentRow()
        return row if 0 <= row < len(self._tasks) else -1

    def _show_row(self, row: int) -> None:
        task = self._tasks[row]
        texts = (
            task.title,
            list_name(ListName.TASK_CATEGORIES, task.category),
            ", ".join(list_names(ListName.TASK_REQUIREMENTS, task.requirements)),
        )
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.table.setItem(row, column, item)

    def _show_current(self) -> None:
        row = self.current_row()
        has_task = row >= 0
        self.empty_label.setVisible(not self._tasks)
        self.table.setVisible(bool(self._tasks))
        self.task_form.setVisible(bool(self._tasks))
        self.task_form.setEnabled(has_task)
        self.remove_button.setEnabled(has_task)
        task = self._tasks[row] if has_task else EmployerTask(title="")
        self._showing = True
        self.title_edit.setText(task.title)
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("No category"), "")
        for category in [*self._categories, task.category]:
            if category and self.category_combo.findData(category) < 0:
                self.category_combo.addItem(list_name(ListName.TASK_CATEGORIES, category), category)
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(task.category), 0))
        self.requirements_list.set_labels(self._requirements, task.requirements)
        self._showing = False

    # Slots ----------------------------------------------------------------------------------

    def _on_add_button_clicked(self) -> None:
        self._tasks.append(EmployerTask(title=""))
        row = len(self._tasks) - 1
        self.table.insertRow(row)
        self._show_row(row)
        self.table.setCurrentCell(row, 0)
        self._show_current()
        self.title_edit.setFocus()
        self.edited.emit()

    def _on_remove_button_clicked(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        del self._tasks[row]
        self.table.removeRow(row)
        self.table.setCurrentCell(min(row, len(self._tasks) - 1), 0)
        self._show_current()
        self.edited.emit()

    def _on_task_edited(self, *_args: object) -> None:
        row = self.current_row()
        if self._showing or row < 0:
            return
        self._tasks[row] = replace(
            self._tasks[row],
            title=self.title_edit.text(),
            category=str(self.category_combo.currentData() or ""),
            requirements=self.requirements_list.checked_labels(),
        )
        self._show_row(row)
        self.edited.emit()
