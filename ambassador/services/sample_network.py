"""The sample's employer network log: a few network contacts a month for each coordinator the
sample's caseload keeps busy, spread over its employers and years, some with a follow-up (most
done; one due this week and one overdue, so Översikt's section fills). Drawn from their own
Random(seed-derived), so the rest of the sample draws what it always drew."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from ambassador.domain.employer import Contact, Employer
from ambassador.domain.enums import ListName
from ambassador.domain.network import NetworkContactFields
from ambassador.storage.unit_of_work import UnitOfWork

# A coordinator follows about this many placements a year.
PLACEMENTS_A_COORDINATOR_YEAR = 50
CONTACTS_A_MONTH = (3, 6)  # at least, at most, for each coordinator
FOLLOW_UP_SHARE = 0.25
MINUTES = (15, 30, 30, 45, 60, 60, 90, 120)

TEXTS_SV = (
    "Besök på arbetsplatsen: gick igenom vilka arbetsuppgifter som kan passa en praktikant.",
    "Nätverksträff med företagarföreningen; tre nya kontakter att följa upp.",
    "Berättade för HR om lönebidrag och nystartsjobb och hur vårt stöd fungerar.",
    "Följde upp samverkansavtalet: de kan ta emot två till under hösten.",
    "Ringde om möjliga sommarjobb och en provanställning efter praktiken.",
    "Informationsträff för arbetslaget om hur handledningen går till.",
    "Samtal med platschefen om rekryteringsbehovet inför nästa år.",
    "Frukostmöte med näringslivsenheten om kompetensförsörjning i branschen.",
)
TEXTS_DA = (
    "Besøg på arbejdspladsen: gennemgik hvilke opgaver der kan passe til en praktikant.",
    "Netværksmøde med erhvervsforeningen; tre nye kontakter at følge op på.",
    "Fortalte HR om løntilskud og fleksjob og hvordan vores støtte fungerer.",
    "Fulgte op på partnerskabsaftalen: de kan tage imod to mere i efteråret.",
    "Ringede om mulige sommerjob og en prøveansættelse efter praktikken.",
    "Informationsmøde for medarbejderne om hvordan mentorstøtten foregår.",
    "Samtale med driftslederen om rekrutteringsbehovet for næste år.",
    "Morgenmøde med erhvervsenheden om kompetenceforsyning i branchen.",
)


def coordinators(placements: int, years: int) -> int:
    """How many coordinators the sample's caseload keeps busy: one for the small sample."""
    return max(1, round(placements / max(1, years) / PLACEMENTS_A_COORDINATOR_YEAR))


def add_network_contacts(
    uow: UnitOfWork,
    now: datetime,
    seed: int,
    employers: Sequence[Employer],
    contacts: Sequence[Contact],
    *,
    placements: int,
    years: int,
    danish: bool,
) -> int:
    """Put the sample's network contacts; returns how many."""
    alive = [e for e in employers if e.deleted_at is None]
    kinds = uow.lists.labels(ListName.NETWORK_CONTACT_KINDS)
    if not alive or not kinds:
        return 0
    rng = random.Random(f"network-{seed}")
    texts = TEXTS_DA if danish else TEXTS_SV
    names: dict[int, list[str]] = {}
    for contact in contacts:
        names.setdefault(contact.employer_id, []).append(contact.name)
    today = now.date()
    first_month = _month_start(today, 12 * years - 1)
    staff = coordinators(placements, years)
    rows: list[tuple[NetworkContactFields, bool]] = []

    def contact_on(day: date, follow_up_on: date | None = None, done: bool = False) -> None:
        employer = alive[int(rng.random() * len(alive))]
        people = names.get(employer.id, [])
        moment = datetime.combine(day, time(8 + int(rng.random() * 8), 15 * int(rng.random() * 4)))
        if moment > now:
            moment = now.replace(second=0, microsecond=0)
        fields = NetworkContactFields(
            employer_id=employer.id,
            occurred_at=moment,
            kind=kinds[int(rng.random() * len(kinds))],
            with_whom=people[int(rng.random() * len(people))]
            if people and rng.random() < 0.7
            else "",
            text=texts[int(rng.random() * len(texts))],
            minutes_spent=None if rng.random() < 0.15 else MINUTES[int(rng.random() * 8)],
            follow_up_on=follow_up_on,
        )
        rows.append((fields, done))

    month = first_month
    while month <= today:
        days = _weekdays(month, today)
        for _coordinator in range(staff):
            for _ in range(rng.randint(*CONTACTS_A_MONTH)):
                if not days:
                    break
                day = days[int(rng.random() * len(days))]
                follow_up = None
                if rng.random() < FOLLOW_UP_SHARE:
                    follow_up = day + timedelta(days=rng.randint(7, 30))
                # Past follow-ups were mostly seen to; those ahead are open.
                done = follow_up is not None and follow_up < today and rng.random() < 0.9
                if follow_up is not None and follow_up <= today + timedelta(days=7) and not done:
                    follow_up = None  # Översikt's two below are the ones it shows
                contact_on(day, follow_up, done)
        month = _next_month(month)
    # One follow-up due this week and one overdue, whatever the draws.
    contact_on(today - timedelta(days=6), today + timedelta(days=3))
    contact_on(today - timedelta(days=25), today - timedelta(days=4))
    uow.network_contacts.add_many(rows, now)
    return len(rows)


def _month_start(today: date, months_back: int) -> date:
    year, month = today.year, today.month - months_back
    while month < 1:
        year, month = year - 1, month + 12
    return date(year, month, 1)


def _next_month(day: date) -> date:
    return date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)


def _weekdays(month: date, today: date) -> list[date]:
    """The month's weekdays up to today."""
    days: list[date] = []
    day = month
    while day.month == month.month and day <= today:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days
