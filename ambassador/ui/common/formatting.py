"""Dates, times, numbers and sizes as the window's reader reads them: dates as Swedes write
them in either language (2026-11-22, "tis 24 nov"), numbers in the window's language ("3,2 av
5" in Swedish, "3.2 of 5" in English). Every number the window shows goes through here."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ambassador.ui.i18n import current_language


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


def number_locale() -> QLocale:
    """How the window's language writes numbers: 1 234,5 in Swedish, 1,234.5 in English.

    Not the default locale: in the English window that is English (Sweden), which keeps the
    dates Swedish but would write numbers the Swedish way too ("966,7 kB").
    """
    if current_language() == "sv":
        return QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def whole(value: int) -> str:
    """A count with the language's thousands separator: "1 234", "1,234"."""
    return number_locale().toString(value)


def decimal(value: float, decimals: int = 1) -> str:
    """3,2 in Swedish, 3.2 in English; a whole number without decimals ("7", not "7,0")."""
    if float(value).is_integer():
        decimals = 0
    return number_locale().toString(float(value), "f", decimals)


def percent(ratio: float | None) -> str:
    """A share as the language writes it: "67 %" in Swedish (the space never breaks), "67%"
    in English; "–" for a share of nothing."""
    if ratio is None:
        return "–"
    rounded = round(ratio * 100)
    return f"{whole(rounded)}\u00a0%" if current_language() == "sv" else f"{whole(rounded)}%"


def data_size(size: int) -> str:
    """A file's size: "966,7 kB" in Swedish, "966.7 kB" in English."""
    return number_locale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def rating(mean: float) -> str:
    """An average rating on the 1–5 scale, saying the scale: "3,2 av 5", "3.2 of 5"."""
    return QCoreApplication.translate("Formatting", "%1 of 5").replace("%1", decimal(mean))
