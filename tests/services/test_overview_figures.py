"""The key figures counted by the database hold to the domain's rules (compute_key_figures)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import Gender, Outcome, Respondent
from ambassador.domain.figures import Period, Share, Split, compute_key_figures
from ambassador.domain.followup import FeedbackFields
from ambassador.domain.placement import Ending
from ambassador.domain.targets import Measure
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from tests.factories import make_employer, make_participant, make_placement
from tests.statements import sent_statements

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))
REASONS = ("Ohälsa", "Flytt", "Ohälsa", "Flytt", "Flytt")


def feedback(
    services: Services, placement_id: int, who: Respondent, day: date, rating: int | None
) -> int:
    answer, _changes = services.follow_up.record_feedback(
        FeedbackFields(
            placement_id=placement_id,
            given_on=day,
            respondent=who,
            attendance=3,  # an answer may leave the support unrated
            felt_supported=rating,
        )
    )
    return answer.id


def test_the_database_counts_as_the_domain_rules_on_a_mixed_register(
    services: Services, database: Database, clock: FixedClock
) -> None:
    """Every gender, placements across the year's edges, every outcome, answers with and
    without a rating, several a placement, and what is in the trash: the aggregates give
    the same figures as the domain's rules over the facts."""
    chance = random.Random(25)
    employers = [make_employer(services, organisation_number=None, name=f"AB {n}") for n in "xyz"]
    placements: list[int] = []
    for number in range(36):
        person = make_participant(
            services,
            gender=list(Gender)[number % 4],
            first_name=f"Person {'abcdef'[number // 6]}{'abcdef'[number % 6]}",
        )
        start = date(2025, 6, 1) + timedelta(days=chance.randrange(0, 600))
        placement = make_placement(
            services,
            person,
            employers[number % 3],
            start_date=start,
            planned_end_date=start + timedelta(days=400),
        )
        placements.append(placement)
        ended_on = start + timedelta(days=chance.randrange(0, 300))
        if number % 3 and ended_on <= clock.today():
            outcome = list(Outcome)[number % len(Outcome)]
            reason = REASONS[number % len(REASONS)] if outcome is Outcome.ENDED_EARLY else ""
            services.placements.end(
                placement, Ending(ended_on=ended_on, outcome=outcome, reason=reason)
            )
        for who in Respondent:
            for _ in range(chance.randrange(0, 3)):
                # A day of its own for each answer: on a shared day the domain's rule takes
                # whichever fact comes last, which only the database's order decides.
                day = date(2025, 12, 1) + timedelta(days=chance.randrange(0, 400))
                feedback(services, placement, who, day, chance.choice((None, 1, 3, 4, 5)))
    trashed_answer = feedback(services, placements[0], Respondent.EMPLOYER, date(2026, 5, 2), 5)
    services.placements.delete(placements[1])
    services.participants.delete(services.placements.get(placements[2]).participant_id)
    # An employer with placements is not moved to the trash through the service, but one
    # may be there (restored placements, another's change on a server): straight in.
    with database.write() as uow:
        uow.feedback.set_deleted(trashed_answer, clock.now())
        uow.employers.set_deleted(employers[2], clock.now())

    for period in (YEAR, Period(date(2026, 3, 1), date(2026, 8, 31))):
        with database.read() as uow:
            expected = compute_key_figures(
                period, uow.overview.placement_facts(period), uow.overview.feedback_facts(period)
            )
        assert services.overview.key_figures(period) == expected
    # A trend's years counted together: each year as the rules count it alone.
    with database.read() as uow:
        by_year = uow.overview.key_figures_by_year(2024, 2027)
        assert list(by_year) == [2024, 2025, 2026, 2027]
        for year, figures in by_year.items():
            period = Period(date(year, 1, 1), date(year, 12, 31))
            assert figures == compute_key_figures(
                period, uow.overview.placement_facts(period), uow.overview.feedback_facts(period)
            )
            alone = uow.overview.key_figures(period)
            assert figures == alone
            assert list(figures.early_reasons.items()) == list(alone.early_reasons.items())
        assert by_year[2026].active.total and by_year[2026].employers_felt_supported.whole.total
        assert uow.overview.key_figures_by_year(2026, 2025) == {}
        # A trend of another measure: the same figures, the answers neither read nor counted.
        with sent_statements(database) as sent:
            unanswered = uow.overview.key_figures_by_year(2024, 2027, answers=False)
        assert sent and not [statement for statement, _ in sent if "feedback" in statement]
        unread = Share(Split(), Split())
        assert unanswered == {
            year: replace(
                figures, employers_felt_supported=unread, participants_felt_supported=unread
            )
            for year, figures in by_year.items()
        }


def test_the_latest_rated_answer_counts_and_on_one_day_the_last_recorded(
    services: Services, database: Database
) -> None:
    """The domain's hand-computed case (tests/domain/test_details.py) on the database, and a
    placement answered twice on one day: the answer recorded last stands."""
    woman = make_participant(services, gender=Gender.WOMAN)
    man = make_participant(services, gender=Gender.MAN)
    before = make_placement(services, woman, start_date=date(2025, 11, 1))
    low = make_placement(services, man, start_date=date(2025, 11, 1))
    unrated = make_placement(services, man, start_date=date(2025, 11, 1))
    later_high = make_placement(services, woman, start_date=date(2025, 11, 1))
    same_day = make_placement(services, woman, start_date=date(2025, 11, 1))
    feedback(services, before, Respondent.EMPLOYER, date(2025, 12, 31), 5)  # before the year
    feedback(services, low, Respondent.EMPLOYER, date(2026, 1, 1), 2)
    feedback(services, unrated, Respondent.EMPLOYER, date(2026, 3, 1), None)
    feedback(services, later_high, Respondent.EMPLOYER, date(2026, 6, 1), 5)
    feedback(services, later_high, Respondent.EMPLOYER, date(2026, 2, 1), 1)  # older
    feedback(services, same_day, Respondent.PARTICIPANT, date(2026, 4, 1), 5)
    feedback(services, same_day, Respondent.PARTICIPANT, date(2026, 4, 1), 2)  # last recorded

    with database.read() as uow:
        by_year = uow.overview.key_figures_by_year(2025, 2026)
    for figures in (services.overview.key_figures(YEAR), by_year[2026]):
        assert figures.employers_felt_supported == Share(
            Split({Gender.WOMAN: 1}), Split({Gender.WOMAN: 1, Gender.MAN: 1})
        )
        assert figures.employers_felt_supported.ratio == 0.5
        assert figures.participants_felt_supported == Share(Split(), Split({Gender.WOMAN: 1}))
        assert figures.into_work_or_education.ratio is None
    # In its own year the answer before 2026 stands: a later year's answer supersedes no
    # answer of an earlier year.
    assert by_year[2025].employers_felt_supported == Share(
        Split({Gender.WOMAN: 1}), Split({Gender.WOMAN: 1})
    )


def test_a_trend_s_years_hold_their_own_early_endings_most_first(
    services: Services, database: Database
) -> None:
    """The early endings' reasons of each year, most first and a tie as the database orders
    them, as each year counted alone; a placement running across the years is active in
    both, started and ended each in its own."""
    person = make_participant(services, gender=Gender.WOMAN)
    endings = {
        date(2025, 3, 1): "Ohälsa",
        date(2025, 4, 1): "Ohälsa",
        date(2025, 5, 1): "Flytt",
        date(2026, 2, 1): "Ohälsa",
        date(2026, 3, 1): "Flytt",
        date(2026, 4, 1): "Flytt",
        date(2026, 5, 1): "Annan orsak",
    }
    for ended_on, reason in endings.items():
        placement = make_placement(services, person, start_date=date(2024, 12, 1))
        services.placements.end(
            placement, Ending(ended_on=ended_on, outcome=Outcome.ENDED_EARLY, reason=reason)
        )
    with database.read() as uow:
        by_year = uow.overview.key_figures_by_year(2024, 2026)
        for year in (2024, 2025, 2026):
            alone = uow.overview.key_figures(Period(date(year, 1, 1), date(year, 12, 31)))
            assert by_year[year] == alone
            assert list(by_year[year].early_reasons.items()) == list(alone.early_reasons.items())
    assert list(by_year[2025].early_reasons.items()) == [("Ohälsa", 2), ("Flytt", 1)]
    assert list(by_year[2026].early_reasons.items()) == [
        ("Flytt", 2),
        ("Annan orsak", 1),
        ("Ohälsa", 1),
    ]
    assert by_year[2024].early_reasons == {} and by_year[2024].started.total == 7
    assert by_year[2025].active.total == 7 and by_year[2025].ended_early.total == 3
    assert by_year[2026].active.total == 4 and by_year[2026].started.total == 0


def test_an_empty_register_counts_nothing(services: Services, database: Database) -> None:
    figures = services.overview.key_figures(YEAR)
    assert figures == compute_key_figures(YEAR, [], [])
    assert figures.active.total == 0 and figures.early_reasons == {}
    with database.read() as uow:
        assert uow.overview.key_figures_by_year(2026, 2026) == {2026: figures}


def test_a_trend_reads_the_answers_only_for_a_measure_of_them(
    services: Services, database: Database
) -> None:
    """Rapporter's first trend (into work or education) read every year's answers as well."""
    placement = make_placement(services, start_date=date(2025, 11, 1))
    feedback(services, placement, Respondent.EMPLOYER, date(2026, 2, 1), 5)
    with sent_statements(database) as sent:
        services.headline.trend(Measure.INTO_WORK_OR_EDUCATION, 2026)
    assert sent and not [statement for statement, _ in sent if "feedback" in statement]
    with sent_statements(database) as sent:
        supported = services.headline.trend(Measure.EMPLOYERS_SUPPORTED, 2026)
    assert [statement for statement, _ in sent if "feedback" in statement]
    assert [(point.year, point.value) for point in supported.points][-1] == (2026, 100)
