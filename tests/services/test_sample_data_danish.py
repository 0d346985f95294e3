"""Danish sample data, for a database made for Denmark: deterministic, made up, its CPR and
CVR numbers valid by the Danish rules, its names, employers, notes and tasks Danish, and its
records using the Danish lists' labels."""

from __future__ import annotations

from pathlib import Path

from ambassador.domain.clock import FixedClock
from ambassador.domain.country import DENMARK
from ambassador.domain.country_defaults import default_labels
from ambassador.domain.danish_identity import cpr_birth_date, parse_cpr_number, parse_cvr_number
from ambassador.domain.enums import Gender, ListName
from ambassador.services import sample_tasks_da, sample_texts_da
from ambassador.services.bundle import Services
from ambassador.services.sample_data import CPR_WEIGHTS, SampleDataService, Size
from ambassador.storage.database import Database
from ambassador.storage.opening import open_database
from tests.services.test_sample_data import dump


def generate(tmp_path: Path, name: str, clock: FixedClock, seed: int) -> Path:
    path = tmp_path / name
    database, _report = open_database(path, tmp_path / "backups", clock.now())
    Services.build(database, clock).settings.set_country(DENMARK)
    SampleDataService(database, clock).generate(Size.SMALL, seed)
    database.dispose()
    return path


def test_same_seed_gives_same_danish_rows_and_other_seed_other_rows(
    tmp_path: Path, clock: FixedClock
) -> None:
    first = dump(generate(tmp_path, "a.db", clock, seed=7))
    assert first == dump(generate(tmp_path, "b.db", clock, seed=7))
    assert first != dump(generate(tmp_path, "c.db", clock, seed=8))


def test_cpr_numbers_are_real_dates_of_the_right_century_and_gender(
    services: Services, clock: FixedClock, database: Database
) -> None:
    services.settings.set_country(DENMARK)
    SampleDataService(database, clock).generate(Size.SMALL, seed=3)
    participants = services.participants.page()
    numbered = [p for p in participants if p.personal_identity_number]
    numbers = [p.personal_identity_number or "" for p in numbered]
    assert len(numbers) == len(set(numbers)) > 20
    checked = 0
    for person in numbered:
        number = person.personal_identity_number or ""
        assert len(number) == 10
        assert parse_cpr_number(f"{number[:6]}-{number[6:]}", clock.today()) == number
        birth = cpr_birth_date(number)
        assert birth is not None and 1960 <= birth.year <= 2006
        if person.gender is Gender.MAN:
            assert int(number[-1]) % 2 == 1
        elif person.gender is Gender.WOMAN:
            assert int(number[-1]) % 2 == 0
        checked += sum(w * int(d) for w, d in zip(CPR_WEIGHTS, number, strict=True)) % 11 == 0
    # Most hold the modulus-11 check; some deliberately do not, as issued since 2007.
    assert len(numbers) // 2 < checked < len(numbers)


def test_danish_people_and_employers_with_valid_cvr_numbers(
    services: Services, clock: FixedClock, database: Database
) -> None:
    services.settings.set_country(DENMARK)
    SampleDataService(database, clock).generate(Size.SMALL, seed=3)
    participants = services.participants.page()
    first_names = set(sample_texts_da.WOMEN + sample_texts_da.MEN + sample_texts_da.NEUTRAL)
    assert all(p.first_name in first_names for p in participants)
    assert all(p.last_name in sample_texts_da.LAST for p in participants)
    assert all(p.address.endswith(sample_texts_da.TOWN) for p in participants)
    assert all(p.referral_source in default_labels(DENMARK, ListName.REFERRAL_SOURCES)
               for p in participants)  # fmt: skip
    employers = services.employers.page()
    numbers = [e.organisation_number for e in employers]
    assert len(set(numbers)) == len(employers)
    for number in numbers:
        assert number is not None and parse_cvr_number(number) == number
    assert services.settings.get().organisation_name == sample_texts_da.ORGANISATION
    assert services.settings.get().coordinator_email.endswith("@example.dk")


def test_placements_and_notes_use_the_danish_lists(
    services: Services, clock: FixedClock, database: Database
) -> None:
    services.settings.set_country(DENMARK)
    SampleDataService(database, clock).generate(Size.SMALL, seed=1)
    types = set(default_labels(DENMARK, ListName.PLACEMENT_TYPES))
    reasons = set(default_labels(DENMARK, ListName.ENDING_REASONS))
    kinds = set(default_labels(DENMARK, ListName.NOTE_KINDS))
    openings = {o for listed in sample_texts_da.NOTE_OPENINGS_OF_KIND.values() for o, _w in listed}
    with database.read() as uow:
        for participant in uow.participants.page():
            for placement in uow.placements.of_participant(participant.id):
                assert placement.placement_type in types
                if placement.ending and placement.ending.reason:
                    assert placement.ending.reason in reasons
            notes = uow.notes.of_participant(participant.id)
            for note in notes:
                assert note.kind in kinds
                assert any(note.text.startswith(opening) for opening in openings)
        employer_ids = [employer.id for employer in uow.employers.page()]
        tasks = [
            task
            for listed in uow.employer_tasks.of_employers(employer_ids).values()
            for task in listed
        ]
    assert tasks
    categories = set(default_labels(DENMARK, ListName.TASK_CATEGORIES))
    needs = set(default_labels(DENMARK, ListName.TASK_REQUIREMENTS))
    assert all(t.category in categories and set(t.requirements) <= needs for t in tasks)


def test_the_danish_word_lists_fit_together() -> None:
    categories = set(default_labels(DENMARK, ListName.TASK_CATEGORIES))
    needs = set(default_labels(DENMARK, ListName.TASK_REQUIREMENTS))
    assert set(sample_tasks_da.TASKS) == categories
    titles = {title for listed in sample_tasks_da.TASKS.values() for title, _r in listed}
    for listed in sample_tasks_da.TASKS.values():
        for _title, requirements in listed:
            assert set(requirements) <= needs
    industries = {i for forms in sample_texts_da.EMPLOYER_FORMS.values() for _f, i in forms}
    assert (
        industries
        == set(sample_tasks_da.TASKS_OF_INDUSTRY)
        == set(sample_texts_da.UNITS_OF_INDUSTRY)
    )
    for offered in sample_tasks_da.TASKS_OF_INDUSTRY.values():
        assert set(offered) <= titles
    assert set(sample_texts_da.NOTE_OPENINGS_OF_KIND) == set(
        default_labels(DENMARK, ListName.NOTE_KINDS)
    )
    assert len(sample_texts_da.LAST[:17]) == 17
