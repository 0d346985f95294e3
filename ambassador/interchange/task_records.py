"""A sheet of employers' tasks on offer read as tasks: each row an employer (by organisation
number or name, found later), a task's name, its category and requirements as written (the
lists' entries are found later too)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ambassador.domain.errors import Problem
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.validation import REQUIRED, SHORT_TEXT_MAX, clean
from ambassador.interchange.columns import Mapping
from ambassador.interchange.records import ReadRow, _Cells, _rows
from ambassador.interchange.sheets import Sheet

TITLE_TOO_LONG = QT_TRANSLATE_NOOP("Messages", "A task's name may hold at most {limit} characters.")
# Between requirements in one cell: what the export writes ("; "), a comma or a line break.
_REQUIREMENT_BREAK = re.compile(r"[;,\n]")


@dataclass(frozen=True)
class TaskEntry:
    """A task whose employer is named, not yet found."""

    employer_name: str
    organisation_number: str | None  # as written; checked when the employer is looked up
    title: str
    category: str  # as written: a label or its name in any language, "" for none
    requirements: tuple[str, ...]  # as written, likewise


def split_requirements(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(part for p in _REQUIREMENT_BREAK.split(text) if (part := clean(p))))


def read_tasks(sheet: Sheet, mapping: Mapping) -> list[ReadRow[TaskEntry]]:
    def read(cells: _Cells) -> TaskEntry | None:
        title = clean(cells.text("title"))
        if not title:
            cells.problems.append(Problem("title", REQUIRED))
        elif len(title) > SHORT_TEXT_MAX:
            cells.problems.append(Problem("title", TITLE_TOO_LONG, {"limit": SHORT_TEXT_MAX}))
        employer_name = cells.name("name")
        number = cells.text("organisation_number").strip() or None
        if not employer_name and number is None:
            cells.problems.append(Problem("name", REQUIRED))
        return TaskEntry(
            employer_name=employer_name,
            organisation_number=number,
            title=title,
            category=clean(cells.text("category")),
            requirements=split_requirements(cells.text("requirements")),
        )

    return list(_rows(sheet, mapping, read, "title"))
