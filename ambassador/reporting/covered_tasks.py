"""The tasks section of an employer's placement documents: the employer's tasks the placement
covers, one a line, then what the coordinator wrote about the tasks."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.platypus import Flowable

from ambassador.domain.documents import PlacementTerms
from ambassador.domain.enums import ListName
from ambassador.domain.tasks import EmployerTask
from ambassador.reporting import page
from ambassador.reporting.words import Words


def task_line(task: EmployerTask, words: Words) -> str:
    """ "Plocka varor (Lager och logistik)": the category in the reader's words."""
    if not task.category:
        return task.title
    return f"{task.title} ({words.item(ListName.TASK_CATEGORIES, task.category)})"


def task_lines(tasks: Iterable[EmployerTask], words: Words) -> str:
    return "\n".join(task_line(task, words) for task in tasks)


def tasks_section(terms: PlacementTerms, words: Words) -> list[Flowable]:
    """The heading, the tasks covered as a list and the text; 'Not recorded' when neither."""
    story: list[Flowable] = [page.heading(words.translate("Documents", "Tasks"))]
    for task in terms.covered_tasks:
        story.append(page.text(f"•\u00a0{task_line(task, words)}"))
    # A line of the text that only names a task listed above is not said twice.
    listed = {task.title.casefold() for task in terms.covered_tasks}
    text = "\n".join(
        line for line in terms.tasks.splitlines() if line.strip().casefold() not in listed
    )
    if text.strip():
        if terms.covered_tasks:
            story.append(page.space(1))
        story += page.paragraphs(text)
    elif not terms.covered_tasks:
        story.append(page.small(words.translate("Documents", "Not recorded.")))
    return story
