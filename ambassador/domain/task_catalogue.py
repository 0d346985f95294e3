"""The task catalogue: every task of every employer not in the trash, with the employer's free
places and how many placements covered the task, and the search and filters over it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from ambassador.domain.country import SWEDEN
from ambassador.domain.enums import Sector
from ambassador.domain.sorting import sort_key
from ambassador.domain.tasks import free_places


class RequirementFilter(StrEnum):
    """How a catalogue's requirement filter reads its requirement."""

    ANY = "any"  # every task, whatever it asks
    NONE = "none"  # tasks that ask nothing
    WITH = "with"  # tasks that ask the requirement
    WITHOUT = "without"  # tasks that do not ask it (what a person who cannot may do)


@dataclass(frozen=True, kw_only=True)
class CatalogueTask:
    """One task of the catalogue. `taken`: the employer's placements holding a place (not
    ended, not in the trash: planned, active or paused, as matching counts them); `covered`:
    the placements not in the trash that covered the task, ended ones too."""

    task_id: int
    title: str
    category: str
    requirements: tuple[str, ...]
    employer_id: int
    employer_name: str
    organisation_number: str | None
    sector: Sector
    capacity: int
    taken: int
    covered: int

    @property
    def free_places(self) -> int:
        return free_places(self.capacity, self.taken)


@dataclass(frozen=True, kw_only=True)
class CatalogueFilter:
    text: str = ""  # part of the task's title or the employer's name, any case
    category: str | None = None
    requirement: RequirementFilter = RequirementFilter.ANY
    requirement_label: str = ""  # the requirement WITH and WITHOUT read
    sector: Sector | None = None
    only_free_places: bool = False

    def admits(self, task: CatalogueTask) -> bool:
        text = self.text.strip().casefold()
        if text and text not in task.title.casefold() and text not in task.employer_name.casefold():
            return False
        if self.category is not None and task.category != self.category:
            return False
        if self.sector is not None and task.sector is not self.sector:
            return False
        if self.only_free_places and task.free_places <= 0:
            return False
        return self._requirement_admits(task.requirements)

    def _requirement_admits(self, requirements: tuple[str, ...]) -> bool:
        match self.requirement:
            case RequirementFilter.NONE:
                return not requirements
            case RequirementFilter.WITH:
                return self.requirement_label in requirements
            case RequirementFilter.WITHOUT:
                return self.requirement_label not in requirements
        return True


def filter_catalogue(
    tasks: Iterable[CatalogueTask], criteria: CatalogueFilter, country: str = SWEDEN
) -> list[CatalogueTask]:
    """The tasks `criteria` admits, by employer (in the alphabetical order of the
    organisation's `country`), then in each employer's order (as given)."""
    admitted = [task for task in tasks if criteria.admits(task)]
    admitted.sort(key=lambda task: (sort_key(task.employer_name, country), task.employer_id))
    return admitted
