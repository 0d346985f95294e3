"""On a team's server, Arbetsgivare's last contact of an employer two units place with is
each coordinator's own: the latest note on the placements their unit sees (or a network
contact), never a date of the other unit's placement."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from ambassador.domain.browse import EmployerFilter
from ambassador.domain.clock import FixedClock
from ambassador.storage.address import ServerAddress
from tests.factories import make_participant, make_placement, note_fields
from tests.team import TwoUnits, team_on, two_units

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def units(server_address: ServerAddress, clock: FixedClock) -> Iterator[TwoUnits]:
    with team_on(server_address, clock) as team:
        yield two_units(team)


def _last_contact(units: TwoUnits, coordinator: str, employer: int) -> object:
    unit = units.norr if coordinator == "norr" else units.soder
    rows = unit.services.browse.employers(EmployerFilter()).rows
    return next(row.last_contact for row in rows if row.id == employer)


def test_each_unit_sees_its_own_last_contact_with_a_shared_employer(
    units: TwoUnits, clock: FixedClock
) -> None:
    # Norr's notes are two and three days old (tests/team.py); Söder places one of its
    # people with Norr's employer and writes to it yesterday.
    soder = units.soder.services
    person = make_participant(soder, first_name="Ture", last_name="Södergren")
    placement = make_placement(soder, person, units.norr.employer)
    soder.follow_up.add_note(note_fields(person, placement, clock.now() - timedelta(days=1)))

    assert _last_contact(units, "soder", units.norr.employer) == clock.today() - timedelta(days=1)
    # Söder saved last: Norr still sees its own latest note, not Söder's.
    assert _last_contact(units, "norr", units.norr.employer) == clock.today() - timedelta(days=2)
