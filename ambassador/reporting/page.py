"""How every document looks: A4, the organisation's letterhead, "Sida x av y", the printing
date and the personal-data line on each page, and the building blocks of a story."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ambassador.domain import formats
from ambassador.domain.documents import Letterhead
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.reporting import fonts, shaping
from ambassador.reporting.grid import PADDING_Y, Grid, Look
from ambassador.reporting.markup import clean
from ambassador.reporting.visual import Text, draw_string, string_width
from ambassador.reporting.words import Words

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
TOP_MARGIN = 32 * mm  # room for the letterhead
BOTTOM_MARGIN = 22 * mm  # room for the footer
FOOTER_SIZE = 8.0
FOOTER_GAP = 3 * mm  # at least this between the footer's three texts
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
FRAME_HEIGHT = PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN
LOGO_HEIGHT = 14 * mm
LOGO_MAX_WIDTH = 50 * mm
LETTERHEAD_FORM = "letterhead"

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#eef1f4")
ACCENT = colors.HexColor("#1c4e80")

PAGE_OF = QT_TRANSLATE_NOOP("Documents", "Page {page} of {pages}")
PRINTED_ON = QT_TRANSLATE_NOOP("Documents", "Printed {day}")
PERSONAL_DATA = QT_TRANSLATE_NOOP(
    "Documents", "Contains personal data: handle with care, do not pass on."
)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    header_cell: ParagraphStyle


@cache
def styles() -> Styles:
    fonts.register()
    body = ParagraphStyle(
        "body",
        fontName=fonts.REGULAR,
        fontSize=10,
        leading=14,
        textColor=INK,
        spaceAfter=4,
        splitLongWords=True,
    )
    return Styles(
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=18,
            leading=23,
            spaceAfter=10,
            textColor=ACCENT,
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=12,
            spaceAfter=5,
            textColor=ACCENT,
        ),
        subheading=ParagraphStyle(
            "subheading", parent=body, fontName=fonts.BOLD, fontSize=10.5, spaceBefore=6
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=MUTED),
        label=ParagraphStyle("label", parent=body, fontSize=9, leading=12, textColor=MUTED),
        cell=ParagraphStyle("cell", parent=body, fontSize=9, leading=12, spaceAfter=0),
        header_cell=ParagraphStyle(
            "header_cell", parent=body, fontName=fonts.BOLD, fontSize=9, leading=12, spaceAfter=0
        ),
    )


# Building blocks --------------------------------------------------------------------------


def text(value: str, style: ParagraphStyle | None = None) -> Text:
    """A paragraph of any text, a person's or ours: escaped, never read as markup, each line
    drawn in its reading direction (one that fits on one line drawn as it, unparsed)."""
    return Text(value, style or styles().body)


def paragraphs(value: str) -> list[Flowable]:
    """A person's longer text, one paragraph per blank-line-separated part, so a long note
    breaks across pages between paragraphs where it can; a paragraph written right to left
    (Arabic, Hebrew) is set flush right, as its reader expects."""
    parts = [part.strip() for part in clean(value).split("\n\n")]
    return [text(part, _aligned(part)) for part in parts if part]


def _aligned(part: str) -> ParagraphStyle:
    body = styles().body
    if body.alignment != TA_LEFT or not shaping.is_right_to_left(part):
        return body
    return _right_to_left_body()


@cache
def _right_to_left_body() -> ParagraphStyle:
    return ParagraphStyle("body_rtl", parent=styles().body, alignment=TA_RIGHT)


def title(value: str) -> Text:
    return text(value, styles().title)


def heading(value: str) -> Flowable:
    # A heading never ends a page alone: ask for room for it and a few lines after it.
    return KeepTogether([CondPageBreak(30 * mm), text(value, styles().heading)])


def subheading(value: str) -> Text:
    return text(value, styles().subheading)


def small(value: str) -> Text:
    return text(value, styles().small)


def space(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


def facts(rows: Sequence[tuple[str, str]], label_width: float = 48 * mm) -> Table:
    """Label and value, one pair a row; empty values show a dash so a gap is visibly empty."""
    s = styles()
    data = [[text(label, s.label), text(value or "–", s.cell)] for label, value in rows]
    table = Table(data, colWidths=[label_width, TEXT_WIDTH - label_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def grid(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    numeric_from: int | None = None,
) -> Flowable:
    """A table with a repeated header row; columns from `numeric_from` on are right-aligned.
    Drawn as a lean grid (one line a cell is placed, not parsed and wrapped); a row of long
    texts taller than half a page goes to a platypus Table, which can split inside a row."""
    lean = Grid(header, rows, widths, _look(), numeric_from)
    if lean.tallest_row <= FRAME_HEIGHT / 2:
        return lean
    return _table(header, rows, widths, numeric_from)


@cache
def _look() -> Look:
    s = styles()
    return Look(
        cell=s.cell,
        cell_right=ParagraphStyle("cell_right", parent=s.cell, alignment=TA_RIGHT),
        header=s.header_cell,
        header_right=ParagraphStyle("header_right", parent=s.header_cell, alignment=TA_RIGHT),
        header_rule=INK,
        rule=RULE,
        shade=SHADE,
    )


def _table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    numeric_from: int | None,
) -> Table:
    look = _look()

    def cell(value: str, column: int, header_row: bool) -> Text:
        numeric = numeric_from is not None and column >= numeric_from
        if header_row:
            return text(value, look.header_right if numeric else look.header)
        return text(value, look.cell_right if numeric else look.cell)

    data = [[cell(v, i, True) for i, v in enumerate(header)]]
    data += [[cell(v, i, False) for i, v in enumerate(row)] for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SHADE]),
                ("TOPPADDING", (0, 0), (-1, -1), PADDING_Y),
                ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING_Y),
            ]
        )
    )
    return table


def signature_blocks(words: Words, parties: Sequence[tuple[str, str]]) -> Flowable:
    """Under a "Signatures" heading, one block per party (role, name): place and date,
    signature, name in print; kept on one page with its heading."""
    s = styles()
    blocks: list[Flowable] = []
    for role, name in parties:
        rows: list[list[Flowable]] = [
            [text(role, s.subheading)],
            [text(name or " ", s.cell)],
            [Spacer(1, 12 * mm)],
            [text(words.translate("Documents", "Place and date"), s.small)],
            [Spacer(1, 12 * mm)],
            [text(words.translate("Documents", "Signature"), s.small)],
        ]
        block = Table(rows, colWidths=[TEXT_WIDTH / 2 - 6 * mm], hAlign="LEFT")
        block.setStyle(
            TableStyle(
                [
                    ("LINEABOVE", (0, 3), (0, 3), 0.6, INK),
                    ("LINEABOVE", (0, 5), (0, 5), 0.6, INK),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        blocks.append(block)
    pairs = [blocks[i : i + 2] for i in range(0, len(blocks), 2)]
    layout = Table(
        [pair + [""] * (2 - len(pair)) for pair in pairs],
        colWidths=[TEXT_WIDTH / 2, TEXT_WIDTH / 2],
        hAlign="LEFT",
    )
    layout.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8 * mm),
            ]
        )
    )
    return KeepTogether([text(words.translate("Documents", "Signatures"), s.heading), layout])


# The page ---------------------------------------------------------------------------------


def render(
    story: list[Flowable],
    *,
    words: Words,
    letterhead: Letterhead,
    document_title: str,
    printed_on: date,
) -> bytes:
    """The finished PDF. Its metadata holds the document's kind only, never a name."""
    fonts.register()
    buffer = io.BytesIO()
    footer = _Footer(
        printed=words(PRINTED_ON, day=words.date(printed_on)),
        personal_data=words(PERSONAL_DATA),
        page_of=words(PAGE_OF),
    )
    logo = _logo(letterhead.logo_png)

    def draw_letterhead(canvas: Canvas, _doc: Any) -> None:
        # The same on every page: drawn once into a form each page shows, so the logo is
        # not decoded and hashed again for every page.
        if not canvas.hasForm(LETTERHEAD_FORM):
            canvas.beginForm(LETTERHEAD_FORM)
            draw_letterhead_once(canvas)
            canvas.endForm()
        canvas.doForm(LETTERHEAD_FORM)

    def draw_letterhead_once(canvas: Canvas) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - 14 * mm
        x = MARGIN
        if logo is not None:
            reader, width, height = logo
            canvas.drawImage(reader, x, top - height, width=width, height=height, mask="auto")
            x += width + 5 * mm
        canvas.setFillColor(INK)
        draw_string(
            canvas,
            x,
            top - 5 * mm,
            letterhead.organisation_name,
            font=fonts.BOLD,
            size=11,
            anchor="left",
        )
        canvas.setFillColor(MUTED)
        draw_string(
            canvas,
            PAGE_WIDTH - MARGIN,
            top - 5 * mm,
            document_title,
            font=fonts.REGULAR,
            size=8.5,
            anchor="right",
        )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(
            MARGIN, top - LOGO_HEIGHT - 2 * mm, PAGE_WIDTH - MARGIN, top - LOGO_HEIGHT - 2 * mm
        )
        canvas.restoreState()

    frame = Frame(
        MARGIN,
        BOTTOM_MARGIN,
        TEXT_WIDTH,
        FRAME_HEIGHT,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        pageTemplates=[PageTemplate("page", [frame], onPage=draw_letterhead)],
        title=_plain(document_title),
        author=_plain(letterhead.organisation_name),
        creator="Ambassador",
        initialFontName=fonts.REGULAR,
        lang=formats.document_tag(words.language),
        invariant=True,
    )
    # Streams and images only compressed, not also ASCII85-encoded (ReportLab's default, for
    # channels that pass text only): a fifth smaller, and without its encoder, which in pure
    # Python costs more than laying out a page of text. ReportLab reads it as it writes.
    ascii85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        document.build(story, canvasmaker=footer.canvas)
    finally:
        rl_config.useA85 = ascii85
    return buffer.getvalue()


def _plain(value: str) -> str:
    """Text drawn straight on the canvas (no paragraph), cleaned of control characters."""
    return clean(value).replace("\n", " ")


@lru_cache(maxsize=4)
def _logo(png: bytes | None) -> tuple[ImageReader, float, float] | None:
    """The logo scaled into the letterhead's box, or None when there is none or it is
    unreadable (a broken logo must not stop a document). Kept for the next document: the
    reader keeps the decoded pixels, so a batch of summaries decodes the logo once."""
    if not png:
        return None
    try:
        reader = ImageReader(io.BytesIO(png))
        pixel_width, pixel_height = reader.getSize()
    except Exception:  # noqa: BLE001 - Pillow raises many kinds for a damaged image
        return None
    if pixel_width <= 0 or pixel_height <= 0:
        return None
    scale = min(LOGO_HEIGHT / pixel_height, LOGO_MAX_WIDTH / pixel_width)
    return reader, pixel_width * scale, pixel_height * scale


@dataclass(frozen=True)
class _Footer:
    printed: str
    personal_data: str
    page_of: str

    def canvas(self, *args: Any, **kwargs: Any) -> Canvas:
        return _NumberedCanvas(self, *args, **kwargs)


class _NumberedCanvas(Canvas):
    """Holds every page until the end, so each can say "Sida x av y"."""

    def __init__(self, footer: _Footer, *args: Any, **kwargs: Any) -> None:
        # Not ReportLab's default Helvetica, which no PDF can embed: a document whose every
        # font is embedded reads the same everywhere (and can become PDF/A).
        kwargs["initialFontName"] = kwargs.get("initialFontName") or fonts.REGULAR
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # ReportLab's own page reset

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        y = 12 * mm
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, y + 4 * mm, PAGE_WIDTH - MARGIN, y + 4 * mm)
        self.setFillColor(MUTED)
        page_of = self._footer.page_of.format(page=number, pages=total)
        size = FOOTER_SIZE
        draw_string(
            self, MARGIN, y, self._footer.printed, font=fonts.REGULAR, size=size, anchor="left"
        )
        draw_string(
            self, PAGE_WIDTH - MARGIN, y, page_of, font=fonts.REGULAR, size=size, anchor="right"
        )
        centre, size = footer_centre(
            string_width(self._footer.printed, font=fonts.REGULAR, size=size),
            string_width(self._footer.personal_data, font=fonts.REGULAR, size=size),
            string_width(page_of, font=fonts.REGULAR, size=size),
        )
        draw_string(
            self,
            centre,
            y,
            self._footer.personal_data,
            font=fonts.REGULAR,
            size=size,
            anchor="centre",
        )
        self.restoreState()


def footer_centre(left: float, middle: float, right: float) -> tuple[float, float]:
    """Where the footer's middle text is centred, and its size, so that it never runs into
    the printing date or the page number beside it (a Danish date and warning are longer):
    the page's centre when it fits there, else the middle of the room between them, else that
    with a smaller size."""
    start = MARGIN + left + FOOTER_GAP
    end = PAGE_WIDTH - MARGIN - right - FOOTER_GAP
    centre = PAGE_WIDTH / 2
    if centre - middle / 2 >= start and centre + middle / 2 <= end:
        return centre, FOOTER_SIZE
    room = end - start
    size = FOOTER_SIZE if middle <= room else FOOTER_SIZE * room / middle
    return (start + end) / 2, size
