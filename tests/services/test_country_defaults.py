"""A database made for Denmark starts with the Danish lists and reporting table in place of the
Swedish ones, each entry named in Danish, English and Swedish; a Swedish one keeps what the
migrations seeded, which is the domain's Swedish defaults."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ambassador.domain.country import DENMARK, SWEDEN
from ambassador.domain.country_defaults import DANISH_LISTS, SWEDISH_LISTS
from ambassador.domain.enums import ListName
from ambassador.domain.errors import RuleViolationError
from ambassador.domain.reporting_systems import ReportingSystem, default_mappings, systems_of
from ambassador.services.bundle import Services
from tests.factories import make_participant


def test_a_new_database_holds_the_domains_swedish_lists(services: Services) -> None:
    # The migrations seed their own frozen copy; the two must not drift apart.
    for name, entries in SWEDISH_LISTS.items():
        assert services.settings.list_labels(name) == [entry.label for entry in entries]
        for language in ("sv", "en"):
            names = services.settings.list_names(language)
            assert [names.name(name, e.label) for e in entries] == [
                e.names[language] for e in entries
            ]


def test_a_database_made_for_denmark_has_the_danish_lists_named_in_each_language(
    services: Services,
) -> None:
    services.settings.set_country(DENMARK)

    for name, entries in DANISH_LISTS.items():
        assert services.settings.list_labels(name) == [entry.label for entry in entries]
    danish = services.settings.list_names("da")
    english = services.settings.list_names("en")
    swedish = services.settings.list_names("sv")
    kind = ListName.PLACEMENT_TYPES
    assert danish.name(kind, "Virksomhedspraktik") == "Virksomhedspraktik"
    assert english.name(kind, "Virksomhedspraktik") == "Work placement"
    assert swedish.name(kind, "Fleksjob") == "Flexjobb"
    assert english.name(ListName.REFERRAL_SOURCES, "A-kasse") == "Unemployment insurance fund"
    assert english.name(ListName.NOTE_KINDS, "Virksomhedsbesøg") == "Workplace visit"
    # No Swedish entry is left, active or not.
    labels = services.settings.list_labels(ListName.NOTE_KINDS)
    assert "Arbetsplatsbesök" not in labels
    entries = services.settings.list_entries(ListName.ENDING_REASONS, "en")
    assert [entry.name for entry in entries][:2] == ["Ill health", "Lack of motivation"]


def test_a_database_made_for_denmark_reports_to_the_region_alone(
    services: Services,
) -> None:
    services.settings.set_country(DENMARK)

    region = ReportingSystem.DK_REGION
    assert services.report_mappings.mappings(region) == default_mappings(region)
    for system in systems_of(SWEDEN):
        assert services.report_mappings.mappings(system) == []
    # The Danish ending reasons are the reasons the table maps.
    assert set(services.report_mappings.reasons()) == {
        entry.label for entry in DANISH_LISTS[ListName.ENDING_REASONS]
    }


def test_the_danish_lists_are_edited_like_the_swedish(
    services: Services,
) -> None:
    services.settings.set_country(DENMARK)
    labels = services.settings.list_labels(ListName.PLACEMENT_TYPES)
    services.settings.save_list(ListName.PLACEMENT_TYPES, [*labels, "Jobrotation"])
    assert services.settings.list_labels(ListName.PLACEMENT_TYPES)[-1] == "Jobrotation"


def test_the_country_lists_are_refused_once_someone_is_registered(services: Services) -> None:
    make_participant(services)
    with pytest.raises(RuleViolationError):
        services.settings.set_country(DENMARK)
    assert services.settings.list_labels(ListName.PLACEMENT_TYPES)[0] == "Arbetsprövning"
    assert services.report_mappings.mappings(ReportingSystem.DK_REGION) == []


def test_making_a_database_swedish_again_brings_back_the_swedish_defaults(
    services: Services,
) -> None:
    services.settings.set_country(DENMARK)
    services.settings.set_country(SWEDEN)
    for name, entries in SWEDISH_LISTS.items():
        assert services.settings.list_labels(name) == [entry.label for entry in entries]
    assert services.settings.list_names("en").name(ListName.NOTE_KINDS, "Annat") == "Other"
    for system in ReportingSystem:
        expected = default_mappings(system) if system in systems_of(SWEDEN) else []
        assert services.report_mappings.mappings(system) == expected


def test_a_country_changed_in_the_settings_brings_its_lists(services: Services) -> None:
    settings = services.settings.get()
    edited = {ListName.NOTE_KINDS: services.settings.list_entries(ListName.NOTE_KINDS, "sv")}
    services.settings.save(replace(settings, country=DENMARK), edited, language="sv")

    assert services.settings.list_labels(ListName.NOTE_KINDS)[0] == "Virksomhedsbesøg"
    assert services.report_mappings.mappings(ReportingSystem.SUS) == []
