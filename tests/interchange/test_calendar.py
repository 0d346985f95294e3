"""Check-ins as an iCalendar file: read back as written, in the right local time, and nothing
a person typed can add a line or a property to it."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from icalendar import Calendar, Event

from ambassador.interchange.calendar import CalendarEvent, calendar_bytes

STOCKHOLM = ZoneInfo("Europe/Stockholm")
STAMP = datetime(2026, 6, 1, 9, 0)
EVENT_PROPERTIES = {"UID", "DTSTAMP", "DTSTART", "DTEND", "SEQUENCE", "SUMMARY", "STATUS", "TRANSP"}
CALENDAR_PROPERTIES = {"PRODID", "VERSION", "CALSCALE", "METHOD", "X-WR-CALNAME", "X-WR-TIMEZONE"}
ZONE_PROPERTIES = {"TZID", "DTSTART", "RRULE", "TZNAME", "TZOFFSETFROM", "TZOFFSETTO"}
# Every name a line of the file may start with.
LINE_NAMES = {"BEGIN", "END", "LOCATION"} | EVENT_PROPERTIES | CALENDAR_PROPERTIES | ZONE_PROPERTIES
SUMMER = CalendarEvent(
    uid="checkin-42-k7q2@ambassador",
    title="Åsa, Ölands Bageri",
    start=datetime(2026, 7, 8, 10, 0),
    duration=timedelta(minutes=45),
    sequence=3,
    location="Storgatan 1; Umeå",
)
WINTER = CalendarEvent(
    uid="checkin-43-k7q2@ambassador",
    title="Zoë, Café Ärlan",
    start=datetime(2026, 1, 14, 10, 0),
    duration=timedelta(hours=1),
    sequence=5,
    cancelled=True,
)


def parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def events_of(data: bytes) -> list[Event]:
    return list(parse(data).walk("VEVENT"))


def export(*events: CalendarEvent, time_zone: str = "Europe/Stockholm") -> bytes:
    return calendar_bytes(events, name="Uppföljningar", stamp=STAMP, time_zone=time_zone)


def test_events_read_back_as_written() -> None:
    calendar = parse(export(SUMMER, WINTER))

    assert str(calendar["PRODID"]) == "-//Ambassador//Ambassador//SV"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == "Uppföljningar"
    assert str(calendar["X-WR-TIMEZONE"]) == "Europe/Stockholm"
    summer, winter = calendar.walk("VEVENT")
    assert str(summer["UID"]) == SUMMER.uid
    assert str(summer["SUMMARY"]) == "Åsa, Ölands Bageri"
    assert str(summer["LOCATION"]) == "Storgatan 1; Umeå"
    assert summer.decoded("DTSTART") == datetime(2026, 7, 8, 10, 0, tzinfo=STOCKHOLM)
    assert summer.decoded("DTEND") == datetime(2026, 7, 8, 10, 45, tzinfo=STOCKHOLM)
    assert summer.decoded("SEQUENCE") == 3
    assert str(summer["STATUS"]) == "CONFIRMED"
    assert str(summer["TRANSP"]) == "OPAQUE"
    assert "DESCRIPTION" not in summer
    assert str(winter["UID"]) == WINTER.uid
    assert winter.decoded("DTEND") == datetime(2026, 1, 14, 11, 0, tzinfo=STOCKHOLM)
    assert winter.decoded("SEQUENCE") == 5
    assert "LOCATION" not in winter


def test_a_cancelled_check_in_is_sent_as_cancelled() -> None:
    data = export(WINTER)

    assert b"\r\nSTATUS:CANCELLED\r\n" in data
    assert [str(event["STATUS"]) for event in events_of(data)] == ["CANCELLED"]


def test_times_carry_the_zone_and_the_stamp_is_utc() -> None:
    data = export(SUMMER, WINTER)

    assert b"DTSTART;TZID=Europe/Stockholm:20260708T100000\r\n" in data
    assert b"DTSTART;TZID=Europe/Stockholm:20260114T100000\r\n" in data
    # Nine in the morning in Stockholm in June is seven in UTC.
    assert data.count(b"DTSTAMP:20260601T070000Z\r\n") == 2


def test_summer_and_winter_ten_oclock_are_different_utc_hours() -> None:
    summer, winter = events_of(export(SUMMER, WINTER))

    assert summer.decoded("DTSTART").astimezone(UTC) == datetime(2026, 7, 8, 8, 0, tzinfo=UTC)
    assert winter.decoded("DTSTART").astimezone(UTC) == datetime(2026, 1, 14, 9, 0, tzinfo=UTC)


def test_the_vtimezone_is_stockholms_as_yearly_rules() -> None:
    data = export(SUMMER, WINTER)
    (zone,) = parse(data).walk("VTIMEZONE")

    assert str(zone["TZID"]) == "Europe/Stockholm"
    assert b"RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n" in data
    assert b"RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n" in data
    assert b"RDATE" not in data
    # The VTIMEZONE comes before the events that name it.
    assert data.index(b"BEGIN:VTIMEZONE") < data.index(b"BEGIN:VEVENT")


@pytest.mark.parametrize(
    "name",
    [
        "Europe/Stockholm",
        "America/New_York",  # the second Sunday of March, the first of November
        "Australia/Sydney",  # summer across the new year
        "Asia/Tokyo",  # no summer time
        "Asia/Jerusalem",  # the Friday before the last Sunday: listed change by change
        "America/Santiago",  # the Sunday after the first Saturday: listed change by change
    ],
)
def test_the_vtimezone_says_what_the_zone_database_says(name: str) -> None:
    events = [
        CalendarEvent(f"e{year}@test", "x", datetime(year, 6, 1, 10), timedelta(hours=1), 0)
        for year in (2025, 2027)
    ]
    (component,) = parse(calendar_bytes(events, name="x", stamp=STAMP, time_zone=name)).walk(
        "VTIMEZONE"
    )
    # Built from the component alone, not looked up by its name.
    from_file = component.to_tz(lookup_tzid=False)
    zone = ZoneInfo(name)

    # The file speaks for the years of its events and one either side, from the first change.
    for moment in moments_to_compare(zone, 2025, 2028):
        assert moment.astimezone(from_file).utcoffset() == moment.astimezone(zone).utcoffset()


def moments_to_compare(zone: ZoneInfo, first_year: int, last_year: int) -> list[datetime]:
    """Noon UTC each day, and every half hour of a day on which the zone changes."""
    moments: list[datetime] = []
    day = datetime(first_year, 1, 1, tzinfo=UTC)
    while day.year <= last_year:
        following = day + timedelta(days=1)
        if day.astimezone(zone).utcoffset() != following.astimezone(zone).utcoffset():
            moments.extend(day + timedelta(minutes=30 * half) for half in range(48))
        else:
            moments.append(day + timedelta(hours=12))
        day = following
    return moments


def test_an_empty_calendar_is_still_a_calendar() -> None:
    calendar = parse(export())

    assert calendar.walk("VEVENT") == []
    assert calendar.walk("VTIMEZONE") == []
    assert str(calendar["X-WR-CALNAME"]) == "Uppföljningar"


def test_two_exports_of_the_same_events_are_the_same_file() -> None:
    first, second = export(SUMMER, WINTER), export(SUMMER, WINTER)

    assert first == second
    assert [str(event["UID"]) for event in events_of(first)] == [SUMMER.uid, WINTER.uid]


def test_a_typed_line_break_cannot_add_a_property() -> None:
    sneaky = CalendarEvent(
        uid="checkin-44-k7q2@ambassador",
        title="Märta\r\nDESCRIPTION:secret\nATTENDEE:mailto:x@example.com",
        start=datetime(2026, 3, 2, 9, 30),
        duration=timedelta(minutes=30),
        sequence=0,
        location="\u2028LOCATION:elsewhere\x00",
    )
    data = export(sneaky)

    (event,) = events_of(data)
    assert set(event.keys()) == EVENT_PROPERTIES | {"LOCATION"}
    assert str(event["SUMMARY"]) == ("Märta DESCRIPTION:secret ATTENDEE:mailto:x@example.com")
    assert str(event["LOCATION"]) == "LOCATION:elsewhere"
    assert not any(line.startswith((b"DESCRIPTION", b"ATTENDEE")) for line in unfolded(data))


def unfolded(data: bytes) -> list[bytes]:
    return data.replace(b"\r\n ", b"").split(b"\r\n")


def sanitised(text: str) -> str:
    """What the file promises to keep of a typed text, written out independently."""
    kept = "".join(
        " " if unicodedata.category(c) in ("Cc", "Cs") or c in "\u2028\u2029" else c for c in text
    )
    return " ".join(kept.replace("\ufeff", "").split())


# Any character, surrogate halves too, among the ones iCalendar gives a meaning and attempts
# to start a property of one's own.
TYPED = st.lists(
    st.one_of(
        st.characters(codec=None, exclude_categories=[]),
        st.sampled_from([";", ",", "\\", ":", "\n", "\r", "\t", '"', "\r\n ", "\x00", "\u2028"]),
        st.sampled_from(["DESCRIPTION:secret", "\r\nDESCRIPTION:secret", "\nEND:VEVENT"]),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.tuples(TYPED, TYPED, st.booleans()), min_size=1, max_size=4),
    TYPED,
)
# Found by CI: icalendar wrote a typed backslash-N as a line break.
@example([("C:\\Nytt", "\\N", False)], "\\N")
def test_typed_text_stays_in_its_property(
    typed: list[tuple[str, str, bool]], calendar_name: str
) -> None:
    events = [
        CalendarEvent(
            uid=f"checkin-{number}-k7q2@ambassador",
            title=title,
            start=datetime(2026, 3, 2, 9, 0) + timedelta(days=number),
            duration=timedelta(minutes=30),
            sequence=number,
            cancelled=cancelled,
            location=location,
        )
        for number, (title, location, cancelled) in enumerate(typed)
    ]
    data = calendar_bytes(events, name=calendar_name, stamp=STAMP)

    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    assert b"\r" not in data.replace(b"\r\n", b"") and b"\n" not in data.replace(b"\r\n", b"")
    calendar = parse(data)
    assert set(calendar.keys()) == CALENDAR_PROPERTIES
    assert str(calendar["X-WR-CALNAME"]) == sanitised(calendar_name)
    parsed = calendar.walk("VEVENT")
    assert len(parsed) == len(events)
    for event, component in zip(events, parsed, strict=True):
        location = sanitised(event.location)
        assert set(component.keys()) == EVENT_PROPERTIES | ({"LOCATION"} if location else set())
        assert str(component["UID"]) == event.uid
        assert str(component["SUMMARY"]) == sanitised(event.title)
        assert str(component.get("LOCATION", "")) == location
        assert str(component["STATUS"]) == ("CANCELLED" if event.cancelled else "CONFIRMED")
    names = {line.split(b":")[0].split(b";")[0].decode() for line in unfolded(data) if line}
    assert names <= LINE_NAMES
