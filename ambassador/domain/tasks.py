"""Tasks on offer: what an employer can carve out of its regular work, and matching a person's
interests and limits against them to suggest employers with free places.

Categories and requirements are labels from two editable lists. A person's limits (the
requirements they cannot meet) are sensitive, like needs and adaptations: matching reads them
to leave tasks out, but a suggestion carries only the tasks that fit, never which limit left
another task out, so nothing about a limit reaches what is shown or printed.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass

from ambassador.domain.country import SWEDEN
from ambassador.domain.errors import Problem
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.sorting import sort_key
from ambassador.domain.validation import SHORT_TEXT_MAX, clean, raise_if_any

# An employer lists a handful of tasks; a person ticks entries of lists that stay short.
MAX_TASKS = 50
MAX_LABELS = 100

TASK_TITLE_REQUIRED = QT_TRANSLATE_NOOP("Messages", "Task {row}: give the task a name.")
TASK_TITLE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Messages", "Task {row}: a task's name may hold at most {limit} characters."
)
TASK_CATEGORY_UNKNOWN = QT_TRANSLATE_NOOP(
    "Messages", "Task {row}: choose a category from the list in the settings."
)
TASK_REQUIREMENT_UNKNOWN = QT_TRANSLATE_NOOP(
    "Messages", "Task {row}: choose requirements from the list in the settings."
)
TOO_MANY_TASKS = QT_TRANSLATE_NOOP("Messages", "An employer may list at most {limit} tasks.")
LABEL_UNKNOWN = QT_TRANSLATE_NOOP(
    "Messages", "Choose only entries of the list in the settings ({label} is not one)."
)
TOO_MANY_LABELS = QT_TRANSLATE_NOOP("Messages", "Choose at most {limit} entries.")
TASK_NOT_OFFERED = QT_TRANSLATE_NOOP(
    "Messages", "Choose only tasks the placement's employer offers."
)

TASKS_FIELD = "tasks"
COVERED_TASKS_FIELD = "task_ids"  # a placement's tasks covered


@dataclass(frozen=True, kw_only=True)
class EmployerTask:
    """One task on offer; an employer's tasks keep the order the coordinator gave them.

    `id`: the stored task's (None: not saved yet). An employer's save keeps the ids of the
    tasks it keeps, so the placements that covered a task still point at it."""

    title: str
    category: str = ""
    requirements: tuple[str, ...] = ()
    id: int | None = None


def clean_labels(labels: Iterable[str]) -> tuple[str, ...]:
    """Labels as stored: trimmed, blank ones left out, each once, in the order given."""
    return tuple(dict.fromkeys(clean(label) for label in labels if clean(label)))


def join_labels(labels: Iterable[str]) -> str:
    """Labels as one text column: one a line (a label never holds a line break)."""
    return "\n".join(clean_labels(labels))


def split_labels(text: str | None) -> tuple[str, ...]:
    return clean_labels((text or "").splitlines())


def _known(label: str, allowed: Collection[str] | None) -> bool:
    return len(label) <= SHORT_TEXT_MAX and (allowed is None or label in allowed)


def check_labels(
    problems: list[Problem],
    field: str,
    labels: Sequence[str],
    allowed: Collection[str] | None = None,
) -> None:
    """`labels` (cleaned) are few enough, short enough and, when `allowed` is given, in it."""
    if len(labels) > MAX_LABELS:
        problems.append(Problem(field, TOO_MANY_LABELS, {"limit": MAX_LABELS}))
    for label in labels:
        if not _known(label, allowed):
            problems.append(Problem(field, LABEL_UNKNOWN, {"label": label[:40]}))
            return


def validate_tasks(
    tasks: Sequence[EmployerTask],
    categories: Collection[str] | None = None,
    requirements: Collection[str] | None = None,
) -> tuple[EmployerTask, ...]:
    """The tasks cleaned, or one ValidationError naming each wrong task by its row (1-based).

    `categories` and `requirements` are the labels a task may use; None accepts any label
    (a check without the lists at hand still checks names and lengths)."""
    problems: list[Problem] = []
    if len(tasks) > MAX_TASKS:
        problems.append(Problem(TASKS_FIELD, TOO_MANY_TASKS, {"limit": MAX_TASKS}))
    cleaned: list[EmployerTask] = []
    for row, task in enumerate(tasks, start=1):
        title = clean(task.title)
        category = clean(task.category)
        needs = clean_labels(task.requirements)
        if not title:
            problems.append(Problem(TASKS_FIELD, TASK_TITLE_REQUIRED, {"row": row}))
        elif len(title) > SHORT_TEXT_MAX:
            problems.append(
                Problem(TASKS_FIELD, TASK_TITLE_TOO_LONG, {"row": row, "limit": SHORT_TEXT_MAX})
            )
        if category and not _known(category, categories):
            problems.append(Problem(TASKS_FIELD, TASK_CATEGORY_UNKNOWN, {"row": row}))
        if not all(_known(need, requirements) for need in needs):
            problems.append(Problem(TASKS_FIELD, TASK_REQUIREMENT_UNKNOWN, {"row": row}))
        cleaned.append(EmployerTask(title=title, category=category, requirements=needs, id=task.id))
    raise_if_any(problems)
    return tuple(cleaned)


def covered_tasks(task_ids: Iterable[int], offered: Sequence[int]) -> tuple[int, ...]:
    """The tasks a placement covers, each once and in the employer's order (`offered`: the
    ids of the employer's tasks, in its order), or a ValidationError when one is not the
    employer's (a task of another employer, or one removed meanwhile)."""
    chosen = set(task_ids)
    if not chosen <= set(offered):
        raise_if_any([Problem(COVERED_TASKS_FIELD, TASK_NOT_OFFERED)])
    return tuple(task_id for task_id in offered if task_id in chosen)


# Matching ------------------------------------------------------------------------------------


def free_places(capacity: int, taken: int) -> int:
    """An employer's places not held by a placement; none, not fewer, when more are held."""
    return max(capacity - taken, 0)


@dataclass(frozen=True, kw_only=True)
class Candidate:
    """An employer not in the trash, as matching sees it: its places and its tasks.

    `taken` counts its placements that have not ended and are not in the trash (planned,
    active or paused: each holds a place)."""

    employer_id: int
    name: str
    capacity: int
    taken: int
    tasks: tuple[EmployerTask, ...]

    @property
    def free_places(self) -> int:
        return free_places(self.capacity, self.taken)


@dataclass(frozen=True, kw_only=True)
class TaskFit:
    """A task that suits the person; `wanted` when its category is one of their interests."""

    task: EmployerTask
    wanted: bool


@dataclass(frozen=True, kw_only=True)
class Suggestion:
    employer_id: int
    employer_name: str
    free_places: int
    fits: tuple[TaskFit, ...]  # the wanted tasks first, then in the employer's order

    @property
    def wanted(self) -> bool:
        return any(fit.wanted for fit in self.fits)

    @property
    def reasons(self) -> tuple[str, ...]:
        return self.reasons_named(lambda category: category)

    def reasons_named(self, name: Callable[[str], str]) -> tuple[str, ...]:
        """Why, one a category (by its `name` in the reader's language) with its tasks that
        fit: "Lager och logistik: Plocka varor, Packa"; tasks without a category by
        themselves."""
        by_category: dict[str, list[str]] = {}
        for fit in self.fits:
            by_category.setdefault(fit.task.category, []).append(fit.task.title)
        return tuple(
            f"{name(category)}: {', '.join(titles)}" if category else ", ".join(titles)
            for category, titles in by_category.items()
        )


def task_fits(task: EmployerTask, interests: Collection[str], limits: Collection[str]) -> bool:
    """A task fits when none of its requirements is one of the person's limits and its
    category is one of their interests, or the person has recorded no interests."""
    if any(need in limits for need in task.requirements):
        return False
    return not interests or task.category in interests


def suggest_employers(
    interests: Iterable[str],
    limits: Iterable[str],
    candidates: Iterable[Candidate],
    country: str = SWEDEN,
) -> list[Suggestion]:
    """Employers with a free place and at least one task that fits, best first: those with
    a task in one of the person's interests, then those with more free places, then by name
    (in the alphabetical order of the organisation's `country`).

    With interests recorded every suggestion has such a task, so free places and name decide;
    without, every category counts and nothing is `wanted`."""
    wanted_categories = frozenset(clean_labels(interests))
    cannot = frozenset(clean_labels(limits))
    suggestions: list[Suggestion] = []
    for candidate in candidates:
        if candidate.free_places <= 0:
            continue
        fits = [
            TaskFit(task=task, wanted=task.category in wanted_categories)
            for task in candidate.tasks
            if task_fits(task, wanted_categories, cannot)
        ]
        if not fits:
            continue
        fits.sort(key=lambda fit: not fit.wanted)  # stable: the employer's order otherwise
        suggestions.append(
            Suggestion(
                employer_id=candidate.employer_id,
                employer_name=candidate.name,
                free_places=candidate.free_places,
                fits=tuple(fits),
            )
        )
    suggestions.sort(
        key=lambda s: (
            not s.wanted,
            -s.free_places,
            sort_key(s.employer_name, country),
            s.employer_id,
        )
    )
    return suggestions
