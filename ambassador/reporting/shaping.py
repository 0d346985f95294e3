"""Text in the shapes and the order a reader expects: grapheme clusters kept whole, Arabic
letters in their joining forms, right-to-left runs laid out by the Unicode bidirectional
algorithm (python-bidi), one line at a time."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import TypeVar

from arabic_reshaper import ArabicReshaper
from bidi import get_base_level, get_display
from bidi.mirror import MIRRORED

from ambassador.reporting import fonts

T = TypeVar("T")

# Arabic joins by drawing each letter in its initial, medial, final or isolated form; the
# presentation forms are real characters the fonts map, so no font shaping engine is needed
# and fonts.py maps them back to the plain letters for copying. Vowel marks are kept. Of the
# ligatures only the obligatory lam-alef is drawn: text extractors (poppler) reverse the
# letters of a ligature inside right-to-left text, so each optional one (الله) would copy
# wrongly.
_RESHAPER = ArabicReshaper(
    configuration={
        "delete_harakat": False,
        "support_zwj": True,
        "ARABIC LIGATURE ALLAH": False,
    }
)

# No character before Hebrew runs right to left, needs shaping or is a format character.
FIRST_RIGHT_TO_LEFT = "\u0590"
_ZWJ = "\u200d"
_SOFT_HYPHEN = "\u00ad"
_LEVEL = re.compile(r"Level\(\s*(\d+)")


def shape(text: str) -> str:
    """`text` with Arabic letters in the joining forms they take where they stand."""
    if max(text, default="") >= "\u0600" and any(fonts.is_arabic(ord(char)) for char in text):
        return str(_RESHAPER.reshape(text))
    return text


def is_invisible(char: str) -> bool:
    """A format character that draws nothing (a joiner, a direction mark, a variation
    selector, a tag); markup.py keeps one only in a font that draws it blank."""
    code = ord(char)
    if 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:
        return True  # variation selectors
    return char != _SOFT_HYPHEN and unicodedata.category(char) == "Cf"


def clusters(text: str) -> list[str]:
    """`text` cut into user-perceived characters: a letter with its marks, an emoji with its
    skin tone, variation selector and zero-width-joined parts, a flag's two letters. A
    cluster is never split between fonts or reordered apart."""
    result: list[str] = []
    for char in text:
        if result and _continues(result[-1], char):
            result[-1] += char
        else:
            result.append(char)
    return result


def _continues(cluster: str, char: str) -> bool:
    code = ord(char)
    if char == "\n" or cluster[-1] == "\n":
        return False
    if unicodedata.category(char) in ("Mn", "Mc", "Me") or char in (_ZWJ, "\u200c"):
        return True
    if 0xFE00 <= code <= 0xFE0F or 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F:
        return True  # variation selector, skin tone, tag (subdivision flags)
    if cluster[-1] == _ZWJ:
        return _is_pictographic(char)
    if _is_regional(code):
        regional = [c for c in cluster if _is_regional(ord(c))]
        return len(cluster) == len(regional) == 1
    return False


def _is_pictographic(char: str) -> bool:
    code = ord(char)
    return unicodedata.category(char) == "So" or 0x1F000 <= code <= 0x1FAFF


def _is_regional(code: int) -> bool:
    return 0x1F1E6 <= code <= 0x1F1FF


# Direction -------------------------------------------------------------------------------


def has_right_to_left(text: str) -> bool:
    if max(text, default="") < FIRST_RIGHT_TO_LEFT:
        return False
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def is_right_to_left(text: str) -> bool:
    """Whether a paragraph of `text` runs right to left: its first strong character is
    Hebrew or Arabic (rules P2 and P3)."""
    return has_right_to_left(text) and get_base_level(text) == 1


def levels(text: str, right_to_left: bool) -> list[int]:
    """The embedding level the bidirectional algorithm resolves for each character of one
    line of `text` (even: left to right, odd: right to left)."""
    info = str(get_display(text, base_dir="R" if right_to_left else "L", debug=True))
    by_byte = [int(level) for level in _LEVEL.findall(info[info.index("levels:") :])]
    result: list[int] = []
    offset = 0
    for char in text:
        result.append(by_byte[offset])
        offset += len(char.encode("utf-8"))
    return result


def visual(pieces: Sequence[tuple[T, str]], right_to_left: bool) -> list[tuple[T, str]]:
    """One line's pieces (a font, say, and its text, in typed order) in the order they are
    drawn from left to right: runs at odd levels reversed cluster by cluster, so a letter
    keeps its marks and an emoji its modifiers, and brackets in them mirrored (rules L1, L2
    and L4). Adjacent pieces with the same key are joined."""
    text = "".join(part for _, part in pieces)
    if not text or not (right_to_left or has_right_to_left(text)):
        return [piece for piece in pieces if piece[1]]
    char_levels = levels(text, right_to_left)
    units: list[tuple[int, T, str]] = []
    position = 0
    for key, part in pieces:
        for cluster in clusters(part):
            units.append((char_levels[position], key, cluster))
            position += len(cluster)
    base = 1 if right_to_left else 0
    for index in range(len(units) - 1, -1, -1):  # L1: trailing white space at base level
        if not units[index][2].isspace():
            break
        units[index] = (base, units[index][1], units[index][2])
    highest = max(level for level, _, _ in units)
    lowest_odd = min((level for level, _, _ in units if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(units):
            if units[index][0] < level:
                index += 1
                continue
            end = index
            while end < len(units) and units[end][0] >= level:
                end += 1
            units[index:end] = reversed(units[index:end])
            index = end
    joined: list[tuple[T, str]] = []
    for level, key, cluster in units:
        drawn = _mirrored(cluster) if level % 2 else cluster
        if joined and joined[-1][0] == key:
            joined[-1] = (key, joined[-1][1] + drawn)
        else:
            joined.append((key, drawn))
    return joined


def _mirrored(cluster: str) -> str:
    return MIRRORED.get(cluster, cluster) if len(cluster) == 1 else cluster
