"""The tasks a placement covers on paper: the agreement and the summary list them under Tasks
(the category in the reader's words), the register extract beside the placement's tasks."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ambassador.domain.tasks import EmployerTask
from ambassador.reporting.agreement import render_agreement
from ambassador.reporting.extract import render_extract
from ambassador.reporting.summary import render_summary
from ambassador.services.bundle import Services
from tests.factories import employer_fields, make_placement
from tests.pdfs import pdf_words
from tests.reporting.test_agreement import agreement
from tests.reporting.test_extract import english, full_extract, words_of
from tests.reporting.test_summary import ENGLISH, flat, read, summary, terms

PLOCKA = EmployerTask(title="Plocka varor", category="Lager och logistik", id=4)
DISKA = EmployerTask(title="Diska", id=5)


def test_the_agreement_lists_the_tasks_covered_before_the_text() -> None:
    covered = terms(covered_tasks=(PLOCKA, DISKA))
    words = flat(read(render_agreement(agreement(covered), ENGLISH)))
    # Without the organisation's lists at hand the category is its label.
    tasks = words.index(flat("Plocka varor (Lager och logistik)"))
    assert words.index("Diska") > tasks
    assert words.index(flat("Disk och förberedelser")) > words.index("Diska")


def test_an_agreement_without_tasks_or_text_says_not_recorded() -> None:
    words = flat(read(render_agreement(agreement(terms(tasks="")), ENGLISH)))
    after_tasks = words[words.index("Tasks") :]
    assert after_tasks.startswith(flat("Tasks Not recorded"))
    only_covered = agreement(terms(tasks="", covered_tasks=(DISKA,)))
    words = flat(read(render_agreement(only_covered, ENGLISH)))
    assert flat("Tasks • Diska") in words and flat("Tasks Not recorded") not in words


def test_the_summary_lists_them_too() -> None:
    words = flat(read(render_summary(summary(terms=terms(covered_tasks=(DISKA,))), ENGLISH)))
    assert "Diska" in words


def test_the_register_extract_names_the_tasks_each_placement_covered() -> None:
    base = full_extract()
    placement = replace(base.placements[0], task_ids=(4, 5))
    extract = replace(base, placements=[placement], tasks={4: PLOCKA, 5: DISKA})
    text = words_of(render_extract(extract, english()))
    assert "Tasks covered Plocka varor (Lager och logistik) Diska" in text


def test_the_agreement_written_by_the_service_names_the_placements_tasks(
    services: Services, tmp_path: Path
) -> None:
    saved = services.employers.create(
        employer_fields(name="Lagerhuset", organisation_number=None),
        [
            EmployerTask(title="Plocka varor"),
            EmployerTask(title="Köra truck", category="Lager och logistik"),
        ],
    )
    task_ids = [t.id for t in services.employers.tasks(saved.employer.id) if t.id is not None]
    placement_id = make_placement(services, employer_id=saved.employer.id, task_ids=(task_ids[1],))
    path = tmp_path / "avtal.pdf"
    services.documents.write_agreement(placement_id, path, language="en")
    # The category in the reader's words, from the organisation's list.
    assert "Köra truck (Warehouse and logistics)" in pdf_words(path)
    assert "Plocka varor" not in pdf_words(path)

    participant_id = services.placements.get(placement_id).participant_id
    extract = tmp_path / "utdrag.pdf"
    services.documents.write_register_extract(participant_id, extract, language="en")
    assert "Tasks covered Köra truck (Warehouse and logistics)" in pdf_words(extract)


def test_a_line_of_the_text_naming_a_listed_task_is_not_printed_twice() -> None:
    covered = terms(covered_tasks=(DISKA,), tasks="Diska\nBära ut soporna")
    words = flat(read(render_agreement(agreement(covered), ENGLISH)))
    assert words.count("Diska") == 1 and flat("Bära ut soporna") in words
