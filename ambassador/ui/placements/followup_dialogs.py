"""The forms of a placement's follow-up: a note (or a check-in's record), a schedule, feedback."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLabel, QLineEdit, QSpinBox, QWidget

from ambassador.domain.drafts import DraftValue, note_key
from ambassador.domain.enums import ListName, Respondent, WithWhom
from ambassador.domain.errors import Problem, StorageError, ValidationError
from ambassador.domain.followup import (
    RATING_FIELDS,
    CheckIn,
    Feedback,
    FeedbackFields,
    Note,
    NoteFields,
    validate_feedback,
    validate_note,
)
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.placement import Placement
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.ui.common import labels, list_combo
from ambassador.ui.common.date_field import DateTimeField
from ambassador.ui.common.formatting import long_date, long_moment
from ambassador.ui.common.forms import FieldReader, FormDialog, date_edit, date_time_edit, text_area
from ambassador.ui.placements.dialog import fill_contacts
from ambassador.ui.questionnaires.choice_row import ChoiceRow, rating_row

SCHEDULED_IN_PAST = QT_TRANSLATE_NOOP(
    "Messages", "A check-in is planned ahead; choose a time later than now."
)
SERIES_AFTER_END = QT_TRANSLATE_NOOP(
    "Messages", "A repeating check-in must start on or before the placement's planned end."
)

MINUTES_MAX_DIGITS = 4
EVERY_DAYS_MAX = 365
DEFAULT_EVERY_DAYS = 7
CHECK_IN_TIME = time(10, 0)
# A note's draft is kept this long after typing stops: often enough that a crash loses a few
# words at most, seldom enough that typing never waits for the disk.
DRAFT_DELAY_MS = 1000


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def from_qdatetime(edit: QDateTimeEdit | DateTimeField) -> datetime:
    day, clock = edit.date(), edit.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())


def next_weekday(now: datetime) -> datetime:
    """The next working day (Monday to Friday) after `now`, mid-morning."""
    day = now.date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, CHECK_IN_TIME)


def kind_combo(kinds: list[str], current: str | None = None) -> QComboBox:
    """The note kinds by their names in the window's language; a kind since made inactive
    is added when it is the current one."""
    combo = QComboBox()
    list_combo.fill(combo, ListName.NOTE_KINDS, kinds, current or "")
    return combo


class NoteDialog(FormDialog[NoteFields]):
    """A new note, or a planned check-in's record. While it is typed it is kept as a draft
    in the database, a moment after typing stops, and offered back when the same form is
    opened again (after a crash, a flat battery); saving or discarding it lets it go."""

    draft_kept = Signal()  # the form's fields were written to the database as a draft

    def __init__(
        self,
        services: Services,
        placement: Placement | None,
        now: datetime,
        check_in: CheckIn | None = None,
        parent: QWidget | None = None,
        *,
        participant_id: int | None = None,
    ) -> None:
        """A note about a placement, or (`placement` None) about the person alone."""
        super().__init__("", parent)
        title = self.tr("New note") if check_in is None else self.tr("Record check-in")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._services = services
        self._placement_id = None if placement is None else placement.id
        owner = participant_id if placement is None else placement.participant_id
        assert owner is not None, "a note belongs to a placement or a participant"
        self._participant_id = owner
        self._now = now
        self._check_in = check_in
        self.saved_note: Note | None = None

        when = now if check_in is None else check_in.recorded_at(now)
        planned = ""
        if check_in is not None:
            planned = self.tr("Planned for %1.").replace("%1", long_moment(check_in.scheduled_at))
        self.occurred_at_edit = self.add_field(
            "occurred_at",
            self.tr("When"),
            date_time_edit(to_qdatetime(when)),
            help_text=planned,
            required=True,
        )
        self.kind_combo = kind_combo(
            services.settings.list_labels(ListName.NOTE_KINDS),
            None if check_in is None else check_in.kind,
        )
        self.add_field("kind", self.tr("Kind"), self.kind_combo, required=True)
        self.with_whom_combo = QComboBox()
        labels.fill_combo(self.with_whom_combo, WithWhom)
        self.add_field("with_whom", self.tr("With whom"), self.with_whom_combo)
        self.text_edit = self.add_field("text", self.tr("Note"), text_area(6), required=True)
        self.minutes_edit = QLineEdit()
        self.minutes_edit.setMaxLength(MINUTES_MAX_DIGITS + 1)
        self.add_field("minutes_spent", self.tr("Time spent (minutes)"), self.minutes_edit)
        self.shareable_check = self.add_checkbox(
            "shareable",
            self.tr("May be shared with the employer"),
            help_text=self.tr(
                "Internal notes never reach the employer's documents; only notes marked here "
                "are printed in the summary for the employer."
            ),
        )
        # Without a placement there is no employer to share with.
        self.shareable_check.setVisible(placement is not None)
        row = self.shareable_check.parentWidget()
        assert row is not None  # the row add_checkbox put it in
        row.setVisible(placement is not None)
        self.dropout_risk_check = self.add_checkbox("dropout_risk", self.tr("Risk of drop-out"))
        self.mark_untouched()
        self._start_draft(None if check_in is None else check_in.id)
        # Few actions: the person starts typing at once and saves with Ctrl+S.
        self.text_edit.setFocus()

    # The draft --------------------------------------------------------------------------

    def _start_draft(self, check_in_id: int | None) -> None:
        self.draft_key = note_key(
            participant_id=self._participant_id,
            placement_id=self._placement_id,
            check_in_id=check_in_id,
        )
        # The form as opened is the unchanged one: a draft restored into it is a change, so
        # Esc asks before it goes.
        self.change_guard.remember()
        self._blank_fields = self.draft_fields()
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.keep_draft)
        self.edited.connect(self._draft_timer.start)
        self.draft_label = QLabel()
        self.draft_label.setWordWrap(True)
        self.draft_label.hide()
        self.form_layout.insertRow(0, self.draft_label)
        try:
            draft = self._services.drafts.get(self.draft_key)
        except StorageError:
            draft = None
        if draft is None:
            return
        self._restore_draft(draft.fields)
        self._draft_timer.stop()  # nothing new to keep
        self.mark_untouched()
        self.draft_label.setText(
            self.tr(
                "An unsaved note from %1 was restored. Save it, or close and discard it."
            ).replace("%1", long_moment(draft.updated_at))
        )
        self.draft_label.show()

    def draft_fields(self) -> dict[str, DraftValue]:
        """The form's fields as a draft keeps them: as typed, readable or not."""
        return {
            "date": self.occurred_at_edit.date_field.text(),
            "time": self.occurred_at_edit.time_edit.text(),
            "kind": list_combo.chosen(self.kind_combo),
            "with_whom": self.with_whom_combo.currentData(),
            "text": self.text_edit.toPlainText(),
            "minutes_spent": self.minutes_edit.text(),
            "shareable": self.shareable_check.isChecked(),
            "dropout_risk": self.dropout_risk_check.isChecked(),
        }

    def _restore_draft(self, fields: Mapping[str, DraftValue]) -> None:
        def text(name: str) -> str | None:
            value = fields.get(name)
            return value if isinstance(value, str) else None

        if (day := text("date")) is not None:
            self.occurred_at_edit.date_field.setText(day)
        if (clock := text("time")) is not None:
            self.occurred_at_edit.time_edit.setText(clock)
        if (kind := text("kind")) is not None:
            index = self.kind_combo.findData(kind)
            index = index if index >= 0 else self.kind_combo.findText(kind)
            if index >= 0:
                self.kind_combo.setCurrentIndex(index)
        if (with_whom := text("with_whom")) is not None:
            labels.select_data(self.with_whom_combo, with_whom)
        if (note := text("text")) is not None:
            self.text_edit.setPlainText(note)
        if (minutes := text("minutes_spent")) is not None:
            self.minutes_edit.setText(minutes)
        for name, box in (
            ("shareable", self.shareable_check),
            ("dropout_risk", self.dropout_risk_check),
        ):
            value = fields.get(name)
            if isinstance(value, bool):
                box.setChecked(value)

    def keep_draft(self) -> None:
        """Write the form to the database as a draft; a form emptied again keeps none. A
        draft that cannot be written (a read-only file, a full disk) is let be: saving the
        note says what is wrong, and typing must not be interrupted for it."""
        fields = self.draft_fields()
        try:
            if fields == self._blank_fields:
                self._services.drafts.discard(self.draft_key)
                return
            self._services.drafts.keep(
                self.draft_key, self._participant_id, self._placement_id, fields
            )
        except StorageError:
            return
        self.draft_kept.emit()

    def _let_draft_go(self) -> None:
        self._draft_timer.stop()
        # One that cannot be removed is offered again next time: nothing typed is lost.
        with contextlib.suppress(StorageError):
            self._services.drafts.discard(self.draft_key)

    def discarded(self) -> None:
        self._let_draft_go()

    def done(self, result: int) -> None:
        self._draft_timer.stop()
        super().done(result)

    def read_fields(self, reader: FieldReader) -> NoteFields:
        return NoteFields(
            participant_id=self._participant_id,
            placement_id=self._placement_id,
            occurred_at=reader.date_time(self.occurred_at_edit),
            kind=list_combo.chosen(self.kind_combo),
            with_whom=WithWhom(self.with_whom_combo.currentData() or WithWhom.PARTICIPANT),
            text=self.text_edit.toPlainText(),
            minutes_spent=reader.optional_int("minutes_spent", self.minutes_edit),
            shareable=self._placement_id is not None and self.shareable_check.isChecked(),
            dropout_risk=self.dropout_risk_check.isChecked(),
        )

    def validate(self, fields: NoteFields) -> None:
        # The dialog's clock may be minutes old when the person saves; never older than now.
        validate_note(fields, max(self._now, self._services.clock.now()))

    def save(self, fields: NoteFields) -> Changes:
        if self._check_in is None:
            saved = self._services.follow_up.add_note(fields)
        else:
            saved = self._services.follow_up.complete_check_in(self._check_in.id, fields)
        self.saved_note = saved.note
        self._let_draft_go()
        return saved.changes


@dataclass(frozen=True)
class Schedule:
    scheduled_at: datetime
    kind: str
    every_days: int | None  # None: once


class ScheduleCheckInDialog(FormDialog[Schedule]):
    def __init__(
        self,
        services: Services,
        placement: Placement,
        now: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Schedule check-in"))
        self.setAccessibleName(self.tr("Schedule check-in"))
        self._services = services
        self._placement = placement
        self._now = now

        self.scheduled_at_edit = self.add_field(
            "scheduled_at",
            self.tr("When"),
            date_time_edit(to_qdatetime(next_weekday(now))),
            required=True,
        )
        self.kind_combo = kind_combo(services.settings.list_labels(ListName.NOTE_KINDS))
        self.add_field("kind", self.tr("Kind"), self.kind_combo, required=True)

        end = placement.planned_end_date
        if end is None:
            until = self.tr(
                "The placement has no planned end: check-ins are created for half a year ahead."
            )
        else:
            until = self.tr("Check-ins are created up to the planned end, %1.").replace(
                "%1", long_date(end)
            )
        self.repeat_check = self.add_checkbox("repeat", self.tr("Repeat"), help_text=until)
        self.every_days_spin = QSpinBox()
        self.every_days_spin.setRange(1, EVERY_DAYS_MAX)
        self.every_days_spin.setValue(DEFAULT_EVERY_DAYS)
        self.add_field("every_days", self.tr("Every (days)"), self.every_days_spin)
        self.repeat_check.toggled.connect(self._on_repeat_check_toggled)
        self._on_repeat_check_toggled(False)
        self.mark_untouched()
        self.resize(480, 320)

    def _on_repeat_check_toggled(self, checked: bool) -> None:
        self.every_days_spin.setEnabled(checked)
        # Whether a series fits before the planned end depends on the time too.
        self._on_field_edited("scheduled_at")

    def read_fields(self, reader: FieldReader) -> Schedule:
        return Schedule(
            scheduled_at=reader.date_time(self.scheduled_at_edit),
            kind=list_combo.chosen(self.kind_combo),
            every_days=self.every_days_spin.value() if self.repeat_check.isChecked() else None,
        )

    def validate(self, fields: Schedule) -> None:
        problems: list[Problem] = []
        if fields.scheduled_at < self._now:
            problems.append(Problem("scheduled_at", SCHEDULED_IN_PAST))
        end = self._placement.planned_end_date
        if fields.every_days is not None and end is not None and fields.scheduled_at.date() > end:
            problems.append(Problem("scheduled_at", SERIES_AFTER_END))
        if problems:
            raise ValidationError(problems)

    def save(self, fields: Schedule) -> Changes:
        follow_up = self._services.follow_up
        if fields.every_days is None:
            return follow_up.schedule_check_in(self._placement.id, fields.scheduled_at, fields.kind)
        return follow_up.schedule_series(
            self._placement.id, fields.scheduled_at, fields.every_days, fields.kind
        )


class FeedbackDialog(FormDialog[FeedbackFields]):
    def __init__(
        self,
        services: Services,
        placement: Placement,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Record feedback"))
        self.setAccessibleName(self.tr("Record feedback"))
        self._services = services
        self._placement = placement
        self.saved_feedback: Feedback | None = None

        self.given_on_edit = self.add_field(
            "given_on", self.tr("Given on"), date_edit(today), required=True
        )
        self.respondent_combo = QComboBox()
        labels.fill_combo(self.respondent_combo, Respondent)
        labels.select_data(self.respondent_combo, Respondent.EMPLOYER)
        self.add_field("respondent", self.tr("Respondent"), self.respondent_combo, required=True)
        self.contact_combo = QComboBox()
        fill_contacts(
            self.contact_combo,
            services.employers.contacts(placement.employer_id),
            self.tr("— none —"),
        )
        labels.select_data(self.contact_combo, placement.supervisor_id)
        self.add_field(
            "contact_id",
            self.tr("Contact"),
            self.contact_combo,
            help_text=self.tr("Who at the employer answered."),
        )

        self.add_heading(self.tr("Ratings from 1 (poor) to 5 (very good)"))
        # One click (or one digit key) a rating, not two clicks in a drop-down; a rating
        # left blank stays unrated, and clicking the ticked number again clears it.
        self.rating_rows: dict[str, ChoiceRow] = {}
        for name in RATING_FIELDS:
            row = rating_row()
            row.setAccessibleName(labels.rating_label(name))
            row.setToolTip(
                self.tr(
                    "Click a number or type 1 to 5. Not asked or not known: leave it blank "
                    "(click the ticked number again, or type 0, to clear it)."
                )
            )
            self.add_field(name, labels.rating_label(name), row, tracked=False)
            row.group.idClicked.connect(lambda _id, field=name: self._on_field_edited(field))
            row.answered.connect(lambda field=name: self._on_rating_answered(field))
            self.rating_rows[name] = row

        self.hiring_combo = QComboBox()
        self.hiring_combo.addItem(self.tr("Not asked"), None)
        self.hiring_combo.addItem(self.tr("Yes"), True)
        self.hiring_combo.addItem(self.tr("No"), False)
        self.add_field("could_consider_hiring", self.tr("Could consider hiring"), self.hiring_combo)
        self.strengths_edit = self.add_field("strengths", self.tr("Strengths"), text_area(3))
        self.areas_edit = self.add_field(
            "areas_to_develop", self.tr("Areas to develop"), text_area(3)
        )
        self.respondent_combo.currentIndexChanged.connect(self._on_respondent_combo_changed)
        self._on_respondent_combo_changed()
        self.mark_untouched()
        self.resize(560, 640)

    def _employer_answers(self) -> bool:
        return bool(self.respondent_combo.currentData() == Respondent.EMPLOYER)

    def _on_rating_answered(self, name: str) -> None:
        """A rating typed as a digit moves on to the next, as on the paper form."""
        self._on_field_edited(name)
        position = RATING_FIELDS.index(name)
        if position + 1 < len(RATING_FIELDS):
            self.rating_rows[RATING_FIELDS[position + 1]].setFocus()
        else:
            self.hiring_combo.setFocus()

    def _on_respondent_combo_changed(self, *_args: object) -> None:
        self.contact_combo.setEnabled(self._employer_answers() and self.contact_combo.count() > 1)

    def read_fields(self, reader: FieldReader) -> FeedbackFields:
        ratings = {
            name: value if isinstance(value := row.value(), int) else None
            for name, row in self.rating_rows.items()
        }
        return FeedbackFields(
            placement_id=self._placement.id,
            given_on=reader.date(self.given_on_edit),
            respondent=Respondent(self.respondent_combo.currentData() or Respondent.EMPLOYER),
            contact_id=self.contact_combo.currentData() if self._employer_answers() else None,
            could_consider_hiring=self.hiring_combo.currentData(),
            strengths=self.strengths_edit.toPlainText(),
            areas_to_develop=self.areas_edit.toPlainText(),
            **ratings,
        )

    def validate(self, fields: FeedbackFields) -> None:
        validate_feedback(fields)

    def save(self, fields: FeedbackFields) -> Changes:
        feedback, changes = self._services.follow_up.record_feedback(fields)
        self.saved_feedback = feedback
        return changes
