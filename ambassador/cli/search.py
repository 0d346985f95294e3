"""`ambassador search TEXT`: the window's search, one result a line: what it is, its number,
and its name (for a note, whose it is and when, and the words it matched in)."""

from __future__ import annotations

import argparse

from ambassador.cli.arguments import NUMBER, Commands
from ambassador.cli.common import EXIT_OK, Output, between
from ambassador.cli.database import READ, chosen_database, opened
from ambassador.domain import formats
from ambassador.domain.messages import QT_TRANSLATE_NOOP

# The kinds of hit (domain.search.HitKind's values, without loading it).
KINDS = {
    "participant": QT_TRANSLATE_NOOP("Cli", "participant"),
    "employer": QT_TRANSLATE_NOOP("Cli", "employer"),
    "note": QT_TRANSLATE_NOOP("Cli", "note"),
}
NOTHING_FOUND = QT_TRANSLATE_NOOP("Cli", "Nothing matches {text!r}.")
MORE_THAN_SHOWN = QT_TRANSLATE_NOOP("Cli", "{shown} of {total} matches shown; --limit shows more.")
# Past the count's cap (domain.search.COUNT_CAP) the total is not known, only that it is more.
MORE_THAN_CAP = QT_TRANSLATE_NOOP(
    "Cli", "{shown} of more than {total} matches shown; --limit shows more."
)
MOST = 10_000


def add_commands(commands: Commands) -> None:
    search = commands.add(
        "search",
        QT_TRANSLATE_NOOP(
            "Cli",
            "search names and note text as the window does: names best first, then notes "
            "newest first",
        ),
    )
    search.add_argument(
        "text",
        metavar=QT_TRANSLATE_NOOP("Cli", "TEXT"),
        help=QT_TRANSLATE_NOOP("Cli", "the words to look for (the start of a word is enough)"),
    )
    search.add_argument(
        "--limit",
        type=between(search.words, 1, MOST),
        default=50,
        metavar=NUMBER,
        help=QT_TRANSLATE_NOOP(
            "Cli", "at most this many names, and as many notes (default: 50, as the window)"
        ),
    )
    search.add_database(required=False)
    search.add_language()
    search.set_defaults(run=run)


def run(output: Output, args: argparse.Namespace) -> int:
    with opened(output, chosen_database(args), access=READ) as (_database, services):
        found = services.search.search_counted(args.text, args.limit)
    for result in found.results:
        hit = result.hit
        fields = [output.tr(KINDS[hit.kind.value]), str(hit.record_id), result.title]
        if hit.kind.value == "note":
            fields.append(" ".join(hit.plain_snippet.split()))
        print("\t".join(fields))
    if not found.results:
        output.warn(NOTHING_FOUND, text=args.text)
    elif not found.complete:
        past_cap = found.past_cap
        output.warn(
            MORE_THAN_CAP if past_cap else MORE_THAN_SHOWN,
            shown=formats.number(len(found.results), output.language),
            total=formats.number(found.cap if past_cap else found.total, output.language),
        )
    return EXIT_OK
