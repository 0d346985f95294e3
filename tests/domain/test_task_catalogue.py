"""The task catalogue's search and filters, and the free places it shows."""

from __future__ import annotations

from dataclasses import replace

from ambassador.domain.country import DENMARK
from ambassador.domain.enums import Sector
from ambassador.domain.task_catalogue import (
    CatalogueFilter,
    CatalogueTask,
    RequirementFilter,
    filter_catalogue,
)

LYFT = "Tunga lyft"
KUND = "Kundkontakt"


def task(title: str, employer: str, **overrides: object) -> CatalogueTask:
    base = CatalogueTask(
        task_id=hash((title, employer)) % 1000,
        title=title,
        category="Lager och logistik",
        requirements=(),
        employer_id=hash(employer) % 1000,
        employer_name=employer,
        organisation_number=None,
        sector=Sector.PRIVATE,
        capacity=2,
        taken=0,
        covered=0,
    )
    return replace(base, **overrides)  # type: ignore[arg-type]


PLOCKA = task("Plocka varor", "Lagerhuset", requirements=(LYFT,), capacity=2, taken=2)
PACKA = task("Packa", "Lagerhuset", capacity=2, taken=2)
DISKA = task("Diska", "Kommunens kök", category="Kök", sector=Sector.MUNICIPAL, capacity=1)
KASSA = task("Kassa", "Ängens café", requirements=(KUND, LYFT), capacity=3, taken=5)
ALL = [PLOCKA, PACKA, DISKA, KASSA]


def titles(criteria: CatalogueFilter, country: str = "SE") -> list[str]:
    return [t.title for t in filter_catalogue(ALL, criteria, country)]


def test_free_places_are_capacity_less_the_places_held_never_below_zero() -> None:
    assert [t.free_places for t in ALL] == [0, 0, 1, 0]


def test_all_tasks_by_employer_name_in_the_countrys_order_keeping_each_employers_order() -> None:
    assert titles(CatalogueFilter()) == ["Diska", "Plocka varor", "Packa", "Kassa"]
    # Danish: Æ Ø Å after Z, and "Ä" sorts as "Æ"; the order is the same here.
    assert titles(CatalogueFilter(), DENMARK)[-1] == "Kassa"


def test_search_finds_part_of_a_title_or_an_employers_name_in_any_case() -> None:
    assert titles(CatalogueFilter(text="  LAGER ")) == ["Plocka varor", "Packa"]
    assert titles(CatalogueFilter(text="disk")) == ["Diska"]
    assert titles(CatalogueFilter(text="finns inte")) == []


def test_category_sector_and_free_places_filters() -> None:
    assert titles(CatalogueFilter(category="Kök")) == ["Diska"]
    assert titles(CatalogueFilter(sector=Sector.PRIVATE)) == ["Plocka varor", "Packa", "Kassa"]
    assert titles(CatalogueFilter(only_free_places=True)) == ["Diska"]


def test_requirement_filters_with_without_and_none() -> None:
    assert titles(CatalogueFilter(requirement=RequirementFilter.NONE)) == ["Diska", "Packa"]
    with_lyft = CatalogueFilter(requirement=RequirementFilter.WITH, requirement_label=LYFT)
    assert titles(with_lyft) == ["Plocka varor", "Kassa"]
    without = replace(with_lyft, requirement=RequirementFilter.WITHOUT)
    assert titles(without) == ["Diska", "Packa"]
    without_kund = replace(without, requirement_label=KUND)
    assert titles(without_kund) == ["Diska", "Plocka varor", "Packa"]
