"""`ambassador report stats` prints the period's headline figures beside the targets of its
year after writing the report: the same figures as Rapporter and the printed report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ambassador.cli.common import Output
from ambassador.domain import formats
from ambassador.domain.enums import ListName
from ambassador.domain.figures import Period, Share
from ambassador.domain.headline import HeadlineReport
from ambassador.domain.list_names import ListNames
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.targets import HEADLINE_MEASURES, MEASURE_LABELS, Measure, measure_text
from ambassador.domain.vocabulary import LABELS_CONTEXT

if TYPE_CHECKING:
    from ambassador.services.bundle import Services

HEADING = QT_TRANSLATE_NOOP("Cli", "Targets and headline figures, {start} – {end}:")
FIGURE = QT_TRANSLATE_NOOP("Cli", "{measure}: {figure}")
FIGURE_TARGET = QT_TRANSLATE_NOOP("Cli", "{measure}: {figure} (target {year}: {target})")
CONVERSION_HEADING = QT_TRANSLATE_NOOP("Cli", "Ended placements that became employment, by type:")
CONVERSION = QT_TRANSLATE_NOOP("Cli", "{type}: {part} of {whole} ({share})")
FIELD_NOT_KNOWN = QT_TRANSLATE_NOOP(
    "Cli", "Placements started whose field is not known (no task, no figure, gender): {count}"
)
RETURNING = QT_TRANSLATE_NOOP(
    "Cli",
    "Employers with a placement started: {employers}; with an earlier placement: {returning}; "
    "with two or more started: {several}",
)
COST_HEADING = QT_TRANSLATE_NOOP("Cli", "The municipality's cost by subsidy type:")
COST = QT_TRANSLATE_NOOP("Cli", "{type}: {amount} kr ({placements} placements)")
COST_TOTAL = QT_TRANSLATE_NOOP("Cli", "Total: {amount} kr")
NO_COST = QT_TRANSLATE_NOOP("Cli", "No municipal cost is recorded for the period.")
NOT_RECORDED = QT_TRANSLATE_NOOP("Cli", "not recorded")
INDENT = "  "


def print_headline(output: Output, services: Services, period: Period) -> None:
    report = services.headline.report(period)
    names = services.settings.list_names(output.language)
    language = output.language
    print()
    output.say(
        HEADING,
        start=formats.short_date(period.start, language),
        end=formats.short_date(period.end, language),
    )
    rows = [(m, "") for m in HEADLINE_MEASURES]
    rows += sorted(
        {(t.measure, t.subject) for t in report.targets if t.year == report.year and t.subject}
    )
    for measure, subject in rows:
        _line(output, report, names, measure, subject)
    print()
    output.say(CONVERSION_HEADING)
    for conversion in report.figures.conversion_by_type:
        print(
            INDENT
            + output.text(
                CONVERSION,
                {
                    "type": names.name(ListName.PLACEMENT_TYPES, conversion.placement_type)
                    or output.tr(NOT_RECORDED),
                    **_share_params(conversion.share, language),
                },
            )
        )
    output.say(FIELD_NOT_KNOWN, count=str(report.figures.non_traditional.not_known.total))
    returning = report.figures.returning
    output.say(
        RETURNING,
        employers=str(returning.employers),
        returning=str(returning.returning),
        several=str(returning.several),
    )
    print()
    if not report.figures.cost:
        output.say(NO_COST)
        return
    output.say(COST_HEADING)
    for cost in report.figures.cost:
        print(
            INDENT
            + output.text(
                COST,
                {
                    "type": names.name(ListName.SUBSIDY_TYPES, cost.subsidy_type)
                    or output.tr(NOT_RECORDED),
                    "amount": formats.number(cost.amount, language),
                    "placements": str(cost.placements),
                },
            )
        )
    print(
        INDENT
        + output.text(COST_TOTAL, {"amount": formats.number(report.figures.cost_total, language)})
    )


def _share_params(share: Share, language: str) -> dict[str, object]:
    return {
        "part": str(share.part.total),
        "whole": str(share.whole.total),
        "share": formats.percent(share.ratio, language),
    }


def _line(
    output: Output, report: HeadlineReport, names: ListNames, measure: Measure, subject: str
) -> None:
    name = output.catalog(LABELS_CONTEXT, MEASURE_LABELS[measure])
    if subject:
        name = f"{name}: {names.name(ListName.PLACEMENT_TYPES, subject)}"
    figure = measure_text(measure, report.value(measure, subject), output.language)
    target = report.target(measure, subject)
    if target is None:
        print(INDENT + output.text(FIGURE, {"measure": name, "figure": figure}))
        return
    print(
        INDENT
        + output.text(
            FIGURE_TARGET,
            {
                "measure": name,
                "figure": figure,
                "year": str(report.year),
                "target": measure_text(measure, target, output.language),
            },
        )
    )
