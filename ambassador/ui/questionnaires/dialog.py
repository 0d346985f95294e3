"""Registrera enkätsvar: keying the answers of a pile of returned questionnaires one after the
other by their codes. Built for the keyboard: the code, five digits, Ctrl+S, next."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.enums import Respondent
from ambassador.domain.errors import NotFoundError, Problem, StorageError, ValidationError
from ambassador.domain.followup import RATING_FIELDS
from ambassador.domain.questionnaire import (
    COMMENTS,
    HIRING_NO,
    HIRING_QUESTION,
    HIRING_UNSURE,
    HIRING_YES,
    QUESTIONS,
    QuestionnaireAnswers,
    display_code,
)
from ambassador.domain.vocabulary import LABELS_CONTEXT
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.services.questionnaires import QuestionnaireInfo
from ambassador.ui.common import dialogs, screen_fit
from ambassador.ui.common.formatting import long_date
from ambassador.ui.common.forms import (
    BAD_DATE,
    date_edit,
    error_label,
    field_row,
    from_qdate,
    text_area,
    to_qdate,
)
from ambassador.ui.common.unsaved import ChangeGuard, may_close
from ambassador.ui.i18n import message, problem_text
from ambassador.ui.questionnaires.choice_row import ChoiceRow, rating_row


def labels_text(source: str) -> str:
    return QCoreApplication.translate(LABELS_CONTEXT, source)


class QuestionnaireDialog(QDialog):
    """Type the code, and the dialog says whose questionnaire it is; key the answers and
    save; the form empties for the next one."""

    def __init__(
        self,
        services: Services,
        publish: Callable[[Changes], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._publish = publish
        self.found: QuestionnaireInfo | None = None
        self.saved_count = 0
        self._build_ui()
        # Answers keyed and not saved are asked about on closing; a code alone is not worth
        # the question.
        self.change_guard = ChangeGuard(self, ignore=[self.code_edit])
        self._show_questions(Respondent.EMPLOYER)
        self.clear_form()

    def _build_ui(self) -> None:
        title = self.tr("Register questionnaire answers")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.error_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("For example K7M-2QX"))
        self.code_edit.setMaxLength(12)
        self.code_edit.setAccessibleName(self.tr("Questionnaire code"))
        self.code_edit.textEdited.connect(self._on_code_edit_text_edited)
        self.code_edit.returnPressed.connect(self._on_code_edit_return_pressed)
        self.error_labels["code"] = field_row(form, self.tr("&Code:"), self.code_edit)
        # Whose questionnaire the code is, across the form, so the person sees at once that
        # the paper in their hand is the one on screen.
        self.whose_label = QLabel()
        self.whose_label.setWordWrap(True)
        self.whose_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.whose_label.font()
        font.setBold(True)
        self.whose_label.setFont(font)
        form.addRow(self.whose_label)

        self.answered_on_edit = date_edit(self._services.clock.today())
        self.answered_on_edit.setAccessibleName(self.tr("Answered on"))
        self.error_labels["answered_on"] = field_row(
            form, self.tr("&Answered on:"), self.answered_on_edit
        )

        self.keys_label = QLabel(
            self.tr(
                "Key each answer as a digit 1–5 (0, - or space for a question left blank); "
                "the next question follows by itself. Hiring: 1 yes, 2 no, 3 don't know."
            )
        )
        self.keys_label.setWordWrap(True)
        self.keys_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form.addRow(self.keys_label)
        self.rating_rows: dict[str, ChoiceRow] = {}
        self.question_labels: dict[str, QLabel] = {}
        for name in RATING_FIELDS:
            row = rating_row()
            row.answered.connect(lambda name=name: self._on_row_answered(name))
            question = QLabel()
            question.setWordWrap(True)
            # Wide enough for most questions on one line; a long translation wraps.
            question.setMinimumWidth(question.fontMetrics().averageCharWidth() * 40)
            self.rating_rows[name] = row
            self.question_labels[name] = question
            self.error_labels[name] = field_row(form, question, row)

        self.hiring_row = ChoiceRow(
            [
                (labels_text(HIRING_YES), True, [Qt.Key.Key_1, Qt.Key.Key_J, Qt.Key.Key_Y]),
                (labels_text(HIRING_NO), False, [Qt.Key.Key_2, Qt.Key.Key_N]),
                (labels_text(HIRING_UNSURE), None, [Qt.Key.Key_3, Qt.Key.Key_V]),
            ],
            blank=None,
        )
        self.hiring_row.answered.connect(self._on_hiring_row_answered)
        self.hiring_label = QLabel(labels_text(HIRING_QUESTION))
        self.hiring_label.setWordWrap(True)
        self.hiring_row.setAccessibleName(labels_text(HIRING_QUESTION))
        self.error_labels["could_consider_hiring"] = field_row(
            form, self.hiring_label, self.hiring_row
        )

        self.strengths_edit = text_area(2)
        self.strengths_edit.setMaximumHeight(self.strengths_edit.minimumHeight() * 2)
        self.strengths_label = QLabel()
        self.error_labels["strengths"] = field_row(form, self.strengths_label, self.strengths_edit)
        self.areas_edit = text_area(2)
        self.areas_edit.setMaximumHeight(self.areas_edit.minimumHeight() * 2)
        self.areas_label = QLabel()
        self.error_labels["areas_to_develop"] = field_row(form, self.areas_label, self.areas_edit)

        self.general_error_label = error_label()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)

        self.button_box = QDialogButtonBox()
        self.save_button = self.button_box.addButton(
            self.tr("&Save and next"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setAccessibleName(self.tr("Save and next"))
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.close_button = self.button_box.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.button_box.rejected.connect(self.reject)

        form_widget = QWidget()
        form_widget.setLayout(form)
        layout = QVBoxLayout(self)
        # On a low screen the questions scroll, the buttons stay in view.
        layout.addWidget(screen_fit.DownScrolling(form_widget), 1)
        layout.addWidget(self.general_error_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.button_box)
        self.resize(780, self.sizeHint().height())

    # Showing ------------------------------------------------------------------------------

    def _show_questions(self, respondent: Respondent) -> None:
        for number, question in enumerate(QUESTIONS[respondent], start=1):
            text = f"{number}. {labels_text(question.text)}"
            self.question_labels[question.field].setText(text)
            self.rating_rows[question.field].setAccessibleName(text)
        employer = respondent is Respondent.EMPLOYER
        self.hiring_label.setVisible(employer)
        self.hiring_row.setVisible(employer)
        strengths, areas = COMMENTS[respondent]
        for edit, text_label, source in (
            (self.strengths_edit, self.strengths_label, strengths),
            (self.areas_edit, self.areas_label, areas),
        ):
            text_label.setText(labels_text(source))
            edit.setAccessibleName(labels_text(source))

    def _show_found(self, info: QuestionnaireInfo | None) -> None:
        self.found = info
        if info is None:
            self.whose_label.setText(
                self.tr("Type the code printed at the top of the questionnaire.")
            )
            self._show_questions(Respondent.EMPLOYER)
            return
        questionnaire = info.questionnaire
        if questionnaire.respondent is Respondent.EMPLOYER:
            whose = self.tr("Employer's questionnaire about %1 at %2, sent %3")
        else:
            whose = self.tr("Participant's questionnaire: %1 at %2, sent %3")
        text = (
            whose.replace("%1", info.participant_name)
            .replace("%2", info.employer_name)
            .replace("%3", long_date(questionnaire.sent_on))
        )
        if questionnaire.respondent is Respondent.EMPLOYER and info.supervisor_name:
            text += " · " + self.tr("supervisor %1").replace("%1", info.supervisor_name)
        if questionnaire.answered_on is not None:
            text += " · " + self.tr("answered %1").replace(
                "%1", long_date(questionnaire.answered_on)
            )
        self.whose_label.setText(text)
        self.whose_label.setAccessibleName(text)
        self._show_questions(questionnaire.respondent)

    def show_problems(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        by_field: dict[str, list[str]] = {}
        general: list[str] = []
        for problem in problems:
            if problem.field in self.error_labels:
                by_field.setdefault(problem.field, []).append(problem_text(problem))
            else:
                general.append(problem_text(problem))
        for name, errors in self.error_labels.items():
            texts = list(dict.fromkeys(by_field.get(name, [])))
            errors.setText("\n".join(texts))
            errors.setVisible(bool(texts))
        self.general_error_label.setText("\n".join(dict.fromkeys(general)))
        self.general_error_label.setVisible(bool(general))

    def clear_form(self) -> None:
        """Empty for the next questionnaire, the cursor in the code."""
        self.code_edit.clear()
        for row in self.rating_rows.values():
            row.clear()
        self.hiring_row.clear()
        self.strengths_edit.clear()
        self.areas_edit.clear()
        self.answered_on_edit.setDate(to_qdate(self._services.clock.today()))
        self.show_problems([])
        self._show_found(None)
        self.change_guard.remember()
        self.code_edit.setFocus()

    # Keying ------------------------------------------------------------------------------

    def look_up(self) -> bool:
        """Find the typed code's questionnaire; say what is wrong when there is none."""
        try:
            info = self._services.questionnaires.find(self.code_edit.text())
        except ValidationError as error:
            self._show_found(None)
            self.show_problems(error.problems)
            return False
        except NotFoundError:
            self._show_found(None)
            self.show_problems([Problem("code", dialogs.NOT_FOUND)])
            return False
        self._show_found(info)
        self.show_problems([])
        self.code_edit.setText(display_code(info.questionnaire.code))
        if info.questionnaire.answered_on is not None:
            self.error_labels["code"].setText(self.tr("Already answered: its answers are saved."))
            self.error_labels["code"].show()
        return True

    def _on_code_edit_text_edited(self, text: str) -> None:
        # Looked up as soon as six characters are typed, so the answers can follow at once.
        typed = "".join(ch for ch in text if ch.isalnum())
        if len(typed) >= 6:
            self.look_up()
        else:
            self._show_found(None)
            self.show_problems([])

    def _on_code_edit_return_pressed(self) -> None:
        if self.look_up():
            self.rating_rows[RATING_FIELDS[0]].setFocus()

    def _on_row_answered(self, name: str) -> None:
        position = RATING_FIELDS.index(name)
        if position + 1 < len(RATING_FIELDS):
            self.rating_rows[RATING_FIELDS[position + 1]].setFocus()
        elif self.hiring_row.isVisible():
            self.hiring_row.setFocus()
        else:
            self.strengths_edit.setFocus()

    def _on_hiring_row_answered(self) -> None:
        self.strengths_edit.setFocus()

    def answers(self) -> QuestionnaireAnswers:
        ratings = [self.rating_rows[name].value() for name in RATING_FIELDS]
        employer = self.found is None or self.found.questionnaire.respondent is Respondent.EMPLOYER
        hiring = self.hiring_row.value() if employer else None
        return QuestionnaireAnswers.from_ratings(
            from_qdate(self.answered_on_edit.date()),
            [value if isinstance(value, int) else None for value in ratings],
            hiring if isinstance(hiring, bool) else None,
            self.strengths_edit.toPlainText(),
            self.areas_edit.toPlainText(),
        )

    def save(self) -> bool:
        """Record the answers; on success the form empties for the next questionnaire."""
        if not self.answered_on_edit.is_acceptable():
            self.show_problems([Problem("answered_on", BAD_DATE)])
            self.answered_on_edit.setFocus()
            return False
        code = self.code_edit.text()
        try:
            saved = self._services.questionnaires.enter_answers(code, self.answers())
        except ValidationError as error:
            self.show_problems(error.problems)
            self._focus_first(error.problems)
            return False
        except NotFoundError:
            self.show_problems([Problem("", dialogs.NOT_FOUND)])
            return False
        except StorageError as error:
            dialogs.show_error(self, self.tr("The answers were not saved"), message(error.message))
            return False
        name = self.found.participant_name if self.found is not None else ""
        self.saved_count += 1
        self._publish(saved.changes)
        self.clear_form()
        self.status_label.setText(
            self.tr("Saved %1 (%2). Questionnaires registered now: %3.")
            .replace("%1", display_code(saved.questionnaire.code))
            .replace("%2", name)
            .replace("%3", str(self.saved_count))
        )
        return True

    def reject(self) -> None:
        """Close, Esc or the close button with answers keyed: Save / Discard / Keep editing."""
        if may_close(self.change_guard, self, self.windowTitle(), self._save_and_close):
            super().reject()

    def _save_and_close(self) -> None:
        if self.save():
            super().reject()

    def _focus_first(self, problems: tuple[Problem, ...]) -> None:
        widgets: dict[str, QWidget] = {
            "code": self.code_edit,
            "answered_on": self.answered_on_edit,
            "could_consider_hiring": self.hiring_row,
            "strengths": self.strengths_edit,
            "areas_to_develop": self.areas_edit,
            **self.rating_rows,
        }
        for problem in problems:
            widget = widgets.get(problem.field)
            if widget is not None:
                widget.setFocus()
                return


def open_questionnaire_dialog(
    parent: QWidget, services: Services, publish: Callable[[Changes], None]
) -> QuestionnaireDialog:
    """The quick entry over `parent`, modal to its window, the cursor in the code."""
    dialog = QuestionnaireDialog(services, publish, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.code_edit.setFocus()
    return dialog
