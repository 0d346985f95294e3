"""All services over one database and clock, handed to the window and the command line.

Each service is made, and its module loaded, the first time it is asked for: the window's
start loads what the Översikt needs, not the imports, documents and reports behind the other
screens (a service's module brings its domain and its storage with it).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar, overload

from ambassador import paths
from ambassador.catalog import Catalogs
from ambassador.domain.clock import Clock
from ambassador.domain.messages import Translate
from ambassador.storage.database import Database

if TYPE_CHECKING:
    from ambassador.services.audit import AuditService
    from ambassador.services.backups import BackupService
    from ambassador.services.browse import BrowseService
    from ambassador.services.connection import ConnectionService
    from ambassador.services.documents import DocumentService
    from ambassador.services.drafts import DraftService
    from ambassador.services.employers import EmployerService
    from ambassador.services.encryption import EncryptionService
    from ambassador.services.exporting import ExportService
    from ambassador.services.followup import FollowUpService
    from ambassador.services.headline import HeadlineService
    from ambassador.services.importing import ImportService
    from ambassador.services.live import LiveService
    from ambassador.services.matching import MatchingService
    from ambassador.services.mentors import MentorService
    from ambassador.services.network import NetworkService
    from ambassador.services.outcome_checks import OutcomeCheckService
    from ambassador.services.overview import OverviewService
    from ambassador.services.participants import ParticipantService
    from ambassador.services.placements import PlacementService
    from ambassador.services.projects import ProjectService
    from ambassador.services.questionnaires import QuestionnaireService
    from ambassador.services.report_mappings import ReportMappingService, SentenceService
    from ambassador.services.retention import RetentionService
    from ambassador.services.search import SearchService
    from ambassador.services.selfcheck import SelfCheckService
    from ambassador.services.settings import SettingsService
    from ambassador.services.targets import TargetService
    from ambassador.services.trash import TrashService

S = TypeVar("S")


class _Service(Generic[S]):
    """A service made the first time it is asked for, then the same one every time, on any
    thread (slow work runs off the window's thread, and may be the first to ask)."""

    def __init__(self, make: Callable[[Services], S]) -> None:
        self._make = make
        self._name = make.__name__

    @overload
    def __get__(self, instance: None, owner: type[Services]) -> _Service[S]: ...

    @overload
    def __get__(self, instance: Services, owner: type[Services]) -> S: ...

    def __get__(self, instance: Services | None, owner: type[Services]) -> S | _Service[S]:
        if instance is None:
            return self
        with instance._making:
            made: S | None = instance.__dict__.get(self._name)
            if made is None:
                made = self._make(instance)
                instance.__dict__[self._name] = made  # later reads skip this descriptor
            return made


def _service(make: Callable[[Services], S]) -> _Service[S]:
    return _Service(make)


class Services:
    def __init__(
        self, database: Database, clock: Clock, catalogs: Callable[[str], Translate]
    ) -> None:
        self._database = database
        self.clock = clock  # the window's today and now, so tests can fix them
        self._catalogs = catalogs
        # One service made at a time; reentrant, for a service made with another (backups).
        self._making = threading.RLock()

    @classmethod
    def build(
        cls,
        database: Database,
        clock: Clock,
        catalogs: Callable[[str], Translate] | None = None,
    ) -> Services:
        """`catalogs` gives the documents' words in a language; by default the program's
        own translation files."""
        return cls(database, clock, catalogs or Catalogs(paths.translations_dir()))

    @_service
    def participants(self) -> ParticipantService:
        from ambassador.services.participants import ParticipantService

        return ParticipantService(self._database, self.clock)

    @_service
    def employers(self) -> EmployerService:
        from ambassador.services.employers import EmployerService

        return EmployerService(self._database, self.clock)

    @_service
    def placements(self) -> PlacementService:
        from ambassador.services.placements import PlacementService

        return PlacementService(self._database, self.clock)

    @_service
    def projects(self) -> ProjectService:
        from ambassador.services.projects import ProjectService

        return ProjectService(self._database, self.clock, self._catalogs)

    @_service
    def mentors(self) -> MentorService:
        from ambassador.services.mentors import MentorService

        return MentorService(self._database, self.clock)

    @_service
    def follow_up(self) -> FollowUpService:
        from ambassador.services.followup import FollowUpService

        return FollowUpService(self._database, self.clock)

    @_service
    def network(self) -> NetworkService:
        from ambassador.services.network import NetworkService

        return NetworkService(self._database, self.clock)

    @_service
    def overview(self) -> OverviewService:
        from ambassador.services.overview import OverviewService

        return OverviewService(self._database, self.clock)

    @_service
    def outcome_checks(self) -> OutcomeCheckService:
        from ambassador.services.outcome_checks import OutcomeCheckService

        return OutcomeCheckService(self._database, self.clock)

    @_service
    def search(self) -> SearchService:
        from ambassador.services.search import SearchService

        return SearchService(self._database)

    @_service
    def settings(self) -> SettingsService:
        from ambassador.services.settings import SettingsService

        return SettingsService(self._database, self.clock)

    @_service
    def trash(self) -> TrashService:
        from ambassador.services.trash import TrashService

        return TrashService(self._database, self.clock)

    @_service
    def browse(self) -> BrowseService:
        from ambassador.services.browse import BrowseService

        return BrowseService(self._database, self.clock)

    @_service
    def documents(self) -> DocumentService:
        from ambassador.services.documents import DocumentService

        return DocumentService(self._database, self.clock, self._catalogs)

    @_service
    def questionnaires(self) -> QuestionnaireService:
        from ambassador.services.questionnaires import QuestionnaireService

        return QuestionnaireService(self._database, self.clock, self._catalogs)

    @_service
    def backups(self) -> BackupService:
        from ambassador.services.backups import BackupService

        return BackupService(self._database, self.clock)

    @_service
    def retention(self) -> RetentionService:
        from ambassador.services.retention import RetentionService

        return RetentionService(self._database, self.clock, self.backups)

    @_service
    def encryption(self) -> EncryptionService:
        from ambassador.services.encryption import EncryptionService

        return EncryptionService(self._database, self.clock, self.backups)

    @_service
    def audit(self) -> AuditService:
        from ambassador.services.audit import AuditService

        return AuditService(self._database)

    @_service
    def imports(self) -> ImportService:
        from ambassador.services.importing import ImportService

        return ImportService(self._database, self.clock)

    @_service
    def exports(self) -> ExportService:
        from ambassador.services.exporting import ExportService

        return ExportService(self._database, self.clock, self._catalogs)

    @_service
    def matching(self) -> MatchingService:
        from ambassador.services.matching import MatchingService

        return MatchingService(self._database, self.clock)

    @_service
    def self_check(self) -> SelfCheckService:
        from ambassador.services.selfcheck import SelfCheckService

        return SelfCheckService(self._database, self.clock)

    @_service
    def report_mappings(self) -> ReportMappingService:
        from ambassador.services.report_mappings import ReportMappingService

        return ReportMappingService(self._database, self.clock)

    @_service
    def targets(self) -> TargetService:
        from ambassador.services.targets import TargetService

        return TargetService(self._database, self.clock)

    @_service
    def headline(self) -> HeadlineService:
        from ambassador.services.headline import HeadlineService

        return HeadlineService(self._database, self.clock)

    @_service
    def sentences(self) -> SentenceService:
        from ambassador.services.report_mappings import SentenceService

        return SentenceService(self._database)

    @_service
    def drafts(self) -> DraftService:
        from ambassador.services.drafts import DraftService

        return DraftService(self._database, self.clock)

    @_service
    def connection(self) -> ConnectionService:
        from ambassador.services.connection import ConnectionService

        return ConnectionService(self._database)

    @_service
    def live(self) -> LiveService:
        from ambassador.services.live import LiveService

        return LiveService(self._database)
