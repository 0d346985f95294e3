"""Validating a network contact, and which follow-ups are due and overdue."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ambassador.domain.errors import ValidationError
from ambassador.domain.network import (
    EmployerFollowUpDue,
    NetworkContact,
    NetworkContactFields,
    follow_up_horizon,
    validate_network_contact,
)

NOW = datetime(2026, 11, 24, 9, 0)


def fields(**overrides: object) -> NetworkContactFields:
    values: dict[str, object] = {
        "employer_id": 1,
        "occurred_at": datetime(2026, 11, 24, 8, 0),
        "kind": " Nätverksmöte ",
        "with_whom": " Eva \x07",
        "text": " Träff om sommarjobb. ",
    }
    values.update(overrides)
    return NetworkContactFields(**values)  # type: ignore[arg-type]


def problems(**overrides: object) -> set[str]:
    with pytest.raises(ValidationError) as error:
        validate_network_contact(fields(**overrides), NOW)
    return {p.field for p in error.value.problems}


def test_a_contact_is_cleaned() -> None:
    clean = validate_network_contact(fields(follow_up_on=date(2026, 11, 24)), NOW)
    assert (clean.kind, clean.with_whom, clean.text) == (
        "Nätverksmöte",
        "Eva",
        "Träff om sommarjobb.",
    )


def test_kind_and_text_are_required() -> None:
    assert problems(kind=" ", text="\n") == {"kind", "text"}


def test_lengths_are_limited() -> None:
    assert problems(kind="k" * 201, with_whom="w" * 201, text="t" * 20_001) == {
        "kind",
        "with_whom",
        "text",
    }


@pytest.mark.parametrize("minutes", [-1, 1441])
def test_minutes_are_0_to_1440(minutes: int) -> None:
    assert problems(minutes_spent=minutes) == {"minutes_spent"}
    assert validate_network_contact(fields(minutes_spent=1440), NOW).minutes_spent == 1440


def test_a_contact_is_not_later_than_now() -> None:
    assert problems(occurred_at=datetime(2026, 11, 24, 9, 1)) == {"occurred_at"}


def test_the_follow_up_is_not_before_the_contacts_day() -> None:
    assert problems(follow_up_on=date(2026, 11, 23)) == {"follow_up_on"}


def test_open_follow_up_and_overdue() -> None:
    contact = NetworkContact(**vars(fields(follow_up_on=date(2026, 11, 30))), id=1, created_at=NOW)
    assert contact.follow_up_open()
    assert not NetworkContact(**vars(fields()), id=2, created_at=NOW).follow_up_open()
    due = EmployerFollowUpDue(1, 1, 1, "Bageriet", "Nätverksmöte", date(2026, 11, 23))
    assert due.is_overdue(date(2026, 11, 24))
    assert not due.is_overdue(date(2026, 11, 23))
    assert follow_up_horizon(date(2026, 11, 24)) == date(2026, 12, 1)
