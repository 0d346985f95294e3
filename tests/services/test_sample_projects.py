"""The sample's projects: two, with targets, about a quarter of the placements, and more
placements than people in them; Swedish or Danish names."""

from __future__ import annotations

from ambassador.domain.clock import FixedClock
from ambassador.domain.country import DENMARK
from ambassador.domain.project_report import AgeBand
from ambassador.services.bundle import Services
from ambassador.services.sample_data import SampleDataService, Size
from ambassador.storage.database import Database


def _in_projects(database: Database) -> tuple[int, int]:
    with database.read() as uow:
        everything = len(uow.projects.placement_starts())
        projects = uow.projects.all()
        belonging = sum(len(uow.projects.placement_facts(p.id)) for p in projects)
    return belonging, everything


def test_the_sample_has_two_projects_with_a_quarter_of_the_placements(
    services: Services, clock: FixedClock, database: Database
) -> None:
    SampleDataService(database, clock).generate(Size.SMALL)
    lines = {line.project.name: line for line in services.projects.lines()}
    assert set(lines) == {"Vägen vidare (ESF+)", "Unga in"}
    funded = lines["Vägen vidare (ESF+)"].project
    today = clock.today()
    assert funded.start_date.year == today.year - 2 and funded.end_date.year == today.year
    for line in lines.values():
        assert line.project.target_participants is not None
        assert 0 < line.people <= line.project.target_participants
    belonging, everything = _in_projects(database)
    assert 0.15 <= belonging / everything <= 0.35
    # Enrolled people have every placement of the period in the project: fewer people.
    report = services.projects.report(funded.id)
    assert report.started.total < report.placements_started
    # Some left the project when its placements ended: the report has endings to show.
    assert report.ended.total > 0
    young = services.projects.report(lines["Unga in"].project.id)
    assert set(young.started.by_age) <= {AgeBand.UNDER_25, AgeBand.FROM_25_TO_29}


def test_the_danish_sample_names_its_projects_in_danish(
    services: Services, clock: FixedClock, database: Database
) -> None:
    services.settings.set_country(DENMARK)
    SampleDataService(database, clock).generate(Size.SMALL, seed=3)
    names = {project.name for project in services.projects.projects()}
    assert names == {"Vejen videre (ESF+)", "Unge ind"}
