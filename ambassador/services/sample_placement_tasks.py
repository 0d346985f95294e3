"""The sample's tasks covered: most placements cover the employer's tasks their own text names
(the first is the task the placement is mostly about, so its category is the placement's
field), some one more of the employer's tasks; a few cover none, as placements registered
before tasks were listed do. Drawn from their own Random(seed-derived), so the rest of the
sample draws what it always drew."""

from __future__ import annotations

import random

from ambassador.domain.tasks import EmployerTask
from ambassador.storage.unit_of_work import UnitOfWork

LINKED_SHARE = 0.9  # of the placements whose employer lists tasks
ONE_MORE_SHARE = 0.25  # of those: one more of the employer's tasks


def add_placement_tasks(uow: UnitOfWork, seed: int) -> int:
    """Link the sample's placements to the tasks they cover; returns how many placements
    cover one or more."""
    rng = random.Random(f"placement-tasks-{seed}")
    placements = uow.placements.task_texts()
    offered = uow.employer_tasks.of_employers({employer for _p, employer, _t in placements})
    links: list[tuple[int, int]] = []
    covering = 0
    for placement_id, employer_id, text in placements:
        tasks = offered.get(employer_id, [])
        if not tasks or rng.random() >= LINKED_SHARE:
            continue
        chosen = _named_in(tasks, text) or [tasks[int(rng.random() * len(tasks))]]
        others = [task for task in tasks if task not in chosen]
        if others and len(chosen) < 3 and rng.random() < ONE_MORE_SHARE:
            chosen.append(others[int(rng.random() * len(others))])
        links.extend((placement_id, task.id) for task in chosen if task.id is not None)
        covering += 1
    uow.placements.add_task_links(links)
    return covering


def _named_in(tasks: list[EmployerTask], text: str) -> list[EmployerTask]:
    """The tasks whose titles are lines of the placement's text, in the text's order."""
    lines = [line.strip() for line in text.splitlines()]
    by_title = {task.title: task for task in tasks}
    return [by_title[line] for line in dict.fromkeys(lines) if line in by_title][:3]
