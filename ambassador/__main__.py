"""`python -m ambassador` runs the command line (and, without a command, the window)."""

import sys

from ambassador.cli import main

sys.exit(main())
