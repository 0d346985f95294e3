"""The one date field of the window: typed as Swedes write dates, left with one Tab, and a
calendar with Monday first and week numbers a click (or Alt+Down) away.

Qt's QDateEdit moves Tab from year to month to day inside itself: someone tabbing through a
form while typing changed a start date without seeing it and the rest of their typing landed
in other fields. Here a date is one line of text, read leniently when it is used ("2026-12-07",
"20261207", "261207", "7/12", "7 dec", "07.12.2026", "7. dec. 2026") and shown as the window's
language writes a date in a list once the field is left (2026-12-07; 07.12.2026 in Danish). Text
that is no date stays as typed, for the form to name in its error row; the field never
guesses a value the person did not write.

`DateField` keeps the QDateEdit calls the forms used (`date`, `setDate`, `dateChanged`), so a
form, the reports' period and the questionnaire entry change only where they create one.
`DateTimeField` is a date field and a time field ("HH:MM") side by side.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain import formats
from ambassador.ui.common.formatting import shown_date
from ambassador.ui.i18n import current_language

# Month names as written in Swedish, English and Danish; three letters or more of one is
# enough (the Danish januar, februar, juni, juli and august begin the Swedish names).
_MONTHS = (
    ("januari", "january"),
    ("februari", "february"),
    ("mars", "march", "marts"),
    ("april", "april"),
    ("maj", "may"),
    ("juni", "june"),
    ("juli", "july"),
    ("augusti", "august"),
    ("september", "september"),
    ("oktober", "october"),
    ("november", "november"),
    ("december", "december"),
)
# Inside the fields, `date` and `time` are the QDateEdit-style methods; these are the types.
Day = date
TimeOfDay = time


def _month(word: str) -> int:
    word = word.rstrip(".")
    if len(word) < 3:
        raise ValueError(word)
    found = {
        number
        for number, names in enumerate(_MONTHS, start=1)
        for name in names
        if name.startswith(word)
    }
    if len(found) != 1:
        raise ValueError(word)
    return found.pop()


def _year(text: str | None, reference: date) -> int:
    if not text:
        return reference.year
    return 2000 + int(text) if len(text) == 2 else int(text)


def parse_day(text: str, reference: date | None = None) -> date:
    """A date as Swedes or Danes write it: 2026-12-07, 2026-12-7, 20261207, 261207, 26-12-07,
    7/12, 7/12/2026, 7.12.26, 07.12.2026, 07-12-2026, 7 dec, 7 december 2026, 7. dec. 2026,
    7. marts 2026. Day and month without a year are in the year
    of `reference` (today when None). Raises ValueError for anything else, or a day that is
    not in the calendar."""
    reference = reference or date.today()
    text = " ".join(text.strip().lower().split())
    if match := re.fullmatch(r"(\d{4})(\d{2})(\d{2})", text):
        year, month, day = (int(part) for part in match.groups())
    elif match := re.fullmatch(r"(\d{2})(\d{2})(\d{2})", text):
        year, month, day = 2000 + int(match[1]), int(match[2]), int(match[3])
    elif match := re.fullmatch(r"(\d{4}|\d{2})-(\d{1,2})-(\d{1,2})", text):
        year, month, day = _year(match[1], reference), int(match[2]), int(match[3])
    elif match := re.fullmatch(r"(\d{1,2})-(\d{1,2})-(\d{4})", text):
        day, month, year = int(match[1]), int(match[2]), int(match[3])
    elif match := re.fullmatch(r"(\d{4})[./ ](\d{1,2})[./ ](\d{1,2})", text):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    elif match := re.fullmatch(r"(\d{1,2})[/.](\d{1,2})(?:[/.\- ] ?(\d{4}|\d{2}))?\.?", text):
        day, month, year = int(match[1]), int(match[2]), _year(match[3], reference)
    elif match := re.fullmatch(r"(\d{1,2})\.? ?([a-zåäöæø]+\.?)(?: (\d{4}|\d{2}))?", text):
        day, month, year = int(match[1]), _month(match[2]), _year(match[3], reference)
    else:
        raise ValueError(text)
    return date(year, month, day)


def parse_time(text: str) -> time:
    """A time of day: 9, 09, 930, 0930, 9:30, 9.30, 09:30. Raises ValueError."""
    text = text.strip()
    if match := re.fullmatch(r"(\d{1,2})(?:[:.]?(\d{2}))?", text):
        return time(int(match[1]), int(match[2] or 0))
    raise ValueError(text)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class CalendarPopup(QFrame):
    """The calendar under a date field: Monday first, ISO week numbers, Esc closes it alone."""

    chosen = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar.clicked.connect(self.chosen)
        self.calendar.activated.connect(self.chosen)  # Enter on a day
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.hide()  # not the form: Esc here must never reach the dialog's Cancel
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """A date typed on one line, with a button for the calendar. `date()` is the date the
    text reads as, else the last one it read as (a QDateEdit's habit, which the reports'
    period relies on); a form asks `is_acceptable()` and names the problem."""

    dateChanged = Signal(QDate)  # noqa: N815 - QDateEdit's name: the text reads as another day
    edited = Signal()  # the text changed, by typing or by the calendar
    finished = Signal()  # the person left the field or chose from the calendar

    def __init__(
        self,
        day: date | None = None,
        *,
        reference: date | None = None,
        optional: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """`reference`: the day whose year a date typed without one is in (default `day`,
        else today); `optional`: an empty field is acceptable."""
        super().__init__(parent)
        self.field_name = ""  # the form's name for the field, for its errors
        self._reference = reference or day
        self._optional = optional
        self._last = day if day is not None else self._reference or date.today()
        self._popup: CalendarPopup | None = None
        self._forwarding = False

        self.line_edit = QLineEdit()
        if formats.format_of(current_language()).short_date == "%Y-%m-%d":
            self.line_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
            self.line_edit.setToolTip(
                self.tr("For example 2026-12-07, 20261207, 7/12 or 7 dec. Alt+Down: calendar.")
            )
        else:  # Danish
            self.line_edit.setPlaceholderText(self.tr("DD.MM.YYYY"))
            self.line_edit.setToolTip(
                self.tr("For example 07.12.2026, 7. dec. 2026, 7/12 or 7 dec. Alt+Down: calendar.")
            )
        # Wide enough for a date and a little more, not the whole form.
        width = self.line_edit.fontMetrics().horizontalAdvance("0000-00-00") * 2
        self.line_edit.setMinimumWidth(width)
        self.calendar_button = QToolButton()
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setToolTip(self.tr("Choose from the calendar (Alt+Down)"))
        self.calendar_button.setAccessibleName(self.tr("Choose from the calendar"))
        # Out of the Tab order: one Tab leaves the field; the calendar is Alt+Down or a click.
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.clicked.connect(self.show_calendar)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line_edit, 1)
        row.addWidget(self.calendar_button)
        self.setFocusProxy(self.line_edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        if day is not None:
            self.line_edit.setText(shown_date(day))
        self.line_edit.textChanged.connect(self._on_line_edit_text_changed)
        self.line_edit.editingFinished.connect(self._on_line_edit_editing_finished)
        self.line_edit.installEventFilter(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Keys sent to the field itself (by an accessibility tool, a test) are typed into
        its line, as keys to the focused field are; one the line leaves goes on up."""
        if self._forwarding:
            event.ignore()
            return
        self._forwarding = True
        try:
            QApplication.sendEvent(self.line_edit, event)
        finally:
            self._forwarding = False
        event.accept()  # the line passed it on up already, if it did not use it

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        """The name is the line edit's, which screen readers land on."""
        super().setAccessibleName(name)
        self.line_edit.setAccessibleName(name)

    def setAccessibleDescription(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleDescription(text)
        self.line_edit.setAccessibleDescription(text)

    # Reading and writing ------------------------------------------------------------------

    def text(self) -> str:
        return self.line_edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - as QLineEdit
        self.line_edit.setText(text)

    def clear(self) -> None:
        self.line_edit.clear()

    def day(self) -> date | None:
        """The date the text reads as; None when empty or unreadable."""
        try:
            return parse_day(self.text(), self._reference_day())
        except ValueError:
            return None

    def is_acceptable(self) -> bool:
        """The text is a date, or it is empty in an optional field."""
        if not self.text().strip():
            return self._optional
        return self.day() is not None

    def date(self) -> QDate:
        return to_qdate(self.day() or self._last)

    def setDate(self, value: QDate | Day) -> None:  # noqa: N802 - as QDateEdit
        day = from_qdate(value) if isinstance(value, QDate) else value
        self.line_edit.setText(shown_date(day))

    def set_reference(self, day: Day) -> None:
        self._reference = day

    def _reference_day(self) -> Day:
        return self._reference or date.today()

    # The calendar -------------------------------------------------------------------------

    def calendar_popup(self) -> CalendarPopup:
        if self._popup is None:
            self._popup = CalendarPopup(self)
            self._popup.chosen.connect(self._on_popup_chosen)
        return self._popup

    def show_calendar(self) -> None:
        popup = self.calendar_popup()
        popup.calendar.setSelectedDate(self.date())
        popup.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height()))
        popup.move(below)
        popup.show()
        popup.calendar.setFocus()

    def _on_popup_chosen(self, day: QDate) -> None:
        if self._popup is not None:
            self._popup.hide()
        self.setDate(day)
        self.line_edit.setFocus()
        self.finished.emit()

    # Slots and keys ---------------------------------------------------------------------

    def _on_line_edit_text_changed(self, _text: str) -> None:
        day = self.day()
        if day is not None and day != self._last:
            self._last = day
            self.dateChanged.emit(to_qdate(day))
        self.edited.emit()

    def _on_line_edit_editing_finished(self) -> None:
        day = self.day()
        if day is not None and self.text() != shown_date(day):
            self.line_edit.setText(shown_date(day))  # as it will be read: 07.12.2026
        self.finished.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.line_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if (key == Qt.Key.Key_Down and alt) or key == Qt.Key.Key_F4:
                self.show_calendar()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not alt:
                # A day later or earlier, as a QDateEdit's arrows did.
                step = 1 if key == Qt.Key.Key_Up else -1
                self.setDate(self.date().addDays(step))
                return True
        return super().eventFilter(watched, event)


class DateTimeField(QWidget):
    """A date field and a time field ("HH:MM"), each left with one Tab."""

    dateTimeChanged = Signal(QDateTime)  # noqa: N815 - QDateTimeEdit's name
    edited = Signal()
    finished = Signal()

    def __init__(self, moment: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field_name = ""
        self._last_time = moment.time().replace(second=0, microsecond=0)
        self._last_moment = self._moment_of(moment.date(), self._last_time)
        self.date_field = DateField(moment.date())
        self.time_edit = QLineEdit(f"{moment:%H:%M}")
        self.time_edit.setPlaceholderText(self.tr("HH:MM"))
        self.time_edit.setAccessibleName(self.tr("Time"))
        self.time_edit.setMaximumWidth(self.time_edit.fontMetrics().horizontalAdvance("00:00") * 3)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date_field, 1)
        row.addWidget(self.time_edit)
        self.setFocusProxy(self.date_field)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.date_field.edited.connect(self._on_edited)
        self.date_field.finished.connect(self.finished)
        self.time_edit.textChanged.connect(self._on_edited)
        self.time_edit.editingFinished.connect(self._on_time_edit_editing_finished)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleName(name)
        self.date_field.setAccessibleName(name)
        self.time_edit.setAccessibleName(self.tr("%1, time").replace("%1", name))

    def setAccessibleDescription(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleDescription(text)
        self.date_field.setAccessibleDescription(text)
        self.time_edit.setAccessibleDescription(text)

    @staticmethod
    def _moment_of(day: Day, clock: TimeOfDay) -> datetime:
        return datetime.combine(day, clock)

    def clock_time(self) -> TimeOfDay | None:
        try:
            return parse_time(self.time_edit.text())
        except ValueError:
            return None

    def is_acceptable(self) -> bool:
        return self.date_field.is_acceptable() and self.clock_time() is not None

    def date(self) -> QDate:
        return self.date_field.date()

    def time(self) -> QTime:
        moment = self.clock_time() or self._last_time
        return QTime(moment.hour, moment.minute)

    def dateTime(self) -> QDateTime:  # noqa: N802 - as QDateTimeEdit
        return QDateTime(self.date(), self.time())

    def moment(self) -> datetime:
        clock = self.clock_time() or self._last_time
        return datetime.combine(from_qdate(self.date()), clock)

    def setDateTime(self, value: QDateTime | datetime) -> None:  # noqa: N802
        moment = value.toPython() if isinstance(value, QDateTime) else value
        assert isinstance(moment, datetime)
        self.date_field.setDate(moment.date())
        self.time_edit.setText(f"{moment:%H:%M}")

    def _on_edited(self, *_args: object) -> None:
        clock = self.clock_time()
        if clock is not None:
            self._last_time = clock
        moment = self.moment()
        if self.is_acceptable() and moment != self._last_moment:
            self._last_moment = moment
            self.dateTimeChanged.emit(self.dateTime())
        self.edited.emit()

    def _on_time_edit_editing_finished(self) -> None:
        clock = self.clock_time()
        if clock is not None and self.time_edit.text() != f"{clock:%H:%M}":
            self.time_edit.setText(f"{clock:%H:%M}")
        self.finished.emit()
