"""How each language writes numbers, shares, dates and times: the one rule the window, the
documents and the command line follow ("1 234,5", "67 %" and 2026-12-07 in Swedish; "1,234.5",
"67%" and 2026-12-07 in English; "1.234,5", "67 %", 07.12.2026 and "7. dec. 2026" in Danish)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from ambassador.domain.languages import DEFAULT_LANGUAGE

# Danish months as Danes abbreviate them in a date (Dansk Sprognævn; Qt's da_DK agrees).
DANISH_MONTHS = (
    "jan.",
    "feb.",
    "mar.",
    "apr.",
    "maj",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
)


@dataclass(frozen=True)
class Format:
    decimal_mark: str
    thousands: str
    # Between a number and its percent sign: a space that never breaks, or none.
    percent_space: str
    # The window's locale writes dates this way too (Qt's short date format of LOCALES).
    short_date: str  # strftime: in lists and date fields
    months: tuple[str, ...] | None  # a long date's month abbreviations; None: ISO
    day_mark: str  # after a day of the month: Danes write "7. dec.", Swedes "7 dec"
    tag: str  # the language of a document (BCP 47), for screen readers and hyphenation


FORMATS = {
    # The narrow no-break space (U+202F) groups thousands, as the Swedish Language Council asks.
    "sv": Format(",", "\u202f", "\u00a0", "%Y-%m-%d", None, "", "sv-SE"),
    # English keeps the dates as Swedes write them: the window is English (Sweden).
    "en": Format(".", ",", "", "%Y-%m-%d", None, "", "en"),
    "da": Format(",", ".", "\u00a0", "%d.%m.%Y", DANISH_MONTHS, ".", "da-DK"),
}


def format_of(language: str) -> Format:
    return FORMATS.get(language, FORMATS[DEFAULT_LANGUAGE])


def number(value: float, language: str, decimals: int = 0) -> str:
    """`value` with `decimals` decimals and the language's thousands separator and decimal
    mark: "1 234,5", "1,234.5", "1.234,5"."""
    rule = format_of(language)
    text = f"{value:,.{decimals}f}"
    return text.translate({ord(","): "\x00", ord("."): rule.decimal_mark}).replace(
        "\x00", rule.thousands
    )


def decimal(value: float, language: str, decimals: int = 1) -> str:
    """3,2 or 3.2; a whole number without decimals ("7", not "7,0")."""
    return number(value, language, 0 if float(value).is_integer() else decimals)


def whole_percent(rounded: int, language: str) -> str:
    """A whole percentage: "67 %" in Swedish and Danish (the space never breaks), "67%"."""
    return f"{number(rounded, language)}{format_of(language).percent_space}%"


def percent(ratio: float | None, language: str) -> str:
    """A share as a whole percentage; "–" for a share of nothing."""
    return "–" if ratio is None else whole_percent(round(ratio * 100), language)


def short_date(day: date | None, language: str) -> str:
    """A date in a list or a date field: 2026-12-07, or 07.12.2026 in Danish; "" for none."""
    return "" if day is None else day.strftime(format_of(language).short_date)


def long_date(day: date | None, language: str) -> str:
    """A date in running text and documents: 2026-12-07, or "7. dec. 2026" in Danish."""
    if day is None:
        return ""
    months = format_of(language).months
    if months is None:
        return day.isoformat()
    return f"{day_of_month(day.day, language)} {months[day.month - 1]} {day.year}"


def day_of_month(number: int, language: str) -> str:
    """The day in a date written with its month's name: "7" ("7 dec"), "7." in Danish."""
    return f"{number}{format_of(language).day_mark}"


def clock(at: datetime) -> str:
    """A time of day, 09:05, in every language (Danes also write 09.05; the colon is allowed
    and is what the time fields show)."""
    return f"{at:%H:%M}"


def short_moment(at: datetime, language: str) -> str:
    """A date and time in a list: 2026-12-07 09:05, 07.12.2026 09:05."""
    return f"{short_date(at.date(), language)} {clock(at)}"


def long_moment(at: datetime, language: str) -> str:
    """A date and time in a document: 2026-12-07 09:05, "7. dec. 2026 09:05"."""
    return f"{long_date(at.date(), language)} {clock(at)}"


def shown_params(params: Mapping[str, object], language: str) -> dict[str, object]:
    """A message's parameters as the reader reads them: a date or a time as running text
    writes it ("7. dec. 2026" in Danish), the rest as given. A message keeps dates as dates
    in its parameters, so each reader gets their own form."""
    return {name: _shown(value, language) for name, value in params.items()}


def _shown(value: object, language: str) -> object:
    if isinstance(value, datetime):
        return long_moment(value, language)
    if isinstance(value, date):
        return long_date(value, language)
    return value


def document_tag(language: str) -> str:
    return format_of(language).tag
