"""Printing: gather what a document may show, render it, write the file and log the export.

The file and its line in the export log are one transaction (services.files).
ReportLab is imported only when the first document is rendered, so opening the window
does not pay for it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ambassador.domain import documents
from ambassador.domain.clock import Clock
from ambassador.domain.documents import Letterhead
from ambassador.domain.enums import ConsentScope
from ambassador.domain.figures import Period
from ambassador.domain.messages import QT_TRANSLATE_NOOP, Translate
from ambassador.domain.placement import Placement
from ambassador.domain.reporting_systems import ReportingSystem
from ambassador.domain.settings import Settings
from ambassador.domain.subsidy import MentorTerms, mentor_terms
from ambassador.services.files import WrittenDocument, write_logged
from ambassador.services.participants import get_participant
from ambassador.services.placements import get_placement
from ambassador.services.register_extract import gather_register_extract
from ambassador.services.statistics_report import gather_statistics
from ambassador.storage.database import Database
from ambassador.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from ambassador.reporting.words import Words

# The file names offered when saving, in the reader's language.
SUMMARY_FILE = QT_TRANSLATE_NOOP("Documents", "follow-up-placement-{id}.pdf")
AGREEMENT_FILE = QT_TRANSLATE_NOOP("Documents", "agreement-placement-{id}.pdf")
EXTRACT_FILE = QT_TRANSLATE_NOOP("Documents", "register-extract-participant-{id}.pdf")
STATISTICS_FILE = QT_TRANSLATE_NOOP("Documents", "statistics-{start}-{end}.pdf")


class DocumentService:
    def __init__(
        self, database: Database, clock: Clock, catalogs: Callable[[str], Translate]
    ) -> None:
        self._db = database
        self._clock = clock
        self._catalogs = catalogs

    def summary_consented(self, placement_id: int) -> bool:
        """The person has agreed that their follow-up summary may go to this employer."""
        with self._db.read() as uow:
            placement = get_placement(uow, placement_id)
            return documents.consent_in_force(
                uow.participants.consents(placement.participant_id),
                ConsentScope.SHARE_SUMMARY_WITH_EMPLOYER,
                placement.employer_id,
                self._clock.today(),
            )

    def write_summary(
        self, placement_id: int, path: Path, language: str | None = None
    ) -> WrittenDocument:
        from ambassador.reporting.summary import render_summary

        with self._db.read() as uow:
            summary = self._summary(uow, placement_id)
            words = self._words(uow, language)
        pdf = render_summary(summary, words)
        return self._write(documents.SUMMARY, "placement", placement_id, path, pdf)

    def write_active_summaries(
        self, folder: Path, language: str | None = None
    ) -> list[WrittenDocument]:
        """One summary per active placement, each written and logged on its own, so a full
        disk halfway keeps (and logs) the ones already written."""
        from ambassador.reporting.summary import render_summary

        today = self._clock.today()
        with self._db.read() as uow:
            words = self._words(uow, language)
            ids = uow.placements.active_ids(today)
        written: list[WrittenDocument] = []
        for placement_id in ids:
            with self._db.read() as uow:
                summary = self._summary(uow, placement_id)
            name = words(SUMMARY_FILE, id=placement_id)
            pdf = render_summary(summary, words)
            written.append(
                self._write(documents.SUMMARY, "placement", placement_id, folder / name, pdf)
            )
        return written

    def write_agreement(
        self, placement_id: int, path: Path, language: str | None = None
    ) -> WrittenDocument:
        from ambassador.reporting.agreement import render_agreement

        with self._db.read() as uow:
            terms = self._terms(uow, placement_id)
            agreement = documents.placement_agreement(
                self._letterhead(uow),
                terms,
                uow.check_ins.of_placement(placement_id),
                self._clock.now(),
            )
            words = self._words(uow, language)
        pdf = render_agreement(agreement, words)
        return self._write(documents.AGREEMENT, "placement", placement_id, path, pdf)

    def write_register_extract(
        self, participant_id: int, path: Path, language: str | None = None
    ) -> WrittenDocument:
        from ambassador.reporting.extract import render_extract

        with self._db.read() as uow:
            extract = gather_register_extract(
                uow, participant_id, self._letterhead(uow), self._clock.now()
            )
            words = self._words(uow, language)
        pdf = render_extract(extract, words)
        return self._write(documents.EXTRACT, "participant", participant_id, path, pdf)

    def write_statistics(
        self,
        period: Period,
        path: Path,
        language: str | None = None,
        system: ReportingSystem | None = None,
    ) -> WrittenDocument:
        """`system` adds the endings in that outside system's categories."""
        from ambassador.reporting.statistics import render_statistics

        with self._db.read() as uow:
            report = gather_statistics(
                uow, period, self._letterhead(uow), self._clock.today(), system
            )
            words = self._words(uow, language)
        pdf = render_statistics(report, words)
        return self._write(documents.STATISTICS, "", None, path, pdf)

    # Gathering ------------------------------------------------------------------------------

    def _terms(self, uow: UnitOfWork, placement_id: int) -> documents.PlacementTerms:
        placement = get_placement(uow, placement_id)
        participant = get_participant(uow, placement.participant_id)
        employer = uow.employers.get(placement.employer_id, include_deleted=True)
        assert employer is not None  # a placement's employer cannot be purged before it
        supervisor = (
            None
            if placement.supervisor_id is None
            else uow.employers.contact(placement.supervisor_id)
        )
        return documents.placement_terms(
            placement,
            participant,
            employer,
            supervisor,
            uow.participants.consents(participant.id),
            self._clock.today(),
            uow.employer_tasks.of_employer(employer.id) if placement.task_ids else (),
            self._mentor(uow, placement),
        )

    @staticmethod
    def _mentor(uow: UnitOfWork, placement: Placement) -> MentorTerms | None:
        mentor = None if placement.mentor_id is None else uow.mentors.get(placement.mentor_id)
        if mentor is None:
            return None
        where = None if mentor.employer_id is None else uow.employers.get(mentor.employer_id)
        return mentor_terms(placement, mentor, "" if where is None else where.name)

    def _summary(self, uow: UnitOfWork, placement_id: int) -> documents.EmployerSummary:
        # The timeline read as the detail pane reads it, plain rows: a busy placement's
        # hundreds of notes and check-ins need no ORM objects, and nothing here is written
        # back. What the employer may see is still decided by employer_summary alone.
        return documents.employer_summary(
            self._letterhead(uow),
            self._terms(uow, placement_id),
            uow.detail.notes_of_placement(placement_id),
            uow.detail.check_ins_of([placement_id]),
            uow.detail.feedback_of([placement_id]),
            self._clock.now(),
        )

    @staticmethod
    def _letterhead(uow: UnitOfWork) -> Letterhead:
        return Letterhead.from_settings(Settings.from_strings(uow.settings.all()))

    def _words(self, uow: UnitOfWork, language: str | None) -> Words:
        from ambassador.reporting.words import Words

        chosen = language or Settings.from_strings(uow.settings.all()).language
        return Words(self._catalogs(chosen), chosen, uow.lists.names(chosen))

    def _write(
        self, kind: str, subject_kind: str, subject_id: int | None, path: Path, pdf: bytes
    ) -> WrittenDocument:
        return write_logged(
            self._db,
            self._clock,
            kind=kind,
            subject_kind=subject_kind,
            subject_ids=[] if subject_id is None else [subject_id],
            path=path,
            write=pdf,
        )
