"""A new database's editable lists and reporting tables, made the organisation's country's.

The migrations seed every database with the Swedish lists and reporting systems; a database
made for Denmark gets the Danish ones in their place (domain/country_defaults.py,
domain/reporting_systems.py) when its country is chosen, before anything is recorded.
"""

from __future__ import annotations

from ambassador.domain.country_defaults import default_lists
from ambassador.domain.reporting_systems import ReportingSystem, default_mappings, systems_of
from ambassador.storage.unit_of_work import UnitOfWork


def apply_country_defaults(uow: UnitOfWork, country: str) -> None:
    """The default lists and reporting tables of `country` ("se", "dk") in place of what the
    database holds, inside the caller's transaction. Only for a database where nothing is
    registered yet (the caller refuses otherwise): records hold the lists' labels."""
    uow.lists.start_with(default_lists(country))
    reported = systems_of(country)
    for system in ReportingSystem:
        uow.report_mappings.replace(system, default_mappings(system) if system in reported else [])
