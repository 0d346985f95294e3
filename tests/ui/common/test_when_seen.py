"""A part of a scrolled page read when it comes into view: not before, once, and again only
when its data changed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from ambassador.ui.common.when_seen import WhenSeen


class Page(QScrollArea):
    """A page two screens tall with a panel at its top and one at its foot, each counting
    its reads."""

    def __init__(self) -> None:
        super().__init__()
        content = QWidget()
        layout = QVBoxLayout(content)
        self.top, self.foot = QLabel("top"), QLabel("foot")
        self.reads = {"top": 0, "foot": 0}
        self.top_seen = WhenSeen(self.top, lambda: self._read("top"))
        self.foot_seen = WhenSeen(self.foot, lambda: self._read("foot"))
        spacer = QWidget()
        spacer.setFixedHeight(2000)
        layout.addWidget(self.top)
        layout.addWidget(spacer)
        layout.addWidget(self.foot)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.resize(400, 300)

    def _read(self, name: str) -> None:
        self.reads[name] += 1


@pytest.fixture
def page(qtbot: QtBot) -> Page:
    """A page on screen, its top panel's data just changed."""
    shown = Page()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.top_seen.stale()
    return shown


def drawn(qtbot: QtBot, page: Page) -> None:
    """The page drawn and the reads its drawing asked for done."""
    page.grab()
    QApplication.processEvents()
    qtbot.wait(20)


def test_only_what_is_in_view_is_read(qtbot: QtBot, page: Page) -> None:
    page.foot_seen.stale()
    drawn(qtbot, page)
    assert page.reads == {"top": 1, "foot": 0}
    assert not page.top_seen.is_stale and page.foot_seen.is_stale

    page.ensureWidgetVisible(page.foot)
    qtbot.waitUntil(lambda: page.reads["foot"] == 1)
    assert not page.foot_seen.is_stale


def test_drawn_again_without_a_change_reads_nothing(qtbot: QtBot, page: Page) -> None:
    drawn(qtbot, page)
    page.top.update()
    drawn(qtbot, page)
    page.verticalScrollBar().setValue(page.verticalScrollBar().maximum())
    drawn(qtbot, page)
    page.verticalScrollBar().setValue(0)
    drawn(qtbot, page)
    assert page.reads["top"] == 1


def test_a_change_in_view_is_read_at_the_next_drawing(qtbot: QtBot, page: Page) -> None:
    drawn(qtbot, page)
    page.top_seen.stale()
    page.top_seen.stale()  # two changes before it is drawn: one read
    page.grab()
    assert WhenSeen.reads_pending()  # drawn, and its read asked for
    assert page.reads["top"] == 1
    drawn(qtbot, page)
    assert not WhenSeen.reads_pending()
    assert page.reads["top"] == 2


def test_a_hidden_page_reads_nothing_until_shown(qtbot: QtBot) -> None:
    hidden = Page()
    qtbot.addWidget(hidden)
    hidden.top_seen.stale()
    QApplication.processEvents()
    assert hidden.reads["top"] == 0
    hidden.show()
    qtbot.waitUntil(lambda: hidden.reads["top"] == 1)


def test_read_now_reads_out_of_sight(qtbot: QtBot, page: Page) -> None:
    page.foot_seen.stale()
    page.foot_seen.read_now()
    assert page.reads["foot"] == 1
    assert not page.foot_seen.is_stale


def test_a_panel_gone_before_its_read_leaves_nothing_pending(qtbot: QtBot, page: Page) -> None:
    page.grab()
    assert WhenSeen.reads_pending()
    Shiboken.delete(page.top)  # with its WhenSeen, before the read
    assert not WhenSeen.reads_pending()
    QApplication.processEvents()
    assert page.reads["top"] == 0
