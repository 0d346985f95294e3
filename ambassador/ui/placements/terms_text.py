"""The placement's subsidy, decision, terms, mentor and project as the detail pane's rows."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ambassador.domain.enums import ListName
from ambassador.services.browse import PlacementDetail
from ambassador.ui.common.formatting import decimal, shown_date, whole
from ambassador.ui.i18n import list_name


class TermsText(QObject):
    """Words for the pane's rows (a QObject for its translation context)."""

    def amount(self, amount: float | None, percent: int | None) -> str:
        money = (
            "" if amount is None else self.tr("%1 kr a month").replace("%1", whole(round(amount)))
        )
        share = "" if percent is None else self.tr("%1 % of the wage").replace("%1", str(percent))
        if money and share:
            return self.tr("%1, at most %2").replace("%1", share).replace("%2", money)
        return money or share

    def rows(self, detail: PlacementDetail) -> list[tuple[str, str]]:
        """Label and text of each term the placement records, in the agreement's order."""
        placement = detail.placement
        subsidy = ", ".join(
            part
            for part in (
                list_name(ListName.SUBSIDY_TYPES, placement.subsidy_type)
                if placement.subsidy_type
                else "",
                self.amount(placement.subsidy_amount, placement.subsidy_percent),
            )
            if part
        )
        start, end = placement.decision_start, placement.decision_end
        period = f"{shown_date(start)} – {shown_date(end)}" if start or end else ""
        decision = ", ".join(part for part in (placement.decision_number, period) if part)
        cost = placement.municipal_cost
        return [
            (self.tr("Subsidy"), subsidy),
            (self.tr("Decision"), decision),
            (
                self.tr("Agreement form"),
                list_name(ListName.AGREEMENT_FORMS, placement.agreement_form)
                if placement.agreement_form
                else "",
            ),
            (self.tr("Employer of record"), placement.employer_of_record),
            (
                self.tr("Municipality's cost"),
                "" if cost is None else self.tr("%1 kr a month").replace("%1", whole(round(cost))),
            ),
            (self.tr("Mentor"), self.mentor(detail)),
            (self.tr("Project"), detail.project_name),
        ]

    def mentor(self, detail: PlacementDetail) -> str:
        mentor, placement = detail.mentor, detail.placement
        if mentor is None:
            return ""
        where = detail.mentor_workplace or (self.tr("the unit") if mentor.in_unit else "")
        hours = placement.mentor_hours
        if hours is None:
            hours_text = ""
        elif hours == 1:
            hours_text = self.tr("1 hour a week")
        else:
            hours_text = self.tr("%1 hours a week").replace("%1", decimal(hours))
        return ", ".join(part for part in (mentor.name, where, hours_text, mentor.phone) if part)
