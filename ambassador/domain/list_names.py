"""The editable lists' entries as each language names them.

A record keeps the entry's label, which never changes once stored ("Arbetsplatsbesök"); what a
reader sees is the entry's name in their language ("Workplace visit" in the English window
and an English document), or the label where the entry has no name in that language (an
entry added in Swedish, shown in English). The default entries carry both languages' names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ambassador.domain.enums import ListName
from ambassador.domain.validation import clean


@dataclass(frozen=True)
class ListEntry:
    """An entry as an editor in one language shows it: its stored label (None for an entry
    added in the editor and not saved yet) and its name in that language."""

    label: str | None
    name: str


@dataclass(frozen=True)
class ListNames:
    """Every entry's name in one language, by (list, label)."""

    language: str
    names: Mapping[tuple[str, str], str] = field(default_factory=dict)

    def name(self, list_name: ListName, label: str) -> str:
        """The entry's name in this language, else its label (also for a label no list
        holds: an imported or older record keeps what it says)."""
        return self.names.get((list_name.value, label), label)

    def names_of(self, list_name: ListName, labels: list[str]) -> list[str]:
        return [self.name(list_name, label) for label in labels]


def clean_entries(entries: list[ListEntry]) -> list[ListEntry]:
    """The entries as stored: names trimmed, an entry left without a name gone."""
    return [ListEntry(entry.label, clean(entry.name)) for entry in entries if clean(entry.name)]
