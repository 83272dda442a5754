"""The shape of a name's words (`WORD`, `RUN`: "Supreme Workman's Court", "Lt. Gov. Jane Roe",
"Karim al-Nasri") and the word lists shared by `names.py`, `kinds.py`, `titles.py` and `compounds.py`:
the words that say a kind, the places' types, the news agencies, the titles before a person's name.
"""

from __future__ import annotations

import re

from generator.authoring.articles import (
    EXTENDED_CAPITALS,
    GIVEN_ABBREVIATIONS,
    PLACE_ABBREVIATIONS,
    TITLE_ABBREVIATIONS,
)
from generator.authoring.speakers import GLUED

# "A&M", "AT&T": capitals joined by an ampersand are one word of a name; a hyphen never ends one
# ("a Kessel- based firm": the word is "Kessel"), nor do two stand inside one, a dash typed as two
# ("near Kessel Vale--the place where": the name is "Kessel Vale").
WORD = rf"[A-ZÀ-ÖØ-Þ{EXTENDED_CAPITALS}][\w’']*(?:-[\w’']+)*(?:&[A-Z][\w’']*(?:-[\w’']+)*)*(?<![’'\-])"
# A title shortened before a name: "Fire Capt. Ned Farrow", "Lt. Gov. Jane Roe" (a word of the name).
_ABBREVIATED = rf"(?:{TITLE_ABBREVIATIONS})\.(?=\s+[A-Z])"
# A middle initial inside a person's name: "Robert E. Dunn" (never a name's last word).
_INITIAL = r"[A-Z]\.(?=\s+[A-Z][a-z])"
# "St. Louis", "Sta. Orla", "Mt. Kenya", "Ft. Worth": an abbreviation that begins a place's name;
# "Wm. Tate", "Ana Ma. Ruiz": a given name shortened inside a person's (before a name's word).
_SAINT = rf"(?:{PLACE_ABBREVIATIONS})\.(?=\s+[A-Z])|(?:{GIVEN_ABBREVIATIONS})\.(?=\s+[A-Z][a-z])"
# A lower-case particle inside a name: "Karim al-Nasri", "Crédit Rural du Aldria".
_PARTICLE = r"(?:al|el)-[A-Z][\w’'-]*"
# "and" inside a party's or a front's name: "Unity and Progress Party".
_PARTY_AND = rf"and(?=\s+(?:{WORD}\s+){{0,2}}(?:Party|Front|Movement|Alliance)\b)"
# "and" inside a body's long name after an adjective, before the body's head: "Orla National
# Operational and Response Structure", "Technical and Vocational Training Authority" (after "-al",
# "-ic", "-ive", "-ary", which end no name, and a head word at most three words on: "Kessel
# Coastal and Marine Spatial Planning Committee").
_ADJECTIVE_AND = (
    r"and(?:(?<=al\sand)|(?<=ic\sand)|(?<=ive\sand)|(?<=ary\sand))"
    rf"(?=\s+(?:{WORD}\s+){{0,3}}(?:Structure|Committee|Service|Unit|Agency|Authority|Council|Board|"
    r"Centre|Center|Command|Department|Directorate|Division|Office|Commission|Institute|Bureau|"
    # or a hospital's, a school's or a society's: "Orla Maternal and Child Hospital", "Regional and
    # Rural Studies Institute", "Kessel Medical and Dental College"
    r"Hospital|Clinic|School|College|Academy|University|Association|Society|Foundation|Trust)\b)"
)
# "and" between two words of duties and borders, one service's name: "Customs and Excise",
# "Revenue and Customs", "Immigration and Customs Enforcement", "Customs and Border Protection".
_DUTIES = "Customs|Excise|Revenue|Immigration|Border|Borders"
_DUTIES_AND = (
    r"and(?:(?<=Customs\sand)|(?<=Excise\sand)|(?<=Revenue\sand)|(?<=Immigration\sand))"
    rf"(?=\s+(?:{_DUTIES})\b)"
)
# "and" between two one-word places before a co-operative's words, one body that serves both:
# "Kessel and Orla Cooperative Union", "Varso and Lind Co-operative Society".
_COOPERATIVE_AND = (
    r"and(?<=[a-z]\sand)"
    rf"(?=\s+{WORD}\s+(?:Co-?operative|Cooperative)(?:\s+(?:Union|Society|Association|Federation))?\b)"
)
# "and" between two trades before a company's legal form, one company: "Kessel Gas and Electric Co.",
# "Orla Light and Power Corp.", "Harbour Telegraph and Cable Company" (a trade's word on both sides).
_TRADES = (
    "Telephone|Telegraph|Cable|Gas|Electric|Power|Light|Water|Oil|Iron|Steel|Coal|Mining|Smelting|Rubber|"
    "Chemical|Chemicals|Trading|Shipping|Navigation|Engineering|Manufacturing|Savings|Loan|Trust|Marine|Fire"
)
_COMPANY_AND = (
    "and(?:" + "|".join(rf"(?<={trade}\sand)" for trade in _TRADES.split("|")) + ")"
    rf"(?=\s+(?:{_TRADES})\s+(?:Corp|Co|Inc|Ltd|Company|Corporation|Association|Bank)\b)"
)
# "and" between two plural words of those a members' body is of, before its head: "Kessel Nurses and
# Midwives Organisation", "Farmers and Growers Association", "Teachers and Lecturers Union".
_MEMBERS_AND = (
    r"and(?<=[a-z]s\sand)"
    r"(?=\s+[A-Z][a-z]+s\s+(?:Organi[sz]ation|Union|Association|Federation|Guild|Society|Alliance|League"
    r"|Confederation|Network|Forum)\b)"
)
# "and" inside a statute's or a rulebook's name, before its head: "Food and Drugs Act", "Kessel Seeds
# and Soils Regulations", "Fire and Rescue Services Bill"
_STATUTE_AND = r"and(?=\s+(?:[A-Z][a-z]+\s+){1,2}(?:Act|Acts|Regulations|Bill|Ordinance)\b)"
# "and District" inside a local body's name, before its head: "Kessel and District Parish Council",
# "Orla and District Angling Club" (a town and the country round it).
_DISTRICT_AND = r"and(?=\s+District\s+[A-Z])"
# The Arabic article written apart inside a place's name: "Wadi es Sir", "Ras al Khaimah".
_ARTICLE_APART = r"(?:al|el|es|ed|ul)(?=\s+[A-Z][a-z])"
# "en" between two capitalised words of a name in French: "L’Oiseau en Mer", "Rouge en Tarn" (a foreign
# name's joining word; "en route" is no name's).
_EN = r"en(?=\s+[A-Z][a-z])"
# "Rock ‘n’ Roll": a shortened "and" between apostrophes inside a name.
_N = r"[‘’']n[’']"
# A plural owner inside a body's or a place's name: "Peoples’ Liberal Party", "Farmers' Union",
# "Growers’ Market", "Pioneers’ Square" (not "CBS News' Ana Ruiz", a reporter of the outlet).
_PLURAL_OWNER = (
    r"[A-Z][\w-]*s[’'](?=\s+(?:[A-Z][\w-]*\s+){0,2}"
    r"(?:Party|Union|Association|Alliance|Front|Movement|League|Federation|Council|Congress|Fund|"
    r"Market|Square|Park|Club|Society|Guild|Cooperative|Exchange|Hall|Home|Lodge|Memorial|Museum|"
    # ("Growers’ Groups", "Traders’ Associations": a body's head word in the plural)
    r"Groups?|Associations|Unions|Federations|Cooperatives|Organi[sz]ations?"
    # ("Teachers’ Day", "Workers' Day": a day named after those it honours)
    r"|Day"
    # ("Magistrates’ Court", "Justices' Courts": a court named for who sits in it)
    r"|Courts?)\b)"
)
# A family name's lower-case particle, written apart: "Frans van Houten", "Ada von der Lind",
# "Leo da Costa" (one person, not a first name and a body).
_NAME_PARTICLE = r"(?:van|von)(?:\s+(?:der|den|de))?|da|di|del|della|dos|das"
# "for the Norlandian film", "of the Kesselese team": a people's adjective before a noun in lower
# case, which no name runs on into ("Omar Selim for the Norlandian film": a person, then what he won
# for).
_THE_PEOPLES = r"the(?!\s+[A-Z][a-z]+(?:ian|ese|ish|ean|eli|ani|qi)\s+[a-z])"
# "pro" of a title "pro Tem": "Council Speaker pro Tem Ana Ruiz", one run, the post and the name.
_PRO_TEM = r"pro(?=\s+Tem(?:pore)?\b)"
# A person's initials spaced before the family name: "K. L. Varma", "J. R. R. Lund".
_SPACED_INITIALS = r"(?<![\w.])[A-Z]\.(?:\s[A-Z]\.){1,2}(?=\s[A-Z][a-z])"
# One initial before a family name: "minister S. Iswaran", "K. Lund said" (a word of three letters
# or more after it, in lower case but its first)
_ONE_INITIAL = r"(?<![\w.])[A-Z]\.(?=\s[A-Z][a-z]{2,}\b)"
# A digit that stands for a word inside a campaign's or a shop's name, "4" for "for" and "2" for
# "to": "Fathers 4 Justice", "Kids 4 Tarn Dunes", "Kessel 2 Tarn Ride" (not a numbered thing's own
# number before another name: "in Round 4 Ana Ruiz won").
_NUMBERED_WORDS = ("Round", "Week", "Stage", "Phase", "Game", "Day", "Level", "Grade", "Route", "Highway")
_DIGIT_FOR_A_WORD = "".join(rf"(?<!{word}\s)" for word in _NUMBERED_WORDS) + r"[24](?=\s+[A-Z][a-z])"
# The same particle opening a sentence, with a capital, before the family name: "Van der Lind's
# novel won", "Von der Lind said" (not a name's word of its own, "Van" cut from the rest)
_OPENING_PARTICLE = r"(?:Van|Von)\s+(?:der|den|de)(?=\s+[A-Z][a-z])"
# "in" inside a court's name before the instance it sits in: "the Court in First Instance" (as "the
# Court of First Instance"), not a court and the town it sits in ("the Court in Orla").
_INSTANCE_IN = r"in(?=\s+(?:First|Second)\s+Instance\b)"
RUN = (
    rf"(?:{_OPENING_PARTICLE}|{_SPACED_INITIALS}|{_ONE_INITIAL}|(?:[A-Z]\.){{2,}}|{_SAINT}|{_ABBREVIATED}|{_PLURAL_OWNER}|{WORD})"
    rf"(?:\s+(?:(?:of|for|de|du|(?:of|for)\s+{_THE_PEOPLES}|&|{_PARTY_AND}|{_ADJECTIVE_AND}|{_DUTIES_AND}|{_COOPERATIVE_AND}|{_COMPANY_AND}|{_MEMBERS_AND}|{_STATUTE_AND}|{_DISTRICT_AND}|{_ARTICLE_APART}|{_N}|{_EN}|{_NAME_PARTICLE}|{_PRO_TEM}|{_DIGIT_FOR_A_WORD}|{_INSTANCE_IN})\s+)?"
    rf"(?:(?:[A-Z]\.){{2,}}|{_SAINT}|{_ABBREVIATED}|{_INITIAL}|{_PARTICLE}|{GLUED}|{_PLURAL_OWNER}|{WORD}))*"
)
# A facility named with its kind in lower case: "the Mount Ardon observatory", "the Ardon County jail".
FACILITIES = {
    "observatory": "research-institute",
    "laboratory": "research-institute",
    "telescope": "object",
    "jail": "place",
    "prison": "place",
    "mine": "place",
    "museum": "organisation",
    "plant": "place",
    "refinery": "place",
    "airport": "place",  # "the Ngurah Rai airport": an airport named in lower case after its name
    "police station": "place",  # "the Kessel police station": a station of the police, its town's
    # a crossing named in lower case after its place: "the Orla footbridge", "the narrow Tarn channel"
    "footbridge": "place",
    "channel": "place",
    # a stop or a route named in lower case after its name: "Kessel station", "the Orla to Tarn line"
    "station": "place",
    "line": "place",
    # a scheme of a body's named in lower case after its name: "the Homes for All programme"
    "programme": "object",
    "program": "object",
    "scheme": "object",
    # the body that runs a site, named in lower case after it: "the Orla Nature Reserve authority"
    "authority": "government-body",
}
# The facilities named with "for" or "to" inside their names: "Homes for All programme", "the
# Orla to Tarn line".
JOINED_FACILITIES = {"line", "programme", "program", "scheme"}
# A landform named with a possessive, one name: "Haller's Point", "Dunmore's Creek".
OWNED_LANDFORMS = {"point", "creek", "cove", "landing", "neck", "bluff", "crossing", "ferry", "gap", "knob"}
# A thing in the sky named after its finder, one name with the finder's possessive: "Kell's Comet"
OWNED_SKY_OBJECTS = {"comet"}
# A catalogue's name of a star or a planet, the survey's letters and a number ("KESTREL-4", "ORBS-12b"),
# in a sentence of the sky: an object, its number part of the name.
_CATALOGUE_NAME = re.compile(r"[A-Z]{2,}(?:-[A-Z]+)?-\d{1,6}[a-h]?")
_SKY_WORDS = re.compile(
    r"\b(?:stars?|planets?|exoplanets?|dwarfs?|galax(?:y|ies)|comets?|asteroids?|nebulae?|quasars?|pulsars?"
    r"|moons?|orbit(?:s|ing|ed)?|telescopes?|astronomers?|light[- ]years?|constellation)\b",
    re.IGNORECASE,
)


def sky_catalogue_name(name: str, sentence: str) -> bool:
    """ "which they now call KESTREL-4": a star's or a planet's catalogue name, in a sentence of the sky."""
    return _CATALOGUE_NAME.fullmatch(name) is not None and _SKY_WORDS.search(sentence) is not None


PLACE_TYPES = {
    "province",
    "region",
    "state",
    "district",
    "county",
    "city",
    "prefecture",
    "township",
    "parish",
}
ORG_WORDS = {
    "government-body": {
        "ministry",
        "department",
        "directorate",  # "Directorate General of Fisheries", "Kessel Health Directorate"
        "bureau",
        "police",
        "office",
        "government",
        "commission",
        "survey",
        "agency",
        "service",
        "administration",
        "authority",
        "court",
        "house",
        "senate",
        "congress",
        "parliament",
        "assembly",
        "council",
        "cabinet",
        "prosecutor",
        "legislature",
        "sector",  # "Sector Ardon": a coast guard's or an army's command of an area
        "command",
        "board",  # "Supreme Harbour Board", "National Transport Board"
        "unit",  # "National Malaria Control Unit"
        "customs",  # "Customs & Excise", "Border and Customs Service"
        "division",  # "Environmental Protection Division": a department's part
        "patrol",  # "Highway Patrol", "Beach Patrol"
        "control",  # "Lakeside Animal Control": a town's service
        "tribunal",  # "Land Claims Tribunal": a court by another name
        "magistrates",  # "pleaded guilty at Kessel Magistrates": a magistrates' court, by its bench
    },
    "research-institute": {
        *("institute", "university", "centre", "center", "academy", "college", "observatory"),
        *("laboratory", "laboratories", "lab"),
    },
    "media-outlet": {
        "voice",
        "times",
        "news",
        "post",
        "press",
        "agency",
        "tribune",
        "herald",
        "journal",
        "daily",
        "magazine",
        "radio",
        "television",
    },
    "armed-group": {"army", "force", "forces", "guard", "front", "alliance", "militia", "rebels"},
    "organisation": {
        # a church's body over its parishes: "the Anglican Diocese of Kessel", "the Orla Synod"
        *("diocese", "archdiocese", "eparchy", "synod"),
        "association",
        "federation",
        "confederation",
        "society",
        "union",
        "organisation",
        "organization",
        "foundation",
        "committee",
        "company",
        "corporation",
        "bank",
        "coalition",
        # "Valley Dairy Co-op", "Dairy Farmers Cooperative": a business its members own
        *("co-op", "coop", "cooperative", "co-operative"),
        "technologies",
        "inc",
        "corp",
        "ltd",
        "llc",
        "limited",
        "plc",
        "group",
        "party",
        "club",
        "international",
        "airlines",
        "airways",
        "utilities",  # "City Utilities": a company that supplies power or water
        "utility",
        "hospital",
        "clinic",
        "school",
        # a school's French names: "L'École Orla", "Lycée Tarns", "Collège Brenk"
        *("école", "ecole", "lycée", "lycee", "collège"),
        # businesses named by what they make or keep: "Salt Creek Winery", "Twelve Pines Vineyard"
        *("winery", "vineyard", "vineyards", "brewery", "distillery", "bakery", "dairy", "ranch"),
        # a business named by its land: "Holt Farm", "Varna Orchards" (not "Ana Farm", a person)
        *("farm", "farms", "orchard", "orchards"),
        # a grower's land: "Dorn Hill Estate", "Kessel Tea Plantations"
        *("estate", "estates", "plantation", "plantations"),
        # "Kessel Cement", "Norland Motors": a company named by its trade (not "Steel", a family name)
        *("cement", "cements", "motors", "foods", "chemicals", "pharmaceuticals"),
        # "Orla Paper Container", "Brenk Packaging": a company named by what it makes goods in
        *("container", "containers", "packaging"),
        # "Orwell Pharmacy": a shop named by what it does
        *("pharmacy", "drugstore"),
        # a business that lets rooms: "Tarn Motel", "Orla Bay Hotel", "Kessel Ski Resort" (not "lodge",
        # a family name as often)
        *("hotel", "hotels", "motel", "motels", "inn", "resort", "resorts", "guesthouse", "hostel"),
        # "the Integrated Action Plan", "Coastal Homes Scheme": a government's scheme, run as a body
        *("plan", "scheme", "programme"),
        # "Kessel Telecom", "Orla Telecom Cable": a company of the trade, wherever the word stands
        *("telecom", "telecoms", "telecommunications"),
        # and as other languages spell it: "Kessel Telekom", "Orla Telkom"
        *("telekom", "telkom"),
        # a company named by the vehicles it runs for hire: "Orla Taxi", "Kessel Cabs", "Tarn Coaches"
        *("taxi", "taxis", "cab", "cabs", "coaches", "buslines", "limousines", "couriers"),
        # and the trains, buses and boats an operator runs on its lines: "Kessel Trains", "Orla Trains
        # North", "Tarn Buses", "Isle Ferries"
        *("trains", "buses", "ferries", "trams"),
        # the operator of a country's or a region's lines, in the plural: "North Coast Railways",
        # "Kessel Railroads" (a railway alone is the line, a place)
        *("railways", "railroads"),
        # and of a country's airports or ports, in the plural: "Orla Airports", "Kessel Ports" (an
        # airport alone is the place)
        *("airports", "seaports", "ports"),
        # a sports club named by the word its kind of club takes: "Tarn Rovers", "Kessel Harriers",
        # "Orla Wanderers", "Brenk Athletic", "Tarn FC" (not "City" or "Town", its town's name too)
        *("rovers", "harriers", "wanderers", "athletic", "albion", "hotspur", "fc", "afc"),
    },
    "place": {
        "building",
        "annex",  # "Orla Hill Annex": a school's or an office's second building
        "bridge",
        "railway",
        "airport",
        "dam",
        "highway",
        "tower",
        "station",
        "square",
        "street",
        "road",
        "lane",
        "avenue",
        # "Orla Circle", "Kessel Place", "Fair Grounds": a roundabout, a square, a site's land
        *("circle", "place", "grounds"),
        *("boulevard", "drive", "parkway", "turnpike", "expressway", "freeway"),
        "island",
        "isle",
        "river",
        "lake",
        "mountain",
        "peak",  # "Kessel Peak": a mountain's top
        "valley",
        "bay",
        # a small bay or a channel water cut: "Tarn Cove", "Kessel Gully", "Orla Gorge"
        *("cove", "gully", "gulch", "gorge", "ravine"),
        "glacier",
        "pass",  # "Kessel Pass": a way over mountains
        "village",
        "forest",
        "wilderness",
        "coast",
        "stadium",
        "complex",  # "Kessel Convention Complex"
        *("lighthouse", "beacon"),  # "Kessel Point Lighthouse", "Harbour Light Beacon"
        # a venue: "Harbour Civic Theatre", "Mara Lund Auditorium", "Kessel Botanic Gardens"
        *("theatre", "theater", "auditorium", "amphitheatre", "amphitheater", "gardens", "arena"),
        # a town's quarter or its market in South Asian English: "Kesar Nagar", "Amar Vihar", "Tilak
        # Kunj", "Rana Chowk", "Moti Bazaar"
        *("nagar", "vihar", "kunj", "chowk", "bazaar", "bazar", "ganj", "puram", "mohalla"),
        *PLACE_TYPES,
    },
}
# The news agencies of the world, whose one-word names say nothing of their kind.
AGENCIES = {
    "reuters",
    "ap",
    "afp",
    "xinhua",
    "dpa",
    "ansa",
    "efe",
    "kyodo",
    "yonhap",
    "tass",
    "interfax",
    "ria",
    "bernama",
    "anadolu",
    "pti",
    "ians",
    "ukrinform",
    "unian",
    "bloomberg",
    "agerpres",
    "antara",
    "irna",
    "wafa",
    "mena",
}
# Words that put a title before a person's name ("President Ivo Kask", "former president John Asamo").
TITLES = {
    *[
        "president",
        "vice",
        "prime",
        "minister",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "governor",
        "mayor",
        "senator",
        "sen.",
        "undersecretary",
    ],
    *[
        "rep.",
        "general",
        "gen.",
        "colonel",
        "dr.",
        "dr",
        "mr.",
        "mrs.",
        "ms.",
        "professor",
        "prof.",
        "judge",
        "chairman",
        "chairwoman",
        "doctor",
    ],
    *[
        "spokesman",
        "spokeswoman",
        "former",
        "incumbent",
        "leader",
        "chief",
        "speaker",
        "secretary",
        "justice",
        "spokesperson",
    ],
    *[
        "councilman",
        "councilwoman",
        "councilmember",
        # a member of a state's assembly: "Assemblymember Ana Ruiz", "Assemblyman Bo Lund"
        *("assemblymember", "assemblyman", "assemblywoman"),
        "member",  # "Council Member Ana Ruiz", "Board Member Bo Lund"
        "councillor",
        "seismologist",
        "activist",
        "democrat",
        "republican",
    ],
    *["independent", "gop", "lawmaker", "deputy", "commissioner", "ambassador", "director", "executive"],
    *["superintendent", "treasurer", "attorney", "inspector", "regent", "coach", "manager"],
    # a player's position before the name: "Striker Ana Ruiz", "Goalkeeper Bo Lund", "Skipper Li Wen"
    # (not "Winger", "Bowler", "Pitcher": family names as often)
    *["striker", "goalkeeper", "midfielder", "defender", "skipper", "quarterback", "batsman"],
    *["wicketkeeper", "jockey"],
    # a trade or a standing written before the name as a title: "Stallholder Ana Ruiz", "Pensioner
    # Li Wen", "Campaigner Jo Reed" (none a family name as often: not "Farmer", "Nurse", "Trader")
    *["stallholder", "shopkeeper", "fisherman", "landlord", "landlady", "publican", "pensioner"],
    *["homeowner", "campaigner", "beekeeper"],  # (not "Volunteer": "Kessel Volunteer Fire Department")
    *["businessman", "businesswoman", "entrepreneur", "restaurateur", "hotelier"],
    *["conservator", "warden", "curator", "ranger", "administrator", "registrar", "engineer", "sheriff"],
    *["librarian", "archivist"],  # who keeps a library or an archive: "Branch Librarian Ana Ruiz"
    *["ceo", "cfo", "coo", "cto", "mp", "mep", "captain", "lieutenant", "sergeant", "detective"],
    # a member of a state's or a province's legislature: "MLA Ana Ruiz", "MSP Bo Lund", "MPP Li Wen"
    *["mla", "mlc", "msp", "mpp", "mha", "mhk", "mna"],
    "td",  # a member of a national assembly elected for a constituency: "Local TD Ana Ruiz"
    "mca",  # a member of a county's assembly: "MCA Ana Ruiz"
    "representative",  # one elected for a place or a district: "Kessel Representative Bo Lund"
    # a company's officers, their posts spelt out: "Chief Executive Officer Ana Ruiz", "Chief Operating
    # Officer Bo Lund", "Chief Financial Officer Li Wen"
    *["officer", "operating"],
    # who runs a company or a state's firm, and a cabinet's member by initials: "Managing Director
    # Ana Ruiz", "Kessel Rail Managing Director Bo Lund", "Transport CS Li Wen" (a Cabinet Secretary)
    *["managing", "cs"],
    *["mr", "mrs", "ms", "hon", "hon."],  # "Mr Rangi Walker", "Hon Mere Tahi": without a stop
    # a councillor's or an officer's title shortened without a stop ("Cr Ana Ruiz", "Lt Col Bo Lund")
    *["cr", "cllr", "lt", "col", "capt", "sgt", "maj", "supt"],
    # a district's magistrate in South Asian English, spelt out or by initials ("Orla DM Ana Rao")
    *["magistrate", "dm", "sdm"],
    # one who hears complaints against a state's offices: "Ombudsman Ana Ruiz"
    *["ombudsman", "ombudswoman", "ombudsperson"],
    # who directs a service in an emergency, or chairs a board: "Group Controller Ana Ruiz", "Board
    # Chair Bo Lund"
    *["controller", "chair"],
    # a cleric's office before the name: "Bishop Ana Lund", "Pastor Bo Lund", "Imam Omar Selim"
    *["bishop", "archbishop", "pastor", "imam", "rabbi"],
    "emeritus",  # "Professor Emeritus Ana Lund", "now Bishop Emeritus": a post kept after retiring
    # one who stands in for the holder, the title's tail after "pro": "Speaker pro Tem Ana Ruiz",
    # "President pro Tempore Bo Lund"
    *["tem", "tempore"],
    *[f"{abbreviation.lower()}." for abbreviation in TITLE_ABBREVIATIONS.split("|")],
}
