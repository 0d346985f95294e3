"""Why a placement is at risk, in the words a coordinator would say it: how long since the
last contact, against how often its plan asks for one, and the notes flagged for drop-out."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ambassador.domain.overview import RISK_NOTES_WITHIN_DAYS, AtRiskPlacement


class RiskWords(QObject):
    """The words, as `self.tr` calls: lupdate files a count's plural forms only for those
    (a `QCoreApplication.translate` call with a count is extracted as a plain string, and the
    window said "59 dag(ar)")."""

    def text(self, item: AtRiskPlacement) -> str:
        """The threshold said as what the plan asks (no contact for 59 days – in phase 2 of
        the plan contact is due at least once in 18 days), not as a limit and a phase
        number."""
        reasons: list[str] = []
        if item.silent:
            if item.phase is None:
                text = self.tr(
                    "No contact for %n day(s) – contact is due at least once in %1 days",
                    "",
                    item.silent_days,
                )
            else:
                text = self.tr(
                    "No contact for %n day(s) – in phase %2 of the plan contact is due at "
                    "least once in %1 days",
                    "",
                    item.silent_days,
                ).replace("%2", str(item.phase))
            reasons.append(text.replace("%1", str(item.threshold_days)))
        if item.flagged_notes:
            reasons.append(
                self.tr(
                    "%n note(s) flagged for drop-out risk in the last %1 days",
                    "",
                    item.flagged_notes,
                ).replace("%1", str(RISK_NOTES_WITHIN_DAYS))
            )
        return "; ".join(reasons)


def risk_text(item: AtRiskPlacement) -> str:
    return RiskWords().text(item)
