"""Why a placement is at risk, in the words a coordinator would say it: how long since the
last contact, against how often its plan asks for one, and the notes flagged for drop-out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ambassador.domain.overview import RISK_NOTES_WITHIN_DAYS, AtRiskPlacement

# The words were the home screen's: they keep its translation context, "OverviewScreen",
# written out in each call so that lupdate finds them.


def risk_text(item: AtRiskPlacement) -> str:
    """The threshold said as what the plan asks (no contact for 59 days – in phase 2 of the
    plan contact is due at least once in 18 days), not as a limit and a phase number."""
    reasons: list[str] = []
    # Plain names for the counts: lupdate does not see a call whose count is an attribute.
    days = item.silent_days
    flagged = item.flagged_notes
    if item.silent:
        if item.phase is None:
            text = QCoreApplication.translate(
                "OverviewScreen",
                "No contact for %n day(s) – contact is due at least once in %1 days",
                "",
                days,
            )
        else:
            text = QCoreApplication.translate(
                "OverviewScreen",
                "No contact for %n day(s) – in phase %2 of the plan contact is due at least "
                "once in %1 days",
                "",
                days,
            ).replace("%2", str(item.phase))
        reasons.append(text.replace("%1", str(item.threshold_days)))
    if item.flagged_notes:
        reasons.append(
            QCoreApplication.translate(
                "OverviewScreen",
                "%n note(s) flagged for drop-out risk in the last %1 days",
                "",
                flagged,
            ).replace("%1", str(RISK_NOTES_WITHIN_DAYS))
        )
    return "; ".join(reasons)
