"""A paragraph that fits on one line is drawn as that line, placed where platypus placed it;
a longer one is still wrapped, split across pages and read back whole."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from ambassador.catalog import Catalog
from ambassador.domain.documents import Letterhead
from ambassador.reporting import page
from ambassador.reporting.visual import Text, TextParagraph
from ambassador.reporting.words import Words

ENGLISH = Words(Catalog("en"), "en")


def test_a_short_text_is_one_line_of_the_styles_leading_never_parsed() -> None:
    short = page.text("Handledaren ringde.")
    assert short.wrap(page.TEXT_WIDTH, 1000) == (page.TEXT_WIDTH, page.styles().body.leading)
    assert short._paragraph is None
    assert short.split(page.TEXT_WIDTH, 5) == []


def test_a_long_text_wraps_as_the_paragraph_did() -> None:
    value = "Handledaren berättar att veckan har gått bra och att närvaron är god. " * 8
    long = page.text(value)
    reference = TextParagraph(value.strip(), page.styles().body)
    assert long.wrap(page.TEXT_WIDTH, 1000) == reference.wrap(page.TEXT_WIDTH, 1000)
    assert len(long.split(page.TEXT_WIDTH, 30)) == 2


def test_an_empty_text_takes_no_room() -> None:
    assert page.text("").wrap(page.TEXT_WIDTH, 1000)[1] == 0


def test_a_right_aligned_line_ends_at_the_right_edge() -> None:
    style = ParagraphStyle("right", parent=page.styles().body, alignment=TA_RIGHT)
    line = page.text("12 345 kr", style)
    canvas = Canvas(io.BytesIO())
    line.wrapOn(canvas, 200, 100)
    line.drawOn(canvas, 0, 0)
    assert line._line is not None
    start = 200 - line._line.width
    baseline = style.leading - style.fontSize
    code: list[str] = getattr(canvas, "_code")  # noqa: B009 - the page so far, untyped
    assert f"1 0 0 1 {fp_str(start, baseline)} Tm" in "\n".join(code)


def test_one_line_texts_and_wrapped_ones_read_back_in_order() -> None:
    long = "Lång anteckning om veckan som gick, med många ord i rad. " * 6
    story = [page.heading("Rubrik"), page.text("Kort rad."), page.text(long), page.small("Slut.")]
    pdf = page.render(
        story,
        words=ENGLISH,
        letterhead=Letterhead("Exempelby kommun"),
        document_title="Text",
        printed_on=date(2026, 12, 7),
    )
    text = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert f"Rubrik Kort rad. {' '.join(long.split())} Slut." in text


def test_a_line_is_written_as_platypus_would_have_placed_and_drawn_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Text writes its placing itself (its numbers formatted once): byte for byte what
    Flowable.drawOn (save, translate, draw, restore) writes, on any page and at any place."""
    right = ParagraphStyle("r", parent=page.styles().body, alignment=TA_RIGHT)

    def render() -> bytes:
        story = [
            page.title("Uppföljning"),
            page.text("Kort rad."),
            page.text("12 345 kr", right),
            *[page.small(f"Rad {i} på en lång sida") for i in range(120)],
        ]
        return page.render(
            story,
            words=ENGLISH,
            letterhead=Letterhead("Exempelby kommun"),
            document_title="Text",
            printed_on=date(2026, 12, 7),
        )

    written = render()
    monkeypatch.setattr(Text, "drawOn", Flowable.drawOn)
    assert written == render()
