"""Copying between frozen domain dataclasses and `*Row` objects, field by field."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from enum import Enum
from functools import cache
from typing import Any, TypeVar, cast, get_type_hints

from ambassador.domain.tasks import join_labels, split_labels

T = TypeVar("T")


def row_values(
    fields: Any, exclude: tuple[str, ...] = (), of: type | None = None
) -> dict[str, Any]:
    """The dataclass's fields as column values; enums stored by their value.

    `of` limits the copy to the fields of that (base) dataclass, so a stored record passed
    where only its editable fields belong cannot smuggle in an id or timestamps.
    """
    values: dict[str, Any] = {}
    labels = _label_fields(cast(type, type(fields)))
    for field in dataclasses.fields(of or fields):
        if field.name in exclude:
            continue
        value = getattr(fields, field.name)
        if field.name in labels:
            value = join_labels(value)
        values[field.name] = value.value if isinstance(value, Enum) else value
    return values


def apply(row: Any, values: dict[str, Any]) -> None:
    for name, value in values.items():
        setattr(row, name, value)


@cache
def _enum_fields(cls: type) -> dict[str, type[Enum]]:
    hints = get_type_hints(cls)
    return {
        field.name: hints[field.name]
        for field in dataclasses.fields(cls)
        if isinstance(hints[field.name], type) and issubclass(hints[field.name], Enum)
    }


@cache
def _label_fields(cls: type) -> frozenset[str]:
    """Fields holding labels of an editable list (`tuple[str, ...]`), stored one a line."""
    hints = get_type_hints(cls)
    return frozenset(
        field.name for field in dataclasses.fields(cls) if hints[field.name] == tuple[str, ...]
    )


def to_domain(cls: type[T], row: Any, **overrides: Any) -> T:
    """Build the frozen domain object `cls` from the row's same-named columns.

    Columns holding an enum's value become the enum, and a text of labels one a line their
    tuple; `overrides` supply fields that are not a column of the row (a placement's ending,
    say).
    """
    values: dict[str, Any] = dict(overrides)
    for name, kind, is_labels in _copy_plan(cast(type, cls)):
        if name in values:
            continue
        value = getattr(row, name)
        if is_labels:
            value = split_labels(value)
        values[name] = kind(value) if kind is not None and value is not None else value
    return cls(**values)


@cache
def columns_of(cls: type, row: type) -> tuple[Any, ...]:
    """The `*Row` class's columns named as `cls`'s fields, in their order: a select of these
    reads plain rows that `from_columns` turns into `cls`, with no ORM object in between."""
    return tuple(getattr(row, field.name) for field in dataclasses.fields(cls))


def from_columns(cls: type[T], values: Sequence[Any]) -> T:
    """As `to_domain`, from the values of `cls`'s fields in their order (a plain row of a
    select of those columns), with no lookup by name."""
    fields: dict[str, Any] = {}
    for (name, kind, is_labels), value in zip(_copy_plan(cast(type, cls)), values, strict=True):
        if is_labels:
            value = split_labels(value)
        fields[name] = kind(value) if kind is not None and value is not None else value
    return cls(**fields)


@cache
def _copy_plan(cls: type) -> tuple[tuple[str, type[Enum] | None, bool], ...]:
    """Each field of `cls` with its enum, if any, and whether it holds labels: worked out once
    per class, as a timeline builds hundreds of objects at a time."""
    enums = _enum_fields(cls)
    labels = _label_fields(cls)
    return tuple(
        (field.name, enums.get(field.name), field.name in labels)
        for field in dataclasses.fields(cls)
    )
