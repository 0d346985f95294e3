"""Use cases for the settings and editable lists stored with the data."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ambassador.domain.audit import AuditAction, AuditEntry
from ambassador.domain.clock import Clock
from ambassador.domain.country import CHOOSE_COUNTRY, COUNTRIES
from ambassador.domain.enums import ListName
from ambassador.domain.errors import Problem, RuleViolationError, ValidationError
from ambassador.domain.list_names import ListEntry, ListNames, clean_entries
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.plan import FollowUpPlan, plan_problems, validate_plan
from ambassador.domain.settings import (
    PERSONAL_SETTINGS,
    Settings,
    changed_fields,
    clean_list,
    list_problems,
    validate_settings,
)
from ambassador.services.changes import Changes
from ambassador.services.country_defaults import apply_country_defaults
from ambassador.services.retrying import retried
from ambassador.storage.database import Database
from ambassador.storage.unit_of_work import UnitOfWork

UNKNOWN_TYPE = QT_TRANSLATE_NOOP("Messages", "Choose a placement type from the list.")
COUNTRY_FIXED = QT_TRANSLATE_NOOP(
    "Messages",
    "The country cannot be changed once participants or employers are registered: their "
    "identity and organisation numbers are the country's.",
)

ADMINISTRATOR_ONLY = QT_TRANSLATE_NOOP(
    "Messages",
    "The organisation's settings and lists are set by its administrator; nothing was saved.",
)


class SettingsService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def get(self) -> Settings:
        """The settings as the signed-in user works with them: on a server their own contact
        details and language where they have set them, the organisation's otherwise."""
        with self._db.read() as uow:
            return Settings.from_strings(uow.settings.all())

    def organisation_editable(self) -> bool:
        """Whether the signed-in user may change the organisation's settings and lists: on a
        server its administrator (the database's grants say so), on a file anyone. A
        coordinator's own settings (PERSONAL_SETTINGS) are always theirs to change."""
        with self._db.read() as uow:
            return uow.may_change_organisation_settings()

    @retried
    def save(
        self,
        settings: Settings,
        lists: Mapping[ListName, list[ListEntry]] | None = None,
        type_plans: Mapping[str, FollowUpPlan | None] | None = None,
        *,
        language: str | None = None,
        read: Settings | None = None,
    ) -> Changes:
        """Save the settings, any lists and any placement types' own plans (None: the type
        uses the default plan) given, in one transaction: all of it or nothing. The lists'
        entries are named in `language`, the language they were edited in (by default the
        stored one: the window's). `read`: the settings as the form read them; a setting the
        form left as it read it keeps what is stored now, which someone else (on a server, an
        administrator) may have changed since: only what was changed here is saved."""
        lists = {name: clean_entries(entries) for name, entries in (lists or {}).items()}
        type_plans = type_plans or {}
        problems: list[Problem] = []
        try:
            clean = validate_settings(settings)
        except ValidationError as error:
            problems.extend(error.problems)
        for name, entries in lists.items():
            problems.extend(list_problems(name.value, [entry.name for entry in entries]))
        for plan in type_plans.values():
            if plan is not None:
                problems.extend(plan_problems("type_plan", plan))
        if problems:
            raise ValidationError(problems)
        with self._db.write() as uow:
            stored = Settings.from_strings(uow.settings.all())
            if read is not None:
                clean = _only_changed(clean, read, stored)
            if clean.country != stored.country:
                self._refuse_unless_administrator(uow)
                self._refuse_country_change(uow)
                # The lists the editor showed were the other country's: the new country's
                # defaults take their place.
                apply_country_defaults(uow, clean.country)
                lists = {}
            changed = changed_fields(stored, clean)
            edited_in = language or stored.language
            values = clean.to_strings()
            if self._db.server is not None:
                # Stored as the user's own only when they changed it: otherwise it keeps
                # following the organisation's.
                values = {
                    key: value
                    for key, value in values.items()
                    if key not in PERSONAL_SETTINGS or key in changed
                }
                if not uow.may_change_organisation_settings():
                    # A coordinator's form shows the organisation's part read-only: what
                    # reaches here unchanged is left alone, anything changed is refused.
                    organisation_changed = (
                        any(key not in PERSONAL_SETTINGS for key in changed)
                        or any(uow.lists.entries(n, edited_in) != e for n, e in lists.items())
                        or self._type_plans_differ(uow, type_plans)
                    )
                    if organisation_changed:
                        raise RuleViolationError(ADMINISTRATOR_ONLY)
                    values = {key: values[key] for key in values if key in PERSONAL_SETTINGS}
                    lists, type_plans = {}, {}
            uow.settings.put(values)
            for name, entries in lists.items():
                if uow.lists.entries(name, edited_in) != entries:
                    changed.append(f"list:{name.value}")
                uow.lists.replace_entries(name, entries, edited_in)
            if self._put_type_plans(uow, type_plans):
                changed.append("type_plan")
            self._audit(uow, changed)
        return Changes(settings=True)

    def country(self) -> str:
        with self._db.read() as uow:
            return Settings.from_strings(uow.settings.all()).country

    def country_fixed(self) -> bool:
        """Whether the country can no longer be changed: someone is registered."""
        with self._db.read() as uow:
            return not uow.is_empty()

    @retried
    def set_country(self, country: str) -> Changes:
        """Choose the organisation's country; refused once a participant (in the trash too)
        or an employer is registered, whose numbers are the country's."""
        if country not in COUNTRIES:
            raise ValidationError.single("country", CHOOSE_COUNTRY)
        with self._db.write() as uow:
            stored = Settings.from_strings(uow.settings.all())
            if stored.country == country:
                return Changes()
            self._refuse_unless_administrator(uow)
            self._refuse_country_change(uow)
            uow.settings.put({"country": country})
            apply_country_defaults(uow, country)
            self._audit(uow, ["country"])
        return Changes(settings=True)

    @staticmethod
    def _refuse_unless_administrator(uow: UnitOfWork) -> None:
        """Said in words before the database refuses it (a coordinator on a server)."""
        if not uow.may_change_organisation_settings():
            raise RuleViolationError(ADMINISTRATOR_ONLY)

    @staticmethod
    def _refuse_country_change(uow: UnitOfWork) -> None:
        if not uow.is_empty():
            raise RuleViolationError(COUNTRY_FIXED)

    def list_labels(self, name: ListName) -> list[str]:
        with self._db.read() as uow:
            return uow.lists.labels(name)

    def list_names(self, language: str) -> ListNames:
        """What every entry of every list is called in `language`: what the window and the
        documents show for a stored label."""
        with self._db.read() as uow:
            return uow.lists.names(language)

    def list_entries(self, name: ListName, language: str) -> list[ListEntry]:
        """A list's active entries with their names in `language`, for its editor."""
        with self._db.read() as uow:
            return uow.lists.entries(name, language)

    def lists_entries(
        self, lists: Sequence[ListName], language: str
    ) -> dict[ListName, list[ListEntry]]:
        """`list_entries` of each of `lists`, read at once (Inställningar's editors)."""
        with self._db.read() as uow:
            return uow.lists.entries_of(lists, language)

    @retried
    def save_list(self, name: ListName, labels: list[str]) -> Changes:
        """Make `labels` the list; a new one is named by itself in the stored language."""
        problems = list_problems(name.value, labels)
        if problems:
            raise ValidationError(problems)
        with self._db.write() as uow:
            if uow.lists.labels(name) != clean_list(labels):
                self._refuse_unless_administrator(uow)
                self._audit(uow, [f"list:{name.value}"])
            language = Settings.from_strings(uow.settings.all()).language
            uow.lists.replace(name, clean_list(labels), language=language)
        return Changes(settings=True)

    def plan_for_type(self, placement_type: str) -> FollowUpPlan:
        """The plan a new placement of this type is proposed: the type's own, else the
        default plan."""
        with self._db.read() as uow:
            own = uow.type_plans.get(placement_type)
            return (
                own if own is not None else Settings.from_strings(uow.settings.all()).default_plan
            )

    def type_plans(self) -> dict[str, FollowUpPlan]:
        """The placement types that have a plan of their own."""
        with self._db.read() as uow:
            return uow.type_plans.all()

    @retried
    def set_type_plan(self, placement_type: str, plan: FollowUpPlan | None) -> Changes:
        """Give a placement type its own plan; None: it proposes the default plan."""
        if plan is not None:
            validate_plan("type_plan", plan)
        with self._db.write() as uow:
            if self._type_plans_differ(uow, {placement_type: plan}):
                self._refuse_unless_administrator(uow)
            if self._put_type_plans(uow, {placement_type: plan}):
                self._audit(uow, ["type_plan"])
        return Changes(settings=True)

    @staticmethod
    def _type_plans_differ(uow: UnitOfWork, plans: Mapping[str, FollowUpPlan | None]) -> bool:
        return any(uow.type_plans.get(kind) != plan for kind, plan in plans.items())

    @staticmethod
    def _put_type_plans(uow: UnitOfWork, plans: Mapping[str, FollowUpPlan | None]) -> bool:
        """Store the types' plans; whether any differed from what was stored."""
        types = uow.lists.labels(ListName.PLACEMENT_TYPES, include_inactive=True)
        changed = False
        for placement_type, plan in plans.items():
            if placement_type not in types:
                raise ValidationError.single("type_plan", UNKNOWN_TYPE)
            if uow.type_plans.get(placement_type) != plan:
                uow.type_plans.put(placement_type, plan)
                changed = True
        return changed

    def _audit(self, uow: UnitOfWork, changed: list[str]) -> None:
        if changed:
            detail = ",".join(changed)[:200]
            uow.audit.add(
                AuditEntry(
                    self._clock.now(), AuditAction.SETTINGS, count=len(changed), detail=detail
                )
            )


def _only_changed(typed: Settings, read: Settings, stored: Settings) -> Settings:
    """`typed` where it differs from what the form `read`, `stored` everywhere else."""
    was, now = read.to_strings(), stored.to_strings()
    return Settings.from_strings(
        {
            key: value if value != was.get(key) else now[key]
            for key, value in typed.to_strings().items()
        }
    )
