"""The questionnaire in the window: keyed back by code and digits, its figures in Rapporter,
printed from a placement and logged."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ambassador.domain.enums import Respondent
from ambassador.domain.questionnaire import display_code
from ambassador.services.bundle import Services
from ambassador.services.questionnaires import QUESTIONNAIRE
from ambassador.ui.common import dialogs
from ambassador.ui.placements.screen import PlacementsScreen
from ambassador.ui.questionnaires.dialog import QuestionnaireDialog
from ambassador.ui.reports.screen import ReportsScreen
from tests.factories import make_employer, make_placement, make_supervisor
from tests.ui.driving import RecordingNavigator, finish_work, show


def issue(services: Services, tmp_path: Path, respondent: Respondent) -> tuple[int, str]:
    employer_id = make_employer(services, organisation_number=None, name="Lindqvists Café")
    supervisor_id = make_supervisor(services, employer_id)
    placement_id = make_placement(services, employer_id=employer_id, supervisor_id=supervisor_id)
    path = tmp_path / f"{respondent.value}-{placement_id}.pdf"
    issued = services.questionnaires.write(placement_id, respondent, path)
    return placement_id, issued.questionnaire.code


def type_keys(qtbot: QtBot, dialog: QWidget, keys: str) -> None:
    """Each key to whichever widget has the focus then, as a person keying a form."""
    for key in keys:
        focused = dialog.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, key)


@pytest.fixture
def entry(qtbot: QtBot, services: Services, navigator: RecordingNavigator) -> QuestionnaireDialog:
    return show(qtbot, QuestionnaireDialog(services, navigator.publish))


def test_employer_answers_keyed_by_code_and_digits(
    qtbot: QtBot,
    services: Services,
    navigator: RecordingNavigator,
    entry: QuestionnaireDialog,
    tmp_path: Path,
) -> None:
    placement_id, code = issue(services, tmp_path, Respondent.EMPLOYER)
    assert entry.focusWidget() is entry.code_edit

    qtbot.keyClicks(entry.code_edit, display_code(code).lower())
    # Six characters typed: the dialog says whose questionnaire it is before Enter.
    assert "Åsa Öberg" in entry.whose_label.text()
    assert "Lindqvists Café" in entry.whose_label.text()
    assert "2026-11-24" in entry.whose_label.text()
    assert entry.hiring_row.isVisibleTo(entry)
    qtbot.keyClick(entry.code_edit, Qt.Key.Key_Return)
    assert entry.focusWidget() is entry.rating_rows["attendance"]

    # Five digits fill the five questions, the sixth key answers the hiring question.
    type_keys(qtbot, entry, "453541")
    assert [row.value() for row in entry.rating_rows.values()] == [4, 5, 3, 5, 4]
    assert entry.hiring_row.value() is True
    assert entry.focusWidget() is entry.strengths_edit
    entry.strengths_edit.setPlainText("Noggrann och glad")
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)

    [feedback] = services.follow_up.feedback_of_placement(placement_id)
    assert (feedback.respondent, feedback.given_on.isoformat()) == (
        Respondent.EMPLOYER,
        "2026-11-24",
    )
    assert feedback.ratings() == {
        "attendance": 4,
        "performance": 5,
        "cooperation": 3,
        "development": 5,
        "felt_supported": 4,
    }
    assert (feedback.could_consider_hiring, feedback.strengths) == (True, "Noggrann och glad")
    [published] = navigator.published
    assert published.feedback == {feedback.id}
    # Ready for the next questionnaire of the pile.
    assert entry.code_edit.text() == "" and entry.focusWidget() is entry.code_edit
    assert all(row.value() is None for row in entry.rating_rows.values())
    assert display_code(code) in entry.status_label.text()
    assert entry.saved_count == 1


def test_participant_questionnaire_asks_no_hiring_and_takes_blanks(
    qtbot: QtBot, services: Services, entry: QuestionnaireDialog, tmp_path: Path
) -> None:
    placement_id, code = issue(services, tmp_path, Respondent.PARTICIPANT)
    entry.code_edit.setText(code)
    qtbot.keyClick(entry.code_edit, Qt.Key.Key_Return)
    assert not entry.hiring_row.isVisibleTo(entry)
    # 5, blank (0), 4, blank (-), 2: and after the last question the first comment box.
    type_keys(qtbot, entry, "504-2")
    assert entry.focusWidget() is entry.strengths_edit
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    [feedback] = services.follow_up.feedback_of_placement(placement_id)
    assert feedback.respondent is Respondent.PARTICIPANT
    assert list(feedback.ratings().values()) == [5, None, 4, None, 2]
    assert feedback.could_consider_hiring is None


def test_unknown_code_says_so_and_saves_nothing(
    qtbot: QtBot,
    services: Services,
    navigator: RecordingNavigator,
    entry: QuestionnaireDialog,
    tmp_path: Path,
) -> None:
    placement_id, _code = issue(services, tmp_path, Respondent.EMPLOYER)
    qtbot.keyClicks(entry.code_edit, "AAA-AAA")
    assert entry.error_labels["code"].text() == "No questionnaire has the code AAA-AAA."
    entry.rating_rows["felt_supported"].set_value(5)
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    assert entry.error_labels["code"].isVisibleTo(entry)
    assert services.follow_up.feedback_of_placement(placement_id) == []
    assert navigator.published == [] and entry.saved_count == 0


def test_empty_answers_refused_beside_the_first_question(
    qtbot: QtBot, services: Services, entry: QuestionnaireDialog, tmp_path: Path
) -> None:
    placement_id, code = issue(services, tmp_path, Respondent.EMPLOYER)
    entry.code_edit.setText(code)
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    assert entry.error_labels["attendance"].text() == "Give at least one rating or a comment."
    assert entry.focusWidget() is entry.rating_rows["attendance"]
    assert services.follow_up.feedback_of_placement(placement_id) == []


def test_answered_questionnaire_shown_as_answered(
    qtbot: QtBot, services: Services, entry: QuestionnaireDialog, tmp_path: Path
) -> None:
    _placement_id, code = issue(services, tmp_path, Respondent.EMPLOYER)
    entry.code_edit.setText(code)
    qtbot.keyClick(entry.code_edit, Qt.Key.Key_Return)
    type_keys(qtbot, entry, "55555")
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(entry.code_edit, code)
    assert "answered 2026-11-24" in entry.whose_label.text()
    assert entry.error_labels["code"].isVisibleTo(entry)


def test_clicking_a_ticked_choice_clears_it(qtbot: QtBot, entry: QuestionnaireDialog) -> None:
    row = entry.rating_rows["development"]
    button = row.group.button(2)  # the 3
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert row.value() == 3
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert row.value() is None


def test_reports_show_the_response_figures_with_their_denominators(
    qtbot: QtBot,
    services: Services,
    navigator: RecordingNavigator,
    tmp_path: Path,
    english: None,
) -> None:
    from ambassador.domain.questionnaire import QuestionnaireAnswers

    # Three employer questionnaires sent; two answered, felt supported 5 and 3: 1 of 2 (50 %).
    codes = [issue(services, tmp_path, Respondent.EMPLOYER)[1] for _ in range(3)]
    for code, supported in zip(codes, (5, 3), strict=False):
        services.questionnaires.enter_answers(
            code,
            QuestionnaireAnswers.from_ratings(services.clock.today(), (4, 4, 4, 4, supported)),
        )
    screen = ReportsScreen(services, navigator)
    qtbot.addWidget(screen)
    screen.refresh()
    panel = screen.questionnaire_panel
    assert panel.employers_label.text() == (
        "1 of 2 respondents (50%) felt supported · 2 answers of 3 sent"
    )
    assert panel.participants_label.text() == "No questionnaire sent in the period"


def test_printed_from_the_placement_and_logged(
    qtbot: QtBot,
    services: Services,
    navigator: RecordingNavigator,
    database_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    placement_id = make_placement(services)
    opened: list[Path] = []
    monkeypatch.setattr(dialogs, "choose_save_path", lambda *_args: tmp_path / "enkat.pdf")
    monkeypatch.setattr(dialogs, "open_file", lambda path: opened.append(path) or True)
    screen = PlacementsScreen(services, navigator)
    qtbot.addWidget(screen)
    screen.refresh()
    screen.open_record(placement_id)
    menu = screen.detail_pane.questionnaire_menu
    [for_employer, _for_participant] = menu.actions()
    for_employer.trigger()
    finish_work(qtbot)  # written on the worker

    assert opened == [tmp_path / "enkat.pdf"]
    with closing(sqlite3.connect(database_path)) as connection:
        logged = connection.execute(
            "SELECT kind, subject_kind, subject_ids, file_path FROM export_log"
        ).fetchall()
    assert logged == [(QUESTIONNAIRE, "placement", str(placement_id), str(tmp_path / "enkat.pdf"))]
    [questionnaire] = services.questionnaires.of_placement(placement_id)
    assert questionnaire.respondent is Respondent.EMPLOYER
