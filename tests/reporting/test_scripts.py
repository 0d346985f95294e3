"""Every script a name can be written in, printed right: each character drawn by an embedded
font that has it (never the empty box of a missing glyph), Hebrew and Arabic right to left
with Arabic joined, emoji sequences whole, and no font left out of the file."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from pypdf.generic import ContentStream, TextStringObject
from reportlab.pdfgen.canvas import Canvas

from ambassador.domain.enums import Respondent
from ambassador.domain.figures import Period
from ambassador.domain.validation import NAME_SCRIPTS, is_name_letter
from ambassador.reporting import fonts, page, shaping
from ambassador.reporting.markup import clean, runs
from ambassador.services.bundle import Services
from tests.factories import make_employer, make_participant, make_placement, note_fields

NOON = datetime(2026, 10, 1, 12, 0)

# (first name, last name) as people write them; the Persian one holds its zero-width
# non-joiner, the Devanagari one a conjunct and a vowel sign written before its consonant.
NAMES = {
    "arabic": ("محمد", "عبدالله"),
    "persian": ("علی\u200cرضا", "احمدی"),
    "hebrew": ("אברהם", "כהן"),
    "chinese": ("小龙", "李"),
    "japanese": ("さくら", "山田"),
    "korean": ("민준", "김"),
    "thai": ("สมชาย", "ใจดี"),
    "devanagari": ("प्रिया", "शर्मा"),
    "ethiopic": ("ሰላም", "ተስፋዬ"),
    "georgian": ("ნინო", "ბერიძე"),
    "armenian": ("Արամ", "Սարգսյան"),
    "latin": ("Nguyễn", "Łukasiewicz-O'Brien"),
}
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_POPPLER = shutil.which("pdftotext") and shutil.which("pdffonts")


def poppler(*command: str) -> str:
    if not _POPPLER:  # the README's Quick start lists it; a skip would hide a missing glyph
        pytest.fail("poppler-utils (pdftotext, pdffonts) is missing: install it (README)")
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def read_back(path: Path) -> str:
    """The PDF's text as poppler gives it, in reading (typed) order, without the direction
    marks it puts around right-to-left runs, white space collapsed."""
    text = _BIDI_CONTROLS.sub("", poppler("pdftotext", str(path), "-"))
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))


def summary_for(services: Services, first: str, last: str, folder: Path) -> Path:
    participant_id = make_participant(services, first_name=first, last_name=last)
    employer_id = make_employer(services, name=f"AB {last}", organisation_number=None)
    placement_id = make_placement(services, participant_id, employer_id)
    services.follow_up.add_note(
        note_fields(
            participant_id,
            placement_id,
            NOON,
            text=f"{first} {last} trivs (bra!) 👍🏽 och hälsar: {first}.",
            shareable=True,
        )
    )
    path = folder / "summary.pdf"
    services.documents.write_summary(placement_id, path)
    return path


@pytest.mark.parametrize("script", sorted(NAMES))
def test_name_in_summary_reads_back_in_typed_order(
    services: Services, tmp_path: Path, script: str
) -> None:
    first, last = NAMES[script]
    path = summary_for(services, first, last, tmp_path)
    text = read_back(path)
    typed = f"{first} {last}".replace("\u200c", "")  # the joiner did its work: drawn joined
    assert typed in text.replace("\u200c", ""), script
    assert f"AB {last}" in text
    assert_every_glyph_drawn(path)


def test_right_to_left_text_is_drawn_right_to_left() -> None:
    """Each line is drawn left to right in visual order: a Hebrew name's last letter first,
    a Latin word inside it kept as typed, brackets mirrored, a mark after its letter."""
    assert shaping.visual([(0, "אברהם כהן")], right_to_left=False) == [(0, "ןהכ םהרבא")]
    assert shaping.visual([(0, "Anna (בת שבע)")], right_to_left=False) == [(0, "Anna (עבש תב)")]
    assert shaping.visual([(0, "שלום Anna!")], right_to_left=True) == [(0, "!Anna םולש")]
    assert shaping.visual([("a", "بِ"), ("b", "ك")], right_to_left=True) == [
        ("b", "ك"),
        ("a", "بِ"),
    ]


def test_arabic_letters_are_joined_and_copy_as_typed(services: Services, tmp_path: Path) -> None:
    assert shaping.shape("محمد") == "\ufee3\ufea4\ufee4\ufeaa"  # initial, medial, medial, final
    assert shaping.shape("لا") == "\ufefb"  # the lam-alef ligature
    path = summary_for(services, "محمد", "عبدالله", tmp_path)
    assert "محمد عبدالله" in read_back(path)


def test_every_document_embeds_every_font(services: Services, tmp_path: Path) -> None:
    """pdffonts lists every font of each document the program writes as embedded: not
    ReportLab's default Helvetica, which no reader is sure to have (nor PDF/A allows)."""
    participant_id = make_participant(services, first_name="محمد", last_name="李")
    employer_id = make_employer(services, name="שלום AB", organisation_number=None)
    placement_id = make_placement(services, participant_id, employer_id)
    services.follow_up.add_note(note_fields(participant_id, placement_id, NOON, shareable=True))
    documents = services.documents
    written = [
        documents.write_summary(placement_id, tmp_path / "summary.pdf").path,
        documents.write_agreement(placement_id, tmp_path / "agreement.pdf").path,
        documents.write_register_extract(participant_id, tmp_path / "extract.pdf").path,
        documents.write_statistics(
            Period(date(2026, 1, 1), date(2026, 12, 31)), tmp_path / "statistics.pdf"
        ).path,
        services.questionnaires.write(
            placement_id, Respondent.EMPLOYER, tmp_path / "questionnaire.pdf"
        ).written.path,
    ]
    for path in written:
        rows = poppler("pdffonts", str(path)).splitlines()[2:]
        assert rows, path.name
        for row in rows:
            name, embedded = row.split()[0], row.split()[-5]
            assert embedded == "yes", (path.name, name)
            assert "Helvetica" not in name, path.name
        assert_every_glyph_drawn(path)


def assert_every_glyph_drawn(path: Path) -> None:
    """No character in the file is drawn with glyph 0 (.notdef, the empty box). ReportLab
    gives a character its font lacks the code 0, which in every embedded subset is .notdef,
    so no string the pages show may hold a zero byte."""
    reader = PdfReader(path)
    for sheet in reader.pages:
        for operands, operator in ContentStream(sheet.get_contents(), reader).operations:
            if operator == b"TJ":
                shown = [item for item in operands[0] if isinstance(item, str | bytes)]
            elif operator in (b"Tj", b"'", b'"'):
                shown = [operands[-1]]
            else:
                continue
            for item in shown:
                raw = item.original_bytes if isinstance(item, TextStringObject) else bytes(item)
                assert b"\x00" not in raw, (path.name, raw)


def test_glyph_check_finds_an_empty_box(services: Services, tmp_path: Path) -> None:
    """A character no font has (a Linear B syllable, in a note: no name may hold one) is
    drawn as the empty box, and the check above sees it."""
    participant_id = make_participant(services)
    placement_id = make_placement(services, participant_id)
    services.follow_up.add_note(
        note_fields(participant_id, placement_id, NOON, text="Tecken: \U00010000", shareable=True)
    )
    path = services.documents.write_summary(placement_id, tmp_path / "box.pdf").path
    with pytest.raises(AssertionError):
        assert_every_glyph_drawn(path)


def test_every_name_letter_has_a_glyph_in_some_font() -> None:
    """The name rule and the fonts agree: every letter and mark a name may hold is drawn."""
    covered = fonts.register().covered()
    missing = [
        f"U+{code:04X}"
        for low, high in NAME_SCRIPTS
        for code in range(low, high + 1)
        if is_name_letter(chr(code)) and code not in covered
    ]
    assert missing == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_runs_put_each_character_in_a_font_that_has_it(value: str) -> None:
    coverage = fonts.register()
    faces = {face.name: face.codes for face in coverage.text}
    drawable = coverage.covered()
    for font, part in runs(value):
        for char in part:
            if char != "\n" and ord(char) in drawable:
                assert ord(char) in faces[font], (font, char)


def test_emoji_sequences_stay_whole() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    thumbs = "\U0001f44d\U0001f3fd"
    flag = "\U0001f1f8\U0001f1ea"
    assert shaping.clusters(f"a{family}{thumbs}{flag}{flag}") == ["a", family, thumbs, flag, flag]
    assert runs(f"Hej {family}{thumbs} {flag}") == [
        (fonts.REGULAR, "Hej "),
        (fonts.SYMBOLS, f"{family}{thumbs}"),
        (fonts.REGULAR, " "),
        (fonts.SYMBOLS, flag),
    ]
    line = shaping.visual([("x", "שלום "), ("e", family)], right_to_left=True)
    assert line == [("e", family), ("x", " םולש")]


mixed = st.lists(
    st.sampled_from(
        [
            "שלום",
            "עולם",
            "مرحبا",
            "علی\u200cرضا",
            "Anna",
            "(",
            ")",
            "12",
            "3.5",
            " ",
            " ",
            "!",
            "李",
            "👩🏽\u200d🔧",
            "🇸🇪",
            "\n",
            "é",
            "\u200f",
            "-",
        ]
    ),
    max_size=60,
).map("".join)


@settings(max_examples=40, deadline=None)
@given(value=mixed, width=st.integers(min_value=20, max_value=300))
def test_mixed_direction_text_draws_in_any_width(value: str, width: int) -> None:
    """Any mix of directions, wrapped to any width and split across frames, draws; and the
    letters drawn are the letters typed (only their order and shapes change)."""
    paragraph = page.text(value)
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    _w, height = paragraph.wrapOn(canvas, width, 10_000)
    parts = paragraph.split(width, height / 2) or [paragraph]
    for part in parts:
        part.wrapOn(canvas, width, 10_000)
        part.drawOn(canvas, 10, 10)
    canvas.save()
    drawn = Counter(ch for ch in "".join(part for _, part in runs(value)) if not ch.isspace())
    typed = Counter(ch for ch in shaping.shape(clean(value)) if not ch.isspace())
    assert all(drawn[ch] <= typed[ch] for ch in drawn)


@settings(max_examples=100, deadline=None)
@given(pieces=st.lists(st.tuples(st.integers(0, 3), mixed), max_size=5), rtl=st.booleans())
def test_visual_order_keeps_every_cluster(pieces: list[tuple[int, str]], rtl: bool) -> None:
    """Reordering a line moves clusters, never splits, drops or re-keys one: each key's
    clusters come out, brackets aside, as the same multiset."""
    pieces = [(key, text.replace("\n", " ")) for key, text in pieces]
    out = shaping.visual(pieces, right_to_left=rtl)

    def clusters_by_key(items: list[tuple[int, str]]) -> Counter[tuple[int, str]]:
        unbracketed = str.maketrans("()", "[]")
        return Counter(
            (key, cluster.translate(unbracketed).replace("]", "["))
            for key, text in items
            for cluster in shaping.clusters(text)
        )

    assert clusters_by_key(out) == clusters_by_key(pieces)
