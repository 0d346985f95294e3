"""Everything stored about one person, gathered for their access request."""

from __future__ import annotations

from datetime import datetime

from ambassador.domain.documents import Letterhead, RegisterExtract
from ambassador.storage.unit_of_work import UnitOfWork


def gather_register_extract(
    uow: UnitOfWork, participant_id: int, letterhead: Letterhead, now: datetime
) -> RegisterExtract:
    raise NotImplementedError
