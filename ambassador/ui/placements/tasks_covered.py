"""Which of the employer's tasks a placement covers, ticked in the placement's form: the
employer's tasks as a checklist, read again when the employer changes."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QListWidgetItem, QVBoxLayout, QWidget

from ambassador.domain.enums import ListName
from ambassador.domain.tasks import EmployerTask
from ambassador.ui.common.checklist import LABEL_ROLE, Checklist
from ambassador.ui.i18n import list_name


def task_text(task: EmployerTask) -> str:
    """A task as one line: its name and, after a dash, its category in the window's words."""
    if not task.category:
        return task.title
    return f"{task.title} – {list_name(ListName.TASK_CATEGORIES, task.category)}"


class TaskChecklist(Checklist):
    """A checklist of tasks: each entry shows the task and holds its id."""

    def set_tasks(self, tasks: Sequence[EmployerTask], checked: Iterable[int] = ()) -> None:
        chosen = set(checked)
        self.blockSignals(True)
        self.clear()
        for task in tasks:
            if task.id is None:
                continue
            item = QListWidgetItem(task_text(task))
            item.setData(LABEL_ROLE, str(task.id))
            item.setToolTip(task_text(task))
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(
                Qt.CheckState.Checked if task.id in chosen else Qt.CheckState.Unchecked
            )
            self.addItem(item)
        self.blockSignals(False)
        self._fit_height()

    def checked_ids(self) -> tuple[int, ...]:
        return tuple(int(label) for label in self.checked_labels())

    def set_id_checked(self, task_id: int, checked: bool = True) -> None:
        self.set_label_checked(str(task_id), checked)


class TasksCovered(QWidget):
    """The checklist, or a line saying why there is nothing to tick."""

    edited = Signal()  # the person ticked or cleared a task

    def __init__(
        self, tasks_of: Callable[[int], list[EmployerTask]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._tasks_of = tasks_of  # an employer's tasks, read when it is chosen
        self._employer_id: int | None = None
        self._tasks: list[EmployerTask] = []
        self.checklist = TaskChecklist(self.tr("Tasks covered"))
        self.checklist.setAccessibleDescription(
            self.tr("The employer's tasks this placement covers.")
        )
        self.checklist.edited.connect(self.edited)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.checklist)
        layout.addWidget(self.empty_label)
        self.setFocusProxy(self.checklist)
        self.set_tasks(None, [])

    def set_tasks(
        self, employer_id: int | None, tasks: Sequence[EmployerTask], checked: Iterable[int] = ()
    ) -> None:
        """Offer `tasks` (the employer's, None: no employer chosen yet) with `checked` ticked."""
        self._tasks = [task for task in tasks if task.id is not None]
        self.checklist.set_tasks(self._tasks, checked)
        if employer_id is None:
            self.empty_label.setText(self.tr("Choose an employer to see the tasks it offers."))
        else:
            self.empty_label.setText(
                self.tr("The employer lists no tasks yet. Add them on the employer.")
            )
        self.checklist.setVisible(bool(self._tasks))
        self.empty_label.setVisible(not self._tasks)

    def show_employer(self, employer_id: int | None, checked: Iterable[int] | None = None) -> None:
        """Offer the tasks of `employer_id`; those of `checked` ticked (None: keep what is
        ticked, which another employer's tasks never are)."""
        ticked = self.task_ids() if checked is None else tuple(checked)
        if employer_id == self._employer_id and checked is None:
            return
        self._employer_id = employer_id
        tasks = [] if employer_id is None else self._tasks_of(employer_id)
        self.set_tasks(employer_id, tasks, ticked)

    def task_ids(self) -> tuple[int, ...]:
        return self.checklist.checked_ids()

    def text_of(self, task_ids: Iterable[int]) -> str:
        """The tasks of `task_ids` one a line, for the conflict dialog (an id the employer no
        longer lists is left out: its task is gone)."""
        wanted = set(task_ids)
        return "\n".join(task_text(task) for task in self._tasks if task.id in wanted)
