"""The sample's tasks covered: most placements cover tasks of their own employer, the first the
one their text names first, so the figures by field have data; Swedish and Danish alike."""

from __future__ import annotations

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.domain.country import DENMARK, SWEDEN
from ambassador.services.bundle import Services
from ambassador.services.sample_data import SampleDataService, Size
from ambassador.storage.database import Database


@pytest.mark.parametrize("country", [SWEDEN, DENMARK])
def test_most_sample_placements_cover_their_employers_tasks(
    services: Services, clock: FixedClock, database: Database, country: str
) -> None:
    services.settings.set_country(country)
    SampleDataService(database, clock).generate(Size.SMALL, seed=3)
    with database.read() as uow:
        placements = list(uow.placements.all().values())
        offered = uow.employer_tasks.of_employers({p.employer_id for p in placements})
    covering = [p for p in placements if p.task_ids]
    assert len(covering) >= 0.75 * len(placements)
    assert any(len(p.task_ids) >= 2 for p in covering)
    named_first = 0
    for placement in covering:
        tasks = {task.id: task for task in offered[placement.employer_id]}
        assert set(placement.task_ids) <= set(tasks)  # the employer's own
        assert len(placement.task_ids) <= 3
        first_line = placement.tasks.splitlines()[0] if placement.tasks else ""
        named_first += tasks[placement.task_ids[0]].title == first_line
    # The first task covered is mostly the first the placement's text names (or one before it
    # in the employer's order).
    assert named_first >= 0.4 * len(covering)
    categories = {
        task.category
        for placement in covering
        for task in offered[placement.employer_id]
        if task.id == placement.task_ids[0]
    }
    assert len(categories) >= 4  # fields enough for the gender figures
