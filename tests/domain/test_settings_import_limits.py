"""The import limits as settings: sane defaults, and numbers outside their ranges refused."""

from __future__ import annotations

import pytest

from ambassador.domain.errors import ValidationError
from ambassador.domain.settings import RANGE, Settings, validate_settings


def test_import_limits_default_to_fifty_megabytes_and_excels_cell() -> None:
    settings = Settings()

    assert (
        settings.import_max_megabytes,
        settings.import_max_rows,
        settings.import_max_cell_characters,
        settings.import_max_unpacked_megabytes,
    ) == (50, 200_000, 32_767, 300)
    assert validate_settings(settings) == settings
    assert Settings.from_strings(settings.to_strings()) == settings


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("import_max_megabytes", 0),
        ("import_max_megabytes", 1001),
        ("import_max_rows", 99),
        ("import_max_cell_characters", 1_000_001),
        ("import_max_unpacked_megabytes", 9),
    ],
)
def test_import_limits_outside_their_range_are_refused(field: str, value: int) -> None:
    with pytest.raises(ValidationError) as raised:
        validate_settings(Settings(**{field: value}))

    (problem,) = raised.value.problems
    assert (problem.field, problem.message) == (field, RANGE)
