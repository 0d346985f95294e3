"""The headline figures read from the store: a placement's field is the category of its first
linked task in the employer's order; placements in the trash are left out; the organisation's
own balance replaces the default; targets stand beside the figures and in the trend."""

from __future__ import annotations

from datetime import date

import pytest

from ambassador.domain.enums import Gender, Outcome
from ambassador.domain.errors import ValidationError
from ambassador.domain.figures import Period
from ambassador.domain.placement import Ending
from ambassador.domain.targets import Measure, Target
from ambassador.domain.tasks import EmployerTask
from ambassador.services.bundle import Services
from tests.factories import employer_fields, make_participant, make_placement

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))
BYGG = "Bygg och hantverk"  # 5 % women by default
STAD = "Städ och lokalvård"  # 70 % women by default


def site(services: Services) -> tuple[int, int, int]:
    """An employer whose tasks are, in its order, cleaning then building, though the building
    task was made first (the lower id)."""
    saved = services.employers.create(
        employer_fields(name="Bygget", organisation_number=None),
        [EmployerTask(title="Mura", category=BYGG), EmployerTask(title="Städa bod", category=STAD)],
    )
    employer = saved.employer.id
    mura, stada = services.employers.tasks(employer)
    services.employers.update(
        employer, employer_fields(name="Bygget", organisation_number=None), [stada, mura]
    )
    assert mura.id is not None and stada.id is not None
    return employer, mura.id, stada.id


def test_the_field_is_the_first_task_in_the_employers_order(services: Services) -> None:
    employer, mura, stada = site(services)
    man = make_participant(services, gender=Gender.MAN)
    woman = make_participant(services, gender=Gender.WOMAN)
    # Both cover both tasks: the field is cleaning (first in the employer's order).
    make_placement(services, man, employer, start_date=date(2026, 3, 1), task_ids=(mura, stada))
    make_placement(services, woman, employer, start_date=date(2026, 3, 1), task_ids=(mura, stada))
    make_placement(services, woman, employer, start_date=date(2026, 3, 1))  # no task: not known
    gone = make_placement(services, man, employer, start_date=date(2026, 4, 1), task_ids=(mura,))
    services.placements.delete(gone)
    figures = services.headline.report(YEAR).figures.non_traditional
    # The man in cleaning (70 % women) is outside his traditional fields; the woman is not.
    assert (figures.share.part.by_gender, figures.share.whole.by_gender) == (
        {Gender.MAN: 1},
        {Gender.MAN: 1, Gender.WOMAN: 1},
    )
    assert figures.not_known.by_gender == {Gender.WOMAN: 1}


def test_the_organisations_balance_replaces_the_default(services: Services) -> None:
    employer, mura, stada = site(services)
    man = make_participant(services, gender=Gender.MAN)
    make_placement(services, man, employer, start_date=date(2026, 3, 1), task_ids=(stada,))
    assert services.headline.report(YEAR).figures.non_traditional.share.part.total == 1
    changes = services.targets.save_field_balance(STAD, 55, "Egen kartläggning 2026")
    assert changes.settings
    assert services.headline.report(YEAR).figures.non_traditional.share.part.total == 0
    listed = {b.category: b for b in services.targets.field_balances()}
    assert (listed[STAD].women_percent, listed[STAD].source, listed[STAD].is_default) == (
        55,
        "Egen kartläggning 2026",
        False,
    )
    assert listed["Återbruk och second hand"].women_percent == -1  # no figure at all
    services.targets.reset_field_balance(STAD)
    listed = {b.category: b for b in services.targets.field_balances()}
    assert listed[STAD].is_default and listed[STAD].women_percent == 70
    assert services.headline.report(YEAR).figures.non_traditional.share.part.total == 1


def test_conversion_returning_and_cost_from_the_store(services: Services) -> None:
    employer, _mura, _stada = site(services)
    other, _m, _s = site(services)
    make_placement(services, employer_id=employer, start_date=date(2025, 2, 1))  # earlier
    worked = make_placement(
        services,
        employer_id=employer,
        placement_type="Praktik",
        start_date=date(2026, 1, 1),
        planned_end_date=date(2026, 12, 31),
        subsidy_type="Lönebidrag",
        municipal_cost=3650.0,
    )
    services.placements.end(worked, Ending(ended_on=date(2026, 1, 10), outcome=Outcome.EMPLOYMENT))
    studied = make_placement(
        services, employer_id=other, placement_type="Praktik", start_date=date(2026, 2, 1)
    )
    services.placements.end(studied, Ending(ended_on=date(2026, 5, 1), outcome=Outcome.STUDIES))
    make_placement(services, employer_id=other, start_date=date(2026, 6, 1))
    report = services.headline.report(YEAR)
    figures = report.figures
    praktik = figures.conversion_of("Praktik")
    assert (praktik.part.total, praktik.whole.total) == (1, 2)
    assert (figures.returning.employers, figures.returning.returning) == (2, 1)
    assert figures.returning.several == 1  # the other employer started two
    # 10 days of 3,650 a month: 10 × 12 / 365 × 3,650.
    assert [(c.subsidy_type, c.amount) for c in figures.cost] == [("Lönebidrag", 1200.0)]
    assert report.value(Measure.CONVERSION_TO_EMPLOYMENT, "Praktik") == 50.0


def test_targets_are_set_replaced_and_removed(services: Services) -> None:
    assert services.targets.save_target("into_work_or_education", "", 2026, 40).settings
    services.targets.save_target("into_work_or_education", "", 2026, 45)
    services.targets.save_target("started_of_type", "Resursjobb", 2026, 12)
    assert not services.targets.save_target("started_of_type", "Resursjobb", 2026, 12).settings
    assert services.targets.targets() == [
        Target(Measure.INTO_WORK_OR_EDUCATION, 2026, 45),
        Target(Measure.STARTED_OF_TYPE, 2026, 12, "Resursjobb"),
    ]
    report = services.headline.report(YEAR)
    assert report.target(Measure.INTO_WORK_OR_EDUCATION) == 45
    assert report.target(Measure.STARTED_OF_TYPE, "Resursjobb") == 12
    assert services.targets.remove_target(Measure.INTO_WORK_OR_EDUCATION, "", 2026).settings
    assert not services.targets.remove_target(Measure.INTO_WORK_OR_EDUCATION, "", 2026).settings
    with pytest.raises(ValidationError):
        services.targets.save_target("into_work_or_education", "", 2026, 140)


def test_trend_has_a_point_a_year_with_its_target(services: Services) -> None:
    for year in (2024, 2025, 2026):
        make_placement(services, start_date=date(year, 3, 1), planned_end_date=date(year, 9, 1))
    services.targets.save_target("placements_started", "", 2025, 3)
    found = services.headline.trend(Measure.PLACEMENTS_STARTED, 2026)
    assert [(p.year, p.value, p.target, p.partial) for p in found.points] == [
        (2024, 1, None, False),
        (2025, 1, 3, False),
        (2026, 1, None, True),
    ]


def test_a_period_without_placements_has_no_shares(services: Services) -> None:
    report = services.headline.report(YEAR, [(Measure.INTO_WORK_OR_EDUCATION, "")])
    assert report.value(Measure.RETURNING_EMPLOYERS) is None
    assert report.figures.cost == [] and report.figures.cost_total == 0
    assert [p.year for p in report.trends[0].points] == [2026]
