"""All services over one database and clock, handed to the window and the command line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ambassador import paths
from ambassador.catalog import Catalogs
from ambassador.domain.clock import Clock
from ambassador.domain.messages import Translate
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
from ambassador.storage.database import Database


@dataclass(frozen=True)
class Services:
    participants: ParticipantService
    employers: EmployerService
    placements: PlacementService
    projects: ProjectService
    mentors: MentorService
    follow_up: FollowUpService
    network: NetworkService
    overview: OverviewService
    outcome_checks: OutcomeCheckService
    search: SearchService
    settings: SettingsService
    trash: TrashService
    browse: BrowseService
    documents: DocumentService
    questionnaires: QuestionnaireService
    backups: BackupService
    retention: RetentionService
    encryption: EncryptionService
    audit: AuditService
    imports: ImportService
    exports: ExportService
    matching: MatchingService
    self_check: SelfCheckService
    report_mappings: ReportMappingService
    targets: TargetService
    headline: HeadlineService
    sentences: SentenceService
    drafts: DraftService
    connection: ConnectionService
    live: LiveService  # other people's changes on a server, as they are saved
    clock: Clock  # the window's today and now, so tests can fix them

    @classmethod
    def build(
        cls,
        database: Database,
        clock: Clock,
        catalogs: Callable[[str], Translate] | None = None,
    ) -> Services:
        """`catalogs` gives the documents' words in a language; by default the program's
        own translation files."""
        backups = BackupService(database, clock)
        catalogs = catalogs or Catalogs(paths.translations_dir())
        return cls(
            participants=ParticipantService(database, clock),
            employers=EmployerService(database, clock),
            placements=PlacementService(database, clock),
            projects=ProjectService(database, clock, catalogs),
            mentors=MentorService(database, clock),
            follow_up=FollowUpService(database, clock),
            network=NetworkService(database, clock),
            overview=OverviewService(database, clock),
            outcome_checks=OutcomeCheckService(database, clock),
            search=SearchService(database),
            settings=SettingsService(database, clock),
            trash=TrashService(database, clock),
            browse=BrowseService(database, clock),
            documents=DocumentService(database, clock, catalogs),
            questionnaires=QuestionnaireService(database, clock, catalogs),
            backups=backups,
            retention=RetentionService(database, clock, backups),
            encryption=EncryptionService(database, clock, backups),
            audit=AuditService(database),
            imports=ImportService(database, clock),
            exports=ExportService(database, clock, catalogs),
            matching=MatchingService(database, clock),
            self_check=SelfCheckService(database, clock),
            report_mappings=ReportMappingService(database, clock),
            targets=TargetService(database, clock),
            headline=HeadlineService(database, clock),
            sentences=SentenceService(database),
            drafts=DraftService(database, clock),
            connection=ConnectionService(database),
            live=LiveService(database),
            clock=clock,
        )
