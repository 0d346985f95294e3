"""Imports by coordinators of two units on one server. Each sees only their unit's people, so
the largest id they can see is no guide to a free one, and they may not move a sequence: the
loaded rows take their ids from the tables' own sequences, after sample data the owner loaded
with ids of its own, and an ordinary save afterwards finds its id free."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.domain.exports import ListKind
from ambassador.interchange.sheets import read_sheet
from ambassador.services import importing
from ambassador.services.bundle import Services
from ambassador.services.importing import guess_mapping
from ambassador.services.sample_data import SampleDataService, Size
from ambassador.storage.address import ServerAddress
from tests.factories import make_participant
from tests.team import Team, team_on

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def team(server_address: ServerAddress, clock: FixedClock) -> Iterator[Team]:
    with team_on(server_address, clock) as team:
        yield team


def _import(services: Services, kind: ListKind, path: Path, text: str) -> importing.ImportResult:
    path.write_text(text, encoding="utf-8")
    sheet = read_sheet(path)
    return services.imports.commit(kind, sheet, guess_mapping(kind, sheet.headers))


def test_two_units_import_people_and_employers_with_ids_no_one_holds(
    team: Team, clock: FixedClock, tmp_path: Path
) -> None:
    SampleDataService(team.owner, clock).generate(Size.SMALL, seed=3)
    anna = team.add("anna", unit="Norr").services
    bo = team.add("bo", unit="Söder").services
    people = "First name,Last name\n"
    _import(anna, ListKind.PARTICIPANTS, tmp_path / "a.csv", people + "Åsa,Norrman\nEja,Berg\n")
    _import(bo, ListKind.PARTICIPANTS, tmp_path / "b.csv", people + "Örjan,Södergren\n")
    _import(
        bo,
        ListKind.EMPLOYERS,
        tmp_path / "e.csv",
        "Arbetsgivare;Sektor;Kontaktperson;Roll\n"
        "Lagret AB;Privat;Kim Lund;Handledare\nLagret AB;Privat;Alex Ek;Chef\n"
        "Köket AB;Privat;Sam Ny;Handledare\n",
    )
    _import(anna, ListKind.PARTICIPANTS, tmp_path / "c.csv", people + "Ida,Nord\n")
    # The form's own save, after them: its id from the same sequence, free.
    registered = make_participant(anna, first_name="Nils", last_name="Norrby")

    assert sorted(p.last_name for p in anna.participants.page()) == [
        "Berg",
        "Nord",
        "Norrby",
        "Norrman",
    ]
    assert [p.last_name for p in bo.participants.page()] == ["Södergren"]
    everyone = team.owner_services.participants.page()
    assert len({p.id for p in everyone}) == len(everyone)
    assert registered in {p.id for p in everyone}
    employers = {e.name: e.id for e in anna.employers.page()}
    assert {"Lagret AB", "Köket AB"} <= set(employers)
    contacts = [c.name for c in anna.employers.contacts(employers["Lagret AB"])]
    assert sorted(contacts) == ["Alex Ek", "Kim Lund"]
