"""The statistics report's targets and headline figures: each measure beside its target for the
period's year, ended placements that became employment per type, placements outside the
gender-traditional fields, returning employers, the municipality's cost by subsidy type, and
the main measures' trend over up to five years as small charts."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table, TableStyle

from ambassador.domain.enums import Gender, ListName
from ambassador.domain.headline import HeadlineReport, Trend
from ambassador.domain.targets import HEADLINE_MEASURES, MEASURE_LABELS, Measure, measure_text
from ambassador.domain.vocabulary import LABELS_CONTEXT
from ambassador.reporting import fonts, page
from ambassador.reporting.markup import clean
from ambassador.reporting.shares import gender_counts, gender_shares, share_text
from ambassador.reporting.words import Words

GENDERS = list(Gender)
LABEL_WIDTH = 44 * mm
CHART_HEIGHT = 42 * mm
CHARTS_A_ROW = 2
TARGET = colors.HexColor("#b44d12")  # orange: apart from the bars, and dashed for grey print


def headline_story(report: HeadlineReport, words: Words) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(60 * mm),
        page.heading(words.translate("Documents", "Targets and headline figures")),
        page.small(
            words.translate(
                "Documents",
                "Each figure of the period beside the target set for {year} in the settings. "
                "A count is the period's; its target is the year's.",
            ).format(year=report.year)
        ),
        _targets_table(report, words),
        *_conversion_section(report, words),
        *_non_traditional_section(report, words),
        *_returning_section(report, words),
        *_cost_section(report, words),
    ]
    if report.trends:
        story += trend_story(report.trends, words)
    return story


def _measure_name(measure: Measure, subject: str, words: Words) -> str:
    name = words.translate(LABELS_CONTEXT, MEASURE_LABELS[measure])
    if subject:
        return f"{name}: {words.item(ListName.PLACEMENT_TYPES, subject)}"
    return name


def _basis(measure: Measure, report: HeadlineReport, subject: str) -> str:
    """What a share rests on: (31/50)."""
    basis = report.basis(measure, subject)
    if basis is None or not basis[1]:
        return ""
    return f" ({basis[0]}/{basis[1]})"


def _targets_table(report: HeadlineReport, words: Words) -> Flowable:
    rows = [(m, "") for m in HEADLINE_MEASURES]
    rows += sorted(
        {
            (t.measure, t.subject)
            for t in report.targets
            if t.year == report.year and t.subject and (t.measure, t.subject) not in rows
        },
        key=lambda pair: (pair[0] is Measure.STARTED_OF_TYPE, pair[1]),
    )
    value_width = 34 * mm
    label_width = page.TEXT_WIDTH - 2 * value_width
    return page.grid(
        [
            words.translate("Documents", "Measure"),
            words.translate("Documents", "Figure"),
            words.translate("Documents", "Target {year}").format(year=report.year),
        ],
        [
            [
                _measure_name(measure, subject, words),
                measure_text(measure, report.value(measure, subject), words.language)
                + _basis(measure, report, subject),
                measure_text(measure, report.target(measure, subject), words.language),
            ]
            for measure, subject in rows
        ],
        [label_width, value_width, value_width],
        numeric_from=1,
    )


def _conversion_section(report: HeadlineReport, words: Words) -> list[Flowable]:
    heading = page.subheading(
        words.translate("Documents", "Ended placements that became employment, by type")
    )
    note = page.small(
        words.translate(
            "Documents",
            "Of the placements of each type that ended in the period, those that ended in "
            "employment, with or without a subsidy.",
        )
    )
    conversions = report.figures.conversion_by_type
    if not conversions:
        return [
            KeepTogether(
                [
                    heading,
                    page.small(words.translate("Documents", "No placement ended in the period.")),
                ]
            )
        ]
    column = 30 * mm
    not_recorded = words.translate("Documents", "Not recorded")
    rows = [
        [
            words.item(ListName.PLACEMENT_TYPES, c.placement_type) or not_recorded,
            str(c.share.whole.total),
            str(c.share.part.total),
            share_text(c.share.part.total, c.share.whole.total, words),
            measure_text(
                Measure.CONVERSION_TO_EMPLOYMENT,
                report.target(Measure.CONVERSION_TO_EMPLOYMENT, c.placement_type),
                words.language,
            ),
        ]
        for c in conversions
    ]
    total = report.figures.conversion
    rows.append(
        [
            words.translate("Documents", "All types"),
            str(total.whole.total),
            str(total.part.total),
            share_text(total.part.total, total.whole.total, words),
            measure_text(
                Measure.CONVERSION_TO_EMPLOYMENT,
                report.target(Measure.CONVERSION_TO_EMPLOYMENT),
                words.language,
            ),
        ]
    )
    header = [
        "",
        words.translate("Documents", "Ended"),
        words.translate("Documents", "In employment"),
        words.translate("Documents", "Share"),
        words.translate("Documents", "Target {year}").format(year=report.year),
    ]
    widths = [page.TEXT_WIDTH - 4 * column, column, column, column, column]
    if all(row[-1] == "–" for row in rows):  # no target for any type: no column of dashes
        header, widths = header[:-1], [widths[0] + column, *widths[1:-1]]
        rows = [row[:-1] for row in rows]
    table = page.grid(header, rows, widths, numeric_from=1)
    return [KeepTogether([heading, note]), table]


def _non_traditional_section(report: HeadlineReport, words: Words) -> list[Flowable]:
    figures = report.figures.non_traditional
    column = (page.TEXT_WIDTH - LABEL_WIDTH) / (len(GENDERS) + 1)
    table = page.grid(
        ["", *[words.label(g) for g in GENDERS], words.translate("Documents", "Total")],
        [
            [
                words.translate("Documents", "Outside gender-traditional fields"),
                *gender_shares(figures.share, words),
            ],
            [words.translate("Documents", "Field not known"), *gender_counts(figures.not_known)],
        ],
        [LABEL_WIDTH] + [column] * (len(GENDERS) + 1),
        numeric_from=1,
    )
    return [
        KeepTogether(
            [
                page.subheading(
                    words.translate("Documents", "Placements outside gender-traditional fields")
                ),
                page.small(
                    words.translate(
                        "Documents",
                        "Placements started in the period. A field is gender-traditional when "
                        "more than 60 % of those employed in it are of one gender; a woman in a "
                        "field of mostly men, or a man in one of mostly women, is outside the "
                        "traditional fields. The field is the category of the placement's first "
                        "task; the shares of women per category are set in the settings, by "
                        "default rounded figures from official statistics. Not known: no task "
                        "linked, a category without a figure, or another or unstated gender.",
                    )
                ),
                table,
            ]
        )
    ]


def _returning_section(report: HeadlineReport, words: Words) -> list[Flowable]:
    returning = report.figures.returning
    return [
        KeepTogether(
            [
                page.subheading(words.translate("Documents", "Returning employers")),
                page.facts(
                    [
                        (
                            words.translate(
                                "Documents", "Employers with a placement started in the period"
                            ),
                            str(returning.employers),
                        ),
                        (
                            words.translate("Documents", "Of these, with an earlier placement"),
                            share_text(returning.returning, returning.employers, words),
                        ),
                        (
                            words.translate(
                                "Documents", "Of these, with two or more started in the period"
                            ),
                            str(returning.several),
                        ),
                    ],
                    label_width=100 * mm,
                ),
            ]
        )
    ]


def _money(amount: float, words: Words) -> str:
    return words.translate("Documents", "{amount} kr").format(amount=words.number(amount))


def _cost_section(report: HeadlineReport, words: Words) -> list[Flowable]:
    heading = page.subheading(
        words.translate("Documents", "The municipality's cost by subsidy type")
    )
    note = page.small(
        words.translate(
            "Documents",
            "The municipality's own cost a month of each placement, times the months it was "
            "active in the period until the day this was printed (within its decision's dates "
            "when they are given): days × 12 / 365.",
        )
    )
    cost = report.figures.cost
    if not cost:
        return [
            KeepTogether(
                [
                    heading,
                    page.small(
                        words.translate(
                            "Documents", "No municipal cost is recorded for the period."
                        )
                    ),
                ]
            )
        ]
    column = 34 * mm
    no_type = words.translate("Documents", "No subsidy type")
    rows = [
        [
            words.item(ListName.SUBSIDY_TYPES, c.subsidy_type) or no_type,
            str(c.placements),
            _money(c.amount, words),
        ]
        for c in cost
    ]
    rows.append(
        [
            words.translate("Documents", "Total"),
            str(sum(c.placements for c in cost)),
            _money(report.figures.cost_total, words),
        ]
    )
    table = page.grid(
        [
            "",
            words.translate("Documents", "Placements"),
            words.translate("Documents", "Cost"),
        ],
        rows,
        [page.TEXT_WIDTH - 2 * column, column, column],
        numeric_from=1,
    )
    return [KeepTogether([heading, note, table])]


# The trend ---------------------------------------------------------------------------------


def trend_story(trends: list[Trend], words: Words) -> list[Flowable]:
    width = page.TEXT_WIDTH / CHARTS_A_ROW
    drawings = [trend_drawing(t, words, width) for t in trends]
    rows = [drawings[i : i + CHARTS_A_ROW] for i in range(0, len(drawings), CHARTS_A_ROW)]
    if rows and len(rows[-1]) < CHARTS_A_ROW:
        rows[-1] = rows[-1] + [""] * (CHARTS_A_ROW - len(rows[-1]))  # type: ignore[list-item]
    table = Table(rows, colWidths=[width] * CHARTS_A_ROW, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [
        CondPageBreak(CHART_HEIGHT * 2 + 30 * mm),
        page.subheading(words.translate("Documents", "Trend over the years")),
        page.small(
            words.translate(
                "Documents",
                "Each calendar year's figure as a bar (this year's so far, lighter), the "
                "target as a line where one is set.",
            )
        ),
        table,
    ]


def trend_drawing(trend: Trend, words: Words, width: float) -> Drawing:
    """Bars a year, the target a short line over each year's bar, the value above the bar."""
    drawing = Drawing(width, CHART_HEIGHT)
    title = _measure_name(trend.measure, trend.subject, words)
    drawing.add(
        String(
            0, CHART_HEIGHT - 9, _short(title), fontName=fonts.BOLD, fontSize=8, fillColor=page.INK
        )
    )
    left, bottom = 4 * mm, 6 * mm
    plot_width = width - left - 6 * mm
    plot_height = CHART_HEIGHT - bottom - 8 * mm - 12
    values = [p.value or 0 for p in trend.points] + [p.target or 0 for p in trend.points]
    # Room above the highest bar or target for its figure.
    top = 100.0 if trend.measure.is_percent else max(max(values, default=0) * 1.2, 1.0)
    drawing.add(
        Line(left, bottom, left + plot_width, bottom, strokeColor=page.RULE, strokeWidth=0.5)
    )
    slot = plot_width / max(len(trend.points), 1)
    bar = slot * 0.55
    for index, point in enumerate(trend.points):
        x = left + index * slot + (slot - bar) / 2
        centre = x + bar / 2
        drawing.add(
            String(
                centre,
                1,
                str(point.year),
                fontName=fonts.REGULAR,
                fontSize=7,
                textAnchor="middle",
                fillColor=page.MUTED,
            )
        )
        target_y = (
            None if point.target is None else bottom + plot_height * min(point.target / top, 1.0)
        )
        if point.value is not None:
            height = plot_height * min(point.value / top, 1.0)
            column = Rect(x, bottom, bar, height)
            column.fillColor = page.SHADE if point.partial else page.ACCENT
            column.strokeColor = page.ACCENT
            column.strokeWidth = 0.5
            drawing.add(column)
            # Above the bar and the target's line both, so neither hides the figure.
            drawing.add(
                String(
                    centre,
                    max(bottom + height, target_y or 0) + 3,
                    measure_text(trend.measure, point.value, words.language),
                    fontName=fonts.REGULAR,
                    fontSize=7,
                    textAnchor="middle",
                    fillColor=page.INK,
                )
            )
        if target_y is not None:
            drawing.add(
                Line(
                    x - 2,
                    target_y,
                    x + bar + 2,
                    target_y,
                    strokeColor=TARGET,
                    strokeWidth=1.5,
                    strokeDashArray=[3, 1.5],
                )
            )
    return drawing


def _short(name: str, limit: int = 52) -> str:
    name = " ".join(clean(name).split())
    return name if len(name) <= limit else name[: limit - 1] + "…"
