"""Settings that change records or documents; stored in the database with the data."""

from __future__ import annotations

import base64
import binascii
import dataclasses
from dataclasses import dataclass
from typing import Any

from ambassador.domain.country import CHOOSE_COUNTRY, COUNTRIES, DEFAULT_COUNTRY
from ambassador.domain.errors import Problem
from ambassador.domain.languages import LANGUAGES
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.outcome_check import OUTCOME_CHECK_AFTER_DAYS
from ambassador.domain.overview import RENEWAL_WARNING_DAYS, SILENT_AFTER_DAYS
from ambassador.domain.plan import DEFAULT_PLAN, PLAN_UNREADABLE, FollowUpPlan, plan_problems
from ambassador.domain.validation import (
    SHORT_TEXT_MAX,
    check_email,
    check_length,
    check_phone,
    clean,
    raise_if_any,
)

DAYS_RANGE = QT_TRANSLATE_NOOP("Messages", "Give a number of days from 1 to 365.")
EMPTY_LIST = QT_TRANSLATE_NOOP("Messages", "A list needs at least one entry.")
DUPLICATE_ENTRY = QT_TRANSLATE_NOOP("Messages", "Each entry may appear only once.")
ENTRY_TOO_LONG = QT_TRANSLATE_NOOP("Messages", "An entry may hold at most 200 characters.")
RANGE = QT_TRANSLATE_NOOP("Messages", "Give a number from {low} to {high}.")
DECISION_NEEDED = QT_TRANSLATE_NOOP(
    "Messages", "Cite the retention decision this period comes from."
)
# (field, lowest, highest) of the numbers that are not days.
NUMBER_RANGES = (
    ("outcome_check_days", 1, 730),
    ("backup_keep", 1, 1000),
    ("backup_max_age_days", 1, 3650),
    ("backup_every_hours", 1, 24),
    ("lock_after_minutes", 0, 240),
    ("case_retention_months", 0, 1200),
    ("log_retention_months", 0, 1200),
    ("import_max_megabytes", 1, 1000),
    ("import_max_rows", 100, 1_000_000),
    ("import_max_cell_characters", 1000, 1_000_000),
    ("import_max_unpacked_megabytes", 10, 4000),
)
RETENTION_FIELDS = (
    ("case_retention_months", "case_retention_decision"),
    ("log_retention_months", "log_retention_decision"),
)
LOGO_MAX_BYTES = 1024 * 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
LOGO_NOT_PNG = QT_TRANSLATE_NOOP("Messages", "The logo must be a PNG image.")
LOGO_TOO_LARGE = QT_TRANSLATE_NOOP("Messages", "The logo may be at most 1 MB.")
# A coordinator's own settings on a server (the contact details printed on their documents, the
# window's language), kept per user there; every other setting is the organisation's, which
# only its administrator changes. A file has one set of everything.
PERSONAL_SETTINGS = ("coordinator_name", "coordinator_phone", "coordinator_email", "language")


@dataclass(frozen=True, kw_only=True)
class Settings:
    organisation_name: str = ""
    coordinator_name: str = ""
    coordinator_phone: str = ""
    coordinator_email: str = ""
    # The follow-up plan proposed for a new placement whose type has no plan of its own (JSON).
    follow_up_plan: str = DEFAULT_PLAN.to_json()
    silent_after_days: int = SILENT_AFTER_DAYS
    # Days after a placement's end that its outcome check falls due. Always on: what the person
    # does then is how the work is judged; a unit that reports at six months sets 180.
    outcome_check_days: int = OUTCOME_CHECK_AFTER_DAYS
    # Days before a placement's subsidy decision ends that Översikt warns of it: time enough
    # to apply for its renewal.
    renewal_warning_days: int = RENEWAL_WARNING_DAYS
    language: str = "sv"
    # The organisation's country (domain/country.py): which identity and organisation numbers
    # the records hold. A database from before it was chosen has none stored: Swedish.
    # Changed only while no participant or employer is registered (SettingsService).
    country: str = DEFAULT_COUNTRY
    logo_png: str = ""  # base64 of a PNG image; empty: no logo
    # Backups: how many to keep, the oldest to keep, how often while the window is open.
    backup_keep: int = 10
    backup_max_age_days: int = 90
    backup_every_hours: int = 4
    backup_folder: str = ""  # empty: the "backups" folder beside the database
    # Minutes without use after which an encrypted database's window locks; 0: never.
    lock_after_minutes: int = 10
    # Retention: months after which a closed case (a participant with no placement running
    # and nothing recorded since) and the logs are removed. 0: no decision recorded, so
    # nothing is removed: the program never invents a retention period.
    case_retention_months: int = 0
    case_retention_decision: str = ""
    log_retention_months: int = 0
    log_retention_decision: str = ""
    # How much of a file one import reads, each checked before the rest is read: the file's
    # size, its rows after the header, a cell's characters (Excel's own limit) and what a
    # workbook (a zip of XML) unpacks to, so a small file cannot fill the memory.
    import_max_megabytes: int = 50
    import_max_rows: int = 200_000
    import_max_cell_characters: int = 32_767
    import_max_unpacked_megabytes: int = 300

    @property
    def default_plan(self) -> FollowUpPlan:
        """The stored default plan; the built-in one if the stored text cannot be read."""
        try:
            return FollowUpPlan.from_json(self.follow_up_plan)
        except ValueError:
            return DEFAULT_PLAN

    def to_strings(self) -> dict[str, str]:
        return {f.name: str(getattr(self, f.name)) for f in dataclasses.fields(self)}

    @classmethod
    def from_strings(cls, stored: dict[str, str]) -> Settings:
        """Unknown keys are ignored and unreadable values fall back to the default."""
        values: dict[str, Any] = {}
        defaults = cls()
        for f in dataclasses.fields(cls):
            if f.name not in stored:
                continue
            default = getattr(defaults, f.name)
            try:
                values[f.name] = type(default)(stored[f.name])
            except ValueError:
                continue
        return cls(**values)


def validate_settings(settings: Settings) -> Settings:
    problems: list[Problem] = []
    for name in ("organisation_name", "coordinator_name"):
        check_length(problems, name, clean(getattr(settings, name)), SHORT_TEXT_MAX)
    check_phone(problems, "coordinator_phone", clean(settings.coordinator_phone))
    check_email(problems, "coordinator_email", clean(settings.coordinator_email))
    for name in ("silent_after_days", "renewal_warning_days"):
        if not 1 <= getattr(settings, name) <= 365:
            problems.append(Problem(name, DAYS_RANGE))
    try:
        plan = FollowUpPlan.from_json(settings.follow_up_plan)
    except ValueError:
        problems.append(Problem("follow_up_plan", PLAN_UNREADABLE))
    else:
        problems.extend(plan_problems("follow_up_plan", plan))
    for name, low, high in NUMBER_RANGES:
        if not low <= getattr(settings, name) <= high:
            problems.append(Problem(name, RANGE, {"low": low, "high": high}))
    for months, decision in RETENTION_FIELDS:
        check_length(problems, decision, clean(getattr(settings, decision)), SHORT_TEXT_MAX)
        if getattr(settings, months) > 0 and not clean(getattr(settings, decision)):
            problems.append(Problem(decision, DECISION_NEEDED))
    if settings.language not in LANGUAGES:
        problems.append(
            Problem("language", QT_TRANSLATE_NOOP("Messages", "Choose Swedish, English or Danish."))
        )
    if settings.country not in COUNTRIES:
        problems.append(Problem("country", CHOOSE_COUNTRY))
    check_logo(problems, "logo_png", settings.logo_png)
    raise_if_any(problems)
    return dataclasses.replace(
        settings,
        organisation_name=clean(settings.organisation_name),
        coordinator_name=clean(settings.coordinator_name),
        coordinator_phone=clean(settings.coordinator_phone),
        coordinator_email=clean(settings.coordinator_email),
        case_retention_decision=clean(settings.case_retention_decision),
        log_retention_decision=clean(settings.log_retention_decision),
    )


def changed_fields(before: Settings, after: Settings) -> list[str]:
    """The names of the settings that differ: what the audit log records, never a value."""
    return [
        f.name
        for f in dataclasses.fields(Settings)
        if getattr(before, f.name) != getattr(after, f.name)
    ]


def check_logo(problems: list[Problem], field: str, logo_png: str) -> None:
    """An empty logo is none; otherwise base64 of a PNG of at most 1 MB."""
    if not logo_png:
        return
    try:
        data = base64.b64decode(logo_png, validate=True)
    except (binascii.Error, ValueError):
        problems.append(Problem(field, LOGO_NOT_PNG))
        return
    if not data.startswith(PNG_SIGNATURE):
        problems.append(Problem(field, LOGO_NOT_PNG))
    elif len(data) > LOGO_MAX_BYTES:
        problems.append(Problem(field, LOGO_TOO_LARGE))


def clean_list(labels: list[str]) -> list[str]:
    """An editable list's entries as stored: trimmed, blank ones left out."""
    return [clean(label) for label in labels if clean(label)]


def list_problems(field: str, labels: list[str]) -> list[Problem]:
    """What is wrong with an editable list's entries, so a screen can check every list
    before it saves any."""
    cleaned = clean_list(labels)
    problems: list[Problem] = []
    if not cleaned:
        problems.append(Problem(field, EMPTY_LIST))
    if len(set(cleaned)) != len(cleaned):
        problems.append(Problem(field, DUPLICATE_ENTRY))
    if any(len(label) > SHORT_TEXT_MAX for label in cleaned):
        problems.append(Problem(field, ENTRY_TOO_LONG))
    return problems
