"""A pane's label–value rows: empty values left out, labels reused, hidden rows laid out late."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QWidget
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


def test_rows_on_a_hidden_tab_are_laid_out_when_it_is_shown(qtbot: QtBot) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), "Timeline")
    facts = Facts()
    tabs.addTab(facts, "Plan")
    tabs.show()
    qtbot.waitExposed(tabs)
    facts.set_rows([("Unit", "Norr")])
    assert facts.form.rowCount() == 0  # nobody sees it yet
    tabs.setCurrentIndex(1)
    assert facts.form.rowCount() == 1
    label = facts.values["Unit"]
    qtbot.waitUntil(label.isVisible)  # Qt shows a shown widget's new children at its leisure
    tabs.setCurrentIndex(0)
    facts.set_rows([("Unit", "Syd")])
    assert texts(facts) == {"Unit": "Syd"}  # read before shown: laid out on reading
