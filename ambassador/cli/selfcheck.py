"""`ambassador report selfcheck`: the self-check, contact with the workplaces (how soon and how
often), as a table of months, the same figures as on Rapporter (rules in domain/selfcheck.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ambassador.cli.arguments import NUMBER, Commands
from ambassador.cli.common import EXIT_OK, Output, between
from ambassador.domain import formats
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.selfcheck import (
    GUIDE_CONTACTS_PER_WEEK,
    GUIDE_FIRST_CONTACT_DAYS,
    TREND_MONTHS,
    MonthFigures,
    SelfCheck,
)
from ambassador.domain.vocabulary import LABELS_CONTEXT

if TYPE_CHECKING:
    from ambassador.services.bundle import Services

MOST_MONTHS = 120

HEADING = QT_TRANSLATE_NOOP(
    "Cli",
    "Contact with the workplaces: how soon and how often, {months} months up to and including "
    "{today}",
)
DEFINITION = QT_TRANSLATE_NOOP(
    "Cli",
    "A workplace contact is a note held with the supervisor, or with the participant and the "
    "supervisor together.",
)
EMPTY = QT_TRANSLATE_NOOP(
    "Cli",
    "No placement was active in these months: when placements have started, this shows how "
    "soon and how often their workplaces are contacted.",
)
COLUMNS = (
    QT_TRANSLATE_NOOP("Cli", "Month"),
    QT_TRANSLATE_NOOP("Cli", "Started"),
    QT_TRANSLATE_NOOP("Cli", "First contact"),
    QT_TRANSLATE_NOOP("Cli", "None yet"),
    QT_TRANSLATE_NOOP("Cli", "Contacted"),
    QT_TRANSLATE_NOOP("Cli", "A week"),
    QT_TRANSLATE_NOOP("Cli", "Time"),
    QT_TRANSLATE_NOOP("Cli", "No time"),
)
COLUMNS_EXPLAINED = QT_TRANSLATE_NOOP(
    "Cli",
    "Started: placements started in the month. First contact: the median of their days from "
    "the start to the first workplace contact; None yet: those with no workplace contact so "
    "far. Contacted: active placements with a workplace contact in the month. A week: "
    "workplace contacts a week. Time: minutes written on the month's notes per active "
    "placement; No time: notes that do not say their minutes.",
)
SHARE = QT_TRANSLATE_NOOP("Cli", "{percent} ({part} of {whole})")
HOURS = QT_TRANSLATE_NOOP("Cli", "{hours} h {minutes} min")
MINUTES = QT_TRANSLATE_NOOP("Cli", "{minutes} min")
NETWORK = QT_TRANSLATE_NOOP(
    "Cli",
    "A week counts the network contacts too, work with an employer alone (a recruitment visit, "
    "a network meeting): {count} in these months, {current} this month.",
)
PAUSED = QT_TRANSLATE_NOOP(
    "Cli", "This month, {count} paused placements are left out of the placements contacted."
)
GUIDE = QT_TRANSLATE_NOOP(
    "Cli",
    "Guide values from supported employment (IPS), to reflect on, not a verdict: the first "
    "workplace contact within {days} days of the start, every active placement contacted each "
    "month, about {per_week} employer contacts a week for a full-time employment specialist.",
)


def add_command(documents: Commands) -> None:
    parser = documents.add(
        "selfcheck",
        QT_TRANSLATE_NOOP(
            "Cli", "print contact with the workplaces (how soon and how often), month by month"
        ),
    )
    parser.add_argument(
        "--months",
        type=between(parser.words, 1, MOST_MONTHS),
        default=TREND_MONTHS,
        metavar=NUMBER,
        help=QT_TRANSLATE_NOOP(
            "Cli", "how many months, up to and including this one (default: %(default)s)"
        ),
    )


def run(output: Output, services: Services, months: int) -> int:
    check = services.self_check.self_check(months)
    for line in lines(output, check):
        print(line)
    return EXIT_OK


def lines(output: Output, check: SelfCheck) -> list[str]:
    """The printed self-check, one string a line."""
    result = [
        output.text(
            HEADING,
            {
                "months": len(check.months),
                "today": check.today,
            },
        ),
        output.text(DEFINITION, {}),
        output.text(COLUMNS_EXPLAINED, {}),
        "",
    ]
    if check.is_empty:
        return [*result, output.text(EMPTY, {})]
    rows = [[output.text(column, {}) for column in COLUMNS]]
    rows += [_row(output, month) for month in check.months]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    for number, row in enumerate(rows):
        cells = [
            cell.ljust(width) if column == 0 or number == 0 else cell.rjust(width)
            for column, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        result.append("  ".join(cells).rstrip())
    result.append("")
    network = sum(month.network_contacts for month in check.months)
    if network:
        result.append(
            output.text(NETWORK, {"count": network, "current": check.current.network_contacts})
        )
    paused = check.current.paused_left_out
    if paused:
        result.append(output.text(PAUSED, {"count": paused}))
    result.append(
        output.text(GUIDE, {"days": GUIDE_FIRST_CONTACT_DAYS, "per_week": GUIDE_CONTACTS_PER_WEEK})
    )
    return result


def _row(output: Output, month: MonthFigures) -> list[str]:
    language = output.catalog.language
    name = output.catalog(LABELS_CONTEXT, month.month.abbreviation)
    share = month.contacted_share
    return [
        f"{name} {month.month.year}",
        str(month.started),
        _number(month.median_days_to_first_contact, language),
        str(month.without_contact),
        "–"
        if share is None
        else output.text(
            SHARE,
            {
                "percent": formats.percent(share, language),
                "part": month.contacted,
                "whole": month.expected_contacted,
            },
        ),
        _number(month.contacts_per_week, language, always_decimal=True),
        _time(output, month.minutes_per_placement),
        str(month.notes_without_minutes),
    ]


def _number(value: float | None, language: str, always_decimal: bool = False) -> str:
    if value is None:
        return "–"
    decimals = 1 if always_decimal or not float(value).is_integer() else 0
    return formats.number(value, language, decimals)


def _time(output: Output, minutes: float | None) -> str:
    if minutes is None:
        return "–"
    hours, rest = divmod(round(minutes), 60)
    if hours == 0:
        return output.text(MINUTES, {"minutes": rest})
    return output.text(HOURS, {"hours": hours, "minutes": rest})
