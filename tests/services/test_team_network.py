"""On a server the network log is the organisation's (every coordinator reads and adds to
an employer's), but a contact is the work of the unit of whoever recorded it: its follow-up is
on that unit's Översikt and it counts in that unit's self-check, not in another unit's."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.storage.address import ServerAddress
from tests.factories import make_employer
from tests.services.test_network import contact_fields
from tests.team import TwoUnits, team_on, two_units

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def units(server_address: ServerAddress, clock: FixedClock) -> Iterator[TwoUnits]:
    with team_on(server_address, clock) as team:
        yield two_units(team)


def test_a_network_contact_is_its_units_work_in_a_log_everyone_reads(
    units: TwoUnits, clock: FixedClock
) -> None:
    anna, bo = units.norr.services, units.soder.services
    employer = make_employer(anna, organisation_number=None, name="Lagret AB")
    recorded = anna.network.add(
        contact_fields(
            employer,
            occurred_at=clock.now() - timedelta(hours=1),
            follow_up_on=clock.today() + timedelta(days=2),
        )
    ).contact

    assert [c.id for c in bo.network.of_employer(employer)] == [recorded.id]
    assert [d.contact_id for d in anna.overview.overview().employer_follow_ups] == [recorded.id]
    assert bo.overview.overview().employer_follow_ups == []
    assert anna.self_check.self_check().current.network_contacts == 1
    assert bo.self_check.self_check().current.network_contacts == 0
