"""The search result delegate: marked words drawn bold, long snippets cut, sized from the font."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from ambassador.domain.search import MATCH_END, MATCH_START
from ambassador.ui.search.result_delegate import (
    ELLIPSIS,
    SNIPPET_LINES,
    TEXT_ROLE,
    Marked,
    ResultDelegate,
    ResultText,
    marked,
)

LONG = " ".join(f"ord{n}" for n in range(200))  # far more than two lines of any row


@pytest.fixture
def results_list(qtbot: QtBot) -> QListWidget:
    widget = QListWidget()
    widget.setItemDelegate(ResultDelegate(widget))
    widget.resize(400, 300)
    qtbot.addWidget(widget)
    return widget


def add(results_list: QListWidget, shown: ResultText) -> QListWidgetItem:
    item = QListWidgetItem(f"{shown.kind}: {shown.title.text}")
    item.setData(TEXT_ROLE, shown)
    results_list.addItem(item)
    return item


def delegate_of(results_list: QListWidget) -> ResultDelegate:
    delegate = results_list.itemDelegate()
    assert isinstance(delegate, ResultDelegate)
    return delegate


def painted(results_list: QListWidget, item: QListWidgetItem, width: int = 400) -> QImage:
    """The row as the delegate paints it, black text on white."""
    index = results_list.indexFromItem(item)
    option = QStyleOptionViewItem()
    option.initFrom(results_list)
    option.widget = results_list
    option.font = results_list.font()
    option.rect = QRect(0, 0, width, results_list.sizeHintForIndex(index).height())
    option.palette.setColor(option.palette.ColorRole.Text, QColor("black"))
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    delegate_of(results_list).paint(painter, option, index)
    painter.end()
    return image


def ink(image: QImage, columns: range) -> int:
    """How many pixels of `columns` are darker than mid grey."""
    return sum(
        1
        for x in columns
        for y in range(image.height())
        if QColor(image.pixel(x, y)).lightness() < 128
    )


def test_marks_are_taken_out_and_their_places_kept() -> None:
    snippet = f"…vi {MATCH_START}ringde{MATCH_END} och {MATCH_START}ringde{MATCH_END} igen"
    assert marked(snippet) == Marked("…vi ringde och ringde igen", ((4, 6), (15, 6)))
    assert marked(f"a{MATCH_START}bc") == Marked("abc", ((1, 2),))  # left open: to the end
    assert marked(f"a{MATCH_END}b{MATCH_START}{MATCH_END}c") == Marked("abc")


@given(st.lists(st.sampled_from(["ab", " ", "å", MATCH_START, MATCH_END, "<b>"]), max_size=30))
def test_any_snippet_keeps_its_text_and_marks_within_it(parts: list[str]) -> None:
    snippet = "".join(parts)
    result = marked(snippet)
    assert result.text == snippet.replace(MATCH_START, "").replace(MATCH_END, "")
    end = 0
    for start, length in result.marks:
        assert start >= end and length > 0 and start + length <= len(result.text)
        end = start + length


def test_the_marked_words_are_drawn_bold(results_list: QListWidget) -> None:
    name = "Wwwwwwww Wwwwwwww"
    plain = add(results_list, ResultText("P", Marked(name)))
    bold = add(results_list, ResultText("P", Marked(name, ((0, 8),))))
    plain_image, bold_image = painted(results_list, plain), painted(results_list, bold)
    layout = delegate_of(results_list)._laid_out(
        results_list.item(1).data(TEXT_ROLE), _option(results_list), 380, 1
    )[0]
    assert [(f.start, f.length, f.format.fontWeight()) for f in layout.formats()][-1] == (
        len("P\u00a0\u00a0"),
        8,
        QFont.Weight.Bold,
    )
    everything = range(plain_image.width())
    assert ink(bold_image, everything) > ink(plain_image, everything)


def test_a_long_snippet_wraps_to_two_lines_and_is_cut_with_an_ellipsis(
    results_list: QListWidget,
) -> None:
    shown = ResultText("Note", Marked("Åsa Öberg, 2026-11-24"), Marked(LONG, ((0, 4),)))
    item = add(results_list, shown)
    layouts = delegate_of(results_list)._laid_out(shown, _option(results_list), 380, 3)
    assert len(layouts) == 1 + SNIPPET_LINES
    last = layouts[-1]
    assert last.text().endswith(ELLIPSIS)
    assert last.lineAt(0).naturalTextWidth() <= 380
    assert layouts[1].text().startswith("ord0 ord1")
    name_row = add(results_list, ResultText("Participant", Marked("Åsa Öberg")))
    size_of = results_list.sizeHintForIndex
    note_height = size_of(results_list.indexFromItem(item)).height()
    assert note_height > size_of(results_list.indexFromItem(name_row)).height()
    assert not painted(results_list, item).isNull()


def test_a_short_snippet_takes_one_line(results_list: QListWidget) -> None:
    short = add(results_list, ResultText("Note", Marked("A"), Marked("Ringde.")))
    long = add(results_list, ResultText("Note", Marked("A"), Marked(LONG)))
    size_of = results_list.sizeHintForIndex
    short_height = size_of(results_list.indexFromItem(short)).height()
    long_height = size_of(results_list.indexFromItem(long)).height()
    spacing = results_list.fontMetrics().lineSpacing()
    assert long_height - short_height in (spacing, spacing + 1)


def test_a_row_grows_with_the_font(results_list: QListWidget) -> None:
    item = add(results_list, ResultText("Note", Marked("Åsa Öberg"), Marked("Ringde.")))
    index = results_list.indexFromItem(item)
    small = results_list.sizeHintForIndex(index)
    font = results_list.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    results_list.setFont(font)
    large = results_list.sizeHintForIndex(index)
    assert large.height() > small.height()
    assert large.width() == small.width() == results_list.viewport().width()


def test_a_right_to_left_list_draws_its_rows_from_the_right(results_list: QListWidget) -> None:
    shown = ResultText("Participant", Marked("محمد علي", ((0, 4),)))
    add(results_list, shown)
    option = _option(results_list)
    option.direction = Qt.LayoutDirection.RightToLeft
    (layout,) = delegate_of(results_list)._laid_out(shown, option, 380, 1)
    line = layout.lineAt(0)
    assert line.naturalTextWidth() < 200
    assert line.naturalTextRect().left() > 180  # at the right end of the 380 pixels


def _option(results_list: QListWidget) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.initFrom(results_list)
    option.font = results_list.font()
    option.decorationSize = QSize(16, 16)
    return option
