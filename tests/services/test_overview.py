"""The home screen's lists and key figures, on hand-made data with a fixed clock."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import CheckInStatus, Gender, Outcome, Respondent
from ambassador.domain.figures import Period
from ambassador.domain.followup import FeedbackFields
from ambassador.domain.placement import Ending
from ambassador.domain.plan import DEFAULT_PLAN, FollowUpPlan
from ambassador.domain.settings import Settings
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from tests.factories import make_participant, make_placement, note_fields


def test_overdue_means_planned_and_time_passed(services: Services, clock: FixedClock) -> None:
    placement_id = make_placement(services)
    now = clock.now()
    for at in (now - timedelta(days=2), now - timedelta(days=1), now + timedelta(hours=2)):
        services.follow_up.schedule_check_in(placement_id, at, "Telefonsamtal")
    first = services.follow_up.check_ins_of_placement(placement_id)[0]
    services.follow_up.mark_check_in(first.id, CheckInStatus.MISSED)
    overview = services.overview.overview()
    assert [c.scheduled_at for c in overview.overdue_check_ins] == [now - timedelta(days=1)]
    assert [c.scheduled_at for c in overview.today_check_ins] == [now + timedelta(hours=2)]


def test_week_lists_check_ins_after_today_through_sunday(
    services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services)
    for day in (25, 29, 30):  # Wed, Sun, next Mon
        services.follow_up.schedule_check_in(
            placement_id, datetime(2026, 11, day, 10), "Arbetsplatsbesök"
        )
    week = services.overview.overview().week_check_ins
    assert [c.scheduled_at.day for c in week] == [25, 29]


def test_silent_after_threshold_days_without_note(services: Services, clock: FixedClock) -> None:
    today = clock.today()
    quiet = make_placement(services, start_date=today - timedelta(days=60))
    talked = make_placement(services, start_date=today - timedelta(days=60))
    fresh = make_placement(services, start_date=today - timedelta(days=13))
    never = make_placement(services, start_date=today - timedelta(days=20))
    for placement_id, days_ago in ((quiet, 15), (talked, 14 - 1)):
        participant_id = services.placements.get(placement_id).participant_id
        services.follow_up.add_note(
            note_fields(participant_id, placement_id, clock.now() - timedelta(days=days_ago))
        )
    at_risk = {s.placement_id: s for s in services.overview.overview().at_risk}
    assert set(at_risk) == {quiet, never}
    assert at_risk[quiet].silent_days == 15 and at_risk[quiet].threshold_days == 14
    assert at_risk[quiet].last_contact == today - timedelta(days=15)
    assert at_risk[never].last_contact is None and at_risk[never].silent_days == 20
    assert at_risk[never].phase is None  # no plan: the setting's threshold
    assert fresh not in at_risk


def test_silent_threshold_follows_setting(services: Services, clock: FixedClock) -> None:
    placement_id = make_placement(services, start_date=clock.today() - timedelta(days=10))
    assert services.overview.overview().at_risk == []
    services.settings.save(Settings(silent_after_days=7))
    assert [s.placement_id for s in services.overview.overview().at_risk] == [placement_id]


def test_silent_leaves_out_paused_planned_and_ended(services: Services, clock: FixedClock) -> None:
    today = clock.today()
    paused = make_placement(services, start_date=today - timedelta(days=40))
    services.placements.set_paused(paused, True)
    make_placement(services, start_date=today + timedelta(days=5))
    ended = make_placement(services, start_date=today - timedelta(days=40))
    services.placements.end(ended, Ending(ended_on=today, outcome=Outcome.STUDIES))
    assert services.overview.overview().at_risk == []


def test_at_risk_ranked_by_phase_threshold_and_flagged_notes(
    services: Services, clock: FixedClock
) -> None:
    """Today 2026-11-24. DEFAULT_PLAN: weeks 1-4 silent after 10 days, weeks 5-12 after 18,
    then after 35."""
    now = clock.now()
    today = clock.today()

    def placed(name: str, started_days_ago: int, plan: FollowUpPlan | None) -> tuple[int, int]:
        person = make_participant(services, first_name=name, last_name="Test")
        start = today - timedelta(days=started_days_ago)
        return person, make_placement(services, person, start_date=start, plan=plan)

    def note(person: int, placement: int, days_ago: int, risk: bool = False) -> None:
        at = now - timedelta(days=days_ago)
        services.follow_up.add_note(note_fields(person, placement, at, dropout_risk=risk))

    # A: 16 days in (phase 1, limit 10), no contact since the start: 16 - 10 = 6 past → 6.
    _, a = placed("Anna", 16, DEFAULT_PLAN)
    # B: 100 days in (phase 3 from day 84, limit 35); last contact 30 days ago, two notes
    # flagged for drop-out risk that day (within the 30 days): 0 past + 2 × 7 → 14.
    b_person, b = placed("Bo", 100, DEFAULT_PLAN)
    note(b_person, b, 30, risk=True)
    note(b_person, b, 30, risk=True)
    # C: one rhythm, limit 14; last contact 20 days ago: 20 - 14 = 6 past → 6.
    c_person, c = placed("Cecilia", 84, FollowUpPlan.uniform(14, 14))
    note(c_person, c, 20)
    # D: phase 3, 30 days without contact, no flag: under its limit of 35, not at risk,
    # though the old flat 14 days would have called it silent.
    d_person, d = placed("Doris", 100, DEFAULT_PLAN)
    note(d_person, d, 30)
    # E: a flagged note 31 days ago is outside the 30; a contact 3 days ago: not at risk.
    e_person, e = placed("Erik", 100, DEFAULT_PLAN)
    note(e_person, e, 31, risk=True)
    note(e_person, e, 3)

    at_risk = services.overview.overview().at_risk
    # B (14) first; A and C tie at 6, by name: Anna, then Cecilia.
    assert [r.placement_id for r in at_risk] == [b, a, c]
    by_id = {r.placement_id: r for r in at_risk}
    assert (by_id[a].silent_days, by_id[a].threshold_days, by_id[a].phase) == (16, 10, 1)
    assert (by_id[b].silent_days, by_id[b].threshold_days, by_id[b].phase) == (30, 35, 3)
    assert (by_id[b].flagged_notes, by_id[b].score) == (2, 14)
    assert (by_id[c].threshold_days, by_id[c].phase, by_id[c].score) == (14, None, 6)


def test_ending_within_14_days(services: Services, clock: FixedClock) -> None:
    today = clock.today()
    soon = make_placement(services, planned_end_date=today + timedelta(days=14))
    make_placement(services, planned_end_date=today + timedelta(days=15))
    assert [e.placement_id for e in services.overview.overview().ending_soon] == [soon]


def test_feedback_due_after_four_weeks_without_employer_feedback(
    services: Services, clock: FixedClock
) -> None:
    today = clock.today()
    due = make_placement(services, start_date=today - timedelta(days=28))
    answered = make_placement(services, start_date=today - timedelta(days=60))
    make_placement(services, start_date=today - timedelta(days=27))
    services.follow_up.record_feedback(
        FeedbackFields(
            placement_id=answered,
            given_on=today - timedelta(days=10),
            respondent=Respondent.EMPLOYER,
            felt_supported=4,
        )
    )
    assert [f.placement_id for f in services.overview.overview().feedback_due] == [due]


def test_key_figures_on_hand_computed_fixture(services: Services, clock: FixedClock) -> None:
    """Four women and two men; numbers worked out by hand in the comments."""
    period = Period(date(2026, 1, 1), date(2026, 12, 31))
    women = [
        make_participant(services, gender=Gender.WOMAN, first_name=f"Kvinna{n}") for n in "abcd"
    ]
    men = [make_participant(services, gender=Gender.MAN, first_name=f"Man{n}") for n in "ab"]

    def place(participant_id: int, start: date) -> int:
        return make_placement(services, participant_id=participant_id, start_date=start)

    # 2025 start, ended 2026 into work (woman a)
    p1 = place(women[0], date(2025, 10, 1))
    services.placements.end(p1, Ending(ended_on=date(2026, 3, 1), outcome=Outcome.EMPLOYMENT))
    # 2026 start, ended early (woman b), reason Ohälsa
    p2 = place(women[1], date(2026, 2, 1))
    services.placements.end(
        p2, Ending(ended_on=date(2026, 4, 1), outcome=Outcome.ENDED_EARLY, reason="Ohälsa")
    )
    # 2026 start, still active (woman c)
    p3 = place(women[2], date(2026, 5, 1))
    # 2026 start, ended into studies (man a)
    p4 = place(men[0], date(2026, 3, 1))
    services.placements.end(p4, Ending(ended_on=date(2026, 9, 1), outcome=Outcome.STUDIES))
    # 2026 start, ended with no occupation (man b)
    p5 = place(men[1], date(2026, 4, 1))
    services.placements.end(p5, Ending(ended_on=date(2026, 10, 1), outcome=Outcome.NO_OCCUPATION))
    # ended 2025: outside the period (woman d)
    p6 = place(women[3], date(2025, 1, 1))
    services.placements.end(p6, Ending(ended_on=date(2025, 6, 1), outcome=Outcome.EMPLOYMENT))

    def feedback(placement_id: int, who: Respondent, day: date, rating: int) -> None:
        services.follow_up.record_feedback(
            FeedbackFields(
                placement_id=placement_id, given_on=day, respondent=who, felt_supported=rating
            )
        )

    feedback(p1, Respondent.EMPLOYER, date(2026, 1, 10), 2)
    feedback(p1, Respondent.EMPLOYER, date(2026, 2, 10), 5)  # latest counts: supported
    feedback(p3, Respondent.EMPLOYER, date(2026, 6, 1), 3)  # not supported
    feedback(p4, Respondent.EMPLOYER, date(2026, 5, 1), 4)  # supported
    feedback(p4, Respondent.PARTICIPANT, date(2026, 5, 1), 5)
    feedback(p6, Respondent.EMPLOYER, date(2025, 5, 1), 5)  # outside the period

    figures = services.overview.key_figures(period)
    # active in 2026: p1..p5 (p6 ended 2025)
    assert figures.active.total == 5
    assert (figures.active.of(Gender.WOMAN), figures.active.of(Gender.MAN)) == (3, 2)
    assert figures.started.total == 4  # p2..p5
    assert figures.ended.total == 4  # p1, p2, p4, p5
    # work or education: p1 (woman), p4 (man) of 4 ended
    assert figures.into_work_or_education.part.total == 2
    assert figures.into_work_or_education.ratio == 0.5
    assert figures.into_work_or_education.ratio_of(Gender.WOMAN) == 0.5
    assert figures.into_work_or_education.ratio_of(Gender.MAN) == 0.5
    assert figures.ended_early.total == 1 and figures.early_reasons == {"Ohälsa": 1}
    # employers: p1 (5) yes, p3 (3) no, p4 (4) yes → 2 of 3
    assert (
        figures.employers_felt_supported.part.total,
        figures.employers_felt_supported.whole.total,
    ) == (2, 3)
    assert figures.employers_felt_supported.ratio_of(Gender.WOMAN) == 0.5
    assert figures.participants_felt_supported.ratio == 1.0
    assert figures.participants_felt_supported.whole.total == 1


def test_feedback_due_of_an_ended_placement_only_if_it_ran_four_weeks(
    services: Services, clock: FixedClock
) -> None:
    today = clock.today()
    ran_long = make_placement(services, start_date=today - timedelta(days=60))
    ran_short = make_placement(services, start_date=today - timedelta(days=20))
    ended_long_ago = make_placement(services, start_date=today - timedelta(days=200))
    for placement_id, ended_days_ago in ((ran_long, 5), (ran_short, 5), (ended_long_ago, 31)):
        services.placements.end(
            placement_id,
            Ending(ended_on=today - timedelta(days=ended_days_ago), outcome=Outcome.STUDIES),
        )
    assert [f.placement_id for f in services.overview.overview().feedback_due] == [ran_long]


def test_an_ended_placements_check_in_is_not_overdue(
    services: Services, database: Database, clock: FixedClock
) -> None:
    today = clock.today()
    running = make_placement(services, start_date=today - timedelta(days=60))
    ended = make_placement(services, start_date=today - timedelta(days=60))
    for placement_id in (running, ended):
        services.follow_up.schedule_check_in(
            placement_id, clock.now() - timedelta(days=3), "Telefonsamtal"
        )
    services.placements.end(ended, Ending(ended_on=today, outcome=Outcome.STUDIES))
    # Ending cancels what was planned; one left planned (an import, an older version) is
    # still not overdue.
    left = services.follow_up.check_ins_of_placement(ended)[0]
    with database.write() as uow:
        uow.check_ins.set_status(left.id, CheckInStatus.PLANNED)
    assert [c.placement_id for c in services.overview.overview().overdue_check_ins] == [running]
