"""No log record carries personal data, with every logger at DEBUG.

tests/conftest.py checks the records of every test; this proves the same on its own, with a
known identity number, name and note, and also with SQLAlchemy's logging turned on the way
its documentation suggests (its result rows would carry everything read).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import ListName, Outcome
from ambassador.domain.errors import StorageError, ValidationError
from ambassador.domain.placement import Ending
from ambassador.services.bundle import Services
from ambassador.storage.opening import open_database
from tests.factories import every, make_placement, note_fields, participant_fields

NOW = datetime(2026, 11, 24, 9, 0)
NUMBER = "19811228-9874"
FORMS = (NUMBER, NUMBER.replace("-", ""), NUMBER[2:], NUMBER[2:].replace("-", ""))
FIRST, LAST = "Ingegärd", "Loggström"
MARKER = "hemligmarkör"
# Ten or twelve digits, optionally split by - or +, standing alone: a personnummer's shape.
IDENTITY_NUMBER = re.compile(r"(?<![\w.])(?:[0-9]{2})?[0-9]{6}[-+]?[0-9]{4}(?![\w])")


class Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.texts.append(self.format(record))


@pytest.fixture(params=["root", "sqlalchemy", "sqlalchemy.engine"])
def collector(request: pytest.FixtureRequest) -> Iterator[Collector]:
    """Everything logged, with the root logger at DEBUG and, in turn, SQLAlchemy's own loggers
    set to DEBUG as a developer hunting a bug would."""
    root = logging.getLogger()
    turned_on = logging.getLogger(request.param)
    levels = (root.level, turned_on.level)
    collector = Collector()
    root.addHandler(collector)
    root.setLevel(logging.DEBUG)
    turned_on.setLevel(logging.DEBUG)
    yield collector
    root.removeHandler(collector)
    root.setLevel(levels[0])
    turned_on.setLevel(levels[1])


def test_no_record_carries_an_identity_number_name_or_note(
    tmp_path: Path, collector: Collector
) -> None:
    clock = FixedClock(NOW)
    path = tmp_path / "ambassador.db"
    database, _report = open_database(path, tmp_path / "backups", clock.now())
    try:
        services = Services.build(database, clock)
        fields = participant_fields(
            first_name=FIRST, last_name=LAST, personal_identity_number=NUMBER
        )
        participant_id = services.participants.create(fields).participant.id
        placement_id = make_placement(services, participant_id, plan=every(7))
        services.follow_up.add_note(
            note_fields(participant_id, placement_id, NOW, text=f"Samtal om {MARKER} och skulder.")
        )
        with pytest.raises(ValidationError):
            services.participants.create(fields)
        with pytest.raises(StorageError), database.write() as uow:
            # Stored as twelve digits; the unique index refuses a second living record.
            uow.participants.add(replace(fields, personal_identity_number=FORMS[1]), NOW)
        reason = services.settings.list_labels(ListName.ENDING_REASONS)[0]
        services.placements.end(
            placement_id,
            Ending(ended_on=date(2026, 11, 20), outcome=Outcome.ENDED_EARLY, reason=reason),
        )
        assert services.participants.get(participant_id).last_name == LAST
        assert [r.hit.record_id for r in services.search.search(MARKER)]
        assert services.search.search(LAST)
    finally:
        database.dispose()

    assert collector.texts, "nothing was logged: the collector is not listening"
    for text in collector.texts:
        assert IDENTITY_NUMBER.search(text) is None, text[:200]
        for secret in (*FORMS, FIRST, LAST, MARKER):
            assert secret not in text, text[:200]
