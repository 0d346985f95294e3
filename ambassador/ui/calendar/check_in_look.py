"""How the calendar shows a check-in's status: in words and with an icon as well as in colour
(never by colour alone), the colour readable on a dark background as on a light one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor, QIcon, QPalette
from PySide6.QtWidgets import QWidget

from ambassador.domain.enums import CheckInStatus, ListName
from ambassador.domain.overview import CheckInItem
from ambassador.ui.common import icons
from ambassador.ui.common.labels import label
from ambassador.ui.i18n import list_name

STATUS_ICONS = {
    CheckInStatus.DONE: "done",
    CheckInStatus.MISSED: "missed",
    CheckInStatus.CANCELLED: "cancelled",
}


class CheckInLook(QObject):
    """The look as of `today`, in the colours of `widget`'s palette."""

    def __init__(self, today: date, widget: QWidget) -> None:
        super().__init__(widget)
        self.today = today
        self._widget = widget

    def is_overdue(self, item: CheckInItem) -> bool:
        return item.status is CheckInStatus.PLANNED and item.scheduled_at.date() < self.today

    def status_text(self, item: CheckInItem) -> str:
        return self.tr("Overdue") if self.is_overdue(item) else label(item.status)

    def status_icon(self, item: CheckInItem) -> QIcon | None:
        if self.is_overdue(item):
            return icons.get("overdue")
        name = STATUS_ICONS.get(item.status)
        return None if name is None else icons.get(name)

    def status_brush(self, item: CheckInItem) -> QBrush | None:
        if self.is_overdue(item):
            return QBrush(self.overdue_colour())
        if item.status in (CheckInStatus.MISSED, CheckInStatus.CANCELLED):
            return self._widget.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None

    def overdue_colour(self) -> QColor:
        # A red that keeps its contrast on a dark base as on a light one.
        dark = self._widget.palette().color(QPalette.ColorRole.Base).lightness() < 128
        return QColor("#ff8a80") if dark else QColor("#b3261e")

    def describe(self, item: CheckInItem) -> str:
        """One line: time, who, where, kind and status."""
        return (
            f"{item.scheduled_at:%H:%M} {item.participant_name}, {item.employer_name}"
            f" – {list_name(ListName.NOTE_KINDS, item.kind)} – {self.status_text(item)}"
        )
