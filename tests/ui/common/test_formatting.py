"""Numbers, sizes, shares and ratings as the window's language writes them, while dates stay
as Swedes write them in both languages."""

from __future__ import annotations

from datetime import date

import pytest

from ambassador.ui.common import formatting
from ambassador.ui.safety.backups_tab import size_text


@pytest.mark.usefixtures("swedish")
def test_swedish_window_writes_decimal_commas_and_spaced_percent() -> None:
    assert formatting.data_size(966_700) == "966,7 kB"
    assert size_text(966_700) == "966,7 kB"  # the backups' list
    assert formatting.decimal(3.24) == "3,2"
    assert formatting.decimal(7.0) == "7"
    assert formatting.whole(12_345) == "12\u00a0345"
    assert formatting.percent(0.667) == "67\u00a0%"
    assert formatting.percent(None) == "–"
    # "3,2 av 5" once the Swedish for "%1 of 5" is in the catalog.
    assert formatting.rating(3.2).startswith("3,2 ")
    assert formatting.rating(3.2).endswith(" 5")


@pytest.mark.usefixtures("english")
def test_english_window_writes_decimal_points_even_with_swedish_dates() -> None:
    assert formatting.data_size(966_700) == "966.7 kB"
    assert size_text(966_700) == "966.7 kB"
    assert formatting.decimal(3.24) == "3.2"
    assert formatting.whole(12_345) == "12,345"
    assert formatting.percent(0.667) == "67%"
    assert formatting.rating(3.2) == "3.2 of 5"
    assert formatting.iso_date(date(2026, 12, 7)) == "2026-12-07"
