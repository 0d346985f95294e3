"""One transaction's view of the store: every repository over the same session."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ambassador.domain.team import Identity
from ambassador.storage import search_index
from ambassador.storage.audit import AuditRepository
from ambassador.storage.browse_queries import BrowseQueries
from ambassador.storage.bulk import BulkLoader
from ambassador.storage.change_log import ChangeLogRepository
from ambassador.storage.drafts import DraftRepository
from ambassador.storage.employer_tasks import EmployerTaskRepository
from ambassador.storage.followup import CheckInRepository, FeedbackRepository, NoteRepository
from ambassador.storage.headline_queries import HeadlineQueries
from ambassador.storage.mentors import MentorRepository
from ambassador.storage.network import NetworkContactRepository
from ambassador.storage.outcome_checks import OutcomeCheckRepository
from ambassador.storage.overview_queries import OverviewQueries
from ambassador.storage.people import EmployerRepository, ParticipantRepository
from ambassador.storage.placement_terms import PlacementTermsRepository
from ambassador.storage.placements import PlacementRepository
from ambassador.storage.projects import ProjectRepository
from ambassador.storage.questionnaires import QuestionnaireRepository
from ambassador.storage.registry import (
    ExportLogRepository,
    ListRepository,
    SettingsRepository,
    organisation_country,
)
from ambassador.storage.report_mappings import ReportMappingRepository
from ambassador.storage.retention import RetentionQueries
from ambassador.storage.search_results import NamedHit, name_hits
from ambassador.storage.selfcheck_queries import SelfCheckQueries
from ambassador.storage.signed_in import may_change_organisation_settings, may_purge_logs
from ambassador.storage.staff import StaffRepository, read_identity
from ambassador.storage.targets import FieldBalanceRepository, TargetRepository
from ambassador.storage.team_statistics import TeamStatisticsQueries
from ambassador.storage.trash import TrashRepository
from ambassador.storage.type_plans import TypePlanRepository


class UnitOfWork:
    def __init__(self, session: Session) -> None:
        self.participants = ParticipantRepository(session)
        self.employers = EmployerRepository(session)
        self.employer_tasks = EmployerTaskRepository(session)
        self.placements = PlacementRepository(session)
        self.projects = ProjectRepository(session)
        self.mentors = MentorRepository(session)
        self.placement_terms = PlacementTermsRepository(session)
        self.type_plans = TypePlanRepository(session)
        self.notes = NoteRepository(session)
        self.network_contacts = NetworkContactRepository(session)
        self.check_ins = CheckInRepository(session)
        self.feedback = FeedbackRepository(session)
        self.questionnaires = QuestionnaireRepository(session)
        self.drafts = DraftRepository(session)
        self.settings = SettingsRepository(session)
        self.lists = ListRepository(session)
        self.report_mappings = ReportMappingRepository(session)
        self.targets = TargetRepository(session)
        self.field_balances = FieldBalanceRepository(session)
        self.headline = HeadlineQueries(session)
        self.export_log = ExportLogRepository(session)
        self.audit = AuditRepository(session)
        self.change_log = ChangeLogRepository(session)
        self.overview = OverviewQueries(session)
        self.outcome_checks = OutcomeCheckRepository(session)
        self.browse = BrowseQueries(session)
        self.trash = TrashRepository(session)
        self.retention = RetentionQueries(session)
        self.self_check = SelfCheckQueries(session)
        self.team_statistics = TeamStatisticsQueries(session)
        self.bulk = BulkLoader(session)
        self.staff = StaffRepository(session)
        self._session = session

    def country(self) -> str:
        """The organisation's country, read once in this unit of work: names sort in its
        alphabetical order."""
        return organisation_country(self._session)

    def may_change_organisation_settings(self) -> bool:
        """Whether the database lets the signed-in user change the organisation's settings
        and lists (a server's administrator; anyone on a file)."""
        return may_change_organisation_settings(self._session)

    def may_purge_logs(self) -> bool:
        """Whether the database lets the signed-in user remove old log entries."""
        return may_purge_logs(self._session)

    def identity(self) -> Identity:
        """Who is signed in to the server: the staff row of the session's user (a file's one
        person is services/connection.py's to name)."""
        return read_identity(self._session)

    def is_empty(self) -> bool:
        """No participants, employers or placements, trashed or not."""
        return self.participants.count(include_deleted=True) == 0 and not self.employers.any()

    def optimize_search_index(self) -> None:
        search_index.optimize(self._session.connection())

    def search(self, user_text: str, limit: int = 50) -> list[NamedHit]:
        """Up to `limit` names, then up to `limit` notes, newest first: one query finds them
        and at most three name them."""
        hits = search_index.search(self._session.connection(), user_text, limit, self.country())
        return name_hits(self._session, hits)

    def search_counts(self, user_text: str, most: int) -> tuple[int, int]:
        """How many names and how many notes match, shown or not, each counted up to `most`."""
        return search_index.count(self._session.connection(), user_text, most)
