"""The command line's outcome checks: list those due, record a result, as the Översikt does."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.outcome_check import FollowUpResult
from ambassador.domain.vocabulary import LABELS, LABELS_CONTEXT

if TYPE_CHECKING:
    from ambassador.cli import Output
    from ambassador.services.bundle import Services

EXIT_OK = 0

NONE_DUE = QT_TRANSLATE_NOOP("Cli", "No outcome check is due.")
DUE_HEADING = QT_TRANSLATE_NOOP(
    "Cli", "Outcome checks due: {count} (number, due, ended, participant, employer)"
)
RECORDED = QT_TRANSLATE_NOOP("Cli", "Outcome check {id} recorded: {result}.")


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = commands.add_parser(
        "outcome-check", help="the outcome checks after placements have ended"
    )
    actions = check.add_subparsers(dest="outcome_action", required=True)
    listing = actions.add_parser("list", help="the checks due today or earlier, oldest first")
    record = actions.add_parser("record", help="record what the person is doing now")
    record.add_argument("check_id", type=int, metavar="ID")
    record.add_argument("result", choices=[result.value for result in FollowUpResult])
    record.add_argument("--correct", action="store_true", help="replace a result recorded earlier")
    for action in (listing, record):
        action.add_argument(
            "--db", type=Path, dest="command_db", metavar="PATH", help="database file"
        )


def run(output: Output, services: Services, args: argparse.Namespace) -> int:
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
