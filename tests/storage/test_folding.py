"""`fold` on both engines: list filters find a name whatever its case, Å and ß included, and
lists come in the same order on a server as in a SQLite file."""

from __future__ import annotations

from ambassador.domain.browse import EmployerFilter
from ambassador.services.bundle import Services
from tests.factories import make_employer

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


def test_lists_are_ordered_by_the_folded_name_code_point_by_code_point(
    services: Services,
) -> None:
    """The order SQLite has always given (Python's casefold, then code points: Ä before Å,
    É after Ö) is the server's too, whatever locale IT gave the database."""
    for name in NAMES:
        make_employer(services, name=name)
    assert listed(services) == sorted(NAMES, key=str.casefold)


def test_filters_fold_letters_beyond_ascii(services: Services) -> None:
    for name in NAMES:
        make_employer(services, name=name)
    assert listed(services, "ÅSA") == ["åsa Blommor"]
    assert listed(services, "ängens gård") == ["ÄNGENS GÅRD"]
    assert listed(services, "strasse") == ["Straße Import"]
    assert listed(services, "ÉCLAIR") == ["Éclair Bageri"]
