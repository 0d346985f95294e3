"""Where a bug goes: a rotating log file in the user's data folder, with the traceback of
anything that escaped, and no personal data in it.

Qt-free, so the command line and the window share it; the window adds its calm dialog on top
(`ui/crash.py`). What is written is the kind of error and where it happened (each frame's
module, line, function and line of code), never the error's own text, never a variable:
an exception's message may hold whatever a person typed (`KeyError('Anna Svensson')`), and
the log is a file anyone with the laptop can read. Only the program's own typed errors, whose
messages are fixed English sources without values, keep their message. File names are cut to
the part below the program or site-packages, so the user's home folder (their name) is not in
the log either.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from ambassador import __version__, paths
from ambassador.domain.errors import AmbassadorError

LOGGER_NAME = "ambassador"
LOG_NAME = "ambassador.log"
# Four files of 1 MB: months of crashes, never a disk filled by a loop of them.
LOG_BYTES = 1_000_000
LOG_FILES = 3
_PACKAGE_ROOT = Path(__file__).resolve().parent.parent

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


class _LogFile(logging.Handler):
    """The log file, made with its folder on the first record and not before: a command or a
    session that goes well leaves nothing behind. A folder that cannot be written (a
    read-only home) loses the record quietly, and says so in `failed`.

    The file is logging's RotatingFileHandler, made on the first record too: its module loads
    socket, pickle and queue, a few milliseconds of every start that most sessions never use."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.baseFilename = str(path)
        self.failed = False
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        self.failed = False
        if self._file is None:
            self._file = _rotating_file(Path(self.baseFilename), self)
        self._file.emit(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def _rotating_file(path: Path, owner: _LogFile) -> logging.Handler:
    """`owner`'s file, rotated at LOG_BYTES, its folder made when first written."""
    import logging.handlers

    class RotatingLogFile(logging.handlers.RotatingFileHandler):
        def _open(self):  # type: ignore[no-untyped-def]  # typeshed leaves it untyped
            Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
            return super()._open()

        def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's
            owner.failed = True  # not logging's traceback on standard error

    handler = RotatingLogFile(
        path, maxBytes=LOG_BYTES, backupCount=LOG_FILES, encoding="utf-8", delay=True
    )
    handler.setFormatter(owner.formatter)
    return handler


def install_log(folder: Path | None = None) -> Path:
    """Send the program's warnings and crashes to the rotating log file in `folder` (the
    user's data folder); the file's path. Nothing is written until something is logged."""
    logger = logging.getLogger(LOGGER_NAME)
    path = (folder or paths.log_dir()) / LOG_NAME
    for handler in logger.handlers:
        if isinstance(handler, _LogFile):
            if Path(handler.baseFilename) == path:
                return path
            logger.removeHandler(handler)
            handler.close()
    handler = _LogFile(path)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > logging.WARNING:
        logger.setLevel(logging.WARNING)
    return path


def record(error: BaseException, where: str) -> Path | None:
    """Write `error`'s traceback, without personal data, to the program's log; `where` says
    what was running ("the window", "the command line"). The log's path when it was
    written, None when it could not be (or no log is installed)."""
    logger = logging.getLogger(LOGGER_NAME)
    logger.error(
        "Ambassador %s on Python %s (%s) – an error escaped %s:\n%s",
        __version__,
        ".".join(map(str, sys.version_info[:3])),  # platform's python_version(), unloaded
        sys.platform,
        where,
        describe(error),
    )
    files = [handler for handler in logger.handlers if isinstance(handler, _LogFile)]
    return Path(files[0].baseFilename) if files and not files[0].failed else None


def describe(error: BaseException) -> str:
    """The error's traceback as a log shows it: kinds and places, no values."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        parts.append(_one(current))
        if current.__cause__ is not None:
            parts.append("The error above was the direct cause of:")  # read bottom-up
            current = current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            parts.append("While handling the error above, this happened:")
            current = current.__context__
        else:
            current = None
    # Python prints the first cause first; so do we.
    return "\n".join(reversed(parts))


def _one(error: BaseException) -> str:
    lines = ["Traceback (most recent call last):"]
    for frame in traceback.extract_tb(error.__traceback__):
        lines.append(f'  File "{_short(frame.filename)}", line {frame.lineno}, in {frame.name}')
        if frame.line:
            lines.append(f"    {frame.line.strip()}")
    kind = type(error)
    name = kind.__qualname__
    if kind.__module__ != "builtins":
        name = f"{kind.__module__}.{name}"
    message = getattr(error, "message", None)
    if isinstance(error, AmbassadorError) and isinstance(message, str):
        lines.append(f"{name}: {message}")
    else:
        lines.append(f"{name} (its message is not logged: it may hold personal data)")
    return "\n".join(lines)


def _short(filename: str) -> str:
    """`/home/anna/…/site-packages/sqlalchemy/orm/session.py` → `sqlalchemy/orm/session.py`."""
    path = Path(filename)
    try:
        return path.resolve().relative_to(_PACKAGE_ROOT).as_posix()
    except (ValueError, OSError):
        pass
    parts = path.parts
    for marker in ("site-packages", "dist-packages", "_internal"):
        if marker in parts:
            return "/".join(parts[len(parts) - parts[::-1].index(marker) :])
    return path.name
