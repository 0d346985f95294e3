"""What search everywhere returns: a record and the words around the match."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# Marks around the matched words inside a snippet; control characters no person can type.
MATCH_START = "\x02"
MATCH_END = "\x03"
# Matches are counted up to this many and no further: beyond it the window and the command
# line say "more than 1 000". Counting every match of a common word ("och" in most notes)
# visits each matching row on a server, tens of milliseconds a keystroke; CAP + 1 rows read
# answer "more than CAP" as surely, in a few.
COUNT_CAP = 1000


class HitKind(StrEnum):
    PARTICIPANT = "participant"
    EMPLOYER = "employer"
    NOTE = "note"


@dataclass(frozen=True)
class SearchHit:
    kind: HitKind
    record_id: int
    snippet: str  # matched words between MATCH_START and MATCH_END

    @property
    def plain_snippet(self) -> str:
        return self.snippet.replace(MATCH_START, "").replace(MATCH_END, "")
