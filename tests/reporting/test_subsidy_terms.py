"""The subsidy, decision, terms and mentor in the agreement (never the municipality's cost)
and in the register extract (everything stored, the cost included)."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from ambassador.domain.documents import PlacementTerms
from ambassador.domain.mentors import MentorFields
from ambassador.domain.projects import ProjectFields
from ambassador.domain.subsidy import MentorTerms, SubsidyTerms
from ambassador.reporting.agreement import render_agreement
from ambassador.reporting.subsidy_section import amount_text, mentor_text
from ambassador.services.bundle import Services
from tests.factories import make_employer, make_placement
from tests.pdfs import pdf_words
from tests.reporting.test_agreement import agreement
from tests.reporting.test_summary import ENGLISH, read, terms

SUBSIDY = SubsidyTerms(
    subsidy_type="Lönebidrag",
    amount=18_000.0,
    percent=80,
    decision_number="Af-2026-1234",
    decision_start=date(2026, 9, 1),
    decision_end=date(2027, 8, 31),
    agreement_form="Visstidsanställning",
    employer_of_record="Café Ängen AB",
)


def words_of(pdf: bytes) -> str:
    return " ".join(read(pdf).split())


def test_the_agreement_tells_the_subsidy_decision_terms_and_mentor() -> None:
    mentor = MentorTerms("Eva Holm", "", "070-999 88 77", "", 2.5)
    text = words_of(render_agreement(agreement(terms(subsidy=SUBSIDY, mentor=mentor)), ENGLISH))
    for expected in (
        "Subsidy Lönebidrag, 80 % of the wage, at most 18,000 kr a month",  # no list names given
        "Decision Af-2026-1234, 2026-09-01 – 2027-08-31",
        "Employer of record Café Ängen AB",
        "Mentor Eva Holm, the unit's own mentor, 2.5 hours a week, 070-999 88 77",
        "Aktivitetsstöd",  # the coordinator's own text stays
    ):
        assert expected in text
    assert "Form of agreement" in text


def test_an_agreement_without_terms_says_so_only_when_nothing_is_recorded() -> None:
    bare = words_of(render_agreement(agreement(terms(compensation="")), ENGLISH))
    assert "Compensation Not recorded." in bare
    assert "Subsidy" not in bare and "Mentor" not in bare


def test_amounts_read_as_a_sentence() -> None:
    assert amount_text(None, None, ENGLISH) == ""
    assert amount_text(12_500.0, None, ENGLISH) == "12,500 kr a month"
    assert amount_text(None, 50, ENGLISH) == "50 % of the wage"


def test_the_municipalitys_cost_cannot_reach_an_employers_document() -> None:
    assert "municipal_cost" not in {f.name for f in dataclasses.fields(PlacementTerms)}


def test_service_documents_agreement_without_and_extract_with_the_cost(
    services: Services, tmp_path: Path
) -> None:
    bakery = make_employer(services, name="Bageriet", organisation_number=None)
    mentor = services.mentors.add(MentorFields(name="Per Lund", employer_id=bakery)).mentor
    project_id = services.projects.add(
        ProjectFields(name="Vägen vidare", start_date=date(2025, 1, 1), end_date=date(2027, 12, 31))
    ).project.id
    placement_id = make_placement(
        services,
        employer_id=bakery,
        placement_type="Lönebidrag",
        subsidy_type="Lönebidrag",
        subsidy_amount=16_500.0,
        decision_number="Af-77",
        decision_end=date(2027, 6, 30),
        municipal_cost=4_321.0,
        mentor_id=mentor.id,
        mentor_hours=3.0,
        project_id=project_id,
    )
    path = tmp_path / "avtal.pdf"
    services.documents.write_agreement(placement_id, path, language="en")
    agreement_text = pdf_words(path)
    assert "Subsidy Wage subsidy, 16,500 kr a month" in agreement_text
    assert "Decision Af-77, until 2027-06-30" in agreement_text
    assert "Mentor Per Lund, Bageriet, 3 hours a week" in agreement_text
    assert "4,321" not in agreement_text and "4321" not in agreement_text
    assert "cost" not in agreement_text.lower()

    participant_id = services.placements.get(placement_id).participant_id
    extract = tmp_path / "utdrag.pdf"
    services.documents.write_register_extract(participant_id, extract, language="en")
    extract_text = pdf_words(extract)
    assert "Municipality's cost 4,321 kr a month" in extract_text
    assert "Subsidy Wage subsidy, 16,500 kr a month" in extract_text
    assert "Mentor Per Lund, Bageriet, 3 hours a week" in extract_text
    assert "Project Vägen vidare" in extract_text


def test_a_mentors_one_hour_is_one_hour() -> None:
    one = MentorTerms("Per Lund", "Bageriet", "", "per@example.se", 1.0)
    assert mentor_text(one, ENGLISH) == "Per Lund, Bageriet, 1 hour a week, per@example.se"
    assert mentor_text(MentorTerms("Per Lund", "", "", "", None), ENGLISH) == (
        "Per Lund, the unit's own mentor"
    )
