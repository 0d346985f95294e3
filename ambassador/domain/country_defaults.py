"""The editable lists a new database starts with, by the organisation's country.

A Swedish database starts with the Swedish programmes' vocabulary (Arbetsförmedlingen's
placement types, Swedish referral sources), a Danish one with the Danish (virksomhedspraktik,
løntilskud, jobcenter, a-kasse). Each entry's label is in the country's language, the word a
record keeps for good; its names (list_item_names) let a window in another language show it in
that language. Both countries' entries are editable afterwards like any other.

The Swedish defaults are also seeded by the migrations (0001, 0005, 0008), which keep their own
frozen copy; a test holds the two equal. The Danish ones are put in when a database is made for
Denmark, in place of the Swedish.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ambassador.domain.country import DENMARK, SWEDEN
from ambassador.domain.enums import ListName

# The language a country's labels are written in.
LABEL_LANGUAGE = {SWEDEN: "sv", DENMARK: "da"}


@dataclass(frozen=True)
class DefaultEntry:
    label: str
    names: Mapping[str, str]  # language -> name; the label's own language among them


def _swedish(*rows: tuple[str, str]) -> tuple[DefaultEntry, ...]:
    return tuple(DefaultEntry(label, {"sv": label, "en": english}) for label, english in rows)


def _danish(*rows: tuple[str, str, str]) -> tuple[DefaultEntry, ...]:
    """(Danish label, English name, Swedish name)."""
    return tuple(
        DefaultEntry(label, {"da": label, "en": english, "sv": swedish})
        for label, english, swedish in rows
    )


SWEDISH_LISTS: dict[ListName, tuple[DefaultEntry, ...]] = {
    ListName.PLACEMENT_TYPES: _swedish(
        ("Arbetsprövning", "Work trial"),
        ("Arbetsträning", "Work training"),
        ("Praktik", "Internship"),
        ("Resursjobb", "Resource job"),
        ("Lönebidrag", "Employment with wage subsidy"),
        ("Extratjänst", "Extra job"),
        ("Nystartsjobb", "New start job"),
        ("Introduktionsjobb", "Introduction job"),
        ("Offentligt skyddad anställning", "Sheltered employment in the public sector"),
        ("Annan", "Other"),
    ),
    ListName.NOTE_KINDS: _swedish(
        ("Arbetsplatsbesök", "Workplace visit"),
        ("Telefonsamtal", "Phone call"),
        ("Trepartssamtal", "Three-party meeting"),
        ("Digitalt möte", "Online meeting"),
        ("Meddelande", "Message"),
        ("Annat", "Other"),
    ),
    ListName.REFERRAL_SOURCES: _swedish(
        ("Arbetsförmedlingen", "Public Employment Service"),
        ("Försäkringskassan", "Social Insurance Agency"),
        ("Socialtjänsten", "Social services"),
        ("Kommunens arbetsmarknadsenhet", "Municipal labour-market unit"),
        ("Annan", "Other"),
    ),
    ListName.ENDING_REASONS: _swedish(
        ("Ohälsa", "Ill health"),
        ("Bristande motivation", "Lack of motivation"),
        ("Arbetsgivarens beslut", "Employer's decision"),
        ("Flytt", "Moved away"),
        ("Fick arbete på annat håll", "Found work elsewhere"),
        ("Påbörjade studier", "Started studies"),
        ("Annan orsak", "Other reason"),
    ),
    ListName.TASK_CATEGORIES: _swedish(
        ("Lager och logistik", "Warehouse and logistics"),
        ("Städ och lokalvård", "Cleaning"),
        ("Kök och restaurang", "Kitchen and restaurant"),
        ("Butik och handel", "Shop and retail"),
        ("Vård och omsorg", "Health and social care"),
        ("Kontor och administration", "Office and administration"),
        ("Fastighet och utemiljö", "Property and grounds"),
        ("Bygg och hantverk", "Construction and crafts"),
        ("Återbruk och second hand", "Reuse and second-hand"),
        ("Barn och fritid", "Children and leisure"),
        ("IT och teknik", "IT and technology"),
        ("Transport", "Transport"),
    ),
    ListName.TASK_REQUIREMENTS: _swedish(
        ("Tunga lyft", "Heavy lifting"),
        ("Står eller går större delen av dagen", "Standing or walking most of the day"),
        ("Kundkontakt", "Customer contact"),
        ("Svenska i tal", "Spoken Swedish"),
        ("Svenska i skrift", "Written Swedish"),
        ("Körkort B", "Driving licence (B)"),
        ("Tidiga morgnar", "Early mornings"),
        ("Högt tempo", "Fast pace"),
        ("Damm, dofter eller allergener", "Dust, scents or allergens"),
        ("Arbete ensam", "Working alone"),
    ),
    ListName.SUBSIDY_TYPES: _swedish(
        ("Lönebidrag", "Wage subsidy"),
        ("Nystartsjobb", "New start job"),
        ("Introduktionsjobb", "Introduction job"),
        ("Kommunalt anställningsstöd", "Municipal employment subsidy"),
        ("Handledarersättning", "Supervisor allowance"),
        ("Annat stöd", "Other subsidy"),
    ),
    ListName.AGREEMENT_FORMS: _swedish(
        ("Tidsbegränsad anställning", "Fixed-term employment"),
        ("Tillsvidareanställning", "Permanent employment"),
        ("Praktikavtal", "Internship agreement"),
        ("Trepartsöverenskommelse", "Three-party agreement"),
        ("Annan", "Other"),
    ),
    ListName.NETWORK_CONTACT_KINDS: _swedish(
        ("Rekryteringsbesök", "Recruitment visit"),
        ("Nätverksmöte", "Network meeting"),
        ("Informationsträff på arbetsplatsen", "Information session at the workplace"),
        ("Uppföljning av samverkansavtal", "Partnership follow-up"),
        ("Telefonsamtal", "Phone call"),
        ("Annat", "Other"),
    ),
}

# The Danish measures by the words of lov om en aktiv beskæftigelsesindsats, in English as
# the Danish Agency for Labour Market and Recruitment (STAR) writes them.
DANISH_LISTS: dict[ListName, tuple[DefaultEntry, ...]] = {
    ListName.PLACEMENT_TYPES: _danish(
        ("Virksomhedspraktik", "Work placement", "Praktik"),
        ("Løntilskud (privat)", "Wage subsidy (private)", "Lönestöd (privat)"),
        ("Løntilskud (offentlig)", "Wage subsidy (public)", "Lönestöd (offentlig)"),
        ("Job med løntilskud", "Job with wage subsidy", "Anställning med lönestöd"),
        ("Fleksjob", "Flexi-job", "Flexjobb"),
        ("Nytteindsats", "Community work", "Nyttoinsats"),
        ("Mentorstøtte", "Mentor support", "Mentorstöd"),
        ("Ressourceforløb", "Resource programme", "Resursförlopp"),
        ("IGU (integrationsgrunduddannelse)", "Basic integration education (IGU)", "IGU"),
        ("Andet", "Other", "Annan"),
    ),
    ListName.NOTE_KINDS: _danish(
        ("Virksomhedsbesøg", "Workplace visit", "Arbetsplatsbesök"),
        ("Telefonsamtale", "Phone call", "Telefonsamtal"),
        ("Trepartssamtale", "Three-party meeting", "Trepartssamtal"),
        ("Digitalt møde", "Online meeting", "Digitalt möte"),
        ("Besked", "Message", "Meddelande"),
        ("Andet", "Other", "Annat"),
    ),
    ListName.REFERRAL_SOURCES: _danish(
        ("Jobcenter", "Job centre", "Jobbcenter"),
        ("Kommune", "Municipality", "Kommun"),
        ("A-kasse", "Unemployment insurance fund", "A-kassa"),
        ("Uddannelsesinstitution", "Educational institution", "Utbildningsanordnare"),
        ("Socialforvaltning", "Social services", "Socialtjänsten"),
        ("Selvhenvendelse", "Self-referral", "Egen anmälan"),
        ("Andet", "Other", "Annan"),
    ),
    ListName.ENDING_REASONS: _danish(
        ("Sygdom", "Ill health", "Ohälsa"),
        ("Manglende motivation", "Lack of motivation", "Bristande motivation"),
        ("Virksomhedens beslutning", "Employer's decision", "Arbetsgivarens beslut"),
        ("Fraflytning", "Moved away", "Flytt"),
        ("Fik job andetsteds", "Found work elsewhere", "Fick arbete på annat håll"),
        ("Startede på uddannelse", "Started studies", "Påbörjade studier"),
        ("Anden årsag", "Other reason", "Annan orsak"),
    ),
    ListName.TASK_CATEGORIES: _danish(
        ("Lager og logistik", "Warehouse and logistics", "Lager och logistik"),
        ("Rengøring", "Cleaning", "Städ och lokalvård"),
        ("Køkken og restaurant", "Kitchen and restaurant", "Kök och restaurang"),
        ("Butik og handel", "Shop and retail", "Butik och handel"),
        ("Pleje og omsorg", "Health and social care", "Vård och omsorg"),
        ("Kontor og administration", "Office and administration", "Kontor och administration"),
        ("Ejendom og udearealer", "Property and grounds", "Fastighet och utemiljö"),
        ("Byggeri og håndværk", "Construction and crafts", "Bygg och hantverk"),
        ("Genbrug og genbrugsbutik", "Reuse and second-hand", "Återbruk och second hand"),
        ("Børn og fritid", "Children and leisure", "Barn och fritid"),
        ("IT og teknik", "IT and technology", "IT och teknik"),
        ("Transport", "Transport", "Transport"),
    ),
    ListName.TASK_REQUIREMENTS: _danish(
        ("Tunge løft", "Heavy lifting", "Tunga lyft"),
        (
            "Står eller går det meste af dagen",
            "Standing or walking most of the day",
            "Står eller går större delen av dagen",
        ),
        ("Kundekontakt", "Customer contact", "Kundkontakt"),
        ("Dansk, mundtligt", "Spoken Danish", "Danska i tal"),
        ("Dansk, skriftligt", "Written Danish", "Danska i skrift"),
        ("Kørekort B", "Driving licence (B)", "Körkort B"),
        ("Tidlige morgener", "Early mornings", "Tidiga morgnar"),
        ("Højt tempo", "Fast pace", "Högt tempo"),
        (
            "Støv, dufte eller allergener",
            "Dust, scents or allergens",
            "Damm, dofter eller allergener",
        ),
        ("Alenearbejde", "Working alone", "Arbete ensam"),
    ),
    ListName.SUBSIDY_TYPES: _danish(
        ("Løntilskud", "Wage subsidy", "Lönebidrag"),
        ("Fleksjob", "Flexible job", "Flexjobb"),
        ("Mentorstøtte", "Mentor support", "Mentorstöd"),
        ("Kommunalt tilskud", "Municipal subsidy", "Kommunalt stöd"),
        ("Andet tilskud", "Other subsidy", "Annat stöd"),
    ),
    ListName.AGREEMENT_FORMS: _danish(
        ("Tidsbegrænset ansættelse", "Fixed-term employment", "Tidsbegränsad anställning"),
        ("Fastansættelse", "Permanent employment", "Tillsvidareanställning"),
        ("Praktikaftale", "Internship agreement", "Praktikavtal"),
        ("Partnerskabsaftale", "Partnership agreement", "Partnerskapsavtal"),
        ("Anden", "Other", "Annan"),
    ),
    ListName.NETWORK_CONTACT_KINDS: _danish(
        ("Rekrutteringsbesøg", "Recruitment visit", "Rekryteringsbesök"),
        ("Netværksmøde", "Network meeting", "Nätverksmöte"),
        (
            "Informationsmøde på arbejdspladsen",
            "Information session at the workplace",
            "Informationsträff på arbetsplatsen",
        ),
        (
            "Opfølgning på partnerskabsaftale",
            "Partnership follow-up",
            "Uppföljning av samverkansavtal",
        ),
        ("Telefonopkald", "Phone call", "Telefonsamtal"),
        ("Andet", "Other", "Annat"),
    ),
}

DEFAULT_LISTS: dict[str, dict[ListName, tuple[DefaultEntry, ...]]] = {
    SWEDEN: SWEDISH_LISTS,
    DENMARK: DANISH_LISTS,
}


def default_lists(country: str) -> dict[ListName, tuple[DefaultEntry, ...]]:
    """The lists a new database of `country` ("se", "dk") starts with; an unknown country is
    Sweden's, as every database was before countries."""
    return DEFAULT_LISTS.get(str(country), SWEDISH_LISTS)


def default_labels(country: str, name: ListName) -> tuple[str, ...]:
    return tuple(entry.label for entry in default_lists(country)[name])
