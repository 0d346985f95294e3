"""What the tests of owner-only files share: a file's permission bits, and the mask most
desktops start programs with (files 0644, folders 0755), under which the program must still
make its files 0600 and its folders 0700."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

only_with_modes = pytest.mark.skipif(sys.platform == "win32", reason="Windows has ACLs, not modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def usual_mask() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)
