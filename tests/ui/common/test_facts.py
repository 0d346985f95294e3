"""A pane's label–value rows: empty values left out, labels reused, hidden rows laid out at once."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from ambassador.ui.common.widgets import Facts


def texts(facts: Facts) -> dict[str, str]:
    return {name: label.text() for name, label in facts.values.items()}


def test_rows_without_a_value_are_left_out_and_labels_reused(qtbot: QtBot) -> None:
    facts = Facts()
    qtbot.addWidget(facts)
    facts.show()
    facts.set_rows([("Unit", "Norr"), ("Goals", ""), ("Tasks", "Plocka")])
    assert texts(facts) == {"Unit": "Norr", "Tasks": "Plocka"}
    first = facts.values["Unit"]
    facts.set_rows([("Period", "1 mars"), ("Goals", "Arbete"), ("Tasks", "")])
    assert texts(facts) == {"Period": "1 mars", "Goals": "Arbete"}
    assert facts.values["Period"] is first  # the row's labels given new texts
    assert first.accessibleName() == "Period"
    assert facts.form.rowCount() == 2
    buddies = [label.buddy() for label in facts.findChildren(QLabel) if label.buddy()]
    assert set(buddies) == set(facts.values.values())
    facts.set_rows([("Unit", "")], keep_empty=True)
    assert texts(facts) == {"Unit": ""}
    assert facts.form.rowCount() == 1


def test_rows_set_on_a_hidden_tab_are_whole_when_it_is_shown(qtbot: QtBot) -> None:
    """A wrapped value set while its tab is hidden gets the height of its new text (rows laid
    out only as the tab was shown kept the old text's height: an address cut in half)."""
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.resize(360, 400)
    tabs.addTab(QWidget(), "Timeline")
    facts = Facts()
    tabs.addTab(facts, "Profile")
    tabs.show()
    qtbot.waitExposed(tabs)
    facts.set_rows([("Address", "Kort")])
    tabs.setCurrentIndex(1)
    tabs.setCurrentIndex(0)
    long_text = "Tallstigen 56, 872 30 Solbacka, " * 4
    facts.set_rows([("Address", long_text)])
    field = facts.form.itemAt(0, QFormLayout.ItemRole.FieldRole).widget()
    assert isinstance(field, QLabel) and field.text() == long_text  # laid out while hidden
    tabs.setCurrentIndex(1)
    label = facts.values["Address"]
    qtbot.waitUntil(lambda: label.isVisible() and label.width() > 0)
    qtbot.wait(10)
    assert label.text() == long_text
    assert label.height() >= label.heightForWidth(label.width()) > label.fontMetrics().height()
