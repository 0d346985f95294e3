"""`fold` and `sort_key`: a name in lower case for list filters, and in Swedish alphabetical
order for ordering, the same on both engines.

SQLite's `fold` is Python's casefold, registered on every connection (storage/engine.py);
PostgreSQL's is a SQL function of migration 0009 (`lower()` under the pinned ICU collation
`sv-x-icu`). Ordered by it, SQLite compares the folded text code point by code point. A
server compares in the collation of the column folded, the database's own locale, so on a
server the folded text is put in the "C" collation, which compares code points too: a list
comes in the same order on both engines, whatever locale IT gave the database.

Lists order by `sort_key` (domain/sorting.py): the folded name with Å, Ä, Ö put after Z and
accented letters on their base letter, registered on SQLite from the Python function and
built on a server from the same mapping by migration 0009, compared in "C" there as well.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import GenericFunction


class fold(GenericFunction[str]):  # noqa: N801 (named as the SQL function it calls)
    type = String()
    inherit_cache = True


@compiles(fold, "postgresql")
def _fold_on_postgresql(element: fold, compiler: SQLCompiler, **kw: Any) -> str:
    return f'({compiler.visit_function(element, **kw)} COLLATE "C")'


class sort_key(GenericFunction[str]):  # noqa: N801 (named as the SQL function it calls)
    type = String()
    inherit_cache = True


@compiles(sort_key, "postgresql")
def _sort_key_on_postgresql(element: sort_key, compiler: SQLCompiler, **kw: Any) -> str:
    return f'({compiler.visit_function(element, **kw)} COLLATE "C")'
