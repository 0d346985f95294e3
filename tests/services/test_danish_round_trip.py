"""A Danish organisation's lists go out and come back: the Danish sample data exported in
Danish (and in English) is imported into another database made for Denmark as the same people,
employers and placements, CPR and CVR numbers, Danish headers, words and list entries alike."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.domain.country import DENMARK
from ambassador.domain.exports import ListKind
from ambassador.services.bundle import Services
from ambassador.services.sample_data import SampleDataService, Size
from ambassador.storage.database import Database
from ambassador.storage.opening import open_database
from tests.conftest import NOW
from tests.services.test_exporting import (
    employer_fields,
    import_file,
    participant_fields,
    rows_of,
)


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Services]:
    """A second database made for Denmark, to import into."""
    database, _report = open_database(tmp_path / "other.db", tmp_path / "other-backups", NOW)
    services = Services.build(database, FixedClock(NOW))
    services.settings.set_country(DENMARK)
    yield services
    database.dispose()


@pytest.mark.parametrize("language", ["da", "en"])
def test_danish_sample_data_round_trips_through_a_list(
    database: Database,
    clock: FixedClock,
    services: Services,
    other: Services,
    tmp_path: Path,
    language: str,
) -> None:
    services.settings.set_country(DENMARK)
    SampleDataService(database, clock).generate(Size.SMALL, seed=2)
    exports = services.exports
    participants = exports.write_participants(
        tmp_path / "p.xlsx", with_identity_numbers=True, language=language
    ).path
    employers = exports.write_employers(tmp_path / "e.xlsx", language=language).path
    placements = exports.write_placements(tmp_path / "pl.xlsx", language=language).path
    if language == "da":
        header = set(rows_of(participants)[0])
        assert {"Fornavn", "Efternavn", "CPR-nummer", "Køn"} <= header
        assert "Forløbstype" in rows_of(placements)[0]

    import_file(other, ListKind.PARTICIPANTS, participants)
    import_file(other, ListKind.EMPLOYERS, employers)
    import_file(other, ListKind.PLACEMENTS, placements)

    assert sorted(map(participant_fields, other.participants.page())) == sorted(
        map(participant_fields, services.participants.page())
    )
    assert sorted(map(employer_fields, other.employers.page())) == sorted(
        map(employer_fields, services.employers.page())
    )

    def types(s: Services) -> list[str]:
        return sorted(
            p.placement_type
            for person in s.participants.page()
            for p in s.placements.of_participant(person.id)
        )

    assert types(other) == types(services)
