"""The summary's ratings chart, drawn on the canvas, in the places ReportLab's HorizontalLineChart
and Legend drew it: the figures below are read from that chart's PDF, the same answers in the
same document (its pages compared pixel for pixel when the chart was rewritten)."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

from pypdf import PdfReader

from ambassador.catalog import Catalog
from ambassador.domain.documents import Letterhead
from ambassador.domain.followup import RATING_FIELDS, Feedback
from ambassador.reporting import page
from ambassador.reporting.summary import _chart
from ambassador.reporting.words import Words
from tests.reporting.test_summary import answer

ENGLISH = Words(Catalog("en"), "en")


def rated(month: int, **ratings: int) -> Feedback:
    values = {name: ratings.get(name) for name in RATING_FIELDS}
    return replace(answer(date(2026, month, 5), 3), id=month, **values)


def chart_page() -> tuple[list[tuple[str, float, float]], list[str]]:
    """The chart alone on a page: its texts where they start, and its stroked paths."""
    answers = [
        rated(10, attendance=3, cooperation=4),
        rated(11, cooperation=4),  # attendance not rated: a gap, not a fall to zero
        rated(12, attendance=5, cooperation=2),
    ]
    document = page.render(
        [_chart(answers, ["attendance", "cooperation"], ENGLISH)],
        words=ENGLISH,
        letterhead=Letterhead("X"),
        document_title="C",
        printed_on=date(2026, 12, 7),
    )
    sheet = PdfReader(io.BytesIO(document)).pages[0]
    texts: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
            texts.append((text.strip(), round(x, 2), round(y, 2)))

    sheet.extract_text(visitor_text=visit)
    content = sheet.get_contents()
    assert content is not None
    stream = content.get_data().decode("latin-1")
    return texts, [p.strip() for p in re.findall(r"n ([\d. ]+ m [\d. ml]+)\s*S", stream)]


def test_the_chart_is_drawn_where_reportlabs_chart_drew_it() -> None:
    texts, paths = chart_page()
    assert texts[2:12] == [
        ("2026-10-05", 107.52, 614.78),
        ("2026-11-05", 203.85, 614.78),
        ("2026-12-05", 300.19, 614.78),
        ("1", 70.24, 623.98),
        ("2", 70.24, 652.23),
        ("3", 70.24, 680.48),
        ("4", 70.24, 708.73),
        ("5", 70.24, 736.98),
        ("Attendance", 419.69, 731.93),
        ("Cooperation", 419.69, 720.78),
    ]
    assert paths[:20] == [
        # the answers' axis and its ticks
        "23 23 m 312 23 l",
        "23 23 m 23 18 l",
        "119.3333 23 m 119.3333 18 l",
        "215.6667 23 m 215.6667 18 l",
        "312 23 m 312 18 l",
        # the ratings' axis and its ticks
        "23 23 m 23 136 l",
        "23 23 m 18 23 l",
        "23 51.25 m 18 51.25 l",
        "23 79.5 m 18 79.5 l",
        "23 107.75 m 18 107.75 l",
        "23 136 m 18 136 l",
        # the grid
        "23 23 m 312 23 l",
        "23 51.25 m 312 51.25 l",
        "23 79.5 m 312 79.5 l",
        "23 107.75 m 312 107.75 l",
        "23 136 m 312 136 l",
        # a line a rating, through the answers that rated it
        "71.16667 79.5 m 263.8333 136 l",
        "71.16667 107.75 m 167.5 107.75 l 263.8333 51.25 l",
        # the legend's samples of them
        "335 131 m 353 131 l",
        "335 119.8491 m 353 119.8491 l",
    ]
