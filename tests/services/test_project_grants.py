"""On a server, a coordinator's own role keeps the projects: adds, changes, removes one, puts
placements in it and prints its report (the migration's grants, not the owner's)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.domain.errors import RuleViolationError
from ambassador.services.opening import open_services
from tests.factories import make_placement
from tests.services.test_projects import project_fields
from tests.services.test_server_grants import Site, site  # noqa: F401 - the fixture

pytestmark = pytest.mark.postgresql_only


def test_a_coordinator_keeps_the_projects_and_prints_their_report(
    site: Site,  # noqa: F811 - the fixture
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    database, services = open_services(site.address("anna"), clock, password=site.passwords["anna"])
    try:
        project = services.projects.add(project_fields()).project
        services.projects.update(
            project.id, project_fields(target_participants=70), expected_version=project.version
        )
        make_placement(services, project_id=project.id, start_date=date(2026, 9, 1))
        with pytest.raises(RuleViolationError):
            services.projects.remove(project.id)
        [line] = services.projects.lines()
        assert (line.people, line.project.target_participants) == (1, 70)
        services.projects.write_report(project.id, tmp_path / "p.pdf", language="en")
        services.projects.write_report_xlsx(project.id, tmp_path / "p.xlsx", language="en")
        other = services.projects.add(project_fields(name="Unga in")).project
        services.projects.remove(other.id)
        assert [p.id for p in services.projects.projects()] == [project.id]
    finally:
        database.dispose()
