"""Icons by meaning (`icons.get("add")`), taken from the platform's own style so they follow
its theme, dark mode and resolution."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

_PIXMAPS = {
    "add": QStyle.StandardPixmap.SP_FileDialogNewFolder,
    "edit": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "delete": QStyle.StandardPixmap.SP_TrashIcon,
    "restore": QStyle.StandardPixmap.SP_BrowserReload,
    "search": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "note": QStyle.StandardPixmap.SP_FileIcon,
    "check_in": QStyle.StandardPixmap.SP_FileDialogInfoView,
    "feedback": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "done": QStyle.StandardPixmap.SP_DialogApplyButton,
    "missed": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "cancelled": QStyle.StandardPixmap.SP_DialogCancelButton,
    "overdue": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "risk": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "end": QStyle.StandardPixmap.SP_DialogCloseButton,
    "previous": QStyle.StandardPixmap.SP_ArrowBack,
    "next": QStyle.StandardPixmap.SP_ArrowForward,
    "today": QStyle.StandardPixmap.SP_DialogResetButton,
    "participant": QStyle.StandardPixmap.SP_DirHomeIcon,
    "employer": QStyle.StandardPixmap.SP_ComputerIcon,
    "placement": QStyle.StandardPixmap.SP_DirLinkIcon,
    "open": QStyle.StandardPixmap.SP_DirOpenIcon,
    "save": QStyle.StandardPixmap.SP_DialogSaveButton,
    "print": QStyle.StandardPixmap.SP_FileDialogDetailedView,
}

# The theme's own icon where it has one (Linux desktops); Qt's style has no printer.
_THEMED = {"print": "document-print"}


def get(meaning: str) -> QIcon:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    themed = _THEMED.get(meaning)
    if themed is not None and QIcon.hasThemeIcon(themed):
        return QIcon.fromTheme(themed)
    return app.style().standardIcon(_PIXMAPS[meaning])
