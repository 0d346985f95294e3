"""Helper of test_crash_safety.py: writers that work through the real services until killed.

Run as `python crash_child.py DATABASE PARTICIPANT_IDS EMPLOYER_IDS` (ids comma-separated).
It imports the program once, then for each line `go SEED` on stdin forks a writer and prints
`writer PID`; when that writer has died it prints `reaped PID STATUS`. Forking from one
prepared process spares each writer the half second of imports, so the test can afford many
kills; every writer still opens the database itself, as the program does after a crash.

A writer opens the file with `open_database`, builds `Services` on the system clock and loops
for ever: a note, a new placement (which generates its check-ins) or the ending of an open
placement (which closes its planned check-ins: missed up to the end, cancelled after it).
After each service call returns, that is after its commit, it prints one line saying what is
now committed:

    committed note NOTE_ID MARKER
    committed create PLACEMENT_ID CHECK_INS
    committed end PLACEMENT_ID ENDED_ON CLOSED

Each line is one write of less than PIPE_BUF bytes, so a kill never leaves half a line.
"""

from __future__ import annotations

import os
import random
import sys
import traceback
from datetime import timedelta
from pathlib import Path

from ambassador.domain.clock import SystemClock
from ambassador.domain.enums import ListName, Outcome, WithWhom
from ambassador.domain.followup import NoteFields
from ambassador.domain.placement import Ending, PlacementFields
from ambassador.domain.plan import FollowUpPlan
from ambassador.services.bundle import Services
from ambassador.storage.opening import open_database

NOTE_KIND = "Telefonsamtal"
PLACEMENT_TYPE = "Praktik"
# Daily check-ins make a placement of a few hundred rows: a long multi-row transaction.
CADENCES = (1, 3, 7, 14)


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def write_until_killed(
    path: Path, seed: int, participants: list[int], employers: list[int]
) -> None:
    clock = SystemClock()
    database, _report = open_database(path, path.parent / "backups", clock.now())
    services = Services.build(database, clock)
    rng = random.Random(seed)
    reasons = services.settings.list_labels(ListName.ENDING_REASONS)
    open_placements = [
        placement
        for participant_id in participants
        for placement in services.placements.of_participant(participant_id)
        if placement.ending is None
    ]
    for serial in range(10**9):
        today = clock.today()
        action = rng.random()
        if action < 0.4:
            marker = f"crashmarker{seed}x{serial}"
            participant_id = rng.choice(participants)
            saved_note = services.follow_up.add_note(
                NoteFields(
                    participant_id=participant_id,
                    placement_id=None,
                    occurred_at=clock.now(),
                    kind=NOTE_KIND,
                    with_whom=WithWhom.PARTICIPANT,
                    text=f"Anteckning {marker} om veckan.",
                )
            )
            _say(f"committed note {saved_note.note.id} {marker}")
        elif action < 0.7 or not open_placements:
            saved = services.placements.create(
                PlacementFields(
                    participant_id=rng.choice(participants),
                    employer_id=rng.choice(employers),
                    placement_type=PLACEMENT_TYPE,
                    start_date=today - timedelta(days=rng.randint(10, 60)),
                    planned_end_date=today + timedelta(days=rng.randint(30, 240)),
                    plan=FollowUpPlan.uniform(rng.choice(CADENCES), 14),
                )
            )
            open_placements.append(saved.placement)
            _say(f"committed create {saved.placement.id} {len(saved.changes.check_ins)}")
        else:
            placement = open_placements.pop(rng.randrange(len(open_placements)))
            outcome = rng.choice(list(Outcome))
            ending = Ending(
                ended_on=max(placement.start_date, today - timedelta(days=rng.randint(0, 5))),
                outcome=outcome,
                reason=rng.choice(reasons) if outcome is Outcome.ENDED_EARLY else "",
            )
            saved = services.placements.end(placement.id, ending)
            cancelled = len(saved.changes.check_ins)
            _say(f"committed end {placement.id} {ending.ended_on.isoformat()} {cancelled}")


def serve(path: Path, participants: list[int], employers: list[int]) -> None:
    for line in sys.stdin:
        command, seed = line.split()
        assert command == "go"
        sys.stdout.flush()  # or the writer would print the buffer a second time
        pid = os.fork()
        if pid == 0:
            try:
                write_until_killed(path, int(seed), participants, employers)
            except BaseException:
                traceback.print_exc()
                sys.stderr.flush()
                os._exit(1)
            os._exit(0)
        _say(f"writer {pid}")
        _pid, status = os.waitpid(pid, 0)
        _say(f"reaped {pid} {status}")


def _ids(text: str) -> list[int]:
    return [int(part) for part in text.split(",")]


if __name__ == "__main__":
    serve(Path(sys.argv[1]), _ids(sys.argv[2]), _ids(sys.argv[3]))
