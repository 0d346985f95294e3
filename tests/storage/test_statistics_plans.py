"""How SQLite reads the statistics report's placements (its plans, from 0006's statistics): the
placements themselves where nearly every one is asked, never a person or an employer looked
up only for their trash."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event

from ambassador.domain.figures import Period
from ambassador.storage.database import Database
from ambassador.storage.unit_of_work import UnitOfWork

YEAR = Period(date(2025, 11, 25), date(2026, 11, 24))


def _plans(database: Database, read: Callable[[UnitOfWork], object]) -> list[tuple[str, str]]:
    """Each SELECT that `read` sends, with its plan's steps joined."""
    sent: list[tuple[str, Any]] = []

    def on_execute(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", on_execute)
    try:
        with database.read() as uow:
            read(uow)
    finally:
        event.remove(database.engine, "before_cursor_execute", on_execute)
    with database.engine.connect() as connection:
        return [
            (
                sql,
                " | ".join(
                    row[-1] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", p)
                ),
            )
            for sql, p in sent
        ]


@pytest.mark.sqlite_only  # SQLite's plans, from 0006's statistics; a server plans its own
def test_the_periods_placements_are_walked_in_their_own_order(database: Database) -> None:
    """Nearly every placement started by a recent end: its start index would find them all
    and look each one up."""
    facts = _plans(database, lambda uow: uow.overview.placement_facts(YEAR))
    self_check = _plans(database, lambda uow: uow.self_check.facts(YEAR.start, YEAR.end))
    for _sql, plan in (facts[-1], self_check[0]):
        assert plan.startswith("SCAN placements"), plan


@pytest.mark.sqlite_only
def test_employers_first_starts_are_read_from_the_start_index(database: Database) -> None:
    ((_sql, plan),) = _plans(database, lambda uow: uow.headline.first_starts())
    assert "COVERING INDEX ix_placements_start_date" in plan, plan


@pytest.mark.sqlite_only
def test_a_trash_alone_is_read_of_a_person_or_employer_whose_columns_are_not(
    database: Database,
) -> None:
    """The self-check's, the questionnaires' and the trend's started counts read no
    person's or employer's row."""
    plans = _plans(
        database,
        lambda uow: (
            uow.self_check.facts(YEAR.start, YEAR.end),
            uow.questionnaires.facts(YEAR),
            uow.headline.year_counts(2025, 2026),
        ),
    )
    assert len(plans) == 6  # placements, notes; questionnaires; ended, started, people
    for sql, plan in plans:
        assert "employers USING INTEGER PRIMARY KEY" not in plan, plan
        if "participants.gender" not in sql:
            assert "participants USING INTEGER PRIMARY KEY" not in plan, plan


@pytest.mark.sqlite_only
def test_the_placements_going_on_in_a_period_are_found_by_the_open_index(
    database: Database,
) -> None:
    """The key figures' counts: the open placements and those ended since the period's start,
    not every placement started by its end."""
    plans = _plans(database, lambda uow: uow.overview.key_figures(YEAR))
    (plan,) = [plan for sql, plan in plans if "GROUP BY participants.gender" in sql]
    assert "ix_placements_open" in plan and "ix_placements_start_date" not in plan, plan
