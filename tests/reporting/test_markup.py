"""User text in a paragraph: escaped, cleaned, and each character in a font that draws it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from ambassador.reporting import fonts
from ambassador.reporting.markup import clean, markup, runs
from ambassador.reporting.page import styles


def test_markup_characters_are_escaped_not_interpreted() -> None:
    assert markup('<b>fet</b> & <font color="red">') == (
        '&lt;b&gt;fet&lt;/b&gt; &amp; &lt;font color="red"&gt;'
    )


def test_line_breaks_are_kept_and_controls_dropped() -> None:
    assert markup("rad ett\r\nrad två\x00\x07\x1b") == "rad ett<br/>rad två"
    assert clean("a\tb\rc") == "a b\nc"


def test_combining_accents_are_composed() -> None:
    assert clean("Jose\u0301 Nguye\u0302\u0303n") == "José Nguyễn"


def test_emoji_go_to_the_symbol_font() -> None:
    assert markup("Bra jobbat 👍!") == (f'Bra jobbat <font face="{fonts.SYMBOLS}">👍</font>!')


def test_letters_the_bold_face_lacks_are_drawn_upright() -> None:
    bold, regular = fonts.register().bold[:2]
    missing_in_bold = next(
        chr(code) for code in sorted(regular.codes - bold.codes) if chr(code).isalpha()
    )
    assert markup(missing_in_bold, bold=True) == (
        f'<font face="{fonts.REGULAR}">{missing_in_bold}</font>'
    )


def test_each_script_goes_to_its_font() -> None:
    assert markup("Ali 李小龙, สมชาย") == (
        f'Ali <font face="{fonts.CJK}">李小龙</font>, <font face="{fonts.THAI}">สมชาย</font>'
    )


def test_a_word_stays_in_one_font() -> None:
    """A Persian word whose letters DejaVu Sans only partly has is set whole in the Arabic
    font, as is every Arabic word, so one line of Arabic is in one design."""
    for word in ("پژوهش", "محمد"):
        assert [font for font, _ in runs(word)] == [fonts.ARABIC]


def test_character_no_font_has_is_kept_for_copying() -> None:
    covered = fonts.register().covered()
    nowhere = next(
        chr(code) for code in range(0x10000, 0x20000) if chr(code).isalpha() and code not in covered
    )
    assert markup(nowhere) == nowhere


def test_joiners_are_kept_only_where_drawn_blank() -> None:
    """A zero-width non-joiner has done its work once Arabic is shaped, and the Arabic font
    draws a visible placeholder for it; DejaVu Sans draws it blank, so it stays there."""
    assert "\u200c" not in "".join(part for _, part in runs("علی\u200cرضا"))
    assert runs("a\u200cb") == [(fonts.REGULAR, "a\u200cb")]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_any_text_makes_a_paragraph(value: str) -> None:
    paragraph = Paragraph(markup(value), styles().body)
    paragraph.wrap(400, 10_000)
