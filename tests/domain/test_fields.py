"""The gender balance of fields: defaults with their sources, overrides, and a placement's
standing for its participant."""

from __future__ import annotations

import pytest

from ambassador.domain.country import DENMARK, SWEDEN
from ambassador.domain.country_defaults import DANISH_LISTS, SWEDISH_LISTS
from ambassador.domain.enums import Gender, ListName
from ambassador.domain.errors import ValidationError
from ambassador.domain.fields import (
    FieldBalance,
    Standing,
    default_balances,
    field_balances,
    standing,
    validate_field_balance,
)
from ambassador.domain.validation import TOO_LONG


def test_swedish_defaults_cite_scb_and_say_they_are_rounded() -> None:
    balances = default_balances(SWEDEN)
    care = balances["Vård och omsorg"]
    assert care.women_percent == 85 and care.is_default
    assert "SCB" in care.source and "avrundat" in care.source
    assert balances["Bygg och hantverk"].women_percent == 5


def test_danish_defaults_cite_danmarks_statistik() -> None:
    balances = default_balances(DENMARK)
    assert "Danmarks Statistik" in balances["Pleje og omsorg"].source
    assert "afrundet" in balances["Byggeri og håndværk"].source


@pytest.mark.parametrize(("country", "lists"), [(SWEDEN, SWEDISH_LISTS), (DENMARK, DANISH_LISTS)])
def test_every_default_category_but_reuse_has_a_figure(country: str, lists: dict) -> None:
    labels = {e.label for e in lists[ListName.TASK_CATEGORIES]}
    reuse = {e.label for e in lists[ListName.TASK_CATEGORIES] if "Reuse" in e.names["en"]}
    assert set(default_balances(country)) == labels - reuse


def test_an_override_replaces_the_default_and_a_new_category_is_added() -> None:
    balances = field_balances(
        SWEDEN,
        [FieldBalance("Kök och restaurang", 65, "Egen kartläggning"), FieldBalance("Bageri", 70)],
    )
    assert balances["Kök och restaurang"] == FieldBalance(
        "Kök och restaurang", 65, "Egen kartläggning"
    )
    assert balances["Bageri"].women_percent == 70
    assert balances["Transport"].is_default


@pytest.mark.parametrize(
    ("women", "traditional"),
    [
        (61, Gender.WOMAN),
        (60, None),
        (40, None),
        (39, Gender.MAN),
        (100, Gender.WOMAN),
        (0, Gender.MAN),
    ],
)
def test_traditional_is_more_than_60_per_cent_of_one_gender(
    women: int, traditional: Gender | None
) -> None:
    assert FieldBalance("x", women).traditional_for is traditional


def test_standing_for_each_gender() -> None:
    building = FieldBalance("Bygg", 5)
    care = FieldBalance("Vård", 85)
    shop = FieldBalance("Butik", 60)
    assert standing(Gender.WOMAN, building) is Standing.NON_TRADITIONAL
    assert standing(Gender.MAN, building) is Standing.TRADITIONAL
    assert standing(Gender.MAN, care) is Standing.NON_TRADITIONAL
    assert standing(Gender.WOMAN, care) is Standing.TRADITIONAL
    # A balanced field is traditional for no one: not outside it either.
    assert standing(Gender.WOMAN, shop) is Standing.TRADITIONAL
    assert standing(Gender.OTHER, building) is Standing.NOT_KNOWN
    assert standing(Gender.UNDISCLOSED, care) is Standing.NOT_KNOWN
    assert standing(Gender.WOMAN, None) is Standing.NOT_KNOWN


def test_a_balance_is_validated() -> None:
    assert validate_field_balance(" Bageri ", 70, " Egen ") == FieldBalance("Bageri", 70, "Egen")
    with pytest.raises(ValidationError) as raised:
        validate_field_balance("", 101, "x" * 301)
    assert {p.field for p in raised.value.problems} == {"category", "women_percent", "source"}
    with pytest.raises(ValidationError) as raised:
        validate_field_balance("x" * 201, 50, "")
    assert [(p.field, p.message) for p in raised.value.problems] == [("category", TOO_LONG)]
