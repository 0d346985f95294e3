"""Swedish alphabetical order as one key, defined here as data and used by both engines.

A name's key is its casefold with `SORT_MAP` applied: Å, Ä and Ö become the three code points
after "z" ("{", "|", "}"), so they come after Z and in that order; an accented letter becomes
its base letter (é sorts as e, á as a), ü as y, æ as ä and ø as ö, as Swedish dictionaries
file Danish and Norwegian letters, and ß as ss. Compared code point by code point, the keys
give a–z, å, ä, ö with case ignored.

Python sorts by `sort_key`; SQLite orders by the same function, registered on each
connection (storage/engine.py); a PostgreSQL server by the SQL function `sort_key(text)`
that migration 0009 builds from `SORT_MAP` (`sort_key_translation`), compared in the "C"
collation (storage/folding.py). So a list, a picker and a report agree on both engines.
"""

from __future__ import annotations

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

_TABLE = str.maketrans(SORT_MAP)


def sort_key(text: str) -> str:
    """`text` as it is compared in Swedish alphabetical order (code point by code point)."""
    return text.casefold().translate(_TABLE)


def sort_key_translation() -> tuple[str, str, dict[str, str]]:
    """`SORT_MAP` as SQL can apply it: the one-character replacements as `translate`'s
    (from, to) strings, and the longer ones for `replace`."""
    single = {ch: to for ch, to in SORT_MAP.items() if len(to) == 1}
    longer = {ch: to for ch, to in SORT_MAP.items() if len(to) != 1}
    return "".join(single), "".join(single.values()), longer
