"""The employer's summary and the agreement, read back from the PDF: what must be there and
what must never be."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from ambassador.domain.enums import ConsentScope, Respondent, WithWhom
from ambassador.domain.followup import FeedbackFields
from ambassador.services.bundle import Services
from tests.factories import (
    make_employer,
    make_identity_number,
    make_participant,
    make_placement,
    make_supervisor,
    note_fields,
)
from tests.pdfs import pdf_text

NOON = datetime(2026, 10, 1, 12, 0)


def flat(text: str) -> str:
    """Extracted text with line breaks and spacing taken out, to find a phrase that wrapped."""
    return re.sub(r"\s+", "", text)


@dataclass
class Case:
    placement_id: int
    participant_id: int
    employer_id: int
    identity_number: str


@pytest.fixture
def case(services: Services) -> Case:
    number = make_identity_number(date(1985, 3, 12))
    participant_id = make_participant(
        services,
        first_name="Ayşe",
        last_name="Łukasiewicz-Nguyễn",
        personal_identity_number=number,
        needs_and_adaptations="Behöver tyst rum för raster",
    )
    employer_id = make_employer(services, name="Café Ängen", organisation_number=None)
    supervisor = make_supervisor(services, employer_id, name="Jörgen Ek")
    placement_id = make_placement(
        services,
        participant_id,
        employer_id,
        supervisor_id=supervisor,
        purpose="Prova arbete i kök",
        tasks="Disk och förberedelser",
        support="Handledaren går igenom dagen varje morgon",
        compensation="Aktivitetsstöd",
        hours_per_week=20.0,
    )
    follow_up = services.follow_up
    follow_up.add_note(
        note_fields(participant_id, placement_id, NOON, text="Intern: skulder och oro hemma")
    )
    follow_up.add_note(
        note_fields(
            participant_id,
            placement_id,
            NOON + timedelta(days=7),
            text="Delad: trivs i köket och kommer i tid",
            shareable=True,
            with_whom=WithWhom.BOTH,
        )
    )
    for day, rating in ((date(2026, 10, 5), 3), (date(2026, 11, 2), 5)):
        follow_up.record_feedback(
            FeedbackFields(
                placement_id=placement_id,
                given_on=day,
                respondent=Respondent.EMPLOYER,
                attendance=rating,
                cooperation=4,
                strengths="Noggrann",
            )
        )
    follow_up.schedule_check_in(placement_id, datetime(2026, 12, 3, 10, 0), "Arbetsplatsbesök")
    return Case(placement_id, participant_id, employer_id, number)


def identity_forms(number: str) -> list[str]:
    """Every way a personnummer is written: 19850312-1234, 198503121234, 850312-1234, ..."""
    digits = number.replace("-", "")
    return [number, digits, f"{digits[2:8]}-{digits[8:]}", digits[2:], digits[8:]]


def consent(services: Services, case: Case, scope: ConsentScope) -> None:
    services.participants.give_consent(
        case.participant_id, scope, case.employer_id, date(2026, 9, 1)
    )


def test_summary_has_the_plan_the_shared_note_and_feedback(
    services: Services, case: Case, tmp_path: Path
) -> None:
    path = tmp_path / "s.pdf"
    services.documents.write_summary(case.placement_id, path, language="en")
    text = pdf_text(path)
    for expected in (
        "Follow-up of placement",
        "Ayşe Łukasiewicz-Nguyễn",
        "Café Ängen",
        "Jörgen Ek",
        "Prova arbete i kök",
        "Delad: trivs i köket",
        "2026-11-02",
        "Noggrann",
        "2026-12-03 10:00",
        "Your contact",
        "Page 1 of",
    ):
        assert expected in text, expected
    assert "2026-10-01 12:00" in text  # the internal note's contact, its date and kind only


def test_summary_never_shows_internal_notes_identity_number_or_unconsented_needs(
    services: Services, case: Case, tmp_path: Path
) -> None:
    path = tmp_path / "s.pdf"
    services.documents.write_summary(case.placement_id, path)
    text = flat(pdf_text(path))
    assert flat("skulder och oro") not in text
    assert flat("Handledaren går igenom dagen") not in text
    assert flat("tyst rum") not in text
    for form in identity_forms(case.identity_number):
        assert form not in text, form


def test_consent_to_share_needs_brings_them_into_summary_and_agreement(
    services: Services, case: Case, tmp_path: Path
) -> None:
    consent(services, case, ConsentScope.SHARE_NEEDS_WITH_EMPLOYER)
    summary, agreement = tmp_path / "s.pdf", tmp_path / "a.pdf"
    services.documents.write_summary(case.placement_id, summary)
    services.documents.write_agreement(case.placement_id, agreement)
    for path in (summary, agreement):
        text = flat(pdf_text(path))
        assert flat("Handledaren går igenom dagen varje morgon") in text
        assert flat("Behöver tyst rum för raster") in text
        assert flat("skulder och oro") not in text


def test_agreement_has_every_part_and_three_signature_blocks(
    services: Services, case: Case, tmp_path: Path
) -> None:
    path = tmp_path / "a.pdf"
    services.documents.write_agreement(case.placement_id, path)
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
    assert text.count("Underskrift") == 1 + 3  # the heading, and a line under each party
    assert "Handledaren går igenom" not in text  # no consent to share the support
    for form in identity_forms(case.identity_number):
        assert form not in flat(text), form


def test_long_summary_numbers_its_pages(services: Services, case: Case, tmp_path: Path) -> None:
    for day in range(40):
        services.follow_up.add_note(
            note_fields(
                case.participant_id,
                case.placement_id,
                NOON - timedelta(days=day + 1),
                text=f"Delad anteckning {day}. " + "Det går bra på arbetsplatsen. " * 12,
                shareable=True,
            )
        )
    path = tmp_path / "s.pdf"
    services.documents.write_summary(case.placement_id, path, language="en")
    pages = [page.extract_text() for page in PdfReader(path).pages]
    assert len(pages) > 3
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert all("Contains personal data" in page for page in pages)


def test_summary_without_any_follow_up_says_so(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "s.pdf"
    services.documents.write_summary(make_placement(services), path, language="en")
    text = pdf_text(path)
    assert "No follow-up contact yet." in text
    assert "No notes are shared." in text
    assert "No feedback recorded yet." in text
    assert "No check-in is planned yet" in text


# Text a person can type: markup, ampersands, emoji, right-to-left, control characters.
typed = st.lists(
    st.one_of(
        st.sampled_from(list("<>&\"'/;{}[]\\%*_#!")),
        st.sampled_from(["<b>", "</para>", "&amp;", "<font face='x'>", "\x00", "\x07", "\r\n"]),
        st.sampled_from(["😀", "👩🏽‍🔧", "🇸🇪", "مرحبا", "שלום", "Łódź", "Nguyễn", "Ærø", "ı"]),
        st.characters(blacklist_categories=("Cs",)),
    ),
    max_size=30,
).map("".join)


# A name is letters of any script, with spaces, hyphens and apostrophes (the form's rule).
names = st.lists(
    st.one_of(
        st.characters(whitelist_categories=("Lu", "Ll", "Lo")),
        st.sampled_from(["مريم", "אורי", "Nguyễn", "Øystein", "Şükrü", "Ñ", " ", "-", "'"]),
    ),
    max_size=12,
).map(lambda parts: "".join(parts).strip(" -'"))


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(name=names, unit=typed, note=typed, long=st.booleans())
def test_any_typed_text_renders_into_a_readable_summary(
    services: Services, tmp_path: Path, name: str, unit: str, note: str, long: bool
) -> None:
    participant_id = make_participant(services, first_name=f"Ebba {name}")
    placement_id = make_placement(services, participant_id, unit=unit[:100])
    text = f"Markör {note} " + ("lång text " * 1000 if long else "")
    services.follow_up.add_note(
        note_fields(participant_id, placement_id, NOON, text=text[:10_000], shareable=True)
    )
    path = tmp_path / f"summary-{placement_id}.pdf"
    services.documents.write_summary(placement_id, path)
    extracted = pdf_text(path)
    assert "Ebba" in extracted and "Markör" in extracted
