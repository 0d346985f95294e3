"""A sheet's rows read as the records they describe, each with every problem it has, so a
preview can show all of them at once. Nothing here knows what is already registered."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from ambassador.domain.country import DEFAULT_COUNTRY, parse_identity_number
from ambassador.domain.employer import (
    ContactFields,
    EmployerFields,
    validate_contact,
    validate_employer,
)
from ambassador.domain.enums import AgreementStatus, ContactRole, Gender, Sector
from ambassador.domain.errors import Problem, ValidationError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.participant import ParticipantFields, validate_participant
from ambassador.domain.placement import Ending, PlacementFields, validate_placement
from ambassador.domain.plan import FollowUpPlan, Phase
from ambassador.domain.validation import REQUIRED
from ambassador.interchange import values
from ambassador.interchange.columns import Mapping
from ambassador.interchange.sheets import Sheet, SheetRow

PLAN_KEY = "follow_up_plan"
BAD_PLAN = QT_TRANSLATE_NOOP(
    "Messages",
    "Write the follow-up plan as a number of days, such as 14, or in words, such as "
    "every 7 days for 4 weeks; then every 30 days.",
)
_NO_PLAN = re.compile(r"0|-|–|ingen.*|inga.*|no|none|no .*")
# Swedish, English and Danish ("hver 7. dag i 4 uger, uden kontakt efter 10 dage; derefter ...").
_PHASE_BREAK = re.compile(r";|\bsedan\b|\bthen\b|\bderefter\b|\n")
_WEEKS = re.compile(r"(\d+)\s*(?:veckor|veckan|vecka|weeks|week|uger|ugen|uge|v|w)\b")
_SILENT = re.compile(r"(?:efter|after)\s+(\d+)")
_DAILY = re.compile(r"varje dag|every day|daily|dagligen|hver dag|dagligt")

FORMULA = QT_TRANSLATE_NOOP(
    "Messages", "The cell holds a formula; copy the column and paste it as values."
)
NUL_BYTE = QT_TRANSLATE_NOOP(
    "Messages",
    "The cell holds a NUL byte, which no text has: the file is damaged here. Correct the cell "
    "in the spreadsheet program, or leave the row out.",
)

T = TypeVar("T")

# Contacts and placements are read before the records they belong to exist.
NOT_YET = 0


@dataclass(frozen=True)
class ReadRow(Generic[T]):
    number: int  # as the spreadsheet shows it
    value: T | None  # None when the row has problems
    problems: tuple[Problem, ...] = ()  # each names the column key it concerns
    label: str = ""  # whom or what the row names, as written (never an identity number)


@dataclass(frozen=True)
class EmployerEntry:
    employer: EmployerFields
    contact: ContactFields | None  # employer_id NOT_YET


@dataclass(frozen=True)
class PlacementEntry:
    """A placement whose participant and employer are named, not yet found."""

    participant_name: str  # "Anna Svensson", or "" when only the identity number is given
    identity_number: str | None  # normalised
    employer_name: str
    organisation_number: str | None  # as written; checked when the employer is looked up
    supervisor_name: str
    placement: PlacementFields  # participant_id, employer_id NOT_YET
    ending: Ending | None = None  # checked against the placement when it is added


class _Cells:
    """One row's cells by column key, collecting the problems of reading them."""

    def __init__(self, row: SheetRow, mapping: Mapping) -> None:
        self._text = {key: row.cells[index] for index, key in mapping.items()}
        # A formula, or a cell that held a NUL byte, is reported as such; what it would say is
        # not checked as well.
        formulas = {mapping[i] for i in row.formula_columns if i in mapping}
        damaged = {mapping[i] for i in row.nul_columns if i in mapping}
        self._unread = formulas | damaged
        self.problems = [Problem(key, NUL_BYTE) for key in sorted(damaged)] + [
            Problem(key, FORMULA) for key in sorted(formulas - damaged)
        ]

    def has(self, key: str) -> bool:
        return key in self._text

    def text(self, key: str) -> str:
        return self._text.get(key, "")

    def name(self, key: str) -> str:
        """A name as the row gives it; "first_and_last" joins the two name columns."""
        if key == "first_and_last":
            return " ".join(" ".join((self.text("first_name"), self.text("last_name"))).split())
        return " ".join(self.text(key).split())

    def value(self, key: str, parse: Callable[[str], T], default: T) -> T:
        if key not in self._text or key in self._unread:
            return default
        try:
            return parse(self._text[key])
        except values.BadValueError as error:
            self.problems.append(Problem(key, error.message, error.params))
            return default

    def check(self, validate: Callable[[], T], rename: dict[str, str] | None = None) -> T | None:
        try:
            return validate()
        except ValidationError as error:
            for p in error.problems:
                field = (rename or {}).get(p.field, p.field)
                if field not in self._unread:
                    self.problems.append(Problem(field, p.message, p.params))
            return None


def _rows(
    sheet: Sheet, mapping: Mapping, read: Callable[[_Cells], T | None], *named_by: str
) -> Iterator[ReadRow[T]]:
    """Each row read; its label is the text of the first of `named_by` that has any (the
    columns a person would recognise the row by), so a refused row is still named."""
    for row in sheet.rows:
        cells = _Cells(row, mapping)
        value = read(cells)
        label = next((text for key in named_by if (text := cells.name(key))), "")
        if cells.problems:
            yield ReadRow(row.number, None, tuple(cells.problems), label)
        else:
            yield ReadRow(row.number, value, label=label)


def split_name(full_name: str) -> tuple[str, str]:
    """ "Svensson, Anna" or "Anna Maria Svensson": the last name is after the comma's other
    side, or the last word."""
    if "," in full_name:
        last, _comma, first = full_name.partition(",")
        return first.strip(), last.strip()
    first, _space, last = " ".join(full_name.split()).rpartition(" ")
    return first, last


def read_participants(
    sheet: Sheet, mapping: Mapping, today: date, country: str = DEFAULT_COUNTRY
) -> list[ReadRow[ParticipantFields]]:
    """`country` decides the identity numbers the file may hold."""

    def read(cells: _Cells) -> ParticipantFields | None:
        first, last = cells.text("first_name"), cells.text("last_name")
        if cells.has("full_name") and not (first or last):
            first, last = split_name(cells.text("full_name"))
        fields = ParticipantFields(
            first_name=first,
            last_name=last,
            personal_identity_number=cells.text("personal_identity_number") or None,
            gender=cells.value("gender", values.GENDERS.parse, Gender.UNDISCLOSED),
            phone=cells.text("phone"),
            email=cells.text("email"),
            address=cells.text("address"),
            referral_source=cells.text("referral_source"),
            referral_date=cells.value("referral_date", values.parse_date, None),
            referral_reference=cells.text("referral_reference"),
            language=cells.text("language"),
            interpreter_needed=cells.value("interpreter_needed", values.parse_yes_no, False),
            needs_and_adaptations=cells.text("needs_and_adaptations"),
            strengths=cells.text("strengths"),
            interests=cells.text("interests"),
            goals=cells.text("goals"),
        )
        rename = (
            {} if cells.has("first_name") else {"first_name": "full_name", "last_name": "full_name"}
        )
        return cells.check(lambda: validate_participant(fields, today, country=country), rename)

    return list(_rows(sheet, mapping, read, "first_and_last", "full_name"))


_CONTACT_FIELDS = {"name": "contact_name", "phone": "contact_phone", "email": "contact_email"}


def read_employers(
    sheet: Sheet, mapping: Mapping, country: str = DEFAULT_COUNTRY
) -> list[ReadRow[EmployerEntry]]:
    """`country` decides the organisation numbers the file may hold."""

    def read(cells: _Cells) -> EmployerEntry | None:
        fields = EmployerFields(
            name=cells.text("name"),
            organisation_number=cells.text("organisation_number") or None,
            sector=cells.value("sector", values.SECTORS.parse, Sector.PRIVATE),
            industry=cells.text("industry"),
            address=cells.text("address"),
            agreement_status=cells.value(
                "agreement_status", values.AGREEMENTS.parse, AgreementStatus.NONE
            ),
            agreement_date=cells.value("agreement_date", values.parse_date, None),
            tasks_offered=cells.text("tasks_offered"),
            capacity=cells.value("capacity", _whole_or(1), 1),
        )
        employer = cells.check(lambda: validate_employer(fields, country))
        contact: ContactFields | None = None
        if any(cells.text(key) for key in ("contact_name", "contact_phone", "contact_email")):
            contact_fields = ContactFields(
                employer_id=NOT_YET,
                name=cells.text("contact_name"),
                role=cells.value("contact_role", values.ROLES.parse, ContactRole.SUPERVISOR),
                phone=cells.text("contact_phone"),
                email=cells.text("contact_email"),
            )
            contact = cells.check(lambda: validate_contact(contact_fields), _CONTACT_FIELDS)
        return None if employer is None else EmployerEntry(employer, contact)

    return list(_rows(sheet, mapping, read, "name"))


def read_placements(
    sheet: Sheet,
    mapping: Mapping,
    today: date,
    proposed_plan: Callable[[str], FollowUpPlan],
    silent_after_days: int,
    country: str = DEFAULT_COUNTRY,
) -> list[ReadRow[PlacementEntry]]:
    """`proposed_plan(type)` is the plan of a row that gives none; a number of days in the
    plan column is one rhythm, silent after `silent_after_days` (as before plans tapered);
    `country` decides the identity numbers."""

    def read(cells: _Cells) -> PlacementEntry | None:
        name = cells.text("participant_name") or " ".join(
            part for part in (cells.text("first_name"), cells.text("last_name")) if part
        )
        number = cells.value("personal_identity_number", _identity_number(today, country), None)
        if not name and not cells.text("personal_identity_number"):
            cells.problems.append(Problem("participant_name", REQUIRED))
        employer = cells.text("name")
        organisation_number = cells.text("organisation_number") or None
        if not employer and organisation_number is None:
            cells.problems.append(Problem("name", REQUIRED))
        start = cells.value("start_date", values.parse_date, None)
        if start is None:
            if not any(p.field == "start_date" for p in cells.problems):
                cells.problems.append(Problem("start_date", REQUIRED))
            start = today  # stands in so the rest of the row is still checked
        placement_type = cells.text("placement_type")
        proposed: FollowUpPlan | None = proposed_plan(placement_type)
        fields = PlacementFields(
            participant_id=NOT_YET,
            employer_id=NOT_YET,
            placement_type=placement_type,
            start_date=start,
            planned_end_date=cells.value("planned_end_date", values.parse_date, None),
            unit=cells.text("unit"),
            hours_per_week=cells.value("hours_per_week", values.parse_number, None),
            extent_percent=cells.value("extent_percent", values.parse_whole_number, None),
            purpose=cells.text("purpose"),
            goals=cells.text("goals"),
            tasks=cells.text("tasks"),
            support=cells.text("support"),
            compensation=cells.text("compensation"),
            plan=cells.value(PLAN_KEY, _plan(proposed, silent_after_days), proposed),
            subsidy_type=cells.text("subsidy_type"),
            subsidy_amount=cells.value("subsidy_amount", values.parse_number, None),
            subsidy_percent=cells.value("subsidy_percent", values.parse_whole_number, None),
            decision_number=cells.text("decision_number"),
            decision_start=cells.value("decision_start", values.parse_date, None),
            decision_end=cells.value("decision_end", values.parse_date, None),
            agreement_form=cells.text("agreement_form"),
            employer_of_record=cells.text("employer_of_record"),
            municipal_cost=cells.value("municipal_cost", values.parse_number, None),
        )
        placement = cells.check(lambda: validate_placement(fields), {"plan": PLAN_KEY})
        ended_on = cells.value("ended_on", values.parse_date, None)
        outcome = cells.value("outcome", values.OUTCOMES.parse_optional, None)
        ending: Ending | None = None
        if ended_on is not None and outcome is None:
            cells.problems.append(Problem("outcome", REQUIRED))
        elif outcome is not None and ended_on is None:
            cells.problems.append(Problem("ended_on", REQUIRED))
        elif ended_on is not None and outcome is not None:
            ending = Ending(ended_on=ended_on, outcome=outcome, reason=cells.text("ending_reason"))
        if placement is None:
            return None
        return PlacementEntry(
            participant_name=" ".join(name.split()),
            identity_number=number,
            employer_name=" ".join(employer.split()),
            organisation_number=organisation_number,
            supervisor_name=" ".join(cells.text("supervisor_name").split()),
            placement=placement,
            ending=ending,
        )

    return list(_rows(sheet, mapping, read, "participant_name", "first_and_last", "name"))


def _whole_or(default: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        value = values.parse_whole_number(text)
        return default if value is None else value

    return parse


def _plan(
    proposed: FollowUpPlan | None, silent_after_days: int
) -> Callable[[str], FollowUpPlan | None]:
    """Empty is the proposed plan; 0 or "ingen" is none; a number is every that many days;
    anything else a plan in words, as the list export writes it."""

    def parse(text: str) -> FollowUpPlan | None:
        text = text.strip()
        if not text:
            return proposed
        if _NO_PLAN.fullmatch(text.casefold()):
            return None
        days = values.parse_whole_number(text) if text.isdigit() else None
        if days is not None:
            return FollowUpPlan.uniform(days, silent_after_days)
        plan = plan_from_words(text, silent_after_days)
        if plan is None:
            raise values.BadValueError(BAD_PLAN)
        return plan

    return parse


def plan_from_words(text: str, silent_after_days: int) -> FollowUpPlan | None:
    """A plan as `describe_plan` writes it in Swedish, English or Danish, phase after phase:
    "Every 7 days for 4 weeks, silent after 10 days; then every 30 days". None if it is not
    one."""
    phases: list[Phase] = []
    for segment in _PHASE_BREAK.split(text.casefold()):
        if not segment.strip():
            continue
        weeks_match = _WEEKS.search(segment)
        silent_match = _SILENT.search(segment)
        rest = segment
        for match in (weeks_match, silent_match):
            if match is not None:
                rest = rest.replace(match.group(0), " ")
        number = re.search(r"\d+", rest)
        if number is not None:
            every = int(number.group(0))
        elif _DAILY.search(rest):
            every = 1
        else:
            return None
        silent = int(silent_match.group(1)) if silent_match else max(every, silent_after_days)
        weeks = int(weeks_match.group(1)) if weeks_match else None
        phases.append(Phase(every, weeks, silent))
    return FollowUpPlan(tuple(phases)) if phases else None


def _identity_number(today: date, country: str) -> Callable[[str], str | None]:
    def parse(text: str) -> str | None:
        if not text.strip():
            return None
        try:
            return parse_identity_number(text, today, country)
        except ValidationError as error:
            problem = error.problems[0]
            raise values.BadValueError(problem.message, **problem.params) from None

    return parse
