"""The sample's subsidies, decisions, terms and mentors, in Sweden and Denmark."""

from __future__ import annotations

from datetime import date

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.domain.country import DENMARK
from ambassador.domain.enums import ListName
from ambassador.services.bundle import Services
from ambassador.services.sample_data import SampleDataService, Size
from ambassador.services.sample_terms import _months_later
from ambassador.storage.database import Database


@pytest.mark.parametrize("danish", [False, True])
def test_the_sample_has_subsidies_decisions_and_mentors(
    services: Services, database: Database, clock: FixedClock, danish: bool
) -> None:
    if danish:
        services.settings.set_country(DENMARK)
    SampleDataService(database, clock).generate(Size.SMALL, seed=1)
    today = clock.today()
    placements = [
        p
        for participant in services.participants.page()
        for p in services.placements.of_participant(participant.id)
    ]
    subsidised = [p for p in placements if p.subsidy_type]
    types = {p.subsidy_type for p in subsidised}
    listed = set(services.settings.list_labels(ListName.SUBSIDY_TYPES))
    assert len(types) >= 3 and types <= listed
    assert all(p.decision_start and p.decision_end for p in subsidised if p.decision_number)
    assert any(p.decision_number for p in subsidised)
    assert any(p.subsidy_percent is not None for p in subsidised)
    assert any(p.subsidy_amount is not None for p in subsidised)
    # The terms say what the employer gets: no drawn text beside them contradicts them.
    assert all(p.compensation == "" for p in subsidised)
    assert any(p.compensation for p in placements if not p.subsidy_type)
    assert any(p.municipal_cost for p in placements)
    forms = set(services.settings.list_labels(ListName.AGREEMENT_FORMS))
    assert {p.agreement_form for p in placements if p.agreement_form} <= forms
    assert any(p.employer_of_record for p in placements)

    ending = services.overview.overview().decisions_ending
    assert ending, "one running decision ends within the warning's days"
    assert all(row.days_left(today) <= 30 for row in ending)
    assert any(0 < row.days_left(today) <= 30 for row in ending)

    mentors = services.mentors.mentors()
    assert any(m.in_unit for m in mentors) and any(not m.in_unit for m in mentors)
    with_mentor = [p for p in placements if p.mentor_id is not None]
    assert 0.15 <= len(with_mentor) / len(placements) <= 0.45
    by_id = {m.id: m for m in mentors}
    assert all(by_id[p.mentor_id].serves(p.employer_id) for p in with_mentor if p.mentor_id)
    assert all(p.mentor_hours for p in with_mentor)


def test_a_decision_runs_to_the_day_before_the_same_day_months_later() -> None:
    assert _months_later(date(2026, 3, 1), 6) == date(2026, 8, 31)
    assert _months_later(date(2026, 8, 31), 6) == date(2027, 2, 27)  # no 31 February
    assert _months_later(date(2026, 11, 15), 12) == date(2027, 11, 14)
    assert _months_later(date(2026, 11, 15), -12) == date(2025, 11, 14)
