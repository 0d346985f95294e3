"""The home screen's and the reports' questions: what needs attention, and how it is going."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from ambassador.domain.clock import Clock
from ambassador.domain.figures import KeyFigures, Period
from ambassador.domain.network import follow_up_horizon
from ambassador.domain.overview import (
    ENDING_WITHIN_DAYS,
    FEEDBACK_AFTER_DAYS,
    FEEDBACK_AFTER_END_DAYS,
    FEEDBACK_EVERY_DAYS,
    Overview,
)
from ambassador.domain.settings import Settings
from ambassador.storage.database import Database


class OverviewService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def overview(self) -> Overview:
        """Everything the Översikt shows, read in one transaction so the lists agree."""
        now = self._clock.now()
        today = now.date()
        start_of_day = datetime.combine(today, time.min)
        tomorrow = start_of_day + timedelta(days=1)
        week_end = start_of_day + timedelta(days=7 - today.weekday())  # through Sunday
        with self._db.read() as uow:
            settings = Settings.from_strings(uow.settings.all())
            return Overview(
                today=today,
                today_check_ins=uow.overview.check_ins(start_of_day, tomorrow),
                week_check_ins=uow.overview.check_ins(tomorrow, week_end),
                overdue_check_ins=uow.overview.check_ins(None, min(now, start_of_day)),
                at_risk=uow.overview.at_risk_placements(today, settings.silent_after_days),
                ending_soon=uow.overview.ending_within(today, ENDING_WITHIN_DAYS),
                feedback_due=uow.overview.feedback_due(
                    today, FEEDBACK_AFTER_DAYS, FEEDBACK_EVERY_DAYS, FEEDBACK_AFTER_END_DAYS
                ),
                outcome_checks_due=uow.outcome_checks.due(today),
                key_figures=uow.overview.key_figures(Period.year_of(today)),
                empty_register=uow.is_empty(),
                decisions_ending=uow.overview.decisions_ending(
                    today, settings.renewal_warning_days
                ),
                employer_follow_ups=uow.network_contacts.follow_ups_due(follow_up_horizon(today)),
            )

    def key_figures(self, period: Period) -> KeyFigures:
        with self._db.read() as uow:
            return uow.overview.key_figures(period)
