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
