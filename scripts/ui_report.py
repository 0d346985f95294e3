"""Measuring a shown window as a person on a small laptop would see it: whether it fits the
screen, the horizontal scrollbars it shows, the text its lists, headers, labels, buttons, combos
and tabs cut, which of the cut cells are names, and the text not in the window's language.

Only Qt and a .ts file: it knows nothing of Ambassador, so scripts/screenshots.py and the tests
measure with the same rulers. Every width is measured with the widget's own font metrics and
style, as Qt lays the text out when it paints.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTabBar,
    QToolButton,
    QTreeView,
    QWidget,
)

W = TypeVar("W", bound=QWidget)

# What a window must leave of the screen: a taskbar (Windows' is 40 px at 100 %) and the
# window's own title bar, which the window manager draws above the widget.
TASKBAR = 40
TITLE_BAR = 30
# Qt's own texts that show English in a window whose Qt translations are missing.
QT_ENGLISH = frozenset(
    {
        "OK",
        "Cancel",
        "Save",
        "Open",
        "Close",
        "Yes",
        "No",
        "Apply",
        "Discard",
        "Yes to All",
        "No to All",
        "Look in:",
        "File name:",
        "Files of type:",
        "Back",
        "Forward",
        "Parent Directory",
        "Create New Folder",
        "List View",
        "Detail View",
        "Date Modified",
        "Undo",
        "Redo",
        "Cut",
        "Copy",
        "Paste",
        "Select All",
        "Show Details...",
        "Hide Details...",
    }
)


@dataclass(frozen=True)
class Screen:
    """A screen in logical (device-independent) pixels: `width`×`height` at `scale` is
    width/scale × height/scale."""

    width: int
    height: int

    @classmethod
    def of(cls, physical: QSize | tuple[int, int], scale: float) -> Screen:
        width, height = (
            (physical.width(), physical.height()) if isinstance(physical, QSize) else physical
        )
        return cls(round(width / scale), round(height / scale))

    @property
    def usable_height(self) -> int:
        """The height a window's frame may take: the screen less the taskbar and title bar."""
        return self.height - TASKBAR - TITLE_BAR

    def fits(self, size: QSize) -> bool:
        return size.width() <= self.width and size.height() <= self.usable_height


@dataclass(frozen=True)
class Cut:
    """A text shown narrower (or lower) than it needs."""

    kind: str  # "cell", "header", "label", "button", "combo", "field", "tab"
    text: str
    needed: int
    had: int
    name: bool = False  # a cell in a column of names

    def describe(self) -> str:
        return f"{self.kind} {self.text!r} needs {self.needed} px, has {self.had}"


@dataclass
class ViewReport:
    name: str
    width: int
    height: int
    fits: bool
    horizontal_scrollbars: int
    cut_names: list[str] = field(default_factory=list)
    cut_texts: list[str] = field(default_factory=list)
    foreign_texts: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return self.fits and not self.horizontal_scrollbars and not self.cut_names


def _plain(text: str) -> str:
    """A widget's text as shown: rich text as its words, mnemonics' & removed."""
    if "<" in text and QtGui.Qt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 1 and widget.height() > 1


def _descendants(root: QWidget, kind: type[W]) -> Iterator[W]:
    if isinstance(root, kind) and _shown(root):
        yield root
    for child in root.findChildren(kind):
        if _shown(child) and child.window() is root.window():
            yield child


def _column_count(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private: one column
        return 1


def _advance(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


# Scrollbars ----------------------------------------------------------------------------------


def horizontal_scrollbars(root: QWidget) -> int:
    """The horizontal scrollbars shown in `root`'s window."""
    return sum(
        1
        for bar in _descendants(root, QScrollBar)
        if bar.orientation() == Qt.Orientation.Horizontal and bar.maximum() > bar.minimum()
    )


# Item views ------------------------------------------------------------------------------


def _visible_indexes(view: QAbstractItemView) -> Iterator[QModelIndex]:
    """The indexes of the rows `view` shows now, every column of each."""
    model = view.model()
    if model is None:
        return
    viewport = view.viewport().rect()
    if isinstance(view, QTreeView):
        index = view.indexAt(QPoint(1, 1))
        while index.isValid() and view.visualRect(index).top() < viewport.bottom():
            parent = index.parent()
            for column in range(_column_count(model, parent)):
                if not view.isColumnHidden(column):
                    yield model.index(index.row(), column, parent)
            index = view.indexBelow(index)
        return
    root = view.rootIndex()
    for row in range(model.rowCount(root)):
        for column in range(_column_count(model, root)):
            index = model.index(row, column, root)
            rect = view.visualRect(index)
            if rect.isEmpty():
                continue
            if rect.top() >= viewport.bottom():
                return  # below the fold: every later row too
            if rect.bottom() >= 0 and rect.left() < viewport.right():
                yield index


def _header_texts(view: QAbstractItemView) -> dict[int, str]:
    model = view.model()
    if model is None:
        return {}
    return {
        column: str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for column in range(_column_count(model, view.rootIndex()))
    }


def cell_cuts(view: QAbstractItemView, name_headers: Iterable[str] = ()) -> list[Cut]:
    """The cells `view` shows cut: wider than their text rectangle, or reaching past the
    viewport's right edge. A cell is a name when its column's header is one of
    `name_headers`."""
    names = set(name_headers)
    headers = _header_texts(view)
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    viewport_width = view.viewport().width()
    cuts: list[Cut] = []
    for index in _visible_indexes(view):
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = view.visualRect(index)
        view.itemDelegateForIndex(index).initStyleOption(option, index)
        text = option.text
        if not text:
            continue
        text_rect: QRect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        right = min(text_rect.right(), viewport_width - 1)
        had = right - text_rect.left() + 1 - 2 * margin
        metrics = QFontMetrics(option.font)
        needed = _advance(metrics, text)
        if view.wordWrap() and "\n" not in text:
            wrapped = metrics.boundingRect(
                QRect(0, 0, max(had, 1), 100_000), int(Qt.TextFlag.TextWordWrap), text
            )
            if wrapped.height() <= text_rect.height() and text_rect.right() < viewport_width:
                continue
            needed = max(needed, had + 1) if wrapped.height() > text_rect.height() else needed
        if needed > had:
            is_name = headers.get(index.column(), "") in names
            cuts.append(Cut("cell", text, needed, had, name=is_name))
    return cuts


def header_cuts(header: QHeaderView) -> list[Cut]:
    """Sections whose title does not fit (with the sort arrow on the sorted one)."""
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    metrics = header.fontMetrics()
    cuts = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation()) or "")
        if not text:
            continue
        needed = _advance(metrics, text) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            needed += arrow + margin
        position = header.sectionViewportPosition(section)
        had = min(header.sectionSize(section), header.viewport().width() - position)
        if needed > had:
            cuts.append(Cut("header", text, needed, had))
    return cuts


# Widgets ---------------------------------------------------------------------------------


def label_cut(label: QLabel) -> Cut | None:
    text = _plain(label.text())
    if not text.strip() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    rect = label.contentsRect()
    if label.wordWrap():
        needed_height = label.heightForWidth(label.width())
        if needed_height > label.height() + 1:
            return Cut("label", text, needed_height, label.height())
        return None
    needed = label.minimumSizeHint().width()
    metrics = label.fontMetrics()
    text_width = _advance(metrics, text)
    had = rect.width()
    if needed > label.width() and text_width > had:
        return Cut("label", text, text_width, had)
    return None


def button_cut(button: QAbstractButton) -> Cut | None:
    text = _plain(button.text())
    if not text:
        return None
    if (
        isinstance(button, QToolButton)
        and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return None
    style = button.style()
    metrics = button.fontMetrics()
    needed = _advance(metrics, text)
    icon = 0 if button.icon().isNull() else button.iconSize().width() + 4
    if isinstance(button, QCheckBox | QRadioButton):
        indicator = style.pixelMetric(
            QStyle.PixelMetric.PM_IndicatorWidth
            if isinstance(button, QCheckBox)
            else QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
            None,
            button,
        )
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button)
        needed += indicator + spacing + icon
    elif isinstance(button, QPushButton):
        needed += icon + 2 * style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth) + 8
    else:
        needed += icon + 6
    if needed > button.width():
        return Cut("button", text, needed, button.width())
    return None


def combo_cut(combo: QComboBox) -> Cut | None:
    """The chosen entry (or the placeholder of an empty editable combo) against the field."""
    editor = combo.lineEdit()
    text = combo.currentText() if combo.currentIndex() >= 0 or editor is not None else ""
    if editor is not None and not editor.text():
        text = editor.placeholderText()
    if not text:
        text = combo.placeholderText()
    if not text:
        return None
    metrics = combo.fontMetrics()
    needed = _advance(metrics, text)
    if editor is not None:
        had = editor.width() - 4
    else:
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field_rect = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        had = field_rect.width() - 2
        if not combo.itemIcon(max(combo.currentIndex(), 0)).isNull():
            had -= combo.iconSize().width() + 4
    if needed > had:
        return Cut("combo", text, needed, had)
    return None


def field_cut(widget: QWidget) -> Cut | None:
    """An empty line edit's placeholder, or a spin/date box narrower than its value."""
    if isinstance(widget, QAbstractSpinBox):
        needed = widget.minimumSizeHint().width()
        if needed > widget.width():
            return Cut("field", widget.text(), needed, widget.width())
        return None
    if isinstance(widget, QLineEdit) and not widget.text() and widget.placeholderText():
        if isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
            return None  # measured with its combo or spin box
        frame = widget.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
        margins = widget.textMargins()
        had = widget.width() - 2 * frame - 4 - margins.left() - margins.right()
        needed = _advance(widget.fontMetrics(), widget.placeholderText())
        if needed > had:
            return Cut("field", widget.placeholderText(), needed, had)
    return None


def tab_cuts(bar: QTabBar) -> list[Cut]:
    cuts = []
    for tab in range(bar.count()):
        if not bar.isTabVisible(tab):
            continue
        needed = bar.tabSizeHint(tab).width()
        rect = bar.tabRect(tab)
        had = min(rect.right(), bar.width() - 1) - max(rect.left(), 0) + 1
        if needed > had + 1:
            cuts.append(Cut("tab", _plain(bar.tabText(tab)), needed, had))
    return cuts


def cuts(root: QWidget, name_headers: Iterable[str] = ()) -> list[Cut]:
    """Every cut text shown in `root`'s window."""
    names = list(name_headers)
    found: list[Cut] = []
    for view in _descendants(root, QAbstractItemView):
        if not isinstance(view, QHeaderView):
            found.extend(cell_cuts(view, names))
    for header in _descendants(root, QHeaderView):
        found.extend(header_cuts(header))
    for widget in _descendants(root, QWidget):
        cut: Cut | None = None
        if isinstance(widget, QLabel):
            cut = label_cut(widget)
        elif isinstance(widget, QAbstractButton):
            cut = button_cut(widget)
        elif isinstance(widget, QComboBox):
            cut = combo_cut(widget)
        elif isinstance(widget, QAbstractSpinBox | QLineEdit):
            cut = field_cut(widget)
        elif isinstance(widget, QTabBar):
            found.extend(tab_cuts(widget))
        if cut is not None:
            found.append(cut)
    return found


# Language --------------------------------------------------------------------------------


def _pattern(text: str) -> str | None:
    """A message with parameters (%1, %n, %L1) as a regular expression; None when too little
    of it is words to tell it from any other text."""
    parts = re.split(r"%L?[0-9n]", text)
    if len(parts) == 1 or sum(len(part.strip(" –-:·,.()")) for part in parts) < 4:
        return None
    return "(?:" + ".+?".join(re.escape(part) for part in parts) + ")"


class Language:
    """Which shown texts are the other language's, from a .ts file: in the translated window
    an untranslated source (or one of Qt's English texts), in the source-language window a
    translation."""

    def __init__(self, ts_file: Path, translated: bool) -> None:
        sources: set[str] = set()
        translations: set[str] = set()
        source_patterns: list[str] = []
        translation_patterns: list[str] = []
        for message in ElementTree.parse(ts_file).getroot().iter("message"):
            source_element = message.find("source")
            translation_element = message.find("translation")
            if source_element is None or translation_element is None:
                continue
            if translation_element.get("type") in ("vanished", "obsolete"):
                continue
            source = _plain(source_element.text or "")
            forms = [form.text or "" for form in translation_element.iter("numerusform")]
            texts = [_plain(text) for text in forms or [translation_element.text or ""]]
            texts = [text for text in texts if text]
            if not source or not texts:
                continue
            # A word the same in both ("Status") lands in both sets: never foreign.
            sources.add(source)
            translations.update(texts)
            if texts == [source]:
                continue
            pattern = _pattern(source)
            if pattern is not None:
                source_patterns.append(pattern)
            translation_patterns.extend(p for p in map(_pattern, texts) if p is not None)
        if translated:
            self._foreign = (sources | QT_ENGLISH) - translations
            self._own = translations
            patterns = source_patterns
        else:
            self._foreign = translations - sources
            self._own = sources
            patterns = translation_patterns
        joined = "|".join(patterns)
        self._regex = re.compile(f"^(?:{joined})$", re.DOTALL) if patterns else None

    def foreign(self, text: str) -> bool:
        text = _plain(text).strip()
        if not text or text in self._own or text.rstrip(":") in self._own:
            return False
        if text in self._foreign or text.rstrip(":") in self._foreign:
            return True
        return self._regex is not None and self._regex.match(text) is not None


def shown_texts(root: QWidget) -> list[str]:
    """The texts `root`'s window shows or offers at a click: titles, labels, buttons, every
    entry of its combos, headers, tabs, placeholders, the rows in view, the menus."""
    texts: list[str] = [root.window().windowTitle()]
    for widget in _descendants(root, QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(item) for item in range(widget.count()))
            texts.append(widget.placeholderText())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(tab) for tab in range(widget.count()))
        elif isinstance(widget, QHeaderView):
            texts.extend(_header_texts_of(widget))
        elif isinstance(widget, QAbstractItemView):
            model = widget.model()
            texts.extend(str(model.data(index) or "") for index in _visible_indexes(widget))
    window = root.window()
    if isinstance(window, QMainWindow):
        for menu in window.menuBar().findChildren(QMenu):
            texts.append(menu.title())
            texts.extend(action.text() for action in menu.actions() if not action.isSeparator())
    return [_plain(text) for text in texts if text]


def _header_texts_of(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    return [
        str(model.headerData(section, header.orientation()) or "")
        for section in range(header.count())
    ]


def foreign_texts(root: QWidget, language: Language) -> list[str]:
    return list(dict.fromkeys(text for text in shown_texts(root) if language.foreign(text)))


# One view ---------------------------------------------------------------------------------


def measure(
    name: str,
    root: QWidget,
    screen: Screen,
    language: Language | None = None,
    name_headers: Iterable[str] = (),
) -> ViewReport:
    """Everything the report says of the window `root` shows now."""
    window = root.window()
    size = window.frameGeometry().size()
    found = cuts(window, name_headers)
    return ViewReport(
        name=name,
        width=size.width(),
        height=size.height(),
        fits=screen.fits(size),
        horizontal_scrollbars=horizontal_scrollbars(window),
        cut_names=[cut.describe() for cut in found if cut.name],
        cut_texts=[cut.describe() for cut in found if not cut.name],
        foreign_texts=[] if language is None else foreign_texts(window, language),
    )
