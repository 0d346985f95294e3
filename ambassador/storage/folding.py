"""`fold` and `sort_key`: a name in lower case for list filters, and in Swedish alphabetical
order for ordering, the same on both engines.

SQLite's `fold` is Python's casefold, registered on every connection (storage/engine.py);
PostgreSQL's is a SQL function of migration 0009 (`lower()` under the pinned ICU collation
`sv-x-icu`). Ordered by it, SQLite compares the folded text code point by code point. A
server compares in the collation of the column folded, the database's own locale, so on a
server the folded text is put in the "C" collation, which compares code points too: a list
comes in the same order on both engines, whatever locale IT gave the database.

Lists order by `name_key`: `sort_key` (domain/sorting.py), the folded name with Å, Ä, Ö
put after Z and accented letters on their base letter, or for a Danish organisation
`sort_key_dk`, with Æ, Ø, Å after Z; registered on SQLite from the Python function and
built on a server from the same mapping by migration 0009, compared in "C" there as well.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, ColumnExpressionArgument, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import GenericFunction

from ambassador.domain.country import DENMARK
from ambassador.storage.registry import organisation_country


class fold(GenericFunction[str]):  # noqa: N801 (named as the SQL function it calls)
    type = String()
    inherit_cache = True


class sort_key(GenericFunction[str]):  # noqa: N801
    type = String()
    inherit_cache = True


class sort_key_dk(GenericFunction[str]):  # noqa: N801
    type = String()
    inherit_cache = True


def _compared_in_c(element: GenericFunction[str], compiler: SQLCompiler, **kw: Any) -> str:
    """On a server the three are compared code point by code point, as SQLite compares."""
    return f'({compiler.visit_function(element, **kw)} COLLATE "C")'


for _function in (fold, sort_key, sort_key_dk):
    compiles(_function, "postgresql")(_compared_in_c)


def name_key(session: Session, name: ColumnExpressionArgument[str]) -> ColumnElement[str]:
    """`name` as lists order it: in the alphabetical order of the organisation's country."""
    if organisation_country(session) == DENMARK:
        return sort_key_dk(name)
    return sort_key(name)
