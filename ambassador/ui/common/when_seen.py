"""Reading a part of a scrolled page when it comes into view: a panel far down Rapporter reads
its figures when the coordinator scrolls to it, not each time the page opens or the data
change while it is out of sight."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class WhenSeen(QObject):
    """Calls `read` for `widget` once it is on screen after its data changed (`stale`): just
    after Qt next paints it, which Qt does only for what is in view. Until then the widget
    shows what it showed before, or nothing: out of sight, or for one frame.

    Whether a widget is in view is Qt's to say: a page just shown, or changed, is laid out
    after the events in hand, so its widgets' places are not yet known when told."""

    # The WhenSeens a drawing asked to read that have not yet: none is left behind when one
    # goes with its widget before its read.
    _asked: ClassVar[set[int]] = set()

    def __init__(self, widget: QWidget, read: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._read = read
        self._stale = False
        self._key = id(self)
        self.destroyed.connect(partial(WhenSeen._asked.discard, self._key))
        widget.installEventFilter(self)

    @staticmethod
    def reads_pending() -> bool:
        """Whether a drawing asked for a read that has not run yet: what is in view is not
        all drawn until it has (the benchmarks wait for it)."""
        return bool(WhenSeen._asked)

    @property
    def widget(self) -> QWidget:
        return self._widget

    @property
    def is_stale(self) -> bool:
        """Whether the data changed since `read` last ran."""
        return self._stale

    def stale(self) -> None:
        """The data changed: read when the widget is next drawn."""
        self._stale = True
        self._widget.update()

    def read_now(self) -> None:
        self._stale = False
        self._read()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Read after the paint, not in it: what `read` sets changes the layout being drawn.
        asked = self._key in WhenSeen._asked
        if self._stale and not asked and event.type() == QEvent.Type.Paint:
            WhenSeen._asked.add(self._key)
            QTimer.singleShot(0, self, self._read_if_in_view)
        return False

    def _read_if_in_view(self) -> None:
        WhenSeen._asked.discard(self._key)
        # Painted where the page was before it was laid out again, maybe: still in view?
        if self._stale and not self._widget.visibleRegion().isEmpty():
            self.read_now()
