"""The actors an article names, and what kind each is: the heuristics of `explainer init`.

Names are runs of capitalised words ("Supreme People's Court", "Ministry of Health and Family
Welfare"), a title before a person's name ("West Virginia Senator Joe Manchin"), acronyms in brackets
(aliases), named groups ("Chinese officials") and a place's institution ("Russia's central bank").
A name's kind comes from its words ("Ministry", "Province", "Times"), from what is written around
each mention ("in Lorca", "the official news agency, Xinhua", "Beijing, China's capital", "known as
Copom") and from the names it is listed with ("Lviv, Rivne and Kyiv").
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass, field

from generator.authoring import modifiers, towns
from generator.authoring.articles import TITLE_ABBREVIATIONS, clause

_WORD = r"[A-Z][\w’'\-]*(?<![’'])"
# A title shortened before a name: "Fire Capt. Eli Iskow", "Lt. Gov. Jane Roe" (a word of the name).
_ABBREVIATED = rf"(?:{TITLE_ABBREVIATIONS})\.(?=\s+[A-Z])"
# A middle initial inside a person's name: "Robert E. Murray" (never a name's last word).
_INITIAL = r"[A-Z]\.(?=\s+[A-Z][a-z])"
# "St. Louis", "Mt. Kenya", "Ft. Worth": an abbreviation that begins a place's name.
_SAINT = r"(?:St|Ste|Mt|Ft)\.(?=\s+[A-Z])"
# A lower-case particle inside a name: "Habib al-Adly", "Crédit Foncier du Cameroun".
_PARTICLE = r"(?:al|el)-[A-Z][\w’'-]*"
# "and" inside a party's or a front's name: "Justice and Development Party".
_PARTY_AND = rf"and(?=\s+(?:{_WORD}\s+){{0,2}}(?:Party|Front|Movement|Alliance)\b)"
_RUN = (
    rf"(?:(?:[A-Z]\.){{2,}}|{_SAINT}|{_ABBREVIATED}|{_WORD})"
    rf"(?:\s+(?:(?:of|for|de|du|of the|for the|&|{_PARTY_AND})\s+)?"
    rf"(?:(?:[A-Z]\.){{2,}}|{_SAINT}|{_ABBREVIATED}|{_INITIAL}|{_PARTICLE}|{_WORD}))*"
)
# No name starts inside a word ("sub-Saturns", "mid-March", "pro-Kremlin").
_CAPITALISED = re.compile(r"(?<![\w’'-])" + _RUN)
_ACRONYM = re.compile(r"^\(([A-Z][A-Z.]{1,9})\)")
_GROUP_KINDS = {
    "officials": "government-body",
    "authorities": "government-body",
    "police": "government-body",
    "government": "government-body",
    "rebels": "armed-group",
    "forces": "armed-group",
    "troops": "armed-group",
    "militias": "armed-group",
    "military": "armed-group",
}
_GROUP = re.compile(
    rf"\b({_WORD}\s+(?:media sources|media|nationals|activists|residents|workers|"
    + "|".join(_GROUP_KINDS)
    + r"))\b"
)
_DIRECTIONS = "northern|southern|eastern|western|northeast|northwest|southeast|southwest|central"
_REGION = re.compile(
    rf"\b((?:{_DIRECTIONS})\s+{_WORD}|{_WORD}(?:\s+(?!(?:the|a|an|this|that|its|their)\s)[a-z-]+)?\s+"
    r"(?:zone|region|province|state|district|county|city|township|prefecture))\b"
)
# A facility named with its kind in lower case: "the Mount Kent observatory", "the Craighead County jail".
_FACILITIES = {
    "observatory": "research-institute",
    "laboratory": "research-institute",
    "telescope": "object",
    "jail": "place",
    "prison": "place",
    "mine": "place",
    "museum": "organisation",
    "plant": "place",
    "refinery": "place",
}
_FACILITY = re.compile(rf"\b({_WORD}(?:\s+{_WORD}){{0,3}}\s+(?:radio\s+)?(?:{'|'.join(_FACILITIES)}))\b")
# A place's institution written in lower case: "Russia's central bank", "Brazil's foreign ministry".
_INSTITUTION_WORDS = (
    r"(?:bank|ministry|parliament|government|army|police|court|committee|commission|agency|council|"
    r"regulator|cabinet|senate|congress|assembly|navy|military)"
)
_INSTITUTION = re.compile(
    rf"\b({_WORD}(?:\s+{_WORD})?[’']s\s+(?:[a-z]+\s+){{0,3}}{_INSTITUTION_WORDS}"
    # without the possessive, only adjectives between: "the Murcia regional government"
    rf"|{_WORD}\s+(?:(?:[a-z]+(?:al|ic|ary|ial|ern|ive)|state|city|county|district|town|supreme|high|foreign)\s+){{0,2}}"
    rf"{_INSTITUTION_WORDS})\b"
)
# "..., known as Copom", "... called the Tatmadaw": the name takes the kind of the words before.
_KNOWN_AS = re.compile(
    rf"(?P<what>(?:[\w’']+\s+){{0,3}}[\w’']+),?\s+(?:known as|called)\s+(?:the\s+)?(?P<name>{_WORD})"
)
_PLACE_TYPES = {
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
_ORG_WORDS = {
    "government-body": {
        "ministry",
        "department",
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
        "sector",  # "Sector Virginia": a coast guard's or an army's command of an area
        "command",
        "board",  # "Supreme Election Board", "National Transport Board"
        "unit",  # "National Dengue Control Unit"
        "customs",  # "Customs & Excise", "Border and Customs Service"
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
    },
    "armed-group": {"army", "force", "forces", "guard", "front", "alliance", "militia", "rebels"},
    "organisation": {
        "association",
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
        "hospital",
        "clinic",
        "school",
    },
    "place": {
        "building",
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
        "island",
        "isle",
        "river",
        "lake",
        "mountain",
        "valley",
        "bay",
        "glacier",
        "village",
        "forest",
        "wilderness",
        "coast",
        "stadium",
        *_PLACE_TYPES,
    },
}
# Words that say a name's kind only as its head, its last word ("Stanley Spencer Gallery", "Mars
# Reconnaissance Orbiter"), not anywhere in it ("Harbour Air Lines" is an airline).
_HEAD_WORDS = {
    **dict.fromkeys(("museum", "gallery", "library", "zoo"), "organisation"),
    **dict.fromkeys(("palace", "castle", "cathedral", "canyon", "harbour", "harbor", "beach"), "place"),
    **dict.fromkeys(("sea", "ocean", "gulf", "strait", "peninsula", "desert", "crater", "volcano"), "place"),
    # craft and instruments
    **dict.fromkeys(("orbiter", "rover", "lander", "satellite", "spacecraft", "rocket", "shuttle"), "object"),
    "telescope": "object",
    "reserve": "government-body",  # "Federal Reserve"
    **dict.fromkeys(("electronics", "motors", "industries", "holdings", "pharmaceuticals"), "organisation"),
    **dict.fromkeys(("markets", "stores", "foods", "supermarkets", "brands", "restaurants"), "organisation"),
    **dict.fromkeys(("productions", "studios", "partners", "enterprises", "associates"), "organisation"),
    # "Lomba Wildlife Sanctuary", "Silver Falls Bird Park", "Port of Kestrel": grounds and ports
    **dict.fromkeys(("sanctuary", "park", "port"), "place"),
    "facility": "place",  # "Kestrel Pumping Facility": a site
}
# The head words of a state body whose subjects are joined by "and" ("Fish and Game Department").
_BODY_HEADS = {"administration", "service", "commission", "agency", "authority", "department", "bureau"}
# The bodies of the solar system, named like people or towns ("Mars", "Venus").
_PLANETS = {"Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto"}
# A point of the compass before a place: "West London", "Northern Ireland", "Greater Manchester".
_COMPASS = {
    *("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"),
    *("Greater", "Upper", "Lower", "Inner", "Outer", "Northeast", "Northwest", "Southeast", "Southwest"),
}
# The news agencies of the world, whose one-word names say nothing of their kind.
_AGENCIES = {
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
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|to|from|into|across|near|inside|bordering|of|throughout|around|outside|within|between|"
    r"northern|southern|eastern|western|north|south|east|west|northeast|northwest|southeast|southwest|"
    r"central)\s+)$"
)
# "Beijing, China's capital", "Lorca, a town of 90,000": an apposition that says a name is a place.
_PLACE_AFTER = re.compile(
    r"^,\s+(?:(?:a|an|the)\s+|[A-Z]\w+[’']s\s+)(?:(?!of\b|in\b)[\w-]+\s+){0,2}"
    r"(?:capital|city|town|village|county|province|region|district|state|country|nation|port|island)\b"
)
_MEDIA_BEFORE = re.compile(
    r"\b(?:journal|newspaper|magazine|broadcaster|channel|network|news agency|wire service)"
    r"\s*,?\s+(?:the\s+)?$"
)
# Capitalised only to begin a sentence, unless they begin a name mid-sentence ("Under Armour").
_FUNCTION_WORDS = {"Under", "After", "Before", "Since", "From", "Among", "Only", "Still", "Even", "Next"}
_ON_BODIES = {"panel", "committee", "council", "commission", "conference", "convention", "board", "forum"}
_CONTRACTION = re.compile(r"^[A-Z][a-z]*[’'](?:re|ve|ll|m|d|t)$")
_ORGANISATION_BEFORE = re.compile(
    r"\b(?:company|firm|group|carrier|airline|retailer|maker|manufacturer|startup|club|team|charity|"
    r"insurer|lender|utility|operator|chain|brand|fund|exchange|conglomerate|publisher|drugmaker)\s*,?\s+$"
)
# What only a company has after its name: "Acme, Inc.", "Acme CEO Jane Roe", "Acme shareholders".
_COMPANY_AFTER_NAME = re.compile(r"^\s+(?:CEO|CFO|chief executive|shareholders|stores)\b")
# A vessel named after its kind: "the motor vessel Seagate", "two yachts — Sea Breeze and Blue Heron",
# "their boat, Tremont"; or before it: "Atlantis, a research vessel".
_VESSELS = (
    r"vessels?|boats?|ship|cutters?|yachts?|tankers?|freighters?|trawlers?|ferry|ferries|liners?|barges?"
    r"|tugs?|tugboats?|frigates?|destroyers?|submarines?|schooners?|containership"
)
_VESSEL_BEFORE = re.compile(
    rf"\b(?:{_VESSELS})\s*(?:,|[—–:]|\s-)?\s*(?:the\s+)?(?:{_WORD}(?:\s+{_WORD})*\s*(?:,|\band\b)\s*(?:the\s+)?)*$"
)
_VESSEL_AFTER = re.compile(rf"^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}(?:{_VESSELS})\b")
# A place's kind written after its name in lower case: "near West Caicos island", "the Yangtze river".
_PLACE_TYPE_AFTER = re.compile(
    r"^\s+(?:island|islands|isle|river|lake|valley|peninsula|archipelago|atoll|zone|area|basin|plateau)\b"
)
_STORM = re.compile(r"^(?:Cyclone|Hurricane|Typhoon|Tropical\s+(?:Storm|Depression|Cyclone)|Storm)\s+[A-Z]")
# "Coast Guard", "Police Force": a state's service, whatever "Guard" or "Force" say elsewhere.
_SERVICES = re.compile(r"\bCoast\s+Guard\b|\bPolice\s+(?:Force|Service)\b")
_MEASURES = "miles|kilometres|kilometers|km|metres|meters|feet|yards"
# What only a company has: "Simpson Strong-Tie's corporate headquarters", "Acme's shares".
_COMPANY_AFTER = re.compile(
    r"^[’']s\s+(?:[a-z]+\s+)?(?:headquarters|shares|stock|employees|workforce|subsidiary|chief executive|"
    r"shareholders|factory|plant|stores|customers|products)\b"
)
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ese|ian|ish|ean)$")
_MONTHS = [name for name in calendar.month_name if name]
NOT_NAMES = {
    *_MONTHS,
    *(name for name in calendar.month_abbr if name),
    "Sept",
    *calendar.day_name,
    *[
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "I",
        "His",
        "Her",
        "Their",
        "Our",
        "But",
        "And",
        "Or",
        "As",
        "At",
        "By",
        "For",
    ],
    *[
        "From",
        "If",
        "In",
        "On",
        "When",
        "While",
        "After",
        "Before",
        "Since",
        "Among",
        "According",
        "Most",
        "Many",
        "Some",
        "Other",
        "All",
        "Both",
    ],
    *[
        "Each",
        "Several",
        "Such",
        "There",
        "Here",
        "Who",
        "What",
        "Where",
        "Why",
        "How",
        "Published",
        "Photo",
        "Handout",  # a photo's credit: "Ana Ruiz/Handout via ..."
        "License",
        "Today",
        "Now",
        "Yesterday",
        *modifiers.NUMBER_WORDS,
    ],
    *[
        "Tomorrow",
        "Under",
        "Also",
        "However",
        "Meanwhile",
        "Previously",
        "Last",
        "Next",
        "Only",
        "Honestly",
        "Yet",
        "Still",
        "Even",
        "So",
        "No",
    ],
}
# A person's honorifics: the name after them is a person's, whatever its words say.
_HONORIFICS = {"mr", "mrs", "ms", "dr", "hon"}
# Words before a title that qualify it, never a body's name: "former", "acting".
_QUALIFIERS = {"former", "acting", "interim", "then", "incumbent", "outgoing"}
# Titles that only a company gives: "Acme CEO Jane Roe" names the company Acme.
_COMPANY_TITLES = {"ceo", "cfo", "coo", "cto"}
# Possessives inside a name, not an owner before it: "Supreme People's Court", "Prosecutor's Office".
_NOT_OWNERS = {"people's", "children's", "women's", "men's", "workers'", "prosecutor's", "attorney's"}
# Words that put a title before a person's name ("President Xi Jinping", "former president John Mahama").
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
        "councillor",
        "seismologist",
        "activist",
        "democrat",
        "republican",
    ],
    *["independent", "gop", "lawmaker", "deputy", "commissioner", "ambassador", "director", "executive"],
    *["superintendent", "treasurer", "attorney", "inspector", "regent", "coach", "manager"],
    *["conservator", "warden", "curator", "ranger", "administrator", "registrar", "engineer"],
    *["ceo", "cfo", "coo", "cto", "mp", "mep", "captain", "lieutenant", "sergeant", "detective"],
    *["mr", "mrs", "ms", "hon", "hon."],  # "Mr Rangi Walker", "Hon Mere Tahi": without a stop
    *[f"{abbreviation.lower()}." for abbreviation in TITLE_ABBREVIATIONS.split("|")],
}


@dataclass
class Name:
    name: str
    kind: str
    evidence: str
    aliases: list[str] = field(default_factory=list)
    count: int = 0


@functools.cache
def _gazetteer() -> frozenset[str]:
    """Names of countries and their subdivisions (pycountry: ISO 3166 data shipped in the package, so
    the answer never depends on the network or the day). Cities are told by their context instead
    ("the city of Dingxi", "throughout Accra"): a city list would weigh more than the whole site."""
    import pycountry

    names: set[str] = set()
    for country in pycountry.countries:
        names.update(getattr(country, key, "") for key in ("name", "common_name", "official_name"))
        names.add(country.alpha_3)  # not the two-letter codes: "IT", "PR", "AI" are words of news text
    names.update(subdivision.name for subdivision in pycountry.subdivisions)
    names.discard("")
    names.update(("UK", "US", "USA", "UAE"))  # the short names news text uses
    return frozenset(name.casefold() if len(name) > 3 else name for name in names)


def is_place(name: str) -> bool:
    """A known country, region or city. Codes (US, GBR) only in capitals; names in any case."""
    places = _gazetteer()
    bare = name.removeprefix("the ").removeprefix("The ").replace(".", "")
    return bare in places if len(bare) <= 3 else bare.casefold() in places


def is_post(name: str) -> bool:
    """ "Director of Field Operations", "Secretary of State": a post, with no one named."""
    words = name.split()
    return len(words) > 2 and words[0].lower() in TITLES and words[1] == "of"


def _place_or_town(name: str) -> bool:
    return is_place(name) or towns.is_town(name)


def _organisation_words(name: str) -> set[str]:
    words = {word.lower().strip(".").replace("’", "'").removesuffix("'s") for word in name.split()}
    return words | {word[:-1] for word in words if word.endswith("s")}  # "Centers", "Airlines"


def strip_title(name: str) -> tuple[str, bool]:
    """The name without the title before it, and whatever qualifies the title ("Xi Jinping" from
    "Chinese President Xi Jinping", "Joe Manchin" from "West Virginia Senator Joe Manchin"):
    ("Xi Jinping", True)."""
    words = name.split()
    titles = [
        i
        for i, word in enumerate(words[:-1])
        if word.lower() in TITLES or word.lower().split("-")[0] in TITLES  # "Secretary-General"
    ]
    if not titles:
        return name, False
    rest = words[titles[-1] + 1 :]
    if len(rest) >= 4 and rest[0] in {"of", "for"} and all(word[:1].isupper() for word in rest[-2:]):
        # "Minister of Agriculture Lobin Lowe": the title's portfolio, then the person
        return " ".join(rest[-2:]), True
    institution = _organisation_words(" ".join(rest)) & set().union(*_ORG_WORDS.values())
    if not rest or len(rest) > 3 or institution or not all(word[:1].isupper() for word in rest):
        return name, False
    return " ".join(rest), True


def _person_of(name: str) -> tuple[str, str | None]:
    """ "James Skea of Imperial College London": a name of two or three words, then "of" and a
    body (a word says it is one); ("James Skea", "Imperial College London"). Otherwise (name, None):
    "Bank of England", "Republic of Korea", "United States of America" stay whole."""
    left, of, right = name.partition(" of ")
    words = left.split()
    body_words = set().union(*(v for k, v in _ORG_WORDS.items() if k != "place"))
    # "Mr Ana Ruiz of Seven Peaks Tours": an honorific says the one before "of" is a person
    honoured = bool(words) and words[0].lower().rstrip(".") in _HONORIFICS and len(right.split()) >= 2
    if (
        not of
        or not 2 <= len(words) <= 3
        or _organisation_words(left) & set().union(*_ORG_WORDS.values())
        or is_place(left)
        or _DEMONYM.match(words[0])
        or not (_organisation_words(right) & body_words or honoured)
    ):
        return name, None
    return left, right


# An acronym of three letters or more that no gazetteer knows: a body's short name ("NASA", "AFP").
_ACRONYM_NAME = re.compile(r"^[A-Z]{3,6}$")


def _compass_place(name: str) -> bool:
    """ "West London", "Northern Ireland": a point of the compass, then a known place or town."""
    first, _, rest = name.partition(" ")
    return first in _COMPASS and bool(rest) and (is_place(rest) or towns.is_town(rest))


def kind_of(name: str, before: str, after: str = "") -> str:
    words = _organisation_words(name)
    if (_VESSEL_BEFORE.search(before) or _VESSEL_AFTER.match(after)) and not is_place(name):
        return "object"  # "the tanker Ocean Pride", "Polar Dawn, a research vessel"
    if _SERVICES.search(name):
        return "government-body"
    if _STORM.match(name):
        return "object"  # "Cyclone Fani", "Hurricane Maria": a storm, not a person
    if _PLACE_TYPE_AFTER.match(after):
        return "place"
    if _MEDIA_BEFORE.search(before.lower()) or name.lower() in _AGENCIES:
        return "media-outlet"
    if (
        _ORGANISATION_BEFORE.search(before.lower())
        or _COMPANY_AFTER.match(after)
        or modifiers.COMPANY_SUFFIX.match(after)
        or _COMPANY_AFTER_NAME.match(after)
    ):
        return "organisation"  # "the athletic wear company Under Armour", "Acme's headquarters"
    if name.split()[-1].lower() in _PLACE_TYPES and len(name.split()) <= 3:
        return "place"
    if name in _PLANETS:
        return "place"
    # A name's head is its last word ("Jet Propulsion Laboratory", "Times Square"), or the word before
    # "of" ("Court of Langan City", "Bank of England"); else any word says the kind.
    before_of = re.split(r"\s+(?:of|for|on)\s+", name)[0].split()
    head = _organisation_words(before_of[-1]) if len(name.split()) > 1 else set()
    for word in head:
        if word in _HEAD_WORDS:
            return _HEAD_WORDS[word]
    for keywords in (head, {"mount", "cape"} & {name.split()[0].lower()}, words):
        for kind, kind_words in {**_ORG_WORDS, "place": _ORG_WORDS["place"] | {"mount", "cape"}}.items():
            if keywords & kind_words:
                return kind
    if is_place(name) or _PLACE_AFTER.match(after) or _compass_place(name):
        return "place"
    if len(name.split()) > 1 and {word.lower() for word in name.split()} & _AGENCIES:
        return "organisation"  # "Thomson Reuters": a company that bears an agency's name
    if len(name.split()) == 1:
        if _PLACE_BEFORE.search(before.lower()) and not _ACRONYM_NAME.match(name):
            return "place"  # "in Lorca"; but "to NASA" names a body, not a place
        if re.search(r"\ban?\s+$", before) and re.match(r"\s+(?:in|at|near)\s+[A-Z]", after):
            return "organisation"  # "sold at a Brightmart in Lakeside": a branch of a company
        return "organisation" if name.isupper() and len(name) > 1 else "group"
    if _DEMONYM.match(name.split()[0]):
        return "organisation"  # "Chinese Red Cross": a person's name does not start with a nationality
    if "of" in words or "for" in words:
        return "organisation"
    if any(re.fullmatch(r"[A-Z]{2,4}", word) and word.lower() not in TITLES for word in name.split()):
        return "organisation"  # "FC Goa", "Jamshedpur FC": a person's name has no acronym in it
    if re.search(r"\s[A-Z]\s", f" {name} "):
        return "organisation"  # "Games R Fun": a person's initial has a stop after it
    if len(name.split()) == 2 and name.split()[0] == "New":
        return "place"  # "New Caledon", "New Haven": no person's first name is "New"
    if 2 <= len(name.split()) <= 3:
        # "San Francisco", "Shingle Springs": a town's name before a person's
        return "place" if towns.is_town(name) else "person"
    return "organisation"


def _place_with_and(left: list[str], right: list[str]) -> bool:
    """Whether words of ``left``, "and", and words of ``right`` name one place: a country the
    gazetteer knows ("Trinidad and Tobago") or islands named together ("Lark and Heron Islands")."""
    if right[-1:] and right[-1] in {"Islands", "Isles"} and len(right) <= 3 and left[-1] not in right:
        return True
    return any(
        is_place(" ".join(left[i:]) + " and " + " ".join(right[:j]))
        for i in range(max(0, len(left) - 3), len(left))
        for j in range(1, min(len(right), 3) + 1)
    )


def _body_with_and(left: list[str], right: list[str]) -> bool:
    """ "Fish and Game Department", "Parks and Wildlife Service": "and" between the subjects of
    one state body, whose head word ends the name; not a place and a body ("Texas and Border
    Agency") nor two names ("Acme and Globex Inc")."""
    head = right[-1].lower() if right else ""
    return (
        head in _BODY_HEADS
        and 1 <= len(right) <= 3
        and not (_organisation_words(" ".join(left)) & set().union(*_ORG_WORDS.values()))
        and not is_place(left[-1])
        and not towns.is_town(left[-1])
        and not (_organisation_words(" ".join(right[:-1])) & set().union(*_ORG_WORDS.values()))
    )


def _joined(sentence: str, text: str, end: int) -> tuple[str, int]:
    """A run of capitalised words with the rest of its name joined on: a list of portfolios, "and"
    after "of" or "for", "on" after a panel, a mistyped place after "of"; and where it now ends."""
    # "Department for Digital, Culture, Media & Sport": the portfolios of one body, listed.
    listed = re.match(rf"(?:,\s+{_WORD})+,?\s+(?:&|and)\s+{_WORD}\b", sentence[end:])
    portfolio = re.search(r" (?:of|for) (\w+)$", text)
    if listed and portfolio and not is_place(portfolio[1]) and not towns.is_town(portfolio[1]):
        text, end = text + sentence[end : end + listed.end()], end + listed.end()
    # "Turks and Caicos Islands", "Trinidad and Tobago", "the Lark and Heron Islands": "and" inside a
    # place's name (and in a body's named after it: "Royal Turks and Caicos Islands Police Force").
    joined = re.match(rf"\s+and\s+({_RUN})", sentence[end:])
    if joined and (
        _place_with_and(text.split(), joined[1].split()) or _body_with_and(text.split(), joined[1].split())
    ):
        text, end = text + sentence[end : end + joined.end()], end + joined.end()
    # "Ministry of Health and Family Welfare", "Centers for Disease Control and Prevention": "and"
    # inside a name that already has "of" or "for".
    while (
        (joined := re.match(rf"\s+and\s+({_RUN})", sentence[end:]))
        and re.search(r" (?:of|for) ", text)
        and not listed
        # "... and Arts Council England": a body of its own, not the rest of this one's name
        and not _organisation_words(joined[1]) & set().union(*_ORG_WORDS.values())
    ):
        text, end = text + sentence[end : end + joined.end()], end + joined.end()
    # "Intergovernmental Panel on Climate Change", "Committee on Foreign Affairs"
    joined = re.match(rf"\s+on\s+({_RUN})", sentence[end:])
    if joined and text.split()[-1].lower() in _ON_BODIES and joined.group(1).split()[0] not in NOT_NAMES:
        text, end = text + sentence[end : end + joined.end()], end + joined.end()
    # "Reserve Bank of new Zealand": a known place after "of", mistyped in lower case.
    typo = re.match(r"\s+of\s+([a-z]+\s+[A-Z][\w’'-]*)", sentence[end:])
    if typo and is_place(typo.group(1)) and not is_place(typo.group(1).split()[-1]):
        text, end = text + sentence[end : end + typo.end()], end + typo.end()
    return text, end


class _Finder:
    """Names gathered sentence by sentence, each with every kind its mentions suggest."""

    def __init__(self, all_sentences: list[str]) -> None:
        self.sentences = all_sentences
        self.found: dict[str, Name] = {}
        self.joined_until = 0
        self.mid_sentence = {
            word for sentence in all_sentences for word in re.findall(r"(?<=[a-z,;] )[A-Z][\w’'-]*", sentence)
        }
        self.lower_words = set(re.findall(r"\b[a-z]+\b", " ".join(all_sentences)))
        self.text = " ".join(all_sentences)

    def add(self, name: str, kind: str, evidence: str) -> Name:
        key = re.sub(r",?\s+(?:&|and)\s+", " & ", name.lower())  # "Media, and Sport", "Media & Sport"
        entry = self.found.get(key) or self.found.setdefault(key, Name(name, kind, evidence))
        entry.count += 1
        if kind in {"place", "media-outlet"} and entry.kind in {"group", "organisation"}:
            entry.kind = kind  # one "in Lorca" is enough to make Lorca a place
        if kind == "object" and entry.kind != "object":
            entry.kind = kind  # one "the tanker Ocean Pride" is enough to make it a vessel
        if kind == "organisation" and entry.kind == "group" and " " not in name:
            entry.kind = kind  # "Acme CEO Jane Roe": a company, whatever one word said alone
        return entry

    def sentence(self, sentence: str) -> None:
        for match in _GROUP.finditer(sentence):
            first, last = match.group(1).split()[0], match.group(1).split()[-1]
            opening = sentence.lstrip(' “"').startswith(first) and first not in self.mid_sentence
            if first in NOT_NAMES or first.endswith(("’s", "'s")) or (opening and not _DEMONYM.match(first)):
                continue
            if re.search(r"(?:[A-Z][\w’'.-]*|&)\s+$", sentence[: match.start(1)]):
                continue  # "Lomba Wildlife Sanctuary officials": the people of a longer name, no group
            self.add(match.group(1), _GROUP_KINDS.get(last, "group"), clause(sentence, *match.span(1)))
        for match in _FACILITY.finditer(sentence):
            name = match.group(1)
            if name.split()[0] not in NOT_NAMES and not name.split()[0].endswith(("’s", "'s")):
                self.add(name, _FACILITIES[name.split()[-1].lower()], clause(sentence, *match.span(1)))
        for match in _REGION.finditer(sentence):
            if self._not_a_region(sentence, match):
                continue
            if match.group(1).split()[0] not in NOT_NAMES:
                self.add(match.group(1), "place", clause(sentence, *match.span(1)))
        for match in _INSTITUTION.finditer(sentence):
            first = match.group(1).split()[0]
            possessive = "'" in match.group(1).replace("’", "'")
            if first not in NOT_NAMES and not (_DEMONYM.match(first) and not possessive):
                self.add(match.group(1), kind_of(match.group(1), ""), clause(sentence, *match.span(1)))
            if possessive:
                # "Russia's central bank": a country's or a region's institution; the owner is a place.
                owner = re.split(r"[’']s\s", match.group(1))[0]
                start = match.start(1)
                self.add(owner, "place", clause(sentence, start, start + len(owner)))
        self.joined_until = 0
        for match in _CAPITALISED.finditer(sentence):
            if match.start() >= self.joined_until:
                self.capitalised(sentence, match)

    def _not_a_region(self, sentence: str, match: re.Match[str]) -> bool:
        """ "the northern Andean route" (an adjective), "the northern Gold Coast" (the direction before
        a longer name), "the Dunmore Bank zone" (the last word of a longer name before its type)."""
        words = match.group(1).split()
        if words[0] in _DIRECTIONS.split("|"):
            after = sentence[match.end(1) :]
            adjective = re.match(r"\s+[a-z]+\b", after) and not (
                is_place(words[1]) or towns.is_town(words[1])
            )
            return bool(re.match(r"\s+[A-Z]", after) or adjective)
        return bool(re.search(r"[A-Z][\w’'.-]*\s+$", sentence[: match.start(1)]))

    def capitalised(self, sentence: str, match: re.Match[str]) -> None:
        text, end = _joined(sentence, match.group(0), match.end())
        if end > match.end():
            self.joined_until = end
        words = re.sub(r"[’']s$", "", text).split()
        # "the company Under Armour": a word such as "Under" capitalised mid-sentence begins a name
        mid = bool(re.search(r"[a-z,]\s+$", sentence[: match.start()]))
        while words and words[0] in NOT_NAMES:
            if mid and len(words) > 1 and words[0] in _FUNCTION_WORDS:
                break
            words = words[1:]
        while words and (words[-1] in {"of", "for", "the", "de", "and"} or words[-1] in NOT_NAMES):
            words = words[:-1]
        opening = not sentence[: match.start()].strip(" “\"‘'")
        if (
            opening
            and len(words) > 2
            and words[1] == "of"
            and words[0].endswith("s")
            and (words[2][:1].isupper() or (words[2] == "the" and len(words) > 3))
        ):
            # "Residents of South London ...", "Parts of the Midlands ...": a plural noun
            # capitalised only to open the sentence
            skip = 3 if words[2] == "the" else 2
            words = words[skip:] if words[0] not in self.mid_sentence else words
        # "Harvard's Daniel Lieberman", "Ghana's Electoral Commission": the name after the possessive.
        owners = [
            i
            for i, word in enumerate(words[:-1])
            if word.endswith(("'s", "’s"))
            and word.lower().replace("’", "'") not in _NOT_OWNERS
            and word.lower().replace("’", "'").removesuffix("'s") not in TITLES  # "Mayor’s Office"
        ]
        if owners:
            owner = " ".join(words[: owners[-1] + 1])[:-2].rstrip("’'")
            if (len(owner.split()) >= 2 or re.fullmatch(r"[A-Z]{2,6}", owner)) and owner.split()[
                0
            ] not in NOT_NAMES:
                start = sentence.find(owner)
                self.add(owner, kind_of(owner, sentence[:start]), clause(sentence, start, start + len(owner)))
            words = words[owners[-1] + 1 :]
        if not words or re.search(r"\b(?:Professor|Chair|Lecturer|Fellow)\s+(?:of|in)\s", " ".join(words)):
            return  # "the William Ziegler III Professor of Neuroscience": a post, not an actor
        person, body = _person_of(" ".join(words))
        if body:
            # "James Skea of Imperial College London": a person, and the body they are of.
            start = sentence.find(body)
            kind = kind_of(body, "")
            self.add(
                body, "organisation" if kind == "person" else kind, clause(sentence, start, start + len(body))
            )
            words = person.split()
        name, titled = strip_title(" ".join(words))
        if titled:
            self._employer(words, sentence)
        if self._not_a_name(name, sentence):
            return
        start = sentence.find(name)
        after = sentence[start + len(name) :]
        kind = "person" if titled else kind_of(name, sentence[:start], after)
        entry = self.add(name, kind, clause(sentence, start, start + len(name)))
        if titled:
            entry.kind = "person"
        acronym = _ACRONYM.match(after.lstrip())
        if acronym and acronym.group(1).lower() in _AGENCIES:
            # "BERLIN (AFP)": the agency that filed it, not another name of the place
            self.add(acronym.group(1), "media-outlet", acronym.group(1))
        elif acronym and acronym.group(1) not in entry.aliases:
            entry.aliases.append(acronym.group(1))

    def _employer(self, words: list[str], sentence: str) -> None:
        """ "Delta Air Lines CEO Ed Bastian": the body named before a person's title, when it is a
        name of two words or more ("Health Minister" names no body), never a person's."""
        # "Former Brightmart CEO Dana Cole": the words that only qualify a title come before the body
        start = next((i for i, word in enumerate(words) if word.lower() not in _QUALIFIERS), 0)
        first = next(
            (
                i
                for i, word in enumerate(words)
                if i >= start and (word.lower() in TITLES or word.lower().split("-")[0] in TITLES)
            ),
            0,
        )
        body = " ".join(words[start:first])
        if first - start < 2 and not (first - start == 1 and words[first].lower() in _COMPANY_TITLES):
            return
        if words[start] in NOT_NAMES or _DEMONYM.match(words[start]) or body not in sentence:
            return
        kind = kind_of(body, sentence[: sentence.find(body)])
        if kind in {"person", "group"} or words[first].lower() in _COMPANY_TITLES:
            kind = "organisation"
        at = sentence.find(body)
        self.add(body, kind, clause(sentence, at, at + len(body)))

    def _not_a_name(self, name: str, sentence: str) -> bool:
        words = name.split()
        start = sentence.find(name)
        # The first word of a sentence, also of one inside a quote the splitter kept whole.
        opening = not sentence[:start].strip(" “\"‘'") or bool(
            re.search(r"(?:[.!?][”\"’']?|[“\"‘])\s*$", sentence[:start])
        )
        if re.search(r"[a-z]-[a-z]+$", words[-1]) or _CONTRACTION.search(name):
            return True  # "Toowoomba-based", "Jupiter-like": an adjective; "We’re": a pronoun
        if modifiers.hyphenated_adjective(words[-1]) or name in modifiers.LEGAL_FORMS:
            return True  # "UN-backed", "EU-approved"; "Inc." alone
        if all(part in _MONTHS for part in name.split("-")):
            return True  # "January-February": a span of months
        if is_post(name):
            return True  # "Director of Field Operations": a post, with no one named
        if name in modifiers.currency_codes() and not is_place(name):
            return True  # "EUR prices", "the GBP rate": a currency's code
        if name in modifiers.HOLIDAYS:
            return True  # "over Christmas": a day's name
        acronym = modifiers.acronym_before_a_noun(name, self.text) or modifiers.acronym_of_lower_words(
            name, self.text
        )
        if acronym and not is_place(name):
            return True  # "an MRI scan", "acute kidney injury (AKI)"; not "US exports"
        if modifiers.peoples_adjective(name, self.text, _place_or_town) or modifiers.common_noun_capitalised(
            name, self.text, self.lower_words
        ):
            return True  # "the Kenyan side", "the Shipping industry"
        known = (
            is_place(name)
            or name.lower() in _AGENCIES
            or (name.endswith("s") and name[:-1] in self.mid_sentence)
            or bool(_ACRONYM_NAME.match(name))  # "NGC said": an acronym opening a sentence is a name
        )
        if len(words) == 1 and opening and name not in self.mid_sentence and not known:
            return True  # a capitalised first word is just the start of a sentence
        if len(words) == 1 and opening and name.lower() in self.lower_words and not is_place(name):
            return True  # "Hospitals are frequent targets": a word the article writes in lower case too
        if len(words) == 1 and _DEMONYM.match(name) and not is_place(name) and not name.endswith("s"):
            return True  # a demonym: "Chinese" (its groups are found above)
        measured = re.match(rf"\s*\d[\d,.]*\s+(?:{_MEASURES})\b", sentence[start + len(name) :])
        if (re.match(r"\s*[“”\"]?\s*\d", sentence[start + len(name) :]) and not measured) or any(
            c.isdigit() for c in name
        ):
            return True  # "Operation 1027": a named operation; not "the McDonald Observatory 450 miles west"
        if re.search(r"(?:\d|\bdegrees)\s*$", sentence[:start]):
            return True  # "2 degrees Celsius", "(3.6 Fahrenheit)": a unit
        if re.match(r"\s+(?:dollars|euros|pounds|yuan|yen|rupees)\b", sentence[start + len(name) :]):
            return True  # "32.5 billion U.S. dollars": a currency
        return len(name.rstrip(".")) <= 1

    def contexts(self) -> None:
        """Kinds that only the whole text tells: "known as Copom", lists of places."""
        text = " ".join(self.sentences)
        for match in _KNOWN_AS.finditer(text):
            entry = self.found.get(match["name"].lower())
            kind = kind_of(match["what"].strip(), "")
            if entry is not None and kind not in {"person", "group"}:
                entry.kind = kind
        for entry in self.found.values():
            if entry.kind in {"group", "organisation"} and re.search(
                rf"\b{re.escape(entry.name)}\s+(?:reported|reports)\b", text
            ):
                entry.kind = "media-outlet" if " " not in entry.name else entry.kind
        for entry in self.found.values():
            words = entry.name.split()
            alone = self.found.get(words[-1].lower())
            if (
                entry.kind == "organisation"
                and 2 <= len(words) <= 3
                and _DEMONYM.match(words[0])
                and alone is not None
                and alone.kind == "group"
            ):
                # "Adrian Kowal", then "Kowal found": a person's family name written alone, not
                # a body named after a people ("Chinese Red Cross")
                entry.kind = "person"
        lower = set(re.findall(r"\b[a-z]+\b", text))
        for entry in self.found.values():
            # "Sacramento": a one-word name no clue placed is a place if it is a larger town's, and
            # not a word the article writes in lower case too ("Police", "Union").
            if entry.kind == "group" and " " not in entry.name and entry.name.lower() not in lower:
                entry.kind = "place" if towns.is_town(entry.name) else entry.kind
        changed = True
        while changed:
            changed = False
            for first, second in re.findall(
                rf"({_WORD})(?:\s*\([^)]*\))?\s*(?:,|,?\s+and)\s+(?=({_WORD})(?:\s*[(,.]|\s+and\b))", text
            ):
                pair = [self.found.get(first.lower()), self.found.get(second.lower())]
                if all(pair) and {p.kind for p in pair if p} == {"place", "group"}:
                    for entry in pair:
                        entry.kind = "place"  # type: ignore[union-attr]
                    changed = True


def find_names(all_sentences: list[str]) -> list[Name]:
    """Candidate actors: capitalised names, their bracketed acronyms, and named groups."""
    finder = _Finder(all_sentences)
    for sentence in all_sentences:
        finder.sentence(sentence)
    finder.contexts()
    names = _fold(list(finder.found.values()))
    text = " ".join(all_sentences)
    longer = {
        entry.name: [other.name for other in names if other.name != entry.name and entry.name in other.name]
        for entry in names
        if " " not in entry.name
    }
    names = [
        entry
        for entry in names
        if not longer.get(entry.name)
        or entry.kind == "place"
        or text.count(entry.name) > sum(text.count(name) for name in longer[entry.name])
    ]
    _fold_initials(names)
    # A single word that is only ever part of longer names ("Kokang" in "Kokang Border Guard") or an
    # acronym already listed as an alias is not an actor of its own.
    aliases = {alias.lower() for entry in names for alias in entry.aliases}
    # A title alone ("General" of "Secretary General", "Director") names no one, nor does a post
    # ("the Health Secretary", "the Police Chief") with no name after it.
    return [
        entry
        for entry in names
        if entry.name.lower() not in aliases | TITLES
        and not (
            entry.kind == "person"
            and len(entry.name.split()) == 2
            and entry.name.split()[-1].lower() in TITLES
        )
    ]


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _fold_initials(names: list[Name]) -> None:
    """An acronym written without brackets that spells a longer name's initials ("UHS" for
    "Universal Health Services") is that name's alias."""
    for entry in names:
        if not _ACRONYM_NAME.match(entry.name):
            continue
        spelled = [
            n
            for n in names
            # not "Dana J. Cole" for "DJC": a person's initials are no body's acronym
            if n is not entry
            and " " in n.name
            and not re.search(r"\b[A-Z]\.", n.name)
            and _initials(n.name) == entry.name
        ]
        if len(spelled) == 1 and entry.name not in spelled[0].aliases:
            spelled[0].aliases.append(entry.name)
            spelled[0].count += entry.count


def _of_fuller(entry: Name, names: list[Name]) -> Name | None:
    key = entry.name.casefold().replace("’", "'") + " of "
    fuller = [
        n for n in names if n.name.casefold().replace("’", "'").startswith(key) and n.kind == entry.kind
    ]
    return fuller[0] if len(fuller) == 1 else None


def _fold(names: list[Name]) -> list[Name]:
    """One actor per thing: a person's family name alone ("Mahama" for "John Mahama", "Huang" for
    "Huang Songyou") and a place with its type ("Gansu province" for "Gansu") become aliases of the
    fuller or plainer entry."""
    by_name = {entry.name.casefold(): entry for entry in names}
    people = [entry for entry in names if entry.kind == "person" and " " in entry.name]
    kept = []
    for entry in names:
        words = entry.name.split()
        owner = None
        if len(words) == 1 and not (entry.kind == "place" and is_place(entry.name)):
            key = entry.name.casefold()
            matches = [
                p for p in people if key in {p.name.split()[-1].casefold(), p.name.split()[0].casefold()}
            ]
            owner = matches[0] if len(matches) == 1 else None
        elif (
            entry.kind == "person"
            and len(tails := [p for p in people if p.name.endswith(" " + entry.name)]) == 1
        ):
            owner = tails[0]  # "Ruiz Ortega" for "Ana Ruiz Ortega": a family name of two words
        elif (
            entry.kind == "person"
            and len(heads := [p for p in people if p.name.startswith(entry.name + " ") and p is not entry])
            == 1
            and len(words) >= 2
        ):
            owner = heads[0]  # "Ana Maria" for "Ana Maria Costa": the name without its last word
        elif len(words) >= 2 and (fuller := _of_fuller(entry, names)) is not None:
            owner = fuller  # "Prosecutor's Office" for "Prosecutor's Office of the Republic of Crimea"
        elif (
            words[-1] in _FACILITIES
            and (plain := by_name.get(" ".join(words[:-1]).casefold())) is not None
            and plain.kind in {"person", "group"}
        ):
            # "the Green Vault museum" and "the Green Vault" (no person): one body, the facility's kind;
            # "the Mount Kent observatory" stays apart from the mountain
            owner = plain
            plain.kind = _FACILITIES[words[-1]]
        elif len(words) == 2 and words[1].casefold() in _PLACE_TYPES:
            owner = by_name.get(words[0].casefold())
            if owner is None and words[1].islower():
                # "Ludian county" alone: the place is named plainly, its type an alias.
                entry.aliases.append(entry.name)
                entry.name, entry.kind = words[0], "place"
        if owner is not None and owner is not entry:
            owner.count += entry.count
            if entry.name not in owner.aliases:
                owner.aliases.append(entry.name)
            owner.kind = "place" if owner.kind != "person" and len(words) == 2 else owner.kind
            continue
        kept.append(entry)
    return kept
