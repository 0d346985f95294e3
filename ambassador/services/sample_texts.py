"""Word lists for the made-up sample data: names, places, employers and note fragments.

Every name here is common or invented; combined at random they describe no real person.
"""

from __future__ import annotations

# The letterhead of the sample documents: an invented municipality and coordinator.
ORGANISATION = "Exempelby kommun, Arbetsmarknadsenheten"
COORDINATOR = "Maria Exempelsson"
COORDINATOR_PHONE = "0123-456 78"
CONTACT_DOMAIN = "example.se"  # the coordinator's and the employers' contacts' e-mail
PARTICIPANT_MAIL, PARTICIPANT_DOMAIN = "deltagare", "example.com"
OWN_LANGUAGE = "svenska"  # a participant speaking it needs no interpreter

WOMEN = (
    "Anna",
    "Maria",
    "Karin",
    "Sara",
    "Emma",
    "Lena",
    "Kerstin",
    "Ingrid",
    "Elin",
    "Johanna",
    "Linnéa",
    "Åsa",
    "Märta",
    "Sofia",
    "Hanna",
    "Ida",
    "Amira",
    "Fatima",
    "Hodan",
    "Ayan",
    "Zoë",
    "Noémie",
    "Thị Hương",
    "Lan",
    "Ngọc Anh",
    "Agnieszka",
    "Małgorzata",
    "Zeynep",
    "Ayşe",
    "Gül",
    "Aino",
    "Päivi",
    "Søs",
    "Inés",
    "María José",
    "Yohannes",
    "Saba",
    "Roya",
    "Nilufar",
    "Đào",
)
MEN = (
    "Erik",
    "Lars",
    "Karl",
    "Johan",
    "Anders",
    "Per",
    "Mikael",
    "Olle",
    "Björn",
    "Göran",
    "Håkan",
    "Jörgen",
    "Ali",
    "Mohamed",
    "Ahmed",
    "Abdi",
    "Omar",
    "Yonas",
    "Dawit",
    "Reza",
    "Łukasz",
    "Paweł",
    "Mehmet",
    "Ömer",
    "Uğur",
    "Mustafa",
    "Tuấn",
    "Minh",
    "Đức",
    "Jüri",
    "Jürgen",
    "Søren",
    "Bjørn",
    "José",
    "Iñaki",
    "Matti",
    "Jussi",
    "Tesfay",
    "Hamid",
    "Émile",
)
NEUTRAL = ("Kim", "Robin", "Alex", "Charlie", "Sam", "Love", "Noa", "Ariel")
LAST = (
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Lindqvist",
    "Öberg",
    "Åkesson",
    "Ängström",
    "Bäckström",
    "Hägg",
    "Sjögren",
    "Nguyễn",
    "Trần",
    "Phạm",
    "Lê",
    "Đặng",
    "Hoàng",
    "Şahin",
    "Doğan",
    "Yılmaz",
    "Öztürk",
    "Çelik",
    "Wójcik",
    "Kowalczyk",
    "Łukasiewicz",
    "Nowak",
    "Müller",
    "Schäfer",
    "Jørgensen",
    "Søndergaard",
    "Muñoz",
    "Peña",
    "Ibáñez",
    "Järvinen",
    "Mäkelä",
    "Virtanen",
    "Hussein",
    "Mohamud",
    "Abdullahi",
    "Warsame",
    "Tesfamariam",
    "Gebremedhin",
    "Haile",
    "Hosseini",
    "Rahimi",
    "Ahmadi",
    "Al-Sayed",
    "Haddad",
    "Khalil",
    "O'Connor",
)
STREETS = (
    "Storgatan",
    "Kyrkogatan",
    "Järnvägsgatan",
    "Skolgatan",
    "Björkvägen",
    "Tallstigen",
    "Ängsvägen",
    "Källgränd",
    "Smedjegatan",
    "Åsvägen",
    "Hamngatan",
    "Mjölnarvägen",
)
TOWN = "Solbacka"
POSTCODES = ("871 30", "871 31", "871 32", "871 40", "871 41", "872 30")
LANGUAGES = (
    "svenska",
    "svenska",
    "svenska",
    "arabiska",
    "somaliska",
    "tigrinja",
    "dari",
    "persiska",
    "polska",
    "turkiska",
    "vietnamesiska",
    "finska",
    "spanska",
    "engelska",
)

# sector (Sector's value) -> (name, industry): the industry follows from what the place is, so
# its tasks (sample_tasks.TASKS_OF_INDUSTRY) are what such a place offers.
EMPLOYER_FORMS: dict[str, tuple[tuple[str, str], ...]] = {
    "municipal": (
        ("Solbacka kommun, {place} äldreboende", "Äldreomsorg"),
        ("Solbacka kommun, {place} förskola", "Förskola"),
        ("Solbacka kommun, Tekniska förvaltningen, {place}", "Fastighet"),
        ("Solbacka kommun, Kostenheten {place}", "Kök och måltid"),
        ("Solbacka kommun, {place} skola", "Skola"),
        ("Solbacka kommun, Fritidsgården {place}", "Fritid"),
        ("Solbacka kommun, Biblioteket {place}", "Bibliotek"),
        ("Solbacka kommun, Återbruket {place}", "Återbruk"),
    ),
    "regional": (
        ("Region Norrtorp, Vårdcentralen {place}", "Hälso- och sjukvård"),
        ("Region Norrtorp, Tandvården {place}", "Hälso- och sjukvård"),
        ("Region Norrtorp, Regionservice {place}", "Service och lokalvård"),
    ),
    "state": (
        ("Statens servicecenter {place}", "Administration"),
        ("Trafikverket, depå {place}", "Transport"),
    ),
    "private": (
        ("{family}s Bygg AB", "Bygg"),
        ("ICA Supermarket {place}", "Handel"),
        ("{place} Bilverkstad AB", "Fordon"),
        ("{family}s Städ & Fönsterputs AB", "Städ"),
        ("Café {place}", "Café"),
        ("{place} Trädgård & Handelsträdgård", "Trädgård"),
        ("{family} Logistik AB", "Logistik"),
        ("Hotell {place}", "Hotell"),
        ("{family}s Måleri AB", "Bygg"),
        ("Pizzeria {place}", "Restaurang"),
        ("{place} Däck & Service", "Fordon"),
        ("Frisersalong {place}", "Frisör"),
        ("{family} Elektriska AB", "Elinstallation"),
    ),
    "non_profit": (
        ("Stadsmissionens second hand {place}", "Second hand"),
        ("Röda Korsets butik {place}", "Second hand"),
        ("IK {place}, kansliet", "Föreningsliv"),
        ("Equmeniakyrkan {place}, caféet", "Café"),
    ),
}
PLACES = (
    "Tallbacken",
    "Ängsbyn",
    "Kvarnbacken",
    "Sjöudden",
    "Björkhagen",
    "Solängen",
    "Ekdalen",
    "Lillåsen",
    "Norrmalm",
    "Söderby",
    "Hagaberg",
    "Källby",
    "Strömsnäs",
    "Åsen",
    "Mossen",
)
CONTACT_FIRST = ("Kerstin", "Ulf", "Birgitta", "Mats", "Eva", "Stefan", "Pia", "Jonas", "Leila")

NEEDS = (
    "Behöver tydliga instruktioner, gärna skriftligt.",
    "Kortare arbetsdagar i början på grund av smärta.",
    "Behöver lugn miljö och möjlighet till pauser.",
    "Läs- och skrivsvårigheter; muntliga instruktioner fungerar bättre.",
    "Ökad trötthet efter sjukskrivning; start på 25 procent.",
    "Behöver stöd med resor i början.",
)
STRENGTHS = (
    "Noggrann och punktlig.",
    "Bra på att samarbeta.",
    "Serviceinriktad och glad.",
    "Praktiskt lagd, gillar att arbeta med händerna.",
    "Snabb att lära sig nya rutiner.",
)
INTERESTS = ("Matlagning", "Bilar", "Trädgård", "Djur", "Data och teknik", "Idrott", "Musik")
GOALS = (
    "Anställning inom handel.",
    "Komma tillbaka till arbete efter sjukskrivning.",
    "Undersköterskeutbildning.",
    "Körkort och arbete inom logistik.",
    "Svenska på arbetsplatsen.",
)
PURPOSES = (
    "Pröva arbetsförmåga i en verklig arbetsmiljö.",
    "Arbetsträning inför anställning.",
    "Språkpraktik med arbetsplatsförlagt lärande.",
    "Bygga upp uthållighet och rutiner.",
)
SUPPORT = (
    "Handledaren går igenom dagens uppgifter varje morgon.",
    "Ambassadören besöker arbetsplatsen varannan vecka.",
    "Anpassade arbetstider de första fyra veckorna.",
)
COMPENSATION = (
    "Handledarersättning enligt överenskommelse.",
    "Lönebidrag via Arbetsförmedlingen.",
    "Ingen ersättning till arbetsgivaren.",
    "Aktivitetsstöd till deltagaren.",
)

# note kind (as seeded) -> (opening, with whom): a note filed as a workplace visit says it was
# one, since its text may be printed to the employer.
NOTE_OPENINGS_OF_KIND: dict[str, tuple[tuple[str, str], ...]] = {
    "Arbetsplatsbesök": (
        ("Besök på arbetsplatsen.", "both"),
        ("Besökte deltagaren på arbetsplatsen under förmiddagen.", "participant"),
        ("Besök på arbetsplatsen; pratade med handledaren.", "supervisor"),
    ),
    "Telefonsamtal": (
        ("Telefonsamtal med handledaren.", "supervisor"),
        ("Ringde deltagaren.", "participant"),
        ("Handledaren ringde upp.", "supervisor"),
    ),
    "Trepartssamtal": (
        ("Trepartssamtal hölls.", "both"),
        ("Trepartssamtal med deltagaren och handledaren på arbetsplatsen.", "both"),
    ),
    "Digitalt möte": (
        ("Digitalt möte med arbetsgivaren.", "supervisor"),
        ("Videomöte med deltagaren och handledaren.", "both"),
    ),
    "Meddelande": (
        ("Kort sms-kontakt med deltagaren.", "participant"),
        ("Mejl från handledaren.", "supervisor"),
    ),
    "Annat": (
        ("Avstämning med deltagaren på kontoret.", "participant"),
        ("Uppföljning efter förra veckans samtal.", "participant"),
    ),
}
# For a kind added to the list by hand: openings that name no way of meeting.
ANY_KIND_OPENINGS: tuple[tuple[str, str], ...] = (
    ("Avstämning med deltagaren.", "participant"),
    ("Uppföljning efter förra veckans samtal.", "participant"),
)
NOTE_OPENINGS = tuple(
    opening for openings in NOTE_OPENINGS_OF_KIND.values() for opening, _whom in openings
)
# (text, whom it comes from: "participant", "supervisor", or "" for either): a note of a talk
# with the supervisor alone does not report what the participant said, nor the other way round.
OBSERVATIONS: tuple[tuple[str, str], ...] = (
    ("Deltagaren kommer i tid och trivs med arbetskamraterna.", ""),
    ("Handledaren beskriver att uppgifterna går allt snabbare.", "supervisor"),
    ("Har börjat ta egna initiativ och frågar efter nya uppgifter.", ""),
    ("Frånvaro två dagar förra veckan, förklarat med sjukdom.", ""),
    ("Har genomgått utbildning i hygienrutiner.", ""),
    ("Klarar nu de flesta uppgifterna utan stöd.", ""),
    ("Känner sig trött på eftermiddagarna; vi diskuterade kortare dagar.", "participant"),
    ("Arbetsgivaren är nöjd och funderar på en anställning.", "supervisor"),
    ("Deltagaren uttrycker oro inför att placeringen tar slut.", "participant"),
    ("Samarbetet med handledaren fungerar bra.", ""),
    ("Svårt att förstå instruktionerna; vi tog fram en bildlista.", ""),
    ("Motivationen har sjunkit; deltagaren vill pröva andra uppgifter.", "participant"),
)
NEXT_STEPS: tuple[tuple[str, str], ...] = (
    ("Nästa avstämning om två veckor.", ""),
    ("Vi ses på trepartssamtal nästa månad.", ""),
    ("Handledaren hör av sig vid frågor.", "supervisor"),
    ("Jag kontaktar Arbetsförmedlingen om förlängning.", ""),
    ("Vi prövar nya arbetsuppgifter till nästa gång.", ""),
    ("", ""),
)
NOTE_OBSERVATIONS = tuple(text for text, _whom in OBSERVATIONS)
NOTE_NEXT_STEPS = tuple(text for text, _whom in NEXT_STEPS)


def heard_from(parts: tuple[tuple[str, str], ...], with_whom: str) -> tuple[str, ...]:
    """The texts of `parts` a note of a contact `with_whom` ("participant", "supervisor",
    "both") can say."""
    return tuple(text for text, whom in parts if not whom or with_whom in (whom, "both"))


# industry (EMPLOYER_FORMS) -> the units a placement there may name ("" for none)
UNITS_OF_INDUSTRY: dict[str, tuple[str, ...]] = {
    "Äldreomsorg": ("", "Avdelning 2", "Köket", "Dagverksamheten"),
    "Förskola": ("", "Avdelning Blåbäret", "Köket"),
    "Skola": ("", "Skolrestaurangen", "Vaktmästeriet"),
    "Fastighet": ("", "Parkavdelningen", "Fastighetsskötseln"),
    "Kök och måltid": ("", "Köket"),
    "Återbruk": ("", "Sorteringen", "Butiken"),
    "Hälso- och sjukvård": ("", "Receptionen", "Förrådet"),
    "Service och lokalvård": ("", "Lokalvården", "Godsmottagningen"),
    "Administration": ("", "Posten", "IT-supporten"),
    "Transport": ("", "Verkstaden"),
    "Elinstallation": ("", "Lagret"),
    "Handel": ("", "Lagret", "Butiken"),
    "Fordon": ("", "Verkstaden", "Däckhotellet"),
    "Café": ("", "Köket"),
    "Restaurang": ("", "Köket"),
    "Trädgård": ("", "Växthuset", "Butiken"),
    "Logistik": ("", "Lagret", "Utkörningen"),
    "Hotell": ("", "Våningsservice", "Köket"),
    "Second hand": ("", "Sorteringen", "Butiken"),
    "Föreningsliv": ("", "Kansliet"),
}
FEEDBACK_STRENGTHS = (
    "Pålitlig och noggrann.",
    "Bra bemötande mot kunder.",
    "Tar ansvar för sina uppgifter.",
    "Lär sig snabbt.",
    "",
)
FEEDBACK_DEVELOP = (
    "Våga fråga mer.",
    "Tempo vid hög belastning.",
    "Passa tider efter lunch.",
    "Svenska i kundmöten.",
    "",
)
