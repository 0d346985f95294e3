"""The task catalogue as stored: every task of every employer not in the trash, the places
its placements hold, and the placements that covered each task."""

from __future__ import annotations

from datetime import date

from ambassador.domain.enums import Outcome, Sector
from ambassador.domain.placement import Ending
from ambassador.domain.task_catalogue import CatalogueFilter
from ambassador.domain.tasks import EmployerTask
from ambassador.services.bundle import Services
from tests.factories import employer_fields, make_placement

LAGER = "Lager och logistik"
LYFT = "Tunga lyft"


def test_every_task_with_its_employers_free_places_and_the_placements_covering_it(
    services: Services,
) -> None:
    lager = services.employers.create(
        employer_fields(name="Lagerhuset", organisation_number=None, capacity=3),
        [
            EmployerTask(title="Plocka", category=LAGER, requirements=(LYFT,)),
            EmployerTask(title="Packa"),
        ],
    ).employer.id
    plocka, packa = (t.id for t in services.employers.tasks(lager))
    assert plocka is not None and packa is not None
    kok = services.employers.create(
        employer_fields(name="Kommunens kök", organisation_number=None, sector=Sector.MUNICIPAL),
        [EmployerTask(title="Diska")],
    ).employer.id
    gone = services.employers.create(
        employer_fields(name="Nedlagt AB", organisation_number=None), [EmployerTask(title="X")]
    ).employer.id
    services.employers.delete(gone)

    # Two placements hold places; an ended one covered Plocka too; a trashed one counts not.
    make_placement(services, employer_id=lager, task_ids=(plocka, packa))
    make_placement(services, employer_id=lager, task_ids=(plocka,))
    ended = make_placement(
        services,
        employer_id=lager,
        task_ids=(plocka,),
        start_date=date(2026, 1, 1),
        planned_end_date=None,
    )
    services.placements.end(ended, Ending(ended_on=date(2026, 6, 30), outcome=Outcome.EMPLOYMENT))
    trashed = make_placement(services, employer_id=lager, task_ids=(packa,))
    services.placements.delete(trashed)

    rows = services.employers.catalogue()
    assert [
        (r.employer_name, r.title, r.category, r.requirements, r.free_places, r.covered)
        for r in rows
    ] == [
        ("Kommunens kök", "Diska", "", (), 2, 0),
        ("Lagerhuset", "Plocka", LAGER, (LYFT,), 1, 3),
        ("Lagerhuset", "Packa", "", (), 1, 1),
    ]
    assert rows[0].sector is Sector.MUNICIPAL and rows[0].employer_id == kok
    assert [r.task_id for r in rows[1:]] == [plocka, packa]
    only_lager = services.employers.catalogue(CatalogueFilter(text="lager"))
    assert [r.title for r in only_lager] == ["Plocka", "Packa"]
