"""The home screen's questions as SQL: each one query, sized by what is shown, not by history."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, extract, func, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from ambassador.domain.enums import CheckInStatus, Gender, Outcome, Respondent, Sector
from ambassador.domain.figures import (
    SUPPORTED_AT_LEAST,
    FeedbackFact,
    KeyFigures,
    Period,
    PlacementFact,
    Share,
    Split,
)
from ambassador.domain.outcome_check import FollowUpResult, OutcomeCheckFact
from ambassador.domain.overview import (
    RISK_NOTES_WITHIN_DAYS,
    AtRiskPlacement,
    CheckInItem,
    DecisionEnding,
    EndingPlacement,
    FeedbackDue,
    rank_at_risk,
    silence_threshold,
)
from ambassador.domain.sorting import sort_key
from ambassador.storage.alive import active_between
from ambassador.storage.alive import alive_placements as _alive_placements
from ambassador.storage.registry import organisation_country
from ambassador.storage.rows import (
    CheckInRow,
    EmployerRow,
    FeedbackRow,
    NoteRow,
    OutcomeCheckRow,
    ParticipantRow,
    PlacementRow,
)

_PARTICIPANT_NAME = ParticipantRow.first_name + " " + ParticipantRow.last_name


def _active_on(today: date) -> Any:
    return and_(
        PlacementRow.ended_on.is_(None),
        PlacementRow.paused.is_(False),
        PlacementRow.start_date <= today,
    )


def _active_in(period: Period) -> Any:
    """Placements going on at some time in the period."""
    return active_between(period.start, period.end)


def _count_of(condition: ColumnElement[bool]) -> Any:
    """How many rows of the group meet `condition` (a portable conditional count)."""
    return func.sum(case((condition, 1), else_=0))


_WORK_OR_EDUCATION = [outcome.value for outcome in Outcome if outcome.is_work_or_education]
# The felt-supported shares of key figures read without their answers (key_figures_by_year).
_UNREAD_ANSWERS = Share(Split(), Split())


class OverviewQueries:
    def __init__(self, session: Session) -> None:
        self._session = session

    def check_ins(
        self,
        start: datetime | None,
        end: datetime,
        status: CheckInStatus | None = CheckInStatus.PLANNED,
        open_placements_only: bool = True,
    ) -> list[CheckInItem]:
        """Check-ins with `start <= scheduled_at < end` (no lower bound when start is None),
        in `status` or, when it is None, in any status."""
        query = _alive_placements(
            CheckInRow.id,
            CheckInRow.placement_id,
            _PARTICIPANT_NAME,
            EmployerRow.name,
            CheckInRow.scheduled_at,
            CheckInRow.kind,
            CheckInRow.status,
            ParticipantRow.first_name,
            PlacementRow.ended_on,
        ).join(CheckInRow, CheckInRow.placement_id == PlacementRow.id)
        query = query.where(CheckInRow.scheduled_at < end)
        if status is not None:
            query = query.where(CheckInRow.status == status.value)
        if start is not None:
            query = query.where(CheckInRow.scheduled_at >= start)
        query = query.order_by(CheckInRow.scheduled_at, CheckInRow.id)
        # The open placements kept here, not in SQL: given `ended_on IS NULL`, SQLite walks
        # every open placement's past check-ins (ix_placements_open first) for the overdue
        # ones, instead of the few planned ones before today (ix_check_ins_status_scheduled).
        return [
            CheckInItem(cid, pid, name, employer, at, kind, CheckInStatus(st), first)
            for cid, pid, name, employer, at, kind, st, first, ended in self._session.execute(query)
            if ended is None or not open_placements_only
        ]

    def at_risk_placements(
        self, today: date, default_days: int, among: Collection[int] | None = None
    ) -> list[AtRiskPlacement]:
        """Active placements silent up to their phase's threshold (`default_days` without a
        plan) or with a note flagged for drop-out risk in the last RISK_NOTES_WITHIN_DAYS,
        ranked (domain/overview.py): one query, one row per active placement; `among`: of
        those placements alone (a note's, whose standing alone it may change)."""
        flags_since = datetime.combine(today - timedelta(days=RISK_NOTES_WITHIN_DAYS), time.min)
        flagged = (
            select(func.count())
            .select_from(NoteRow)
            .where(
                NoteRow.placement_id == PlacementRow.id,
                NoteRow.deleted_at.is_(None),
                NoteRow.occurred_at >= flags_since,
                NoteRow.dropout_risk.is_(True),
            )
            .scalar_subquery()
        )
        query = _alive_placements(
            PlacementRow.id,
            _PARTICIPANT_NAME,
            EmployerRow.name,
            PlacementRow.start_date,
            PlacementRow.follow_up_plan,
            PlacementRow.last_contact,  # its latest note's moment, kept with the notes (0014)
            flagged,
        ).where(_active_on(today))
        if among is not None:
            query = query.where(PlacementRow.id.in_(sorted(among)))
        result: list[AtRiskPlacement] = []
        for pid, name, employer, start, plan, last, flags in self._session.execute(query):
            last_day = parse_day(last)
            reference = last_day if last_day is not None else start
            threshold, phase = silence_threshold(plan, start, today, default_days)
            result.append(
                AtRiskPlacement(
                    pid,
                    name,
                    employer,
                    last_day,
                    (today - reference).days,
                    threshold,
                    phase,
                    flags,
                )
            )
        return rank_at_risk(result, organisation_country(self._session))

    def placements_of_notes(self, note_ids: Collection[int]) -> set[int]:
        """The placements the notes are on, in the trash or not (a note on the person alone
        is on none)."""
        query = select(NoteRow.placement_id).where(
            NoteRow.id.in_(sorted(note_ids)), NoteRow.placement_id.is_not(None)
        )
        return {placement_id for placement_id in self._session.scalars(query) if placement_id}

    def ending_within(self, today: date, days: int) -> list[EndingPlacement]:
        query = (
            _alive_placements(
                PlacementRow.id, _PARTICIPANT_NAME, EmployerRow.name, PlacementRow.planned_end_date
            )
            .where(
                PlacementRow.ended_on.is_(None),
                PlacementRow.planned_end_date >= today,
                PlacementRow.planned_end_date <= today + timedelta(days=days),
            )
            .order_by(PlacementRow.planned_end_date, PlacementRow.id)
        )
        return [EndingPlacement(*row) for row in self._session.execute(query)]

    def decisions_ending(self, today: date, days: int) -> list[DecisionEnding]:
        """Placements going on (planned, running or paused) whose subsidy decision ends within
        `days` or has ended, soonest first; not one whose planned end the decision covers
        (it ends with the decision: no renewal to apply for) unless it runs on past that
        planned end."""
        query = (
            _alive_placements(
                PlacementRow.id,
                _PARTICIPANT_NAME,
                EmployerRow.name,
                PlacementRow.subsidy_type,
                PlacementRow.decision_end,
            )
            .where(
                PlacementRow.ended_on.is_(None),
                PlacementRow.decision_end <= today + timedelta(days=days),
                or_(
                    PlacementRow.planned_end_date.is_(None),
                    PlacementRow.planned_end_date > PlacementRow.decision_end,
                    PlacementRow.planned_end_date < today,
                ),
            )
            .order_by(PlacementRow.decision_end, PlacementRow.id)
        )
        return [DecisionEnding(*row) for row in self._session.execute(query)]

    def feedback_due(
        self, today: date, after_days: int, every_days: int, after_end_days: int
    ) -> list[FeedbackDue]:
        """Placements running at least `after_days`, or ended within `after_end_days`, with no
        employer feedback in the last `every_days` (for an ended one: since its end)."""
        last_feedback = (
            select(func.max(FeedbackRow.given_on))
            .where(
                FeedbackRow.placement_id == PlacementRow.id,
                FeedbackRow.respondent == Respondent.EMPLOYER.value,
                FeedbackRow.deleted_at.is_(None),
            )
            .scalar_subquery()
        )
        started_by = today - timedelta(days=after_days)
        placements = _alive_placements(
            PlacementRow.id,
            _PARTICIPANT_NAME,
            EmployerRow.name,
            PlacementRow.start_date,
            PlacementRow.ended_on,
            last_feedback,
        )
        # The running and the recently ended apart, each a range of ix_placements_open: as
        # one OR, or with the start in the second too, a planner may walk every placement
        # started before the day instead (ix_placements_start_date); the few recently ended
        # have their start checked below.
        query = union_all(
            placements.where(
                PlacementRow.ended_on.is_(None),
                PlacementRow.paused.is_(False),
                PlacementRow.start_date <= started_by,
            ),
            placements.where(PlacementRow.ended_on >= today - timedelta(days=after_end_days)),
        )
        result: list[FeedbackDue] = []
        for pid, name, employer, start, ended_on, last in self._session.execute(query):
            if start > started_by:
                continue
            last_day = parse_day(last)
            if ended_on is not None:
                due = last_day is None or last_day < ended_on - timedelta(days=every_days)
            else:
                due = last_day is None or last_day <= today - timedelta(days=every_days)
            if due:
                result.append(FeedbackDue(pid, name, employer, last_day))
        country = organisation_country(self._session)
        result.sort(
            key=lambda item: (
                item.last_feedback or date.min,
                sort_key(item.participant_name, country),
                item.placement_id,  # the union's rows come in no set order on a server
            )
        )
        return result

    def key_figures(self, period: Period) -> KeyFigures:
        """The period's key figures as aggregates: the rules of domain/figures.py's
        compute_key_figures, counted by the database in three queries of a few rows each
        instead of a fact per placement and per answer (tests hold the two to the same
        numbers)."""
        ended_in = and_(PlacementRow.ended_on >= period.start, PlacementRow.ended_on <= period.end)
        early = and_(ended_in, PlacementRow.outcome == Outcome.ENDED_EARLY.value)
        into_work = and_(ended_in, PlacementRow.outcome.in_(_WORK_OR_EDUCATION))
        placements = (
            _alive_placements(
                ParticipantRow.gender,
                func.count(),
                _count_of(PlacementRow.start_date >= period.start),
                _count_of(ended_in),
                _count_of(into_work),
                _count_of(early),
            )
            .where(_active_in(period))
            .group_by(ParticipantRow.gender)
        )
        active: dict[Gender, int] = {}
        started: dict[Gender, int] = {}
        ended: dict[Gender, int] = {}
        worked: dict[Gender, int] = {}
        ended_early: dict[Gender, int] = {}
        for gender, *counts in self._session.execute(placements):
            for into, count in zip(
                (active, started, ended, worked, ended_early), counts, strict=True
            ):
                if count:
                    into[Gender(gender)] = int(count)
        reason = func.coalesce(PlacementRow.ending_reason, "")
        reasons = (
            _alive_placements(reason, func.count())
            .where(_active_in(period), early)
            .group_by(reason)
            .order_by(func.count().desc(), reason)
        )
        named = {text: int(n) for text, n in self._session.execute(reasons)}
        return self._figures(period, (active, started, ended, worked, ended_early), named)

    def _figures(
        self,
        period: Period,
        splits: tuple[dict[Gender, int], ...],
        early_reasons: dict[str, int],
        answers: bool = True,
    ) -> KeyFigures:
        """A period's key figures from its counts by gender (active, started, ended, into
        work or education, ended early), its early endings' reasons and, with `answers`, its
        answers (else the shares of those who felt supported are left empty, unread)."""
        active, started, ended, worked, ended_early = splits
        employers, participants = (
            self._felt_supported(period) if answers else (_UNREAD_ANSWERS, _UNREAD_ANSWERS)
        )
        return KeyFigures(
            period=period,
            started=Split(started),
            active=Split(active),
            ended=Split(ended),
            into_work_or_education=Share(Split(worked), Split(ended)),
            ended_early=Split(ended_early),
            early_reasons=early_reasons,
            employers_felt_supported=employers,
            participants_felt_supported=participants,
        )

    def key_figures_by_year(
        self, first: int, last: int, *, answers: bool = True
    ) -> dict[int, KeyFigures]:
        """Each calendar year's key figures from `first` to `last` (a trend's), the rules of
        key_figures for each year: the placements' counts and the early endings' reasons in one
        pass over the placements of all those years, not a pass per year (tests hold each year
        to key_figures). Without `answers`, the shares of those who felt supported are left
        empty: a trend of another measure reads no answer (a query a year, ~0.1 s each on ten
        times a decade's register)."""
        years = [Period(date(year, 1, 1), date(year, 12, 31)) for year in range(first, last + 1)]
        if not years:
            return {}
        span = Period(years[0].start, years[-1].end)

        def ended_in(period: Period) -> Any:
            # A placement ended in a period was active in it (it ended on or after its start).
            return and_(PlacementRow.ended_on >= period.start, PlacementRow.ended_on <= period.end)

        def early(period: Period) -> Any:
            return and_(ended_in(period), PlacementRow.outcome == Outcome.ENDED_EARLY.value)

        # Counted by start year, end year and outcome (a few hundred groups at most), each
        # year's figures summed from those: one pass, no expression per year and row.
        started_year = extract("year", PlacementRow.start_date)
        ended_year = extract("year", PlacementRow.ended_on)
        placements = (
            _alive_placements(
                ParticipantRow.gender, started_year, ended_year, PlacementRow.outcome, func.count()
            )
            .where(_active_in(span))
            .group_by(ParticipantRow.gender, started_year, ended_year, PlacementRow.outcome)
        )
        # Per year: active, started, ended, into work or education, ended early.
        splits: list[list[dict[Gender, int]]] = [[{} for _ in range(5)] for _ in years]
        for gender_value, started_in, ended_in_year, outcome, count in self._session.execute(
            placements
        ):
            gender = Gender(gender_value)
            into_work = outcome in _WORK_OR_EDUCATION
            gone_early = outcome == Outcome.ENDED_EARLY.value
            for index, period in enumerate(years):
                year = period.start.year
                if int(started_in) > year or (
                    ended_in_year is not None and int(ended_in_year) < year
                ):
                    continue
                shown = splits[index]
                shown[0][gender] = shown[0].get(gender, 0) + count
                if int(started_in) == year:
                    shown[1][gender] = shown[1].get(gender, 0) + count
                if ended_in_year is not None and int(ended_in_year) == year:
                    shown[2][gender] = shown[2].get(gender, 0) + count
                    if into_work:
                        shown[3][gender] = shown[3].get(gender, 0) + count
                    if gone_early:
                        shown[4][gender] = shown[4].get(gender, 0) + count
        reason = func.coalesce(PlacementRow.ending_reason, "")
        reasons = (
            _alive_placements(reason, *(_count_of(early(period)) for period in years))
            .where(ended_in(span), PlacementRow.outcome == Outcome.ENDED_EARLY.value)
            .group_by(reason)
            .order_by(reason)
        )
        early_reasons: list[list[tuple[str, int]]] = [[] for _ in years]
        for text, *row in self._session.execute(reasons):
            for index, count in enumerate(row):
                if count:
                    early_reasons[index].append((text, int(count)))
        result: dict[int, KeyFigures] = {}
        for period, counts, named in zip(years, splits, early_reasons, strict=True):
            # The answers a year apart: each year's latest answer is its own (a per-row
            # question of the later answers, as fast per year as for all the years at once).
            # The reasons most first, then as the database orders them (as key_figures
            # does): the sort is stable.
            result[period.start.year] = self._figures(
                period,
                tuple(counts),
                dict(sorted(named, key=lambda item: -item[1])),
                answers,
            )
        return result

    def _felt_supported(self, period: Period) -> tuple[Share, Share]:
        """Employers' and participants' shares: of each placement's latest answer in the
        period that rated the support (on the same day, the one recorded last), those of
        SUPPORTED_AT_LEAST or more."""
        later = aliased(FeedbackRow)
        superseded = exists().where(
            later.placement_id == FeedbackRow.placement_id,
            later.respondent == FeedbackRow.respondent,
            later.deleted_at.is_(None),
            later.felt_supported.is_not(None),
            later.given_on <= period.end,
            or_(
                later.given_on > FeedbackRow.given_on,
                and_(later.given_on == FeedbackRow.given_on, later.id > FeedbackRow.id),
            ),
        )
        query = (
            _alive_placements(
                FeedbackRow.respondent,
                ParticipantRow.gender,
                func.count(),
                _count_of(FeedbackRow.felt_supported >= SUPPORTED_AT_LEAST),
            )
            .join(FeedbackRow, FeedbackRow.placement_id == PlacementRow.id)
            .where(
                FeedbackRow.deleted_at.is_(None),
                FeedbackRow.felt_supported.is_not(None),
                FeedbackRow.given_on >= period.start,
                FeedbackRow.given_on <= period.end,
                ~superseded,
            )
            .group_by(FeedbackRow.respondent, ParticipantRow.gender)
        )
        answered: dict[Respondent, dict[Gender, int]] = {who: {} for who in Respondent}
        supported: dict[Respondent, dict[Gender, int]] = {who: {} for who in Respondent}
        for who, gender, answers, yes in self._session.execute(query):
            answered[Respondent(who)][Gender(gender)] = int(answers)
            if yes:
                supported[Respondent(who)][Gender(gender)] = int(yes)
        shares = {who: Share(Split(supported[who]), Split(answered[who])) for who in Respondent}
        return shares[Respondent.EMPLOYER], shares[Respondent.PARTICIPANT]

    def placement_facts(self, period: Period) -> list[PlacementFact]:
        query = _alive_placements(
            PlacementRow.id,
            ParticipantRow.gender,
            PlacementRow.start_date,
            PlacementRow.ended_on,
            PlacementRow.outcome,
            PlacementRow.ending_reason,
            PlacementRow.placement_type,
            ParticipantRow.referral_source,
            EmployerRow.sector,
            PlacementRow.employer_id,
        ).where(_active_in(period))
        # In their ids' order, SQLite walks the placements themselves instead of its start
        # index (which finds nearly every one started by a recent end, each looked up).
        query = query.order_by(PlacementRow.id)
        return [
            PlacementFact(
                pid,
                Gender(gender),
                start,
                ended,
                None if outcome is None else Outcome(outcome),
                reason,
                placement_type,
                referral_source,
                Sector(sector),
                employer_id,
            )
            for (
                pid,
                gender,
                start,
                ended,
                outcome,
                reason,
                placement_type,
                referral_source,
                sector,
                employer_id,
            ) in self._session.execute(query)
        ]

    def feedback_facts(self, period: Period) -> list[FeedbackFact]:
        query = (
            _alive_placements(
                FeedbackRow.placement_id,
                ParticipantRow.gender,
                FeedbackRow.respondent,
                FeedbackRow.given_on,
                FeedbackRow.felt_supported,
            )
            .join(FeedbackRow, FeedbackRow.placement_id == PlacementRow.id)
            .where(
                FeedbackRow.deleted_at.is_(None),
                FeedbackRow.given_on >= period.start,
                FeedbackRow.given_on <= period.end,
            )
        )
        return [
            FeedbackFact(pid, Gender(gender), Respondent(who), given, supported)
            for pid, gender, who, given, supported in self._session.execute(query)
        ]

    def outcome_check_facts(self, period: Period) -> list[OutcomeCheckFact]:
        """The outcome checks of the placements that ended in the period (none in the trash)."""
        query = (
            _alive_placements(
                OutcomeCheckRow.placement_id,
                ParticipantRow.gender,
                PlacementRow.ended_on,
                PlacementRow.outcome,
                OutcomeCheckRow.due_on,
                OutcomeCheckRow.result,
                OutcomeCheckRow.recorded_on,
            )
            .join(OutcomeCheckRow, OutcomeCheckRow.placement_id == PlacementRow.id)
            .where(
                PlacementRow.ended_on >= period.start,
                PlacementRow.ended_on <= period.end,
                PlacementRow.outcome.is_not(None),
            )
            .order_by(OutcomeCheckRow.placement_id)
        )
        return [
            OutcomeCheckFact(
                pid,
                Gender(gender),
                ended,
                Outcome(outcome),
                due,
                None if result is None else FollowUpResult(result),
                recorded,
            )
            for pid, gender, ended, outcome, due, result, recorded in self._session.execute(query)
        ]


def parse_day(value: object) -> date | None:
    """Aggregates over date columns come back from SQLite as text; normalise to a date."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
