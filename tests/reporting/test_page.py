"""The page every document shares: letterhead, "Page x of y", the date and the privacy line."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from ambassador import paths
from ambassador.catalog import Catalog
from ambassador.domain.documents import Letterhead
from ambassador.reporting import page
from ambassador.reporting.words import Words

ENGLISH = Words(Catalog("en"), "en")
LOGO = (paths.resources_dir() / "sample" / "logo.png").read_bytes()


def render(letterhead: Letterhead, paragraphs: int = 1) -> PdfReader:
    story = [page.title("A document")] + [page.text(f"Paragraph {i}") for i in range(paragraphs)]
    pdf = page.render(
        story,
        words=ENGLISH,
        letterhead=letterhead,
        document_title="Kind of document",
        printed_on=date(2026, 11, 24),
    )
    return PdfReader(io.BytesIO(pdf))


def test_every_page_numbered_of_the_total_with_date_and_privacy_line() -> None:
    reader = render(Letterhead("Exempelby kommun"), paragraphs=120)
    assert len(reader.pages) >= 2
    for number, sheet in enumerate(reader.pages, start=1):
        text = sheet.extract_text()
        assert f"Page {number} of {len(reader.pages)}" in text
        assert "Printed 2026-11-24" in text
        assert "Contains personal data" in text
        assert "Exempelby kommun" in text


def test_metadata_names_the_kind_never_a_person() -> None:
    reader = render(Letterhead("Exempelby kommun"))
    assert reader.metadata is not None
    assert reader.metadata.title == "Kind of document"
    assert reader.metadata.author == "Exempelby kommun"


def test_logo_is_drawn_and_a_broken_one_is_left_out() -> None:
    with_logo = render(Letterhead("Exempelby kommun", logo_png=LOGO))
    assert len(with_logo.pages[0].images) == 1
    broken = render(Letterhead("Exempelby kommun", logo_png=b"\x89PNG\r\n\x1a\nbroken"))
    assert len(broken.pages[0].images) == 0


def test_a_danish_page_says_its_language_and_dates_as_danes_write_them() -> None:
    danish = Words(Catalog.load("da", paths.translations_dir()), "da")
    pdf = page.render(
        [page.text("Tekst")],
        words=danish,
        letterhead=Letterhead("Eksempelby Kommune"),
        document_title="Dokument",
        printed_on=date(2026, 12, 7),
    )
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.trailer["/Root"]["/Lang"] == "da-DK"
    text = reader.pages[0].extract_text()
    assert "Udskrevet 7. dec. 2026" in text and "Side 1 af 1" in text


def test_the_footers_middle_text_never_runs_into_the_date_or_the_page_number() -> None:
    left, right = 100.0, 50.0
    for middle in (100.0, 300.0, 330.0, 900.0):
        centre, size = page.footer_centre(left, middle, right)
        drawn = middle * size / page.FOOTER_SIZE
        assert centre - drawn / 2 >= page.MARGIN + left + page.FOOTER_GAP - 0.01
        assert centre + drawn / 2 <= page.PAGE_WIDTH - page.MARGIN - right - page.FOOTER_GAP + 0.01
    # When it fits at the page's centre, it stays there.
    assert page.footer_centre(left, 100.0, right) == (page.PAGE_WIDTH / 2, page.FOOTER_SIZE)
