"""`fold` and `sort_key` on both engines: list filters find a name whatever its case, Å and ß
included, and lists come in the alphabetical order of the organisation's country (Swedish or
Danish), the same on a server as in a file."""

from __future__ import annotations

import pytest
from sqlalchemy import literal, select

from ambassador.domain.browse import EmployerFilter, ParticipantFilter
from ambassador.domain.country import DENMARK, SWEDEN
from ambassador.domain.sorting import DANISH_SORT_MAP, SORT_MAP, sort_key
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from ambassador.storage.folding import sort_key as sql_sort_key
from ambassador.storage.folding import sort_key_dk as sql_sort_key_dk
from tests.factories import make_employer, make_participant

NAMES = (
    "Zorn Bygg",
    "Åbergs Åkeri",
    "ädelsten AB",
    "Öst Städ",
    "Eriksson Måleri",
    "Éclair Bageri",
    "eva's Café",
    "Ümit Taxi",
    "Ab Lager",
    "åsa Blommor",
    "Straße Import",
    "ÄNGENS GÅRD",
)


def listed(services: Services, text: str = "") -> list[str]:
    return [row.name for row in services.browse.employers(EmployerFilter(text=text)).rows]


# Shuffled; in Swedish order: é as e, ü as y, then Z, Å, Ä (æ with it), Ö.
SURNAMES = (
    "Åberg",
    "Ängel",
    "Öberg",
    "Zetterberg",
    "Eriksson",
    "Élise",
    "Ericsson",
    "Müller",
    "Mykvist",
    "Ærø",
)
SWEDISH_ORDER = [
    "Élise",
    "Ericsson",
    "Eriksson",
    "Mykvist",
    "Müller",
    "Zetterberg",
    "Åberg",
    "Ängel",
    "Ærø",
    "Öberg",
]


def test_lists_and_pickers_are_in_swedish_order(services: Services) -> None:
    ids: dict[str, int] = {}
    for surname in SURNAMES:
        ids[surname] = make_participant(services, first_name="Anna", last_name=surname)
        make_employer(services, name=surname.upper())
    people = services.browse.participants(ParticipantFilter()).rows
    assert [row.last_name for row in people] == SWEDISH_ORDER
    picked = [choice.id for choice in services.browse.participant_choices()]
    assert picked == [ids[surname] for surname in SWEDISH_ORDER]
    assert listed(services) == [surname.upper() for surname in SWEDISH_ORDER]
    employers = [choice.name for choice in services.browse.employer_choices()]
    assert employers == [surname.upper() for surname in SWEDISH_ORDER]


@pytest.mark.parametrize(
    ("country", "function"), [(SWEDEN, sql_sort_key), (DENMARK, sql_sort_key_dk)]
)
def test_the_sql_sort_key_is_the_python_one(
    database: Database, country: str, function: type[sql_sort_key]
) -> None:
    """Every letter of the mapping, in both cases, and the names: what the engine computes
    (the registered function on SQLite, migration 0009's on a server) is domain/sorting.py's."""
    texts = [*SORT_MAP, *(ch.upper() for ch in SORT_MAP), *SURNAMES, *NAMES, "ẞ", "Al-Sayed"]
    with database.engine.connect() as connection:
        computed = [
            connection.execute(select(function(literal(text)))).scalar_one() for text in texts
        ]
    assert computed == [sort_key(text, country) for text in texts]


# Shuffled; in Danish order: Æ, Ø, Å after Z, with Ä as Æ and Ö as Ø; "aa" is two a's.
DANISH_SURNAMES = ("Åberg", "Øster", "Zander", "Öberg", "Ærø", "Aagaard", "Ärlig", "Andersen")
DANISH_ORDER = ["Aagaard", "Andersen", "Zander", "Ärlig", "Ærø", "Öberg", "Øster", "Åberg"]
SWEDISH_ORDER_OF_DANISH_SURNAMES = [
    "Aagaard",
    "Andersen",
    "Zander",
    "Åberg",
    "Ärlig",
    "Ærø",
    "Öberg",
    "Øster",
]


@pytest.mark.parametrize(
    ("country", "order"),
    [(DENMARK, DANISH_ORDER), (SWEDEN, SWEDISH_ORDER_OF_DANISH_SURNAMES)],
)
def test_lists_and_pickers_are_in_the_organisations_order(
    services: Services, database: Database, country: str, order: list[str]
) -> None:
    services.settings.set_country(country)
    ids: dict[str, int] = {}
    employer_ids: dict[str, int] = {}
    for surname in DANISH_SURNAMES:
        ids[surname] = make_participant(services, first_name="Ida", last_name=surname)
        employer_ids[surname] = make_employer(
            services, organisation_number=None, name=surname.upper()
        )
    people = services.browse.participants(ParticipantFilter()).rows
    assert [row.last_name for row in people] == order
    picked = [choice.id for choice in services.browse.participant_choices()]
    assert picked == [ids[surname] for surname in order]
    assert listed(services) == [surname.upper() for surname in order]
    employers = [choice.name for choice in services.browse.employer_choices()]
    assert employers == [surname.upper() for surname in order]
    with database.read() as uow:
        assert uow.country() == country
        assert [p.last_name for p in uow.participants.page()] == order
        assert [e.id for e in uow.employers.page()] == [employer_ids[s] for s in order]


def test_a_unit_of_work_sorts_by_the_country_it_stored(database: Database) -> None:
    """Read once per unit of work, the country is read again when that unit of work
    stores another."""
    with database.write() as uow:
        assert uow.country() == SWEDEN
        uow.settings.put({"country": DENMARK})
        assert uow.country() == DENMARK
    with database.read() as uow:
        assert uow.country() == DENMARK


def test_filters_fold_letters_beyond_ascii(services: Services) -> None:
    for name in NAMES:
        make_employer(services, name=name)
    assert listed(services, "ÅSA") == ["åsa Blommor"]
    assert listed(services, "ängens gård") == ["ÄNGENS GÅRD"]
    assert listed(services, "strasse") == ["Straße Import"]
    assert listed(services, "ÉCLAIR") == ["Éclair Bageri"]


def test_the_server_sort_key_frozen_in_0009_is_the_domain_map() -> None:
    """0009 keeps its own copy of the map (a migration never follows later code); at head the
    copy and the domain's map must be one, or a new revision must rebuild the function."""
    import importlib

    from ambassador.domain.sorting import sort_key_translation

    migration = importlib.import_module(
        "ambassador.storage.migrations.versions.0009_server_search_and_folding"
    )
    frozen = (migration.SORT_KEY_SOURCE, migration.SORT_KEY_TARGET, migration.SORT_KEY_LONGER)
    assert frozen == sort_key_translation(SWEDEN)
    danish = (
        migration.SORT_KEY_DK_SOURCE,
        migration.SORT_KEY_DK_TARGET,
        migration.SORT_KEY_LONGER,
    )
    assert danish == sort_key_translation(DENMARK)
    assert DANISH_SORT_MAP != SORT_MAP
