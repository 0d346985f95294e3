"""How the window is painted: in the GUI thread alone, without Qt's pool of painting threads.

Qt's raster engine hands every fill of about a hundred lines or more (a scroll bar's groove
and handle, a tab page's frame, a table's selection) to a pool of threads, one per core, and
waits until they are done. A widget's fills are small: handing them over and waiting for the
threads to be scheduled costs more than the fills. On the two-core laptops the program runs on,
with anything else busy, the wait is the longer part: opening a placement's pane beside its
list (decade, medians of 11 under load) took 58–97 ms with the pool, 37–67 ms without, and its
CPU time was a tenth lower. Qt reads the switch at the first such fill, so it is set before
anything is painted. The pixels are the same.
"""

from __future__ import annotations

import os

SWITCH = "QT_NO_GUI_THREADPOOL"


def paint_in_one_thread() -> None:
    """Keep Qt's fills in the thread that paints; before the first paint (Qt asks only whether
    the variable is set, once)."""
    os.environ.setdefault(SWITCH, "1")
