"""The statistics report's figures for a period, read in one transaction."""

from __future__ import annotations

from datetime import date
from typing import Any

from ambassador.domain.documents import Letterhead
from ambassador.domain.figures import Period
from ambassador.storage.unit_of_work import UnitOfWork


def gather_statistics(uow: UnitOfWork, period: Period, letterhead: Letterhead, today: date) -> Any:
    raise NotImplementedError  # the statistics helper replaces this module
