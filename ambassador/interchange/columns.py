"""The columns of the lists that go out and come in: their headers in each language, and
recognising a person's own headers ("Förnamn", "Org.nr", "Start date", "CPR-nummer", ...) on
import. The aliases hold each header in Swedish and Danish as the translations write it (a
test holds them to the catalogues), and the words people use in their own sheets."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ambassador.domain.exports import ListKind
from ambassador.domain.messages import QT_TRANSLATE_NOOP

COLUMNS_CONTEXT = "Columns"


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # English source text, translated in the context `Columns`
    aliases: tuple[str, ...] = ()  # other headers that mean this column, in any case or spacing


def _column(key: str, header: str, *aliases: str) -> Column:
    return Column(key, header, tuple(normalise_header(a) for a in (header, *aliases)))


def normalise_header(text: str) -> str:
    """Case, spacing and punctuation do not matter: "Org.nr", "org nr" and "ORGNR" agree."""
    return re.sub(r"[\W_]+", "", text.casefold())


# Participants ---------------------------------------------------------------------------------
FIRST_NAME = _column(
    "first_name",
    QT_TRANSLATE_NOOP("Columns", "First name"),
    "Förnamn", "Fornamn", "Tilltalsnamn", "Given name", "Firstname",
    "Fornavn", "Fornavne", "Kaldenavn",
)  # fmt: skip
LAST_NAME = _column(
    "last_name",
    QT_TRANSLATE_NOOP("Columns", "Last name"),
    "Efternamn", "Surname", "Family name", "Lastname",
    "Efternavn",
)  # fmt: skip
FULL_NAME = _column(
    "full_name",
    QT_TRANSLATE_NOOP("Columns", "Name"),
    "Namn", "Fullständigt namn", "Full name",
    "Navn", "Fulde navn", "Fuldt navn",
)  # fmt: skip
IDENTITY_NUMBER = _column(
    "personal_identity_number",
    QT_TRANSLATE_NOOP("Columns", "Personal identity number"),
    "Personnummer", "Personnr", "Pnr", "Person nr", "Samordningsnummer",
    "Personnummer/samordningsnummer", "Personal number", "PIN",
    "CPR-nummer", "CPR", "CPR-nr", "CPR nr.", "Personnummer (CPR)",
)  # fmt: skip
GENDER = _column("gender", QT_TRANSLATE_NOOP("Columns", "Gender"), "Kön", "Sex", "Køn")
PHONE = _column(
    "phone",
    QT_TRANSLATE_NOOP("Columns", "Phone"),
    "Telefon", "Tel", "Telefonnummer", "Mobil", "Mobilnummer", "Mobile", "Phone number",
    "Tlf", "Tlf.nr", "Mobiltelefon",
)  # fmt: skip
EMAIL = _column(
    "email",
    QT_TRANSLATE_NOOP("Columns", "E-mail"),
    "E-post", "Epost", "E-postadress", "Mejl", "Mail", "Email address",
    "E-mailadresse", "Mailadresse",
)  # fmt: skip
ADDRESS = _column(
    "address",
    QT_TRANSLATE_NOOP("Columns", "Address"),
    "Adress", "Postadress", "Besöksadress",
    "Adresse", "Bopælsadresse", "Postadresse",
)  # fmt: skip
REFERRAL_SOURCE = _column(
    "referral_source",
    QT_TRANSLATE_NOOP("Columns", "Referred by"),
    "Remittent", "Remitterad från", "Anvisad av", "Anvisare", "Referral source",
    "Henvist af", "Henvisningskilde", "Henvisende instans", "Henviser",
)  # fmt: skip
REFERRAL_DATE = _column(
    "referral_date",
    QT_TRANSLATE_NOOP("Columns", "Referral date"),
    "Remissdatum", "Anvisningsdatum", "Remitterad",
    "Henvisningsdato", "Henvist den",
)  # fmt: skip
REFERRAL_REFERENCE = _column(
    "referral_reference",
    QT_TRANSLATE_NOOP("Columns", "Referral reference"),
    "Remissreferens", "Referens", "Diarienummer", "Dnr", "Reference",
    "Henvisningsreference", "Sagsnummer", "Journalnummer",
)  # fmt: skip
LANGUAGE = _column(
    "language",
    QT_TRANSLATE_NOOP("Columns", "Language"),
    "Språk", "Modersmål", "Mother tongue",
    "Sprog",
)  # fmt: skip
INTERPRETER = _column(
    "interpreter_needed",
    QT_TRANSLATE_NOOP("Columns", "Interpreter needed"),
    "Tolkbehov", "Tolk", "Behöver tolk", "Interpreter",
    "Behov for tolk", "Tolkebehov",
)  # fmt: skip
NEEDS = _column(
    "needs_and_adaptations",
    QT_TRANSLATE_NOOP("Columns", "Needs and adaptations"),
    "Behov och anpassningar", "Behov", "Anpassningar", "Needs", "Adaptations",
    "Behov og tilpasninger", "Tilpasninger", "Skånehensyn",
)  # fmt: skip
STRENGTHS = _column("strengths", QT_TRANSLATE_NOOP("Columns", "Strengths"), "Styrkor", "Styrker")
INTERESTS = _column(
    "interests", QT_TRANSLATE_NOOP("Columns", "Interests"), "Intressen", "Interesser"
)
GOALS = _column("goals", QT_TRANSLATE_NOOP("Columns", "Goals"), "Mål", "Målsättning", "Målsætning")

# Employers and their contacts -------------------------------------------------------------------
EMPLOYER_NAME = _column(
    "name",
    QT_TRANSLATE_NOOP("Columns", "Employer"),
    "Arbetsgivare", "Arbetsgivarens namn", "Företag", "Företagsnamn", "Organisation", "Namn",
    "Arbetsplats", "Company", "Name",
    "Virksomhed", "Virksomhedens navn", "Virksomhedsnavn", "Firma", "Firmanavn", "Arbejdsgiver",
    "Arbejdsplads", "Navn",
)  # fmt: skip
ORGANISATION_NUMBER = _column(
    "organisation_number",
    QT_TRANSLATE_NOOP("Columns", "Organisation number"),
    "Org.nr", "Orgnr", "Org nr", "Organisationsnummer", "Organization number",
    "Company number",
    "CVR-nummer", "CVR", "CVR-nr", "CVR nr.", "SE-nummer",
)  # fmt: skip
SECTOR = _column("sector", QT_TRANSLATE_NOOP("Columns", "Sector"), "Sektor")
INDUSTRY = _column(
    "industry",
    QT_TRANSLATE_NOOP("Columns", "Industry"),
    "Bransch", "Näringsgren", "Verksamhet",
    "Branche",
)  # fmt: skip
AGREEMENT = _column(
    "agreement_status",
    QT_TRANSLATE_NOOP("Columns", "Agreement"),
    "Överenskommelse", "Avtal", "Avtalsstatus", "Agreement status",
    "Aftale", "Aftalestatus", "Samarbejdsaftale",
)  # fmt: skip
AGREEMENT_DATE = _column(
    "agreement_date",
    QT_TRANSLATE_NOOP("Columns", "Agreement date"),
    "Datum för överenskommelse", "Avtalsdatum",
    "Aftaledato", "Dato for aftale",
)  # fmt: skip
TASKS_OFFERED = _column(
    "tasks_offered",
    QT_TRANSLATE_NOOP("Columns", "Tasks offered"),
    "Arbetsuppgifter som erbjuds", "Uppgifter", "Arbetsuppgifter", "Tasks",
    "Tilbudte opgaver", "Opgaver", "Arbejdsopgaver",
)  # fmt: skip
CAPACITY = _column(
    "capacity",
    QT_TRANSLATE_NOOP("Columns", "Places"),
    "Platser", "Antal platser", "Kapacitet", "Capacity",
    "Pladser", "Antal pladser",
)  # fmt: skip
CONTACT_NAME = _column(
    "contact_name",
    QT_TRANSLATE_NOOP("Columns", "Contact person"),
    "Kontaktperson", "Kontakt", "Handledare", "Contact", "Supervisor",
    "Vejleder", "Virksomhedsmentor",
)  # fmt: skip
CONTACT_ROLE = _column(
    "contact_role",
    QT_TRANSLATE_NOOP("Columns", "Contact's role"),
    "Roll", "Kontaktens roll", "Role",
    "Rolle", "Kontaktpersonens rolle",
)  # fmt: skip
CONTACT_PHONE = _column(
    "contact_phone",
    QT_TRANSLATE_NOOP("Columns", "Contact's phone"),
    "Kontaktens telefon", "Telefon", "Tel", "Telefonnummer", "Mobil", "Phone",
    "Kontaktpersonens telefon", "Tlf",
)  # fmt: skip
CONTACT_EMAIL = _column(
    "contact_email",
    QT_TRANSLATE_NOOP("Columns", "Contact's e-mail"),
    "Kontaktens e-post", "E-post", "Epost", "Mejl", "Mail", "Email", "E-mail",
    "Kontaktpersonens e-mail",
)  # fmt: skip

# Placements -----------------------------------------------------------------------------------
PARTICIPANT = _column(
    "participant_name",
    QT_TRANSLATE_NOOP("Columns", "Participant"),
    "Deltagare", "Deltagarens namn", "Namn", "Name",
    "Deltager", "Deltagerens navn", "Borger", "Borgerens navn", "Navn",
)  # fmt: skip
PLACEMENT_TYPE = _column(
    "placement_type",
    QT_TRANSLATE_NOOP("Columns", "Placement type"),
    "Placeringstyp", "Typ", "Insats", "Åtgärd", "Type",
    "Forløbstype", "Forløb", "Tilbud", "Tilbudstype", "Indsats",
)  # fmt: skip
START_DATE = _column(
    "start_date",
    QT_TRANSLATE_NOOP("Columns", "Start date"),
    "Startdatum", "Start", "Från", "Fr.o.m.", "From",
    "Startdato", "Fra", "Fra dato",
)  # fmt: skip
PLANNED_END = _column(
    "planned_end_date",
    QT_TRANSLATE_NOOP("Columns", "Planned end"),
    "Planerat slut", "Slutdatum", "Till", "T.o.m.", "End date", "To",
    "Planlagt slut", "Slutdato", "Planlagt slutdato", "Forventet slutdato", "Til",
)  # fmt: skip
UNIT = _column(
    "unit",
    QT_TRANSLATE_NOOP("Columns", "Unit"),
    "Enhet",
    "Avdelning",
    "Department",
    "Afdeling",
    "Enhed",
)
SUPERVISOR = _column(
    "supervisor_name",
    QT_TRANSLATE_NOOP("Columns", "Supervisor"),
    "Handledare", "Kontaktperson",
    "Vejleder", "Virksomhedsmentor", "Mentor",
)  # fmt: skip
HOURS = _column(
    "hours_per_week",
    QT_TRANSLATE_NOOP("Columns", "Hours per week"),
    "Timmar per vecka", "Tim/v", "Timmar", "Hours",
    "Timer pr. uge", "Timer per uge", "Timer om ugen", "Timer",
)  # fmt: skip
EXTENT = _column(
    "extent_percent",
    QT_TRANSLATE_NOOP("Columns", "Extent (%)"),
    "Omfattning", "Omfattning %", "Sysselsättningsgrad", "Extent",
    "Omfang (%)", "Omfang", "Omfang %",
)  # fmt: skip
# A plan in words ("Every 7 days for 4 weeks, silent after 10 days; then every 30 days, ...")
# or, as lists before plans tapered had it, a number of days between check-ins.
FOLLOW_UP_PLAN = _column(
    "follow_up_plan",
    QT_TRANSLATE_NOOP("Columns", "Follow-up plan"),
    "Uppföljningsplan", "Plan för uppföljning", "Uppföljning",
    "Follow-up every (days)", "Uppföljningsintervall", "Uppföljning var", "Uppföljning (dagar)",
    "Follow-up interval", "Follow-up",
    "Opfølgningsplan", "Opfølgning", "Opfølgning hver (dage)",
)  # fmt: skip
PURPOSE = _column("purpose", QT_TRANSLATE_NOOP("Columns", "Purpose"), "Syfte", "Formål")
PLACEMENT_GOALS = _column("goals", QT_TRANSLATE_NOOP("Columns", "Goals"), "Mål", "Målsætning")
TASKS = _column(
    "tasks",
    QT_TRANSLATE_NOOP("Columns", "Tasks"),
    "Arbetsuppgifter", "Uppgifter",
    "Arbejdsopgaver", "Opgaver",
)  # fmt: skip
SUPPORT = _column("support", QT_TRANSLATE_NOOP("Columns", "Support"), "Stöd", "Støtte")
COMPENSATION = _column(
    "compensation",
    QT_TRANSLATE_NOOP("Columns", "Compensation"),
    "Ersättning", "Lön",
    "Godtgørelse", "Kompensation", "Løn",
)  # fmt: skip

ENDED_ON = _column(
    "ended_on",
    QT_TRANSLATE_NOOP("Columns", "Ended on"),
    "Avslutad", "Slutade", "Avslutsdatum",
    "Afsluttet den", "Afsluttet", "Afslutningsdato", "Ophørsdato",
)  # fmt: skip
OUTCOME = _column(
    "outcome", QT_TRANSLATE_NOOP("Columns", "Outcome"), "Utfall", "Resultat", "Udfald"
)
ENDING_REASON = _column(
    "ending_reason",
    QT_TRANSLATE_NOOP("Columns", "Reason for ending early"),
    "Avbrottsorsak", "Orsak", "Ending reason",
    "Årsag til afbrydelse før tid", "Afslutningsårsag", "Årsag", "Ophørsårsag",
    "Afbrydelsesårsag",
)  # fmt: skip

# Tasks on offer (the task catalogue) -----------------------------------------------------------
TASK_TITLE = _column(
    "title",
    QT_TRANSLATE_NOOP("Columns", "Task"),
    "Uppgift", "Arbetsuppgift", "Uppgiftens namn", "Titel", "Task title",
    "Opgave", "Arbejdsopgave", "Opgavens navn",
)  # fmt: skip
TASK_CATEGORY = _column(
    "category",
    QT_TRANSLATE_NOOP("Columns", "Category"),
    "Kategori", "Uppgiftskategori", "Yrkesområde", "Område",
    "Opgavekategori", "Fagområde",
)  # fmt: skip
TASK_REQUIREMENTS = _column(
    "requirements",
    QT_TRANSLATE_NOOP("Columns", "Requirements"),
    "Krav", "Krav på personen", "Kräver",
    "Krav til personen", "Kræver",
)  # fmt: skip

# The subsidy and terms of a placement (read and written), the mentor (written only).
SUBSIDY_TYPE = _column(
    "subsidy_type",
    QT_TRANSLATE_NOOP("Columns", "Subsidy type"),
    "Stödtyp", "Typ av stöd", "Anställningsstöd", "Stödform", "Subsidy",
    "Tilskudstype", "Type af tilskud", "Tilskud",
)  # fmt: skip
SUBSIDY_AMOUNT = _column(
    "subsidy_amount",
    QT_TRANSLATE_NOOP("Columns", "Subsidy (kr a month)"),
    "Stöd (kr per månad)", "Stöd kr/mån", "Stödbelopp", "Subsidy amount",
    "Tilskud (kr. om måneden)", "Tilskud kr/md", "Tilskudsbeløb",
)  # fmt: skip
SUBSIDY_PERCENT = _column(
    "subsidy_percent",
    QT_TRANSLATE_NOOP("Columns", "Subsidy (% of the wage)"),
    "Stöd (% av lönen)", "Stöd %", "Stödnivå", "Subsidy percent", "Subsidy %",
    "Tilskud (% af lønnen)", "Tilskud %", "Tilskudsprocent",
)  # fmt: skip
DECISION_NUMBER = _column(
    "decision_number",
    QT_TRANSLATE_NOOP("Columns", "Decision number"),
    "Beslutsnummer", "Beslutsnr", "Beslut nr",
    "Afgørelsesnummer", "Afgørelse nr", "Bevillingsnummer",
)  # fmt: skip
DECISION_START = _column(
    "decision_start",
    QT_TRANSLATE_NOOP("Columns", "Decision from"),
    "Beslut från", "Beslut fr.o.m.", "Beslutet gäller från",
    "Afgørelse fra", "Bevilget fra", "Bevilling fra",
)  # fmt: skip
DECISION_END = _column(
    "decision_end",
    QT_TRANSLATE_NOOP("Columns", "Decision until"),
    "Beslut till", "Beslut t.o.m.", "Beslutet gäller till", "Decision end",
    "Afgørelse til", "Bevilget til", "Bevilling til",
)  # fmt: skip
AGREEMENT_FORM = _column(
    "agreement_form",
    QT_TRANSLATE_NOOP("Columns", "Agreement form"),
    "Avtalsform", "Anställningsform",
    "Aftaleform", "Ansættelsesform",
)  # fmt: skip
EMPLOYER_OF_RECORD = _column(
    "employer_of_record",
    QT_TRANSLATE_NOOP("Columns", "Employer of record"),
    "Formell arbetsgivare", "Anställande arbetsgivare",
    "Formel arbejdsgiver", "Ansættende arbejdsgiver",
)  # fmt: skip
MUNICIPAL_COST = _column(
    "municipal_cost",
    QT_TRANSLATE_NOOP("Columns", "Municipality's cost (kr a month)"),
    "Kommunens kostnad (kr per månad)", "Kommunens kostnad", "Kostnad kr/mån",
    "Kommunens udgift (kr. om måneden)", "Kommunens udgift", "Udgift kr/md",
)  # fmt: skip
MENTOR = _column("mentor", QT_TRANSLATE_NOOP("Columns", "Mentor"))
MENTOR_HOURS = _column("mentor_hours", QT_TRANSLATE_NOOP("Columns", "Mentor's hours a week"))
PLACEMENT_TERMS = (
    SUBSIDY_TYPE, SUBSIDY_AMOUNT, SUBSIDY_PERCENT, DECISION_NUMBER, DECISION_START,
    DECISION_END, AGREEMENT_FORM, EMPLOYER_OF_RECORD, MUNICIPAL_COST,
)  # fmt: skip

# Only going out: what the program works out, never read back -----------------------------------
STATUS = _column("status", QT_TRANSLATE_NOOP("Columns", "Status"))
ACTIVE_PLACEMENTS = _column("active_placements", QT_TRANSLATE_NOOP("Columns", "Active placements"))
LAST_CONTACT = _column("last_contact", QT_TRANSLATE_NOOP("Columns", "Last contact"))
NEXT_CHECK_IN = _column("next_check_in", QT_TRANSLATE_NOOP("Columns", "Next check-in"))
WHEN = _column("when", QT_TRANSLATE_NOOP("Columns", "When"))
KIND = _column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"))
WITH_WHOM = _column("with_whom", QT_TRANSLATE_NOOP("Columns", "With whom"))
TEXT = _column("text", QT_TRANSLATE_NOOP("Columns", "Text"))
MINUTES = _column("minutes_spent", QT_TRANSLATE_NOOP("Columns", "Minutes"))
SHAREABLE = _column("shareable", QT_TRANSLATE_NOOP("Columns", "Shared with the employer"))
DROPOUT_RISK = _column("dropout_risk", QT_TRANSLATE_NOOP("Columns", "Risk of dropping out"))
FOLLOW_UP_ON = _column("follow_up_on", QT_TRANSLATE_NOOP("Columns", "Follow up on"))
FOLLOWED_UP = _column("follow_up_done", QT_TRANSLATE_NOOP("Columns", "Followed up"))
FREE_PLACES = _column("free_places", QT_TRANSLATE_NOOP("Columns", "Free places"))
COVERED_BY = _column(
    "placements_covering", QT_TRANSLATE_NOOP("Columns", "Placements that covered it")
)
PROJECT = _column("project", QT_TRANSLATE_NOOP("Columns", "Project"))

# What an import reads, in the order the mapping step lists them. The person's headers are
# matched against these in order, so where two columns share a word ("Namn"), the first wins.
IMPORT_COLUMNS: dict[ListKind, tuple[Column, ...]] = {
    ListKind.PARTICIPANTS: (
        FIRST_NAME, LAST_NAME, FULL_NAME, IDENTITY_NUMBER, GENDER, PHONE, EMAIL, ADDRESS,
        REFERRAL_SOURCE, REFERRAL_DATE, REFERRAL_REFERENCE, LANGUAGE, INTERPRETER, NEEDS,
        STRENGTHS, INTERESTS, GOALS,
    ),
    ListKind.EMPLOYERS: (
        EMPLOYER_NAME, ORGANISATION_NUMBER, SECTOR, INDUSTRY, ADDRESS, AGREEMENT,
        AGREEMENT_DATE, TASKS_OFFERED, CAPACITY, CONTACT_NAME, CONTACT_ROLE, CONTACT_PHONE,
        CONTACT_EMAIL,
    ),
    ListKind.PLACEMENTS: (
        PARTICIPANT, FIRST_NAME, LAST_NAME, IDENTITY_NUMBER, EMPLOYER_NAME,
        ORGANISATION_NUMBER, PLACEMENT_TYPE, START_DATE, PLANNED_END, UNIT, SUPERVISOR, HOURS,
        EXTENT, FOLLOW_UP_PLAN, PURPOSE, PLACEMENT_GOALS, TASKS, SUPPORT, COMPENSATION, ENDED_ON,
        OUTCOME, ENDING_REASON, *PLACEMENT_TERMS,
    ),
    ListKind.TASKS: (
        EMPLOYER_NAME, ORGANISATION_NUMBER, TASK_TITLE, TASK_CATEGORY, TASK_REQUIREMENTS,
    ),
}  # fmt: skip

# Columns an import cannot do without (one of each group).
REQUIRED_COLUMNS: dict[ListKind, tuple[tuple[str, ...], ...]] = {
    ListKind.PARTICIPANTS: (("first_name", "full_name"), ("last_name", "full_name")),
    ListKind.EMPLOYERS: (("name",),),
    ListKind.PLACEMENTS: (
        ("participant_name", "personal_identity_number", "first_name"),
        ("name", "organisation_number"),
        ("placement_type",),
        ("start_date",),
    ),
    ListKind.TASKS: (("name", "organisation_number"), ("title",)),
}

Mapping = dict[int, str]  # the sheet's column index → the column key it is read as


def guess_mapping(kind: ListKind, headers: Sequence[str]) -> Mapping:
    """Each header recognised as one of the kind's columns; each column taken at most once,
    by the first header that names it."""
    columns = IMPORT_COLUMNS[kind]
    mapping: Mapping = {}
    for index, header in enumerate(headers):
        name = normalise_header(header)
        if not name:
            continue
        for column in columns:
            if name in column.aliases and column.key not in mapping.values():
                mapping[index] = column.key
                break
    return mapping


def missing_columns(kind: ListKind, mapping: Mapping) -> list[Column]:
    """The required columns the mapping lacks (the first of each group stands for it)."""
    keys = set(mapping.values())
    by_key = {column.key: column for column in IMPORT_COLUMNS[kind]}
    return [by_key[group[0]] for group in REQUIRED_COLUMNS[kind] if not keys.intersection(group)]


def column(kind: ListKind, key: str) -> Column:
    return next(c for c in IMPORT_COLUMNS[kind] if c.key == key)
