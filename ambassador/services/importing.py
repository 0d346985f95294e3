"""Importing a sheet of participants, employers (with contacts) or placements: a preview that
says what each row would do and why not, then one all-or-nothing commit.

The preview and the commit run the same plan; the commit runs it again inside its write
transaction, so what it adds is checked against the register as it is at that moment.

Reading the sheet and guessing which column is which come from `interchange`; the names a
caller needs for that are re-exported here (`X as X`), so the window's import dialog and the
command line's import ask this service and never reach past it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from ambassador.domain.audit import AuditAction, AuditEntry
from ambassador.domain.clock import Clock
from ambassador.domain.country import parse_employer_number
from ambassador.domain.employer import Contact, Employer
from ambassador.domain.enums import ListName, Outcome
from ambassador.domain.errors import Problem, RuleViolationError, ValidationError
from ambassador.domain.exports import ListKind
from ambassador.domain.identity import mask_personal_identity_number
from ambassador.domain.languages import LANGUAGES
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.participant import Participant, ParticipantFields
from ambassador.domain.placement import Ending, Placement, PlacementFields, validate_ending
from ambassador.domain.settings import Settings
from ambassador.domain.tasks import MAX_TASKS, TOO_MANY_TASKS, EmployerTask
from ambassador.interchange import records
from ambassador.interchange.columns import COLUMNS_CONTEXT as COLUMNS_CONTEXT
from ambassador.interchange.columns import IMPORT_COLUMNS as IMPORT_COLUMNS
from ambassador.interchange.columns import Mapping as Mapping
from ambassador.interchange.columns import column as column
from ambassador.interchange.columns import guess_mapping as guess_mapping
from ambassador.interchange.columns import missing_columns as missing_columns
from ambassador.interchange.records import EmployerEntry, PlacementEntry
from ambassador.interchange.refusals import MEGABYTE
from ambassador.interchange.sheets import CP1252 as CP1252
from ambassador.interchange.sheets import UTF8 as UTF8
from ambassador.interchange.sheets import UTF8_SIG as UTF8_SIG
from ambassador.interchange.sheets import CsvChoice as CsvChoice
from ambassador.interchange.sheets import CsvDialect as CsvDialect
from ambassador.interchange.sheets import ReadLimits as ReadLimits
from ambassador.interchange.sheets import Sheet as Sheet
from ambassador.interchange.sheets import SheetError as SheetError
from ambassador.interchange.sheets import SheetFormat as SheetFormat
from ambassador.interchange.sheets import read_sheet
from ambassador.interchange.task_records import TaskEntry, read_tasks
from ambassador.services.changes import Changes
from ambassador.services.placements import add_with_plan
from ambassador.services.retrying import retried
from ambassador.storage.database import Database
from ambassador.storage.unit_of_work import UnitOfWork

HAS_BAD_ROWS = QT_TRANSLATE_NOOP(
    "Messages",
    "{count} rows have problems, so nothing was imported. Correct them in the file, or leave "
    "them out.",
)
PIN_REGISTERED = QT_TRANSLATE_NOOP(
    "Messages", "Already registered with this personal identity number; left as it is."
)
NAME_REGISTERED = QT_TRANSLATE_NOOP(
    "Messages", "A participant with this name is already registered; left as it is."
)
ORG_REGISTERED = QT_TRANSLATE_NOOP(
    "Messages", "Already registered with this organisation number; left as it is."
)
EMPLOYER_NAME_REGISTERED = QT_TRANSLATE_NOOP(
    "Messages", "An employer with this name is already registered; left as it is."
)
PLACEMENT_REGISTERED = QT_TRANSLATE_NOOP(
    "Messages", "This placement (same participant, employer and start) is already registered."
)
SAME_AS_ROW = QT_TRANSLATE_NOOP("Messages", "The same as row {row} of the file.")
PIN_OTHER_NAME = QT_TRANSLATE_NOOP(
    "Messages",
    "This personal identity number is registered for a participant with another name; check "
    "the number and the name.",
)
SAME_NUMBER_IN_FILE = QT_TRANSLATE_NOOP(
    "Messages",
    "The same personal identity number is on row {rows} of the file too; keep one of the rows.",
)
SAME_NAME_IN_FILE = QT_TRANSLATE_NOOP(
    "Messages",
    "The same name is on row {rows} of the file too, with no personal identity number to tell "
    "them apart; keep one of the rows, or give the numbers.",
)
SAME_ORGANISATION_IN_FILE = QT_TRANSLATE_NOOP(
    "Messages",
    "The same organisation number is on row {rows} of the file with another name; one number "
    "is one employer, so correct the number or the name.",
)
SAME_PLACEMENT_IN_FILE = QT_TRANSLATE_NOOP(
    "Messages",
    "The same placement (participant, employer and start) is on row {rows} of the file too; "
    "keep one of the rows.",
)
UNKNOWN_PARTICIPANT = QT_TRANSLATE_NOOP(
    "Messages", "No participant with this name or personal identity number is registered."
)
SEVERAL_PARTICIPANTS = QT_TRANSLATE_NOOP(
    "Messages",
    "Several participants have this name; add a column with the personal identity number.",
)
UNKNOWN_EMPLOYER = QT_TRANSLATE_NOOP(
    "Messages", "No employer with this name or organisation number is registered."
)
SEVERAL_EMPLOYERS = QT_TRANSLATE_NOOP(
    "Messages", "Several employers have this name; add a column with the organisation number."
)
UNKNOWN_TYPE = QT_TRANSLATE_NOOP(
    "Messages", "Not one of the placement types in the settings: {types}."
)
UNKNOWN_SUPERVISOR = QT_TRANSLATE_NOOP(
    "Messages", "The employer has no contact with this name; add the contact first."
)
UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP(
    "Messages", "Not one of the task categories in the settings: {categories}."
)
UNKNOWN_REQUIREMENT = QT_TRANSLATE_NOOP(
    "Messages", "Not one of the task requirements in the settings: {requirements}."
)
TASK_UPDATED = QT_TRANSLATE_NOOP(
    "Messages", "The employer already lists this task: its category and requirements are updated."
)
UNKNOWN_REASON = QT_TRANSLATE_NOOP(
    "Messages", "Not one of the ending reasons in the settings: {reasons}."
)
UNKNOWN_SUBSIDY_TYPE = QT_TRANSLATE_NOOP(
    "Messages", "Not one of the subsidy types in the settings: {types}."
)
UNKNOWN_AGREEMENT_FORM = QT_TRANSLATE_NOOP(
    "Messages", "Not one of the agreement forms in the settings: {forms}."
)


class RowStatus(StrEnum):
    NEW = "new"  # will be added
    UPDATED = "updated"  # already registered; changed to the row's values (a task)
    EXISTING = "existing"  # already registered; left as it is
    BAD = "bad"  # refused, with its reasons


@dataclass(frozen=True)
class PreviewRow:
    number: int  # as the spreadsheet shows it
    status: RowStatus
    label: str  # who or what the row is about (the identity number masked)
    problems: tuple[Problem, ...] = ()  # each names the column key it concerns


@dataclass(frozen=True)
class ImportPreview:
    kind: ListKind
    rows: tuple[PreviewRow, ...]

    def count(self, status: RowStatus) -> int:
        return sum(1 for row in self.rows if row.status is status)

    @property
    def bad(self) -> list[PreviewRow]:
        return [row for row in self.rows if row.status is RowStatus.BAD]


@dataclass(frozen=True)
class ImportResult:
    preview: ImportPreview
    added: int  # records added: participants, employers or placements
    contacts_added: int
    changes: Changes


# Planning ---------------------------------------------------------------------------------------


@dataclass
class _Plan:
    """The preview's rows, and what to add for the rows that are new."""

    rows: list[PreviewRow]
    participants: list[ParticipantFields]
    employers: list[tuple[EmployerEntry, list[EmployerEntry]]]  # an employer, its other rows
    placements: list[PlacementEntry]
    # (employer, task): a task with an id is the employer's own, changed; one without is new.
    tasks: list[tuple[int, EmployerTask]] = field(default_factory=list)

    @classmethod
    def empty(cls) -> _Plan:
        return cls([], [], [], [])

    def refuse(self, number: int, label: str, *problems: Problem) -> None:
        self.rows.append(PreviewRow(number, RowStatus.BAD, label, problems))

    def keep(self, number: int, label: str, problem: Problem) -> None:
        self.rows.append(PreviewRow(number, RowStatus.EXISTING, label, (problem,)))

    def add(self, number: int, label: str) -> None:
        self.rows.append(PreviewRow(number, RowStatus.NEW, label))

    def update(self, number: int, label: str, problem: Problem) -> None:
        self.rows.append(PreviewRow(number, RowStatus.UPDATED, label, (problem,)))


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


# How many of a row's twins in the file its reason names; "…" says there are more.
_TWINS_NAMED = 5


class _Twins:
    """Rows of one file that name the same record. Neither can be told to be the right one,
    so each is refused, naming the others; none is merged into another quietly."""

    def __init__(self) -> None:
        self._groups: dict[Hashable, list[int]] = {}

    def add(self, row: int, *keys: Hashable) -> None:
        for key in keys:
            self._groups.setdefault(key, []).append(row)

    def of(self, row: int, *keys: Hashable) -> str:
        """The other rows under any of `keys`, as the reason names them ("" for none)."""
        found: list[int] = []
        for key in keys:
            for other in self._groups.get(key, ()):
                if other != row and other not in found:
                    found.append(other)
                    if len(found) > _TWINS_NAMED:
                        return ", ".join(map(str, found[:_TWINS_NAMED])) + ", …"
        return ", ".join(map(str, found))


def _entries(uow: UnitOfWork, name: ListName) -> dict[str, str]:
    """Every way a sheet may write an entry of the list (folded) -> the label it is stored
    by: the label, and its name in each language, so a list exported in English ("Internship")
    comes back as the entry it was (Praktik). A label wins over another entry's name."""
    labels = uow.lists.labels(name, include_inactive=True)
    found: dict[str, str] = {}
    for language in LANGUAGES:
        names = uow.lists.names(language)
        for label in labels:
            found.setdefault(_fold(names.name(name, label)), label)
    found.update({_fold(label): label for label in labels})
    return found


def _plan_participants(uow: UnitOfWork, sheet: Sheet, mapping: Mapping, today: date) -> _Plan:
    plan = _Plan.empty()
    sources = _entries(uow, ListName.REFERRAL_SOURCES)
    registered: dict[str, str] = {}  # identity number -> the folded name it is registered for
    by_name: dict[str, list[str | None]] = {}
    for _id, number, first, last in uow.participants.identities():
        name = _fold(f"{first} {last}")
        if number:
            registered[number] = name
        by_name.setdefault(name, []).append(number)
    country = Settings.from_strings(uow.settings.all()).country
    rows = records.read_participants(sheet, mapping, today, country)
    # The same number twice, or the same name where one of the two has no number.
    twins = _Twins()
    for row in rows:
        if row.value is not None:
            number = row.value.personal_identity_number
            name = _fold(row.value.full_name)
            if number is None:
                twins.add(row.number, ("unnumbered", name))
            else:
                twins.add(row.number, ("number", number), ("numbered", name))
    for row in rows:
        fields = row.value
        if fields is None:
            plan.refuse(row.number, row.label, *row.problems)
            continue
        source = sources.get(_fold(fields.referral_source))
        if source is not None:
            fields = replace(fields, referral_source=source)
        number = fields.personal_identity_number
        label = " ".join(part for part in (fields.full_name, fields.masked_identity_number) if part)
        name = _fold(fields.full_name)
        if number is not None and number in registered:
            if registered[number] == name:
                plan.keep(row.number, label, Problem("personal_identity_number", PIN_REGISTERED))
            else:
                plan.refuse(row.number, label, Problem("personal_identity_number", PIN_OTHER_NAME))
        elif any(other is None or number is None for other in by_name.get(name, ())):
            # Same name, and one of the two has no number to tell them apart.
            plan.keep(row.number, label, Problem("first_name", NAME_REGISTERED))
        elif number is not None and (same := twins.of(row.number, ("number", number))):
            plan.refuse(
                row.number,
                label,
                Problem("personal_identity_number", SAME_NUMBER_IN_FILE, {"rows": same}),
            )
        elif same := twins.of(
            row.number,
            ("unnumbered", name),
            *(() if number is not None else (("numbered", name),)),
        ):
            plan.refuse(row.number, label, Problem("first_name", SAME_NAME_IN_FILE, {"rows": same}))
        else:
            plan.add(row.number, label)
            plan.participants.append(fields)
    return plan


def _plan_employers(uow: UnitOfWork, sheet: Sheet, mapping: Mapping) -> _Plan:
    plan = _Plan.empty()
    registered_numbers: set[str] = set()
    registered_names: set[str] = set()
    for _id, number, name in uow.employers.identities():
        if number:
            registered_numbers.add(number)
        registered_names.add(_fold(name))
    rows = records.read_employers(sheet, mapping, Settings.from_strings(uow.settings.all()).country)
    # One organisation number under two names is two employers the file cannot both hold.
    names_of: dict[str, dict[str, None]] = {}
    twins = _Twins()
    for row in rows:
        if row.value is not None and (org := row.value.employer.organisation_number):
            name = _fold(row.value.employer.name)
            names_of.setdefault(org, {})[name] = None
            twins.add(row.number, (org, name))
    # An employer that recurs in the file (one row per contact) is added once, with every
    # row's contact.
    groups: dict[str, tuple[int, EmployerEntry, list[EmployerEntry]]] = {}
    for row in rows:
        entry = row.value
        if entry is None:
            plan.refuse(row.number, row.label, *row.problems)
            continue
        employer = entry.employer
        label = employer.name
        org = employer.organisation_number
        key = org or _fold(employer.name)
        if org in registered_numbers:
            plan.keep(row.number, label, Problem("organisation_number", ORG_REGISTERED))
        elif org is None and _fold(employer.name) in registered_names:
            plan.keep(row.number, label, Problem("name", EMPLOYER_NAME_REGISTERED))
        elif org is not None and len(names_of[org]) > 1:
            others = [(org, name) for name in names_of[org] if name != _fold(employer.name)]
            plan.refuse(
                row.number,
                label,
                Problem(
                    "organisation_number",
                    SAME_ORGANISATION_IN_FILE,
                    {"rows": twins.of(row.number, *others)},
                ),
            )
        elif key in groups:
            first_row, _first, others_in_group = groups[key]
            if entry.contact is None:
                plan.refuse(row.number, label, Problem("name", SAME_AS_ROW, {"row": first_row}))
            else:
                others_in_group.append(entry)
                plan.add(row.number, f"{label}: {entry.contact.name}")
        else:
            groups[key] = (row.number, entry, [])
            plan.add(row.number, label)
    plan.employers = [(entry, others) for _row, entry, others in groups.values()]
    return plan


class _Finder:
    """Participants and employers as a placements sheet names them."""

    def __init__(self, uow: UnitOfWork, country: str) -> None:
        self.country = country
        self.by_number: dict[str, int] = {}
        self.by_name: dict[str, list[int]] = {}
        for participant_id, number, first, last in uow.participants.identities():
            if number:
                self.by_number[number] = participant_id
            self.by_name.setdefault(_fold(f"{first} {last}"), []).append(participant_id)
        self.by_org: dict[str, int] = {}
        self.by_employer_name: dict[str, list[int]] = {}
        for employer_id, number, name in uow.employers.identities():
            if number:
                self.by_org[number] = employer_id
            self.by_employer_name.setdefault(_fold(name), []).append(employer_id)

    def participant(self, entry: PlacementEntry) -> int | Problem:
        if entry.identity_number is not None:
            found = self.by_number.get(entry.identity_number)
            return (
                found
                if found is not None
                else Problem("personal_identity_number", UNKNOWN_PARTICIPANT)
            )
        return self._one(
            self.by_name.get(_fold(entry.participant_name), []),
            Problem("participant_name", UNKNOWN_PARTICIPANT),
            Problem("participant_name", SEVERAL_PARTICIPANTS),
        )

    def employer(self, entry: PlacementEntry | TaskEntry) -> int | Problem:
        if entry.organisation_number is not None:
            try:
                number = parse_employer_number(entry.organisation_number, self.country)
            except ValidationError as error:
                problem = error.problems[0]
                return Problem("organisation_number", problem.message, problem.params)
            found = self.by_org.get(number)
            return found if found is not None else Problem("organisation_number", UNKNOWN_EMPLOYER)
        return self._one(
            self.by_employer_name.get(_fold(entry.employer_name), []),
            Problem("name", UNKNOWN_EMPLOYER),
            Problem("name", SEVERAL_EMPLOYERS),
        )

    @staticmethod
    def _one(found: list[int], none: Problem, several: Problem) -> int | Problem:
        if not found:
            return none
        return found[0] if len(found) == 1 else several


def _plan_placements(uow: UnitOfWork, sheet: Sheet, mapping: Mapping, today: date) -> _Plan:
    plan = _Plan.empty()
    settings = Settings.from_strings(uow.settings.all())
    types = _entries(uow, ListName.PLACEMENT_TYPES)
    reasons = _entries(uow, ListName.ENDING_REASONS)
    subsidy_types = _entries(uow, ListName.SUBSIDY_TYPES)
    agreement_forms = _entries(uow, ListName.AGREEMENT_FORMS)
    finder = _Finder(uow, settings.country)
    contacts = uow.employers.all_contacts()
    registered = uow.placements.keys()
    twins = _Twins()
    # Rows to add unless the file holds the same placement twice: row, label, key, entry.
    candidates: list[tuple[int, str, tuple[int, int, date], PlacementEntry]] = []
    type_plans = {_fold(t): own for t, own in uow.type_plans.all().items()}
    rows = records.read_placements(
        sheet,
        mapping,
        today,
        lambda placement_type: type_plans.get(
            _fold(types.get(_fold(placement_type), placement_type)), settings.default_plan
        ),
        settings.silent_after_days,
        settings.country,
    )
    for row in rows:
        entry = row.value
        if entry is None:
            plan.refuse(row.number, row.label, *row.problems)
            continue
        who = entry.participant_name or mask_personal_identity_number(entry.identity_number)
        label = f"{who}, {entry.employer_name}"
        problems: list[Problem] = []
        participant_id = finder.participant(entry)
        employer_id = finder.employer(entry)
        for found in (participant_id, employer_id):
            if isinstance(found, Problem):
                problems.append(found)
        placement_type = types.get(_fold(entry.placement.placement_type))
        if placement_type is None:
            problems.append(
                Problem("placement_type", UNKNOWN_TYPE, {"types": ", ".join(types.values())})
            )
        subsidy_type = _listed(entry.placement.subsidy_type, subsidy_types)
        if subsidy_type is None:
            problems.append(
                Problem(
                    "subsidy_type",
                    UNKNOWN_SUBSIDY_TYPE,
                    {"types": ", ".join(dict.fromkeys(subsidy_types.values()))},
                )
            )
        agreement_form = _listed(entry.placement.agreement_form, agreement_forms)
        if agreement_form is None:
            problems.append(
                Problem(
                    "agreement_form",
                    UNKNOWN_AGREEMENT_FORM,
                    {"forms": ", ".join(dict.fromkeys(agreement_forms.values()))},
                )
            )
        supervisor_id: int | None = None
        if entry.supervisor_name and isinstance(employer_id, int):
            supervisor_id = _contact_named(contacts.get(employer_id, []), entry.supervisor_name)
            if supervisor_id is None:
                problems.append(Problem("supervisor_name", UNKNOWN_SUPERVISOR))
        ending = entry.ending
        if ending is not None and ending.outcome is Outcome.ENDED_EARLY:
            reason = reasons.get(_fold(ending.reason))
            if reason is None:
                problems.append(
                    Problem(
                        "ending_reason", UNKNOWN_REASON, {"reasons": ", ".join(reasons.values())}
                    )
                )
            else:
                ending = replace(ending, reason=reason)
        if problems or not isinstance(participant_id, int) or not isinstance(employer_id, int):
            plan.refuse(row.number, label, *problems)
            continue
        placement = replace(
            entry.placement,
            participant_id=participant_id,
            employer_id=employer_id,
            placement_type=placement_type or "",
            supervisor_id=supervisor_id,
            subsidy_type=subsidy_type or "",
            agreement_form=agreement_form or "",
        )
        if ending is not None:
            try:
                ending = _check_ending(placement, ending, today)
            except ValidationError as error:
                plan.refuse(row.number, label, *error.problems)
                continue
        key = (participant_id, employer_id, placement.start_date)
        if key in registered:
            plan.keep(row.number, label, Problem("start_date", PLACEMENT_REGISTERED))
        else:
            twins.add(row.number, key)
            ready = replace(entry, placement=placement, ending=ending)
            candidates.append((row.number, label, key, ready))
    for number, label, key, ready in candidates:
        if same := twins.of(number, key):
            problem = Problem("start_date", SAME_PLACEMENT_IN_FILE, {"rows": same})
            plan.refuse(number, label, problem)
        else:
            plan.add(number, label)
            plan.placements.append(ready)
    plan.rows.sort(key=lambda preview_row: preview_row.number)
    return plan


def _listed(written: str, entries: dict[str, str]) -> str | None:
    """The stored label of the entry `written` names; "" for an empty cell; None for a
    cell that names no entry of the list."""
    if not written:
        return ""
    return entries.get(_fold(written))


def _contact_named(contacts: list[Contact], name: str) -> int | None:
    wanted = _fold(name)
    return next((c.id for c in contacts if _fold(c.name) == wanted), None)


def _check_ending(placement: PlacementFields, ending: Ending, today: date) -> Ending:
    # validate_ending asks for a registered placement; these fields are what it reads.
    stand_in = Placement(**vars(placement), id=0, created_at=_EPOCH, updated_at=_EPOCH)
    return validate_ending(stand_in, ending, today)


_EPOCH = datetime(2000, 1, 1)


def _plan_tasks(uow: UnitOfWork, sheet: Sheet, mapping: Mapping) -> _Plan:
    """Each row a task of a registered employer: new, or the employer's task of the same name
    (any case or spacing) changed to the row's category and requirements, never a second."""
    plan = _Plan.empty()
    finder = _Finder(uow, Settings.from_strings(uow.settings.all()).country)
    categories = _entries(uow, ListName.TASK_CATEGORIES)
    needs = _entries(uow, ListName.TASK_REQUIREMENTS)
    rows = read_tasks(sheet, mapping)
    found: dict[int, int | Problem] = {}
    for row in rows:
        if row.value is not None:
            found[row.number] = finder.employer(row.value)
    employer_ids = {e for e in found.values() if isinstance(e, int)}
    listed = uow.employer_tasks.of_employers(employer_ids) if employer_ids else {}
    own = {
        (employer_id, _fold(task.title)): task
        for employer_id, tasks in listed.items()
        for task in tasks
    }
    counts = {employer_id: len(tasks) for employer_id, tasks in listed.items()}
    first_row: dict[tuple[int, str], int] = {}
    for row in rows:
        entry = row.value
        if entry is None:
            plan.refuse(row.number, row.label, *row.problems)
            continue
        label = f"{entry.employer_name or entry.organisation_number}: {entry.title}"
        employer = found[row.number]
        problems = [employer] if isinstance(employer, Problem) else []
        category = categories.get(_fold(entry.category), "") if entry.category else ""
        if entry.category and not category:
            known = ", ".join(dict.fromkeys(categories.values()))
            problems.append(Problem("category", UNKNOWN_CATEGORY, {"categories": known}))
        unknown = [need for need in entry.requirements if _fold(need) not in needs]
        if unknown:
            known = ", ".join(dict.fromkeys(needs.values()))
            problems.append(Problem("requirements", UNKNOWN_REQUIREMENT, {"requirements": known}))
        if problems or not isinstance(employer, int):
            plan.refuse(row.number, label, *problems)
            continue
        key = (employer, _fold(entry.title))
        if key in first_row:
            plan.refuse(row.number, label, Problem("title", SAME_AS_ROW, {"row": first_row[key]}))
            continue
        first_row[key] = row.number
        task = EmployerTask(
            title=entry.title,
            category=category,
            requirements=tuple(needs[_fold(need)] for need in entry.requirements),
        )
        if key in own:
            plan.update(row.number, label, Problem("title", TASK_UPDATED))
            plan.tasks.append((employer, replace(task, title=own[key].title, id=own[key].id)))
        elif counts.get(employer, 0) >= MAX_TASKS:
            plan.refuse(row.number, label, Problem("title", TOO_MANY_TASKS, {"limit": MAX_TASKS}))
        else:
            counts[employer] = counts.get(employer, 0) + 1
            plan.add(row.number, label)
            plan.tasks.append((employer, task))
    return plan


_PLANNERS: dict[ListKind, Callable[[UnitOfWork, Sheet, Mapping, date], _Plan]] = {
    ListKind.PARTICIPANTS: _plan_participants,
    ListKind.EMPLOYERS: lambda uow, sheet, mapping, _today: _plan_employers(uow, sheet, mapping),
    ListKind.PLACEMENTS: _plan_placements,
    ListKind.TASKS: lambda uow, sheet, mapping, _today: _plan_tasks(uow, sheet, mapping),
}


# The service ------------------------------------------------------------------------------------


def read_limits(settings: Settings) -> ReadLimits:
    """How much of a file one import reads, as the settings say."""
    return ReadLimits(
        max_bytes=settings.import_max_megabytes * MEGABYTE,
        max_rows=settings.import_max_rows,
        max_cell_characters=settings.import_max_cell_characters,
        max_unpacked_bytes=settings.import_max_unpacked_megabytes * MEGABYTE,
    )


class ImportService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def limits(self) -> ReadLimits:
        with self._db.read() as uow:
            return read_limits(Settings.from_strings(uow.settings.all()))

    def read(self, path: Path, encoding: str | None = None, delimiter: str | None = None) -> Sheet:
        """The file as a sheet, within the settings' limits; a CSV file's encoding and
        delimiter as given, each detected when None. Refused with a `SheetError`."""
        choice = CsvChoice(encoding, delimiter) if encoding or delimiter else None
        return read_sheet(path, choice, self.limits())

    def preview(self, kind: ListKind, sheet: Sheet, mapping: Mapping) -> ImportPreview:
        with self._db.read() as uow:
            plan = _PLANNERS[kind](uow, sheet, mapping, self._clock.today())
        return ImportPreview(kind, tuple(plan.rows))

    @retried
    def commit(
        self, kind: ListKind, sheet: Sheet, mapping: Mapping, *, leave_out_bad: bool = False
    ) -> ImportResult:
        """Add every new row in one transaction; with bad rows, nothing unless they are left
        out on purpose."""
        now = self._clock.now()
        with self._db.write() as uow:
            plan = _PLANNERS[kind](uow, sheet, mapping, now.date())
            preview = ImportPreview(kind, tuple(plan.rows))
            if preview.bad and not leave_out_bad:
                raise RuleViolationError(HAS_BAD_ROWS, count=len(preview.bad))
            if kind is ListKind.PARTICIPANTS:
                added = self._add_participants(uow, plan.participants, now)
                contacts: list[int] = []
                changes = Changes(participants=frozenset(added))
            elif kind is ListKind.EMPLOYERS:
                added, contacts = self._add_employers(uow, plan.employers, now)
                changes = Changes(employers=frozenset(added))
            elif kind is ListKind.TASKS:
                added = uow.employer_tasks.add_or_update(plan.tasks)
                contacts = []
                changes = Changes(employers=frozenset(e for e, _task in plan.tasks))
            else:
                added, check_ins, checks = self._add_placements(uow, plan.placements, now)
                contacts = []
                changes = Changes(
                    participants=frozenset(e.placement.participant_id for e in plan.placements),
                    employers=frozenset(e.placement.employer_id for e in plan.placements),
                    placements=frozenset(added),
                    check_ins=frozenset(check_ins),
                    outcome_checks=frozenset(checks),
                )
            if added:
                uow.audit.add(
                    AuditEntry(
                        now,
                        AuditAction.IMPORT,
                        subject_kind=kind.value,
                        subject_ids=tuple(added),
                        count=len(added),
                        detail=kind.value,
                    )
                )
        return ImportResult(preview, len(added), len(contacts), changes)

    @staticmethod
    def _add_participants(
        uow: UnitOfWork, items: list[ParticipantFields], now: datetime
    ) -> list[int]:
        ids = uow.bulk.next_ids("participants", len(items))
        participants = [
            Participant(**vars(fields), id=id_, created_at=now, updated_at=now)
            for id_, fields in zip(ids, items, strict=True)
        ]
        uow.bulk.participants(participants)
        return [p.id for p in participants]

    @staticmethod
    def _add_employers(
        uow: UnitOfWork, items: list[tuple[EmployerEntry, list[EmployerEntry]]], now: datetime
    ) -> tuple[list[int], list[int]]:
        employer_ids = uow.bulk.next_ids("employers", len(items))
        contact_ids = iter(
            uow.bulk.next_ids(
                "contacts",
                sum(row.contact is not None for entry, others in items for row in (entry, *others)),
            )
        )
        employers: list[Employer] = []
        contacts: list[Contact] = []
        for employer_id, (entry, others) in zip(employer_ids, items, strict=True):
            employers.append(
                Employer(**vars(entry.employer), id=employer_id, created_at=now, updated_at=now)
            )
            for row in (entry, *others):
                if row.contact is not None:
                    fields = replace(row.contact, employer_id=employer_id)
                    contacts.append(Contact(**vars(fields), id=next(contact_ids)))
        uow.bulk.employers(employers)
        uow.bulk.contacts(contacts)
        return [e.id for e in employers], [c.id for c in contacts]

    @staticmethod
    def _add_placements(
        uow: UnitOfWork, items: list[PlacementEntry], now: datetime
    ) -> tuple[list[int], list[int], list[int]]:
        """The placements, their planned check-ins, and the outcome checks of those that came
        already ended: one is due the setting's days after the end, as ending one in the
        window schedules it, when that day is today or later (one whose day has passed would
        ask about a time already gone)."""
        placements: list[int] = []
        check_ins: list[int] = []
        checks: list[int] = []
        after = timedelta(days=Settings.from_strings(uow.settings.all()).outcome_check_days)
        for entry in items:
            if entry.ending is None:
                placement, planned = add_with_plan(uow, entry.placement, now, from_day=now.date())
                check_ins.extend(planned)
            else:
                # A placement that ended before it came here has no follow-up left to plan.
                placement = uow.placements.add(entry.placement, now)
                uow.placements.end(placement.id, entry.ending, now)
                due = entry.ending.ended_on + after
                if due >= now.date():
                    checks.append(uow.outcome_checks.add(placement.id, due, now).id)
            placements.append(placement.id)
        return placements, check_ins, checks
