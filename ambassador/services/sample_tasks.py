"""Made-up tasks on offer for the sample data: what employers of each industry might carve out
of their regular work, with the categories and requirements of the lists as seeded."""

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
    ),
    "Kök och restaurang": (
        ("Diska och plocka undan", ("Högt tempo", _STAND)),
        ("Förbereda grönsaker och sallad", ()),
        ("Servera lunch", ("Kundkontakt", "Högt tempo")),
    ),
    "Butik och handel": (
        ("Fylla på hyllor", ("Tidiga morgnar",)),
        ("Prismärka varor", ()),
        ("Stå i kassan", ("Kundkontakt", "Svenska i tal")),
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
    ),
    "Fastighet och utemiljö": (
        ("Klippa gräs och rensa rabatter", (_STAND,)),
        ("Skotta snö och sanda", ("Tunga lyft", "Tidiga morgnar")),
        ("Enklare reparationer", ()),
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
    ),
}

# industry (sample_texts.INDUSTRIES) -> the categories its tasks come from
CATEGORIES_OF_INDUSTRY: dict[str, tuple[str, ...]] = {
    "Vård och omsorg": ("Vård och omsorg", "Kök och restaurang"),
    "Skola och förskola": ("Barn och fritid", "Kök och restaurang", "Fastighet och utemiljö"),
    "Kök och måltid": ("Kök och restaurang",),
    "Fastighet": ("Fastighet och utemiljö", "Städ och lokalvård"),
    "Hälso- och sjukvård": ("Vård och omsorg", "Kontor och administration"),
    "Service och lokalvård": ("Städ och lokalvård", "Lager och logistik"),
    "Administration": ("Kontor och administration", "IT och teknik"),
    "Transport": ("Transport", "Lager och logistik"),
    "Bygg": ("Bygg och hantverk",),
    "Handel": ("Butik och handel", "Lager och logistik"),
    "Fordon": ("Transport", "Bygg och hantverk"),
    "Städ": ("Städ och lokalvård",),
    "Restaurang": ("Kök och restaurang",),
    "Logistik": ("Lager och logistik", "Transport"),
    "Hotell": ("Städ och lokalvård", "Kök och restaurang"),
    "Second hand": ("Återbruk och second hand", "Butik och handel"),
    "Föreningsliv": ("Barn och fritid", "Kontor och administration"),
    "Café": ("Kök och restaurang", "Butik och handel"),
}
