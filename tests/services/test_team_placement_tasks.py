"""Tasks covered on a server, as two units' coordinators (real roles, row-level security):
each saves and reads their own placements' tasks; an employer's task removed by one takes the
other unit's links with it; the catalogue counts the placements each coordinator may see."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.domain.tasks import EmployerTask
from ambassador.storage.address import ServerAddress
from tests.factories import employer_fields, make_placement
from tests.team import TwoUnits, team_on, two_units

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def units(server_address: ServerAddress, clock: FixedClock) -> Iterator[TwoUnits]:
    with team_on(server_address, clock) as team:
        yield two_units(team)


def test_coordinators_link_tasks_under_row_level_security(units: TwoUnits) -> None:
    anna, bo = units.norr.services, units.soder.services
    shared = anna.employers.create(
        employer_fields(name="Gemensamma Lagret AB", organisation_number=None, capacity=5),
        [EmployerTask(title="Plocka"), EmployerTask(title="Packa")],
    ).employer.id
    plocka, packa = (t.id for t in bo.employers.tasks(shared))  # employers are everyone's
    assert plocka is not None and packa is not None
    mine = make_placement(anna, units.norr.participants[0], shared, task_ids=(plocka, packa))
    theirs = make_placement(bo, units.soder.participants[0], shared, task_ids=(plocka,))
    placement = bo.placements.get(theirs)
    bo.placements.update(theirs, replace(placement, task_ids=(packa,)))
    assert bo.placements.get(theirs).task_ids == (packa,)
    assert anna.placements.get(mine).task_ids == (plocka, packa)

    # Each counts the placements they see; both see the employer's places held.
    by_title = {row.title: row for row in anna.employers.catalogue()}
    assert (by_title["Plocka"].covered, by_title["Packa"].covered) == (1, 1)

    # Bo removes Packa from the employer: Anna's link to it goes too (the foreign key's
    # cascade, beyond what Bo's rows show him).
    tasks = bo.employers.tasks(shared)
    bo.employers.update(
        shared,
        employer_fields(name="Gemensamma Lagret AB", organisation_number=None, capacity=5),
        tasks[:1],
    )
    assert anna.placements.get(mine).task_ids == (plocka,)
    assert bo.placements.get(theirs).task_ids == ()
