"""The order of names found by a search, one rule computed in SQL on both engines.

A coordinator typing "an" wants Anna and Andersson before Johan Anttila, and a list of them
in the order of the registers. So of the names that match (every word typed, the last as a
prefix), first come those whose first word starts with the first word typed, then those
with any word starting with it (words split at spaces and hyphens: "Al-Sayed" starts
"sayed" too), then the rest (found because the index ignores accents: "a" finds Åberg, but
Å is a letter of its own); each group in Swedish alphabetical order (`sort_key`,
domain/sorting.py), then by entry. Names are a few thousand at most, so every match is
ordered, as FTS5's bm25 or PostgreSQL's `ts_rank` would have scored every match too, but
alike on both engines and in a way that can be said in a sentence.
"""

from __future__ import annotations

from ambassador.domain.sorting import sort_key

# Over a names table's `body`; `parameters` binds the patterns. SQLite compares text code
# point by code point already; a server is told to (the "C" collation), as lists are.
KEY = "sort_key(body)"
GROUP = (
    f"CASE WHEN {KEY} LIKE :name_starts THEN 0 "
    f"WHEN ' ' || replace({KEY}, '-', ' ') LIKE :word_starts THEN 1 ELSE 2 END"
)


# A server's ORDER BY terms over a names table's `body` and `rowid`.
SERVER_ORDER = f'{GROUP}, {KEY} COLLATE "C", rowid'


def parameters(user_text: str) -> dict[str, str]:
    """The patterns `order_by` compares with: the first word typed, as a name's first word
    and as any word. Only letters and digits are left of it, so it holds no LIKE wildcard."""
    words = "".join(ch if ch.isalnum() else " " for ch in user_text).split()
    first = sort_key(words[0]) if words else ""
    return {"name_starts": f"{first}%", "word_starts": f"% {first}%"}
