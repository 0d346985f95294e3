"""The default lists and reporting systems by country: the same lists for both countries, each
Danish entry named in Danish, English and Swedish, and the Danish region's table mapping every
Danish ending reason."""

from __future__ import annotations

from ambassador.domain.country import DENMARK, SWEDEN
from ambassador.domain.country_defaults import (
    DANISH_LISTS,
    SWEDISH_LISTS,
    default_labels,
    default_lists,
)
from ambassador.domain.enums import ListName, Outcome
from ambassador.domain.outcome_check import FollowUpResult
from ambassador.domain.reporting_systems import (
    SYSTEM_LABELS,
    ReportingSystem,
    ReportMap,
    SourceKind,
    default_mappings,
    systems_of,
)


def test_both_countries_fill_every_list() -> None:
    assert set(SWEDISH_LISTS) == set(DANISH_LISTS) == set(ListName)


def test_each_danish_entry_is_named_in_danish_english_and_swedish_once() -> None:
    for entries in DANISH_LISTS.values():
        labels = [entry.label for entry in entries]
        assert len(set(labels)) == len(labels)
        for entry in entries:
            assert set(entry.names) == {"da", "en", "sv"}
            assert entry.names["da"] == entry.label
            assert all(name.strip() == name and name for name in entry.names.values())
        for language in ("da", "en", "sv"):
            names = [entry.names[language] for entry in entries]
            assert len(set(names)) == len(names)


def test_the_lists_are_chosen_by_country_and_an_unknown_one_is_swedish() -> None:
    assert default_lists(DENMARK) is DANISH_LISTS
    assert default_lists(SWEDEN) is SWEDISH_LISTS
    assert default_lists("no") is SWEDISH_LISTS
    assert "Virksomhedspraktik" in default_labels(DENMARK, ListName.PLACEMENT_TYPES)
    assert "Jobcenter" in default_labels(DENMARK, ListName.REFERRAL_SOURCES)
    assert default_labels(SWEDEN, ListName.NOTE_KINDS)[0] == "Arbetsplatsbesök"


def test_denmark_reports_to_the_region_and_sweden_to_its_three_systems() -> None:
    assert systems_of(DENMARK) == (ReportingSystem.DK_REGION,)
    assert ReportingSystem.DK_REGION not in systems_of(SWEDEN)
    assert systems_of("no") == systems_of(SWEDEN)
    assert set(systems_of(SWEDEN)) | set(systems_of(DENMARK)) == set(ReportingSystem)
    assert set(SYSTEM_LABELS) == set(ReportingSystem)


def test_the_regions_table_counts_into_work_education_or_still_on_benefits() -> None:
    region = ReportMap.of(ReportingSystem.DK_REGION, default_mappings(ReportingSystem.DK_REGION))
    reasons = {m.source for m in default_mappings(ReportingSystem.DK_REGION)}
    assert set(default_labels(DENMARK, ListName.ENDING_REASONS)) <= reasons
    assert region.category_of_ending(Outcome.EMPLOYMENT) == "I arbejde"
    assert region.category_of_ending(Outcome.STUDIES) == "I uddannelse"
    assert region.category_of_ending(Outcome.NO_OCCUPATION) == ("Fortsat på offentlig forsørgelse")
    # Work found elsewhere is no drop-out for the region.
    assert region.category_of_ending(Outcome.ENDED_EARLY, "Fik job andetsteds") == "I arbejde"
    assert region.category_of_ending(Outcome.ENDED_EARLY, "Sygdom") == "Afbrudt – sygdom"
    assert region.category_of_result(FollowUpResult.NONE) == "Fortsat på offentlig forsørgelse"
    assert region.category_order(SourceKind.AFTER_90)[:2] == ["I arbejde", "I uddannelse"]
