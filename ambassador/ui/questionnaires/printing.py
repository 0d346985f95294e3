"""Printing a questionnaire from a placement: the button with its menu of whom it is for, and
issuing the questionnaire as a document the person saves and opens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from ambassador.domain.enums import Respondent
from ambassador.services.bundle import Services
from ambassador.services.questionnaires import QUESTIONNAIRE_FILE
from ambassador.ui.common import icons
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.printing import document_file_name
from ambassador.ui.common.widgets import action_button


def questionnaire_button(print_for: Callable[[Respondent], object]) -> QPushButton:
    """ "Print questionnaire", and under it whom for: the employer or the participant."""
    button = action_button(
        icons.get("print"),
        QCoreApplication.translate("QuestionnaireButton", "Print &questionnaire"),
    )
    menu = QMenu(button)
    for respondent, text in (
        (
            Respondent.EMPLOYER,
            QCoreApplication.translate("QuestionnaireButton", "For the &employer"),
        ),
        (
            Respondent.PARTICIPANT,
            QCoreApplication.translate("QuestionnaireButton", "For the &participant"),
        ),
    ):
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False, who=respondent: print_for(who))
    button.setMenu(menu)
    return button


def print_questionnaire(
    parent: QWidget,
    services: Services,
    navigator: Navigator,
    placement_id: int,
    respondent: Respondent,
) -> None:
    """Issue a questionnaire for the placement, save it where the person says and open it."""
    questionnaires = services.questionnaires
    navigator.print_document(
        parent,
        document_file_name(QUESTIONNAIRE_FILE[respondent], id=placement_id),
        lambda path: questionnaires.write(placement_id, respondent, path).written,
    )
