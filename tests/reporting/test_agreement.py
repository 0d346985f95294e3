"""The placement agreement, read back from the PDF: every part, three signature blocks, and
nothing the participant has not agreed to share."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from ambassador.domain.documents import Letterhead, PlacementAgreement, PlacementTerms
from ambassador.domain.enums import CheckInStatus, ConsentScope
from ambassador.domain.followup import CheckIn
from ambassador.reporting.agreement import render_agreement
from ambassador.services.bundle import Services
from tests.pdfs import pdf_text
from tests.reporting.test_summary import (
    ENGLISH,
    PRINTED,
    Case,
    consent,
    flat,
    identity_forms,
    make_case,
    raw,
    read,
    terms,
)


@pytest.fixture
def case(services: Services) -> Case:
    return make_case(services)


def check_in(day: int) -> CheckIn:
    return CheckIn(
        id=day,
        placement_id=7,
        scheduled_at=datetime(2026, 12, day, 10, 0),
        kind="Arbetsplatsbesök",
        status=CheckInStatus.PLANNED,
    )


def agreement(placement: PlacementTerms | None = None) -> PlacementAgreement:
    return PlacementAgreement(
        letterhead=Letterhead("Lilla kommun", "Maria Svensson", "070-123 45 67", "m@kommun.se"),
        terms=placement or terms(),
        planned_check_ins=[check_in(3), check_in(17)],
        printed_on=PRINTED,
    )


def test_agreement_has_every_part_in_english() -> None:
    text = read(render_agreement(agreement(), ENGLISH))
    words = flat(text)
    for expected in (
        "Placement agreement",
        "Ebba Nilsson",
        "Café Ängen",
        "Jörgen Ek",
        "Prova arbete i kök",
        "2026-09-01 – 2027-02-28",
        "20 hours a week, 50 % of full time",
        "Disk och förberedelser",
        # DEFAULT_PLAN from 2026-09-01: 4 weeks end on day 27, 2026-09-28; 8 more on day 83,
        # 2026-11-23; the last phase runs to the planned end.
        "2026-09-01 – 2026-09-28 Every 7 days",
        "2026-09-29 – 2026-11-23 Every 14 days",
        "2026-11-24 – 2027-02-28 Every 30 days",
        "2026-12-03 10:00",
        "2026-12-17 10:00",
        "Aktivitetsstöd",
        "After the placement ends",
        "final follow-up talk",
        "gives no right to one",
        "municipality's rules",
        "Maria Svensson",
    ):
        assert flat(expected) in words, expected
    assert text.count("Signature") == 1 + 3  # the heading, and a line under each party
    for role in ("Participant", "For the employer", "Ambassador"):
        assert role in text, role


def test_agreement_prints_nothing_about_support_without_consent() -> None:
    text = read(render_agreement(agreement(), ENGLISH))
    assert "Agreed support and adaptations" not in text


def test_agreement_prints_consented_support() -> None:
    shared = terms(support="Genomgång varje morgon", adaptations="Tyst rum för raster")
    text = read(render_agreement(agreement(shared), ENGLISH))
    assert "Agreed support and adaptations" in text
    assert "Genomgång varje morgon" in text and "Tyst rum för raster" in text


def test_agreement_without_plan_says_check_ins_are_agreed_as_needed() -> None:
    text = flat(read(render_agreement(agreement(terms(plan=None)), ENGLISH)))
    assert flat("agree on check-ins as needed") in text


def test_agreement_in_swedish_has_every_part_and_no_identity_number(
    services: Services, case: Case, tmp_path: Path
) -> None:
    path = tmp_path / "a.pdf"
    services.documents.write_agreement(case.placement_id, path, language="sv")
    text = pdf_text(path)
    for expected in (
        "Överenskommelse",
        "Syfte",
        "Omfattning och tider",
        "20 timmar i veckan",
        "Disk och förberedelser",
        "Uppföljning",
        "2026-12-03 10:00",
        "Aktivitetsstöd",
        "När placeringen är slut",
    ):
        assert expected in text, expected
    assert text.count("Underskrift") == 1 + 3
    assert "Handledaren går igenom" not in text  # no consent to share the support
    assert "tyst rum" not in text
    for form in identity_forms(case.identity_number):
        assert form not in flat(text), form


def test_agreement_shows_support_once_consent_is_given(
    services: Services, case: Case, tmp_path: Path
) -> None:
    consent(services, case, ConsentScope.SHARE_NEEDS_WITH_EMPLOYER)
    path = tmp_path / "a.pdf"
    services.documents.write_agreement(case.placement_id, path, language="en")
    text = flat(pdf_text(path))
    assert flat("Handledaren går igenom dagen varje morgon") in text
    assert flat("skulder och oro") not in text  # notes never belong in the agreement


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=raw, purpose=raw, support=raw)
def test_any_raw_text_renders_an_agreement_pypdf_reads(
    name: str, purpose: str, support: str
) -> None:
    placement = terms(
        participant_name=f"Ebba {name}",
        employer_name=name,
        purpose=(f"Markör {purpose} " + "ord " * 2_500)[:10_000],
        tasks=purpose,
        support=support,
        compensation=name,
    )
    extracted = read(render_agreement(agreement(placement), ENGLISH))
    assert "Ebba" in extracted and "Markör" in extracted
