"""The sample's projects: a funded one over the sample's last three years ("Vägen vidare
(ESF+)") and one for young people over the last year and a half and the next ("Unga in"),
with about a quarter of the placements in them. People are enrolled, not placements: a person
in a project has every placement that starts in its period in it, so its report shows fewer
people than placements. Drawn from their own Random(seed-derived), so the rest of the sample
draws what it always drew."""

from __future__ import annotations

import math
import random
from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime

from ambassador.domain.identity import age_on
from ambassador.domain.projects import ProjectFields
from ambassador.storage.unit_of_work import UnitOfWork

YOUNG_UNDER = 30  # "Unga in" takes people under this age at their first start in it
YOUNG_SHARE = 0.4  # of the young people with a placement in its period
FUNDED_SHARE = 0.25  # of the others with a placement in the funded project's period
LEAVING_SHARE = 0.5  # of those with both ended and ongoing placements in its period
# The targets: the people enrolled so far, and a fifth more for the time left.
TARGET_AHEAD = 1.2


def add_projects(uow: UnitOfWork, now: datetime, seed: int, *, danish: bool) -> int:
    """Put the sample's two projects and enrol people in them; returns how many placements
    belong to one."""
    today = now.date()
    rng = random.Random(f"projects-{seed}")
    funded = ProjectFields(
        name="Vejen videre (ESF+)" if danish else "Vägen vidare (ESF+)",
        reference="ESF-2024-0123" if danish else "2024/00123",
        funding_source="Den Europæiske Socialfond Plus" if danish else "Europeiska socialfonden+",
        start_date=date(today.year - 2, 1, 1),
        end_date=date(today.year, 12, 31),
    )
    young_start = date(today.year - 1, 7, 1) if today.month > 6 else date(today.year - 2, 7, 1)
    young = ProjectFields(
        name="Unge ind" if danish else "Unga in",
        reference="",
        funding_source="Kommunens egne midler" if danish else "Kommunens egna medel",
        start_date=young_start,
        end_date=date(young_start.year + 2, 6, 30),
    )
    placements: dict[int, list[tuple[int, date, date | None]]] = defaultdict(list)
    ended: dict[int, date | None] = {}
    for placement_id, participant_id, start, end, birth in uow.projects.placement_starts():
        placements[participant_id].append((placement_id, start, birth))
        ended[placement_id] = end

    enrolled: dict[str, list[int]] = {"funded": [], "young": []}
    people: dict[str, set[int]] = {"funded": set(), "young": set()}
    for participant_id, theirs in sorted(placements.items()):
        in_young = [p for p in theirs if young.start_date <= p[1] <= young.end_date]
        in_funded = [p for p in theirs if funded.start_date <= p[1] <= funded.end_date]
        first = in_young[0] if in_young else None
        draw = rng.random()
        if (
            first is not None
            and first[2] is not None
            and age_on(first[2], first[1]) < YOUNG_UNDER
            and draw < YOUNG_SHARE
        ):
            chosen, key = in_young, "young"
        elif in_funded and draw < FUNDED_SHARE:
            chosen, key = in_funded, "funded"
            # Some leave the funded project after its placements ended (a later one of theirs
            # is not in it), so its report has people who ended and their outcomes.
            done = [p for p in chosen if ended[p[0]] is not None]
            if done and len(done) < len(chosen) and rng.random() < LEAVING_SHARE:
                chosen = done
        else:
            continue
        enrolled[key] += [placement_id for placement_id, _start, _birth in chosen]
        if any(start <= today for _id, start, _birth in chosen):
            people[key].add(participant_id)
    for key, fields in (("funded", funded), ("young", young)):
        so_far = len(people[key])
        target = max(5, 5 * math.ceil(so_far * TARGET_AHEAD / 5))
        project = uow.projects.add(replace(fields, target_participants=target), now)
        uow.projects.assign(project.id, enrolled[key])
    return len(enrolled["funded"]) + len(enrolled["young"])
