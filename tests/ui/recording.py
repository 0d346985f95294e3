"""A Navigator for screen tests that records what the screen asked of the window."""

from __future__ import annotations

from ambassador.services.changes import Changes


class RecordingNavigator:
    def __init__(self) -> None:
        self.calls: list[tuple[object, ...]] = []  # every request, in order
        self.opened: list[tuple[int, int | None]] = []  # placements opened, with check-in
        self.published: list[Changes] = []

    def open_participant(self, participant_id: int) -> None:
        self.calls.append(("participant", participant_id))

    def open_employer(self, employer_id: int) -> None:
        self.calls.append(("employer", employer_id))

    def open_placement(self, placement_id: int, check_in_id: int | None = None) -> None:
        self.calls.append(("placement", placement_id, check_in_id))
        self.opened.append((placement_id, check_in_id))

    def publish(self, changes: Changes) -> None:
        self.calls.append(("publish", changes))
        self.published.append(changes)
