"""Search on a PostgreSQL server: the queries over migration 0009's tables.

`search_index_names` and `search_index_notes` hold each entry's `rowid` (`id * 4 + kind`, as
in FTS5), its `body` and its words (`document`, a generated `tsvector` under a GIN index),
written by storage/search_index.py as on SQLite. Words are split by PostgreSQL's parser and
kept whole with their accents removed (the `ambassador` configuration: `simple` after
`unaccent`), as FTS5's `unicode61 remove_diacritics 2` keeps them, so a query matches the
same entries: every word typed, the last as a prefix.

Names (a few thousand) are ordered as on SQLite, by storage/name_ranking.py's rule over every
match (PostgreSQL's `ts_rank` and FTS5's bm25 score alike words differently, and a name
found on one engine ranked apart on the other). Notes come newest first,
and there the plan decides everything. On 200,000 notes a common word or a short prefix is
found at once by walking the primary key backwards until the limit is reached, and a rare
word that way reads every note (seconds); a rare word is found at once through the GIN
index, and a common word that way fetches and sorts tens of thousands of notes. Which is
which depends on the word, and the planner's guess of it from statistics is what swings. So
the newest `RECENT` notes are searched first (a few milliseconds whatever the word), and only
when they hold fewer hits than asked for, which a common word never does, is the GIN index
asked, sorted by `rowid + 0` so that the planner cannot choose the backwards walk.

A coordinator on a team's server reads under row-level security (migration 0010), where the
GIN indexes go unused: a policy's check runs before `@@`, which is not leakproof, so every
entry would be read and checked first. For them the same plan runs inside two functions of
migration 0011, as the owner, applying the coordinator's unit themselves
(`ambassador_search_names`, `ambassador_search_notes`); the owner, whom no policy limits,
keeps the statements here. Whether the policies apply is asked once per connection.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, TextClause, text

from ambassador.domain.country import COUNTRIES, SWEDEN
from ambassador.domain.search import MATCH_END, MATCH_START
from ambassador.storage import name_ranking

CONFIGURATION = "ambassador"
# The newest notes searched before the index is: a few milliseconds to read on any server.
RECENT = 5000
# As FTS5's snippet(…, 12): about a dozen words around the first match.
HEADLINE = (
    f'StartSel="{MATCH_START}", StopSel="{MATCH_END}", MaxWords=12, MinWords=6, ShortWord=0, '
    'MaxFragments=1, FragmentDelimiter=" … "'
)
ELLIPSIS = "…"

_QUERY = f"to_tsquery('{CONFIGURATION}', :query)"
_HEADLINE = f"ts_headline('{CONFIGURATION}', body, {_QUERY}, :headline)"


# Names and the newest notes in one statement, each part stopping at its own limit; the parts
# are numbered because a compound SELECT keeps no order of its own.
def _names_and_recent_notes(country: str) -> TextClause:
    return text(
        f"SELECT 0 AS part, position, rowid, body, {_HEADLINE} FROM ("
        "SELECT rowid, body, "
        f"row_number() OVER (ORDER BY {name_ranking.server_order(country)}) AS position "
        f"FROM search_index_names WHERE document @@ {_QUERY} ORDER BY position LIMIT :limit) "
        "AS names "
        f"UNION ALL SELECT 1, -rowid, rowid, body, {_HEADLINE} FROM ("
        "SELECT rowid, body FROM ("
        "SELECT rowid, body, document FROM search_index_notes ORDER BY rowid DESC LIMIT :recent"
        f") AS recent WHERE document @@ {_QUERY} ORDER BY rowid DESC LIMIT :limit) AS notes "
        "ORDER BY part, position, rowid"
    )


_NAMES_AND_RECENT_NOTES = {country: _names_and_recent_notes(country) for country in COUNTRIES}


# Under row-level security: names and notes, each up to its limit, from 0011's functions.
def _unit_names_and_notes(country: str) -> TextClause:
    return text(
        f"SELECT 0 AS part, position, rowid, body, {_HEADLINE} FROM ("
        "SELECT rowid, body, "
        f"row_number() OVER (ORDER BY {name_ranking.server_order(country)}) AS position "
        f"FROM ambassador_search_names({_QUERY}) AS found ORDER BY position LIMIT :limit) "
        "AS names "
        f"UNION ALL SELECT 1, -rowid, rowid, body, {_HEADLINE} "
        f"FROM ambassador_search_notes({_QUERY}, :limit, :recent) AS notes "
        "ORDER BY part, position, rowid"
    )


_UNIT_NAMES_AND_NOTES = {country: _unit_names_and_notes(country) for country in COUNTRIES}
_UNIT_NAMES_COUNT = text(
    "SELECT count(*) FROM (SELECT 1 FROM "
    f"ambassador_search_names({_QUERY}) AS found LIMIT :most) AS counted"
)
_UNIT_NOTES_COUNT = text(
    f"SELECT count(*) FROM ambassador_search_notes({_QUERY}, :most, :recent) AS counted"
)
_ROW_SECURITY = text("SELECT row_security_active('search_index_notes')")
# Whether the policies limit the engine's user: an execution option, set when the program
# opens the server (`remember_row_security`), which every connection of the engine carries.
ROW_SECURITY_OPTION = "ambassador_row_security"
# Otherwise asked once per connection and kept with it (SQLAlchemy's `info` lives with the
# driver's connection, whatever the pool does).
_ROW_SECURITY_KEY = "ambassador.row_security"


def remember_row_security(engine: Engine) -> Engine:
    """`engine`, knowing whether row-level security limits its user: asked once, at opening."""
    with engine.connect() as connection:
        limited = bool(connection.execute(_ROW_SECURITY).scalar())
    return engine.execution_options(**{ROW_SECURITY_OPTION: limited})


def under_row_security(connection: Connection) -> bool:
    """Whether row-level security limits what this connection's user reads: a coordinator's
    on a team's server, not the owner's."""
    known = connection.get_execution_options().get(ROW_SECURITY_OPTION)
    if known is not None:
        return bool(known)
    info = connection.info
    if _ROW_SECURITY_KEY not in info:
        info[_ROW_SECURITY_KEY] = bool(connection.execute(_ROW_SECURITY).scalar())
    return bool(info[_ROW_SECURITY_KEY])


_ALL_NOTES = text(
    f"SELECT rowid, body, {_HEADLINE} FROM ("
    f"SELECT rowid, body FROM search_index_notes WHERE document @@ {_QUERY} "
    "ORDER BY rowid + 0 DESC LIMIT :limit) AS hits ORDER BY rowid DESC"
)
# Counts stop at `:most` hits (NULL: all), and for notes the plan decides everything again.
# A bare count(*) of a common word reads every matching row through the GIN bitmap (35–50 ms
# for "och" on 100,000 notes). With a LIMIT the planner may walk the table instead, which
# reaches a common word's `most`th hit at once and reads every note for a rare word (25–45 ms
# before ANALYZE). So, as for search, the newest `RECENT` notes are counted first (about a
# millisecond), and only when they hold fewer than `most` hits is the index asked, inside a
# MATERIALIZED CTE: that is planned to fetch all its rows (the bitmap for any word), and
# read only up to the limit.
_NAMES_COUNT = text(
    "SELECT count(*) FROM (SELECT 1 FROM search_index_names "
    f"WHERE document @@ {_QUERY} LIMIT :most) AS counted"
)
_RECENT_NOTES_COUNT = text(
    "SELECT count(*) FROM (SELECT 1 FROM ("
    "SELECT document FROM search_index_notes ORDER BY rowid DESC LIMIT :recent"
    f") AS recent WHERE document @@ {_QUERY} LIMIT :most) AS counted"
)
_NOTES_COUNT = text(
    "WITH hits AS MATERIALIZED ("
    f"SELECT 1 FROM search_index_notes WHERE document @@ {_QUERY}) "
    "SELECT count(*) FROM (SELECT 1 FROM hits LIMIT :most) AS counted"
)


def to_tsquery_text(user_text: str) -> str | None:
    """What a person typed as a safe `to_tsquery` argument: every word, the last as a prefix.

    Only letters and digits remain, each word quoted, so query syntax in the input (&, |, !,
    quotes, :*) is only text, as `search_index.to_match_query` makes it for FTS5.
    """
    words = "".join(ch if ch.isalnum() else " " for ch in user_text).split()
    if not words:
        return None
    quoted = [f"'{w}'" for w in words]
    quoted[-1] += ":*"
    return " & ".join(quoted)


def count(connection: Connection, user_text: str, most: int | None = None) -> tuple[int, int]:
    """How many names and how many notes match, each counted up to `most` (all without it):
    a common word among the newest notes, any other through the GIN index."""
    query = to_tsquery_text(user_text)
    if query is None:
        return 0, 0
    values = {"query": query, "most": most, "recent": RECENT}
    if under_row_security(connection):
        return (
            int(connection.execute(_UNIT_NAMES_COUNT, values).scalar_one()),
            int(connection.execute(_UNIT_NOTES_COUNT, values).scalar_one()),
        )
    names = int(connection.execute(_NAMES_COUNT, values).scalar_one())
    if most is not None and most <= RECENT:
        notes = int(connection.execute(_RECENT_NOTES_COUNT, values).scalar_one())
        if notes >= most:
            return names, notes
    return names, int(connection.execute(_NOTES_COUNT, values).scalar_one())


def search(
    connection: Connection, user_text: str, limit: int, country: str = SWEDEN
) -> list[tuple[int, str]]:
    """(rowid, snippet) of up to `limit` names in name_ranking's order (in `country`'s
    alphabet), then up to `limit` notes, newest first."""
    query = to_tsquery_text(user_text)
    if query is None:
        return []
    values = {"query": query, "limit": limit, "headline": HEADLINE, "recent": RECENT}
    unit = under_row_security(connection)
    statements = _UNIT_NAMES_AND_NOTES if unit else _NAMES_AND_RECENT_NOTES
    statement = statements.get(country, statements[SWEDEN])
    found = connection.execute(
        statement, values | name_ranking.parameters(user_text, country)
    ).all()
    names = [(rowid, body, headline) for part, _, rowid, body, headline in found if part == 0]
    notes = [(rowid, body, headline) for part, _, rowid, body, headline in found if part == 1]
    if len(notes) < limit and not unit:
        notes = [tuple(row) for row in connection.execute(_ALL_NOTES, values)]
    return [(rowid, _snippet(body, headline)) for rowid, body, headline in (*names, *notes)]


def _snippet(body: str, headline: str) -> str:
    """`headline` with an ellipsis where it leaves words out, as FTS5's snippet has; what it
    leaves out without a word in it (a full stop) is put back instead."""
    plain = headline.replace(MATCH_START, "").replace(MATCH_END, "")
    start = body.find(plain)
    if start < 0:
        return headline
    before, after = body[:start], body[start + len(plain) :]
    before = ELLIPSIS if any(ch.isalnum() for ch in before) else before
    after = ELLIPSIS if any(ch.isalnum() for ch in after) else after
    return before + headline + after
