"""The organisation's country on both engines: Swedish unless chosen, chosen only while no one
is registered, and deciding the numbers every service takes."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from ambassador.domain.browse import ParticipantFilter
from ambassador.domain.clock import FixedClock
from ambassador.domain.country import DENMARK, SWEDEN
from ambassador.domain.employer import EmployerFields
from ambassador.domain.enums import ListName
from ambassador.domain.errors import RuleViolationError, ValidationError
from ambassador.domain.exports import ListKind
from ambassador.domain.settings import Settings
from ambassador.interchange.columns import guess_mapping
from ambassador.interchange.sheets import Sheet, SheetRow, read_sheet
from ambassador.services.bundle import Services
from ambassador.services.opening import create_services
from ambassador.services.settings import COUNTRY_FIXED
from tests.factories import make_employer, make_identity_number, make_participant

# Built from their parts: ten digits that fail the CPR's old modulus-11 test, and a CVR
# number with its check digit.
CPR_WITHOUT_MOD_11 = "150685-2000"
CVR = "13585628"


def test_an_existing_database_is_swedish(services: Services) -> None:
    assert services.settings.get().country == SWEDEN
    assert services.settings.country() == SWEDEN
    assert not services.settings.country_fixed()


def test_the_country_is_chosen_while_the_register_is_empty(services: Services) -> None:
    changes = services.settings.set_country(DENMARK)
    assert changes.settings
    assert services.settings.get().country == DENMARK
    assert services.participants.country() == DENMARK
    assert services.employers.country() == DENMARK
    entry = services.audit.recent(1)[0]
    assert entry.detail == "country"
    # The same country again changes nothing.
    assert not services.settings.set_country(DENMARK).settings


def test_an_unknown_country_is_refused(services: Services) -> None:
    with pytest.raises(ValidationError) as error:
        services.settings.set_country("no")
    assert [p.field for p in error.value.problems] == ["country"]
    assert services.settings.country() == SWEDEN


@pytest.mark.parametrize(
    "who", ["participant", "trashed participant", "employer", "trashed employer"]
)
def test_the_country_is_fixed_once_anyone_is_registered(services: Services, who: str) -> None:
    if who == "employer":
        make_employer(services)
    elif who == "trashed employer":
        services.employers.delete(make_employer(services))
    else:
        participant = make_participant(services)
        if who == "trashed participant":
            services.participants.delete(participant)
    assert services.settings.country_fixed()
    with pytest.raises(RuleViolationError) as error:
        services.settings.set_country(DENMARK)
    assert error.value.message == COUNTRY_FIXED
    # Nor through the settings screen's save.
    settings = services.settings.get()
    with pytest.raises(RuleViolationError):
        services.settings.save(Settings(**{**vars(settings), "country": DENMARK}))
    assert services.settings.country() == SWEDEN
    # Saving the other settings keeps working.
    services.settings.save(Settings(**{**vars(settings), "organisation_name": "Jobcenter"}))
    assert services.settings.get().organisation_name == "Jobcenter"


def test_a_danish_register_takes_cpr_and_cvr_numbers(services: Services) -> None:
    services.settings.set_country(DENMARK)
    participant_id = make_participant(services, personal_identity_number=CPR_WITHOUT_MOD_11)
    stored = services.participants.get(participant_id)
    assert stored.personal_identity_number == "1506852000"
    assert stored.masked_identity_number == "150685-****"
    employer_id = make_employer(services, organisation_number=f"DK {CVR}")
    assert services.employers.get(employer_id).organisation_number == CVR
    with pytest.raises(ValidationError) as error:
        make_participant(services, personal_identity_number="310485-1123")  # 31 April
    assert "CPR" in error.value.problems[0].message
    with pytest.raises(ValidationError) as error:
        make_employer(services, organisation_number="13585627")
    assert "CVR" in error.value.problems[0].message
    # A Swedish number is not a CPR number.
    with pytest.raises(ValidationError):
        make_participant(services, personal_identity_number=make_identity_number())
    # The same CPR number twice is one person.
    with pytest.raises(ValidationError):
        make_participant(services, personal_identity_number="1506852000")


def test_a_swedish_register_refuses_cpr_and_cvr_numbers(services: Services) -> None:
    with pytest.raises(ValidationError):
        make_participant(services, personal_identity_number=CPR_WITHOUT_MOD_11)
    with pytest.raises(ValidationError):
        services.employers.create(EmployerFields(name="Fynbo", organisation_number=CVR))


def _sheet(header: list[str], *rows: list[str]) -> Sheet:
    return Sheet(
        tuple(header),
        tuple(SheetRow(number, tuple(cells)) for number, cells in enumerate(rows, start=2)),
        header_row=1,
        dialect=None,
    )


def test_a_danish_import_takes_cpr_numbers_and_refuses_an_impossible_date_changing_nothing(
    services: Services,
) -> None:
    services.settings.set_country(DENMARK)
    header = ["Förnamn", "Efternamn", "Personnummer"]
    good = _sheet(header, ["Ida", "Holm", CPR_WITHOUT_MOD_11], ["Bo", "Lund", "0101363000"])
    mapping = guess_mapping(ListKind.PARTICIPANTS, good.headers)
    result = services.imports.commit(ListKind.PARTICIPANTS, good, mapping)
    assert len(result.changes.participants) == 2
    numbers = {p.personal_identity_number for p in services.participants.page()}
    assert numbers == {"1506852000", "0101363000"}

    bad = _sheet(header, ["Eva", "Dahl", "0202851123"], ["Ole", "Bak", "300285-1123"])
    preview = services.imports.preview(ListKind.PARTICIPANTS, bad, mapping)
    refused = [row for row in preview.rows if row.problems]
    assert [row.number for row in refused] == [3]
    assert "CPR" in refused[0].problems[0].message
    with pytest.raises(RuleViolationError):
        services.imports.commit(ListKind.PARTICIPANTS, bad, mapping)
    assert len(services.participants.page()) == 2


def test_a_danish_import_takes_cvr_numbers_and_refuses_a_wrong_check(
    services: Services,
) -> None:
    services.settings.set_country(DENMARK)
    header = ["Arbetsgivare", "Organisationsnummer"]
    mapping = guess_mapping(ListKind.EMPLOYERS, header)
    bad = _sheet(header, ["Fynbo Bageri", CVR], ["Havnens Værksted", "13585627"])
    with pytest.raises(RuleViolationError):
        services.imports.commit(ListKind.EMPLOYERS, bad, mapping)
    assert services.employers.page() == []
    good = _sheet(header, ["Fynbo Bageri", CVR])
    services.imports.commit(ListKind.EMPLOYERS, good, mapping)
    assert [e.organisation_number for e in services.employers.page()] == [CVR]


def test_a_new_database_file_is_made_for_its_country(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2026, 11, 24, 9, 0))
    database, services = create_services(tmp_path / "dk.db", clock, country=DENMARK)
    try:
        assert services.settings.country() == DENMARK
    finally:
        database.dispose()
    database, services = create_services(tmp_path / "se.db", clock)
    try:
        assert services.settings.country() == SWEDEN
    finally:
        database.dispose()


def test_a_cpr_number_is_masked_in_the_participants_list(services: Services) -> None:
    services.settings.set_country(DENMARK)
    make_participant(services, personal_identity_number=CPR_WITHOUT_MOD_11)
    rows = services.browse.participants(ParticipantFilter()).rows
    assert [row.masked_identity_number for row in rows] == ["150685-****"]
    # Found by the digits of the number, as a Swedish one is.
    assert len(services.browse.participants(ParticipantFilter(text="150685")).rows) == 1


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_cpr_and_cvr_numbers_leave_in_an_export_only_when_asked_and_come_back_in(
    services: Services, tmp_path: Path, suffix: str
) -> None:
    services.settings.set_country(DENMARK)
    make_participant(services, personal_identity_number=CPR_WITHOUT_MOD_11)
    make_employer(services, organisation_number=CVR)
    plain = services.exports.write_participants(tmp_path / f"plain.{suffix}").path
    assert "150685" not in _all_text(plain)
    asked = services.exports.write_participants(
        tmp_path / f"p.{suffix}", with_identity_numbers=True, language="en"
    ).path
    assert CPR_WITHOUT_MOD_11 in _all_text(asked)
    employers = services.exports.write_employers(tmp_path / f"e.{suffix}", language="en").path
    assert CVR in _all_text(employers)

    clock = FixedClock(datetime(2026, 11, 24, 9, 0))
    database, other = create_services(tmp_path / "other.db", clock, country=DENMARK)
    try:
        for kind, path in ((ListKind.PARTICIPANTS, asked), (ListKind.EMPLOYERS, employers)):
            sheet = read_sheet(path)
            other.imports.commit(kind, sheet, guess_mapping(kind, sheet.headers))
        assert [p.personal_identity_number for p in other.participants.page()] == ["1506852000"]
        assert [e.organisation_number for e in other.employers.page()] == [CVR]
    finally:
        database.dispose()


def _all_text(path: Path) -> str:
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as archive:
            return "".join(archive.read(name).decode() for name in archive.namelist())
    return path.read_text(encoding="utf-8-sig")


def test_a_danish_placements_sheet_finds_people_by_cpr_and_employers_by_cvr(
    services: Services,
) -> None:
    services.settings.set_country(DENMARK)
    participant = make_participant(services, personal_identity_number=CPR_WITHOUT_MOD_11)
    employer = make_employer(services, organisation_number=CVR)
    kind = services.settings.list_labels(ListName.PLACEMENT_TYPES)[0]
    header = ["Personnummer", "Org.nr", "Placeringstyp", "Startdatum"]
    mapping = guess_mapping(ListKind.PLACEMENTS, header)
    # The CPR number without its dash, the CVR number as a VAT number: each found.
    sheet = _sheet(header, ["1506852000", f"DK{CVR}", kind, "2026-12-01"])
    result = services.imports.commit(ListKind.PLACEMENTS, sheet, mapping)
    assert result.added == 1
    [placement] = services.placements.of_participant(participant)
    assert placement.employer_id == employer
    bad = _sheet(header, ["1506852000", "13585627", kind, "2026-12-02"])
    preview = services.imports.preview(ListKind.PLACEMENTS, bad, mapping)
    assert "CVR" in preview.rows[0].problems[0].message
