"""The system libraries Qt needs to open a window on Linux, looked for before Qt is loaded.

Without one of them Qt aborts with a message that names the wrong package (it asks for
xcb-cursor0 whatever is missing) or an ImportError with a traceback. This looks for each
library the way the dynamic loader will, and says which Debian/Ubuntu packages to install.
Only on Linux, and only for the platforms that need them: the offscreen platform (tests, CI)
needs none of the X11 ones.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping

# What every Qt program loads (QtCore, QtGui, QtWidgets), by library and Debian package.
CORE = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libxkbcommon.so.0": "libxkbcommon0",
}
# What Qt's X11 platform plugin (xcb) loads on top.
X11 = {
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}


def needed(environment: Mapping[str, str], platform: str = sys.platform) -> dict[str, str]:
    """Library → package for the window Qt will open in this environment."""
    if platform != "linux":
        return {}
    chosen = environment.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith("xcb"):
        return dict(CORE)  # offscreen, wayland, … : only what every Qt program loads
    return {**CORE, **X11}


def missing_packages(
    environment: Mapping[str, str] | None = None, platform: str = sys.platform
) -> list[str]:
    """The packages to install before Qt can open its window here; empty when none."""
    libraries = needed(os.environ if environment is None else environment, platform)
    missing: list[str] = []
    for library, package in libraries.items():
        try:
            ctypes.CDLL(library)
        except OSError:
            if package not in missing:
                missing.append(package)
    return missing
