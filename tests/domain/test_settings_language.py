"""The settings' language: each of the program's languages is accepted, anything else refused
with a message naming all three."""

from __future__ import annotations

import dataclasses

import pytest

from ambassador.domain.errors import ValidationError
from ambassador.domain.languages import LANGUAGES
from ambassador.domain.settings import Settings, validate_settings


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_of_the_program_is_a_settings_language(language: str) -> None:
    settings = dataclasses.replace(Settings(), language=language)
    assert validate_settings(settings).language == language


def test_another_language_is_refused_naming_swedish_english_and_danish() -> None:
    with pytest.raises(ValidationError) as raised:
        validate_settings(dataclasses.replace(Settings(), language="fi"))
    [problem] = raised.value.problems
    assert problem.field == "language"
    assert problem.message == "Choose Swedish, English or Danish."
