"""On a server, as real database roles: targets and field balances are the organisation's
settings, set by its administrator and read by every coordinator (whose program refuses
before the database would), and a coordinator's headline figures read their unit's."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.domain.errors import RuleViolationError, StorageError
from ambassador.domain.figures import Period
from ambassador.domain.targets import Measure, Target
from ambassador.domain.team import StaffRole
from ambassador.services.settings import ADMINISTRATOR_ONLY
from ambassador.storage.address import ServerAddress
from tests.team import Team, team_on

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def team(engine_name: str, server_address: ServerAddress, clock: FixedClock) -> Iterator[Team]:
    with team_on(server_address, clock) as made:
        yield made


def test_the_administrator_sets_targets_and_a_coordinator_reads_them(team: Team) -> None:
    greta = team.add("greta", StaffRole.ADMIN, "Norr").services
    greta.targets.save_target("into_work_or_education", "", 2026, 40)
    greta.targets.save_field_balance("Kök och restaurang", 65, "Egen")
    anna = team.add("anna", StaffRole.COORDINATOR, "Norr")
    as_anna = anna.services
    assert as_anna.targets.targets() == [Target(Measure.INTO_WORK_OR_EDUCATION, 2026, 40)]
    balances = {b.category: b.women_percent for b in as_anna.targets.field_balances()}
    assert balances["Kök och restaurang"] == 65
    report = as_anna.headline.report(Period(date(2026, 1, 1), date(2026, 12, 31)))
    assert report.target(Measure.INTO_WORK_OR_EDUCATION) == 40
    for attempt in (
        lambda: as_anna.targets.save_target("into_work_or_education", "", 2026, 50),
        lambda: as_anna.targets.remove_target(Measure.INTO_WORK_OR_EDUCATION, "", 2026),
        lambda: as_anna.targets.save_field_balance("Kök och restaurang", 50, ""),
        lambda: as_anna.targets.reset_field_balance("Kök och restaurang"),
    ):
        with pytest.raises(RuleViolationError) as refused:
            attempt()
        assert refused.value.message == ADMINISTRATOR_ONLY
    # And the database itself refuses, should anything get past the program.
    with pytest.raises(StorageError), anna.database.write() as uow:
        uow.targets.put(Target(Measure.PEOPLE_STARTED, 2026, 10))
