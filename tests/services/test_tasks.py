"""Tasks on offer: saved with their employer, a person's interests and limits with the person,
and the employers suggested for someone."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import ConsentScope, ListName, Outcome
from ambassador.domain.errors import NotFoundError, ValidationError
from ambassador.domain.placement import Ending
from ambassador.domain.retention import ErasureBasis
from ambassador.domain.tasks import TASK_CATEGORY_UNKNOWN, TASK_TITLE_REQUIRED, EmployerTask
from ambassador.services.bundle import Services
from ambassador.services.trash import TrashService
from ambassador.storage.database import Database
from tests.conftest import NOW
from tests.factories import employer_fields, make_participant, make_placement, without_ids
from tests.pdfs import pdf_words

LAGER = "Lager och logistik"
KOK = "Kök och restaurang"
STAD = "Städ och lokalvård"
LYFT = "Tunga lyft"
KUND = "Kundkontakt"


def task(title: str, category: str = "", *requirements: str) -> EmployerTask:
    return EmployerTask(title=title, category=category, requirements=tuple(requirements))


def with_tasks(services: Services, name: str, capacity: int, *tasks: EmployerTask) -> int:
    saved = services.employers.create(
        employer_fields(name=name, organisation_number=None, capacity=capacity), tasks
    )
    return saved.employer.id


# Saving --------------------------------------------------------------------------------------


def test_tasks_are_saved_with_the_employer_in_their_order(services: Services) -> None:
    employer = with_tasks(
        services,
        "Lagerhuset",
        2,
        task(" Plocka varor ", LAGER, LYFT),
        task("Packa", LAGER),
    )
    assert without_ids(services.employers.tasks(employer)) == [
        task("Plocka varor", LAGER, LYFT),
        task("Packa", LAGER),
    ]
    # Saving the employer without tasks keeps them; saving with a list replaces them.
    fields = employer_fields(name="Lagerhuset AB", organisation_number=None)
    services.employers.update(employer, fields)
    assert len(services.employers.tasks(employer)) == 2
    services.employers.update(employer, fields, [task("Inventera", LAGER)])
    assert without_ids(services.employers.tasks(employer)) == [task("Inventera", LAGER)]
    services.employers.update(employer, fields, [])
    assert without_ids(services.employers.tasks(employer)) == []


def test_a_task_without_a_name_saves_nothing(services: Services) -> None:
    with pytest.raises(ValidationError) as raised:
        services.employers.create(
            employer_fields(name="Nytt AB", organisation_number=None),
            [task("Plocka", LAGER), task("  ", LAGER)],
        )
    assert [(p.field, p.message) for p in raised.value.problems] == [("tasks", TASK_TITLE_REQUIRED)]
    assert services.employers.page() == []

    employer = with_tasks(services, "Lagerhuset", 2, task("Plocka", LAGER))
    with pytest.raises(ValidationError):
        services.employers.update(
            employer,
            employer_fields(name="Nytt namn AB", organisation_number=None),
            [task("")],
        )
    assert services.employers.get(employer).name == "Lagerhuset"
    assert without_ids(services.employers.tasks(employer)) == [task("Plocka", LAGER)]


def test_employer_and_task_problems_are_reported_together(services: Services) -> None:
    with pytest.raises(ValidationError) as raised:
        services.employers.create(employer_fields(name=" "), [task("")])
    assert {p.field for p in raised.value.problems} == {"name", "tasks"}


def test_a_category_outside_the_list_is_refused_in_the_same_transaction(
    services: Services,
) -> None:
    with pytest.raises(ValidationError) as raised:
        services.employers.create(
            employer_fields(name="Nytt AB", organisation_number=None),
            [task("Spå i kort", "Astrologi")],
        )
    assert raised.value.problems[0].message == TASK_CATEGORY_UNKNOWN
    assert services.employers.page() == []  # the employer's row was rolled back too


def test_a_removed_list_entry_still_counts_for_records_that_have_it(services: Services) -> None:
    employer = with_tasks(services, "Lagerhuset", 2, task("Plocka", LAGER))
    categories = services.settings.list_labels(ListName.TASK_CATEGORIES)
    services.settings.save_list(ListName.TASK_CATEGORIES, [c for c in categories if c != LAGER])
    fields = employer_fields(name="Lagerhuset", organisation_number=None)
    services.employers.update(employer, fields, [task("Plocka", LAGER), task("Diska", KOK)])
    assert len(services.employers.tasks(employer)) == 2


# The participant's interests and limits ------------------------------------------------------


def test_interests_and_limits_round_trip(services: Services) -> None:
    person = make_participant(
        services, task_interests=(KOK, f" {LAGER} ", KOK), task_limits=(LYFT,)
    )
    stored = services.participants.get(person)
    assert stored.task_interests == (KOK, LAGER)
    assert stored.task_limits == (LYFT,)
    services.participants.update(person, replace(stored, task_limits=()))
    assert services.participants.get(person).task_limits == ()


def test_an_interest_outside_the_list_is_refused(services: Services) -> None:
    with pytest.raises(ValidationError) as raised:
        make_participant(services, task_interests=("Astrologi",))
    assert [p.field for p in raised.value.problems] == ["task_interests"]
    assert services.participants.page() == []


def test_the_register_extract_shows_interests_and_limits(
    services: Services, tmp_path: Path
) -> None:
    person = make_participant(services, task_interests=(KOK, LAGER), task_limits=(LYFT, KUND))
    path = tmp_path / "extract.pdf"
    services.documents.write_register_extract(person, path, language="en")
    text = pdf_words(path)
    # In English, as the extract is: the names of the entries, not the labels stored.
    assert "Task areas of interest Kitchen and restaurant, Warehouse and logistics" in text
    assert "Task requirements to avoid Heavy lifting, Customer contact" in text


def test_erasure_removes_the_limits(services: Services, database: Database) -> None:
    person = make_participant(services, task_limits=(LYFT,))
    services.retention.erase(person, ErasureBasis.DATA_SUBJECT_REQUEST, "Dnr 2026/9")
    with database.read() as uow:
        assert uow.participants.get(person, include_deleted=True) is None
    with pytest.raises(NotFoundError):
        services.matching.suggest_employers(person)


# Suggestions ---------------------------------------------------------------------------------


def test_suggestions_count_only_placements_that_hold_a_place(services: Services) -> None:
    person = make_participant(services, task_interests=(LAGER,), task_limits=(LYFT,))
    # Lagerhuset: 3 places. Held: one active and one planned; an ended and a trashed
    # placement hold none. 3 − 2 = 1 free.
    lager = with_tasks(services, "Lagerhuset", 3, task("Lasta", LAGER, LYFT), task("Packa", LAGER))
    others = [
        make_participant(services, first_name=name) for name in ("Bo", "Cem", "Dana", "Eva", "Ali")
    ]
    make_placement(services, others[0], lager, start_date=date(2026, 9, 1))
    make_placement(services, others[1], lager, start_date=date(2026, 12, 1), planned_end_date=None)
    ended = make_placement(services, others[2], lager, start_date=date(2026, 9, 1))
    services.placements.end(ended, Ending(ended_on=date(2026, 10, 1), outcome=Outcome.EMPLOYMENT))
    trashed = make_placement(services, others[3], lager, start_date=date(2026, 9, 1))
    services.placements.delete(trashed)
    # Fullt: 1 place, 1 active placement: 1 − 1 = 0 free.
    full = with_tasks(services, "Fullt lager", 1, task("Plocka", LAGER))
    make_placement(services, others[4], full, start_date=date(2026, 9, 1))
    # Papperskorgen: 5 free places, but the employer is in the trash.
    gone = with_tasks(services, "Papperskorgen AB", 5, task("Plocka", LAGER))
    services.employers.delete(gone)
    # Gläntan: free, but only a kitchen task.
    with_tasks(services, "Gläntan", 2, task("Diska", KOK))

    suggestions = services.matching.suggest_employers(person)
    assert [(s.employer_name, s.free_places, s.reasons) for s in suggestions] == [
        ("Lagerhuset", 1, ("Lager och logistik: Packa",))
    ]


def test_without_interests_every_category_is_suggested_by_free_places(
    services: Services,
) -> None:
    person = make_participant(services)
    with_tasks(services, "Lagerhuset", 1, task("Packa", LAGER))
    with_tasks(services, "Gläntan", 3, task("Diska", KOK), task("Servera", KOK, KUND))
    with_tasks(services, "Städbolaget", 1, task("Städa", STAD))
    suggestions = services.matching.suggest_employers(person)
    # Gläntan has 3 free places; the other two 1 each, by name.
    assert [(s.employer_name, s.free_places, len(s.fits)) for s in suggestions] == [
        ("Gläntan", 3, 2),
        ("Lagerhuset", 1, 1),
        ("Städbolaget", 1, 1),
    ]


def test_limits_reach_no_employer_paper_list_calendar_or_search(
    services: Services, tmp_path: Path
) -> None:
    # "Körkort B" stands for any limit: it is in no other text these files hold.
    limit = "Körkort B"
    person = make_participant(
        services,
        task_limits=(limit,),
        needs_and_adaptations="Behöver skriftliga instruktioner",
    )
    employer = with_tasks(services, "Lagerhuset", 2, task("Packa", LAGER))
    placement = make_placement(services, person, employer, start_date=date(2026, 11, 2))
    services.participants.give_consent(
        person, ConsentScope.SHARE_NEEDS_WITH_EMPLOYER, employer, date(2026, 11, 2)
    )
    summary = tmp_path / "summary.pdf"
    services.documents.write_summary(placement, summary)
    summary_text = pdf_words(summary)
    assert "Behöver skriftliga instruktioner" in summary_text  # shared needs are printed
    assert limit not in summary_text
    listed = tmp_path / "participants.csv"
    services.exports.write_participants(listed)
    calendar = tmp_path / "check-ins.ics"
    services.exports.write_calendar(calendar)
    for written in (listed, calendar):
        assert limit.encode() not in written.read_bytes()
    assert services.search.search("Körkort") == []


def test_an_employer_purged_from_the_trash_takes_its_tasks(
    services: Services, database: Database
) -> None:
    employer = with_tasks(services, "Lagerhuset", 2, task("Packa", LAGER))
    services.employers.delete(employer)
    # Past the trash's 30 days, the employer goes for good and its tasks with it.
    TrashService(database, FixedClock(NOW + timedelta(days=31))).empty_expired()
    with database.read() as uow:
        assert uow.employers.get(employer, include_deleted=True) is None
        assert uow.employer_tasks.of_employer(employer) == []
