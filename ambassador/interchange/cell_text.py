"""A cell as the text the import reads, whichever kind of file it came from."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

# A row as a reader hands it on: its number as the spreadsheet shows it, each cell's text, the
# indexes of the cells that hold a formula (their text is the formula's), and of those that
# held a NUL byte.
RawRow = tuple[int, list[str], tuple[int, ...], tuple[int, ...]]

# Wider sheets are not coordinators' lists; the columns beyond are ignored.
MAX_COLUMNS = 200

# What a NUL byte in a cell is shown as: the row is refused, and a terminal or a table shows
# this where the byte was rather than nothing.
NUL_SHOWN_AS = "\ufffd"
# Our exporter prefixes "'" to a cell starting with one of these so no spreadsheet runs it.
_NEUTRALISED = ("=", "+", "-", "@", "\t", "\r")


def clean(text: str) -> str:
    text = text.strip()
    if len(text) > 1 and text[0] == "'" and text[1] in _NEUTRALISED:
        text = text[1:].strip()
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def value_text(value: object) -> str:
    """A typed cell value (a number, a date, a time, a truth value) as the text it reads as."""
    if value is None:
        return ""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, timedelta):
        minutes = round(value.total_seconds() / 60)
        sign = "-" if minutes < 0 else ""
        hours, minutes = divmod(abs(minutes), 60)
        return f"{sign}{hours}:{minutes:02d}"
    return clean(str(value))
