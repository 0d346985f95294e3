"""Alphabetical order as one key per country, defined here as data and used by both engines.

A name's key is its casefold with its country's map applied. In Swedish (`SORT_MAP`) Å, Ä
and Ö become the three code points after "z" ("{", "|", "}"), so they come after Z and in
that order; æ sorts as ä and ø as ö, as Swedish dictionaries file Danish and Norwegian
letters. In Danish (`DANISH_SORT_MAP`) Æ, Ø and Å take those three code points instead, in
that order, with ä as æ and ö as ø, as Danish dictionaries file Swedish and German letters;
"aa" stays two a's. In both an accented letter becomes its base letter (é sorts as e, á as
a), ü as y, and ß as ss. Compared code point by code point, the keys give a–z, å, ä, ö in
Swedish and a–z, æ, ø, å in Danish, with case ignored.

Python sorts by `sort_key`; SQLite orders by the same function, registered on each
connection as `sort_key` and `sort_key_dk` (storage/engine.py); a PostgreSQL server by the
SQL functions `sort_key(text)` and `sort_key_dk(text)` that migration 0009 builds from the
maps (`sort_key_translation`), compared in the "C" collation (storage/folding.py), which
storage chooses by the organisation's country. So a list, a picker and a report agree on
both engines.
"""

from __future__ import annotations

from ambassador.domain.country import DENMARK, SWEDEN

# Lower case only: the text is casefolded first (on a server lower-cased the same way).
SORT_MAP: dict[str, str] = {
    "å": "{",
    "ä": "|",
    "ö": "}",
    "æ": "|",
    "ø": "}",
    "á": "a",
    "à": "a",
    "â": "a",
    "ã": "a",
    "ç": "c",
    "é": "e",
    "è": "e",
    "ê": "e",
    "ë": "e",
    "í": "i",
    "ì": "i",
    "î": "i",
    "ï": "i",
    "ñ": "n",
    "ó": "o",
    "ò": "o",
    "ô": "o",
    "õ": "o",
    "ú": "u",
    "ù": "u",
    "û": "u",
    "ü": "y",
    "ý": "y",
    "ÿ": "y",
    "ß": "ss",
}

# Danish order: the Swedish map with the last three letters Æ, Ø, Å.
DANISH_SORT_MAP: dict[str, str] = SORT_MAP | {
    "æ": "{",
    "ø": "|",
    "å": "}",
    "ä": "{",
    "ö": "|",
}

SORT_MAPS: dict[str, dict[str, str]] = {SWEDEN: SORT_MAP, DENMARK: DANISH_SORT_MAP}

_TABLES = {country: str.maketrans(mapping) for country, mapping in SORT_MAPS.items()}


def sort_key(text: str, country: str = SWEDEN) -> str:
    """`text` as it is compared in the alphabetical order of `country` (code point by code
    point); a country without an order of its own here sorts as Sweden does."""
    return text.casefold().translate(_TABLES.get(country, _TABLES[SWEDEN]))


def sort_key_translation(country: str = SWEDEN) -> tuple[str, str, dict[str, str]]:
    """`country`'s map as SQL can apply it: the one-character replacements as `translate`'s
    (from, to) strings, and the longer ones for `replace`."""
    mapping = SORT_MAPS[country]
    single = {ch: to for ch, to in mapping.items() if len(to) == 1}
    longer = {ch: to for ch, to in mapping.items() if len(to) != 1}
    return "".join(single), "".join(single.values()), longer
