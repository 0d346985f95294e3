"""The employer's summary and the agreement, read back from the PDF: what must be there and
what must never be."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from ambassador.catalog import Catalog
from ambassador.domain.documents import (
    ContactEvent,
    EmployerSummary,
    Letterhead,
    PlacementTerms,
    SharedNote,
)
from ambassador.domain.employer import Contact
from ambassador.domain.enums import CheckInStatus, ConsentScope, Respondent, WithWhom
from ambassador.domain.followup import CheckIn, Feedback, FeedbackFields
from ambassador.domain.plan import DEFAULT_PLAN
from ambassador.domain.validation import is_name_letter
from ambassador.reporting.summary import render_summary
from ambassador.reporting.words import Words
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
    return make_case(services)


def make_case(services: Services) -> Case:
    """A placement with an internal and a shared note, two answers and a check-in, whose
    participant has a personnummer and needs they have not agreed to share."""
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
    """Every way a personnummer is written: 19850312-1234, 198503121234, 850312-1234,
    8503121234 (the last four alone are left out: they can be part of a date or a time)."""
    digits = number.replace("-", "")
    return [number, digits, f"{digits[2:8]}-{digits[8:]}", digits[2:]]


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


# A name is letters of the scripts the documents print, with spaces, hyphens and apostrophes
# (the form's rule).
names = st.lists(
    st.one_of(
        st.characters(whitelist_categories=("Lu", "Ll", "Lo")).filter(is_name_letter),
        st.sampled_from(
            ["مريم", "علی\u200cرضا", "אורי", "李小龙", "प्रिया", "Nguyễn", "Øystein", " ", "-", "'"]
        ),
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


# Rendered straight from the domain's objects, in English -----------------------------------

ENGLISH = Words(Catalog("en"), "en")
PRINTED = date(2026, 11, 24)


def terms(**overrides: Any) -> PlacementTerms:
    base = PlacementTerms(
        placement_id=7,
        participant_name="Ebba Nilsson",
        employer_name="Café Ängen",
        unit="Köket",
        supervisor=Contact(id=1, employer_id=1, name="Jörgen Ek", phone="070-111 22 33"),
        placement_type="Arbetsträning",
        start_date=date(2026, 9, 1),
        planned_end_date=date(2027, 2, 28),
        ended_on=None,
        hours_per_week=20.0,
        extent_percent=50,
        purpose="Prova arbete i kök",
        goals="Fyra timmar om dagen",
        tasks="Disk och förberedelser",
        compensation="Aktivitetsstöd",
        plan=DEFAULT_PLAN,
        support=None,
        adaptations=None,
    )
    return replace(base, **overrides)


def answer(day: date, rating: int) -> Feedback:
    return Feedback(
        id=day.toordinal(),
        created_at=datetime(2026, 11, 1),
        placement_id=7,
        given_on=day,
        respondent=Respondent.EMPLOYER,
        attendance=rating,
        felt_supported=5,
        strengths="Noggrann",
    )


def summary(**overrides: Any) -> EmployerSummary:
    base = EmployerSummary(
        letterhead=Letterhead("Lilla kommun", "Maria Svensson", "070-123 45 67", "m@kommun.se"),
        terms=terms(),
        history=[ContactEvent(datetime(2026, 10, 1, 12, 0), "Telefonsamtal", WithWhom.BOTH)],
        shared_notes=[SharedNote(datetime(2026, 10, 8, 9, 0), "Besök", "Trivs i köket")],
        feedback=[answer(date(2026, 10, 5), 3), answer(date(2026, 11, 2), 5)],
        next_check_in=None,
        printed_on=PRINTED,
    )
    return replace(base, **overrides)


def read(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_summary_charts_the_ratings_when_answers_are_two_or_more() -> None:
    # The chart's legend names each rating a second time, after the table's row.
    two = read(render_summary(summary(), ENGLISH))
    one = read(render_summary(summary(feedback=[answer(date(2026, 10, 5), 3)]), ENGLISH))
    label = flat("Felt supported by the ambassador")
    assert flat(two).count(label) == 2
    assert flat(one).count(label) == 1


def test_summary_prints_nothing_about_support_without_consent() -> None:
    text = read(render_summary(summary(), ENGLISH))
    assert "Agreed support and adaptations" not in text
    assert "Adaptations for the participant" not in text


def test_summary_prints_consented_support_and_adaptations() -> None:
    shared = terms(support="Genomgång varje morgon", adaptations="Tyst rum för raster")
    text = read(render_summary(summary(terms=shared), ENGLISH))
    assert "Agreed support and adaptations" in text
    assert "Genomgång varje morgon" in text and "Tyst rum för raster" in text


def test_summary_shows_next_check_in_and_history_without_content() -> None:
    upcoming = CheckIn(
        id=1,
        placement_id=7,
        scheduled_at=datetime(2026, 12, 3, 10, 0),
        kind="Arbetsplatsbesök",
        status=CheckInStatus.PLANNED,
    )
    text = read(render_summary(summary(next_check_in=upcoming), ENGLISH))
    assert "2026-12-03 10:00 · Arbetsplatsbesök" in text
    assert "2026-10-01 12:00" in text and "Participant and supervisor" in text
    assert "Trivs i köket" in text and "Noggrann" in text
    assert "Page 1 of" in text and "Maria Svensson" in text


# Raw text straight into the document, past the forms' validation: control characters too.
raw = st.lists(
    st.one_of(
        st.sampled_from(["&", "<", ">", '"', "<b>", "</para>", "&amp;", "\x00", "\x1b", "\r"]),
        st.sampled_from(["😀", "👩🏽‍🔧", "🇸🇪", "مرحبا بكم", "שלום עולם", "Nguyễn", "\u200f"]),
        st.text(max_size=40),
    ),
    max_size=20,
).map("".join)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=raw, note=raw, filler=st.integers(0, 9_900))
def test_any_raw_text_renders_a_summary_pypdf_reads(name: str, note: str, filler: int) -> None:
    text = (f"Markör {note} " + "x" * filler)[:10_000]
    pdf = render_summary(
        summary(
            terms=terms(participant_name=f"Ebba {name}", purpose=note),
            shared_notes=[SharedNote(datetime(2026, 10, 8, 9, 0), name, text)],
        ),
        ENGLISH,
    )
    extracted = read(pdf)
    assert "Ebba" in extracted and "Markör" in extracted
