"""The command line's questionnaire: print one for a placement, key a returned one's answers
in by its code, as the window does."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ambassador.domain.enums import Respondent
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.questionnaire import QuestionnaireAnswers, display_code, parse_ratings

if TYPE_CHECKING:
    from ambassador.cli import Output
    from ambassador.services.bundle import Services

EXIT_OK = 0

PRINTED = QT_TRANSLATE_NOOP(
    "Cli", "Questionnaire {code} for placement {id} written: {path} ({kilobytes} kB)"
)
ANSWERED = QT_TRANSLATE_NOOP(
    "Cli", "The answers to questionnaire {code} are recorded as feedback on placement {id}."
)
HIRING = {"yes": True, "no": False, "unsure": None}


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from ambassador.cli import day

    questionnaire = commands.add_parser(
        "questionnaire", help="print a questionnaire, or key in a returned one's answers"
    )
    actions = questionnaire.add_subparsers(dest="questionnaire_action", required=True)
    printing = actions.add_parser("print", help="issue and print a questionnaire as PDF")
    printing.add_argument("placement_id", type=int, metavar="PLACEMENT_ID")
    printing.add_argument(
        "--respondent", choices=[r.value for r in Respondent], default=Respondent.EMPLOYER.value
    )
    printing.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    printing.add_argument("--lang", choices=("sv", "en"), dest="command_lang")
    answer = actions.add_parser(
        "answer", help="record a returned questionnaire's answers by its code"
    )
    answer.add_argument("code", metavar="CODE")
    answer.add_argument(
        "ratings",
        nargs="+",
        metavar="RATING",
        help="the five answers, 1 to 5, '-' for one left blank: 4 5 3 5 4 or 45354",
    )
    answer.add_argument("--hire", choices=sorted(HIRING), help="could consider hiring")
    answer.add_argument("--strengths", default="", help="the first comment box")
    answer.add_argument("--develop", default="", help="the second comment box")
    answer.add_argument("--date", type=day, metavar="YYYY-MM-DD", help="default: today")
    for action in (printing, answer):
        action.add_argument(
            "--db", type=Path, dest="command_db", metavar="PATH", help="database file"
        )


def run(output: Output, services: Services, args: argparse.Namespace, language: str | None) -> int:
    questionnaires = services.questionnaires
    if args.questionnaire_action == "print":
        issued = questionnaires.write(
            args.placement_id, Respondent(args.respondent), args.out, language
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
