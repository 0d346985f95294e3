"""What a screen may ask of the window: open a record elsewhere, announce a change."""

from __future__ import annotations

from typing import Protocol

from ambassador.services.changes import Changes


class Navigator(Protocol):
    def open_participant(self, participant_id: int) -> None: ...

    def open_employer(self, employer_id: int) -> None: ...

    def open_placement(self, placement_id: int, check_in_id: int | None = None) -> None: ...

    def publish(self, changes: Changes) -> None:
        """Tell every open screen what a service call changed."""
