"""User text made safe for a platypus paragraph: escaped, never interpreted as markup, shaped,
and each run of characters sent to an embedded font that can draw it."""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

from ambassador.reporting import fonts, shaping

# Characters that draw nothing and only confuse a PDF reader: control characters (line
# breaks aside), lone surrogates, unassigned code points.
_DROPPED_CATEGORIES = frozenset({"Cc", "Cs", "Cn"})

# The fonts whose joiners, direction marks and variation selectors are blank glyphs; other
# fonts draw a visible placeholder for them (a shaping engine would hide it), so there they
# are left out once shaping has used them.
_BLANK_FORMAT_CHARACTERS = frozenset({fonts.REGULAR, fonts.BOLD, fonts.SYMBOLS})


def clean(text: str) -> str:
    """`text` composed (NFC, so "e" and a combining accent print as one "é"), with line breaks
    normalised, tabs as spaces and control characters removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = unicodedata.normalize("NFC", text)
    if text.replace("\n", "").isprintable():
        return text  # no control, surrogate or unassigned character in it: nothing to drop
    return "".join(
        char
        for char in text
        if char == "\n" or unicodedata.category(char) not in _DROPPED_CATEGORIES
    )


def markup(text: str, *, bold: bool = False) -> str:
    """Paragraph markup for `text`: escaped, line breaks kept, each run in the first font that
    has all its characters (the paragraph's own font needs no tag)."""
    main = fonts.BOLD if bold else fonts.REGULAR
    return "".join(_run(part, "" if font == main else font) for font, part in runs(text, bold=bold))


def runs(text: str, *, bold: bool = False) -> list[tuple[str, str]]:
    """`text` cleaned and shaped, as (font, text) runs in typed order.

    A word (letters and their marks) goes whole to the first font that has every character
    of it, an Arabic word to the Arabic font first; only a word no single font has is split
    between fonts, cluster by cluster. Anything else (digits, punctuation, spaces, emoji)
    goes to the text face if it has it, stays in a script font whose word it follows, or
    goes to the first font that has it. A character no font has stays in the text face
    (where it prints as a box but can still be copied): the name rule accepts none such."""
    coverage = fonts.register()
    chain = coverage.chain(bold=bold)
    main = chain[0]
    cleaned = clean(text)
    if max(cleaned, default="") < shaping.FIRST_RIGHT_TO_LEFT and main.codes.issuperset(
        map(ord, cleaned.replace("\n", ""))
    ):
        return [(main.name, cleaned)] if cleaned else []  # Latin, Greek, Cyrillic: the text face
    units = shaping.clusters(shaping.shape(cleaned))
    chosen: list[tuple[fonts.Face, str]] = []
    current = main
    index = 0
    while index < len(units):
        if not _is_letter(units[index]):
            if _first_with(chain, units[index]) is None:  # no font has it whole
                chosen.extend(_char_by_char(units[index], chain))
            else:
                current = _face_for_other(units[index], chain, current)
                chosen.append((current, units[index]))
            index += 1
            continue
        end = index
        while end < len(units) and _is_letter(units[end]):
            end += 1
        word = units[index:end]
        preferred = (coverage.arabic, *chain) if _is_arabic(word) else chain
        face = _first_with(preferred, "".join(word))
        for cluster in word:
            # A word no font has whole: each letter with its marks in a font that has them
            # all, else each character in a font that has it.
            found = face or _first_with(chain, cluster)
            if found is None:
                chosen.extend(_char_by_char(cluster, chain))
            else:
                current = found
                chosen.append((current, cluster))
        index = end
    result: list[tuple[str, str]] = []
    for face, cluster in chosen:
        drawn = _drawable(cluster, face)
        if not drawn:
            continue
        if result and result[-1][0] == face.name:
            result[-1] = (face.name, result[-1][1] + drawn)
        else:
            result.append((face.name, drawn))
    return result


def _is_letter(cluster: str) -> bool:
    return unicodedata.category(cluster[0])[0] in "LM"


def _is_arabic(word: list[str]) -> bool:
    return fonts.is_arabic(ord(word[0][0]))


def _visible(text: str) -> list[int]:
    return [ord(char) for char in text if char != "\n" and not shaping.is_invisible(char)]


def _first_with(chain: tuple[fonts.Face, ...], text: str) -> fonts.Face | None:
    needed = _visible(text)
    return next((face for face in chain if all(code in face.codes for code in needed)), None)


def _char_by_char(cluster: str, chain: tuple[fonts.Face, ...]) -> list[tuple[fonts.Face, str]]:
    """A cluster no one font has whole (a mark of one script on a letter of another): each
    character in a font that has it, the mark drawn beside rather than as a box; a character
    no font has stays in the text face."""
    return [(_first_with(chain, char) or chain[0], char) for char in cluster]


def _face_for_other(cluster: str, chain: tuple[fonts.Face, ...], current: fonts.Face) -> fonts.Face:
    main = chain[0]
    needed = _visible(cluster)
    if all(code in main.codes for code in needed):
        return main
    if current.name not in _BLANK_FORMAT_CHARACTERS and all(c in current.codes for c in needed):
        return current  # a comma or a space inside Arabic, Thai or Chinese text
    return _first_with(chain, cluster) or main


def _drawable(cluster: str, face: fonts.Face) -> str:
    """The cluster as drawn in `face`: invisible format characters kept only where the face
    draws them blank."""
    keep = face.name in _BLANK_FORMAT_CHARACTERS
    return "".join(
        char
        for char in cluster
        if not shaping.is_invisible(char) or (keep and ord(char) in face.codes)
    )


def _run(text: str, font: str) -> str:
    escaped = escape(text).replace("\n", "<br/>")
    return f'<font face="{font}">{escaped}</font>' if font else escaped
