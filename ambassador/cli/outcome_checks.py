"""`ambassador outcome-check`: list those due, record a result, as the Översikt does."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ambassador.cli.arguments import NUMBER, Commands, choices
from ambassador.cli.common import EXIT_OK, Output, number
from ambassador.cli.database import READ, WRITE, chosen_database, opened
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.outcome_check import FollowUpResult
from ambassador.domain.vocabulary import LABELS, LABELS_CONTEXT

if TYPE_CHECKING:
    from ambassador.services.bundle import Services

NONE_DUE = QT_TRANSLATE_NOOP("Cli", "No outcome check is due.")
DUE_HEADING = QT_TRANSLATE_NOOP(
    "Cli", "Outcome checks due: {count} (number, due, ended, participant, employer)"
)
RECORDED = QT_TRANSLATE_NOOP("Cli", "Outcome check {id} recorded: {result}.")


def add_commands(commands: Commands) -> None:
    check = commands.add(
        "outcome-check", QT_TRANSLATE_NOOP("Cli", "the outcome checks after placements have ended")
    )
    actions = check.add_commands(
        "outcome_action", QT_TRANSLATE_NOOP("Cli", "ACTION"), required=True
    )
    listing = actions.add(
        "list", QT_TRANSLATE_NOOP("Cli", "the checks due today or earlier, oldest first")
    )
    record = actions.add("record", QT_TRANSLATE_NOOP("Cli", "record what the person is doing now"))
    record.add_argument(
        "check_id",
        type=number(record.words),
        metavar=NUMBER,
        help=QT_TRANSLATE_NOOP("Cli", "the outcome check's number, as the list shows it"),
    )
    results = [result.value for result in FollowUpResult]
    record.add_argument(
        "result",
        choices=results,
        metavar=choices(results),
        help=QT_TRANSLATE_NOOP("Cli", "what the person is doing now"),
    )
    record.add_argument(
        "--correct",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "replace a result recorded earlier"),
    )
    for action in (listing, record):
        action.add_database(required=False)
        action.add_language()
        action.set_defaults(run=run)


def run(output: Output, args: argparse.Namespace) -> int:
    access = READ if args.outcome_action == "list" else WRITE
    with opened(output, chosen_database(args), access=access) as (_database, services):
        return _run(output, services, args)


def _run(output: Output, services: Services, args: argparse.Namespace) -> int:
    if args.outcome_action == "list":
        due = services.outcome_checks.due()
        if not due:
            output.say(NONE_DUE)
            return EXIT_OK
        output.say(DUE_HEADING, count=len(due))
        for row in due:
            print(
                f"  {row.check_id:>6}  {row.due_on.isoformat()}  {row.ended_on.isoformat()}  "
                f"{row.participant_name}  ·  {row.employer_name}"
            )
        return EXIT_OK
    result = FollowUpResult(args.result)
    services.outcome_checks.record(args.check_id, result, correcting=args.correct)
    output.say(
        RECORDED,
        id=args.check_id,
        result=output.text(LABELS[result], {}, LABELS_CONTEXT),
    )
    return EXIT_OK
