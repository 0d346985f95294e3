"""A placement's subsidy and terms go out in the placement list (with the mentor) and come
back in by the import: numbers and dates read as the other columns', list entries by their
name in any language, a bad cell refused on its row."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import ListName
from ambassador.domain.exports import ListKind
from ambassador.domain.mentors import MentorFields
from ambassador.domain.placement import TERMS_FIELDS
from ambassador.interchange.columns import PLACEMENT_TERMS, guess_mapping
from ambassador.interchange.sheets import read_sheet
from ambassador.services import importing
from ambassador.services.bundle import Services
from ambassador.storage.opening import open_database
from tests.factories import (
    make_employer,
    make_identity_number,
    make_organisation_number,
    make_participant,
    make_placement,
)

NOW_DAY = date(2026, 11, 24)
ANNA = make_identity_number(date(1990, 4, 2), woman=True)
ORG = make_organisation_number(4711)
TERMS = (
    "subsidy_type",
    "subsidy_amount",
    "subsidy_percent",
    "decision_number",
    "decision_start",
    "decision_end",
    "agreement_form",
    "employer_of_record",
    "municipal_cost",
)


@pytest.fixture
def other(tmp_path: Path, clock: FixedClock) -> Iterator[Services]:
    database, _report = open_database(tmp_path / "other.db", tmp_path / "other-b", clock.now())
    yield Services.build(database, clock)
    database.dispose()


def rows_of(path: Path) -> list[dict[str, str]]:
    sheet = read_sheet(path)
    return [dict(zip(sheet.headers, row.cells, strict=True)) for row in sheet.rows]


@pytest.mark.parametrize(("suffix", "language"), [("csv", "sv"), ("xlsx", "en")])
def test_terms_go_out_and_come_back(
    services: Services, other: Services, tmp_path: Path, suffix: str, language: str
) -> None:
    participant = make_participant(
        services, first_name="Åsa", last_name="Ärlig", personal_identity_number=ANNA
    )
    employer = make_employer(services, name="Bageriet", organisation_number=ORG)
    mentor = services.mentors.add(MentorFields(name="Eva Holm")).mentor
    form = services.settings.list_labels(ListName.AGREEMENT_FORMS)[0]
    placement_id = make_placement(
        services,
        participant,
        employer,
        placement_type="Lönebidrag",
        subsidy_type="Lönebidrag",
        subsidy_amount=18_250.5,
        subsidy_percent=80,
        decision_number="Af-2026-1",
        decision_start=date(2026, 9, 1),
        decision_end=date(2027, 8, 31),
        agreement_form=form,
        employer_of_record="Bageriet AB",
        municipal_cost=4_000.0,
        mentor_id=mentor.id,
        mentor_hours=2.5,
    )
    path = services.exports.write_placements(
        tmp_path / f"pl.{suffix}", with_identity_numbers=True, language=language
    ).path
    [row] = rows_of(path)
    subsidy_header = "Stödtyp" if language == "sv" else "Subsidy type"
    if language == "en":
        assert row[subsidy_header] == "Wage subsidy"  # the list's English name
        assert row["Mentor"] == "Eva Holm"

    make_participant(other, first_name="Åsa", last_name="Ärlig", personal_identity_number=ANNA)
    make_employer(other, name="Bageriet", organisation_number=ORG)
    sheet = read_sheet(path)
    result = other.imports.commit(
        ListKind.PLACEMENTS, sheet, guess_mapping(ListKind.PLACEMENTS, sheet.headers)
    )
    assert result.added == 1
    [imported] = other.placements.of_participant(other.participants.page()[0].id)
    original = services.placements.get(placement_id)
    assert {name: getattr(imported, name) for name in TERMS} == {
        name: getattr(original, name) for name in TERMS
    }
    assert imported.mentor_id is None  # a mentor is not read back: the file names no record


def test_bad_terms_are_refused_on_their_row(services: Services, tmp_path: Path) -> None:
    make_participant(services, first_name="Åsa", last_name="Ärlig", personal_identity_number=ANNA)
    make_employer(services, name="Bageriet", organisation_number=ORG)
    kind = services.settings.list_labels(ListName.PLACEMENT_TYPES)[0]
    path = tmp_path / "fel.csv"
    path.write_text(
        "Personnummer;Org.nr;Placeringstyp;Startdatum;Stödtyp;Stöd (kr per månad);"
        "Stöd (% av lönen);Beslut från;Beslut till;Avtalsform\n"
        f"{ANNA};{ORG};{kind};2026-11-02;Rymdstöd;;;;;\n"
        f"{ANNA};{ORG};{kind};2026-11-03;Lönebidrag;mycket;;;;\n"
        f"{ANNA};{ORG};{kind};2026-11-04;Lönebidrag;;150;;;\n"
        f"{ANNA};{ORG};{kind};2026-11-05;;;;2027-01-01;2026-12-01;\n"
        f"{ANNA};{ORG};{kind};2026-11-06;;;;;;Handslag\n"
        f"{ANNA};{ORG};{kind};2026-11-07;wage subsidy;12000;;31.12.2026;;\n",
        encoding="utf-8",
    )
    sheet = read_sheet(path)
    mapping = guess_mapping(ListKind.PLACEMENTS, sheet.headers)
    assert set(mapping.values()) >= {
        "subsidy_type",
        "subsidy_amount",
        "subsidy_percent",
        "decision_start",
        "decision_end",
        "agreement_form",
    }
    preview = services.imports.preview(ListKind.PLACEMENTS, sheet, mapping)
    fields = {row.number: [p.field for p in row.problems] for row in preview.rows}
    assert fields == {
        2: ["subsidy_type"],
        3: ["subsidy_amount"],
        4: ["subsidy_percent"],
        5: ["decision_end"],
        6: ["agreement_form"],
        7: [],
    }
    assert preview.rows[0].problems[0].message == importing.UNKNOWN_SUBSIDY_TYPE
    assert "Lönebidrag" in str(preview.rows[0].problems[0].params["types"])


def test_the_terms_columns_are_the_forms_terms_in_its_order() -> None:
    assert tuple(column.key for column in PLACEMENT_TERMS) == TERMS_FIELDS
