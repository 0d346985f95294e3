"""On a server, a project or a mentor is the whole organisation's: one unit's coordinator
cannot remove one that another unit's placements still name, though row-level security hides
those placements from them; the refusal counts them all."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.domain.errors import RuleViolationError
from ambassador.domain.mentors import MentorFields
from ambassador.services.mentors import MENTOR_IN_USE
from ambassador.services.projects import HAS_PLACEMENTS
from ambassador.storage.address import ServerAddress
from tests.factories import make_employer, make_placement
from tests.services.test_projects import project_fields
from tests.team import TwoUnits, team_on, two_units

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def units(server_address: ServerAddress, clock: FixedClock) -> Iterator[TwoUnits]:
    with team_on(server_address, clock) as team:
        yield two_units(team)


def test_another_units_coordinator_cannot_remove_a_project_or_mentor_in_use(
    units: TwoUnits,
) -> None:
    anna, bo = units.norr.services, units.soder.services
    project = anna.projects.add(project_fields(start_date=date(2026, 1, 1))).project.id
    mentor = anna.mentors.add(MentorFields(name="Eva Holm")).mentor.id
    employer = make_employer(anna, organisation_number=None, name="Lagret AB")
    placement = make_placement(anna, units.norr.participants[0], employer)
    stored = anna.placements.get(placement)
    anna.placements.update(placement, replace(stored, project_id=project, mentor_id=mentor))
    # Bo sees the organisation's project and mentor, not Anna's placement.
    assert [p.id for p in bo.projects.projects()] == [project]
    assert bo.placements.of_participant(units.norr.participants[0]) == []

    with pytest.raises(RuleViolationError) as refused:
        bo.projects.remove(project)
    assert (refused.value.message, refused.value.params) == (HAS_PLACEMENTS, {"count": 1})
    with pytest.raises(RuleViolationError) as refused:
        bo.mentors.remove(mentor)
    assert (refused.value.message, refused.value.params) == (MENTOR_IN_USE, {"count": 1})

    # Anna's placement keeps both and saves as before.
    again = anna.placements.get(placement)
    assert (again.project_id, again.mentor_id) == (project, mentor)
    anna.placements.update(placement, replace(again, hours_per_week=20.0))
    # Once no placement names them, Bo may remove them.
    latest = anna.placements.get(placement)
    anna.placements.update(placement, replace(latest, project_id=None, mentor_id=None))
    bo.projects.remove(project)
    bo.mentors.remove(mentor)
    assert anna.projects.projects() == []
