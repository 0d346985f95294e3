"""A searchable combo of names (a placement's participant and employer, Placeringar's employer
filter) is as wide as its widest name without Qt measuring every entry: sized to its
contents, it measured all 10,000 employers each time a layout asked its size."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ambassador.domain.browse import Choice
from ambassador.ui.placements.dialog import (
    MEASURED_ENTRIES,
    fill_named,
    searchable_combo,
    size_by_count,
)

PLACEHOLDER = "Skriv en del av namnet"


def test_a_combo_of_names_is_as_wide_as_its_widest_name(qtbot: QtBot) -> None:
    longest = "Stiftelsen Framtidens Yrkesutbildningar i Norra Östersjöregionen"
    choices = [Choice(number, f"Företag {number}", "") for number in range(500)]
    choices.append(Choice(999, longest, ""))
    combo = searchable_combo(PLACEHOLDER)
    qtbot.addWidget(combo)
    fill_named(combo, choices, as_wide_as_names=True)
    assert combo.count() == 501 and combo.itemData(500) == 999 and combo.currentIndex() == -1
    text_width = combo.fontMetrics().horizontalAdvance(longest)
    assert combo.sizeHint().width() >= text_width
    # Sized from a count of characters, not by measuring each entry.
    assert combo.sizeAdjustPolicy() is combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon


def test_a_form_s_combo_of_names_asks_only_for_its_placeholder_s_width(qtbot: QtBot) -> None:
    """In a form, which stretches it: a long name must not widen the form past the window."""
    combo = searchable_combo(PLACEHOLDER)
    qtbot.addWidget(combo)
    fill_named(combo, [Choice(1, "Stiftelsen Framtidens Yrkesutbildningar i Norra Östersjön", "")])
    metrics = combo.fontMetrics()
    assert combo.minimumSizeHint().width() >= metrics.horizontalAdvance(PLACEHOLDER)
    assert combo.minimumSizeHint().width() < metrics.horizontalAdvance(combo.itemText(0))
    assert combo.sizeAdjustPolicy() is combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon


def test_a_shorter_but_wider_name_among_the_longest_sets_the_width(qtbot: QtBot) -> None:
    """Proportional letters: "WWWWWWWWWW" is wider than "iiiiiiiiiiii", though shorter."""
    combo = searchable_combo("")
    qtbot.addWidget(combo)
    narrow = ["i" * 12] * 3
    wide = "W" * 10
    size_by_count(combo, [*narrow, wide])
    assert combo.sizeHint().width() >= combo.fontMetrics().horizontalAdvance(wide)
    assert len(narrow) < MEASURED_ENTRIES  # the wide one is among those measured
