"""Copying between frozen domain dataclasses and `*Row` objects, field by field."""

from __future__ import annotations

import dataclasses
from enum import Enum
from typing import Any


def row_values(
    fields: Any, exclude: tuple[str, ...] = (), of: type | None = None
) -> dict[str, Any]:
    """The dataclass's fields as column values; enums stored by their value.

    `of` limits the copy to the fields of that (base) dataclass, so a stored record passed
    where only its editable fields belong cannot smuggle in an id or timestamps.
    """
    values: dict[str, Any] = {}
    for field in dataclasses.fields(of or fields):
        if field.name in exclude:
            continue
        value = getattr(fields, field.name)
        values[field.name] = value.value if isinstance(value, Enum) else value
    return values


def apply(row: Any, values: dict[str, Any]) -> None:
    for name, value in values.items():
        setattr(row, name, value)
