"""PySide6's look at every module imported after it, answered from the module's names instead
of its source file.

PySide6 asks of each module imported once it is loaded whether it uses PySide6 (for its
`from __feature__ import` switches, which this program does not use), by reading the module's
whole source through `inspect.getsource` and searching it for "PySide6". Each source stays in
`linecache`: for SQLAlchemy and the program's own modules, which load after the window is
shown, that is about 20 MiB held for nothing and a file read, tokenised for its encoding, per
module. (A bundle built by PyInstaller carries no sources, and PySide6 answers at once there.)

The same question is answered here from what the module holds: a module that uses PySide6
has one of its modules or classes among its names. Where PySide6 no longer has the function
this replaces, nothing is changed.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - loads PySide6's import hook, which this adjusts

PYSIDE = ("PySide6", "shiboken6")
FEATURE_MODULE = "shibokensupport.feature"
REPLACED = "_mod_uses_pyside"


def uses_pyside(module: ModuleType) -> bool:
    """Whether `module` holds a module, class or function of PySide6 among its names."""
    try:
        values = list(vars(module).values())
    except TypeError:  # a module without a namespace to look at
        return False
    for value in values:
        try:
            name = value.__name__ if isinstance(value, ModuleType) else value.__module__
        except Exception:  # noqa: BLE001 - any object may be a module's name; most say nothing
            continue
        if isinstance(name, str) and name.startswith(PYSIDE):
            return True
    return False


def install() -> bool:
    """Answer PySide6's question from names from now on; False where it asks no more."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, REPLACED, None)):
        return False
    setattr(feature, REPLACED, uses_pyside)
    return True
