"""A write the server rolled back for a concurrent one runs again, a few times at most, and a
retried method inside another is run again only by the outer one."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

from ambassador.domain.errors import RetryableStorageError, StorageError
from ambassador.services import retrying
from ambassador.services.retrying import retried
from ambassador.storage.faults import CONFLICT


@pytest.fixture
def pauses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    taken: list[int] = []
    monkeypatch.setattr(retrying, "pause", taken.append)
    return taken


class Flaky:
    """Fails its first `failures` runs as the server would, then returns how many it took."""

    def __init__(self, failures: int, error: StorageError | None = None) -> None:
        self.failures = failures
        self.runs = 0
        self.error = error or RetryableStorageError(CONFLICT)

    @retried
    def save(self) -> int:
        self.runs += 1
        if self.runs <= self.failures:
            raise self.error
        return self.runs

    @retried
    def save_twice(self) -> int:
        return self.save() + self.save()


def test_a_rolled_back_write_runs_again_until_it_goes_through(pauses: list[int]) -> None:
    assert Flaky(2).save() == 3
    assert pauses == [1, 2]


def test_after_three_runs_the_person_reads_the_sentence(pauses: list[int]) -> None:
    flaky = Flaky(5)
    with pytest.raises(RetryableStorageError) as raised:
        flaky.save()
    assert flaky.runs == retrying.ATTEMPTS == 3
    assert raised.value.message == CONFLICT
    assert pauses == [1, 2]


def test_any_other_error_is_not_run_again(pauses: list[int]) -> None:
    flaky = Flaky(1, StorageError("The disk is full; nothing was saved."))
    with pytest.raises(StorageError):
        flaky.save()
    assert flaky.runs == 1 and pauses == []


def test_a_retried_method_inside_another_is_run_again_by_the_outer_alone(
    pauses: list[int],
) -> None:
    flaky = Flaky(3)
    with pytest.raises(RetryableStorageError):
        flaky.save_twice()
    # Three outer runs, each failing at its first inner call: not nine.
    assert flaky.runs == 3 and pauses == [1, 2]
    assert Flaky(1).save_twice() == 2 + 3


def test_the_pause_is_short_and_grows() -> None:
    slept: list[float] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("time.sleep", slept.append)
        for attempt in (1, 2) * 50:
            retrying.pause(attempt)
    assert all(0 <= s <= retrying.FIRST_PAUSE for s in slept[0::2])
    assert all(0 <= s <= 2 * retrying.FIRST_PAUSE for s in slept[1::2])


# Services whose writes are not run again: a file's own (backups, encryption, files), sample
# data (an empty database, IT's), and exports, which write a file before their log entry.
NOT_RETRIED = {"backups", "encryption", "files", "sample_data", "exporting"}


def test_every_service_method_that_writes_is_run_again_on_a_conflict() -> None:
    """A method holding `.write()` is `retried`, or a server's serialization failure reaches
    the person as an error they could have been spared."""
    import ambassador.services as package

    unretried = []
    for module_info in pkgutil.iter_modules(package.__path__):
        if module_info.name in NOT_RETRIED:
            continue
        module = importlib.import_module(f"ambassador.services.{module_info.name}")
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            for name, method in vars(cls).items():
                if not inspect.isfunction(method) or name.startswith("_"):
                    continue
                source = inspect.getsource(inspect.unwrap(method))
                if ".write()" in source and not hasattr(method, "__wrapped__"):
                    unretried.append(f"{module_info.name}.{cls.__name__}.{name}")
    assert unretried == []
