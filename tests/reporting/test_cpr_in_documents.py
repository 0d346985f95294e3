"""A Danish participant's CPR number never reaches a document an employer is given (the
summary, the agreement, the employer's questionnaire), in any language; the register extract,
which is the participant's own, shows it whole as DDMMYY-SSSS."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ambassador.domain.country import DENMARK
from ambassador.domain.enums import ConsentScope, ListName, Respondent, WithWhom
from ambassador.domain.languages import LANGUAGES
from ambassador.services.bundle import Services
from tests.factories import (
    make_employer,
    make_participant,
    make_placement,
    make_supervisor,
    note_fields,
)
from tests.pdfs import pdf_text

# Made up, built from its parts: 15 June 1985, a serial failing the old modulus-11 test.
CPR = "150685-2000"


def forms(number: str) -> list[str]:
    """Every way the number or its date of birth may be written: with and without the dash,
    with a space, and the date part alone (the masked form shows it)."""
    digits = number.replace("-", "")
    return [number, digits, f"{digits[:6]} {digits[6:]}", digits[:6], f"{digits[:6]}-****"]


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def placement(services: Services) -> tuple[int, int]:
    services.settings.set_country(DENMARK)
    participant_id = make_participant(
        services, first_name="Ida", last_name="Holm", personal_identity_number=CPR
    )
    employer_id = make_employer(services, name="Fynbo Bageri", organisation_number="13585628")
    supervisor = make_supervisor(services, employer_id, name="Jens Kold")
    placement_id = make_placement(
        services,
        participant_id,
        employer_id,
        supervisor_id=supervisor,
        placement_type=services.settings.list_labels(ListName.PLACEMENT_TYPES)[0],
    )
    services.participants.give_consent(
        participant_id,
        ConsentScope.SHARE_NEEDS_WITH_EMPLOYER,
        employer_id,
        services.clock.today(),
    )
    services.follow_up.add_note(
        note_fields(
            participant_id,
            placement_id,
            services.clock.now(),
            text="Delt note om skemaet",
            kind=services.settings.list_labels(ListName.NOTE_KINDS)[0],
            shareable=True,
            with_whom=WithWhom.BOTH,
        )
    )
    return participant_id, placement_id


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_cpr_number_in_an_employers_documents(
    services: Services, placement: tuple[int, int], tmp_path: Path, language: str
) -> None:
    _participant_id, placement_id = placement
    paths = [tmp_path / "summary.pdf", tmp_path / "agreement.pdf", tmp_path / "questions.pdf"]
    services.documents.write_summary(placement_id, paths[0], language=language)
    services.documents.write_agreement(placement_id, paths[1], language=language)
    services.questionnaires.write(placement_id, Respondent.EMPLOYER, paths[2], language=language)
    folder = tmp_path / "active"
    folder.mkdir()
    written = services.documents.write_active_summaries(folder, language=language)
    paths.extend(document.path for document in written)
    assert len(paths) == 4
    for path in paths:
        text = pdf_text(path)
        assert "Ida Holm" in text, path.name
        for form in forms(CPR):
            assert flat(form) not in flat(text), (path.name, form)


def test_the_register_extract_shows_the_cpr_number_whole(
    services: Services, placement: tuple[int, int], tmp_path: Path
) -> None:
    participant_id, _placement_id = placement
    path = tmp_path / "extract.pdf"
    services.documents.write_register_extract(participant_id, path, language="en")
    assert CPR in pdf_text(path)
