"""Danish word lists for the made-up sample data of a database made for Denmark: names,
towns, employers and note fragments, in the shape of sample_texts' Swedish ones.

Every name here is common or invented; combined at random they describe no real person, and
no employer named here exists.
"""

from __future__ import annotations

# The letterhead of the sample documents: an invented municipality and coordinator.
ORGANISATION = "Eksempelby Kommune, Jobcentret"
COORDINATOR = "Mette Eksempelsen"
COORDINATOR_PHONE = "70 12 34 56"
CONTACT_DOMAIN = "example.dk"  # the coordinator's and the employers' contacts' e-mail
PARTICIPANT_MAIL, PARTICIPANT_DOMAIN = "borger", "example.dk"
OWN_LANGUAGE = "dansk"  # a participant speaking it needs no interpreter

WOMEN = (
    "Mette",
    "Anne",
    "Freja",
    "Kirsten",
    "Hanne",
    "Susanne",
    "Lene",
    "Camilla",
    "Maria",
    "Ida",
    "Sofie",
    "Emma",
    "Signe",
    "Line",
    "Louise",
    "Birgitte",
    "Aase",
    "Søs",
    "Amira",
    "Fatima",
    "Hodan",
    "Agnieszka",
    "Zeynep",
    "Ayşe",
    "Thị Hương",
    "Saba",
    "Roya",
)
MEN = (
    "Søren",
    "Jens",
    "Mikkel",
    "Lars",
    "Niels",
    "Peter",
    "Henrik",
    "Thomas",
    "Rasmus",
    "Mads",
    "Anders",
    "Jørgen",
    "Bjørn",
    "Kasper",
    "Frederik",
    "Ole",
    "Ali",
    "Mohamed",
    "Ahmed",
    "Omar",
    "Łukasz",
    "Mehmet",
    "Ömer",
    "Tuấn",
    "Yonas",
    "Reza",
)
NEUTRAL = ("Kim", "Alex", "Robin", "Sam", "Charlie", "Noa")
# The first 17 are the families of employers' names ("Jensens Byg ApS").
LAST = (
    "Jensen",
    "Nielsen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Petersen",
    "Madsen",
    "Kristensen",
    "Olsen",
    "Thomsen",
    "Poulsen",
    "Møller",
    "Mortensen",
    "Østergaard",
    "Kjærgaard",
    "Bæk",
    "Frederiksen",
    "Holm",
    "Lund",
    "Nguyễn",
    "Şahin",
    "Yılmaz",
    "Öztürk",
    "Nowak",
    "Wójcik",
    "Hussein",
    "Mohamud",
    "Hosseini",
    "Haddad",
    "Al-Sayed",
    "O'Connor",
)
STREETS = (
    "Hovedgaden",
    "Kirkevej",
    "Stationsvej",
    "Skolegade",
    "Birkevej",
    "Bøgeallé",
    "Engvej",
    "Møllevej",
    "Smedegade",
    "Havnegade",
    "Åvej",
    "Søndergade",
)
TOWN = "Solbjerg"
POSTCODES = ("7100", "7120", "7130", "7140", "7150", "7160")
LANGUAGES = (
    "dansk",
    "dansk",
    "dansk",
    "arabisk",
    "somali",
    "tigrinya",
    "dari",
    "persisk",
    "polsk",
    "tyrkisk",
    "vietnamesisk",
    "ukrainsk",
    "engelsk",
)

# sector (Sector's value) -> (name, industry); the industry names its tasks
# (sample_tasks_da.TASKS_OF_INDUSTRY) and units.
EMPLOYER_FORMS: dict[str, tuple[tuple[str, str], ...]] = {
    "municipal": (
        ("Solbjerg Kommune, Plejecenter {place}", "Ældrepleje"),
        ("Solbjerg Kommune, Børnehuset {place}", "Dagtilbud"),
        ("Solbjerg Kommune, Vej og Park {place}", "Ejendom"),
        ("Solbjerg Kommune, Madservice {place}", "Storkøkken"),
        ("Solbjerg Kommune, {place} Skole", "Skole"),
        ("Solbjerg Kommune, Biblioteket {place}", "Bibliotek"),
        ("Solbjerg Kommune, Genbrugspladsen {place}", "Genbrug"),
    ),
    "regional": (
        ("Region Nordjord, Sundhedshuset {place}", "Sundhed"),
        ("Region Nordjord, Regionshospitalet {place}, Service", "Service og rengøring"),
    ),
    "state": (
        ("Statens Administration, {place}", "Administration"),
        ("Banedanmark, depot {place}", "Transport"),
    ),
    "private": (
        ("{family}s Byg ApS", "Byggeri"),
        ("{place}s Bageri ApS", "Bageri"),
        ("{place} Lager A/S", "Logistik"),
        ("Dagligvarer {place} ApS", "Detailhandel"),
        ("{place} Autoværksted ApS", "Autoværksted"),
        ("{family}s Rengøring ApS", "Rengøring"),
        ("Café {place}", "Café"),
        ("{place} Planteskole", "Gartneri"),
        ("{family} Transport A/S", "Logistik"),
        ("Hotel {place}", "Hotel"),
        ("{family}s Malerfirma ApS", "Byggeri"),
        ("Frisør {place}", "Frisør"),
        ("{family} El-service ApS", "El-installation"),
    ),
    "non_profit": (
        ("Kirkens Korshærs genbrugsbutik {place}", "Genbrugsbutik"),
        ("Røde Kors-butikken {place}", "Genbrugsbutik"),
        ("{place} Idrætsforening, sekretariatet", "Foreningsliv"),
    ),
}
PLACES = (
    "Bakkely",
    "Engholm",
    "Møllebakken",
    "Søbredden",
    "Birkelund",
    "Solvang",
    "Egedal",
    "Lillehøj",
    "Nørrevang",
    "Sønderby",
    "Havbjerg",
    "Kildeby",
    "Åbakken",
    "Mosegården",
)
CONTACT_FIRST = ("Kirsten", "Ulrik", "Birgit", "Morten", "Eva", "Steen", "Pia", "Jonas", "Leila")

NEEDS = (
    "Har brug for tydelige instruktioner, gerne på skrift.",
    "Kortere arbejdsdage i starten på grund af smerter.",
    "Har brug for rolige omgivelser og mulighed for pauser.",
    "Læse- og skrivevanskeligheder; mundtlige instruktioner virker bedre.",
    "Bliver hurtigt træt efter sygemelding; starter med otte timer om ugen.",
    "Har brug for hjælp til transport i starten.",
)
STRENGTHS = (
    "Omhyggelig og mødestabil.",
    "God til at samarbejde.",
    "Serviceminded og i godt humør.",
    "Praktisk anlagt, kan lide at arbejde med hænderne.",
    "Lærer hurtigt nye rutiner.",
)
INTERESTS = ("Madlavning", "Biler", "Havearbejde", "Dyr", "Computere", "Sport", "Musik")
GOALS = (
    "Ansættelse i detailhandlen.",
    "Komme tilbage på arbejdsmarkedet efter sygemelding.",
    "Uddannelse som social- og sundhedshjælper.",
    "Kørekort og job inden for logistik.",
    "Dansk på arbejdspladsen.",
)
PURPOSES = (
    "Afklare arbejdsevnen i et rigtigt arbejdsmiljø.",
    "Opkvalificering med henblik på ansættelse.",
    "Sprogpraktik med læring på arbejdspladsen.",
    "Opbygge udholdenhed og faste rutiner.",
)
SUPPORT = (
    "Kontaktpersonen gennemgår dagens opgaver hver morgen.",
    "Ambassadøren besøger arbejdspladsen hver anden uge.",
    "Tilpassede arbejdstider de første fire uger.",
)
COMPENSATION = (
    "Mentorstøtte efter aftale med jobcentret.",
    "Løntilskud via jobcentret.",
    "Ingen kompensation til virksomheden.",
    "Borgeren beholder sin ydelse under praktikken.",
)

# note kind (as seeded for Denmark) -> (opening, with whom): a note filed as a workplace visit
# says it was one, since its text may be printed to the employer.
NOTE_OPENINGS_OF_KIND: dict[str, tuple[tuple[str, str], ...]] = {
    "Virksomhedsbesøg": (
        ("Besøg på arbejdspladsen.", "both"),
        ("Besøgte borgeren på arbejdspladsen i formiddags.", "participant"),
        ("Besøg på arbejdspladsen; talte med kontaktpersonen.", "supervisor"),
    ),
    "Telefonsamtale": (
        ("Telefonsamtale med kontaktpersonen.", "supervisor"),
        ("Ringede til borgeren.", "participant"),
        ("Kontaktpersonen ringede tilbage.", "supervisor"),
    ),
    "Trepartssamtale": (
        ("Trepartssamtale afholdt.", "both"),
        ("Trepartssamtale med borgeren og kontaktpersonen på arbejdspladsen.", "both"),
    ),
    "Digitalt møde": (
        ("Digitalt møde med virksomheden.", "supervisor"),
        ("Videomøde med borgeren og kontaktpersonen.", "both"),
    ),
    "Besked": (
        ("Kort sms-kontakt med borgeren.", "participant"),
        ("Mail fra kontaktpersonen.", "supervisor"),
    ),
    "Andet": (
        ("Opfølgning med borgeren på kontoret.", "participant"),
        ("Opfølgning på sidste uges samtale.", "participant"),
    ),
}
# For a kind added to the list by hand: openings that name no way of meeting.
ANY_KIND_OPENINGS: tuple[tuple[str, str], ...] = (
    ("Opfølgning med borgeren.", "participant"),
    ("Opfølgning på sidste uges samtale.", "participant"),
)
# (text, whom it comes from: "participant", "supervisor", or "" for either).
OBSERVATIONS: tuple[tuple[str, str], ...] = (
    ("Borgeren møder til tiden og trives med kollegerne.", ""),
    ("Kontaktpersonen fortæller, at opgaverne går hurtigere og hurtigere.", "supervisor"),
    ("Er begyndt at tage initiativ og spørger efter nye opgaver.", ""),
    ("Fravær to dage i sidste uge på grund af sygdom.", ""),
    ("Har gennemført et kursus i hygiejne.", ""),
    ("Klarer nu de fleste opgaver uden hjælp.", ""),
    ("Er træt om eftermiddagen; vi talte om kortere dage.", "participant"),
    ("Virksomheden er tilfreds og overvejer en ansættelse.", "supervisor"),
    ("Borgeren er bekymret for, hvad der sker, når forløbet slutter.", "participant"),
    ("Samarbejdet med kontaktpersonen fungerer godt.", ""),
    ("Svært at forstå instruktionerne; vi lavede en liste med billeder.", ""),
    ("Motivationen er faldet; borgeren vil gerne prøve andre opgaver.", "participant"),
)
NEXT_STEPS: tuple[tuple[str, str], ...] = (
    ("Næste opfølgning om to uger.", ""),
    ("Vi ses til trepartssamtale i næste måned.", ""),
    ("Kontaktpersonen henvender sig ved spørgsmål.", "supervisor"),
    ("Jeg kontakter jobcentret om forlængelse.", ""),
    ("Vi afprøver nye arbejdsopgaver til næste gang.", ""),
    ("", ""),
)

# industry (EMPLOYER_FORMS) -> the units a placement there may name ("" for none)
UNITS_OF_INDUSTRY: dict[str, tuple[str, ...]] = {
    "Ældrepleje": ("", "Afdeling 2", "Køkkenet", "Aktivitetscentret"),
    "Dagtilbud": ("", "Stuen Blåbær", "Køkkenet"),
    "Skole": ("", "Skolekøkkenet", "Pedelfunktionen"),
    "Ejendom": ("", "Parkafdelingen", "Driften"),
    "Storkøkken": ("", "Køkkenet"),
    "Bibliotek": ("", "Udlånet"),
    "Genbrug": ("", "Sorteringen", "Butikken"),
    "Sundhed": ("", "Receptionen", "Depotet"),
    "Service og rengøring": ("", "Rengøringen", "Varemodtagelsen"),
    "Administration": ("", "Posten", "IT-supporten"),
    "Transport": ("", "Værkstedet"),
    "Byggeri": ("", "Lageret"),
    "Bageri": ("", "Bageriet", "Butikken"),
    "Logistik": ("", "Lageret", "Udbringningen"),
    "Detailhandel": ("", "Lageret", "Butikken"),
    "Autoværksted": ("", "Værkstedet", "Dækhotellet"),
    "Rengøring": ("",),
    "Café": ("", "Køkkenet"),
    "Gartneri": ("", "Drivhuset", "Butikken"),
    "Hotel": ("", "Housekeeping", "Køkkenet"),
    "Frisør": ("",),
    "El-installation": ("", "Lageret"),
    "Genbrugsbutik": ("", "Sorteringen", "Butikken"),
    "Foreningsliv": ("", "Sekretariatet"),
}
FEEDBACK_STRENGTHS = (
    "Pålidelig og omhyggelig.",
    "God til at tage imod kunder.",
    "Tager ansvar for sine opgaver.",
    "Lærer hurtigt.",
    "",
)
FEEDBACK_DEVELOP = (
    "Turde spørge mere.",
    "Tempoet i travle perioder.",
    "Mødetider efter frokost.",
    "Dansk i kundekontakten.",
    "",
)
