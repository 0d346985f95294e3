"""The self-check section of the statistics report, rendered and read back from the PDF."""

from __future__ import annotations

import io
import re
from datetime import date, datetime

from pypdf import PdfReader

from ambassador.catalog import Catalog
from ambassador.domain.documents import Letterhead
from ambassador.domain.enums import WithWhom
from ambassador.domain.selfcheck import (
    Month,
    SelfCheckNote,
    SelfCheckPlacement,
    compute,
    months_ending,
)
from ambassador.reporting import page
from ambassador.reporting.selfcheck_section import self_check_story
from ambassador.reporting.words import Words

ENGLISH = Words(Catalog("en"), "en")
TODAY = date(2026, 11, 24)


def rendered(story: list) -> str:  # type: ignore[type-arg]
    pdf = page.render(
        story,
        words=ENGLISH,
        letterhead=Letterhead("Kommunen"),
        document_title="Self-check",
        printed_on=TODAY,
    )
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"\s+", " ", text)


def test_section_has_a_row_a_month_and_the_guide() -> None:
    placements = [
        SelfCheckPlacement(1, date(2026, 10, 5), None, False, datetime(2026, 10, 8, 10, 0)),
        SelfCheckPlacement(2, date(2026, 10, 12), None, False, datetime(2026, 10, 22, 10, 0)),
        SelfCheckPlacement(3, date(2026, 10, 20), None, False, None),
    ]
    notes = [
        SelfCheckNote(1, datetime(2026, 10, 8, 10, 0), WithWhom.SUPERVISOR, 90),
        SelfCheckNote(2, datetime(2026, 10, 22, 10, 0), WithWhom.BOTH, 60),
    ]
    check = compute([Month(2026, 10), Month(2026, 11)], placements, notes, TODAY)

    text = rendered(self_check_story(check, ENGLISH))

    # October: 3 started, median (3 + 10) / 2 = 6.5, 1 waiting, 2 of 3 contacted,
    # 2 / (31 / 7) = 0.45 a week, 150 minutes / 3 placements = 50 min.
    assert "Oct 2026 3 6.5 1 67% (2/3) 0.5 50 min" in text
    # November (1-24): nothing started, none of 3 contacted, no notes: 0 min.
    assert "Nov 2026 0 – 0 0% (0/3) 0.0 0 min" in text
    assert "within 30 days" in text and "not a verdict" in text


def test_section_without_placements_says_so() -> None:
    check = compute(months_ending(TODAY), [], [], TODAY)

    text = rendered(self_check_story(check, ENGLISH))

    assert "No placement in these months." in text


def test_section_counts_network_contacts_in_the_contacts_a_week_and_says_so() -> None:
    placements = [SelfCheckPlacement(1, date(2026, 10, 5), None, False, None)]
    notes = [SelfCheckNote(1, datetime(2026, 10, 8, 10, 0), WithWhom.SUPERVISOR, 60)]
    network = [datetime(2026, 10, day, 9, 0) for day in (6, 13, 20)]
    check = compute([Month(2026, 10)], placements, notes, TODAY, network)

    text = rendered(self_check_story(check, ENGLISH))

    # 1 workplace and 3 network contacts: 4 / (31 / 7) = 0.90 a week.
    assert "Oct 2026 1 – 1 100% (1/1) 0.9 1 h 0 min" in text
    assert "count the network contacts too" in text and "3 in these months" in text
