"""The sample has targets for the last five years for the main measures, so the trend has
figures and targets; its non-traditional figure has fields to read once tasks are linked."""

from __future__ import annotations

from ambassador.domain.clock import FixedClock
from ambassador.domain.country import DENMARK
from ambassador.domain.targets import MAIN_MEASURES, Measure
from ambassador.services.bundle import Services
from ambassador.services.sample_data import SampleDataService, Size
from ambassador.storage.database import Database


def test_sample_targets_cover_five_years_of_the_main_measures(
    services: Services, clock: FixedClock, database: Database
) -> None:
    SampleDataService(database, clock).generate(Size.SMALL, seed=3)
    year = clock.today().year
    targets = services.targets.targets()
    years = {
        (t.measure, t.subject): {t.year for t in targets if t.measure is m and t.subject == s}
        for t in targets
        for m, s in [(t.measure, t.subject)]
    }
    for measure in MAIN_MEASURES:
        assert years[(measure, "")] == set(range(year - 4, year + 1)), measure
    (kind,) = {t.subject for t in targets if t.measure is Measure.STARTED_OF_TYPE}
    assert kind  # the sample's most frequent placement type
    trend = services.headline.trend(Measure.INTO_WORK_OR_EDUCATION, year)
    # The small sample reaches back two years: its trend starts with its first placements.
    assert [p.year for p in trend.points] == [year - 1, year]
    assert all(p.target is not None and p.value is not None for p in trend.points)


def test_danish_sample_has_targets_too(
    services: Services, clock: FixedClock, database: Database
) -> None:
    services.settings.set_country(DENMARK)
    SampleDataService(database, clock).generate(Size.SMALL, seed=3)
    assert any(t.measure is Measure.PLACEMENTS_STARTED for t in services.targets.targets())
