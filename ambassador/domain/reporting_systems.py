"""The outside reporting systems and which of their categories each ending counts as.

A coordinator reports the same placements three times: to the state's follow-up system for
coordination associations (SUS), in the social services' monthly reporting of labour-market
measures, and in ESF participant reporting. Each system has its own categories. A mapping
says which category an outcome, an early-ending reason or a 90-day result counts as, so one
closing step serves all three. The defaults live here (the migration seeds the same table, and
a test holds the two equal); the municipality edits them in settings.

A Danish organisation reports to one system instead: the region's follow-up of the programme
(into work, into education, still on benefits), whose table a database made for Denmark gets
in place of the Swedish three.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ambassador.domain.country import DENMARK, SWEDEN
from ambassador.domain.country_defaults import default_labels
from ambassador.domain.enums import ListName, Outcome
from ambassador.domain.errors import Problem, ValidationError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.outcome_check import FollowUpResult
from ambassador.domain.validation import SHORT_TEXT_MAX, clean


class ReportingSystem(StrEnum):
    SUS = "sus"
    SOCIAL_SERVICES = "social_services"
    ESF = "esf"
    # The Danish region's follow-up of the programme, as its contract asks for it.
    DK_REGION = "dk_region"


class SourceKind(StrEnum):
    OUTCOME = "outcome"  # an Outcome value
    REASON = "reason"  # an early-ending reason, as the label of the editable list
    AFTER_90 = "after_90"  # a FollowUpResult value


SYSTEM_LABELS: dict[ReportingSystem, str] = {
    ReportingSystem.SUS: QT_TRANSLATE_NOOP("Labels", "SUS (coordination associations)"),
    ReportingSystem.SOCIAL_SERVICES: QT_TRANSLATE_NOOP(
        "Labels", "Social services' monthly reporting"
    ),
    ReportingSystem.ESF: QT_TRANSLATE_NOOP("Labels", "ESF participant reporting"),
    ReportingSystem.DK_REGION: QT_TRANSLATE_NOOP("Labels", "Follow-up to the region"),
}
# The systems an organisation reports to, by its country (country_defaults' codes).
SYSTEMS_OF_COUNTRY: dict[str, tuple[ReportingSystem, ...]] = {
    SWEDEN: (ReportingSystem.SUS, ReportingSystem.SOCIAL_SERVICES, ReportingSystem.ESF),
    DENMARK: (ReportingSystem.DK_REGION,),
}
# What an ending with no mapping counts as, so nothing silently drops out of a breakdown.
NOT_MAPPED = QT_TRANSLATE_NOOP("Labels", "Not mapped")

CATEGORY_TOO_LONG = QT_TRANSLATE_NOOP("Messages", "A category may hold at most 200 characters.")
UNKNOWN_SOURCE = QT_TRANSLATE_NOOP("Messages", "This is not an outcome or result of the program.")
SOURCE_TWICE = QT_TRANSLATE_NOOP("Messages", "Each outcome, reason or result may appear only once.")


@dataclass(frozen=True)
class ReportMapping:
    system: ReportingSystem
    kind: SourceKind
    source: str  # an Outcome or FollowUpResult value, or a reason's label
    category: str


_REASONS = (
    "Ohälsa",
    "Bristande motivation",
    "Arbetsgivarens beslut",
    "Flytt",
    "Fick arbete på annat håll",
    "Påbörjade studier",
    "Annan orsak",
)
_DANISH_REASONS = default_labels(DENMARK, ListName.ENDING_REASONS)
_IN_WORK, _IN_EDUCATION, _OTHER_OFFER = "I arbejde", "I uddannelse", "I andet tilbud"
_ON_BENEFITS = "Fortsat på offentlig forsørgelse"

# system -> kind -> source -> category, as each system's reporting instructions read in 2026.
DEFAULT_MAPPINGS: dict[ReportingSystem, dict[SourceKind, dict[str, str]]] = {
    ReportingSystem.SUS: {
        SourceKind.OUTCOME: {
            Outcome.EMPLOYMENT: "Arbete",
            Outcome.SUBSIDISED_EMPLOYMENT: "Arbete med stöd",
            Outcome.STUDIES: "Studier",
            Outcome.OTHER_MEASURE: "Annan insats",
            Outcome.NO_OCCUPATION: "Arbetssökande",
            Outcome.ENDED_EARLY: "Avbrott",
        },
        SourceKind.REASON: dict(
            zip(
                _REASONS,
                (
                    "Avbrott – ohälsa",
                    "Avbrott – eget val",
                    "Avbrott – annan orsak",
                    "Avbrott – flytt",
                    "Arbete",
                    "Studier",
                    "Avbrott – annan orsak",
                ),
                strict=True,
            )
        ),
        SourceKind.AFTER_90: {
            FollowUpResult.WORK: "Arbete",
            FollowUpResult.STUDIES: "Studier",
            FollowUpResult.OTHER_MEASURE: "Annan insats",
            FollowUpResult.NONE: "Ingen sysselsättning",
        },
    },
    ReportingSystem.SOCIAL_SERVICES: {
        SourceKind.OUTCOME: {
            Outcome.EMPLOYMENT: "Osubventionerat arbete",
            Outcome.SUBSIDISED_EMPLOYMENT: "Subventionerat arbete",
            Outcome.STUDIES: "Studier",
            Outcome.OTHER_MEASURE: "Annan arbetsmarknadsinsats",
            Outcome.NO_OCCUPATION: "Ingen sysselsättning",
            Outcome.ENDED_EARLY: "Avbrott",
        },
        SourceKind.REASON: dict(
            zip(
                _REASONS,
                (
                    "Avbrott – ohälsa",
                    "Avbrott – eget val",
                    "Avbrott – arbetsgivaren",
                    "Avbrott – flytt",
                    "Osubventionerat arbete",
                    "Studier",
                    "Avbrott – annan orsak",
                ),
                strict=True,
            )
        ),
        SourceKind.AFTER_90: {
            FollowUpResult.WORK: "Arbete",
            FollowUpResult.STUDIES: "Studier",
            FollowUpResult.OTHER_MEASURE: "Annan arbetsmarknadsinsats",
            FollowUpResult.NONE: "Ingen sysselsättning",
        },
    },
    ReportingSystem.ESF: {
        SourceKind.OUTCOME: {
            Outcome.EMPLOYMENT: "I arbete, inkl. egenföretagare",
            Outcome.SUBSIDISED_EMPLOYMENT: "I arbete, inkl. egenföretagare",
            Outcome.STUDIES: "I utbildning",
            Outcome.OTHER_MEASURE: "I annan insats",
            Outcome.NO_OCCUPATION: "Söker arbete",
            Outcome.ENDED_EARLY: "Avbrott",
        },
        SourceKind.REASON: dict(
            zip(
                _REASONS,
                (
                    "Avbrott – ohälsa",
                    "Avbrott – övrigt",
                    "Avbrott – övrigt",
                    "Avbrott – övrigt",
                    "I arbete, inkl. egenföretagare",
                    "I utbildning",
                    "Avbrott – övrigt",
                ),
                strict=True,
            )
        ),
        SourceKind.AFTER_90: {
            FollowUpResult.WORK: "I arbete, inkl. egenföretagare",
            FollowUpResult.STUDIES: "I utbildning",
            FollowUpResult.OTHER_MEASURE: "I annan insats",
            FollowUpResult.NONE: "Söker arbete eller utan sysselsättning",
        },
    },
    # Into work, into education or still on benefits, as the region's contract counts them.
    ReportingSystem.DK_REGION: {
        SourceKind.OUTCOME: {
            Outcome.EMPLOYMENT: _IN_WORK,
            Outcome.SUBSIDISED_EMPLOYMENT: "I arbejde med støtte",
            Outcome.STUDIES: _IN_EDUCATION,
            Outcome.OTHER_MEASURE: _OTHER_OFFER,
            Outcome.NO_OCCUPATION: _ON_BENEFITS,
            Outcome.ENDED_EARLY: "Afbrudt forløb",
        },
        SourceKind.REASON: dict(
            zip(
                _DANISH_REASONS,
                (
                    "Afbrudt – sygdom",
                    "Afbrudt – eget valg",
                    "Afbrudt – anden årsag",
                    "Afbrudt – fraflytning",
                    _IN_WORK,
                    _IN_EDUCATION,
                    "Afbrudt – anden årsag",
                ),
                strict=True,
            )
        ),
        SourceKind.AFTER_90: {
            FollowUpResult.WORK: _IN_WORK,
            FollowUpResult.STUDIES: _IN_EDUCATION,
            FollowUpResult.OTHER_MEASURE: _OTHER_OFFER,
            FollowUpResult.NONE: _ON_BENEFITS,
        },
    },
}


def systems_of(country: str) -> tuple[ReportingSystem, ...]:
    """The reporting systems of `country` ("se", "dk"); an unknown country is Sweden."""
    return SYSTEMS_OF_COUNTRY.get(str(country), SYSTEMS_OF_COUNTRY[SWEDEN])


def default_mappings(system: ReportingSystem) -> list[ReportMapping]:
    return [
        ReportMapping(system, kind, str(source), category)
        for kind, sources in DEFAULT_MAPPINGS[system].items()
        for source, category in sources.items()
    ]


@dataclass(frozen=True)
class ReportMap:
    """One system's mappings, and the rule that puts an ended placement in a category."""

    system: ReportingSystem
    categories: dict[tuple[SourceKind, str], str]

    @classmethod
    def of(cls, system: ReportingSystem, mappings: list[ReportMapping]) -> ReportMap:
        return cls(system, {(m.kind, m.source): m.category for m in mappings})

    def category_of_ending(self, outcome: Outcome, reason: str = "") -> str | None:
        """An early ending counts by its reason when the reason is mapped (a reason such as
        "got work elsewhere" is no drop-out for the systems), else by its outcome; None when
        neither is mapped."""
        if outcome is Outcome.ENDED_EARLY and reason.strip():
            by_reason = self.categories.get((SourceKind.REASON, reason.strip()))
            if by_reason:
                return by_reason
        return self.categories.get((SourceKind.OUTCOME, outcome.value)) or None

    def category_of_result(self, result: FollowUpResult) -> str | None:
        return self.categories.get((SourceKind.AFTER_90, result.value)) or None

    def category_order(self, *kinds: SourceKind) -> list[str]:
        """The categories of those kinds of source in the order the table lists them, each
        once."""
        seen: dict[str, None] = {}
        for (kind, _source), category in self.categories.items():
            if kind in kinds:
                seen.setdefault(category, None)
        return list(seen)


def clean_mappings(system: ReportingSystem, mappings: list[ReportMapping]) -> list[ReportMapping]:
    """The mappings to store: trimmed, an empty category meaning "not mapped" (left out).
    Raises ValidationError for a category too long, an unknown outcome or result, or a source
    given twice."""
    problems: list[Problem] = []
    known = {
        SourceKind.OUTCOME: {o.value for o in Outcome},
        SourceKind.AFTER_90: {r.value for r in FollowUpResult},
    }
    seen: set[tuple[SourceKind, str]] = set()
    kept: list[ReportMapping] = []
    for mapping in mappings:
        source, category = clean(mapping.source), clean(mapping.category)
        field = f"{mapping.kind.value}:{source}"
        allowed = known.get(mapping.kind)
        if not source or (allowed is not None and source not in allowed):
            problems.append(Problem(field, UNKNOWN_SOURCE))
            continue
        if (mapping.kind, source) in seen:
            problems.append(Problem(field, SOURCE_TWICE))
            continue
        seen.add((mapping.kind, source))
        if len(category) > SHORT_TEXT_MAX or len(source) > SHORT_TEXT_MAX:
            problems.append(Problem(field, CATEGORY_TOO_LONG))
            continue
        if category:
            kept.append(ReportMapping(system, mapping.kind, source, category))
    if problems:
        raise ValidationError(problems)
    return kept
