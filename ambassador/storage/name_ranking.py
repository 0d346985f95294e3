"""The order of names found by a search, one rule computed in SQL on both engines.

A coordinator typing "an" wants Anna and Andersson before Johan Anttila, and a list of them
in the order of the registers. So of the names that match (every word typed, the last as a
prefix), first come those whose first word starts with the first word typed, then those
with any word starting with it (words split at spaces and hyphens: "Al-Sayed" starts
"sayed" too), then the rest (found because the index ignores accents: "a" finds Åberg, but
Å is a letter of its own); each group in the alphabetical order of the organisation's
country (`sort_key` or `sort_key_dk`, domain/sorting.py, as lists are), then by entry.
Names are a few thousand at most, so every match is ordered, as FTS5's bm25 or PostgreSQL's
`ts_rank` would have scored every match too, but alike on both engines and in a way that can
be said in a sentence.
"""

from __future__ import annotations

from ambassador.domain.country import DENMARK
from ambassador.domain.sorting import sort_key


def key(country: str) -> str:
    """The sort key over a names table's `body`, in `country`'s alphabetical order. SQLite
    compares text code point by code point already; a server is told to (the "C" collation),
    as lists are."""
    return "sort_key_dk(body)" if country == DENMARK else "sort_key(body)"


def group(country: str) -> str:
    """The group of a match (0, 1, 2) by the patterns `parameters` binds."""
    name = key(country)
    return (
        f"CASE WHEN {name} LIKE :name_starts THEN 0 "
        f"WHEN ' ' || replace({name}, '-', ' ') LIKE :word_starts THEN 1 ELSE 2 END"
    )


def server_order(country: str) -> str:
    """A server's ORDER BY terms over a names table's `body` and `rowid`."""
    return f'{group(country)}, {key(country)} COLLATE "C", rowid'


def parameters(user_text: str, country: str) -> dict[str, str]:
    """The patterns `group` compares with: the first word typed, as a name's first word and
    as any word. Only letters and digits are left of it, so it holds no LIKE wildcard."""
    words = "".join(ch if ch.isalnum() else " " for ch in user_text).split()
    first = sort_key(words[0], country) if words else ""
    return {"name_starts": f"{first}%", "word_starts": f"% {first}%"}
