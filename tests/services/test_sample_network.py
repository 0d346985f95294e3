"""The sample's employer network log: a few contacts a month over the sample's years, spread
over its employers, in the country's language, one follow-up due this week and one overdue;
the rest of the sample draws as before."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from pathlib import Path

from ambassador.domain.clock import FixedClock
from ambassador.domain.country import DENMARK
from ambassador.domain.enums import ListName
from ambassador.services.bundle import Services
from ambassador.services.sample_data import SampleDataService, Size
from ambassador.services.sample_network import TEXTS_DA, TEXTS_SV, coordinators
from ambassador.storage.database import Database
from ambassador.storage.opening import open_database


def all_contacts(services: Services, database: Database) -> list:  # type: ignore[type-arg]
    with database.read() as uow:
        return [contact for contact, _name in uow.network_contacts.all()]


def test_the_small_sample_logs_a_few_network_contacts_a_month(
    services: Services, database: Database, clock: FixedClock
) -> None:
    SampleDataService(database, clock).generate(Size.SMALL)
    contacts = all_contacts(services, database)
    today = clock.today()
    months = Counter((c.occurred_at.year, c.occurred_at.month) for c in contacts)
    # Two years of months, 3 to 6 a month (the fixed two follow-ups on top).
    assert len(months) == 24
    assert all(3 <= count <= 8 for count in months.values())
    assert len({c.employer_id for c in contacts}) >= 10  # of the 15 employers
    assert all(c.occurred_at <= clock.now() for c in contacts)
    assert {c.text for c in contacts} <= set(TEXTS_SV)
    kinds = set(services.settings.list_labels(ListName.NETWORK_CONTACT_KINDS))
    assert {c.kind for c in contacts} <= kinds
    assert any(c.follow_up_done for c in contacts)
    due = services.overview.overview().employer_follow_ups
    assert [d.follow_up_on for d in due] == [today - timedelta(days=4), today + timedelta(days=3)]
    assert services.self_check.self_check().current.network_contacts > 0


def test_the_danish_sample_writes_danish(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "dk.db"
    database, _report = open_database(path, tmp_path / "backups", clock.now())
    services = Services.build(database, clock)
    services.settings.set_country(DENMARK)
    SampleDataService(database, clock).generate(Size.SMALL)
    contacts = all_contacts(services, database)
    assert contacts and {c.text for c in contacts} <= set(TEXTS_DA)
    assert "Netværksmøde" in {c.kind for c in contacts}
    database.dispose()


def test_a_decade_keeps_about_ten_coordinators_busy() -> None:
    assert coordinators(40, 2) == 1
    assert coordinators(5000, 10) == 10
    assert coordinators(50000, 10) == 100
