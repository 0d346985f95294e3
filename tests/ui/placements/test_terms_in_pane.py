"""The placement's pane tells its subsidy, decision, terms, mentor and project."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from ambassador.domain.mentors import MentorFields
from ambassador.domain.projects import ProjectFields
from ambassador.services.bundle import Services
from ambassador.ui.placements.detail_pane import PlacementDetailPane
from tests.factories import make_employer, make_placement
from tests.ui.driving import RecordingNavigator


def test_the_pane_shows_the_terms_mentor_and_project(
    qtbot: QtBot, services: Services, english: None
) -> None:
    bakery = make_employer(services, name="Bageriet", organisation_number=None)
    mentor = services.mentors.add(MentorFields(name="Eva Holm", phone="070-123 45 67")).mentor
    project_id = services.projects.add(
        ProjectFields(name="Unga in", start_date=date(2025, 1, 1), end_date=date(2027, 12, 31))
    ).project.id
    placement_id = make_placement(
        services,
        employer_id=bakery,
        subsidy_type="Lönebidrag",
        subsidy_amount=18_000.0,
        subsidy_percent=80,
        decision_number="Af-1",
        decision_start=date(2026, 9, 1),
        decision_end=date(2027, 8, 31),
        employer_of_record="Bageriet AB",
        municipal_cost=4_000.0,
        mentor_id=mentor.id,
        mentor_hours=2.0,
        project_id=project_id,
    )
    pane = PlacementDetailPane(services, RecordingNavigator())
    qtbot.addWidget(pane)
    pane.show_placement(placement_id)
    values = {name: label.text() for name, label in pane.plan_facts.values.items()}
    assert values["Subsidy"].startswith("Lönebidrag, 80 % of the wage, at most 18")
    assert values["Subsidy"].endswith("kr a month")
    assert values["Decision"] == "Af-1, 2026-09-01 – 2027-08-31"
    assert values["Employer of record"] == "Bageriet AB"
    assert values["Municipality's cost"].startswith("4")
    assert values["Mentor"] == "Eva Holm, the unit, 2 hours a week, 070-123 45 67"
    assert values["Project"] == "Unga in"
    assert "Agreement form" not in values  # nothing recorded: no row


def test_a_placement_without_terms_shows_no_rows_for_them(
    qtbot: QtBot, services: Services, english: None
) -> None:
    pane = PlacementDetailPane(services, RecordingNavigator())
    qtbot.addWidget(pane)
    pane.show_placement(make_placement(services))
    assert not {"Subsidy", "Decision", "Mentor", "Project"} & set(pane.plan_facts.values)
