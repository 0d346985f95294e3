"""The printed questionnaires: their codes, and which came back as feedback."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ambassador.domain.enums import Respondent
from ambassador.domain.figures import Period
from ambassador.domain.questionnaire import Questionnaire, QuestionnaireFact
from ambassador.storage.alive import alive_placements
from ambassador.storage.mapping import to_domain
from ambassador.storage.rows import (
    FeedbackRow,
    PlacementRow,
    QuestionnaireRow,
)

# A clash is one in five million per code drawn; ten in a row means the draw is broken.
CODE_ATTEMPTS = 10


def _questionnaire(row: QuestionnaireRow) -> Questionnaire:
    return to_domain(Questionnaire, row)


class QuestionnaireRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(
        self,
        placement_id: int,
        respondent: Respondent,
        sent_on: date,
        now: datetime,
        new_code: Callable[[], str],
    ) -> Questionnaire:
        """A questionnaire under a code no other has: drawn again while it is taken."""
        for _attempt in range(CODE_ATTEMPTS):
            code = new_code()
            if self.by_code(code) is None:
                break
        else:
            raise RuntimeError("no free questionnaire code in ten draws")
        row = QuestionnaireRow(
            code=code,
            placement_id=placement_id,
            respondent=respondent.value,
            sent_on=sent_on,
            created_at=now,
        )
        self._session.add(row)
        self._session.flush()
        return _questionnaire(row)

    def by_code(self, code: str) -> Questionnaire | None:
        row = self._session.scalars(
            select(QuestionnaireRow).where(QuestionnaireRow.code == code)
        ).first()
        return None if row is None else _questionnaire(row)

    def of_placement(self, placement_id: int) -> list[Questionnaire]:
        query = (
            select(QuestionnaireRow)
            .where(QuestionnaireRow.placement_id == placement_id)
            .order_by(QuestionnaireRow.sent_on, QuestionnaireRow.id)
        )
        return [_questionnaire(row) for row in self._session.scalars(query)]

    def mark_answered(self, questionnaire_id: int, answered_on: date, feedback_id: int) -> None:
        row = self._session.get_one(QuestionnaireRow, questionnaire_id)
        row.answered_on = answered_on
        row.feedback_id = feedback_id
        self._session.flush()

    def facts(self, period: Period) -> list[QuestionnaireFact]:
        """The questionnaires sent in the period, of placements, people and employers not in
        the trash; a trashed answer's rating is not counted."""
        query = (
            alive_placements(
                QuestionnaireRow.respondent,
                QuestionnaireRow.sent_on,
                QuestionnaireRow.answered_on,
                FeedbackRow.felt_supported,
            )
            .join(QuestionnaireRow, QuestionnaireRow.placement_id == PlacementRow.id)
            .outerjoin(
                FeedbackRow,
                (FeedbackRow.id == QuestionnaireRow.feedback_id) & FeedbackRow.deleted_at.is_(None),
            )
            .where(
                QuestionnaireRow.sent_on >= period.start,
                QuestionnaireRow.sent_on <= period.end,
            )
        )
        return [
            QuestionnaireFact(Respondent(who), sent_on, answered_on is not None, supported)
            for who, sent_on, answered_on, supported in self._session.execute(query)
        ]
