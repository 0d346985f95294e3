"""The reporting maps stored and edited, the statistics read in a system's categories, and the
outcome sentences read from the store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ambassador.domain.audit import AuditAction
from ambassador.domain.country import SWEDEN
from ambassador.domain.documents import Letterhead
from ambassador.domain.enums import Gender, Outcome
from ambassador.domain.errors import ValidationError
from ambassador.domain.figures import Period
from ambassador.domain.outcome_check import FollowUpResult
from ambassador.domain.reporting_systems import (
    ReportingSystem,
    ReportMapping,
    SourceKind,
    default_mappings,
    systems_of,
)
from ambassador.services.bundle import Services
from ambassador.services.statistics_report import gather_statistics
from ambassador.storage.database import Database
from tests.factories import make_ended_placement
from tests.pdfs import pdf_words

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))
SUS, ESF = ReportingSystem.SUS, ReportingSystem.ESF
W, M = Gender.WOMAN, Gender.MAN


@pytest.mark.parametrize("system", systems_of(SWEDEN))
def test_a_new_database_holds_the_domain_defaults(
    services: Services, system: ReportingSystem
) -> None:
    # The migration seeds its own copy of the table; the two must not drift apart.
    assert services.report_mappings.mappings(system) == default_mappings(system)


def test_a_changed_category_is_saved_and_audited(services: Services) -> None:
    mappings = services.report_mappings.mappings(SUS)
    changed = [
        ReportMapping(SUS, m.kind, m.source, "Avbrott – sjukdom")
        if (m.kind, m.source) == (SourceKind.REASON, "Ohälsa")
        else m
        for m in mappings
    ]
    services.report_mappings.save(SUS, changed)
    assert services.report_mappings.mappings(SUS) == changed
    entries = [e for e in services.audit.recent() if e.action is AuditAction.SETTINGS]
    assert [e.detail for e in entries] == ["report_mappings:sus"]
    # Saving the same again changes nothing and logs nothing.
    services.report_mappings.save(SUS, changed)
    assert len([e for e in services.audit.recent() if e.action is AuditAction.SETTINGS]) == 1


def test_an_empty_category_unmaps_and_reset_restores(services: Services) -> None:
    mappings = services.report_mappings.mappings(ESF)
    services.report_mappings.save(
        ESF, [ReportMapping(ESF, m.kind, m.source, "") for m in mappings[:2]] + mappings[2:]
    )
    assert len(services.report_mappings.mappings(ESF)) == len(mappings) - 2
    services.report_mappings.reset(ESF)
    assert services.report_mappings.mappings(ESF) == default_mappings(ESF)
    # The other systems are untouched.
    assert services.report_mappings.mappings(SUS) == default_mappings(SUS)


def test_a_wrong_row_saves_nothing(services: Services) -> None:
    before = services.report_mappings.mappings(SUS)
    with pytest.raises(ValidationError):
        services.report_mappings.save(
            SUS, [*before, ReportMapping(SUS, SourceKind.OUTCOME, "promotion", "Arbete")]
        )
    assert services.report_mappings.mappings(SUS) == before


def fill(services: Services) -> list[int]:
    """2026: a woman employed (in work at 90 days), a man ended early for ill health (none at
    90 days), a woman ended early for a job elsewhere (check not answered)."""
    return [
        make_ended_placement(services, W, Outcome.EMPLOYMENT, result=FollowUpResult.WORK),
        make_ended_placement(
            services, M, Outcome.ENDED_EARLY, reason="Ohälsa", result=FollowUpResult.NONE
        ),
        make_ended_placement(services, W, Outcome.ENDED_EARLY, reason="Fick arbete på annat håll"),
    ]


def test_statistics_in_a_systems_categories(services: Services, database: Database) -> None:
    fill(services)
    with database.read() as uow:
        report = gather_statistics(uow, YEAR, Letterhead("K"), date(2026, 11, 24), SUS)
    found = report.statistics.breakdown
    assert found is not None
    # SUS: employment and "got work elsewhere" are both Arbete (2 women); ill health its own.
    assert [(c, s.by_gender) for c, s in found.ended] == [
        ("Arbete", {W: 2}),
        ("Avbrott – ohälsa", {M: 1}),
    ]
    assert [(c, s.by_gender) for c, s in found.after_90] == [
        ("Arbete", {W: 1}),
        ("Ingen sysselsättning", {M: 1}),
    ]
    after = report.statistics.after_90
    assert after is not None and after.not_recorded.by_gender == {W: 1}


def test_a_changed_category_shows_in_the_next_statistics(
    services: Services, database: Database
) -> None:
    fill(services)
    services.report_mappings.save(
        SUS,
        [
            ReportMapping(SUS, m.kind, m.source, "Avbrott – sjukdom") if m.source == "Ohälsa" else m
            for m in services.report_mappings.mappings(SUS)
        ],
    )
    with database.read() as uow:
        report = gather_statistics(uow, YEAR, Letterhead("K"), date(2026, 11, 24), SUS)
    assert report.statistics.breakdown is not None
    assert ("Avbrott – sjukdom", 1) in [(c, s.total) for c, s in report.statistics.breakdown.ended]


def test_a_trashed_placements_check_is_not_counted(services: Services, database: Database) -> None:
    ids = fill(services)
    services.placements.delete(ids[0])
    with database.read() as uow:
        facts = uow.overview.outcome_check_facts(YEAR)
    assert sorted(f.placement_id for f in facts) == sorted(ids[1:])
    assert {f.placement_id: f.result for f in facts} == {
        ids[1]: FollowUpResult.NONE,
        ids[2]: None,
    }


def test_the_printed_report_in_a_systems_breakdown(services: Services, tmp_path: Path) -> None:
    fill(services)
    path = tmp_path / "s.pdf"
    services.documents.write_statistics(YEAR, path, "en", ESF)
    text = pdf_words(path)
    assert "Breakdown: ESF participant reporting" in text
    assert "In the categories of ESF participant reporting" in text
    assert "I arbete, inkl. egenföretagare" in text
    assert "Avbrott – ohälsa" in text
    # The program's own breakdown names no system.
    own = tmp_path / "own.pdf"
    services.documents.write_statistics(YEAR, own, "en")
    assert "In the categories of" not in pdf_words(own)
    assert "What the placements that ended led to after 90 days" in pdf_words(own)


def test_sentences_from_the_store(services: Services) -> None:
    fill(services)
    lines = services.sentences.text(YEAR, lambda c, s, n=None: s, "en")
    assert lines == ["Fewer than 5 placements ended in the period, too few to show their outcomes."]
