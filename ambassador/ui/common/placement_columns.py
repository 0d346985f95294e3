"""The columns of a person's or an employer's placements, the same on both detail panes: who
(the employer, or the participant), type, period, status and outcome."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ambassador.domain.browse import PlacementListRow
from ambassador.domain.enums import ListName
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.ui.common.formatting import iso_date, shown_date
from ambassador.ui.common.labels import label
from ambassador.ui.common.table_model import Column
from ambassador.ui.i18n import list_name

CONTEXT = "PlacementColumns"
EMPLOYER = QT_TRANSLATE_NOOP("PlacementColumns", "Employer")
PARTICIPANT = QT_TRANSLATE_NOOP("PlacementColumns", "Participant")
TYPE = QT_TRANSLATE_NOOP("PlacementColumns", "Type")
PERIOD = QT_TRANSLATE_NOOP("PlacementColumns", "Period")
STATUS = QT_TRANSLATE_NOOP("PlacementColumns", "Status")
OUTCOME = QT_TRANSLATE_NOOP("PlacementColumns", "Outcome")


def period(row: PlacementListRow) -> str:
    """Start to end: the actual end once ended, the planned one before."""
    return f"{shown_date(row.start_date)} – {shown_date(row.ended_on or row.planned_end_date)}"


def period_key(row: PlacementListRow) -> str:
    """What the period sorts by: the dates as ISO, whatever the language shows."""
    return f"{iso_date(row.start_date)} {iso_date(row.ended_on or row.planned_end_date)}"


def placement_columns(*, by_participant: bool) -> list[Column[PlacementListRow]]:
    """For an employer's placements, each row names its participant; for a participant's, its
    employer."""

    def tr(source: str) -> str:
        return QCoreApplication.translate(CONTEXT, source)

    who: Column[PlacementListRow] = (
        Column(tr(PARTICIPANT), lambda r: r.participant_name, name=True)
        if by_participant
        else Column(tr(EMPLOYER), lambda r: r.employer_name, name=True)
    )
    return [
        who,
        Column(tr(TYPE), lambda r: list_name(ListName.PLACEMENT_TYPES, r.placement_type)),
        Column(tr(PERIOD), period, period_key),
        Column(tr(STATUS), lambda r: label(r.status)),
        Column(tr(OUTCOME), lambda r: label(r.outcome) if r.outcome else ""),
    ]
