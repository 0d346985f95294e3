"""`ambassador questionnaire`: print one for a placement, key a returned one's answers in by its
code, as the window does."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ambassador.cli.arguments import DATE, PDF_FILE, PLACEMENT, Commands, choices
from ambassador.cli.common import EXIT_OK, Output, day, number
from ambassador.cli.database import WRITE, chosen_database, opened
from ambassador.domain.enums import Respondent
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.questionnaire import QuestionnaireAnswers, display_code, parse_ratings

if TYPE_CHECKING:
    from ambassador.services.bundle import Services

PRINTED = QT_TRANSLATE_NOOP(
    "Cli", "Questionnaire {code} for placement {id} written: {path} ({kilobytes} kB)"
)
ANSWERED = QT_TRANSLATE_NOOP(
    "Cli", "The answers to questionnaire {code} are recorded as feedback on placement {id}."
)
HIRING = {"yes": True, "no": False, "unsure": None}


def add_commands(commands: Commands) -> None:
    questionnaire = commands.add(
        "questionnaire",
        QT_TRANSLATE_NOOP("Cli", "print a questionnaire, or key in a returned one's answers"),
    )
    actions = questionnaire.add_commands(
        "questionnaire_action", QT_TRANSLATE_NOOP("Cli", "ACTION"), required=True
    )
    printing = actions.add(
        "print", QT_TRANSLATE_NOOP("Cli", "issue a questionnaire and write it as PDF")
    )
    printing.add_argument(
        "placement_id",
        type=number(printing.words),
        metavar=PLACEMENT,
        help=QT_TRANSLATE_NOOP("Cli", "the placement's number"),
    )
    printing.add_argument(
        "--respondent",
        choices=[r.value for r in Respondent],
        default=Respondent.EMPLOYER.value,
        help=QT_TRANSLATE_NOOP("Cli", "who answers it (default: employer)"),
    )
    printing.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=PDF_FILE,
        help=QT_TRANSLATE_NOOP("Cli", "the PDF file to write"),
    )
    answer = actions.add(
        "answer", QT_TRANSLATE_NOOP("Cli", "record a returned questionnaire's answers by its code")
    )
    answer.add_argument(
        "code",
        metavar=QT_TRANSLATE_NOOP("Cli", "CODE"),
        help=QT_TRANSLATE_NOOP("Cli", "the code printed on the questionnaire, such as ABC-DEF"),
    )
    answer.add_argument(
        "ratings",
        nargs="+",
        metavar=QT_TRANSLATE_NOOP("Cli", "RATING"),
        help=QT_TRANSLATE_NOOP(
            "Cli", "the five answers, 1 to 5, '-' for one left blank: 4 5 3 5 4 or 45354"
        ),
    )
    answer.add_argument(
        "--hire",
        choices=sorted(HIRING),
        metavar=choices(sorted(HIRING)),
        help=QT_TRANSLATE_NOOP("Cli", "could the employer consider hiring"),
    )
    answer.add_argument(
        "--strengths",
        default="",
        metavar=QT_TRANSLATE_NOOP("Cli", "TEXT"),
        help=QT_TRANSLATE_NOOP("Cli", "the first comment box"),
    )
    answer.add_argument(
        "--develop",
        default="",
        metavar=QT_TRANSLATE_NOOP("Cli", "TEXT"),
        help=QT_TRANSLATE_NOOP("Cli", "the second comment box"),
    )
    answer.add_argument(
        "--date",
        type=day(answer.words),
        metavar=DATE,
        help=QT_TRANSLATE_NOOP("Cli", "the day it was answered (default: today)"),
    )
    for action in (printing, answer):
        action.add_database(required=False)
        action.add_language()
        action.set_defaults(run=run)


def run(output: Output, args: argparse.Namespace) -> int:
    # Printing one issues it (its code is recorded); an answer is recorded as feedback.
    with opened(output, chosen_database(args), access=WRITE) as (_database, services):
        return _run(output, services, args)


def _run(output: Output, services: Services, args: argparse.Namespace) -> int:
    questionnaires = services.questionnaires
    if args.questionnaire_action == "print":
        issued = questionnaires.write(
            args.placement_id, Respondent(args.respondent), args.out, output.asked
        )
        output.say(
            PRINTED,
            code=display_code(issued.questionnaire.code),
            id=args.placement_id,
            path=issued.written.path,
            kilobytes=max(1, round(issued.written.size / 1024)),
        )
        return EXIT_OK
    answers = QuestionnaireAnswers.from_ratings(
        args.date or services.clock.today(),
        parse_ratings("".join(args.ratings)),
        HIRING[args.hire] if args.hire else None,
        args.strengths,
        args.develop,
    )
    saved = questionnaires.enter_answers(args.code, answers)
    output.say(
        ANSWERED,
        code=display_code(saved.questionnaire.code),
        id=saved.questionnaire.placement_id,
    )
    return EXIT_OK
