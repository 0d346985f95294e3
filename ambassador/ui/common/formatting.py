"""Dates, times, numbers and sizes as the window's reader reads them, by the rules of
domain/formats.py that the documents follow too: dates as Swedes write them in Swedish and
English (2026-11-22, "tis 24 nov"), as Danes do in Danish (22.11.2026, "tir 24 nov"); numbers
in the window's language ("3,2 av 5", "3.2 of 5", "3,2 af 5"). Every number the window shows
goes through here."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ambassador.domain import formats
from ambassador.ui.i18n import current_language


def iso_date(day: date | None) -> str:
    """A date as a file's name or a sort key holds it, whatever the language: 2026-11-22."""
    return "" if day is None else day.isoformat()


def shown_date(day: date | None) -> str:
    """A date in a list, a detail or a date field: 2026-11-22, or 22.11.2026 in Danish."""
    return _short_date(day, current_language())


# A list page shows a few hundred dates, most of them the same few hundred days again, and
# strftime is slow next to a look-up.
_short_date = lru_cache(maxsize=4096)(formats.short_date)


def shown_moment(moment: datetime) -> str:
    """A date and time in a list: 2026-11-24 09:00, or 24.11.2026 09:00 in Danish."""
    return formats.short_moment(moment, current_language())


def long_date(day: date | None) -> str:
    """A date in running text, as the documents write it: 2026-11-22, "22. nov. 2026"."""
    return formats.long_date(day, current_language())


def long_moment(moment: datetime) -> str:
    """A date and time in running text: 2026-11-24 09:00, "24. nov. 2026 09:00"."""
    return formats.long_moment(moment, current_language())


def short_day(day: date) -> str:
    """Weekday and date in the current language, e.g. "tis 24 nov", "tirs. 24. nov."."""
    return _short_day(day, current_language())


# Qt's own formatting of a weekday and month name takes a millisecond or more a call, and a
# list page shows the same few days again and again.
@lru_cache(maxsize=1024)
def _short_day(day: date, language: str) -> str:
    qdate = QDate(day.year, day.month, day.day)
    if language == "da":  # as Danes write it: "tirs. 24. nov."
        return QLocale().toString(qdate, "ddd d. MMM")
    return QLocale().toString(qdate, "ddd d MMM").replace(".", "")


def day_of_month(number: int) -> str:
    """A day before its month's name: "7" ("7 dec"), "7." in Danish ("7. dec")."""
    return formats.day_of_month(number, current_language())


def day_and_time(moment: datetime) -> str:
    return f"{short_day(moment.date())} {moment:%H:%M}"


def number_locale() -> QLocale:
    """The locale whose decimal mark the window's language uses, for Qt's own formatting (a
    file's size): 966,7 kB in Swedish and Danish, 966.7 kB in English.

    Not the default locale: in the English window that is English (Sweden), which keeps the
    dates Swedish but would write numbers the Swedish way too ("966,7 kB").
    """
    language = current_language()
    if language == "sv":
        return QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    if language == "da":
        return QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def whole(value: int) -> str:
    """A count with the language's thousands separator: "1 234", "1,234", "1.234"."""
    return formats.number(value, current_language())


def number(value: float, decimals: int) -> str:
    """`value` with exactly `decimals` decimals: "2,0", "2.0"."""
    return formats.number(value, current_language(), decimals)


def editable_number(value: float) -> str:
    """A number as a field shows it to be edited: its digits, no thousands separator, the
    language's decimal mark ("37,5", "37.5"); the forms read either mark."""
    return f"{value:g}".replace(".", formats.format_of(current_language()).decimal_mark)


def decimal(value: float, decimals: int = 1) -> str:
    """3,2 in Swedish and Danish, 3.2 in English; a whole number without decimals ("7")."""
    return formats.decimal(value, current_language(), decimals)


def percent(ratio: float | None) -> str:
    """A share as the language writes it: "67 %" in Swedish and Danish (the space never
    breaks), "67%" in English; "–" for a share of nothing."""
    return formats.percent(ratio, current_language())


def data_size(size: int) -> str:
    """A file's size: "966,7 kB" in Swedish, "966.7 kB" in English."""
    return number_locale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def rating(mean: float) -> str:
    """An average rating on the 1–5 scale, saying the scale: "3,2 av 5", "3.2 of 5"."""
    return QCoreApplication.translate("Formatting", "%1 of 5").replace("%1", decimal(mean))
