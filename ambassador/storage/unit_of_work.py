"""One transaction's view of the store: every repository over the same session."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar, overload

from ambassador.domain.team import Identity
from ambassador.storage import search_index
from ambassador.storage.registry import organisation_country
from ambassador.storage.search_results import NamedHit, name_hits
from ambassador.storage.signed_in import may_change_organisation_settings, may_purge_logs
from ambassador.storage.staff import read_identity

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ambassador.storage.audit import AuditRepository
    from ambassador.storage.browse_queries import BrowseQueries
    from ambassador.storage.bulk import BulkLoader
    from ambassador.storage.change_log import ChangeLogRepository
    from ambassador.storage.detail_queries import DetailQueries
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
    from ambassador.storage.registry import ExportLogRepository, ListRepository, SettingsRepository
    from ambassador.storage.report_mappings import ReportMappingRepository
    from ambassador.storage.retention import RetentionQueries
    from ambassador.storage.selfcheck_queries import SelfCheckQueries
    from ambassador.storage.staff import StaffRepository
    from ambassador.storage.targets import FieldBalanceRepository, TargetRepository
    from ambassador.storage.team_statistics import TeamStatisticsQueries
    from ambassador.storage.trash import TrashRepository
    from ambassador.storage.type_plans import TypePlanRepository

R = TypeVar("R")


class _Repository(Generic[R]):
    """A repository made, with its module, the first time a unit of work is asked for it:
    opening the window loads only what the Översikt reads, and a transaction builds only
    the repositories it uses. A unit of work belongs to one transaction on one thread."""

    def __init__(self, make: Callable[[UnitOfWork], R]) -> None:
        self._make = make
        self._name = make.__name__

    @overload
    def __get__(self, instance: None, owner: type[UnitOfWork]) -> _Repository[R]: ...

    @overload
    def __get__(self, instance: UnitOfWork, owner: type[UnitOfWork]) -> R: ...

    def __get__(self, instance: UnitOfWork | None, owner: type[UnitOfWork]) -> R | _Repository[R]:
        if instance is None:
            return self
        made = self._make(instance)
        instance.__dict__[self._name] = made  # later reads find it without this descriptor
        return made


def _repository(make: Callable[[UnitOfWork], R]) -> _Repository[R]:
    return _Repository(make)


class UnitOfWork:
    def __init__(self, session: Session) -> None:
        self._session = session

    @_repository
    def participants(self) -> ParticipantRepository:
        from ambassador.storage.people import ParticipantRepository

        return ParticipantRepository(self._session)

    @_repository
    def employers(self) -> EmployerRepository:
        from ambassador.storage.people import EmployerRepository

        return EmployerRepository(self._session)

    @_repository
    def employer_tasks(self) -> EmployerTaskRepository:
        from ambassador.storage.employer_tasks import EmployerTaskRepository

        return EmployerTaskRepository(self._session)

    @_repository
    def placements(self) -> PlacementRepository:
        from ambassador.storage.placements import PlacementRepository

        return PlacementRepository(self._session)

    @_repository
    def projects(self) -> ProjectRepository:
        from ambassador.storage.projects import ProjectRepository

        return ProjectRepository(self._session)

    @_repository
    def mentors(self) -> MentorRepository:
        from ambassador.storage.mentors import MentorRepository

        return MentorRepository(self._session)

    @_repository
    def placement_terms(self) -> PlacementTermsRepository:
        from ambassador.storage.placement_terms import PlacementTermsRepository

        return PlacementTermsRepository(self._session)

    @_repository
    def type_plans(self) -> TypePlanRepository:
        from ambassador.storage.type_plans import TypePlanRepository

        return TypePlanRepository(self._session)

    @_repository
    def notes(self) -> NoteRepository:
        from ambassador.storage.followup import NoteRepository

        return NoteRepository(self._session)

    @_repository
    def network_contacts(self) -> NetworkContactRepository:
        from ambassador.storage.network import NetworkContactRepository

        return NetworkContactRepository(self._session)

    @_repository
    def check_ins(self) -> CheckInRepository:
        from ambassador.storage.followup import CheckInRepository

        return CheckInRepository(self._session)

    @_repository
    def feedback(self) -> FeedbackRepository:
        from ambassador.storage.followup import FeedbackRepository

        return FeedbackRepository(self._session)

    @_repository
    def questionnaires(self) -> QuestionnaireRepository:
        from ambassador.storage.questionnaires import QuestionnaireRepository

        return QuestionnaireRepository(self._session)

    @_repository
    def drafts(self) -> DraftRepository:
        from ambassador.storage.drafts import DraftRepository

        return DraftRepository(self._session)

    @_repository
    def settings(self) -> SettingsRepository:
        from ambassador.storage.registry import SettingsRepository

        return SettingsRepository(self._session)

    @_repository
    def lists(self) -> ListRepository:
        from ambassador.storage.registry import ListRepository

        return ListRepository(self._session)

    @_repository
    def report_mappings(self) -> ReportMappingRepository:
        from ambassador.storage.report_mappings import ReportMappingRepository

        return ReportMappingRepository(self._session)

    @_repository
    def targets(self) -> TargetRepository:
        from ambassador.storage.targets import TargetRepository

        return TargetRepository(self._session)

    @_repository
    def field_balances(self) -> FieldBalanceRepository:
        from ambassador.storage.targets import FieldBalanceRepository

        return FieldBalanceRepository(self._session)

    @_repository
    def headline(self) -> HeadlineQueries:
        from ambassador.storage.headline_queries import HeadlineQueries

        return HeadlineQueries(self._session)

    @_repository
    def export_log(self) -> ExportLogRepository:
        from ambassador.storage.registry import ExportLogRepository

        return ExportLogRepository(self._session)

    @_repository
    def audit(self) -> AuditRepository:
        from ambassador.storage.audit import AuditRepository

        return AuditRepository(self._session)

    @_repository
    def change_log(self) -> ChangeLogRepository:
        from ambassador.storage.change_log import ChangeLogRepository

        return ChangeLogRepository(self._session)

    @_repository
    def overview(self) -> OverviewQueries:
        from ambassador.storage.overview_queries import OverviewQueries

        return OverviewQueries(self._session)

    @_repository
    def outcome_checks(self) -> OutcomeCheckRepository:
        from ambassador.storage.outcome_checks import OutcomeCheckRepository

        return OutcomeCheckRepository(self._session)

    @_repository
    def browse(self) -> BrowseQueries:
        from ambassador.storage.browse_queries import BrowseQueries

        return BrowseQueries(self._session)

    @_repository
    def detail(self) -> DetailQueries:
        from ambassador.storage.detail_queries import DetailQueries

        return DetailQueries(self._session)

    @_repository
    def trash(self) -> TrashRepository:
        from ambassador.storage.trash import TrashRepository

        return TrashRepository(self._session)

    @_repository
    def retention(self) -> RetentionQueries:
        from ambassador.storage.retention import RetentionQueries

        return RetentionQueries(self._session)

    @_repository
    def self_check(self) -> SelfCheckQueries:
        from ambassador.storage.selfcheck_queries import SelfCheckQueries

        return SelfCheckQueries(self._session)

    @_repository
    def team_statistics(self) -> TeamStatisticsQueries:
        from ambassador.storage.team_statistics import TeamStatisticsQueries

        return TeamStatisticsQueries(self._session)

    @_repository
    def bulk(self) -> BulkLoader:
        from ambassador.storage.bulk import BulkLoader

        return BulkLoader(self._session)

    @_repository
    def staff(self) -> StaffRepository:
        from ambassador.storage.staff import StaffRepository

        return StaffRepository(self._session)

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
