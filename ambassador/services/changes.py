"""What a service call changed, so each open screen refreshes only if it concerns it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Changes:
    participants: frozenset[int] = field(default_factory=frozenset)
    employers: frozenset[int] = field(default_factory=frozenset)
    placements: frozenset[int] = field(default_factory=frozenset)
    notes: frozenset[int] = field(default_factory=frozenset)
    check_ins: frozenset[int] = field(default_factory=frozenset)
    feedback: frozenset[int] = field(default_factory=frozenset)
    outcome_checks: frozenset[int] = field(default_factory=frozenset)
    network_contacts: frozenset[int] = field(default_factory=frozenset)
    mentors: frozenset[int] = field(default_factory=frozenset)
    projects: frozenset[int] = field(default_factory=frozenset)
    settings: bool = False
    # The participants, employers and placements named changed only in what hangs on them
    # (a note, a check-in), not in their own fields: what counts those records (the key
    # figures, the lists by dates) stands.
    timelines_only: bool = False

    @property
    def records_changed(self) -> bool:
        """Whether a participant's, employer's or placement's own fields may have changed."""
        named = self.participants or self.employers or self.placements
        return bool(named) and not self.timelines_only

    def __or__(self, other: Changes) -> Changes:
        named = (
            self.participants
            or other.participants
            or self.employers
            or other.employers
            or self.placements
            or other.placements
        )
        return Changes(
            participants=self.participants | other.participants,
            employers=self.employers | other.employers,
            placements=self.placements | other.placements,
            notes=self.notes | other.notes,
            check_ins=self.check_ins | other.check_ins,
            feedback=self.feedback | other.feedback,
            outcome_checks=self.outcome_checks | other.outcome_checks,
            network_contacts=self.network_contacts | other.network_contacts,
            mentors=self.mentors | other.mentors,
            projects=self.projects | other.projects,
            settings=self.settings or other.settings,
            timelines_only=bool(named) and not (self.records_changed or other.records_changed),
        )

    @property
    def empty(self) -> bool:
        return replace(self, timelines_only=False) == Changes()


def ids(*values: int) -> frozenset[int]:
    return frozenset(values)
