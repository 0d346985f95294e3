"""`ambassador report project ID` and `ambassador report projects`: a project's report (people
by gender and age band, beside its target) as PDF or XLSX, and the list of projects."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ambassador.cli.arguments import DATE, FILE, Commands
from ambassador.cli.common import EXIT_FAILED, EXIT_OK, CliError, Output, day, number
from ambassador.domain import formats
from ambassador.domain.errors import NotFoundError
from ambassador.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ambassador.services.bundle import Services

PROJECT = QT_TRANSLATE_NOOP("Cli", "PROJECT")
WRITTEN = QT_TRANSLATE_NOOP("Cli", "Written: {path} ({kilobytes} kB)")
NO_SUCH_PROJECT = QT_TRANSLATE_NOOP(
    "Cli", "There is no project {id}; the projects are: {projects}."
)
NO_PROJECT_AT_ALL = QT_TRANSLATE_NOOP("Cli", "There is no project {id}; no project is registered.")
NO_PROJECTS = QT_TRANSLATE_NOOP(
    "Cli",
    "No project is registered. A project is a funded programme (ESF+ and the like) with a "
    "period and a target number of people; add one on Rapporter.",
)
PERIOD_ORDER = QT_TRANSLATE_NOOP("Cli", "The period must not end before it starts.")
PERIOD_BOTH = QT_TRANSLATE_NOOP("Cli", "Give both --from and --to, or neither.")
NO_TARGET = QT_TRANSLATE_NOOP("Cli", "no target")
TARGET = QT_TRANSLATE_NOOP("Cli", "{people} of {target} ({percent})")
COLUMNS = (
    QT_TRANSLATE_NOOP("Cli", "Number"),
    QT_TRANSLATE_NOOP("Cli", "Name"),
    QT_TRANSLATE_NOOP("Cli", "Period"),
    QT_TRANSLATE_NOOP("Cli", "Funding"),
    QT_TRANSLATE_NOOP("Cli", "People so far of the target"),
)
FORMATS = ("pdf", "xlsx")


def add_commands(documents: Commands) -> None:
    report = documents.add(
        "project",
        QT_TRANSLATE_NOOP(
            "Cli",
            "the project report: the people in a project by gender and age band, beside its "
            "target, as PDF (or XLSX)",
        ),
    )
    report.add_argument(
        "project_id",
        type=number(report.words),
        metavar=PROJECT,
        help=QT_TRANSLATE_NOOP(
            "Cli", "the project's number (`ambassador report projects` lists them)"
        ),
    )
    report.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=FILE,
        help=QT_TRANSLATE_NOOP("Cli", "the file to write"),
    )
    report.add_argument(
        "--format",
        dest="file_format",
        choices=FORMATS,
        help=QT_TRANSLATE_NOOP("Cli", "pdf or xlsx (default: by the file's ending; else pdf)"),
    )
    report.add_argument(
        "--from",
        dest="start",
        type=day(report.words),
        metavar=DATE,
        help=QT_TRANSLATE_NOOP(
            "Cli", "the first day of the period (default: the project's period)"
        ),
    )
    report.add_argument(
        "--to",
        dest="end",
        type=day(report.words),
        metavar=DATE,
        help=QT_TRANSLATE_NOOP("Cli", "the last day of the period"),
    )
    documents.add(
        "projects",
        QT_TRANSLATE_NOOP(
            "Cli", "print the projects: number, name, period, funding and people beside target"
        ),
    )


def run(output: Output, services: Services, args: argparse.Namespace) -> int:
    if args.document == "projects":
        return print_projects(output, services)
    return write_report(output, services, args)


def write_report(output: Output, services: Services, args: argparse.Namespace) -> int:
    from ambassador.domain.figures import Period

    if (args.start is None) != (args.end is None):
        raise CliError(PERIOD_BOTH)
    period = None
    if args.start is not None:
        if args.end < args.start:
            raise CliError(PERIOD_ORDER)
        period = Period(args.start, args.end)
    chosen = args.file_format or ("xlsx" if args.out.suffix.lower() == ".xlsx" else "pdf")
    write = (
        services.projects.write_report_xlsx if chosen == "xlsx" else services.projects.write_report
    )
    try:
        written = write(args.project_id, args.out, period, output.asked)
    except NotFoundError as error:
        if error.kind != "project":
            raise
        return _unknown(output, services, args.project_id)
    output.say(WRITTEN, path=written.path, kilobytes=max(1, round(written.size / 1024)))
    return EXIT_OK


def _unknown(output: Output, services: Services, project_id: int) -> int:
    projects = services.projects.projects()
    if not projects:
        output.warn(NO_PROJECT_AT_ALL, id=project_id)
    else:
        listed = ", ".join(f"{p.id} {p.name}" for p in sorted(projects, key=lambda p: p.id))
        output.warn(NO_SUCH_PROJECT, id=project_id, projects=listed)
    return EXIT_FAILED


def print_projects(output: Output, services: Services) -> int:
    for line in lines(output, services):
        print(line)
    return EXIT_OK


def lines(output: Output, services: Services) -> list[str]:
    """The printed list, one string a line: a table, or what a project is when none is."""
    listed = services.projects.lines()
    if not listed:
        return [output.text(NO_PROJECTS, {})]
    language = output.language
    rows = [[output.text(column, {}) for column in COLUMNS]]
    for line in listed:
        project = line.project
        target = project.target_participants
        rows.append(
            [
                str(project.id),
                project.name,
                f"{formats.long_date(project.start_date, language)} – "
                f"{formats.long_date(project.end_date, language)}",
                project.funding_source,
                output.text(
                    TARGET,
                    {
                        "people": line.people,
                        "target": target,
                        "percent": formats.percent(line.people / target, language),
                    },
                )
                if target
                else f"{line.people} ({output.text(NO_TARGET, {})})",
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    return [
        "  ".join(
            cell.rjust(width) if column == 0 and number else cell.ljust(width)
            for column, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for number, row in enumerate(rows)
    ]
