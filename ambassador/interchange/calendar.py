"""Check-ins as an iCalendar file that Outlook subscribes to or imports, updates and cancels."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard
from icalendar.prop import vText

PRODUCT_ID = "-//Ambassador//Ambassador//SV"
# What a person typed must stay on its line: controls (C0, DEL, C1, so also NEL), the Unicode
# line and paragraph separators, and halves of surrogate pairs, which UTF-8 cannot encode.
_LINE_BREAKING = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class CalendarEvent:
    uid: str  # stable per check-in, so a calendar updates the event instead of adding one
    title: str  # neutral: the caller decides what a synced calendar may show
    start: datetime  # naive local wall time in the calendar's time zone
    duration: timedelta
    sequence: int  # grows with each change, so Outlook takes the newer version
    cancelled: bool = False
    location: str = ""


def calendar_bytes(
    events: Iterable[CalendarEvent],
    *,
    name: str,
    stamp: datetime,
    time_zone: str = "Europe/Stockholm",
) -> bytes:
    """One VEVENT per event, in local time with the zone's VTIMEZONE; a naive stamp is read
    as wall time in the zone.

    Cancelled events stay in the file as CANCELLED: left out, a calendar that took the
    earlier file would keep them.
    """
    zone = ZoneInfo(time_zone)
    stamp_utc = (stamp if stamp.tzinfo else stamp.replace(tzinfo=zone)).astimezone(UTC)
    events = list(events)
    calendar = Calendar()
    calendar.add("PRODID", PRODUCT_ID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    calendar.add("X-WR-CALNAME", _one_line(name))
    calendar.add("X-WR-TIMEZONE", time_zone)
    if events:
        first = min(event.start for event in events)
        last = max(event.start + event.duration for event in events)
        # A year either side, so every event has an onset before it to go by.
        calendar.add_component(_time_zone(zone, time_zone, first.year - 1, last.year + 1))
    for event in events:
        calendar.add_component(_event(event, zone, stamp_utc))
    data: bytes = calendar.to_ical()
    return data


class _OneLine(vText):
    """Typed text escaped as RFC 5545 says and no more. icalendar's own escaping also reads a
    typed backslash followed by N as a line break (its shorthand), so "C:\\Nytt" would reach
    Outlook on two lines."""

    def to_ical(self) -> bytes:
        escaped = self.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        return escaped.encode("utf-8")


def _one_line(text: str) -> str:
    """The text with no way to start a line or a property: breaks and runs of space as one."""
    # A byte-order mark shows nothing, and icalendar drops one that starts a value.
    return " ".join(_LINE_BREAKING.sub(" ", text).replace("\ufeff", "").split())


def _event(event: CalendarEvent, zone: ZoneInfo, stamp: datetime) -> Event:
    component = Event()
    component.add("UID", event.uid)
    component.add("DTSTAMP", stamp)
    component.add("DTSTART", event.start.replace(tzinfo=zone))
    component.add("DTEND", (event.start + event.duration).replace(tzinfo=zone))
    component.add("SEQUENCE", event.sequence)
    component.add("SUMMARY", _OneLine(_one_line(event.title)))
    location = _one_line(event.location)
    if location:
        component.add("LOCATION", _OneLine(location))
    component.add("STATUS", "CANCELLED" if event.cancelled else "CONFIRMED")
    component.add("TRANSP", "OPAQUE")
    return component


@dataclass(frozen=True)
class _Onset:
    local: datetime  # wall time before the change, as a VTIMEZONE's DTSTART counts it
    offset_from: timedelta
    offset_to: timedelta
    name: str
    daylight: bool


def _time_zone(zone: ZoneInfo, tzid: str, first_year: int, last_year: int) -> Timezone:
    """The zone as yearly rules where its changes follow one (Europe's last Sundays do).

    Outlook reads a VTIMEZONE made of RRULEs and maps it to its own zone; one listing each
    change by RDATE it may misread, and put summer events an hour off. A zone no rule can
    say is listed all the same, change by change. Not icalendar's `add_missing_timezones`:
    7.x dates each change into summer time an hour late and skips short summers.
    """
    component = Timezone()
    component.add("TZID", tzid)
    onsets = _onsets(zone, first_year, last_year)
    rules = _yearly_rules(onsets, last_year - first_year + 1)
    if rules is not None:
        for onset, rule in rules:
            component.add_component(_observance(onset, rule=rule))
        return component
    opening = datetime(first_year, 1, 1, tzinfo=UTC).astimezone(zone)
    offset = opening.utcoffset() or timedelta()
    component.add_component(
        _observance(
            _Onset(
                opening.replace(tzinfo=None),
                offset,
                offset,
                opening.tzname() or "",
                bool(opening.dst()),
            )
        )
    )
    for same in _kinds(onsets).values():
        component.add_component(_observance(same[0], later=[o.local for o in same[1:]]))
    return component


def _observance(
    onset: _Onset, *, rule: dict[str, object] | None = None, later: Sequence[datetime] = ()
) -> TimezoneStandard | TimezoneDaylight:
    part = TimezoneDaylight() if onset.daylight else TimezoneStandard()
    part.add("DTSTART", onset.local)
    if rule is not None:
        part.add("RRULE", rule)
    if later:
        part.add("RDATE", list(later))
    part.add("TZOFFSETFROM", onset.offset_from)
    part.add("TZOFFSETTO", onset.offset_to)
    part.add("TZNAME", onset.name)
    return part


def _onsets(zone: ZoneInfo, first_year: int, last_year: int) -> list[_Onset]:
    found: list[_Onset] = []
    moment = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    before = moment.astimezone(zone)
    while moment < end:
        after = (moment + timedelta(days=1)).astimezone(zone)
        if after.utcoffset() != before.utcoffset():
            # Zones change on the minute; find which minute of the day by halving.
            low, high = 0, 24 * 60
            while high - low > 1:
                middle = (low + high) // 2
                probe = (moment + timedelta(minutes=middle)).astimezone(zone)
                if probe.utcoffset() == before.utcoffset():
                    low = middle
                else:
                    high = middle
            changed = moment + timedelta(minutes=high)
            now = changed.astimezone(zone)
            offset_from = before.utcoffset() or timedelta()
            found.append(
                _Onset(
                    local=(changed + offset_from).replace(tzinfo=None),
                    offset_from=offset_from,
                    offset_to=now.utcoffset() or timedelta(),
                    name=now.tzname() or "",
                    daylight=bool(now.dst()),
                )
            )
        moment += timedelta(days=1)
        before = after
    return found


def _yearly_rules(
    onsets: Sequence[_Onset], years: int
) -> list[tuple[_Onset, dict[str, object]]] | None:
    """One onset into daylight time and one out of it each year, each on the nth (or last)
    weekday of the same month at the same time: the shape of every rule Outlook can hold."""
    kinds = _kinds(onsets)
    if sorted(kind[3] for kind in kinds) != [False, True]:
        return None
    rules: list[tuple[_Onset, dict[str, object]]] = []
    for same in kinds.values():
        if len(same) != years:
            return None
        shapes = {(o.local.month, o.local.weekday(), o.local.time()) for o in same}
        if len(shapes) != 1:
            return None
        month, weekday, _time = shapes.pop()
        ordinals = set.intersection(*(_ordinals(o.local.date()) for o in same))
        if not ordinals:
            return None
        ordinal = -1 if -1 in ordinals else min(ordinals)
        rule = {"FREQ": "YEARLY", "BYMONTH": month, "BYDAY": f"{ordinal}{_WEEKDAYS[weekday]}"}
        rules.append((same[0], rule))
    return rules


def _kinds(onsets: Sequence[_Onset]) -> dict[tuple[timedelta, timedelta, str, bool], list[_Onset]]:
    kinds: dict[tuple[timedelta, timedelta, str, bool], list[_Onset]] = {}
    for onset in onsets:
        key = (onset.offset_from, onset.offset_to, onset.name, onset.daylight)
        kinds.setdefault(key, []).append(onset)
    return kinds


def _ordinals(day: date) -> set[int]:
    """Which of the month's same weekdays the day is, counted from the start and the end."""
    found = {(day.day - 1) // 7 + 1}
    if (day + timedelta(days=7)).month != day.month:
        found.add(-1)
    return found
