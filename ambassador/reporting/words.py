"""The documents' words in the reader's language: texts, vocabulary labels, numbers, dates."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from ambassador.domain import formats
from ambassador.domain.enums import ListName
from ambassador.domain.list_names import ListNames
from ambassador.domain.messages import Translate
from ambassador.domain.vocabulary import LABELS, LABELS_CONTEXT, RATING_LABELS

CONTEXT = "Documents"


class Words:
    """`words.translate("Documents", "Signature")` is the text in the reader's language.

    Write the context and the source as literals at the call, and fill in values after it:
    `words.translate("Documents", "Period: {period}").format(period=...)`. That is the form
    Qt's `lupdate` finds (it skips a call with keyword arguments). A text kept in a constant
    is marked with `QT_TRANSLATE_NOOP("Documents", ...)` and passed to `words(X, **values)`.
    """

    def __init__(
        self, translate: Translate, language: str, list_names: ListNames | None = None
    ) -> None:
        self._translate = translate
        self.language = language
        self._list_names = list_names or ListNames(language)

    def translate(self, context: str, source: str) -> str:
        return self._translate(context, source)

    def __call__(self, source: str, **params: object) -> str:
        text = self.translate(CONTEXT, source)
        return text.format(**params) if params else text

    def label(self, value: StrEnum) -> str:
        return self._translate(LABELS_CONTEXT, LABELS[value])

    def item(self, list_name: ListName, label: str) -> str:
        """An editable list's entry by its name in the reader's language ("Workplace visit"
        for a note filed as "Arbetsplatsbesök"), else as stored."""
        return self._list_names.name(list_name, label)

    def rating(self, name: str) -> str:
        return self._translate(LABELS_CONTEXT, RATING_LABELS[name])

    def date(self, day: date | None) -> str:
        """2026-11-22 in Swedish and English (as Swedes write a date), "22. nov. 2026" in
        Danish."""
        return formats.long_date(day, self.language)

    def moment(self, at: datetime) -> str:
        return formats.long_moment(at, self.language)

    def number(self, value: float, decimals: int = 0) -> str:
        """1 234,5 (a narrow no-break space), 1,234.5, 1.234,5."""
        return formats.number(value, self.language, decimals)

    def percent(self, ratio: float | None) -> str:
        """76 % in Swedish and Danish (a space that never breaks), 76% in English."""
        return formats.percent(ratio, self.language)
