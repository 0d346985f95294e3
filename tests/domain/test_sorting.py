"""Swedish alphabetical order: the key Python, SQLite and a server all order names by."""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

from ambassador.domain.sorting import SORT_MAP, sort_key, sort_key_translation


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


def test_the_translation_for_sql_is_the_mapping() -> None:
    source, target, longer = sort_key_translation()
    assert len(source) == len(target)
    assert {**dict(zip(source, target, strict=True)), **longer} == SORT_MAP
    assert longer == {"ß": "ss"}
    assert "'" not in source + target + "".join(longer.values())
