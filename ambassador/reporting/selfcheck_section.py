"""The statistics report's self-check, "Contact with the workplaces: how soon and how often"
as on Rapporter: one row a month, the guide values beside them as a guide, not a verdict
(rules in domain/selfcheck.py)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ambassador.domain.selfcheck import (
    GUIDE_CONTACTS_PER_WEEK,
    GUIDE_FIRST_CONTACT_DAYS,
    MonthFigures,
    SelfCheck,
)
from ambassador.domain.vocabulary import LABELS_CONTEXT
from ambassador.reporting import page
from ambassador.reporting.words import Words

# Month, started, days, no contact yet, contacted, a week; time per placement takes the rest.
COLUMN_WIDTHS = (22, 18, 26, 20, 32, 22)


def self_check_story(check: SelfCheck, words: Words) -> list[Flowable]:
    """A heading, the definitions, a table of the months and the guide values."""
    story: list[Flowable] = [
        page.heading(
            words.translate("Documents", "Contact with the workplaces: how soon and how often")
        ),
        page.small(
            words.translate(
                "Documents",
                "A workplace contact is a note held with the supervisor, or with the "
                "participant and the supervisor together. Days to first contact: the median "
                "for the placements started in the month that have had one; those with no "
                "workplace contact yet are counted beside it. Time per placement: the minutes "
                "written on the month's notes, over the placements active in it.",
            )
        ),
    ]
    if check.is_empty:
        story.append(page.small(words.translate("Documents", "No placement in these months.")))
        return story
    header = [
        words.translate("Documents", "Month"),
        words.translate("Documents", "Started"),
        words.translate("Documents", "Days to first contact"),
        words.translate("Documents", "No contact yet"),
        words.translate("Documents", "Placements contacted"),
        words.translate("Documents", "Contacts a week"),
        words.translate("Documents", "Time per placement"),
    ]
    widths = [w * mm for w in COLUMN_WIDTHS]
    widths.append(page.TEXT_WIDTH - sum(widths))
    story.append(
        page.grid(header, [_row(month, words) for month in check.months], widths, numeric_from=1)
    )
    network = sum(month.network_contacts for month in check.months)
    if network:
        story.append(
            page.small(
                words.translate(
                    "Documents",
                    "Contacts a week count the network contacts too, work with an employer "
                    "alone (a recruitment visit, a network meeting): {count} in these months.",
                ).format(count=network)
            )
        )
    story += [
        page.space(1),
        page.small(
            words.translate(
                "Documents",
                "Guide values from supported employment (IPS), to reflect on, not a verdict: "
                "the first workplace contact within {days} days of the start, every active "
                "placement contacted each month, about {per_week} employer contacts a week "
                "for a full-time employment specialist.",
            ).format(days=GUIDE_FIRST_CONTACT_DAYS, per_week=GUIDE_CONTACTS_PER_WEEK)
        ),
    ]
    return story


def _row(month: MonthFigures, words: Words) -> list[str]:
    median = month.median_days_to_first_contact
    share = month.contacted_share
    per_week = month.contacts_per_week
    minutes = month.minutes_per_placement
    return [
        f"{words.translate(LABELS_CONTEXT, month.month.abbreviation)} {month.month.year}",
        str(month.started),
        "–" if median is None else words.number(median, 0 if median.is_integer() else 1),
        str(month.without_contact),
        "–"
        if share is None
        else f"{words.percent(share)} ({month.contacted}/{month.expected_contacted})",
        "–" if per_week is None else words.number(per_week, 1),
        "–" if minutes is None else _hours(round(minutes), words),
    ]


def _hours(minutes: int, words: Words) -> str:
    hours, rest = divmod(minutes, 60)
    if hours == 0:
        return words.translate("Documents", "{minutes} min").format(minutes=rest)
    return words.translate("Documents", "{hours} h {minutes} min").format(hours=hours, minutes=rest)
