"""Swedish and Danish alphabetical order: the key Python, SQLite and a server all order names
by, in the organisation's country."""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

from ambassador.domain.country import DENMARK, SWEDEN
from ambassador.domain.sorting import DANISH_SORT_MAP, SORT_MAP, sort_key, sort_key_translation


def test_names_come_in_swedish_order() -> None:
    names = ["Öberg", "Ängel", "Zetterberg", "Åberg", "ärlig", "Adam", "Ærø", "Øst", "åsa"]
    assert sorted(names, key=sort_key) == [
        "Adam",
        "Zetterberg",
        "Åberg",
        "åsa",
        "Ängel",
        "ärlig",
        "Ærø",
        "Öberg",
        "Øst",
    ]


def test_names_come_in_danish_order() -> None:
    """Æ, Ø, Å after Z, in that order; Ä files as Æ and Ö as Ø; "aa" is two a's."""
    names = ["Åberg", "Øster", "Zander", "ärlig", "Ærø", "Aagaard", "Öberg", "Andersen", "æble"]
    assert sorted(names, key=lambda name: sort_key(name, DENMARK)) == [
        "Aagaard",
        "Andersen",
        "Zander",
        "æble",
        "ärlig",
        "Ærø",
        "Öberg",
        "Øster",
        "Åberg",
    ]
    assert sort_key("Ärlig", DENMARK) == sort_key("ærlig", DENMARK)
    assert sort_key("Öst", DENMARK) == sort_key("øst", DENMARK)
    assert sort_key("Müller", DENMARK) == sort_key("Myller", DENMARK)


def test_swedish_is_the_default_and_the_fallback() -> None:
    for name in ("Åberg", "Ærø", "Öberg", "Zander"):
        assert sort_key(name) == sort_key(name, SWEDEN) == sort_key(name, "no")


def test_accented_letters_sort_as_their_base_letter() -> None:
    assert sort_key("Élise") == sort_key("elise")
    assert sort_key("Müller") == sort_key("Myller")
    assert sort_key("Straße") == sort_key("STRASSE")
    assert sorted(["Eriksson", "Élise", "Ericsson", "Ezra"], key=sort_key) == [
        "Élise",
        "Ericsson",
        "Eriksson",
        "Ezra",
    ]


# Letters whose upper and lower case fold alike (not, say, Turkish dotless ı).
LETTERS = string.ascii_letters + "".join(SORT_MAP) + "".join(SORT_MAP).upper() + " -"


@given(st.text(alphabet=LETTERS))
def test_case_is_ignored(text: str) -> None:
    assert sort_key(text.upper()) == sort_key(text.lower()) == sort_key(text.casefold())
    danish = {sort_key(variant, DENMARK) for variant in (text.upper(), text.lower(), text)}
    assert len(danish) == 1


def test_the_danish_map_differs_from_the_swedish_only_in_the_last_letters() -> None:
    changed = {ch for ch in SORT_MAP if SORT_MAP[ch] != DANISH_SORT_MAP[ch]}
    assert set(DANISH_SORT_MAP) == set(SORT_MAP)
    assert changed == set("åäöæø")


def test_the_translation_for_sql_is_the_mapping() -> None:
    source, target, longer = sort_key_translation()
    assert len(source) == len(target)
    assert {**dict(zip(source, target, strict=True)), **longer} == SORT_MAP
    assert longer == {"ß": "ss"}
    assert "'" not in source + target + "".join(longer.values())
    source, target, longer = sort_key_translation(DENMARK)
    assert {**dict(zip(source, target, strict=True)), **longer} == DANISH_SORT_MAP
    assert "'" not in source + target
