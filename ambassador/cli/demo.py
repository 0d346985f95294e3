"""`ambassador demo`: sample data written into a new, empty database: a file made for it, or
a database on a server that `ambassador init` made (IT makes the databases on a server; a
coordinator's program never makes one in passing)."""

from __future__ import annotations

import argparse
import time

from ambassador.cli.arguments import NUMBER, Commands
from ambassador.cli.common import EXIT_OK, Output
from ambassador.cli.database import WRITE, opened, where
from ambassador.domain import formats
from ambassador.domain.messages import QT_TRANSLATE_NOOP

SIZES = ("small", "decade", "stress")  # services.sample_data.Size, without loading it

DONE = QT_TRANSLATE_NOOP(
    "Cli",
    "Sample data written to {path} in {seconds} s: {participants} participants, "
    "{employers} employers, {placements} placements, {notes} notes, {check_ins} check-ins, "
    "{feedback} feedback answers.",
)


def add_commands(commands: Commands) -> None:
    demo = commands.add(
        "demo",
        QT_TRANSLATE_NOOP(
            "Cli",
            "write sample data into an empty database (on a server, one made with "
            "'ambassador init')",
        ),
    )
    demo.add_database(required=True)
    demo.add_argument(
        "--size",
        choices=SIZES,
        default="small",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "how much: small (30 participants over 2 years), decade (3,000 over 10 years) or "
            "stress (30,000)",
        ),
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar=NUMBER,
        help=QT_TRANSLATE_NOOP("Cli", "another number gives other people and places (default: 1)"),
    )
    # No default: a database made with `init --country` keeps its country.
    demo.add_country(None)
    demo.set_defaults(run=run)


def run(output: Output, args: argparse.Namespace) -> int:
    from ambassador.services.sample_data import SampleDataService, Size

    started = time.perf_counter()
    with opened(output, args.command_db, create=True, access=WRITE) as (database, services):
        if args.country is not None:
            # The country first: its lists are the ones the sample data draws from.
            services.settings.set_country(args.country)
        report = SampleDataService(database, services.clock).generate(Size(args.size), args.seed)
    output.say(
        DONE,
        path=where(args.command_db),
        seconds=formats.number(time.perf_counter() - started, output.catalog.language, 1),
        participants=report.participants,
        employers=report.employers,
        placements=report.placements,
        notes=report.notes,
        check_ins=report.check_ins,
        feedback=report.feedback,
    )
    return EXIT_OK
