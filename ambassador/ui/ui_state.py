"""What the window remembers between runs (size, position, splitters, last screen), kept in
QSettings with declared keys. Settings that change records or documents live in the database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

GEOMETRY = "window/geometry/{screen}"
STATE = "window/state"
SCREEN = "window/screen"
SPLITTER = "splitters/{name}"
DOCUMENTS_FOLDER = "documents/folder"


class UiState:
    """Backed by a QSettings file, or by nothing (tests, a demo) when `path` is None."""

    def __init__(self, path: Path | None = None) -> None:
        self._settings = None if path is None else QSettings(str(path), QSettings.Format.IniFormat)
        self._memory: dict[str, object] = {}

    @classmethod
    def for_user(cls) -> UiState:
        user = QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Ambassador", "Ambassador"
        )
        return cls(Path(user.fileName()))

    def _get(self, key: str) -> object:
        if self._settings is None:
            return self._memory.get(key)
        return self._settings.value(key)

    def _set(self, key: str, value: object) -> None:
        if self._settings is None:
            self._memory[key] = value
        else:
            self._settings.setValue(key, value)

    def geometry(self, screen: str = "") -> QByteArray | None:
        """The window's geometry last used on `screen` (ui.common.screen_fit.screen_key): a
        laptop's own and its docked monitor's are kept apart."""
        value = self._get(_geometry_key(screen))
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray, screen: str = "") -> None:
        self._set(_geometry_key(screen), value)

    def splitter(self, name: str) -> QByteArray | None:
        value = self._get(SPLITTER.format(name=name))
        return value if isinstance(value, QByteArray) else None

    def set_splitter(self, name: str, value: QByteArray) -> None:
        self._set(SPLITTER.format(name=name), value)

    def screen(self) -> int:
        value = self._get(SCREEN)  # an int in memory, its text in the file
        try:
            return int(value) if isinstance(value, int | str) and value else 0
        except ValueError:
            return 0

    def set_screen(self, value: int) -> None:
        self._set(SCREEN, value)

    def documents_folder(self) -> Path:
        """Where the last file was saved or read from, else the person's Documents folder:
        where every save and open dialog starts (never the folder the program started in)."""
        value = self._get(DOCUMENTS_FOLDER)
        if isinstance(value, str) and value and Path(value).is_dir():
            return Path(value)
        return user_documents_folder()

    def set_documents_folder(self, folder: Path) -> None:
        self._set(DOCUMENTS_FOLDER, str(folder))

    def sync(self) -> None:
        if self._settings is not None:
            self._settings.sync()


def user_documents_folder() -> Path:
    """The person's Documents folder; their home folder where there is none (a fresh Linux
    account has no ~/Documents until something makes it)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def _geometry_key(screen: str) -> str:
    # A slash would open a settings group; Windows names screens "\\.\DISPLAY1".
    return GEOMETRY.format(screen=screen.replace("/", "_").replace("\\", "_"))
