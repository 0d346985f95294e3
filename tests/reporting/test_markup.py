"""User text in a paragraph: escaped, cleaned, and each character in a font that draws it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from ambassador.reporting import fonts
from ambassador.reporting.markup import clean, markup
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
    coverage = fonts.register()
    missing_in_bold = next(
        chr(code) for code in sorted(coverage.text - coverage.bold) if chr(code).isalpha()
    )
    assert markup(missing_in_bold, bold=True) == (
        f'<font face="{fonts.REGULAR}">{missing_in_bold}</font>'
    )


def test_character_no_font_has_is_kept_for_copying() -> None:
    coverage = fonts.register()
    nowhere = next(
        chr(code)
        for code in range(0x3000, 0xA000)
        if chr(code).isalpha() and code not in coverage.text | coverage.symbols
    )
    assert markup(nowhere) == nowhere


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_any_text_makes_a_paragraph(value: str) -> None:
    paragraph = Paragraph(markup(value), styles().body)
    paragraph.wrap(400, 10_000)
