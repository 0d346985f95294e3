"""Translations outside the window: the documents and the command line read the same `.ts`
files Qt's tools keep, without loading Qt.

The window translates through Qt's `QTranslator`; printing a PDF from the command line or a
worker must not need a Qt application, so this reads the finished translations of a `.ts`
file into a dictionary. Unfinished entries fall back to the English source, as in Qt.
"""

from __future__ import annotations

from pathlib import Path

from ambassador.domain.languages import LANGUAGES


class Catalog:
    """`catalog(context, source)` is the text in one language; `n` picks a plural form."""

    def __init__(
        self,
        language: str,
        singles: dict[tuple[str, str], str] | None = None,
        plurals: dict[tuple[str, str], list[str]] | None = None,
    ) -> None:
        self.language = language
        self._singles = singles or {}
        self._plurals = plurals or {}

    @classmethod
    def load(cls, language: str, directory: Path) -> Catalog:
        if language not in LANGUAGES:
            raise ValueError(f"no translation for language {language!r}")
        singles: dict[tuple[str, str], str] = {}
        plurals: dict[tuple[str, str], list[str]] = {}
        # Loaded here, not with the module: the window's start reads no catalog of these.
        import xml.etree.ElementTree as ElementTree

        root = ElementTree.parse(directory / f"ambassador_{language}.ts").getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") is not None:
                    continue  # unfinished, obsolete or vanished
                key = (name, message.findtext("source") or "")
                forms = translation.findall("numerusform")
                if forms:
                    plurals[key] = ["".join(form.itertext()) for form in forms]
                elif translation.text:
                    singles[key] = translation.text
        return cls(language, singles, plurals)

    def __call__(self, context: str, source: str, n: int | None = None) -> str:
        if n is None:
            return self._singles.get((context, source), source)
        forms = self._plurals.get((context, source))
        # Swedish and English both have one form for 1 and another for everything else.
        text = source if not forms else forms[0 if n == 1 else min(1, len(forms) - 1)]
        return text.replace("%n", str(n))


class Catalogs:
    """Each language's catalog, read from `directory` the first time it is asked for."""

    def __init__(self, directory: Path) -> None:
        self._directory = directory
        self._loaded: dict[str, Catalog] = {}

    def __call__(self, language: str) -> Catalog:
        if language not in self._loaded:
            self._loaded[language] = Catalog.load(language, self._directory)
        return self._loaded[language]
