"""A Danish sheet's headers and words are recognised on import: every column by its header as
the Danish and Swedish catalogues write it (so a list exported in Danish reads back), the
headers Danish coordinators use ("CPR", "Virksomhed", "Henvisningskilde"), and the closed
vocabularies' Danish words (kvinde, mand, K, M)."""

from __future__ import annotations

import pytest

from ambassador import paths
from ambassador.catalog import Catalog
from ambassador.domain.enums import AgreementStatus, ContactRole, Gender, Outcome, Sector
from ambassador.domain.exports import ListKind
from ambassador.domain.plan import FollowUpPlan, Phase, describe_plan
from ambassador.domain.vocabulary import LABELS, LABELS_CONTEXT
from ambassador.interchange.columns import (
    COLUMNS_CONTEXT,
    IMPORT_COLUMNS,
    guess_mapping,
    missing_columns,
    normalise_header,
)
from ambassador.interchange.records import plan_from_words
from ambassador.interchange.values import AGREEMENTS, GENDERS, OUTCOMES, ROLES, SECTORS


@pytest.mark.parametrize("language", ["da", "sv"])
def test_every_column_is_recognised_by_its_translated_header(language: str) -> None:
    catalog = Catalog.load(language, paths.translations_dir())
    for kind, columns in IMPORT_COLUMNS.items():
        for column in columns:
            header = catalog(COLUMNS_CONTEXT, column.header)
            assert normalise_header(header) in column.aliases, (kind, column.key, header)


@pytest.mark.parametrize("kind", list(IMPORT_COLUMNS))
def test_a_list_exported_in_danish_maps_every_column_back(kind: ListKind) -> None:
    catalog = Catalog.load("da", paths.translations_dir())
    columns = IMPORT_COLUMNS[kind]
    headers = [catalog(COLUMNS_CONTEXT, column.header) for column in columns]
    mapping = guess_mapping(kind, headers)
    # The placements list names the participant and employer, not their parts.
    read = {key for key in mapping.values()}
    assert {c.key for c in columns} - read <= {"first_name", "last_name", "name"}


def test_a_danish_participants_sheet() -> None:
    headers = [
        "Fornavn", "Efternavn", "CPR-nummer", "Køn", "Telefon", "E-mail", "Adresse",
        "Henvist af", "Henvisningsdato", "Sprog", "Behov for tolk",
    ]  # fmt: skip
    mapping = guess_mapping(ListKind.PARTICIPANTS, headers)
    assert [mapping[i] for i in range(len(headers))] == [
        "first_name", "last_name", "personal_identity_number", "gender", "phone", "email",
        "address", "referral_source", "referral_date", "language", "interpreter_needed",
    ]  # fmt: skip
    assert missing_columns(ListKind.PARTICIPANTS, mapping) == []
    short = guess_mapping(ListKind.PARTICIPANTS, ["Navn", "CPR", "Henvisningskilde"])
    assert list(short.values()) == ["full_name", "personal_identity_number", "referral_source"]


def test_a_danish_employers_sheet() -> None:
    headers = [
        "Virksomhed", "CVR-nummer", "Sektor", "Branche", "Adresse", "Aftale", "Kontaktperson",
        "Telefon", "E-mail",
    ]  # fmt: skip
    mapping = guess_mapping(ListKind.EMPLOYERS, headers)
    assert list(mapping.values()) == [
        "name", "organisation_number", "sector", "industry", "address", "agreement_status",
        "contact_name", "contact_phone", "contact_email",
    ]  # fmt: skip
    assert guess_mapping(ListKind.EMPLOYERS, ["Firma", "CVR"]) == {
        0: "name",
        1: "organisation_number",
    }


def test_a_danish_placements_sheet() -> None:
    headers = [
        "CPR", "Virksomhed", "CVR-nr", "Forløbstype", "Startdato", "Slutdato", "Kontaktperson",
        "Timer pr. uge", "Afslutningsårsag", "Afsluttet",
    ]  # fmt: skip
    mapping = guess_mapping(ListKind.PLACEMENTS, headers)
    assert list(mapping.values()) == [
        "personal_identity_number", "name", "organisation_number", "placement_type",
        "start_date", "planned_end_date", "supervisor_name", "hours_per_week", "ending_reason",
        "ended_on",
    ]  # fmt: skip
    assert missing_columns(ListKind.PLACEMENTS, mapping) == []


def test_danish_words_of_the_closed_vocabularies() -> None:
    assert GENDERS.parse("Kvinde") is Gender.WOMAN
    assert GENDERS.parse("K") is Gender.WOMAN
    assert GENDERS.parse("mand") is Gender.MAN
    assert GENDERS.parse("M") is Gender.MAN
    assert GENDERS.parse("andet") is Gender.OTHER
    assert SECTORS.parse("Kommune") is Sector.MUNICIPAL
    assert AGREEMENTS.parse("Samarbejdsaftale") is AgreementStatus.PARTNERSHIP
    assert ROLES.parse("Leder") is ContactRole.MANAGER
    assert OUTCOMES.parse("Fleksjob") is Outcome.SUBSIDISED_EMPLOYMENT
    # A message still suggests the Swedish word first.
    assert GENDERS.suggested[0] == "kvinna"


@pytest.mark.parametrize("language", ["da", "sv", "en"])
def test_every_label_the_program_writes_reads_back(language: str) -> None:
    catalog = Catalog.load(language, paths.translations_dir()) if language != "en" else None
    for vocabulary in (GENDERS, SECTORS, AGREEMENTS, ROLES, OUTCOMES):
        for member in vocabulary.enum:
            source = LABELS[member]
            written = catalog(LABELS_CONTEXT, source) if catalog else source
            assert vocabulary.parse(written) is member, (language, member, written)


@pytest.mark.parametrize(
    "plan",
    [
        FollowUpPlan.uniform(14, 20),
        FollowUpPlan((Phase(7, 4, 10), Phase(14, 8, 18), Phase(30, None, 35))),
        FollowUpPlan((Phase(1, 1, 3), Phase(7, None, 10))),
    ],
)
def test_a_plan_described_in_danish_reads_back(plan: FollowUpPlan) -> None:
    catalog = Catalog.load("da", paths.translations_dir())
    text = describe_plan(plan, catalog, with_silence=True)
    assert plan_from_words(text, 14) == plan, text
