"""Use cases for the reporting maps (settings), and the outcome sentences of a period."""

from __future__ import annotations

from ambassador.domain.audit import AuditAction, AuditEntry
from ambassador.domain.clock import Clock
from ambassador.domain.enums import ListName, Outcome
from ambassador.domain.errors import RuleViolationError
from ambassador.domain.figures import Period
from ambassador.domain.messages import Translate
from ambassador.domain.outcome_check import FollowUpResult
from ambassador.domain.reporting_systems import (
    ReportingSystem,
    ReportMapping,
    SourceKind,
    clean_mappings,
    default_mappings,
)
from ambassador.domain.sentences import OutcomeSentences, outcome_sentences, write_sentences
from ambassador.services.changes import Changes
from ambassador.services.retrying import retried
from ambassador.services.settings import ADMINISTRATOR_ONLY
from ambassador.storage.database import Database
from ambassador.storage.unit_of_work import UnitOfWork

_KIND_ORDER = {kind: index for index, kind in enumerate(SourceKind)}


def _ordered(mappings: list[ReportMapping]) -> list[ReportMapping]:
    """Outcomes and results in the program's order, reasons in the table's: the order the
    settings table and the reports list them."""
    outcome_order = {o.value: i for i, o in enumerate(Outcome)}
    result_order = {r.value: i for i, r in enumerate(FollowUpResult)}

    def key(pair: tuple[int, ReportMapping]) -> tuple[int, int]:
        index, mapping = pair
        rank = {SourceKind.OUTCOME: outcome_order, SourceKind.AFTER_90: result_order}.get(
            mapping.kind, {}
        )
        return _KIND_ORDER[mapping.kind], rank.get(mapping.source, index)

    return [m for _i, m in sorted(enumerate(mappings), key=key)]


class ReportMappingService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def mappings(self, system: ReportingSystem) -> list[ReportMapping]:
        with self._db.read() as uow:
            return uow.report_mappings.of_system(system)

    def reasons(self) -> list[str]:
        """The active ending reasons: each gets a row in the editor, mapped or not."""
        with self._db.read() as uow:
            return uow.lists.labels(ListName.ENDING_REASONS)

    @retried
    def save(self, system: ReportingSystem, mappings: list[ReportMapping]) -> Changes:
        """Make `mappings` the system's table; an empty category leaves its source unmapped.
        Refused whole (ValidationError) when any row is wrong."""
        clean = _ordered(clean_mappings(system, mappings))
        with self._db.write() as uow:
            self._replace(uow, system, clean)
        return Changes(settings=True)

    @retried
    def reset(self, system: ReportingSystem) -> Changes:
        """The system's table as the program ships it."""
        with self._db.write() as uow:
            self._replace(uow, system, default_mappings(system))
        return Changes(settings=True)

    def _replace(
        self, uow: UnitOfWork, system: ReportingSystem, mappings: list[ReportMapping]
    ) -> None:
        if uow.report_mappings.of_system(system) == mappings:
            return
        if not uow.may_change_organisation_settings():  # said before the database refuses
            raise RuleViolationError(ADMINISTRATOR_ONLY)
        uow.report_mappings.replace(system, mappings)
        uow.audit.add(
            AuditEntry(
                self._clock.now(),
                AuditAction.SETTINGS,
                count=1,
                detail=f"report_mappings:{system.value}",
            )
        )


class SentenceService:
    """The period's outcome sentences, for the Rapporter screen and the command line."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def sentences(self, period: Period) -> OutcomeSentences:
        with self._db.read() as uow:
            return outcome_sentences(
                period,
                uow.overview.placement_facts(period),
                uow.overview.outcome_check_facts(period),
            )

    def text(self, period: Period, translate: Translate, language: str) -> list[str]:
        return write_sentences(self.sentences(period), translate, language)
