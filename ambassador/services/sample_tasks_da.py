"""Made-up tasks on offer for the sample data of a database made for Denmark: what employers
of each industry (sample_texts_da) might carve out of their regular work, with the Danish
categories and requirements the lists are seeded with (domain/country_defaults.py)."""

from __future__ import annotations

_STAND = "Står eller går det meste af dagen"
_DUST = "Støv, dufte eller allergener"
_LIFT = "Tunge løft"
_EARLY = "Tidlige morgener"
_CUSTOMERS = "Kundekontakt"
_FAST = "Højt tempo"
_SPOKEN = "Dansk, mundtligt"

# category -> (task, requirements)
TASKS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "Lager og logistik": (
        ("Plukke varer til ordrer", (_STAND,)),
        ("Pakke og mærke pakker", ()),
        ("Modtage varer", (_LIFT, _EARLY)),
        ("Optælle lageret", ()),
    ),
    "Rengøring": (
        ("Gøre rent på kontorer og i opgange", (_STAND, _DUST)),
        ("Fylde forbrugsvarer op", ()),
        ("Vaske og lægge tøj sammen", (_DUST,)),
        ("Gøre hotelværelser klar", (_STAND, _DUST)),
        ("Feje og holde salonen ren", (_STAND,)),
    ),
    "Køkken og restaurant": (
        ("Tage opvasken og rydde af", (_FAST, _STAND)),
        ("Forberede grøntsager og salat", ()),
        ("Servere frokost", (_CUSTOMERS, _FAST)),
        ("Bage og smøre sandwich", (_EARLY,)),
        ("Dække op og rydde morgenmaden af", (_EARLY, _CUSTOMERS)),
    ),
    "Butik og handel": (
        ("Fylde varer på hylderne", (_EARLY,)),
        ("Prismærke varer", ()),
        ("Stå ved kassen", (_CUSTOMERS, _SPOKEN)),
        ("Tage imod kunder og booke tider", (_CUSTOMERS, _SPOKEN)),
    ),
    "Pleje og omsorg": (
        ("Gå ture med beboerne", (_SPOKEN,)),
        ("Dække bord og servere kaffe", (_CUSTOMERS,)),
        ("Læse højt og snakke med beboerne", (_SPOKEN,)),
    ),
    "Kontor og administration": (
        ("Scanne og arkivere dokumenter", ()),
        ("Sortere og omdele post", ()),
        ("Registrere oplysninger i systemet", ("Dansk, skriftligt",)),
        ("Sætte bøger tilbage på hylderne", ()),
    ),
    "Ejendom og udearealer": (
        ("Slå græs og luge bede", (_STAND,)),
        ("Rydde sne og salte", (_LIFT, _EARLY)),
        ("Mindre reparationer", ()),
        ("Omplante og vande planter", (_STAND,)),
    ),
    "Byggeri og håndværk": (
        ("Bære og sortere materialer", (_LIFT,)),
        ("Rydde op på byggepladsen", (_DUST, _STAND)),
        ("Male og spartle", (_DUST,)),
    ),
    "Genbrug og genbrugsbutik": (
        ("Sortere indleveret tøj", (_DUST,)),
        ("Prismærke og hænge tøj op", ()),
        ("Hente møbler hos givere", ("Kørekort B", _LIFT)),
    ),
    "Børn og fritid": (
        ("Hjælpe til ved eftermiddagsmaden", (_CUSTOMERS,)),
        ("Pedelopgaver i idrætshallen", ("Alenearbejde",)),
    ),
    "IT og teknik": (
        ("Installere og teste computere", ()),
        ("Nulstille telefoner og tablets", ("Alenearbejde",)),
    ),
    "Transport": (
        ("Køre varer ud", ("Kørekort B", _EARLY)),
        ("Vaske og rengøre køretøjer", ()),
        ("Skifte og opbevare dæk", (_LIFT,)),
    ),
}

# industry (sample_texts_da.EMPLOYER_FORMS) -> the tasks its employers offer, each in TASKS
TASKS_OF_INDUSTRY: dict[str, tuple[str, ...]] = {
    "Ældrepleje": (
        "Gå ture med beboerne",
        "Dække bord og servere kaffe",
        "Læse højt og snakke med beboerne",
        "Tage opvasken og rydde af",
        "Vaske og lægge tøj sammen",
    ),
    "Dagtilbud": (
        "Hjælpe til ved eftermiddagsmaden",
        "Tage opvasken og rydde af",
        "Vaske og lægge tøj sammen",
    ),
    "Skole": (
        "Servere frokost",
        "Hjælpe til ved eftermiddagsmaden",
        "Pedelopgaver i idrætshallen",
        "Sortere og omdele post",
    ),
    "Ejendom": (
        "Slå græs og luge bede",
        "Rydde sne og salte",
        "Mindre reparationer",
        "Vaske og rengøre køretøjer",
    ),
    "Storkøkken": ("Tage opvasken og rydde af", "Forberede grøntsager og salat", "Servere frokost"),
    "Bibliotek": (
        "Sætte bøger tilbage på hylderne",
        "Sortere og omdele post",
        "Scanne og arkivere dokumenter",
    ),
    "Genbrug": ("Sortere indleveret tøj", "Prismærke og hænge tøj op", "Hente møbler hos givere"),
    "Sundhed": (
        "Scanne og arkivere dokumenter",
        "Fylde forbrugsvarer op",
        "Sortere og omdele post",
    ),
    "Service og rengøring": (
        "Gøre rent på kontorer og i opgange",
        "Fylde forbrugsvarer op",
        "Vaske og lægge tøj sammen",
        "Pakke og mærke pakker",
        "Modtage varer",
    ),
    "Administration": (
        "Scanne og arkivere dokumenter",
        "Sortere og omdele post",
        "Registrere oplysninger i systemet",
        "Installere og teste computere",
        "Nulstille telefoner og tablets",
    ),
    "Transport": ("Vaske og rengøre køretøjer", "Modtage varer", "Optælle lageret"),
    "Byggeri": ("Bære og sortere materialer", "Rydde op på byggepladsen", "Male og spartle"),
    "El-installation": (
        "Bære og sortere materialer",
        "Rydde op på byggepladsen",
        "Optælle lageret",
    ),
    "Bageri": ("Bage og smøre sandwich", "Tage opvasken og rydde af", "Stå ved kassen"),
    "Detailhandel": (
        "Fylde varer på hylderne",
        "Prismærke varer",
        "Stå ved kassen",
        "Modtage varer",
        "Plukke varer til ordrer",
    ),
    "Autoværksted": ("Vaske og rengøre køretøjer", "Skifte og opbevare dæk"),
    "Rengøring": (
        "Gøre rent på kontorer og i opgange",
        "Fylde forbrugsvarer op",
        "Vaske og lægge tøj sammen",
    ),
    "Café": (
        "Tage opvasken og rydde af",
        "Bage og smøre sandwich",
        "Dække bord og servere kaffe",
        "Stå ved kassen",
    ),
    "Gartneri": (
        "Omplante og vande planter",
        "Slå græs og luge bede",
        "Stå ved kassen",
        "Fylde varer på hylderne",
    ),
    "Logistik": (
        "Plukke varer til ordrer",
        "Pakke og mærke pakker",
        "Modtage varer",
        "Optælle lageret",
        "Køre varer ud",
    ),
    "Hotel": (
        "Gøre hotelværelser klar",
        "Vaske og lægge tøj sammen",
        "Dække op og rydde morgenmaden af",
        "Tage opvasken og rydde af",
    ),
    "Frisør": (
        "Feje og holde salonen ren",
        "Vaske og lægge tøj sammen",
        "Tage imod kunder og booke tider",
    ),
    "Genbrugsbutik": (
        "Sortere indleveret tøj",
        "Prismærke og hænge tøj op",
        "Hente møbler hos givere",
        "Stå ved kassen",
    ),
    "Foreningsliv": (
        "Sortere og omdele post",
        "Registrere oplysninger i systemet",
        "Pedelopgaver i idrætshallen",
    ),
}
