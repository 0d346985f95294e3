"""Search everywhere (Ctrl+K): participants, employers and note text as the person types."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.search import HitKind
from ambassador.services.bundle import Services
from ambassador.services.search import SearchResult
from ambassador.ui.common import formatting, icons, screen_fit
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.search.result_delegate import (
    TEXT_ROLE,
    Marked,
    ResultDelegate,
    ResultText,
    marked,
)

SEARCH_DELAY_MS = 150
RESULT_LIMIT = 50
RESULT_ROLE = Qt.ItemDataRole.UserRole
KIND_ICONS = {
    HitKind.PARTICIPANT: "participant",
    HitKind.EMPLOYER: "employer",
    HitKind.NOTE: "note",
}
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MOVE_KEYS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}


class SearchDialog(QDialog):
    def __init__(
        self, services: Services, navigator: Navigator, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = services.search
        self._navigator = navigator
        self._limit = RESULT_LIMIT  # grows by RESULT_LIMIT with each "Show more"
        self._build_ui()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Search everywhere"))
        self.resize(screen_fit.fitted_size(self, QSize(640, 480)))  # less on a small screen
        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText(self.tr("Search participants, employers and notes"))
        self.query_edit.setAccessibleName(self.tr("Search text"))
        self.query_edit.setAccessibleDescription(
            self.tr("Arrow keys choose a result; Enter opens it; Esc closes.")
        )
        self.query_edit.setClearButtonEnabled(True)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # it repeats what was typed
        self.status_label.setWordWrap(True)
        self.more_button = QPushButton(self.tr("Show &more"))
        self.more_button.setToolTip(
            self.tr("Show the next %1 older notes.").replace("%1", str(RESULT_LIMIT))
        )
        self.more_button.setAutoDefault(False)
        self.more_button.hide()
        self.more_button.clicked.connect(self._on_more_button_clicked)
        self.results_list = QListWidget()
        self.results_list.setAccessibleName(self.tr("Search results"))
        self.results_list.setItemDelegate(ResultDelegate(self.results_list))
        self.results_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_list.setUniformItemSizes(False)
        self.results_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Rows are as wide as the list and cut with "…": nothing to scroll to sideways. Laid out
        # again when the list is resized, so a snippet wraps to the new width.
        self.results_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_list.setResizeMode(QListView.ResizeMode.Adjust)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search_now)
        self.query_edit.textChanged.connect(self._on_query_edit_text_changed)
        self.query_edit.installEventFilter(self)
        self.results_list.installEventFilter(self)
        self.results_list.itemDoubleClicked.connect(self._on_results_list_item_double_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(self.query_edit)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.more_button)
        layout.addLayout(status_row)
        layout.addWidget(self.results_list, 1)
        self.query_edit.setFocus()
        self._show_hint()

    # Searching --------------------------------------------------------------------------

    def _on_query_edit_text_changed(self, _text: str) -> None:
        self._limit = RESULT_LIMIT
        self.search_timer.start()  # restarts: search once the person pauses

    def _on_more_button_clicked(self) -> None:
        row = self.results_list.currentRow()
        self._limit += RESULT_LIMIT
        self.run_search_now()
        if row >= 0:
            self.results_list.setCurrentRow(row)

    def run_search_now(self) -> None:
        self.search_timer.stop()
        text = self.query_edit.text().strip()
        self.results_list.clear()
        self.more_button.hide()
        if not text:
            self._show_hint()
            return
        outcome = self._service.search_counted(text, limit=self._limit)
        results = outcome.results
        for result in results:
            self.results_list.addItem(self._item(result))
        if not results:
            self.status_label.setText(self.tr("No matches for “%1”.").replace("%1", text))
            return
        if outcome.complete:
            self.status_label.setText(self.tr("%n match(es)", "", len(results)))
        elif outcome.past_cap:
            # Counted no further than the cap: "more than 1 000", never a number made up.
            self.status_label.setText(
                self.tr(
                    "More than %1 matches; %2 shown: names first, then the newest notes.",
                    "",
                    outcome.cap,
                )
                .replace("%1", formatting.whole(outcome.cap))
                .replace("%2", formatting.whole(len(results)))
            )
            self.more_button.show()
        else:
            # The count of all, never the page for all: "291 matches, 100 shown".
            self.status_label.setText(
                self.tr(
                    "%n matches in all; %1 shown: names first, then the newest notes.",
                    "",
                    outcome.total,
                ).replace("%1", formatting.whole(len(results)))
            )
            self.more_button.show()
        self.results_list.setCurrentRow(0)

    def _show_hint(self) -> None:
        self.status_label.setText(self.tr("Type part of a name, or a word from a note."))

    def results(self) -> list[SearchResult]:
        return [
            self.results_list.item(row).data(RESULT_ROLE)
            for row in range(self.results_list.count())
        ]

    def _kind_text(self, kind: HitKind) -> str:
        if kind is HitKind.PARTICIPANT:
            return self.tr("Participant")
        if kind is HitKind.EMPLOYER:
            return self.tr("Employer")
        return self.tr("Note")

    def _item(self, result: SearchResult) -> QListWidgetItem:
        hit = result.hit
        kind = self._kind_text(hit.kind)
        # A name's snippet is the whole name with the typed part marked; a number that tells
        # two equal names apart follows it.
        snippet = marked(hit.snippet)
        if hit.kind is not HitKind.NOTE and result.title.startswith(snippet.text):
            title = Marked(result.title, snippet.marks)
        else:
            title = Marked(result.title)
        spoken = f"{kind}: {result.title}"
        if hit.kind is HitKind.NOTE:
            spoken += f" – {snippet.text}"
        item = QListWidgetItem(icons.get(KIND_ICONS[hit.kind]), spoken)
        item.setData(RESULT_ROLE, result)
        item.setData(
            TEXT_ROLE, ResultText(kind, title, snippet if hit.kind is HitKind.NOTE else None)
        )
        item.setToolTip(spoken)
        return item

    # Keys and opening -------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in ENTER_KEYS and watched in (self.query_edit, self.results_list):
                self.open_selected()
                return True
            if key in MOVE_KEYS and watched is self.query_edit:
                self._move_selection(MOVE_KEYS[Qt.Key(key)])
                return True
        return super().eventFilter(watched, event)

    def _move_selection(self, step: int) -> None:
        count = self.results_list.count()
        if count == 0:
            return
        current = self.results_list.currentRow()
        row = 0 if current < 0 else min(max(current + step, 0), count - 1)
        self.results_list.setCurrentRow(row)
        self.results_list.scrollToItem(self.results_list.item(row))

    def open_selected(self) -> None:
        """Open the chosen result, or the first when none is chosen, and close."""
        if self.search_timer.isActive():
            self.run_search_now()
        if self.results_list.count() == 0:
            return
        item = self.results_list.currentItem() or self.results_list.item(0)
        self._open(item.data(RESULT_ROLE))

    def _on_results_list_item_double_clicked(self, item: QListWidgetItem) -> None:
        self._open(item.data(RESULT_ROLE))

    def _open(self, result: SearchResult) -> None:
        self.accept()
        kind = result.hit.kind
        if kind is HitKind.EMPLOYER and result.employer_id is not None:
            self._navigator.open_employer(result.employer_id)
        elif kind is HitKind.NOTE and result.placement_id is not None:
            self._navigator.open_placement(result.placement_id)
        elif result.participant_id is not None:
            self._navigator.open_participant(result.participant_id)
