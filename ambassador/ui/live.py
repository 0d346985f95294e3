"""Other people's changes reaching the window: the services' listening thread (services/live.py)
hands each burst to `LiveUpdates.received`, a signal queued to the window's thread, where the
window refreshes as for its own saves and tells a form open on a changed record who saved it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ambassador.services.live import LiveChanges, LiveService
from ambassador.services.live import LiveUpdates as ListeningThread


class LiveUpdates(QObject):
    """The listening thread of a window on a server, started with the window's services and
    stopped when the window closes."""

    # A LiveChanges, emitted on the listening thread and received on the window's.
    received = Signal(object)

    def __init__(self, service: LiveService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._thread: ListeningThread | None = None

    @property
    def listening(self) -> ListeningThread | None:
        return self._thread

    def start(self) -> None:
        if self._thread is None:
            self._thread = self._service.start(self._on_thread_heard)

    def stop(self) -> None:
        """Stop the thread and wait for it (a quarter of a second at most)."""
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.stop()

    def _on_thread_heard(self, live: LiveChanges) -> None:
        # On the listening thread: the signal crosses to the window's thread as an event.
        thread = self._thread
        if thread is None:
            return
        try:
            self.received.emit(live)
        except RuntimeError:  # the window went without closing (a test's end): stop too
            thread.stop(timeout=0)
