"""Running a write again when the server rolled it back for a concurrent one.

On a server, writes are SERIALIZABLE (storage/database.py): when two coordinators' transactions
read and change the same records at once, the server rolls one back as a whole with a
serialization failure or a deadlock, a RetryableStorageError. Nothing of it was written, so the
service method runs again, from its first read: the second run sees the other's work and either
goes through or refuses with the reason (a stale form's ConflictError, "already ended", "already
answered"). After `ATTEMPTS` runs the person reads the error's sentence ("Someone else changed
the same records at the same time; nothing was saved. Try again.").

`retried` goes on a service method whose body is its own transaction(s) and does nothing
outside the database that a second run would repeat; on SQLite, whose writers run one at a
time, it never runs anything twice.
"""

from __future__ import annotations

import functools
import logging
import random
import time
from collections.abc import Callable
from contextvars import ContextVar
from typing import ParamSpec, TypeVar

from ambassador.domain.errors import RetryableStorageError

P = ParamSpec("P")
R = TypeVar("R")

ATTEMPTS = 3
# The first pause is up to 20 ms, the second up to 40 ms, drawn at random so two writers that
# collided do not collide again in step.
FIRST_PAUSE = 0.02

_log = logging.getLogger(__name__)
# A retried method calling another: the outer one runs the whole again, the inner one once.
_retrying: ContextVar[bool] = ContextVar("ambassador_retrying", default=False)


def pause(attempt: int) -> None:
    """Wait a moment before the next run: a short, random, growing pause."""
    time.sleep(random.uniform(0, FIRST_PAUSE * 2 ** (attempt - 1)))


def retried(method: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(method)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        if _retrying.get():
            return method(*args, **kwargs)
        token = _retrying.set(True)
        try:
            attempt = 1
            while True:
                try:
                    return method(*args, **kwargs)
                except RetryableStorageError:
                    if attempt >= ATTEMPTS:
                        raise
                    _log.info("write rolled back by the server for a concurrent one; again")
                    pause(attempt)
                    attempt += 1
        finally:
            _retrying.reset(token)

    return run
