"""A searchable combo of names (a placement's participant and employer, Placeringar's employer
filter) is as wide as its widest name without Qt measuring every entry: sized to its
contents, it measured all 10,000 employers each time a layout asked its size."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ambassador.domain.browse import Choice
from ambassador.ui.placements.dialog import (
    MEASURED_ENTRIES,
    chosen_id,
    fill_named,
    named_combo,
    select_id,
    size_by_count,
)

PLACEHOLDER = "Skriv en del av namnet"


def test_a_combo_of_names_is_as_wide_as_its_widest_name(qtbot: QtBot) -> None:
    longest = "Stiftelsen Framtidens Yrkesutbildningar i Norra Östersjöregionen"
    choices = [Choice(number, f"Företag {number}", "") for number in range(500)]
    choices.append(Choice(999, longest, ""))
    combo = named_combo(PLACEHOLDER)
    qtbot.addWidget(combo)
    fill_named(combo, choices, as_wide_as_names=True)
    assert combo.count() == 501 and combo.itemData(500) == 999 and combo.currentIndex() == -1
    text_width = combo.fontMetrics().horizontalAdvance(longest)
    assert combo.sizeHint().width() >= text_width
    # Sized from a count of characters, not by measuring each entry.
    assert combo.sizeAdjustPolicy() is combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon


def test_a_form_s_combo_of_names_asks_only_for_its_placeholder_s_width(qtbot: QtBot) -> None:
    """In a form, which stretches it: a long name must not widen the form past the window."""
    combo = named_combo(PLACEHOLDER)
    qtbot.addWidget(combo)
    fill_named(combo, [Choice(1, "Stiftelsen Framtidens Yrkesutbildningar i Norra Östersjön", "")])
    metrics = combo.fontMetrics()
    assert combo.minimumSizeHint().width() >= metrics.horizontalAdvance(PLACEHOLDER)
    assert combo.minimumSizeHint().width() < metrics.horizontalAdvance(combo.itemText(0))
    assert combo.sizeAdjustPolicy() is combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon


def test_a_shorter_but_wider_name_among_the_longest_sets_the_width(qtbot: QtBot) -> None:
    """Proportional letters: "WWWWWWWWWW" is wider than "iiiiiiiiiiii", though shorter."""
    combo = named_combo("")
    qtbot.addWidget(combo)
    narrow = ["i" * 12] * 3
    wide = "W" * 10
    size_by_count(combo, [*narrow, wide])
    assert combo.sizeHint().width() >= combo.fontMetrics().horizontalAdvance(wide)
    assert len(narrow) < MEASURED_ENTRIES  # the wide one is among those measured


def test_a_combo_of_names_answers_with_each_name_s_id(qtbot: QtBot) -> None:
    combo = named_combo(PLACEHOLDER)
    qtbot.addWidget(combo)
    choices = [
        Choice(7, "Anna Berg", "1990"),
        Choice(3, "Anna Berg", "1985"),
        Choice(9, "Öst AB", ""),
    ]
    fill_named(combo, choices)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Anna Berg (1990)",
        "Anna Berg (1985)",
        "Öst AB",
    ]
    assert [combo.itemData(i) for i in range(combo.count())] == [7, 3, 9]
    assert combo.currentIndex() == -1 and combo.currentData() is None
    select_id(combo, 3)
    assert combo.currentText() == "Anna Berg (1985)"
    assert combo.currentData() == 3 and chosen_id(combo) == 3
    assert combo.findData(9) == 2 and combo.findData(42) == -1
    select_id(combo, 42)  # not listed: none chosen
    assert combo.currentIndex() == -1 and chosen_id(combo) is None
    combo.lineEdit().setText("öst ab")  # typed, in other case
    assert chosen_id(combo) == 9

    fill_named(combo, [Choice(5, "Berg & Son", "")])  # filled again: the old ids are gone
    assert [combo.itemData(i) for i in range(combo.count())] == [5]
    combo.clear()
    assert combo.count() == 0 and combo.itemData(0) is None
