"""The placements the figures count: none of a person or an employer in the trash, whether the
query joins them (it reads their columns) or asks for their trash's few ids."""

from __future__ import annotations

import warnings
from datetime import date, datetime

import pytest
from sqlalchemy import exc, select

from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import Respondent
from ambassador.domain.figures import Period
from ambassador.services.bundle import Services
from ambassador.storage.alive import alive_placements, refuse_cartesian_products
from ambassador.storage.database import Database
from ambassador.storage.rows import EmployerRow, ParticipantRow, PlacementRow
from tests.factories import make_employer, make_participant, make_placement, note_fields

START = date(2026, 10, 5)


def _register(services: Services, database: Database, clock: FixedClock) -> int:
    """Three placements started on START, each with a note and a questionnaire: one kept, one
    of a person in the trash, one of an employer in the trash (none of the placements is).
    Returns the kept one."""
    person, trashed_person = make_participant(services), make_participant(services)
    firm = make_employer(services, organisation_number=None, name="AB Kvar")
    trashed_firm = make_employer(services, organisation_number=None, name="AB Borta")
    placements = [
        make_placement(services, who, where, start_date=START)
        for who, where in ((person, firm), (trashed_person, firm), (person, trashed_firm))
    ]
    with database.write() as uow:
        for placement in placements:
            uow.questionnaires.add(
                placement, Respondent.EMPLOYER, START, clock.now(), lambda p=placement: f"Q{p}"
            )
    for placement, who in zip(placements, (person, trashed_person, person), strict=True):
        services.follow_up.add_note(
            note_fields(who, placement, datetime(2026, 10, 8, 10, 0), minutes_spent=30)
        )
    with database.write() as uow:
        # Straight in: the services keep an employer with placements out of the trash, but
        # one may be there (restored placements, another's change on a server).
        uow.participants.set_deleted(trashed_person, clock.now())
        uow.employers.set_deleted(trashed_firm, clock.now())
    return placements[0]


def test_every_form_leaves_out_a_trashed_person_or_employer(
    services: Services, database: Database, clock: FixedClock
) -> None:
    kept = _register(services, database, clock)
    forms = [
        alive_placements(PlacementRow.id),  # neither joined
        alive_placements(PlacementRow.id, ParticipantRow.gender),  # the person joined
        alive_placements(PlacementRow.id, EmployerRow.name),  # the employer joined
        alive_placements(PlacementRow.id, ParticipantRow.gender, EmployerRow.name),
    ]
    with database.engine.connect() as connection:
        for query in forms:
            assert connection.scalars(query).all() == [kept]
        # The trash alone decides: the three are there without it.
        everyone = select(PlacementRow.id).where(PlacementRow.deleted_at.is_(None))
        assert len(connection.scalars(everyone).all()) == 3


def test_the_statistics_queries_without_the_joins_leave_them_out(
    services: Services, database: Database, clock: FixedClock
) -> None:
    kept = _register(services, database, clock)
    year = Period(date(2026, 1, 1), date(2026, 12, 31))
    with database.read() as uow:
        placements, notes = uow.self_check.facts(year.start, year.end)
        assert [p.placement_id for p in placements] == [kept]
        assert [(n.placement_id, n.notes, n.minutes) for n in notes] == [(kept, 1, 30)]
        assert uow.headline.year_counts(2026, 2026)[2026].started == {"Praktik": 1}
        assert len(uow.questionnaires.facts(year)) == 1
        key = uow.overview.key_figures(year)
        assert key.started.total == 1


def test_a_figure_filtering_by_a_persons_column_it_does_not_read_fails_not_miscounts(
    database: Database,
) -> None:
    """Without the participant among its columns the query has no join to them: SQLAlchemy's
    warning of the cartesian product is the program's error, whatever the warnings filters
    (the tests' own make every warning one)."""
    query = alive_placements(PlacementRow.id).where(ParticipantRow.gender == "female")
    with warnings.catch_warnings():
        warnings.resetwarnings()
        refuse_cartesian_products()
        with (
            database.engine.connect() as connection,
            pytest.raises(exc.SAWarning, match="cartesian product"),
        ):
            connection.execute(query).all()
