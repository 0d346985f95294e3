"""Before a follow-up summary goes to an employer without the participant's consent: record
the consent there and then, print anyway, or stop."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ambassador.domain.enums import ConsentScope
from ambassador.services.browse import PlacementDetail
from ambassador.services.bundle import Services
from ambassador.ui.common.widgets import DetailPane
from ambassador.ui.participants.consent_dialog import ConsentDialog


class SummaryChoice(Enum):
    RECORD_CONSENT = "record_consent"
    PRINT_ANYWAY = "print_anyway"
    CANCEL = "cancel"


def question_text(participant_name: str, employer_name: str) -> str:
    return (
        QCoreApplication.translate(
            "SummaryConsent",
            "No consent is recorded from %1 to share the follow-up summary with %2.\n\n"
            "The summary shows the placement, its plan and the notes marked as shareable; "
            "it goes to the employer only if %1 has agreed. If %1 has agreed, in writing or "
            "orally, record the consent now and the summary is printed next.",
        )
        .replace("%1", participant_name)
        .replace("%2", employer_name)
    )


def ask_summary_consent(parent: QWidget | None, text: str) -> SummaryChoice:
    """The question, with recording the consent as the default answer. Tests replace this."""
    title = QCoreApplication.translate("SummaryConsent", "Print summary")
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    record = box.addButton(
        QCoreApplication.translate("SummaryConsent", "Record consent…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    anyway = box.addButton(
        QCoreApplication.translate("SummaryConsent", "Print anyway"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("Dialogs", "Cancel"))
    box.setDefaultButton(record)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is record:
        return SummaryChoice.RECORD_CONSENT
    if clicked is anyway:
        return SummaryChoice.PRINT_ANYWAY
    return SummaryChoice.CANCEL


def print_summary_with_consent(
    pane: DetailPane, services: Services, detail: PlacementDetail, print_it: Callable[[], None]
) -> None:
    """Print at once when the consent is recorded; otherwise ask, and when the person records
    it, open the consent form for this participant and employer and print once it is saved."""
    placement_id = detail.placement.id
    if services.documents.summary_consented(placement_id):
        print_it()
        return
    choice = ask_summary_consent(
        pane, question_text(detail.participant.full_name, detail.employer.name)
    )
    if choice is SummaryChoice.PRINT_ANYWAY:
        print_it()
        return
    if choice is SummaryChoice.CANCEL:
        return
    dialog = ConsentDialog(
        services,
        detail.participant.id,
        services.clock.today(),
        parent=pane,
        scope=ConsentScope.SHARE_SUMMARY_WITH_EMPLOYER,
        employer_id=detail.employer.id,
    )

    def print_if_consented() -> None:
        # Another consent recorded instead (needs, say) still leaves the summary unconsented:
        # ask again rather than print.
        print_summary_with_consent(pane, services, detail, print_it)

    pane.open_form(dialog, print_if_consented)
