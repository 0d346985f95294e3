"""The command line: the same services as the window, printed in the person's language, with
exit codes for scripts; without a command, `ambassador` opens the window.

- `program`: the entry (`main`): the window when the line names no command, else the parser,
  the command, and the net that catches a bug.
- `common`: what every command shares: exit codes, `CliError`, `Output`, dates and numbers.
- `arguments`: the parser in the person's language (argparse's own words too), the shared
  options (`--db FILE`, `--lang`) and metavars.
- `database`: `opened`, the one way a command opens a database (its passphrase asked at the
  terminal, the language saved in it followed).
- One module per group of commands, each with `add_commands` and its `run`: `demo`, `check`,
  `documents` (`report …`, with `selfcheck`), `safety` (backup, restore, purge),
  `interchange` (import, export, calendar), `questionnaire`, `outcome_checks`.

Exit codes:
  0    done
  1    refused: the file, a record or the input is not as the command needs; one line on
       standard error says why, in the person's language
  2    the command line itself is wrong (argparse's usage error: an unknown option, a missing
       argument, a date that is not YYYY-MM-DD)
  70   an unexpected error (a bug): its traceback, without personal data, is in the log
       (ambassador/crash.py), and one line says where the log is
  130  interrupted with Ctrl+C
Without a command, the window's own exit code.
"""

from ambassador.cli.common import (
    EXIT_BUG,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
)
from ambassador.cli.program import main

__all__ = ["EXIT_BUG", "EXIT_FAILED", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "main"]
