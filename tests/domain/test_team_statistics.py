"""The manager's table: its lines in the statistics report's order, the organisation's types
in its alphabetical order, and a withheld figure as "fewer than 5"."""

from __future__ import annotations

from ambassador.domain.country import DENMARK, SWEDEN
from ambassador.domain.enums import Outcome
from ambassador.domain.team_statistics import (
    FEWER_THAN,
    Figures,
    TeamStatistics,
    cell_text,
    is_heading,
    lines,
)


def statistics(*types: str) -> TeamStatistics:
    cells: dict[tuple[str, str, str], int | None] = {("ended", "", ""): 7}
    cells |= {("active", f"type:{name}", ""): None for name in (*types, "")}
    return TeamStatistics(2026, Figures(cells), ())


def test_the_lines_follow_the_reports_order_with_each_type_and_outcome() -> None:
    shown = lines(statistics("Praktik", "Arbetsträning"))
    keys = [(line.measure, line.category) for line in shown]
    assert keys[:5] == [
        ("people", ""),
        ("started", ""),
        ("active", ""),
        ("active", "type:Arbetsträning"),
        ("active", "type:Praktik"),
    ]
    assert keys[5] == ("active", "type:")  # another type, last
    assert [k for k in keys if k[1].startswith("outcome:")] == [
        ("ended", f"outcome:{o.value}") for o in Outcome
    ]
    named = next(line for line in shown if line.category == "type:Praktik")
    assert (named.label, named.context, named.indent) == ("Praktik", "", 1)


def test_types_sort_in_the_organisations_alphabet() -> None:
    names = ["Ärende", "Åtgärd", "Zoo"]
    swedish = [line.label for line in lines(statistics(*names), SWEDEN) if line.context == ""]
    danish = [line.label for line in lines(statistics(*names), DENMARK) if line.context == ""]
    assert swedish == ["Zoo", "Åtgärd", "Ärende"]
    assert danish == ["Zoo", "Ärende", "Åtgärd"]


def test_a_withheld_or_missing_figure_is_fewer_than_five() -> None:
    figures = statistics().organisation
    assert cell_text(figures.get("ended"), FEWER_THAN) == "7"
    assert cell_text(figures.get("ended", gender="man"), FEWER_THAN) == FEWER_THAN
    assert figures.categories("active", "type:") == ["type:"]


def test_only_the_90_day_heading_has_no_figure_of_its_own() -> None:
    headings = [line for line in lines(statistics()) if is_heading(line)]
    assert [(h.measure, h.category) for h in headings] == [("after_90", "")]
