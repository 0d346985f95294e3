"""`fold` and `sort_key` on both engines: list filters find a name whatever its case, Å and ß
included, and lists come in Swedish alphabetical order, the same on a server as in a file."""

from __future__ import annotations

from sqlalchemy import literal, select

from ambassador.domain.browse import EmployerFilter, ParticipantFilter
from ambassador.domain.sorting import SORT_MAP, sort_key
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from ambassador.storage.folding import sort_key as sql_sort_key
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


def test_the_sql_sort_key_is_the_python_one(database: Database) -> None:
    """Every letter of the mapping, in both cases, and the names: what the engine computes
    (the registered function on SQLite, migration 0009's on a server) is domain/sorting.py's."""
    texts = [*SORT_MAP, *(ch.upper() for ch in SORT_MAP), *SURNAMES, *NAMES, "ẞ", "Al-Sayed"]
    with database.engine.connect() as connection:
        computed = [
            connection.execute(select(sql_sort_key(literal(text)))).scalar_one() for text in texts
        ]
    assert computed == [sort_key(text) for text in texts]


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
    assert frozen == sort_key_translation()
