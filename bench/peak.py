"""The peak resident memory of this process alone, for the children that report memory.

`ru_maxrss` cannot be trusted for that on Linux: a process started by a larger one inherits
the larger one's peak (exec records the old memory map's high-water mark, and a child made by
vfork or posix_spawn shares its parent's map until then). `VmHWM` in /proc/self/status is the
high-water mark of the map exec made, which is the program's own. Only the standard library.
"""

from __future__ import annotations

import sys
from pathlib import Path

STATUS = Path("/proc/self/status")


def peak_kib() -> int:
    """This process's own peak resident memory in KiB: VmHWM where the system has it, else
    ru_maxrss (kilobytes on Linux and the BSDs, bytes on macOS)."""
    try:
        for line in STATUS.read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])  # "VmHWM:   57344 kB"
    except OSError:
        pass
    import resource

    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return maxrss // 1024 if sys.platform == "darwin" else maxrss
