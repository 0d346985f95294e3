"""Icons by meaning (`icons.get("overdue")`), taken from the platform's own style so they follow
its theme, dark mode and resolution.

Only meanings the style draws as such get a picture: a warning, an error, done, cancelled, the
arrows. Actions are text alone. Qt's style has no icon per action, and its stand-ins (a new
folder for "New …", a monitor for "Employer", a paintbrush for "Today", an information sign for
"Schedule check-in") said something other than the button; one coherent open icon set, with
its licence shipped, is the way to pictures on actions, not the style's spare parts.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

_PIXMAPS = {
    "done": QStyle.StandardPixmap.SP_DialogApplyButton,
    "missed": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "cancelled": QStyle.StandardPixmap.SP_DialogCancelButton,
    "overdue": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "risk": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "previous": QStyle.StandardPixmap.SP_ArrowBack,
    "next": QStyle.StandardPixmap.SP_ArrowForward,
}

# Actions and kinds of record: shown by their words alone (see above).
TEXT_ALONE = frozenset(
    {
        "add",
        "edit",
        "delete",
        "restore",
        "search",
        "note",
        "check_in",
        "feedback",
        "end",
        "today",
        "participant",
        "employer",
        "placement",
        "open",
        "save",
        "print",
    }
)


def get(meaning: str) -> QIcon:
    if meaning in TEXT_ALONE:
        return QIcon()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app.style().standardIcon(_PIXMAPS[meaning])
