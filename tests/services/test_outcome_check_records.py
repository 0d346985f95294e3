"""Where an outcome check shows besides the Översikt: the placement's and the person's
timeline, and the register extract."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ambassador.domain.enums import Outcome
from ambassador.domain.outcome_check import FollowUpResult, OutcomeCheck
from ambassador.domain.placement import Ending
from ambassador.services.bundle import Services
from tests.factories import make_participant, make_placement
from tests.pdfs import pdf_words


def _two_ended(services: Services) -> tuple[int, int, int]:
    person = make_participant(services, first_name="Dagny", last_name="Lund")
    answered = make_placement(services, person, start_date=date(2026, 3, 1))
    services.placements.end(
        answered, Ending(ended_on=date(2026, 6, 1), outcome=Outcome.EMPLOYMENT)
    )  # due 2026-08-30
    waiting = make_placement(services, person, start_date=date(2026, 7, 1))
    services.placements.end(
        waiting, Ending(ended_on=date(2026, 11, 1), outcome=Outcome.STUDIES)
    )  # due 2027-01-30
    check = services.outcome_checks.of_placement(answered)
    assert check is not None
    services.outcome_checks.record(check.id, FollowUpResult.WORK)  # on 2026-11-24
    return person, answered, waiting


def test_placement_timeline_shows_its_check(services: Services) -> None:
    _person, answered, waiting = _two_ended(services)
    (recorded,) = [
        e.item
        for e in services.browse.placement(answered).timeline
        if isinstance(e.item, OutcomeCheck)
    ]
    assert (recorded.result, recorded.recorded_on) == (FollowUpResult.WORK, date(2026, 11, 24))
    timeline = services.browse.placement(waiting).timeline
    # Newest first: the check due 2027-01-30 stands above the end on 2026-11-01.
    assert isinstance(timeline[0].item, OutcomeCheck)
    assert timeline[0].at.date() == date(2027, 1, 30) and timeline[0].item.result is None


def test_person_timeline_shows_both_checks(services: Services) -> None:
    person, answered, waiting = _two_ended(services)
    checks = [
        e for e in services.browse.participant(person).timeline if isinstance(e.item, OutcomeCheck)
    ]
    assert sorted(e.item.placement_id for e in checks) == sorted([answered, waiting])
    assert all(e.employer_name for e in checks)


def test_register_extract_lists_the_outcome_checks(services: Services, tmp_path: Path) -> None:
    person, _answered, _waiting = _two_ended(services)
    path = tmp_path / "extract.pdf"
    services.documents.write_register_extract(person, path, language="en")
    text = pdf_words(path)
    assert "Outcome check after the end" in text
    assert "In work (due 2026-08-30, recorded 2026-11-24)" in text
    assert "Due 2027-01-30, not yet recorded" in text
