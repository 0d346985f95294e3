"""The printed questionnaire: issuing and printing one for a placement, keying its answers
back in by code, and the period's response figures."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ambassador.domain.clock import Clock
from ambassador.domain.documents import Letterhead
from ambassador.domain.enums import Respondent
from ambassador.domain.errors import ValidationError
from ambassador.domain.figures import Period
from ambassador.domain.followup import Feedback
from ambassador.domain.messages import QT_TRANSLATE_NOOP, Translate
from ambassador.domain.placement import Placement
from ambassador.domain.questionnaire import (
    ALREADY_ANSWERED,
    DOCUMENT_KIND,
    UNKNOWN_CODE,
    Draw,
    Questionnaire,
    QuestionnaireAnswers,
    QuestionnaireSheet,
    ResponseFigures,
    answers_to_feedback,
    compute_response_figures,
    display_code,
    new_code,
    normalise_code,
)
from ambassador.domain.settings import Settings
from ambassador.services.changes import Changes, ids
from ambassador.services.files import WrittenDocument, write_atomically
from ambassador.services.participants import get_participant
from ambassador.services.placements import get_placement
from ambassador.services.retrying import retried
from ambassador.storage.database import Database
from ambassador.storage.unit_of_work import UnitOfWork

QUESTIONNAIRE = DOCUMENT_KIND
# The file name offered when saving, in the reader's language.
QUESTIONNAIRE_FILE = {
    Respondent.EMPLOYER: QT_TRANSLATE_NOOP(
        "Documents", "questionnaire-employer-placement-{id}.pdf"
    ),
    Respondent.PARTICIPANT: QT_TRANSLATE_NOOP(
        "Documents", "questionnaire-participant-placement-{id}.pdf"
    ),
}


@dataclass(frozen=True)
class QuestionnaireInfo:
    """Whose questionnaire a code is, for the person keying its answers in."""

    questionnaire: Questionnaire
    participant_name: str
    employer_name: str
    supervisor_name: str


@dataclass(frozen=True)
class IssuedQuestionnaire:
    questionnaire: Questionnaire
    written: WrittenDocument


@dataclass(frozen=True)
class AnswersSaved:
    questionnaire: Questionnaire
    feedback: Feedback
    changes: Changes


class QuestionnaireService:
    def __init__(
        self,
        database: Database,
        clock: Clock,
        catalogs: Callable[[str], Translate],
        draw: Draw = secrets.randbelow,
    ) -> None:
        """`draw` picks the codes' characters; tests pass a fixed sequence."""
        self._db = database
        self._clock = clock
        self._catalogs = catalogs
        self._draw = draw

    # Issuing and printing ---------------------------------------------------------------

    @retried
    def write(
        self, placement_id: int, respondent: Respondent, path: Path, language: str | None = None
    ) -> IssuedQuestionnaire:
        """Issue a questionnaire and print it to `path`: the questionnaire, the file and its
        line in the export log are one transaction, so a file that cannot be written leaves
        no questionnaire counted as sent. Printed again the same day before any answer, it
        keeps its code rather than counting as sent twice."""
        from ambassador.reporting.questionnaire import render_questionnaire
        from ambassador.reporting.words import Words

        today = self._clock.today()
        now = self._clock.now()
        written = False
        try:
            with self._db.write() as uow:
                placement = get_placement(uow, placement_id)
                participant, employer, supervisor = self._who(uow, placement)
                questionnaire = self._issue(uow, placement_id, respondent, today)
                sheet = QuestionnaireSheet(
                    code=questionnaire.code,
                    respondent=respondent,
                    participant_name=participant,
                    employer_name=employer,
                    supervisor_name=supervisor,
                    start_date=placement.start_date,
                    planned_end_date=placement.planned_end_date,
                )
                settings = Settings.from_strings(uow.settings.all())
                chosen = language or settings.language
                words = Words(self._catalogs(chosen), chosen, uow.lists.names(chosen))
                pdf = render_questionnaire(sheet, Letterhead.from_settings(settings), words, today)
                uow.export_log.add(
                    kind=QUESTIONNAIRE,
                    subject_kind="placement",
                    subject_ids=[placement_id],
                    file_path=str(path),
                    row_count=1,
                    now=now,
                )
                write_atomically(path, pdf)
                written = True
        except Exception:
            if written:  # the transaction could not be committed: no unlogged file may stay
                path.unlink(missing_ok=True)
            raise
        document = WrittenDocument(QUESTIONNAIRE, path, path.stat().st_size, placement_id)
        return IssuedQuestionnaire(questionnaire, document)

    def of_placement(self, placement_id: int) -> list[Questionnaire]:
        with self._db.read() as uow:
            return uow.questionnaires.of_placement(placement_id)

    def _issue(
        self, uow: UnitOfWork, placement_id: int, respondent: Respondent, today: date
    ) -> Questionnaire:
        for earlier in uow.questionnaires.of_placement(placement_id):
            if (
                earlier.respondent is respondent
                and earlier.sent_on == today
                and earlier.answered_on is None
            ):
                return earlier
        return uow.questionnaires.add(
            placement_id,
            respondent,
            today,
            self._clock.now(),
            lambda: new_code(self._draw),
        )

    @staticmethod
    def _who(uow: UnitOfWork, placement: Placement) -> tuple[str, str, str]:
        """The participant's, employer's and supervisor's names: nothing else of the person."""
        participant = get_participant(uow, placement.participant_id)
        employer = uow.employers.get(placement.employer_id, include_deleted=True)
        supervisor = (
            None
            if placement.supervisor_id is None
            else uow.employers.contact(placement.supervisor_id)
        )
        return (
            participant.full_name,
            employer.name if employer is not None else "",
            supervisor.name if supervisor is not None else "",
        )

    # Keying the answers in --------------------------------------------------------------

    def find(self, typed_code: str) -> QuestionnaireInfo:
        """The questionnaire a typed code names. Raises ValidationError (field "code") when
        the code is malformed, mistyped or unknown."""
        code = normalise_code(typed_code)
        with self._db.read() as uow:
            questionnaire = self._known(uow, code)
            placement = get_placement(uow, questionnaire.placement_id)
            participant, employer, supervisor = self._who(uow, placement)
        return QuestionnaireInfo(questionnaire, participant, employer, supervisor)

    @retried
    def enter_answers(self, typed_code: str, answers: QuestionnaireAnswers) -> AnswersSaved:
        """Record the answers as the placement's feedback and mark the questionnaire answered,
        in one transaction; a refusal (ValidationError) changes nothing."""
        code = normalise_code(typed_code)
        with self._db.write() as uow:
            questionnaire = self._known(uow, code)
            if questionnaire.answered_on is not None:
                raise ValidationError.single(
                    "code",
                    ALREADY_ANSWERED,
                    code=display_code(code),
                    day=questionnaire.answered_on,
                )
            placement = get_placement(uow, questionnaire.placement_id)
            fields = answers_to_feedback(
                questionnaire, answers, self._clock.today(), placement.supervisor_id
            )
            feedback = uow.feedback.add(fields, self._clock.now())
            uow.questionnaires.mark_answered(questionnaire.id, fields.given_on, feedback.id)
            answered = uow.questionnaires.by_code(code)
            assert answered is not None
        changes = Changes(
            placements=ids(placement.id),
            employers=ids(placement.employer_id),
            feedback=ids(feedback.id),
        )
        return AnswersSaved(answered, feedback, changes)

    @staticmethod
    def _known(uow: UnitOfWork, code: str) -> Questionnaire:
        questionnaire = uow.questionnaires.by_code(code)
        if questionnaire is None:
            raise ValidationError.single("code", UNKNOWN_CODE, code=display_code(code))
        return questionnaire

    # Figures ----------------------------------------------------------------------------

    def figures(self, period: Period) -> tuple[ResponseFigures, ResponseFigures]:
        """The employers' response figures for the period, then the participants'."""
        with self._db.read() as uow:
            return compute_response_figures(period, uow.questionnaires.facts(period))
