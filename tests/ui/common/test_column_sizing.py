"""Column sizing: a list's columns measured from their texts come out as wide as Qt's own
measuring of every cell, and a model's texts follow its rows."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QStyledItemDelegate, QTableView
from pytestqt.qtbot import QtBot

from ambassador.ui.common.column_sizing import ColumnSizer
from ambassador.ui.common.table_model import DISPLAY, Column, RowsTableModel

NAMES = [
    "Kerstin Łukasiewicz",
    "Åsa Öberg",
    "Tesfamariam, Yohannes Alemayehu",
    "Li Wu",
    "",
    "Björn Ärlig-Östergård",
    "WWWWWWWW",
    "iiiiiiiiiiiiiiiiiiiiiiii",
    "Two lines\nof a note",
    "Şükrü Çağlayan",
    "Nguyễn Thị Minh Khai",
]


def _table(qtbot: QtBot, rows: list[str]) -> tuple[QTableView, ColumnSizer]:
    model: RowsTableModel[str] = RowsTableModel(
        [
            Column("Namn", lambda r: r, name=True),
            Column("Kort", lambda r: r[:4]),
            Column("Lång", lambda r: f"{r} — {r[::-1]}"),
        ]
    )
    model.set_rows(rows)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    sizer = ColumnSizer(table)
    table.resize(900, 400)
    table.show()
    return table, sizer


def test_columns_measured_from_their_texts_are_as_wide_as_qt_measures_them(
    qtbot: QtBot,
) -> None:
    table, sizer = _table(qtbot, NAMES * 3)
    for font in (QFont(table.font()), QFont("DejaVu Serif", 17), QFont("DejaVu Sans", 11)):
        font.setBold(font.pointSize() == 11)
        table.setFont(font)
        for column in range(3):
            assert sizer._content_width(column) == table.sizeHintForColumn(column)
    table.setShowGrid(False)
    assert sizer._content_width(0) == table.sizeHintForColumn(0)


def test_a_new_page_is_measured_by_its_own_texts(qtbot: QtBot) -> None:
    table, sizer = _table(qtbot, ["Li Wu"])
    narrow = sizer._content_width(0)
    model = table.model()
    assert isinstance(model, RowsTableModel)
    model.set_rows(["Tesfamariam, Yohannes Alemayehu"])
    assert model.data(model.index(0, 0), DISPLAY) == "Tesfamariam, Yohannes Alemayehu"
    assert sizer._content_width(0) == table.sizeHintForColumn(0) > narrow


def test_a_screens_own_delegate_is_measured_by_qt(qtbot: QtBot) -> None:
    class Wider(QStyledItemDelegate):
        def sizeHint(self, option, index):  # type: ignore[no-untyped-def]  # noqa: N802
            hint = super().sizeHint(option, index)
            hint.setWidth(hint.width() + 40)
            return hint

    table, sizer = _table(qtbot, NAMES)
    table.setItemDelegateForColumn(0, Wider(table))
    assert sizer._content_width(0) == table.sizeHintForColumn(0)


def test_a_model_drawing_more_than_its_text_is_measured_by_qt() -> None:
    class Bold(RowsTableModel[str]):
        def data(self, index, role=DISPLAY):  # type: ignore[no-untyped-def]
            return super().data(index, role)

    assert Bold([Column("Namn", lambda r: r)]).plain_texts(0) is None
    plain: RowsTableModel[str] = RowsTableModel([Column("Namn", lambda r: r)])
    plain.set_rows(["a", "b"])
    assert plain.plain_texts(0) == ["a", "b"]
