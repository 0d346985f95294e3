"""Deterministic, realistic, made-up sample data for demos, tests and benchmarks: Swedish, or
Danish in a database made for Denmark (its names, employers, notes and numbers).

Everything comes from one `random.Random(seed)` and the injected clock, so the same seed on
the same day writes the same file. Identity and organisation numbers are generated with a
valid check digit (a tenth of the CPR numbers without one, as issued since 2007); none is
copied from a register. All rows go in through the bulk loader in
one transaction, placements and their follow-up a chunk at a time to keep memory flat.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from types import ModuleType
from typing import TypeVar

from ambassador import paths
from ambassador.domain.clock import Clock
from ambassador.domain.country import DENMARK
from ambassador.domain.employer import Contact, Employer
from ambassador.domain.enums import (
    AgreementStatus,
    CheckInStatus,
    ConsentScope,
    ContactRole,
    Gender,
    ListName,
    Outcome,
    Respondent,
    Sector,
    WithWhom,
)
from ambassador.domain.errors import RuleViolationError
from ambassador.domain.figures import Period
from ambassador.domain.followup import CheckIn, CheckInSeries, Feedback, FeedbackFields, Note
from ambassador.domain.identity import luhn_check_digit
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.outcome_check import FollowUpResult, OutcomeCheck
from ambassador.domain.participant import Consent, Participant
from ambassador.domain.placement import Ending, Placement
from ambassador.domain.plan import DEFAULT_PLAN, FollowUpPlan, Phase
from ambassador.domain.questionnaire import new_code
from ambassador.domain.settings import Settings
from ambassador.domain.tasks import EmployerTask
from ambassador.services import (
    sample_network,
    sample_placement_tasks,
    sample_projects,
    sample_targets,
    sample_tasks,
    sample_tasks_da,
    sample_terms,
    sample_texts_da,
)
from ambassador.services import sample_texts as texts
from ambassador.storage.database import Database
from ambassador.storage.unit_of_work import UnitOfWork

NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Messages", "The database already holds data; sample data goes into an empty file."
)

T = TypeVar("T")


class Size(StrEnum):
    SMALL = "small"
    DECADE = "decade"
    STRESS = "stress"


@dataclass(frozen=True)
class Scale:
    participants: int
    employers: int
    placements: int
    years: int
    days_per_note: int


SCALES = {
    Size.SMALL: Scale(participants=30, employers=15, placements=40, years=2, days_per_note=12),
    Size.DECADE: Scale(
        participants=3000, employers=1000, placements=5000, years=10, days_per_note=11
    ),
    Size.STRESS: Scale(
        participants=30000, employers=10000, placements=50000, years=10, days_per_note=11
    ),
}
CHUNK = 1000  # placements whose follow-up is built and written together


class Scenario(StrEnum):
    """What SMALL forces on its placements in turn, so every list of the home screen fills."""

    ACTIVE = "active"
    SILENT = "silent"
    OVERDUE = "overdue"
    TODAY = "today"
    ENDING_SOON = "ending_soon"
    PLANNED = "planned"
    PAUSED = "paused"
    ENDED = "ended"
    ENDED_EARLY = "ended_early"


SMALL_SCENARIOS = (
    Scenario.ACTIVE, Scenario.SILENT, Scenario.OVERDUE, Scenario.TODAY, Scenario.ENDING_SOON,
    Scenario.ENDED, Scenario.PLANNED, Scenario.ENDED_EARLY, Scenario.ACTIVE, Scenario.PAUSED,
)  # fmt: skip
NORMAL_OUTCOMES = (
    (Outcome.EMPLOYMENT, 30),
    (Outcome.SUBSIDISED_EMPLOYMENT, 15),
    (Outcome.STUDIES, 12),
    (Outcome.OTHER_MEASURE, 20),
    (Outcome.NO_OCCUPATION, 23),
)

_WORK, _STUDIES = FollowUpResult.WORK, FollowUpResult.STUDIES
_OTHER, _NONE = FollowUpResult.OTHER_MEASURE, FollowUpResult.NONE
_UNSETTLED = ((_WORK, 15), (_STUDIES, 10), (_OTHER, 25), (_NONE, 50))
# What the person does at the outcome check, by how the placement ended (weights of 100).
AFTER_90_RESULTS: dict[Outcome, tuple[tuple[FollowUpResult, int], ...]] = {
    Outcome.EMPLOYMENT: ((_WORK, 85), (_STUDIES, 3), (_OTHER, 4), (_NONE, 8)),
    Outcome.SUBSIDISED_EMPLOYMENT: ((_WORK, 80), (_STUDIES, 2), (_OTHER, 8), (_NONE, 10)),
    Outcome.STUDIES: ((_WORK, 8), (_STUDIES, 80), (_OTHER, 4), (_NONE, 8)),
    Outcome.OTHER_MEASURE: ((_WORK, 20), (_STUDIES, 5), (_OTHER, 60), (_NONE, 15)),
    Outcome.NO_OCCUPATION: _UNSETTLED,
    Outcome.ENDED_EARLY: _UNSETTLED,
}

MEETING_KINDS = (
    "Arbetsplatsbesök", "Telefonsamtal", "Trepartssamtal", "Digitalt möte",
    "Virksomhedsbesøg", "Telefonsamtale", "Trepartssamtale", "Digitalt møde",
)  # fmt: skip
# Weights of a CPR number's ten digits: a sum divisible by 11 is the modulus-11 check all
# numbers had before 2007; of a CVR number's eight, the check every one has.
CPR_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
CVR_WEIGHTS = (2, 7, 6, 5, 4, 3, 2, 1)
WITHOUT_MODULUS_11 = 0.1  # the share of sample CPR numbers that fail the check


def working_day(day: date, *, later: bool = True) -> date:
    """`day` if it is a weekday, else the next weekday (the previous one unless `later`)."""
    while day.weekday() >= 5:
        day += timedelta(days=1 if later else -1)
    return day


def nearest_working_day(day: date) -> date:
    """A Saturday's Friday, a Sunday's Monday."""
    return working_day(day, later=day.weekday() == 6)


HISTORY_PLACEMENTS = 45  # SMALL's extra ended placements, for the outcome figures
QUESTIONNAIRE_PLACEMENTS = 60  # the placements printed questionnaires are made for


@dataclass(frozen=True)
class SampleReport:
    participants: int
    employers: int
    contacts: int
    placements: int
    notes: int
    check_ins: int
    feedback: int


@dataclass
class _Counters:
    note: int = 0
    check_in: int = 0
    series: int = 0
    feedback: int = 0
    consent: int = 0


class SampleDataService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def generate(self, size: Size = Size.SMALL, seed: int = 1) -> SampleReport:
        """Fill an empty database; one that holds anything is refused untouched."""
        with self._db.write() as uow:
            if not uow.is_empty():
                raise RuleViolationError(NOT_EMPTY)
            return _Generator(uow, self._clock.now(), SCALES[size], size, seed).run()

    def fill_if_empty(self, size: Size = Size.SMALL, seed: int = 1) -> SampleReport | None:
        """The demo's first start fills its file; later starts find their data as left."""
        with self._db.write() as uow:
            if not uow.is_empty():
                return None
            return _Generator(uow, self._clock.now(), SCALES[size], size, seed).run()


class _Generator:
    def __init__(self, uow: UnitOfWork, now: datetime, scale: Scale, size: Size, seed: int):
        self.uow = uow
        self.now = now
        self.today = now.date()
        self.scale = scale
        self.small = size is Size.SMALL
        self.rng = random.Random(seed)
        self.seed = seed  # the parts of issue 23 draw from their own Random(seed-derived)
        # Its own draws, so moving a contact off a weekend changes nothing else drawn.
        self.weekdays = random.Random(seed)
        self.count = _Counters()
        self.danish = Settings.from_strings(uow.settings.all()).country == DENMARK
        # The word lists of the country: sample_texts_da has sample_texts' names.
        self.texts: ModuleType = sample_texts_da if self.danish else texts
        tasks = sample_tasks_da.TASKS if self.danish else sample_tasks.TASKS
        self.tasks_of_industry = (
            sample_tasks_da.TASKS_OF_INDUSTRY if self.danish else sample_tasks.TASKS_OF_INDUSTRY
        )
        # task title -> (its category, its requirements)
        self.task_of = {
            title: (category, requirements)
            for category, listed in tasks.items()
            for title, requirements in listed
        }
        self.types = uow.lists.labels(ListName.PLACEMENT_TYPES)
        self.kinds = uow.lists.labels(ListName.NOTE_KINDS)
        # What a check-in is booked as: a meeting or a call, not a message or "other".
        self.meeting_kinds = [k for k in self.kinds if k in MEETING_KINDS] or self.kinds
        self.sources = uow.lists.labels(ListName.REFERRAL_SOURCES)
        self.reasons = uow.lists.labels(ListName.ENDING_REASONS)
        self.used_numbers: set[str] = set()
        # employer id -> the titles of sample_tasks.TASKS it offers, drawn with the employer
        self.offered: dict[int, list[str]] = {}
        self.industry_of: dict[int, str] = {}

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.rng.random() * len(items))]

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    # People -----------------------------------------------------------------------------

    def run(self) -> SampleReport:
        self.letterhead()
        self.type_plans()
        participants = [self.participant(i) for i in range(1, self.scale.participants + 1)]
        self.uow.bulk.participants(participants)
        employers = [self.employer(i) for i in range(1, self.scale.employers + 1)]
        self.uow.bulk.employers(employers)
        contacts: list[Contact] = []
        supervisors: dict[int, list[int]] = {}
        for employer in employers:
            for role in self.contact_roles():
                contact = Contact(
                    id=len(contacts) + 1,
                    employer_id=employer.id,
                    name=f"{self.pick(self.texts.CONTACT_FIRST)} {self.pick(self.texts.LAST)}",
                    role=role,
                    phone=self.phone(),
                    email=f"kontakt{len(contacts) + 1}@{self.texts.CONTACT_DOMAIN}",
                )
                contacts.append(contact)
                if role is ContactRole.SUPERVISOR:
                    supervisors.setdefault(employer.id, []).append(contact.id)
        self.uow.bulk.contacts(contacts)

        placements = 0
        for start in range(1, self.scale.placements + 1, CHUNK):
            stop = min(start + CHUNK, self.scale.placements + 1)
            placements += self.placements(range(start, stop), participants, supervisors)
        placements += self.outcome_history(placements + 1, participants, supervisors)
        self.outcome_checks()
        self.questionnaires()
        self.tasks_on_offer(participants, employers)
        sample_targets.add_targets(self.uow, self.today, self.seed)
        sample_network.add_network_contacts(
            self.uow,
            self.now,
            self.seed,
            employers,
            contacts,
            placements=self.scale.placements,
            years=self.scale.years,
            danish=self.danish,
        )
        sample_projects.add_projects(self.uow, self.now, self.seed, danish=self.danish)
        sample_placement_tasks.add_placement_tasks(self.uow, self.seed)
        sample_terms.add_terms_and_mentors(
            self.uow, self.now, self.seed, self.texts, danish=self.danish
        )
        return SampleReport(
            participants=len(participants),
            employers=len(employers),
            contacts=len(contacts),
            placements=placements,
            notes=self.count.note,
            check_ins=self.count.check_in,
            feedback=self.count.feedback,
        )

    def questionnaires(self) -> None:
        """Questionnaires printed this year: most came back and are a placement's feedback
        answers, some are still out, so Rapporter reads "8 of 10 felt supported · 10 answers
        of 14 sent". A bounded number of placements, whatever the size."""
        year_start = date(self.today.year, 1, 1)
        answered = sorted(
            {f.placement_id for f in self.uow.overview.feedback_facts(Period.year_of(self.today))}
        )[:QUESTIONNAIRE_PLACEMENTS]

        def code() -> str:
            return new_code(self.rng.randrange)

        for placement_id in answered:
            for answer in self.uow.feedback.of_placement(placement_id):
                if answer.given_on < year_start or not self.chance(0.7):
                    continue
                sent = answer.given_on - timedelta(days=4 + int(self.rng.random() * 14))
                sent = max(sent, year_start)
                issued = self.uow.questionnaires.add(
                    placement_id, answer.respondent, sent, self.now, code
                )
                self.uow.questionnaires.mark_answered(issued.id, answer.given_on, answer.id)
        for placement_id in self.uow.placements.active_ids(self.today)[:QUESTIONNAIRE_PLACEMENTS]:
            placement = self.uow.placements.get(placement_id)
            if placement is None or not self.chance(0.3):
                continue
            sent = working_day(
                self.today - timedelta(days=2 + int(self.rng.random() * 30)), later=False
            )
            if sent < max(placement.start_date + timedelta(days=14), year_start):
                continue
            who = Respondent.PARTICIPANT if self.chance(0.5) else Respondent.EMPLOYER
            issued = self.uow.questionnaires.add(placement_id, who, sent, self.now, code)
            if who is Respondent.PARTICIPANT and self.chance(0.7):
                # The participants' answers come back by questionnaire only.
                day = min(sent + timedelta(days=2 + int(self.rng.random() * 10)), self.today)
                day = max(working_day(day, later=False), sent)  # keyed in on a workday
                ratings = [self.pick((3, 4, 4, 5, 5)) for _ in range(4)]
                answer = self.uow.feedback.add(
                    FeedbackFields(
                        placement_id=placement_id,
                        given_on=day,
                        respondent=who,
                        attendance=ratings[0],
                        performance=ratings[1],
                        cooperation=ratings[2],
                        development=ratings[3],
                        felt_supported=self.pick((2, 3, 4, 4, 5, 5, 5)),
                    ),
                    self.now,
                )
                self.count.feedback += 1
                self.uow.questionnaires.mark_answered(issued.id, day, answer.id)

    def participant(self, participant_id: int) -> Participant:
        roll = self.rng.random()
        gender = (
            Gender.WOMAN
            if roll < 0.48
            else Gender.MAN
            if roll < 0.96
            else Gender.OTHER
            if roll < 0.98
            else Gender.UNDISCLOSED
        )
        names = {Gender.WOMAN: self.texts.WOMEN, Gender.MAN: self.texts.MEN}.get(
            gender, self.texts.NEUTRAL
        )
        has_needs = self.chance(0.4)
        language = self.pick(self.texts.LANGUAGES)
        referral = self.today - timedelta(days=int(self.rng.random() * 365 * self.scale.years))
        created = datetime.combine(referral, time(9, 0))
        return Participant(
            id=participant_id,
            first_name=self.pick(names),
            last_name=self.pick(self.texts.LAST),
            personal_identity_number=None
            if self.chance(0.1)
            else self.cpr_number(gender)
            if self.danish
            else self.identity_number(gender),
            gender=gender,
            phone=self.phone(),
            email=f"{self.texts.PARTICIPANT_MAIL}{participant_id}@{self.texts.PARTICIPANT_DOMAIN}"
            if self.chance(0.7)
            else "",
            address=f"{self.pick(self.texts.STREETS)} {int(self.rng.random() * 60) + 1}, "
            f"{self.pick(self.texts.POSTCODES)} {self.texts.TOWN}",
            referral_source=self.pick(self.sources),
            referral_date=referral,
            referral_reference=f"REF-{referral:%Y}-{participant_id:05d}",
            language=language,
            interpreter_needed=language != self.texts.OWN_LANGUAGE and self.chance(0.3),
            needs_and_adaptations=self.pick(self.texts.NEEDS) if has_needs else "",
            strengths=self.pick(self.texts.STRENGTHS),
            interests=self.pick(self.texts.INTERESTS),
            goals=self.pick(self.texts.GOALS),
            created_at=min(created, self.now),
            updated_at=min(created, self.now),
        )

    def identity_number(self, gender: Gender) -> str:
        while True:
            birth = date(1960, 1, 1) + timedelta(days=int(self.rng.random() * 46 * 365))
            day = birth.day + (60 if self.chance(0.05) else 0)  # samordningsnummer
            serial = int(self.rng.random() * 1000)
            if gender in (Gender.WOMAN, Gender.MAN):
                serial = serial - serial % 2 + (1 if gender is Gender.MAN else 0)
            nine = f"{birth:%y%m}{day:02d}{serial:03d}"
            number = f"{birth:%Y%m}{day:02d}{serial:03d}{luhn_check_digit(nine)}"
            if number not in self.used_numbers:
                self.used_numbers.add(number)
                return number

    def letterhead(self) -> None:
        """A made-up municipality and coordinator, so printed documents look as they will;
        whatever the person already set is kept."""
        logo = (paths.resources_dir() / "sample" / "logo.png").read_bytes()
        sample = {
            "organisation_name": self.texts.ORGANISATION,
            "coordinator_name": self.texts.COORDINATOR,
            "coordinator_phone": self.texts.COORDINATOR_PHONE,
            "coordinator_email": f"ambassador@{self.texts.CONTACT_DOMAIN}",
            "logo_png": base64.b64encode(logo).decode("ascii"),
        }
        stored = Settings.from_strings(self.uow.settings.all()).to_strings()
        stored.update({name: value for name, value in sample.items() if not stored[name]})
        self.uow.settings.put(stored)

    def cpr_number(self, gender: Gender) -> str:
        """Ten digits DDMMYYSSSS: a real day of birth, a seventh digit that gives its century
        by the CPR office's rule, the last digit odd for a man and even for a woman, and the
        modulus-11 check held by all but a tenth (numbers without it are issued since 2007)."""
        checked = not self.chance(WITHOUT_MODULUS_11)
        while True:
            birth = date(1960, 1, 1) + timedelta(days=int(self.rng.random() * 46 * 365))
            year = birth.year % 100
            if birth.year < 2000:  # 0-3 always the 1900s; 4 and 9 from YY 37
                centuries = (0, 1, 2, 3) + ((4, 9) if year >= 37 else ())
            else:  # 4 and 9 up to YY 36, 5-8 up to YY 57
                centuries = (4, 9, 5, 6, 7, 8)
            serial = self.pick(centuries) * 1000 + int(self.rng.random() * 1000)
            if gender in (Gender.WOMAN, Gender.MAN):
                serial = serial - serial % 2 + (1 if gender is Gender.MAN else 0)
            number = f"{birth:%d%m%y}{serial:04d}"
            total = sum(w * int(d) for w, d in zip(CPR_WEIGHTS, number, strict=True))
            if (total % 11 == 0) == checked and number not in self.used_numbers:
                self.used_numbers.add(number)
                return number

    def cvr_number(self) -> str:
        """Eight digits, the first not 0, the last the modulus-11 check digit."""
        while True:
            seven = f"{1 + int(self.rng.random() * 9)}{int(self.rng.random() * 1_000_000):06d}"
            check = -sum(w * int(d) for w, d in zip(CVR_WEIGHTS, seven, strict=False)) % 11
            number = f"{seven}{check}"
            if check < 10 and number not in self.used_numbers:
                self.used_numbers.add(number)
                return number

    def phone(self) -> str:
        digits = f"{int(self.rng.random() * 10_000_000):07d}"
        if self.danish:  # a Danish mobile number: eight digits in pairs
            return f"2{digits[0]} {digits[1:3]} {digits[3:5]} {digits[5:]}"
        return f"070-{digits[:3]} {digits[3:5]} {digits[5:]}"

    def employer(self, employer_id: int) -> Employer:
        sector = self.pick(
            (Sector.PRIVATE,) * 5 + (Sector.MUNICIPAL,) * 3 + (Sector.NON_PROFIT, Sector.REGIONAL)
            + ((Sector.STATE,) if self.chance(0.3) else ())
        )  # fmt: skip
        form, industry = self.pick(self.texts.EMPLOYER_FORMS[sector.value])
        family = self.pick(self.texts.LAST[:17])
        name = form.format(place=self.pick(self.texts.PLACES), family=family)
        tasks = self.tasks_of_industry[industry]
        offered = self.rng.sample(tasks, min(len(tasks), 1 + int(self.rng.random() * 4)))
        self.offered[employer_id] = offered
        self.industry_of[employer_id] = industry
        if self.scale.employers > 100:
            name = f"{name} {employer_id}" if self.chance(0.5) else name
        agreement = self.pick(
            (AgreementStatus.PARTNERSHIP, AgreementStatus.ONE_OFF, AgreementStatus.NONE)
        )
        created = self.now - timedelta(days=int(self.rng.random() * 365 * self.scale.years))
        return Employer(
            id=employer_id,
            name=name,
            organisation_number=self.cvr_number()
            if self.danish
            else self.organisation_number(sector),
            sector=sector,
            industry=industry,
            address=f"{self.pick(self.texts.STREETS)} {int(self.rng.random() * 90) + 1}, "
            f"{self.texts.TOWN}",
            agreement_status=agreement,
            agreement_date=created.date() if agreement is AgreementStatus.PARTNERSHIP else None,
            tasks_offered="\n".join(offered),
            capacity=1 + int(self.rng.random() * 5),
            created_at=created,
            updated_at=created,
        )

    def organisation_number(self, sector: Sector) -> str:
        prefix = {
            Sector.PRIVATE: "556",
            Sector.NON_PROFIT: "802",
            Sector.MUNICIPAL: "212",
            Sector.REGIONAL: "232",
            Sector.STATE: "202",
        }[sector]
        while True:
            nine = f"{prefix}{int(self.rng.random() * 1_000_000):06d}"
            number = f"{nine[:6]}-{nine[6:]}{luhn_check_digit(nine)}"
            if number not in self.used_numbers:
                self.used_numbers.add(number)
                return number

    def contact_roles(self) -> list[ContactRole]:
        roles = [ContactRole.SUPERVISOR]
        if self.chance(0.5):
            roles.append(ContactRole.SUPERVISOR)
        if self.chance(0.5):
            roles.append(self.pick((ContactRole.HR, ContactRole.MANAGER)))
        return roles

    # Placements and their follow-up -----------------------------------------------------

    def placements(
        self,
        ids: range,
        participants: list[Participant],
        supervisors: dict[int, list[int]],
    ) -> int:
        placements: list[Placement] = []
        notes: list[Note] = []
        series: list[CheckInSeries] = []
        check_ins: list[CheckIn] = []
        feedback: list[Feedback] = []
        consents: list[Consent] = []
        for placement_id in ids:
            participant = participants[(placement_id - 1) % len(participants)]
            employer_id = 1 + int(self.rng.random() * self.scale.employers)
            scenario = self.scenario(placement_id)
            placement = self.placement(
                placement_id, participant, employer_id, supervisors, scenario
            )
            placements.append(placement)
            self.follow_up(placement, scenario, notes, series, check_ins, feedback)
            if participant.needs_and_adaptations and self.chance(0.5):
                self.count.consent += 1
                consents.append(
                    Consent(
                        id=self.count.consent,
                        participant_id=participant.id,
                        scope=ConsentScope.SHARE_NEEDS_WITH_EMPLOYER,
                        employer_id=employer_id,
                        given_on=min(placement.start_date, self.today),
                    )
                )
        bulk = self.uow.bulk
        bulk.placements(placements)
        bulk.notes(notes)
        bulk.series(series)
        bulk.check_ins(check_ins, created_at=self.now)
        bulk.feedback(feedback)
        bulk.consents(consents)
        return len(placements)

    def outcome_history(
        self, first_id: int, participants: list[Participant], supervisors: dict[int, list[int]]
    ) -> int:
        """SMALL only: more placements that ended in the last year or so, so the outcome
        sentences and the 90-day figures have numbers to show: some large enough to print,
        some small enough to be protected."""
        if not self.small:
            return 0
        placements: list[Placement] = []
        notes: list[Note] = []
        series: list[CheckInSeries] = []
        check_ins: list[CheckIn] = []
        feedback: list[Feedback] = []
        for placement_id in range(first_id, first_id + HISTORY_PLACEMENTS):
            participant = participants[(placement_id - 1) % len(participants)]
            employer_id = 1 + int(self.rng.random() * self.scale.employers)
            placement = self.placement(
                placement_id, participant, employer_id, supervisors, Scenario.ENDED
            )
            placements.append(placement)
            self.follow_up(placement, Scenario.ENDED, notes, series, check_ins, feedback)
        bulk = self.uow.bulk
        bulk.placements(placements)
        bulk.notes(notes)
        bulk.series(series)
        bulk.check_ins(check_ins, created_at=self.now)
        bulk.feedback(feedback)
        return len(placements)

    def outcome_checks(self) -> None:
        """Each ended placement's outcome check, due the setting's days after its end. About
        half of those due in the last two months wait on the Översikt, and a few forgotten
        older ones; the rest are answered, leaning on how the placement ended. In SMALL the
        latest one due always waits, so the Översikt's list is never empty in the demo."""
        after = timedelta(days=Settings.from_strings(self.uow.settings.all()).outcome_check_days)
        ended = self.uow.outcome_checks.ended_without_check()
        latest_due = max(
            (e + after for _p, e, _o in ended if e + after <= self.today), default=None
        )
        checks: list[OutcomeCheck] = []
        for placement_id, ended_on, outcome in ended:
            due = ended_on + after
            result: FollowUpResult | None = None
            recorded: date | None = None
            recent = due > self.today - timedelta(days=60)
            waits = self.small and due == latest_due
            if (
                not waits
                and due <= self.today - timedelta(days=3)
                and self.chance(0.5 if recent else 0.99)
            ):
                weighted = AFTER_90_RESULTS[outcome]
                result = self.rng.choices(
                    [choice for choice, _weight in weighted], [w for _choice, w in weighted]
                )[0]
                recorded = min(due + timedelta(days=int(self.rng.random() * 10)), self.today)
            checks.append(
                OutcomeCheck(
                    id=len(checks) + 1,
                    placement_id=placement_id,
                    due_on=due,
                    result=result,
                    recorded_on=recorded,
                    created_at=datetime.combine(min(ended_on, self.today), time(16, 0)),
                )
            )
        self.uow.outcome_checks.add_many(checks)

    def type_plans(self) -> None:
        """Two placement types with a plan of their own, so a new placement of either
        proposes it: a subsidised job settles sooner, a work trial is followed closer."""
        self.plans: dict[str, FollowUpPlan] = {}
        own = {
            "Lönebidrag": FollowUpPlan(
                (Phase(every_days=7, weeks=2, silent_after_days=10), Phase(30, None, 35))
            ),
            "Arbetsprövning": FollowUpPlan(
                (Phase(every_days=7, weeks=6, silent_after_days=10), Phase(14, None, 18))
            ),
            "Løntilskud (privat)": FollowUpPlan(
                (Phase(every_days=7, weeks=2, silent_after_days=10), Phase(30, None, 35))
            ),
            "Virksomhedspraktik": FollowUpPlan(
                (Phase(every_days=7, weeks=6, silent_after_days=10), Phase(14, None, 18))
            ),
        }
        for placement_type, plan in own.items():
            if placement_type in self.types:
                self.plans[placement_type] = plan
                self.uow.type_plans.put(placement_type, plan)

    def scenario(self, placement_id: int) -> Scenario | None:
        if self.small:
            return SMALL_SCENARIOS[(placement_id - 1) % len(SMALL_SCENARIOS)]
        return None

    def placement(
        self,
        placement_id: int,
        participant: Participant,
        employer_id: int,
        supervisors: dict[int, list[int]],
        scenario: Scenario | None,
    ) -> Placement:
        length = 90 + int(self.rng.random() * 270)
        span = 365 * self.scale.years
        start = self.today - timedelta(days=int(self.rng.random() * span))
        if self.chance(0.02):
            start = self.today + timedelta(days=1 + int(self.rng.random() * 30))
        # The scenarios of SMALL put each placement where a home-screen list will show it.
        if scenario is Scenario.PLANNED:
            start = self.today + timedelta(days=3 + placement_id % 20)
        elif scenario in (Scenario.ACTIVE, Scenario.SILENT, Scenario.OVERDUE, Scenario.TODAY):
            start = self.today - timedelta(days=35 + int(self.rng.random() * 80))
            length = max(length, (self.today - start).days + 30)
        elif scenario is Scenario.PAUSED:
            start = self.today - timedelta(days=40)
        elif scenario is Scenario.ENDING_SOON:
            start = self.today - timedelta(days=100)
            length = 100 + 2 + (placement_id // len(SMALL_SCENARIOS)) % 12
        elif scenario in (Scenario.ENDED, Scenario.ENDED_EARLY):
            start = self.today - timedelta(days=200 + int(self.rng.random() * 300))
            length = 90 + int(self.rng.random() * 90)
        planned_end = working_day(start + timedelta(days=length), later=False)
        start = working_day(start)
        offered = self.offered[employer_id]

        ending: Ending | None = None
        early = scenario is Scenario.ENDED_EARLY or (scenario is None and self.chance(0.15))
        if early:
            ended_on = start + timedelta(days=10 + int(self.rng.random() * (length - 10)))
            ended_on = working_day(ended_on, later=False)
            if ended_on < self.today:
                ending = Ending(
                    ended_on=ended_on, outcome=Outcome.ENDED_EARLY, reason=self.pick(self.reasons)
                )
        elif planned_end < self.today and scenario is None or scenario is Scenario.ENDED:
            ending = Ending(ended_on=planned_end, outcome=self.outcome())
        created = datetime.combine(min(start, self.today) - timedelta(days=14), time(10, 0))
        hours = self.chance(0.6)
        placement_type = self.pick(self.types)
        plan = self.plans.get(placement_type, DEFAULT_PLAN)
        if self.chance(0.1):  # a few follow one rhythm, as before plans tapered
            plan = FollowUpPlan.uniform(self.pick((14, 21, 30)), 30)
        return Placement(
            id=placement_id,
            participant_id=participant.id,
            employer_id=employer_id,
            placement_type=placement_type,
            start_date=start,
            planned_end_date=planned_end,
            unit=self.pick(self.texts.UNITS_OF_INDUSTRY.get(self.industry_of[employer_id], ("",))),
            supervisor_id=self.pick(supervisors[employer_id]),
            hours_per_week=float(self.pick((10, 20, 25, 30, 40))) if hours else None,
            extent_percent=None if hours else self.pick((25, 50, 75, 100)),
            purpose=self.pick(self.texts.PURPOSES),
            goals=self.pick(self.texts.GOALS),
            tasks="\n".join(self.rng.sample(offered, min(2, len(offered)))),
            support=self.pick(self.texts.SUPPORT),
            compensation=self.pick(self.texts.COMPENSATION),
            plan=plan,
            paused=scenario is Scenario.PAUSED or (scenario is None and self.chance(0.02)),
            ending=ending,
            created_at=min(created, self.now),
            updated_at=min(created, self.now),
        )

    def outcome(self) -> Outcome:
        roll = self.rng.random() * 100
        for outcome, weight in NORMAL_OUTCOMES:
            if roll < weight:
                return outcome
            roll -= weight
        return Outcome.NO_OCCUPATION

    def follow_up(
        self,
        placement: Placement,
        scenario: Scenario | None,
        notes: list[Note],
        series_rows: list[CheckInSeries],
        check_ins: list[CheckIn],
        feedback: list[Feedback],
    ) -> None:
        ended_on = placement.ending.ended_on if placement.ending else None
        contact_until = min(ended_on or self.today, self.today)
        silent = scenario is Scenario.SILENT or (
            scenario is None and ended_on is None and self.chance(0.15)
        )
        if silent:
            contact_until = self.today - timedelta(days=15 + int(self.rng.random() * 45))
        overdue = scenario is Scenario.OVERDUE or (scenario is None and self.chance(0.2))

        notes_before = self.count.note
        kind = self.kinds[0]
        plan = placement.plan or DEFAULT_PLAN
        assert placement.planned_end_date is not None
        for run in plan.runs(placement.start_date, placement.planned_end_date):
            self.count.series += 1
            series_rows.append(
                CheckInSeries(
                    id=self.count.series,
                    placement_id=placement.id,
                    first_at=datetime.combine(nearest_working_day(run.days[0]), time(10, 0)),
                    every_days=run.every_days,
                    kind=kind,
                    from_plan=True,
                    until_on=run.until_on,
                )
            )
            for day in run.days:
                moment = datetime.combine(nearest_working_day(day), time(10, 0))
                status = CheckInStatus.PLANNED
                note_id: int | None = None
                if ended_on is not None and moment.date() > ended_on:
                    status = CheckInStatus.CANCELLED
                elif moment < self.now:
                    recent = (self.now - moment).days < 10
                    if overdue and recent and ended_on is None:
                        status = CheckInStatus.PLANNED  # left open: overdue on the home screen
                    elif moment.date() <= contact_until and self.chance(0.88):
                        status = CheckInStatus.DONE
                        note_id = self.note(placement, moment, kind, notes).id
                    else:
                        status = CheckInStatus.MISSED
                self.count.check_in += 1
                check_ins.append(
                    CheckIn(
                        id=self.count.check_in,
                        placement_id=placement.id,
                        scheduled_at=moment,
                        kind=kind,
                        status=status,
                        note_id=note_id,
                        series_id=self.count.series,
                    )
                )
        extra_days: tuple[int, ...] = ()
        if scenario is Scenario.OVERDUE:
            extra_days = (-3,)
        elif scenario is Scenario.TODAY or (
            scenario is None and ended_on is None and self.chance(0.05)
        ):
            extra_days = (0, 2)
        for days in extra_days:
            day = self.today + timedelta(days=days)
            day = working_day(day, later=days >= 0)
            self.count.check_in += 1
            check_ins.append(
                CheckIn(
                    id=self.count.check_in,
                    placement_id=placement.id,
                    scheduled_at=datetime.combine(day, time(13, 30)),
                    kind=self.pick(self.meeting_kinds),
                    status=CheckInStatus.PLANNED,
                )
            )

        # Contacts in between the planned ones, about one every `days_per_note` days.
        days = (contact_until - placement.start_date).days
        wanted = days // self.scale.days_per_note - (self.count.note - notes_before)
        for _ in range(max(0, wanted)):
            day = placement.start_date + timedelta(days=int(self.rng.random() * max(days, 1)))
            if day.weekday() >= 5:  # any weekday of that week, none before the start
                monday = day - timedelta(days=day.weekday())
                day = max(placement.start_date, monday + timedelta(days=self.weekdays.randrange(5)))
            moment = datetime.combine(day, time(8 + int(self.rng.random() * 8), 15))
            if moment < self.now:
                self.note(placement, moment, self.pick(self.kinds), notes)

        self.feedback(placement, contact_until, ended_on, feedback)

    def note(self, placement: Placement, moment: datetime, kind: str, notes: list[Note]) -> Note:
        self.count.note += 1
        ending = placement.ending
        risky = ending is not None and ending.outcome is Outcome.ENDED_EARLY
        # The text says what kind of contact it was: it may be printed to the employer.
        opening, with_whom = self.pick(
            self.texts.NOTE_OPENINGS_OF_KIND.get(kind, self.texts.ANY_KIND_OPENINGS)
        )
        text = " ".join(
            part
            for part in (
                opening,
                self.pick(texts.heard_from(self.texts.OBSERVATIONS, with_whom)),
                self.pick(texts.heard_from(self.texts.NEXT_STEPS, with_whom)),
            )
            if part
        )
        note = Note(
            id=self.count.note,
            participant_id=placement.participant_id,
            placement_id=placement.id,
            occurred_at=moment,
            kind=kind,
            with_whom=WithWhom(with_whom),
            text=text,
            minutes_spent=self.pick((10, 15, 30, 45, 60, 90)),
            shareable=self.chance(0.3),
            dropout_risk=self.chance(0.25 if risky else 0.04),
            created_at=moment,
        )
        notes.append(note)
        return note

    def feedback(
        self,
        placement: Placement,
        contact_until: date,
        ended_on: date | None,
        rows: list[Feedback],
    ) -> None:
        quality = self.pick((2, 3, 4, 4, 5, 5))
        day = placement.start_date + timedelta(days=45 + int(self.rng.random() * 20))
        # Some running placements wait for their first answer: the home screen asks for it.
        skip_recent = ended_on is None and self.chance(0.3)
        while day <= contact_until and not (skip_recent and day > self.today - timedelta(90)):
            rows.append(self.answer(placement, day, Respondent.EMPLOYER, quality))
            day += timedelta(days=90)
        if ended_on is not None:
            rows.append(self.answer(placement, ended_on, Respondent.EMPLOYER, quality))
            if self.chance(0.4):
                rows.append(self.answer(placement, ended_on, Respondent.PARTICIPANT, quality))

    def answer(self, placement: Placement, day: date, who: Respondent, quality: int) -> Feedback:
        def rating() -> int:
            return max(1, min(5, quality + self.pick((-1, 0, 0, 1))))

        self.count.feedback += 1
        day = working_day(day, later=False)
        moment = datetime.combine(day, time(15, 0))
        return Feedback(
            id=self.count.feedback,
            placement_id=placement.id,
            given_on=day,
            respondent=who,
            contact_id=placement.supervisor_id if who is Respondent.EMPLOYER else None,
            attendance=rating(),
            performance=rating(),
            cooperation=rating(),
            development=rating(),
            felt_supported=max(1, min(5, self.pick((3, 4, 4, 5, 5)) + (quality < 3) * -1)),
            could_consider_hiring=self.pick((True, False, None)) if quality >= 3 else False,
            strengths=self.pick(self.texts.FEEDBACK_STRENGTHS),
            areas_to_develop=self.pick(self.texts.FEEDBACK_DEVELOP),
            created_at=min(moment, self.now),
        )

    def tasks_on_offer(
        self, participants: Sequence[Participant], employers: Sequence[Employer]
    ) -> None:
        """The 1–4 tasks each employer was drawn with (its industry's own); interests for most
        participants and a limit or two for some, so suggestions have something to match.
        Last, so the records drawn before it stay as they were."""
        categories = set(self.uow.lists.labels(ListName.TASK_CATEGORIES))
        needs = set(self.uow.lists.labels(ListName.TASK_REQUIREMENTS))
        tasks: dict[int, list[EmployerTask]] = {}
        for employer in employers:
            listed = [
                EmployerTask(
                    title=title,
                    category=self.task_of[title][0],
                    requirements=tuple(r for r in self.task_of[title][1] if r in needs),
                )
                for title in self.offered[employer.id]
            ]
            tasks[employer.id] = [task for task in listed if task.category in categories]
        self.uow.employer_tasks.add_many(tasks)
        # Interests among the categories some employer offers, so most people get suggestions.
        offered = sorted({task.category for listed in tasks.values() for task in listed})
        limits = sorted(needs)
        self.uow.participants.set_task_wishes(
            (
                person.id,
                self.rng.sample(offered, min(len(offered), 1 + int(self.rng.random() * 3)))
                if self.chance(0.75)
                else [],
                self.rng.sample(limits, 1 + int(self.rng.random() * 2))
                if limits and self.chance(0.35)
                else [],
            )
            for person in participants
        )
