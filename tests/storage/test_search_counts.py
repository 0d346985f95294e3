"""Counting matches stops at a cap on both engines (FTS5 and the server's GIN index alike): a
part with fewer hits is counted exactly, one with more is counted to the cap and no further."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from ambassador.domain.search import COUNT_CAP
from ambassador.storage import search_index, server_search
from ambassador.storage.database import Database
from ambassador.storage.search_index import NOTES, Kind


# On a server the newest notes are counted first, the index only when they fall short: the
# default, and so few that every count goes through the index.
@pytest.mark.parametrize("recent", [server_search.RECENT, 10])
def test_counts_stop_at_the_cap_and_are_exact_below_it(
    database: Database, recent: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server_search, "RECENT", recent)
    many = COUNT_CAP + 5
    with database.engine.begin() as connection:
        # Index entries alone, as a bulk load writes them: counting reads nothing else.
        search_index.add(connection, Kind.NOTE, ((n, f"Veckan gick bra {n}.") for n in range(many)))
        search_index.add(connection, Kind.NOTE, [(many + 1, "En zebrafink i fönstret.")])
        search_index.add(connection, Kind.PARTICIPANT, [(1, "Vera Veckström"), (2, "Anna Ek")])
    most = COUNT_CAP + 1
    with database.engine.connect() as connection:
        assert connection.execute(text(f"SELECT count(*) FROM {NOTES}")).scalar_one() == many + 1
        assert search_index.count(connection, "veck", most) == (1, most)
        assert search_index.count(connection, "veck") == (1, many)  # uncounted: all
        assert search_index.count(connection, "veckan gick", most) == (0, most)
        assert search_index.count(connection, "zebra", most) == (0, 1)
        assert search_index.count(connection, "anna", most) == (1, 0)
        assert search_index.count(connection, "qxv", most) == (0, 0)
        assert search_index.count(connection, "  ", most) == (0, 0)
        assert search_index.count(connection, "veck", 3) == (1, 3)
