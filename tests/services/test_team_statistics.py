"""The manager's figures on a server (migration 0012's views): two coordinators in two units
register placements each through their own connection; the manager's figures are both units
summed, every group under 5 withheld and no withheld figure to be had by subtraction; they
agree with the program's own statistics where they are shown; and the manager's role reads
nothing about a single person (the database refuses)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import exc, text

from ambassador.domain.clock import FixedClock
from ambassador.domain.country import SWEDEN
from ambassador.domain.enums import Gender, Outcome
from ambassador.domain.figures import Period
from ambassador.domain.outcome_check import FollowUpResult
from ambassador.domain.statistics import Statistics, compute_statistics
from ambassador.domain.team_statistics import TOTAL, Figures, TeamStatistics
from ambassador.services.team_statistics import TeamStatisticsService
from ambassador.storage.address import ServerAddress
from ambassador.storage.database import Database
from tests.factories import make_ended_placement, make_placement
from tests.team import Staff, staff_in_two_units, team_on
from tests.withheld import no_sum_with_one_withheld

pytestmark = pytest.mark.postgresql_only

YEAR = 2026
INSUFFICIENT_PRIVILEGE = "42501"


@pytest.fixture
def staff(server_address: ServerAddress, clock: FixedClock) -> Iterator[Staff]:
    with team_on(server_address, clock) as team:
        yield staff_in_two_units(team)


@pytest.fixture
def registered(staff: Staff) -> Staff:
    """Anna (Norr) and Bo (Söder) each register their unit's placements of 2026."""
    services = staff.anna.services
    for _ in range(6):
        make_ended_placement(services, Gender.WOMAN, Outcome.EMPLOYMENT, result=FollowUpResult.WORK)
    for _ in range(2):
        make_ended_placement(services, Gender.MAN, Outcome.EMPLOYMENT)
    for _ in range(5):
        make_placement(services)  # a woman's, active from September
    services = staff.bo.services
    for _ in range(5):
        make_ended_placement(services, Gender.WOMAN, Outcome.EMPLOYMENT, result=FollowUpResult.WORK)
    for _ in range(7):
        make_ended_placement(services, Gender.MAN, Outcome.NO_OCCUPATION)
    for _ in range(3):
        make_ended_placement(services, Gender.WOMAN, Outcome.NO_OCCUPATION)
    return staff


def managers_figures(staff: Staff) -> TeamStatistics:
    return TeamStatisticsService(staff.maja.database).statistics(YEAR)


def program_statistics(database: Database) -> Statistics:
    """The program's own statistics of the year, as whoever is signed in sees them."""
    period = Period.year_of(date(YEAR, 1, 1))
    with database.read() as uow:
        return compute_statistics(
            period,
            uow.overview.placement_facts(period),
            uow.overview.feedback_facts(period),
            uow.overview.outcome_check_facts(period),
            date.today(),  # the views' current_date: due and not yet due alike
        )


def program_figures(statistics: Statistics) -> dict[tuple[str, str, str], int]:
    """The program's statistics as the views' cells."""
    figures = statistics.figures
    after = statistics.after_90
    assert after is not None
    splits = {
        ("started", ""): figures.started,
        ("active", ""): figures.active,
        ("ended", ""): figures.ended,
        ("into_work", ""): figures.into_work_or_education.part,
        ("after_90", "not_recorded"): after.not_recorded,
        ("after_90", "not_due"): after.not_due,
        ("after_90", "no_check"): after.no_check,
        ("employer_answers", ""): figures.employers_felt_supported.whole,
        ("employer_supported", ""): figures.employers_felt_supported.part,
        ("participant_answers", ""): figures.participants_felt_supported.whole,
        ("participant_supported", ""): figures.participants_felt_supported.part,
    }
    splits |= {("active", f"type:{group.key}"): group.active for group in statistics.by_type}
    splits |= {("ended", f"outcome:{o.value}"): split for o, split in statistics.outcomes}
    splits |= {("after_90", f"result:{r.value}"): split for r, split in after.results}
    cells = {}
    for (measure, category), split in splits.items():
        for gender in Gender:
            cells[(measure, category, gender.value)] = split.of(gender)
        cells[(measure, category, TOTAL)] = split.total
    return cells


def shown_agree(figures: Figures, truth: dict[tuple[str, str, str], int]) -> int:
    """Every figure shown equals the program's (missing there: none); how many were shown."""
    shown = 0
    for (measure, category, gender), value in figures.cells.items():
        if value is None or measure == "people":
            continue
        assert value == truth.get((measure, category, gender), 0), (measure, category, gender)
        shown += 1
    return shown


def small_ones_withheld(figures: Figures, truth: dict[tuple[str, str, str], int]) -> None:
    for key, value in truth.items():
        if value < 5 and key in figures.cells:
            assert figures.cells[key] is None, key


def test_the_managers_figures_are_both_units_with_small_groups_withheld(
    registered: Staff,
) -> None:
    statistics = managers_figures(registered)
    assert [u.name for u in statistics.units] == ["Norr", "Söder"]
    norr, soder = (u.figures for u in statistics.units)
    organisation = statistics.organisation
    # Norr: 8 ended (6 women, 2 men); Söder: 15 (8 women, 7 men); 5 active in Norr.
    assert norr.get("ended") == 8
    assert norr.get("ended", gender="woman") == 6
    assert norr.get("ended", gender="man") is None  # two men: fewer than 5
    assert soder.get("ended") == 15
    assert organisation.get("ended") == 23
    assert organisation.get("ended", gender="woman") == 14
    assert organisation.get("ended", "outcome:employment", "woman") == 11
    assert organisation.get("ended", "outcome:employment", "man") is None
    assert organisation.get("active") == 28
    assert organisation.get("people") == 28
    # Söder's 7 men would give Norr's 2 away beside the organisation's 9: one of them goes.
    assert (
        soder.get("ended", gender="man") is None or organisation.get("ended", gender="man") is None
    )
    for measure, category, gender in organisation.cells:
        total = organisation.get(measure, category, gender)
        parts = [norr.get(measure, category, gender), soder.get(measure, category, gender)]
        if total is not None and None not in parts:
            assert total == sum(p or 0 for p in parts), (measure, category, gender)
    no_sum_with_one_withheld(statistics)


def test_the_figures_agree_with_the_programs_own_statistics_where_shown(
    registered: Staff,
) -> None:
    statistics = managers_figures(registered)
    truth = program_figures(program_statistics(registered.team.owner))
    assert shown_agree(statistics.organisation, truth) >= 20
    small_ones_withheld(statistics.organisation, truth)
    # Each unit's figures are what that unit's coordinator counts in their own report.
    for person, unit in zip((registered.anna, registered.bo), statistics.units, strict=True):
        own = program_figures(program_statistics(person.database))
        assert shown_agree(unit.figures, own) >= 5
        small_ones_withheld(unit.figures, own)


def test_the_manager_reads_nothing_about_a_single_person(registered: Staff) -> None:
    engine = registered.maja.engine()
    try:
        for table in ("participants", "notes", "placements", "feedback", "settings"):
            with engine.connect() as connection, pytest.raises(exc.ProgrammingError) as refused:
                connection.execute(text(f"SELECT * FROM {table}"))
            assert getattr(refused.value.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM statistics_by_unit")).scalar()
            columns = connection.execute(text("SELECT * FROM statistics_by_unit")).keys()
        assert set(columns) == {"unit_id", "year", "measure", "category", "gender", "value"}
    finally:
        engine.dispose()


def test_a_coordinator_may_not_read_the_organisations_figures(registered: Staff) -> None:
    engine = registered.anna.engine()
    try:
        for view in ("statistics_cells", "statistics_organisation", "statistics_by_unit"):
            with engine.connect() as connection, pytest.raises(exc.ProgrammingError) as refused:
                connection.execute(text(f"SELECT * FROM {view}"))
            assert getattr(refused.value.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE
    finally:
        engine.dispose()


def test_the_managers_language_and_years_come_from_the_views(registered: Staff) -> None:
    service = TeamStatisticsService(registered.maja.database)
    assert YEAR in service.years()
    assert service.language_and_country() == ("sv", SWEDEN)


def test_an_admin_may_read_the_figures_too(registered: Staff) -> None:
    statistics = TeamStatisticsService(registered.ida.database).statistics(YEAR)
    assert statistics == managers_figures(registered)
