"""The project report read back from the PDF: people beside the target, by gender and age."""

from __future__ import annotations

import io
import re
from dataclasses import replace

from pypdf import PdfReader

from ambassador.catalog import Catalog
from ambassador.domain.documents import Letterhead
from ambassador.domain.project_report import (
    ProjectPlacementFact,
    ProjectReportDocument,
    compute_project_report,
)
from ambassador.reporting.project import render_project_report
from ambassador.reporting.words import Words
from tests.domain.test_project_report import PROJECT, TODAY, twenty_nine_people

ENGLISH = Words(Catalog("en"), "en")


def _text(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def _document(facts: list[ProjectPlacementFact], target: bool = True) -> ProjectReportDocument:
    project = PROJECT if target else replace(PROJECT, target_participants=None)
    return ProjectReportDocument(
        Letterhead(organisation_name="Arbetsmarknadsenheten"),
        compute_project_report(project, facts, TODAY),
        TODAY,
    )


def test_the_report_shows_people_beside_the_target_and_the_placements_behind_them() -> None:
    text = _text(render_project_report(_document(twenty_nine_people()), ENGLISH))
    assert "Project report" in text
    assert "Vägen vidare (ESF+)" in text
    assert "29 of target 60 people (48%)" in text
    # People ended: 17 women, 11 men, 1 other, 29 in all, behind them 43 placements.
    assert "People ended 17 11 1 0 29 43" in text
    # By age at the first start: 5, 5, 14, 3, 2.
    assert "People ended 5 5 14 3 2 29" in text
    assert "Employment 10 0 0 0 10" in text
    assert "Into work or education 82% (14/17)" in text
    assert "Due, not yet recorded 2 0 0 0 2" in text
    assert "In work or studies, of those recorded" in text


def test_an_empty_project_says_so_and_a_project_without_target_counts_people() -> None:
    text = _text(render_project_report(_document([], target=False), ENGLISH))
    assert "0 people; no target set" in text
    assert "No one left the project in the period." in text
