"""Printing a questionnaire from a placement: issuing it, for the employer or the participant,
as a document the person saves and opens (the placement pane's More menu offers both)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ambassador.domain.enums import Respondent
from ambassador.services.bundle import Services
from ambassador.services.questionnaires import QUESTIONNAIRE_FILE
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.printing import document_file_name


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
