"""Numbers, sizes, shares and ratings as the window's language writes them, dates as Swedes
write them in Swedish and English and as Danes do in Danish; the same rules as the documents'."""

from __future__ import annotations

from datetime import date

import pytest

from ambassador import paths
from ambassador.catalog import Catalog
from ambassador.domain.languages import LANGUAGES
from ambassador.reporting.words import Words
from ambassador.ui import i18n
from ambassador.ui.common import formatting
from ambassador.ui.safety.backups_tab import size_text


@pytest.mark.usefixtures("swedish")
def test_swedish_window_writes_decimal_commas_and_spaced_percent() -> None:
    assert formatting.data_size(966_700) == "966,7 kB"
    assert size_text(966_700) == "966,7 kB"  # the backups' list
    assert formatting.decimal(3.24) == "3,2"
    assert formatting.decimal(7.0) == "7"
    assert formatting.whole(12_345) == "12\u202f345"  # a narrow no-break space
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
    assert formatting.shown_date(date(2026, 12, 7)) == "2026-12-07"
    assert formatting.short_day(date(2026, 11, 24)) == "Tue 24 Nov"


@pytest.mark.usefixtures("danish")
def test_danish_window_writes_numbers_and_dates_as_danes_do() -> None:
    assert formatting.data_size(966_700) == "966,7 kB"
    assert formatting.decimal(3.24) == "3,2"
    assert formatting.whole(12_345) == "12.345"
    assert formatting.percent(0.667) == "67\u00a0%"
    assert formatting.rating(3.2).startswith("3,2 ")
    assert formatting.shown_date(date(2026, 12, 7)) == "07.12.2026"
    assert formatting.long_date(date(2026, 12, 7)) == "7. dec. 2026"
    assert formatting.iso_date(date(2026, 12, 7)) == "2026-12-07"  # a file's name, a sort key
    assert formatting.short_day(date(2026, 11, 24)) == "tirs. 24. nov."
    assert formatting.day_of_month(7) == "7."


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_window_and_the_documents_write_alike(qapp: object, language: str) -> None:
    words = Words(Catalog.load(language, paths.translations_dir()), language)
    i18n.install(language, paths.translations_dir())
    for value in (0, 7, 1234, 1_234_567):
        assert formatting.whole(value) == words.number(value)
    assert formatting.decimal(1234.56) == words.number(1234.56, 1)
    for ratio in (None, 0.0, 0.667, 12.5):
        assert formatting.percent(ratio) == words.percent(ratio)
    assert formatting.long_date(date(2026, 5, 1)) == words.date(date(2026, 5, 1))


@pytest.mark.usefixtures("danish")
def test_a_danish_placement_list_sorts_its_periods_by_date_not_by_text(qapp: object) -> None:
    from PySide6.QtCore import QSortFilterProxyModel, Qt

    from ambassador.domain.browse import PlacementListRow
    from ambassador.domain.enums import PlacementStatus
    from ambassador.ui.common.placement_columns import placement_columns
    from ambassador.ui.common.table_model import SORT_KEY, RowsTableModel

    def row(number: int, start: date) -> PlacementListRow:
        return PlacementListRow(
            *(number, 1, "Ida Lund", 1, "Bageriet", "Virksomhedspraktik", start),
            *(None, None, None, PlacementStatus.ACTIVE, None, None, 0),
        )

    model = RowsTableModel(placement_columns(by_participant=False))
    # By text, "01.12.2026" would come before "31.01.2026".
    model.set_rows([row(1, date(2026, 12, 1)), row(2, date(2026, 1, 31))])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_KEY)
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(n, 2).data() for n in range(2)] == ["31.01.2026 – ", "01.12.2026 – "]


@pytest.mark.usefixtures("danish")
def test_a_domain_message_shows_its_date_as_danes_write_it() -> None:
    from ambassador.domain.errors import Problem
    from ambassador.domain.questionnaire import ANSWERED_BEFORE_SENT

    problem = Problem("answered_on", ANSWERED_BEFORE_SENT, {"day": date(2026, 12, 7)})
    text = i18n.problem_text(problem)
    assert "7. dec. 2026" in text and "2026-12-07" not in text


@pytest.mark.parametrize(("language", "shown"), [("sv", "37,5"), ("en", "37.5"), ("da", "37,5")])
def test_a_number_to_edit_has_the_languages_decimal_mark(
    qapp: object, language: str, shown: str
) -> None:
    i18n.install(language, paths.translations_dir())
    assert formatting.editable_number(37.5) == shown
    assert formatting.editable_number(40.0) == "40"
