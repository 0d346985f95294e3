"""The working lists (Deltagare, Arbetsgivare, Placeringar): their rows, filters and orders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Generic, TypeVar

from ambassador.domain.enums import AgreementStatus, Gender, Outcome, PlacementStatus, Sector

# One page of a list; the window asks for the next as the person scrolls.
PAGE_SIZE = 200


class Attention(StrEnum):
    """What needs the coordinator: the same questions as the home screen, as a list filter."""

    ENDING_SOON = "ending_soon"
    AT_RISK = "at_risk"  # the Översikt's placements at risk: silent for their phase, or flagged
    OVERDUE = "overdue"


class ParticipantOrder(StrEnum):
    NAME = "name"
    REFERRAL_SOURCE = "referral_source"
    PLACEMENTS = "placements"
    LAST_CONTACT = "last_contact"
    REGISTERED = "registered"


class EmployerOrder(StrEnum):
    NAME = "name"
    SECTOR = "sector"
    AGREEMENT = "agreement"
    ACTIVE = "active"
    CAPACITY = "capacity"
    LAST_CONTACT = "last_contact"


class PlacementOrder(StrEnum):
    PARTICIPANT = "participant"
    EMPLOYER = "employer"
    TYPE = "type"
    START = "start"
    PLANNED_END = "planned_end"
    STATUS = "status"
    LAST_CONTACT = "last_contact"
    NEXT_CHECK_IN = "next_check_in"


@dataclass(frozen=True, kw_only=True)
class ParticipantFilter:
    text: str = ""  # part of a name, or digits of the personal identity number
    status: PlacementStatus | None = None  # has a placement in this status
    referral_source: str | None = None
    attention: Attention | None = None
    order: ParticipantOrder = ParticipantOrder.NAME
    descending: bool = False


@dataclass(frozen=True, kw_only=True)
class EmployerFilter:
    text: str = ""  # part of the name, industry or organisation number
    sector: Sector | None = None
    agreement_status: AgreementStatus | None = None
    with_active_placements: bool = False
    order: EmployerOrder = EmployerOrder.NAME
    descending: bool = False


@dataclass(frozen=True, kw_only=True)
class PlacementFilter:
    text: str = ""  # part of the participant's or the employer's name
    status: PlacementStatus | None = None
    placement_type: str | None = None
    employer_id: int | None = None
    participant_id: int | None = None
    sector: Sector | None = None
    attention: Attention | None = None
    order: PlacementOrder = PlacementOrder.START
    descending: bool = True


@dataclass(frozen=True)
class ParticipantListRow:
    id: int
    first_name: str
    last_name: str
    masked_identity_number: str
    gender: Gender
    referral_source: str
    active_placements: int
    last_contact: date | None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class EmployerListRow:
    id: int
    name: str
    organisation_number: str | None
    sector: Sector
    agreement_status: AgreementStatus
    active_placements: int
    capacity: int
    last_contact: date | None


@dataclass(frozen=True)
class PlacementListRow:
    id: int
    participant_id: int
    participant_name: str
    employer_id: int
    employer_name: str
    placement_type: str
    start_date: date
    planned_end_date: date | None
    ended_on: date | None
    outcome: Outcome | None
    status: PlacementStatus
    last_contact: date | None
    next_check_in: datetime | None
    overdue_check_ins: int


Row = TypeVar("Row")


@dataclass(frozen=True)
class Choice:
    """One entry of a picker (a filter's or a form's list of people or employers): what it
    shows, and what tells two equal names apart."""

    id: int
    name: str
    # A masked identity number (of a name two share), an organisation number, or "".
    distinction: str


@dataclass(frozen=True)
class Page(Generic[Row]):
    rows: list[Row]
    total: int  # rows matching the filter, of which `rows` is one page
