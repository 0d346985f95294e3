"""Made-up tasks on offer for the sample data: what employers of each industry might carve out
of their regular work, with the categories and requirements of the lists as seeded.

Each industry names its own tasks (a café offers dishes and the till, never garden work), so
a suggestion made from the sample data reads as one a coordinator would make."""

from __future__ import annotations

_STAND = "Står eller går större delen av dagen"
_DUST = "Damm, dofter eller allergener"

# category -> (task, requirements)
TASKS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "Lager och logistik": (
        ("Plocka varor till order", (_STAND,)),
        ("Packa och märka paket", ()),
        ("Ta emot leveranser", ("Tunga lyft", "Tidiga morgnar")),
        ("Inventera lagret", ()),
    ),
    "Städ och lokalvård": (
        ("Städa kontor och trapphus", (_STAND, _DUST)),
        ("Fylla på förbrukningsmaterial", ()),
        ("Tvätta och vika textilier", (_DUST,)),
        ("Städa hotellrum", (_STAND, _DUST)),
        ("Sopa och hålla salongen ren", (_STAND,)),
    ),
    "Kök och restaurang": (
        ("Diska och plocka undan", ("Högt tempo", _STAND)),
        ("Förbereda grönsaker och sallad", ()),
        ("Servera lunch", ("Kundkontakt", "Högt tempo")),
        ("Baka och göra smörgåsar", ("Tidiga morgnar",)),
        ("Duka fram och plocka undan frukosten", ("Tidiga morgnar", "Kundkontakt")),
    ),
    "Butik och handel": (
        ("Fylla på hyllor", ("Tidiga morgnar",)),
        ("Prismärka varor", ()),
        ("Stå i kassan", ("Kundkontakt", "Svenska i tal")),
        ("Ta emot kunder och boka tider", ("Kundkontakt", "Svenska i tal")),
    ),
    "Vård och omsorg": (
        ("Följa med på promenader", ("Svenska i tal",)),
        ("Duka och servera fika", ("Kundkontakt",)),
        ("Läsa högt och samtala", ("Svenska i tal",)),
    ),
    "Kontor och administration": (
        ("Skanna och arkivera handlingar", ()),
        ("Sortera och dela ut post", ()),
        ("Registrera uppgifter i systemet", ("Svenska i skrift",)),
        ("Ställa tillbaka böcker på hyllorna", ()),
    ),
    "Fastighet och utemiljö": (
        ("Klippa gräs och rensa rabatter", (_STAND,)),
        ("Skotta snö och sanda", ("Tunga lyft", "Tidiga morgnar")),
        ("Enklare reparationer", ()),
        ("Plantera om och vattna växter", (_STAND,)),
    ),
    "Bygg och hantverk": (
        ("Bära och sortera material", ("Tunga lyft",)),
        ("Städa byggarbetsplatsen", (_DUST, _STAND)),
        ("Måla och spackla", (_DUST,)),
    ),
    "Återbruk och second hand": (
        ("Sortera skänkta kläder", (_DUST,)),
        ("Prismärka och hänga upp", ()),
        ("Hämta möbler hos givare", ("Körkort B", "Tunga lyft")),
    ),
    "Barn och fritid": (
        ("Hjälpa till vid mellanmål", ("Kundkontakt",)),
        ("Vaktmästeri i idrottshallen", ("Arbete ensam",)),
    ),
    "IT och teknik": (
        ("Installera och testa datorer", ()),
        ("Återställa telefoner och surfplattor", ("Arbete ensam",)),
    ),
    "Transport": (
        ("Köra ut varor", ("Körkort B", "Tidiga morgnar")),
        ("Tvätta och städa fordon", ()),
        ("Skifta och förvara däck", ("Tunga lyft",)),
    ),
}

# industry (sample_texts.EMPLOYER_FORMS) -> the tasks its employers offer, each a title of TASKS
TASKS_OF_INDUSTRY: dict[str, tuple[str, ...]] = {
    "Äldreomsorg": (
        "Följa med på promenader",
        "Duka och servera fika",
        "Läsa högt och samtala",
        "Diska och plocka undan",
        "Tvätta och vika textilier",
    ),
    "Förskola": (
        "Hjälpa till vid mellanmål",
        "Diska och plocka undan",
        "Tvätta och vika textilier",
    ),
    "Skola": (
        "Servera lunch",
        "Hjälpa till vid mellanmål",
        "Vaktmästeri i idrottshallen",
        "Sortera och dela ut post",
    ),
    "Fastighet": (
        "Klippa gräs och rensa rabatter",
        "Skotta snö och sanda",
        "Enklare reparationer",
        "Tvätta och städa fordon",
    ),
    "Kök och måltid": (
        "Diska och plocka undan",
        "Förbereda grönsaker och sallad",
        "Servera lunch",
    ),
    "Fritid": (
        "Hjälpa till vid mellanmål",
        "Vaktmästeri i idrottshallen",
        "Duka och servera fika",
    ),
    "Bibliotek": (
        "Ställa tillbaka böcker på hyllorna",
        "Sortera och dela ut post",
        "Skanna och arkivera handlingar",
    ),
    "Återbruk": (
        "Sortera skänkta kläder",
        "Prismärka och hänga upp",
        "Hämta möbler hos givare",
    ),
    "Hälso- och sjukvård": (
        "Skanna och arkivera handlingar",
        "Fylla på förbrukningsmaterial",
        "Sortera och dela ut post",
    ),
    "Service och lokalvård": (
        "Städa kontor och trapphus",
        "Fylla på förbrukningsmaterial",
        "Tvätta och vika textilier",
        "Packa och märka paket",
        "Ta emot leveranser",
    ),
    "Administration": (
        "Skanna och arkivera handlingar",
        "Sortera och dela ut post",
        "Registrera uppgifter i systemet",
        "Installera och testa datorer",
        "Återställa telefoner och surfplattor",
    ),
    "Transport": ("Tvätta och städa fordon", "Ta emot leveranser", "Inventera lagret"),
    "Bygg": ("Bära och sortera material", "Städa byggarbetsplatsen", "Måla och spackla"),
    "Elinstallation": ("Bära och sortera material", "Städa byggarbetsplatsen", "Inventera lagret"),
    "Handel": (
        "Fylla på hyllor",
        "Prismärka varor",
        "Stå i kassan",
        "Ta emot leveranser",
        "Plocka varor till order",
    ),
    "Fordon": ("Tvätta och städa fordon", "Skifta och förvara däck"),
    "Städ": (
        "Städa kontor och trapphus",
        "Fylla på förbrukningsmaterial",
        "Tvätta och vika textilier",
    ),
    "Café": (
        "Diska och plocka undan",
        "Baka och göra smörgåsar",
        "Duka och servera fika",
        "Stå i kassan",
    ),
    "Restaurang": ("Diska och plocka undan", "Förbereda grönsaker och sallad", "Servera lunch"),
    "Trädgård": (
        "Plantera om och vattna växter",
        "Klippa gräs och rensa rabatter",
        "Stå i kassan",
        "Fylla på hyllor",
    ),
    "Logistik": (
        "Plocka varor till order",
        "Packa och märka paket",
        "Ta emot leveranser",
        "Inventera lagret",
        "Köra ut varor",
    ),
    "Hotell": (
        "Städa hotellrum",
        "Tvätta och vika textilier",
        "Duka fram och plocka undan frukosten",
        "Diska och plocka undan",
    ),
    "Frisör": (
        "Sopa och hålla salongen ren",
        "Tvätta och vika textilier",
        "Ta emot kunder och boka tider",
    ),
    "Second hand": (
        "Sortera skänkta kläder",
        "Prismärka och hänga upp",
        "Hämta möbler hos givare",
        "Stå i kassan",
    ),
    "Föreningsliv": (
        "Sortera och dela ut post",
        "Registrera uppgifter i systemet",
        "Vaktmästeri i idrottshallen",
    ),
}


# task title -> (its category, its requirements), looked up once per task offered
_OF_TITLE: dict[str, tuple[str, tuple[str, ...]]] = {
    title: (category, requirements)
    for category, tasks in TASKS.items()
    for title, requirements in tasks
}


def category_of(title: str) -> str:
    """The category of TASKS that `title` is listed under."""
    return _OF_TITLE[title][0]


def requirements_of(title: str) -> tuple[str, ...]:
    return _OF_TITLE[title][1]
