"""Tasks as an import kind: rows of employer (organisation number, else exact name), task,
category and requirements; unknown employers and list entries refused per row; an employer's
task of the same name updated (its id and the placements covering it kept), never doubled;
all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from ambassador.domain.errors import RuleViolationError
from ambassador.domain.exports import ListKind
from ambassador.domain.tasks import EmployerTask
from ambassador.services.bundle import Services
from ambassador.services.importing import (
    SAME_AS_ROW,
    TASK_UPDATED,
    UNKNOWN_CATEGORY,
    UNKNOWN_EMPLOYER,
    UNKNOWN_REQUIREMENT,
    RowStatus,
    guess_mapping,
    missing_columns,
)
from tests.factories import employer_fields, make_organisation_number, make_placement, without_ids

LAGER = "Lager och logistik"
LYFT = "Tunga lyft"
NUMBER = make_organisation_number(11)


def sheet_file(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "uppgifter.csv"
    path.write_text("\n".join(["Arbetsgivare;Org.nr;Uppgift;Kategori;Krav", *rows]) + "\n")
    return path


def registered(services: Services) -> tuple[int, int, int]:
    lager = services.employers.create(
        employer_fields(name="Lagerhuset AB", organisation_number=NUMBER),
        [EmployerTask(title="Plocka varor", category=LAGER)],
    ).employer.id
    kok = services.employers.create(
        employer_fields(name="Köket i Åsen", organisation_number=None)
    ).employer.id
    plocka = services.employers.tasks(lager)[0].id
    assert plocka is not None
    return lager, kok, plocka


def test_a_sheet_of_tasks_is_previewed_row_by_row_and_committed(
    services: Services, tmp_path: Path
) -> None:
    lager, kok, plocka = registered(services)
    placement = make_placement(services, employer_id=lager, task_ids=(plocka,))
    path = sheet_file(
        tmp_path,
        f"Fel namn;{NUMBER};PLOCKA  varor;Warehouse and logistics;Tunga lyft; Kundkontakt",
        ";;Packa;Lager och logistik;",
        "Köket i Åsen;;Diska;Kök och restaurang;Heavy lifting",
        "Köket i Åsen;;Diska;;",
        "Okänt AB;;Städa;;",
        "Köket i Åsen;;Laga mat;Rymdfart;",
        "Köket i Åsen;;Servera;;Flyga",
    )
    sheet = services.imports.read(path)
    mapping = guess_mapping(ListKind.TASKS, sheet.headers)
    assert sorted(mapping.values()) == [
        "category",
        "name",
        "organisation_number",
        "requirements",
        "title",
    ]
    assert missing_columns(ListKind.TASKS, mapping) == []
    preview = services.imports.preview(ListKind.TASKS, sheet, mapping)
    # Row 2: the organisation number wins over a name that is not the employer's; its
    # cell after the requirements has no heading and is not read.
    assert [(r.number, r.status) for r in preview.rows] == [
        (2, RowStatus.UPDATED),
        (3, RowStatus.BAD),  # no employer named
        (4, RowStatus.NEW),
        (5, RowStatus.BAD),
        (6, RowStatus.BAD),
        (7, RowStatus.BAD),
        (8, RowStatus.BAD),
    ]
    assert preview.rows[0].problems[0].message == TASK_UPDATED
    assert [(p.field, p.message) for p in preview.rows[3].problems] == [("title", SAME_AS_ROW)]
    assert [p.message for p in preview.rows[4].problems] == [UNKNOWN_EMPLOYER]
    assert [p.message for p in preview.rows[5].problems] == [UNKNOWN_CATEGORY]
    assert [p.message for p in preview.rows[6].problems] == [UNKNOWN_REQUIREMENT]

    with pytest.raises(RuleViolationError):
        services.imports.commit(ListKind.TASKS, sheet, mapping)
    assert len(services.employers.tasks(lager)) == 1 and services.employers.tasks(kok) == []

    result = services.imports.commit(ListKind.TASKS, sheet, mapping, leave_out_bad=True)
    assert result.added == 2 and result.changes.employers == {lager, kok}
    (updated,) = services.employers.tasks(lager)
    assert (updated.id, updated.title, updated.category, updated.requirements) == (
        plocka,
        "Plocka varor",
        LAGER,
        (LYFT,),
    )
    assert services.placements.get(placement).task_ids == (plocka,)
    assert without_ids(services.employers.tasks(kok)) == [
        EmployerTask(title="Diska", category="Kök och restaurang", requirements=(LYFT,))
    ]
    kinds = [(e.action, e.detail, e.count) for e in services.audit.recent()]
    assert ("import", "tasks", 2) in kinds


def test_an_exported_task_list_reads_back_as_updates(services: Services, tmp_path: Path) -> None:
    lager, _kok, _plocka = registered(services)
    services.employers.update(
        lager,
        employer_fields(name="Lagerhuset AB", organisation_number=NUMBER),
        [
            *services.employers.tasks(lager),
            EmployerTask(title="Köra truck", requirements=(LYFT, "Körkort B")),
        ],
    )
    before = services.employers.tasks(lager)
    path = tmp_path / "tasks.xlsx"
    services.exports.write_tasks(path, language="en")
    sheet = services.imports.read(path)
    mapping = guess_mapping(ListKind.TASKS, sheet.headers)
    preview = services.imports.preview(ListKind.TASKS, sheet, mapping)
    assert [r.status for r in preview.rows] == [RowStatus.UPDATED] * 2
    services.imports.commit(ListKind.TASKS, sheet, mapping)
    assert services.employers.tasks(lager) == before
