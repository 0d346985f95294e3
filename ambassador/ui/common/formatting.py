"""Dates, times and statuses as a Swedish coordinator reads them: 2026-11-22, "tis 24 nov"."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale


def iso_date(day: date | None) -> str:
    return "" if day is None else day.isoformat()


def short_day(day: date) -> str:
    """Weekday and date in the current language, e.g. "tis 24 nov"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM").replace(".", "")


def day_and_time(moment: datetime) -> str:
    return f"{short_day(moment.date())} {moment:%H:%M}"


def iso_moment(moment: datetime) -> str:
    """A time as Swedes write it in a list: 2026-11-24 09:00."""
    return f"{moment.date().isoformat()} {moment:%H:%M}"


def percent(ratio: float | None) -> str:
    return "–" if ratio is None else f"{round(ratio * 100)} %"
