"""The register extract read back from the PDF: every stored field there, empty sections said
in words, long notes flowing onto further pages."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, datetime

from pypdf import PdfReader

from ambassador.catalog import Catalog
from ambassador.domain import documents
from ambassador.domain.change_log import ChangeAction, ChangeEntry
from ambassador.domain.documents import ExportRecord, Letterhead, RegisterExtract
from ambassador.domain.enums import (
    CheckInStatus,
    ConsentScope,
    Gender,
    Outcome,
    Respondent,
    WithWhom,
)
from ambassador.domain.followup import CheckIn, Feedback, Note
from ambassador.domain.participant import Consent, Participant
from ambassador.domain.placement import Ending, Placement
from ambassador.reporting.extract import render_extract
from ambassador.reporting.words import Words
from tests.factories import make_identity_number

CREATED = datetime(2026, 3, 2, 10, 15)
ADDED = ChangeAction.INSERT
NUMBER = make_identity_number(date(1990, 5, 6))


def english() -> Words:
    return Words(Catalog("en"), "en")


def words_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def full_extract(**overrides: object) -> RegisterExtract:
    """One person with something in every section, a trashed note and feedback included."""
    person = Participant(
        id=7,
        first_name="Zeynep",
        last_name="Öberg",
        personal_identity_number=NUMBER,
        gender=Gender.WOMAN,
        phone="070-000 00 01",
        email="zeynep@example.org",
        address="Storgatan 1, 123 45 Småstad",
        referral_source="Arbetsförmedlingen",
        referral_date=date(2026, 2, 20),
        referral_reference="AF-2026-118",
        language="turkiska",
        interpreter_needed=True,
        needs_and_adaptations="Behöver skriftliga instruktioner",
        strengths="Noggrann",
        interests="Lager och logistik",
        goals="Fast anställning",
        created_at=CREATED,
        updated_at=CREATED,
    )
    placement = Placement(
        id=11,
        participant_id=7,
        employer_id=3,
        placement_type="Arbetsträning",
        start_date=date(2026, 4, 1),
        planned_end_date=date(2026, 9, 30),
        unit="Lagret, Norra",
        supervisor_id=5,
        hours_per_week=20.0,
        purpose="Prova lagerarbete",
        goals="Klara plock på egen hand",
        tasks="Plock och packning",
        support="Fasta rutiner",
        compensation="Handledararvode",
        ending=Ending(ended_on=date(2026, 9, 30), outcome=Outcome.EMPLOYMENT, reason="Anställd"),
        created_at=CREATED,
        updated_at=CREATED,
    )
    note = Note(
        id=21,
        participant_id=7,
        placement_id=11,
        occurred_at=datetime(2026, 5, 4, 13, 0),
        kind="Arbetsplatsbesök",
        with_whom=WithWhom.BOTH,
        text="Intern oro för boendet",
        created_at=CREATED,
    )
    trashed = replace(
        note, id=22, text="Raderad anteckning", deleted_at=datetime(2026, 11, 20, 8, 0)
    )
    feedback = Feedback(
        id=31,
        placement_id=11,
        given_on=date(2026, 6, 1),
        respondent=Respondent.EMPLOYER,
        contact_id=5,
        attendance=4,
        felt_supported=5,
        could_consider_hiring=True,
        strengths="Punktlig",
        areas_to_develop="Tempo",
        created_at=CREATED,
    )
    own_answer = replace(
        feedback, id=32, respondent=Respondent.PARTICIPANT, contact_id=None, strengths="Bra stöd"
    )
    extract = RegisterExtract(
        letterhead=Letterhead("Småstads kommun", "Anna Ambassadör"),
        participant=person,
        consents=[
            Consent(
                id=41,
                participant_id=7,
                scope=ConsentScope.SHARE_NEEDS_WITH_EMPLOYER,
                employer_id=3,
                given_on=date(2026, 3, 15),
                withdrawn_on=date(2026, 10, 1),
            )
        ],
        placements=[placement],
        employer_names={3: "Lagerbolaget AB"},
        contact_names={5: "Kerstin Lind"},
        notes=[note, trashed],
        check_ins=[
            CheckIn(
                id=51,
                placement_id=11,
                scheduled_at=datetime(2026, 5, 4, 13, 0),
                kind="Trepartssamtal",
                status=CheckInStatus.DONE,
            )
        ],
        feedback=[feedback, own_answer],
        exports=[
            ExportRecord(
                at=datetime(2026, 6, 2, 9, 30),
                kind=documents.SUMMARY,
                subject_kind="placement",
                subject_ids=(11,),
                file_path="/home/anna/Dokument/uppfoljning-zeynep.pdf",
                row_count=1,
            ),
            ExportRecord(
                at=datetime(2026, 7, 1, 9, 30),
                kind="csv_from_the_future",
                subject_kind="participant",
                subject_ids=(7,),
                file_path="/home/anna/export.csv",
                row_count=12,
            ),
        ],
        printed_on=date(2026, 11, 24),
    )
    return replace(extract, **overrides)  # type: ignore[arg-type]


def test_extract_shows_every_stored_field_unmasked() -> None:
    text = words_of(render_extract(full_extract(), english()))
    for expected in (
        "Register extract",
        "This extract shows all data stored about you in Ambassador on 2026-11-24",
        "Zeynep Öberg",
        NUMBER[:8],  # the full number, birth date and all, not the masked form
        NUMBER[-4:],
        "070-000 00 01",
        "zeynep@example.org",
        "Storgatan 1",
        "AF-2026-118",
        "turkiska",
        "Behöver skriftliga instruktioner",
        "Noggrann",
        "Lager och logistik",
        "Fast anställning",
        "Lagerbolaget AB",
        "Lagret, Norra",
        "Kerstin Lind",
        "Arbetsträning",
        "Prova lagerarbete",
        "Klara plock på egen hand",
        "Plock och packning",
        "Fasta rutiner",
        "Handledararvode",
        "Anställd",
        "Trepartssamtal",
        "2026-03-15",
        "2026-10-01",
        "Intern oro för boendet",
        "Raderad anteckning",
        "in the trash since 2026-11-20",
        "internal",
        "Punktlig",
        "Tempo",
        "Bra stöd",
        "Follow-up summary for the employer",
        "uppfoljning-zeynep.pdf",
        "csv_from_the_future",  # a kind this version does not know prints as stored
    ):
        assert expected in text, expected


def test_extract_says_so_when_a_section_is_empty() -> None:
    extract = full_extract(
        consents=[], placements=[], notes=[], check_ins=[], feedback=[], exports=[]
    )
    text = words_of(render_extract(extract, english()))
    for expected in (
        "No consents recorded.",
        "No placements.",
        "No notes.",
        "No feedback.",
        "None before this extract.",
    ):
        assert expected in text, expected


def test_extract_flows_a_long_note_across_pages() -> None:
    long_text = "\n\n".join(f"Stycke {i}: " + "lång anteckning " * 60 for i in range(12))
    note = replace(full_extract().notes[0], text=long_text)
    pdf = render_extract(full_extract(notes=[note]), english())
    text = words_of(pdf)
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 3
    assert "Stycke 0:" in text and "Stycke 11:" in text


def test_extract_marks_a_trashed_person() -> None:
    person = replace(full_extract().participant, deleted_at=datetime(2026, 11, 10, 8, 0))
    text = words_of(render_extract(full_extract(participant=person), english()))
    assert "In the trash" in text and "Since 2026-11-10" in text


def test_extract_says_who_printed_and_who_changed_the_persons_records() -> None:
    printed = replace(full_extract().exports[0], user_name="anna.berg")
    extract = full_extract(
        exports=[printed],
        changes=[
            ChangeEntry(datetime(2026, 3, 2, 10, 15), "anna.berg", "participants", 7, ADDED),
            ChangeEntry(datetime(2026, 5, 4, 14, 0), "bo.ek", "notes", 31, ChangeAction.UPDATE),
        ],
    )
    text = words_of(render_extract(extract, english()))
    assert "Changes to your records" in text
    for expected in ("anna.berg", "bo.ek", "Participant", "Added", "Note", "Changed", "By"):
        assert expected in text


def test_an_extract_from_a_file_names_no_one_the_log_cannot() -> None:
    file_change = ChangeEntry(datetime(2026, 3, 2, 10, 15), "", "participants", 7, ADDED)
    text = words_of(render_extract(full_extract(changes=[file_change]), english()))
    assert "Changes to your records" in text and "Added" in text and "By" not in text
    none = words_of(render_extract(full_extract(), english()))
    assert "No changes are logged." in none
