"""The actors an article names: the heuristics of `explainer init`.

Names are runs of capitalised words ("Supreme Workman's Court", "Ministry of Fisheries and Rural
Welfare"; `compounds.py`), a title before a person's name ("West Virginia Senator Joe Halvorsen";
`titles.py`), acronyms in brackets (aliases), named groups ("Chinese officials") and a place's
institution ("Russia's central bank"). A name's kind comes from its words and from what is written
around each mention (`kinds.py`), and from the whole text: "known as Kopar", the names it is listed
with ("Solvik, Tarnby and Brenvik"). `notnames.py` drops what names nothing; `aliases.py` folds one
actor's names into one entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.authoring import modifiers, towns
from generator.authoring.aliases import (
    family_by_title,
    fold,
    fold_field_ministries,
    fold_initials,
    fold_spellings,
    person_after_post,
    post_initials,
)
from generator.authoring.articles import clause
from generator.authoring.compounds import joined
from generator.authoring.gazetteer import is_place
from generator.authoring.kinds import (
    COMPANY_NOUNS,
    DEMONYM,
    RUN_BY_A_COMPANY,
    kind_of,
    organisation_words,
    person_of,
    said_a_company,
    weighed_kind,
)
from generator.authoring.namewords import (
    AGENCIES,
    FACILITIES,
    JOINED_FACILITIES,
    ORG_WORDS,
    OWNED_LANDFORMS,
    OWNED_SKY_OBJECTS,
    PLACE_TYPES,
    RUN,
    TITLES,
    WORD,
)
from generator.authoring.notnames import NOT_NAMES, not_a_name
from generator.authoring.titles import is_post, strip_title

# No name starts inside a word ("sub-Saturns", "mid-March", "pro-Kremlin").
_CAPITALISED = re.compile(r"(?<![\w’'-])" + RUN)
_ACRONYM = re.compile(r"^\(([A-Z][A-Z.]{1,9})\)")
# An acronym in brackets that keeps a small word's letter in lower case: "Department for Fisheries
# (DfF)", "Office for Rail Safety (OfRS)"
_MIXED_ACRONYM = re.compile(r"^\(([A-Z][A-Za-z]{1,8}[A-Z])\)")


def _mixed_acronym(name: str, after: str) -> re.Match[str] | None:
    """The bracketed acronym after ``name`` when its letters, in their own case, are the first letters
    of each of the name's words (none of the name's words left out)."""
    mixed = _MIXED_ACRONYM.match(after)
    if mixed is None or "".join(word[0] for word in name.split()) != mixed.group(1):
        return None
    return mixed


# A short name in brackets blended from the starts of the name's words: "Kessel Roads Authority
# (KesRoads)", "Orla Weather Department (OrWeather)", "Tarnish Survey Office (SurveyTarn)".
_BLENDED = re.compile(r"^\(((?:[A-Z][a-z]+){2,4})\)")


def _blended_name(name: str, after: str) -> re.Match[str] | None:
    """The bracketed short name after ``name`` when each of its parts (a capital and what follows it)
    opens a word of the name, each a different word ("Orla Weather Office (WeatherOrla)" too)."""
    blended = _BLENDED.match(after)
    if blended is None:
        return None
    words = [word.lower() for word in name.split()]
    for part in re.findall(r"[A-Z][a-z]+", blended.group(1)):
        at = next((i for i, word in enumerate(words) if word.startswith(part.lower())), None)
        if at is None:
            return None
        words[at] = ""  # (each word opens one part)
    return blended


# A page or an account on a platform, after its owner's name: the owner is the actor.
_PLATFORM_PAGES = {
    *("facebook page", "facebook account", "twitter account", "twitter page", "instagram account"),
    *("instagram page", "youtube channel", "linkedin page", "tiktok account"),
}
# a web address or an e-mail ("www.kessel-ferries.co.uk", "kesselferries.com/routes", "info@kessel.org")
_WEB_ADDRESS = re.compile(
    r"\S+@\S+|(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|info|io|uk|ie|nl|ca|au)\b\S*"
)
# A news site named by its address where an outlet is cited: "in an interview with kesselnews.com",
# "told orlatoday.net", "according to Tarnpost.co.uk" (no path, no e-mail)
_WEB_OUTLET = re.compile(
    r"\b(?:interview\s+with|told|according\s+to|reported\s+by|(?:spoke|speaking)\s+(?:to|with))\s+"
    r"(?P<site>(?<![@/])[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?:com|org|net|news|info|co\.uk|com\.au|co\.nz|ca|ie))"
    r"(?![\w/@-])"
)
_PEOPLE_OF_INITIALS = re.compile(r"^([A-Z]{2,8})\s+[a-z]+$")
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
    # (a place's initials with stops open a police force's name too: "L.A. police")
    rf"((?:\b{WORD}\s+(?:media sources|media|nationals|activists|workers|" + "|".join(_GROUP_KINDS) + r")"
    r"|(?<![\w.])(?:[A-Z]\.){2,3}\s+police))\b"
)
# A book's, a film's or a song's title before its author: in quotes ("“Where The Tide Turns” by"), or
# in title case after a copy or an edition of it ("a copy of Where The Tide Turns by").
_TITLE_WORD = r"(?:[A-Z][\w’'-]*|a|an|the|of|and|in|on|to|for|with|from|at|is|are)"
_WORK_BY = re.compile(
    r"[“\"](?P<quoted>[A-Z][^“”\"]{1,80}?)[,.]?[”\"],?\s+by\s+(?:[A-Z]\.\s*)*[A-Z][a-z]"
    r"|\b(?:copy|copies|edition|editions|volume|paperback|hardback|hardcover)\s+of\s+"
    rf"(?P<title>[A-Z][\w’'-]*(?:\s+{_TITLE_WORD}){{0,10}}?)(?=\s+by\s+(?:[A-Z]\.\s*)*[A-Z][a-z])"
)
# A road named by its number: "Interstate 9", "Highway 12", "State Route 4", "12th Avenue".
_NUMBERED_ROAD = re.compile(
    r"(?<![\w-])((?:Interstate|Highway|Route|State Route|Hwy\.?)\s+\d{1,4}(?![\d,.:]\d)"
    r"|\d{1,3}(?:st|nd|rd|th)\s+(?:Street|Avenue|Road|Drive|Boulevard|Lane|Place|Terrace|Parkway))\b"
)
# A region numbered in words or digits: "in Tarnby, Region Four", "the villages of District Nine",
# "the council of Region 4" (a level's number, "Phase Two", names nothing; a region's names a place).
_NUMBERED_REGION = re.compile(
    r"(?<![\w’'-])((?:Region|District|Zone|Ward)\s+"
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|\d{1,3}(?![\d,.:]\d)))(?![\w’'-])(?!\s+[A-Z])"
)
# A district numbered in digits before a post in it: "District 12 Superintendent Ana Ruiz"
_POSTED_DISTRICT = re.compile(r"(?<![\w’'-])((?:District|Ward|Region)\s+\d{1,3})\s+(?P<post>[A-Z][a-z]+)\b")
# A team or a unit with a number inside its name: "the Falcon 7 Team", "Orla 12 Squad" (the words
# before the number belong to it: one name, not a name and a number).
_NUMBERED_TEAM = re.compile(
    r"(?<![\w’'-])((?:(?!(?:The|A|An|Its|This)\s)[A-Z][a-z]+\s+){1,2}\d{1,3}\s+"
    r"(?:Team|Unit|Squad|Task\s+Force|Brigade|Battalion))\b"
)
# A body numbered after its name: "Orla Fire District No. 4", "Kessel Lodge No. 12", "Tarn Teachers Local
# No. 7" (the number is the name's: "Orla Fire District" alone is another district).
_NUMBERED_BODY = re.compile(
    r"(?<![\w’'-])((?:(?!(?:The|A|An|Its|This)\s)[A-Z][\w’'-]*\s+){1,5}"
    r"(?:District|Local|Lodge|Company|Precinct|Post|Chapter|Branch|Division)\s+No\.\s?\d{1,4})\b"
)
# A shop or a brand named with its owner's possessive: a family's shop ("the Hallers’ Bakery", "Dunns'
# Hardware") or a brand of praise ("Norland’s Finest", "Orla Farm’s Pride"): one name, not an owner
# and a word (a known town's "Market" is the town's).
_OWNED_SHOP = re.compile(
    r"(?<![\w’'-])(?P<name>(?P<owner>[A-Z][a-z]+)(?:s[’']|[’']s)\s+(?:Grocery|Groceries|Market|Bakery"
    r"|Pharmacy|Hardware|Store|Stores|Diner|Cafe|Café|Kitchen|Garage|Butchery|Deli|Tavern|Pub|Dairy"
    # ("Mara’s Tea Room", "Ana's Coffee House": a place to eat or to shop, its noun of two words)
    r"|Tea\s+Rooms?|Tearooms?|Tea\s+Shop|Coffee\s+(?:House|Shop)|Restaurant|Bistro|Salon|Shop|Bookshop|Boutique"
    r"|Emporium|Grill"
    r"|Best|Finest|Choice|Pride|Own|Delight|Favorite|Favourite|Select))(?![\w’'-])(?!\s+[A-Z])"
)
# A town or a landmark named with a possessive and its type after "in", "at", "near", "to" or "from":
# "in Ulla’s Bay", "at Harlan's Creek", "near Maud’s Point" (one place's name, not an owner and a word).
_OWNED_PLACE = re.compile(
    r"\b(?:in|at|near|to|from)\s+(?P<name>(?P<owner>[A-Z][a-z]+)[’']s\s+(?:Bay|Creek|Point|Cove|Harbour"
    r"|Harbor|Island|Head|Hill|Beach|Landing|Falls|Valley|Peak|Crossing|Corner|Well|Wells|Ferry|Reef|Rock))"
    r"(?![\w’'-])(?!\s+[A-Z])"
)
_TRADE_OWNERS = {
    *("farmers", "growers", "traders", "workers", "teachers", "builders", "veterans", "citizens"),
    *("fishermen", "women", "children", "mariners", "miners", "artists", "merchants", "students"),
}
# A city with its federal district after it, one name: "Washington, D.C.".
_CITY_AND_DISTRICT = re.compile(r"(?<![\w’'-])([A-Z][a-z]+,\s+D\.C\.)")
# A nickname in quotes between a person's given names and family name: ' “Annie” Ruiz'.
_NICKNAME = re.compile(r"(?P<stop>(?<=\b[A-Z])\.)?\s+[“\"][A-Z][a-z]+[”\"]\s+(?P<last>[A-Z][a-z][\w’'-]*)\b")
_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
_DIRECTIONS = "northern|southern|eastern|western|northeast|northwest|southeast|southwest|central"
_REGION = re.compile(
    rf"\b((?:{_DIRECTIONS})\s+{WORD}|{WORD}(?:\s+(?!(?:the|a|an|this|that|its|their)\s)[a-z-]+)?\s+"
    r"(?:zone|region|province|state|district|county|city|township|prefecture))\b"
    # ("KBN state media reported": a state's outlet named before what it is, no state of that name)
    r"(?!\s+(?:media|television|TV|radio|broadcaster|news\s+agency|newspaper)\b)"
)
# A direction in lower case before an island's, a coast's or a valley's name of two or three words:
# "central Kessel Island", "the northern Orla Coast" (the part of the place it names).
_DIRECTION_OF_A_PLACE = re.compile(
    rf"(?:{_DIRECTIONS})\s+{WORD}(?:\s+{WORD})?\s+(?:Island|Coast|Valley|Peninsula|Highlands|Plains)\b(?!\s+[A-Z])"
)
# A region's name of two or three words, its type in lower case: "the Upper Orla region", "in the
# Western Kessel province".
_REGION_OF_WORDS = re.compile(
    rf"(?<![\w’'-])(?P<name>{WORD}(?:\s+{WORD}){{1,2}})\s+(?:region|province|district|zone)\b(?!\s+[A-Z])"
)
# What a site is, in lower case between its name and its type: "the Kessel underground mine", "the
# Orla open-pit mine", "the Tarn coal plant"
_SITE_ADJECTIVES = (
    r"(?:underground|open[- ]pit|open[- ]cut|opencast|gold|coal|copper|nickel|iron\s+ore|lithium|uranium"
    r"|zinc|diamond|salt|potash)"
)
# The facilities a name in lower case after its name is a stop, a route or a scheme of.
_NAMED_BEFORE_ROUTES = {"station", "line", "programme", "program", "scheme", "authority"}
# The words that end an airport's own name, after which "airport" only describes it.
_AIRPORT_NAMED = re.compile(r"\b(?:International|Regional|Sunport|Airport|Airfield|Aerodrome|Jetport)$")
_FACILITY = re.compile(
    rf"\b({WORD}(?:\s+(?:(?:for|to)\s+)?{WORD}){{0,3}}\s+(?:radio\s+|{_SITE_ADJECTIVES}\s+)?(?:{'|'.join(FACILITIES)}))\b"
)
# A place's institution written in lower case: "Russia's central bank", "Brazil's foreign ministry",
# "Kenya's athletics federation".
_INSTITUTION_WORDS = (
    r"(?:bank|ministry|parliament|government|army|police|court|committee|commission|agency|council|"
    r"regulator|cabinet|senate|congress|assembly|navy|military|federation|confederation)"
)
_INSTITUTION = re.compile(
    rf"\b({WORD}(?:\s+{WORD})?[’']s\s+(?:[a-z]+\s+){{0,3}}{_INSTITUTION_WORDS}"
    # without the possessive, only adjectives between: "the Dravan regional government"
    rf"|{WORD}\s+(?:(?:[a-z]+(?:al|ic|ary|ial|ern|ive)|state|city|county|district|town|supreme|high|foreign)\s+){{0,2}}"
    rf"{_INSTITUTION_WORDS}"
    # a level of government, then what the body does: "the Dravan provincial weather forecast bureau"
    rf"|{WORD}\s+(?:provincial|municipal|regional|federal|national|state|county|city|district)\s+"
    r"(?:[a-z]+\s+){0,2}(?:bureau|department|office|administration|authority|service))\b"
)
# "..., known as Kopar", "... called the Hadra": the name takes the kind of the words before.
_KNOWN_AS = re.compile(
    rf"(?P<what>(?:[\w’']+\s+){{0,3}}[\w’']+),?\s+(?:known as|called)\s+(?:the\s+)?(?P<name>{WORD})"
)
# "the new ferry pass programme, called “Tide Card”": a scheme's name in quotes, no person's.
_CALLED_SCHEME = re.compile(
    r"\b(?:program|programme|scheme|service|system|app|plan|project|campaign|initiative|network|brand)"
    rf",?\s+(?:known as|called|dubbed|named)\s+[“\"](?P<name>{WORD}(?:\s+{WORD}){{0,3}})"
)
# "Florida-based", "New York-based": where a body is based, written as its adjective.
_BASED_IN = re.compile(r"(?<![\w’'-])(?P<place>[A-Z][\w’']*(?:\s+[A-Z][\w’']*)?)-based\b")
_ALL_ORG_WORDS = set().union(*ORG_WORDS.values())
# A people's word before a person's name: "American", "Nepali", "Chinese".
_PEOPLES_WORD = re.compile(r"^[A-Z][a-z]+(?:ican|ian|ese|ish|ean|i)$")
# A vessel's kind in capitals before its name: "Coast Guard Cutter Valorous".
_VESSEL_WORDS = "Cutter|Ship|Vessel|Tanker|Ferry|Yacht|Frigate|Trawler|Tug"
# Who holds, backs or leads what is named after: "Rebel-held Kessel", "Kremlin-backed separatists".
_TIMES_WON = re.compile(r"^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d{1,2})-[Tt]ime$")
_HELD_BY = re.compile(
    r"^[A-Z][\w’']*-(?:controlled|held|backed|led|occupied|run|allied|aligned|owned|funded|sponsored|based)$"
)
# Capitalised only to begin a sentence, unless they begin a name mid-sentence ("Under Oak").
# Months' names that are given names too ("Jan Hewitt", "April Ruiz", "June Lund"), and one that is
# a family name ("Theresa May")
_GIVEN_MONTHS = {"Jan", "April", "May", "June"}
_FAMILY_MONTHS = {"May"}
_FUNCTION_WORDS = {"Under", "After", "Before", "Since", "From", "Among", "Only", "Still", "Even", "Next"}
# ... and an adjective that opens a sentence ("Local radio reported") but, capitalised after a word in
# lower case, a name's first word: "the Local Roads Board", "under the Local Plan"
_FUNCTION_WORDS |= {"Local"}
# Words before a title that qualify it, never a body's name: "former", "acting".
_QUALIFIERS = {"former", "acting", "interim", "then", "incumbent", "outgoing"}
# Words that rank a title after a body's name: "the Water Board Deputy Director Ana Ruiz".
_RANKS = {"assistant", "deputy", "associate", "vice", "senior", "executive", "chief"}
# Titles that only a company gives: "Acme CEO Jane Roe" names the company Acme.
# An acronym, then in brackets the words it stands for, some with capitals inside them: "ORCA
# (ORbiting Comets and AsteroIds)", "the BRISK (BRight Infrared Sky Kit) array".
_SPELLED_ACRONYM = re.compile(
    r"(?<![\w’'-])(?P<acronym>[A-Z]{3,})\s+\((?P<spelled>(?=[^()]*(?:[a-z][A-Z]|\b[A-Z]{2,}[a-z]))[A-Z][^()]{4,120})\)"
)
_COMPANY_TITLES = {"ceo", "cfo", "coo", "cto"}
# A sum in a currency's letter and its scale before a name, which reads as a capitalised word: "the
# P4-billion Bean Growers Fund", "a R5bn Harbour Renewal Plan"
_SUM_BEFORE_A_NAME = re.compile(
    r"[A-Z]{1,2}\d[\d.,]*(?:-(?:thousand|million|billion|trillion)|m|bn)\s+(?=[A-Z])"
)
# The head words of a statute's or a body's name that a title's word may stand before inside it ("the
# Criminal Justice Act", "the Justice Ministry"): no one's post and name
_NAMES_AFTER_A_TITLE_WORD = {"Act", "Law", "Bill", "Ministry", "Department", "Committee", "Commission"}
_COURT_LEVELS = {"District", "Circuit", "Superior", "Magistrate", "Bankruptcy", "Appeals", "Appellate"}
# A level of government a paper capitalises by its style ("the State government", "the Federal
# ministry"): the word names no state, before a lower-case institution
_LEVELS_CAPITALISED = {"state", "central", "federal", "provincial", "regional"}
# Posts of the head of a region or a town, named before them: "Tarn Governor Li Wen"
# (and a member of a county's assembly, for a ward: "Tarn MCA Ana Ruiz")
_POSTS_OF_A_PLACE = {"governor", "mayor", "premier", "mca"}
# The posts of a region's or a country's government: "Umbria Chief Minister", "Umbria Health Secretary".
_POSTS_OF_A_REGION = {"chief", "minister", "secretary"}
# Posts of a member of a legislature, who sits for a seat: "MLA Tarnby Ana Ruiz"
_LEGISLATORS = {"mla", "mlc", "mp", "msp", "mpp", "mca", "td"}
# The level of a post named by an adjective: "Regional Commissioner", "Provincial Governor".
_LEVELS = {"regional", "provincial", "divisional", "zonal", "municipal"}
# The parts of a town or a region named after it: "Ardonville’s East Side", "Ohio's North Coast".
_PLACE_PARTS = {"side", "end", "coast", "shore", "quarter", "district", "neighborhood", "neighbourhood"}
# The last word of a body's name ("Vineyard", "Hospital", "Council"): what a number word may open.
_BODY_HEADS = set().union(*(words for kind, words in ORG_WORDS.items() if kind != "place"))

_NUMBER_WORDS = "|".join(sorted(modifiers.NUMBER_WORDS))


def _head(words: list[str]) -> str:
    """A name's head word: its last, or the last before "of" or "for" ("District" of "Six Willow
    School District of Kessel")."""
    return re.split(r"\s+(?:of|for)\s+", " ".join(words))[0].split()[-1]


# Possessives inside a name, not an owner before it: "Supreme Workman's Court", "Prosecutor's Office".
# A company's results after "reported": "a pre-tax loss", "record profits", "its first-quarter revenue"
_RESULTS = (
    r"\s+(?:[\w-]+\s+){0,3}?(?:loss|losses|profit|profits|revenue|revenues|sales|earnings|income|results"
    r"|deficit|surplus|turnover|growth|decline|rise|fall|drop|increase)\b"
)
# A list of three names or more: "A, B, C and D" (each of one to three words).
_LIST = re.compile(
    rf"(?<![\w’'-]){WORD}(?:\s+{WORD}){{0,2}}(?:,\s+{WORD}(?:\s+{WORD}){{0,2}})+,?\s+and\s+{WORD}(?:\s+{WORD}){{0,2}}"
)
# The heads of bodies named for their members, written with a member's possessive ("Farmer’s Union").
_MEMBERS_BODIES = {"Party", "Union", "Guild", "Association", "League", "Federation", "Alliance", "Front"}
_NOT_OWNERS = {"people's", "children's", "women's", "men's", "workers'", "prosecutor's", "attorney's"}
# A church, a parish, a school or a hospital named after a saint, the saint's possessive inside its
# one name: "St. Aidan’s Church", "Saint Brigid's Hospital", "St Olaf’s Catholic Parish" (not the
# saint and a word).
_SAINT_WORDS = {"St.", "St", "Saint", "Ste.", "Sts."}
_NAMED_AFTER_SAINTS = {
    *("Cathedral", "Church", "Chapel", "Basilica", "Abbey", "Priory", "Parish", "Mission", "Minster"),
    *("Seminary", "Convent", "Monastery", "Shrine", "Hospital", "Hospice", "Infirmary", "School"),
    *("College", "Academy", "University", "Hall", "Home", "Cemetery", "Church’s", "Church's"),
}


# What a body gives, named after it: "the Harbour Arts Trust Award", "a Kessel Science Fund Grant",
# "the Orla Foundation Scholarship" (the body is the actor; the award is what it gives).
_GIVEN_BY_A_BODY = {
    *("Grant", "Grants", "Award", "Awards", "Scholarship", "Scholarships", "Fellowship", "Fellowships"),
    *("Bursary", "Bursaries", "Prize", "Medal"),
}
_GIVING_BODIES = {"fund", "trust", "foundation", "council", "institute", "society", "academy", "association"}


@dataclass
class Name:
    name: str
    kind: str
    evidence: str
    aliases: list[str] = field(default_factory=list)
    count: int = 0
    # False while the kind is only a guess no word of a mention made (`kinds.weighed_kind`).
    sure: bool = True


def _people_thanked_with_a_body(entries: list[Name]) -> bool:
    """ "thanks to the Orla Museum, Ana Ruiz and Tom Bell": more names guessed a person's
    than bodies said, sharing no word with them, are people a body is named with, as credits and
    thanks list them ("Orla Metro, Orla Rail and Kessel Buses" share a word; a list of places
    in "in Tarnby, Kessel Ridge and Orla Vale" is said of places)."""
    bodies = [entry for entry in entries if entry.sure]
    people = [entry for entry in entries if not entry.sure and entry.kind == "person"]
    words = {word for body in bodies for word in body.name.split()}
    return (
        len(people) >= 2
        and len(people) > len(bodies)
        and not any(words & set(p.name.split()) for p in people)
    )


class _Finder:
    """Names gathered sentence by sentence, each with every kind its mentions suggest."""

    def __init__(self, all_sentences: list[str]) -> None:
        self.sentences = all_sentences
        self.found: dict[str, Name] = {}
        # the first words of longer names whose officials the text names ("Varco officials")
        self.bodies_by_first_word: set[str] = set()
        # one-word names the words around a mention say are a company's (`kinds.said_a_company`)
        self.companies: set[str] = set()
        self.joined_until = 0
        # "Upper Orla" of "the Upper Orla region": a region's name, its type in lower case after it
        self.regions: dict[str, str] = {}
        # "Western Cape" of "the Western Cape province": a known place, its name with its type an alias
        self.typed_places: dict[str, str] = {}
        self.mid_sentence = {
            word for sentence in all_sentences for word in re.findall(r"(?<=[a-z,;] )[A-Z][\w’'-]*", sentence)
        }
        self.lower_words = set(re.findall(r"\b[a-z]+\b", " ".join(all_sentences)))
        # a name written with a capital inside ("KesselLink", "NorFerry") is no common word capitalised
        # where the text writes it in lower case only in a web address or an e-mail (its own site's)
        joined = " ".join(all_sentences)
        mixed = {word.lower() for word in re.findall(r"\b[A-Z][a-z]+[A-Z][A-Za-z]*\b", joined)}
        plain = set(re.findall(r"\b[a-z]+\b", _WEB_ADDRESS.sub(" ", joined)))
        self.lower_words -= mixed - plain
        self.text = " ".join(all_sentences)
        # "Twelve Pines Vineyard", "Six Willow School District": a number word and the word after it
        # that open a body's or a place's name somewhere in the text
        self.numbered_names = {
            (run.split()[0], run.split()[1])
            for run in re.findall(rf"\b(?:{_NUMBER_WORDS})(?:\s+[A-Z][\w’'-]*)+", self.text)
            if _head(run.split()).lower() in _BODY_HEADS | ORG_WORDS["place"]
        }

    def add(self, name: str, kind: str, evidence: str, sure: bool = True) -> Name:
        key = re.sub(r",?\s+(?:&|and)\s+", " & ", name.lower())  # "Media, and Sport", "Media & Sport"
        entry = self.found.get(key) or self.found.setdefault(key, Name(name, kind, evidence, sure=sure))
        entry.count += 1
        if sure and not entry.sure:
            # a mention whose words say the kind outweighs a guess made at an earlier one
            entry.kind, entry.sure = kind, True
        if sure and kind in {"place", "media-outlet"} and entry.kind in {"group", "organisation"}:
            entry.kind = kind  # one "in Brenvik" is enough to make Brenvik a place
        if kind == "object" and entry.kind != "object":
            entry.kind = kind  # one "the tanker Ocean Pride" is enough to make it a vessel
        if kind == "organisation" and entry.kind in {"group", "place"} and not entry.sure and " " not in name:
            entry.kind = kind  # "Acme CEO Jane Roe": a company, whatever one word guessed alone
        if sure and kind == "organisation" and entry.kind == "place" and RUN_BY_A_COMPANY.search(name):
            entry.kind = kind  # "Kessel Port chief executive Ana Ruiz": the port's company, as it speaks
        return entry

    def _heads_a_longer_name(self, first: str) -> bool:
        """Whether the word opens a longer name the text writes ("Varco" of "Varco Delta"), and is
        no place nor a people's word ("Montana officials", "Chinese officials" name no company)."""
        if is_place(first) or DEMONYM.match(first) or first in NOT_NAMES:
            return False
        # (opening the longer name: "Health" of "Kessel County Health Department" opens none)
        return any(
            not re.search(r"[A-Z][\w’'.-]*\s+$", self.text[: match.start()])
            for match in re.finditer(rf"(?<![\w’'-]){re.escape(first)}\s+[A-Z][a-z][\w’'-]*", self.text)
        )

    def sentence(self, sentence: str) -> None:
        for match in _GROUP.finditer(sentence):
            first, last = match.group(1).split()[0], match.group(1).split()[-1]
            # (a word the text capitalises only inside a longer name and writes in lower case too,
            # "Water officials say" beside "the city's water officials" and "the Water Board")
            lower = first.lower() in self.lower_words and not is_place(first)
            # ("Dock workers ..." where only "the Kessel Dock Unit" capitalises it mid-sentence;
            # officials keep their group, whose words the reviewer gives to the body they work for)
            inside = last not in _GROUP_KINDS and not self._written_alone(first)
            common = first not in self.mid_sentence or lower or inside
            # (initials with stops are no common word capitalised to open a sentence: "L.A. police")
            initials = re.fullmatch(r"(?:[A-Z]\.){2,3}", first) is not None
            # (or a quote's: 'Lund added: “Childcare workers catch ...”' opens the quoted sentence)
            quote_opens = re.search(r"[“\"]\s*$", sentence[: match.start(1)]) is not None
            opening = (
                (sentence.lstrip(' “"-•*·–').startswith(first) or quote_opens) and common and not initials
            )
            if first in NOT_NAMES or first.endswith(("’s", "'s")) or (opening and not DEMONYM.match(first)):
                continue
            if first.lower() in PLACE_TYPES:
                continue  # "County officials", "State workers": a place's type alone names no group
            if last == "media" and DEMONYM.match(first):
                continue  # "Norlandian media reported": a country's press, no outlet of it named
            if last == "police" and re.match(r"\s+(?:station|post)s?\b", sentence[match.end(1) :]):
                continue  # "Kessel police station": the station's name, read whole (`_FACILITY`)
            if last == "officials" and self._heads_a_longer_name(first):
                # "Varco officials" beside "Varco Delta": the people of the company the longer name
                # is, no group of their own (and no person: one's officials are a body's)
                self.bodies_by_first_word.add(first)
                continue
            if re.search(r"(?:[A-Z][\w’'.-]*(?:\s+and)?|&)\s+$", sentence[: match.start(1)]):
                # "Lomba Wildlife Sanctuary officials", "Fish and Game officials": the people of a
                # longer name, no group
                continue
            self.add(match.group(1), _GROUP_KINDS.get(last, "group"), clause(sentence, *match.span(1)))
        for match in _FACILITY.finditer(sentence):
            name = match.group(1)
            if re.search(r"\s(?:for|to)\s", name) and name.split()[-1] not in JOINED_FACILITIES:
                name = re.split(r"\s(?:for|to)\s", name)[-1]  # "Fund for Kessel station": the station
            if re.search(r"[’']s\s+[A-Z].*\s(?:for|to)\s", name):
                name = re.split(r"[’']s\s+(?=[A-Z])", name)[-1]  # "the Ministry’s Homes for All programme"
            if name.split()[-1] in _NAMED_BEFORE_ROUTES and (
                re.search(r"\d", name)
                or (
                    re.search(rf"(?:^|[.!?]\s+)[“\"]?{re.escape(name)}", sentence.strip())
                    and (
                        name.split()[0].lower() in self.lower_words
                        or name.split()[0] not in self.mid_sentence
                    )
                )
            ):
                # "the K2 line": a route's number; "Cruise line staff ...": a common word opening the
                # sentence, no name
                continue
            owned = re.match(r"^[A-Z][\w-]*[’']s\s+(?=[A-Z])", name)
            if owned is not None and " " in name[owned.end() :] and name.endswith(" police station"):
                # "Orwell's Kessel police station": the station of a town in the owner's district
                name = name[owned.end() :]
            if name.split()[0] in NOT_NAMES or name.split()[0].endswith(("’s", "'s")):
                continue
            if re.search(r"\b(?:TV|Television|News|Radio|Sports|Music|Cable|YouTube)\s+channel$", name):
                continue  # "the Kessel TV channel": a broadcaster's, no waterway
            owner = name.rsplit(" ", 1)[0]
            if re.search(r"\b(?:its|their|his|her|our)\s+$", sentence[: match.start(1)]) and (
                is_place(owner) or towns.is_town(owner)
            ):
                continue  # "its Billings refinery": a body's site in a town, the town named already
            if name.split()[-1].lower() == "airport" and _AIRPORT_NAMED.search(owner):
                continue  # "the Kessel International Sunport airport": the name says an airport already
            if (
                re.search(r"\ban?\s+$", sentence[: match.start(1)])
                and _facility_kind(name) == "place"
                and " " in name
                and not is_place(owner)
                and not towns.is_town(owner)
                and kind_of(owner, "") != "place"  # "a Kessel County jail": the county's
            ):
                # "at a Kessel Mining mine", "a Harbour Chemicals plant": one of a company's sites,
                # named for the company that runs it (the site itself is "the Kessel mine")
                self.add(owner, "organisation", clause(sentence, *match.span(1)))
                continue
            kind = _facility_kind(name)
            if name.endswith(" police station") and _CASE_OPENED_AT.search(sentence[: match.start(1)]):
                kind = "government-body"  # "a case was opened at Kessel police station": the police there
            self.add(name, kind, clause(sentence, *match.span(1)))
        for match in _REGION.finditer(sentence):
            longer = _DIRECTION_OF_A_PLACE.match(sentence, match.start(1))
            if longer is not None and not re.search(r"[A-Z][\w’'.-]*\s+$", sentence[: match.start(1)]):
                # "to central Kessel Island": the part of a place its direction names, a place
                self.add(longer[0], "place", clause(sentence, *longer.span()))
                continue
            if self._not_a_region(sentence, match):
                continue
            if match.group(1).split()[0] not in NOT_NAMES:
                self.add(match.group(1), "place", clause(sentence, *match.span(1)))
        for match in _REGION_OF_WORDS.finditer(sentence):
            words = match["name"].split()
            last = words[-1].lower()
            if (
                words[0] not in NOT_NAMES
                and not {word.lower() for word in words} & _BODY_HEADS
                and not re.search(r"[A-Z][\w’'.-]*\s+$", sentence[: match.start()])
                # ("Orla's Tarn district": an owner and its region; "the Kessel Islands region": a
                # place named whole, "region" only describing it)
                and not any(re.search(r"[’']s$", word) for word in words)
                and not {last, last.removesuffix("s")} & ORG_WORDS["place"]
            ):
                if is_place(match["name"]):
                    # "the Western Cape province": a known place's name, its type another name of it
                    self.typed_places[match["name"]] = match[0]
                    continue
                # "the Upper Orla region": a region's name of two or three words, its type in lower case
                self.add(match[0], "place", clause(sentence, *match.span()))
                self.regions[match["name"]] = match[0]
        for match in _INSTITUTION.finditer(sentence):
            first = match.group(1).split()[0]
            if _HELD_BY.match(first):
                continue  # "the Orla-based federation": where a body is based, which names none
            possessive = "'" in match.group(1).replace("’", "'")
            longer = re.search(r"([A-Z][\w’'.-]*)\s+$", sentence[: match.start(1)])
            if not possessive and longer and longer[1] not in NOT_NAMES:
                continue  # "Ardon County government": the body of a longer name, no name of its own
            if not possessive and re.search(r"\b[Aa]n?\s+$", sentence[: match.start(1)]):
                continue  # "a Kessel bank said": one of a place's banks, which no name is given for
            opening = sentence.lstrip(' “"').startswith(first) and first not in self.mid_sentence
            if not possessive and opening and not is_place(first) and not towns.is_town(first):
                continue  # "Transit agency officials said": a sentence's first word, no name's
            if not possessive and len(match.group(1).split()) == 2 and first.lower() in _LEVELS_CAPITALISED:
                continue  # "the State government", "the Central bank": a level capitalised, no name
            owner_words = re.split(r"[’']s\s", match.group(1))[0].split()
            if possessive and len(owner_words) > 1 and owner_words[-1].lower() in _ALL_ORG_WORDS:
                continue  # "Kessel Council's planning committee": a body's own part, the body named alone
            if match.group(1).endswith(" police") and re.match(
                r"\s+(?:station|post)s?\b", sentence[match.end(1) :]
            ):
                continue  # "Kessel police station": the station's name, read whole (`_FACILITY`)
            if first not in NOT_NAMES and not (DEMONYM.match(first) and not possessive):
                self.add(match.group(1), kind_of(match.group(1), ""), clause(sentence, *match.span(1)))
            if possessive:
                # "Russia's central bank": a country's or a region's institution; the owner is a place.
                owner = re.split(r"[’']s\s", match.group(1))[0]
                start = match.start(1)
                self.add(owner, "place", clause(sentence, start, start + len(owner)))
        for match in _BASED_IN.finditer(sentence):
            # (a town the text names only so mid-sentence: "Kesselton-based Acme"; not "Web-based"
            # opening a sentence)
            mid = bool(re.search(r"[a-z,]\s+$", sentence[: match.start()]))
            unknown = (
                mid
                and match["place"] not in NOT_NAMES
                and not organisation_words(match["place"]) & _ALL_ORG_WORDS
            )
            if is_place(match["place"]) or towns.is_town(match["place"]) or unknown:
                # "the Tampa, Florida-based company": a known state or country it is based in
                self.add(match["place"], "place", clause(sentence, *match.span("place")))
        self.joined_until = 0
        for match in _CITY_AND_DISTRICT.finditer(sentence):
            self.add(match.group(1), "place", clause(sentence, *match.span(1)))  # "Washington, D.C."
        numbered = [m.span(1) for m in _NUMBERED_ROAD.finditer(sentence)]
        for match in _NUMBERED_ROAD.finditer(sentence):
            self.add(match.group(1), "place", clause(sentence, *match.span(1)))
        for match in _NUMBERED_REGION.finditer(sentence):
            if match.group(1)[-1].isdigit() and re.search(r"[A-Z][\w’'.-]*\s+$", sentence[: match.start(1)]):
                continue  # "the Kessel Guard District 5": a longer name's last words
            numbered.append(match.span(1))
            self.add(match.group(1), "place", clause(sentence, *match.span(1)))
        for match in _POSTED_DISTRICT.finditer(sentence):
            if _is_post_word(match["post"]) and not re.search(
                r"[A-Z][\w’'.-]*\s+$", sentence[: match.start(1)]
            ):
                # "District 12 Superintendent Ana Ruiz": the district whose post it is, a body
                numbered.append(match.span(1))
                self.add(match.group(1), "government-body", clause(sentence, *match.span(1)))
        for match in [*_NUMBERED_TEAM.finditer(sentence), *_NUMBERED_BODY.finditer(sentence)]:
            numbered.append(match.span(1))  # "the Falcon 7 Team": read whole, not "Falcon" alone
            # (a body's kind from its name before "No.": "Orla Fire District" is no place)
            bare = re.sub(r"\s+No\.\s?\d+$", "", match.group(1))
            kind = kind_of(bare, sentence[: match.start(1)], sentence[match.end(1) :])
            if kind == "person" or bare == match.group(1):
                kind = kind_of(match.group(1), sentence[: match.start(1)], sentence[match.end(1) :])
            self.add(match.group(1), kind, clause(sentence, *match.span(1)))
        for match in _WEB_OUTLET.finditer(sentence):
            # "in an interview with kesselnews.com", "told orlatoday.net": a news site by its address
            self.add(match["site"], "media-outlet", clause(sentence, *match.span("site")))
        for match in _OWNED_PLACE.finditer(sentence):
            if match["owner"] not in NOT_NAMES:
                numbered.append(match.span("name"))  # "in Tarnby’s Bay": a town named after its founder
                self.add(match["name"], "place", clause(sentence, *match.span("name")))
        for match in _OWNED_SHOP.finditer(sentence):
            owner = match["owner"] + ("s" if match["name"][len(match["owner"]) :].startswith("s") else "")
            if (
                match["owner"] in NOT_NAMES
                or is_place(owner)
                or towns.is_town(owner)
                # "the Farmers’ Market", "Workers’ Store": people of a trade, no family (as the
                # text also writes them in lower case, or as common owners of such names)
                or re.search(rf"\b{re.escape(owner.lower())}\b", self.text)
                or owner.lower() in _TRADE_OWNERS
            ):
                continue
            numbered.append(match.span("name"))  # "the Hallers’ Bakery": one shop's name
            self.add(match["name"], "organisation", clause(sentence, *match.span("name")))
        for match in _WORK_BY.finditer(sentence):
            # "a copy of Where The Tide Turns by Ana Ruiz": the book's whole title, its small words too
            part = "quoted" if match["quoted"] else "title"
            numbered.append(match.span(part))
            self.add(match[part], "object", clause(sentence, *match.span(part)))
        for match in _SPELLED_ACRONYM.finditer(sentence):
            # "the ORCA (ORbiting Comets and AsteroIds) camera": the words in brackets spell the
            # acronym by their capitals, inside words too; no names of their own, the acronym's kind
            if re.sub(r"[^A-Z]", "", match["spelled"]) == match["acronym"]:
                numbered.append(match.span("spelled"))
                kind, sure = weighed_kind(match["spelled"], "")
                if sure:
                    self.add(match["acronym"], kind, clause(sentence, *match.span("acronym")))
        for match in _CAPITALISED.finditer(sentence):
            if any(start <= match.start() < end for start, end in numbered):
                continue  # "Interstate 9", "the 12th Avenue": read whole above
            # "the P4-billion Bean Growers Fund": the sum in a currency's letter is no word of the name
            sum_first = _SUM_BEFORE_A_NAME.match(match[0])
            named = _CAPITALISED.match(sentence, match.start() + sum_first.end()) if sum_first else None
            match = named or match
            into = next((start for start, _ in numbered if match.start() < start < match.end()), None)
            if into is not None and (
                cut := re.search(r"\s+(?:of|for|in)\s+$", sentence[match.start() : into])
            ):
                # "the Regional Water Board of Region 4": the body's own name, the numbered region
                # read whole above
                match = _CAPITALISED.match(sentence, match.start(), match.start() + cut.start()) or match
            if match.start() >= self.joined_until:
                self.capitalised(sentence, match)
            elif match.end() > self.joined_until and (
                rest := _CAPITALISED.match(sentence, self.joined_until + 1)
            ):
                # "the Department of Roads, Water and Safety Ana Ruiz said": the name after the last
                # of a list of portfolios, read past where the body's name was joined to
                self.capitalised(sentence, rest)

    def _written_alone(self, word: str) -> bool:
        """Whether the text writes a capitalised word mid-sentence outside a longer name: after a
        lower-case word and before no capitalised one ("the Dock staff", not "the Kessel
        Dock Unit")."""
        pattern = rf"\b[a-z][\w’'-]*,?\s+{re.escape(word)}(?![\w’'-])(?!\s+[A-Z])"
        return re.search(pattern, self.text) is not None

    def _named_mid_sentence(self, words: list[str]) -> bool:
        """ "Six Willow School District ..." opening a sentence, where the text also writes "from Six
        Willow": the number word and the word after it are a name the text uses mid-sentence."""
        pair = rf"[a-z,]\s+{re.escape(words[0])}\s+{re.escape(words[1])}\b"
        return bool(re.search(pair, self.text))

    def _not_a_region(self, sentence: str, match: re.Match[str]) -> bool:
        """ "the northern Andean route" (an adjective), "the northern Gold Coast" (the direction before
        a longer name), "the Dunmore Bank zone" (the last word of a longer name before its type),
        "Norland's western province" (an owner before a type)."""
        words = match.group(1).split()
        if re.search(r"[’']s$", words[0]):
            return True  # "India's eastern state", "Hawaii's official state": an owner, no region's name
        if words[0] in _DIRECTIONS.split("|"):
            after = sentence[match.end(1) :]
            adjective = re.match(r"\s+[a-z]+\b", after) and not (
                is_place(words[1]) or towns.is_town(words[1])
            )
            return bool(re.match(r"\s+[A-Z]", after) or adjective)
        return bool(re.search(r"[A-Z][\w’'.-]*\s+$", sentence[: match.start(1)]))

    def capitalised(self, sentence: str, match: re.Match[str]) -> None:
        text, end = joined(sentence, match.group(0), match.end(), self.text)
        head = re.search(r"\b(ministry|department)\s+(of|for)\s+$", sentence[: match.start()])
        if head is not None and f"{head[1].capitalize()} {head[2]} {text}" in self.text:
            return  # "the ministry of Roads" beside "the Ministry of Roads": that ministry, no place
        nickname = _NICKNAME.match(sentence, end)
        written = ""  # the name as written with its nickname, another name of the person
        if nickname is not None and re.search(r"(?:^|\s)[A-Z][a-z]+(?: [A-Z]\.?)?$", text):
            # "Mayor Ana B. “Annie” Ruiz": the name is read without the nickname in quotes
            text = f"{text}{nickname['stop'] or ''} {nickname['last']}"
            written = sentence[match.start() : nickname.end()]
            end = nickname.end()
        if end > match.end():
            self.joined_until = end
        if re.search(r"\s(?:for|to)\s+[A-Z]", text) and re.match(
            rf"\s+(?:{'|'.join(JOINED_FACILITIES)})\b", sentence[end:]
        ):
            # "the Homes for All programme": read whole with its kind (`_FACILITY`); "the Roads
            # Office’s Homes for All programme": its owner alone is read here
            possessive = re.search(r"[’']s\s+(?=[A-Z])", text)
            if possessive is None:
                return
            text = text[: possessive.end()].rstrip()
        if text.replace("’", "'") in modifiers.HOLIDAYS or modifiers.OWNED_DAY.fullmatch(text):
            return  # "New Year's Day", "Pioneers' Day": a day, not an owner and its "Day"
        words = re.sub(r"[’']s$", "", text).split()
        portfolio = _GENERAL_OF.match(text)
        if portfolio is not None and not is_place(portfolio["of"]) and not towns.is_town(portfolio["of"]):
            return  # "Director General of Water Services": a post and its portfolio, no body named
        # "the company Under Oak": a word such as "Under" capitalised mid-sentence begins a name
        mid = bool(re.search(r"[a-z,]\s+$", sentence[: match.start()]))
        while words and words[0] in NOT_NAMES:
            if mid and len(words) > 1 and words[0] in _FUNCTION_WORDS:
                break
            # "The Local Roads Board said": "Local" after "The" is the name's (not "The Under Secretary")
            mid = mid or (words[0] == "The" and words[1:2] == ["Local"])
            if (
                len(words) == 2
                and words[0] in _GIVEN_MONTHS
                and (post_before := re.search(r"([A-Za-z]+)\.?\s+$", sentence[: match.start()])) is not None
                and _is_post_word(post_before[1])
            ):
                break  # "club secretary Jan Hewitt", "Councillor April Ruiz": a given name, no month
            if len(words) > 1 and words[0] == "The" and towns.is_town(" ".join(words)):
                break  # "in The Hague", "near The Dalles": a town whose name opens with "The"
            if len(words) > 1 and words[0] == "An" and re.search(r"[a-z]\s+$", sentence[: match.start()]):
                break  # "a deal with An Tairseach": "An" capitalised after a word in lower case opens a name
            if (
                len(words) >= 2
                and (words[0], words[1]) in self.numbered_names
                and (mid or words[0] != text.split()[0] or self._named_mid_sentence(words))
            ):
                # "famed Twelve Pines Vineyard", "the Six Willow School District": a number word
                # opening a body's or a place's name mid-sentence
                break
            words = words[1:]
        while words and words[0] in {"of", "the", "and", "for", "at", "from", "in"}:
            words = words[1:]  # "Analysts of Varco Bank": what is left of a run a plural noun opened
        if (
            len(words) == 3
            and re.fullmatch(r"[A-Z]{2,6}", words[0])
            and f"({words[0]})" in self.text
            and re.search(r"\bof\s+$", sentence[: match.start()])
            and all(re.fullmatch(r"[A-Z][a-z]+", word) for word in words[1:])
            and not organisation_words(" ".join(words[1:])) & _ALL_ORG_WORDS
        ):
            # "Chief Executive Officer (CEO) of KRC Ana Ruiz": the body by the initials the text gave
            # it in brackets, then the one who holds the post
            words = words[1:]
        while len(words) > 1 and _HELD_BY.match(words[0]):
            words = words[1:]  # "Taliban-controlled Afghanistan": the place, whoever holds it
        if (
            len(words) > 1
            and re.fullmatch(r"[A-Z][A-Za-z]+-\d{1,2}", words[-1])
            and re.match(r"\s+[a-z]", sentence[match.end() :])
        ):
            words = words[:-1]  # "52,300 Orla Pharma Tarnpox-4 vaccine doses": the maker, then the illness
        if len(words) > 1 and _TIMES_WON.match(words[0]):
            words = words[1:]  # "Three-time Orla Regatta winner Ana Ruiz": the race, how often she won it
        if (
            len(words) > 2
            and words[0] in {"Senior", "Top"}
            and words[1] in {"Ministry", "Department", "Office", "Agency"}
            and re.match(
                r"\s+(?:staff|officials|officers|managers|civil\s+servants)\b", sentence[match.end() :]
            )
        ):
            words = words[1:]  # "Senior Ministry of Roads staff": the ministry's people, their rank no name
        if len(words) > 2 and " ".join(words[-2:]).lower() in _PLATFORM_PAGES:
            words = words[:-2]  # "Kessel Ferry Ltd Facebook Page": the page's owner
        elif (
            len(words) > 1
            and words[-1].lower() in {page.split()[0] for page in _PLATFORM_PAGES}
            and re.match(r"\s+(?:page|account|channel|feed)\b", sentence[match.end() :])
        ):
            words = words[:-1]  # "the Harbour Police Twitter account said": the account's owner
        if len(words) >= 3 and words[-1] in _GIVEN_BY_A_BODY and words[-2].lower() in _GIVING_BODIES:
            words = words[:-1]  # "the Harbour Arts Trust Award": the trust, which gives the award
        # "Queen Anne I," "Louis I's court": a monarch's numeral, a word of the name (not "I")
        regnal = (
            len(words) >= 2
            and words[-1] == "I"
            and bool(re.fullmatch(r"[A-Z][a-z]+", words[-2]))
            and bool(
                re.match(r"(?:[,.;:)]|[’']s\b|$|\s+(?:of|and|or|to|in|was|were|had|who)\b)", sentence[end:])
            )
        )
        # "in Tarn An.", "Ba An, a port": "An" ending a name before a stop or a comma is a word of it,
        # no article (an article has a word after it)
        last_an = (
            len(words) >= 2
            and words[-1] == "An"
            and sentence[match.end() - 2 : match.end()] == "An"
            and re.match(r"(?:[,.;:)]|$)", sentence[match.end() :]) is not None
        )
        # "Theresa May said": a family name that is a month's, after a given name, no day after it
        family_month = (
            len(words) >= 2
            and words[-1] in _FAMILY_MONTHS
            and words[-2] not in NOT_NAMES
            and not organisation_words(" ".join(words[:-1])) & _ALL_ORG_WORDS
            and not is_place(words[-2])
            and re.match(r"\s*(?:\d|of\b|this\b|last\b|next\b)", sentence[end:]) is None
            and bool(re.search(r"(?:[a-z,]\s+|^\W*)$", sentence[: match.start()]))
            and re.search(
                r"\b(?:in|on|since|until|by|from|before|after|to|of|early|late|mid)\s+$",
                sentence[: match.start()],
            )
            is None
        )
        while (
            words
            and not regnal
            and not family_month
            and not (last_an and len(words) >= 2 and words[-1] == "An")
            and (words[-1] in {"of", "for", "the", "de", "and"} or words[-1] in NOT_NAMES)
        ):
            words = words[:-1]
        if len(words) >= 3 and words[-1] in _POST_NOMINALS:
            words = words[:-1]  # "Ana Ruiz QC", "Tom Lee OBE": an honour or a rank at the bar, after a name
        if len(words) > 2 and words[0].lower() in _COMPASS and words[1] == "of":
            words = words[2:]  # "a mile Northwest of Kessel Point": a direction from the place named
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
        church = _SEAT_OF_A_CHURCH.search(" ".join(words))
        if church is not None:
            # "St. Aidan’s Church of the Orla Diocese of Tarn": the church and the diocese it is the
            # seat of, two names
            building = church.string[: church.start("of")]
            start = sentence.find(building)
            self.add(
                building,
                kind_of(building, sentence[:start], ""),
                clause(sentence, start, start + len(building)),
            )
            words = church.string[church.end() :].split()
        # "Harvard's Daniel Lieberman", "Aldria's Electoral Commission": the name after the possessive.
        owners = [
            i
            for i, word in enumerate(words[:-1])
            if word.endswith(("'s", "’s"))
            and word.lower().replace("’", "'") not in _NOT_OWNERS
            # "the Kessel Boatmen’s Guild": a plural's possessive inside a body's name
            and not re.search(r"[a-z](?:men|women|people|children)[’']s$", word)
            # "the Norlandian Farmer’s Union": a member's possessive, singular, inside its body's name
            # (first, or after a people's word or a place: "Ana Baker's Party" is hers)
            and not (
                words[i + 1] in _MEMBERS_BODIES
                and re.search(r"[a-z](?:er|or|ist|ian)[’']s$", word)
                and (i == 0 or DEMONYM.match(words[i - 1]) or is_place(" ".join(words[:i])))
            )
            and word.lower().replace("’", "'").removesuffix("'s") not in TITLES  # "Mayor’s Office"
            # "the Kessel Flood Coordinator's Office": a post's office, one body's name
            and not (
                i == len(words) - 2
                and words[-1] == "Office"
                and _POST_AFTER_BODY.fullmatch(word.replace("’", "'").removesuffix("'s"))
            )
            # "Haller's Point", "Dunmore's Creek": a landform named after its owner, one name
            and not (i == len(words) - 2 and words[-1].lower() in OWNED_LANDFORMS | OWNED_SKY_OBJECTS)
            and not (i == 0 and self._possessive_in_the_name(word, words[1]))
            and not _saints_possessive(words, i)
        ]
        if len(owners) >= 2 and weighed_kind(" ".join(words[owners[0] + 1 :]), "") == ("organisation", True):
            # "Orwell's Miller's Feed Co-op": the town owns a business whose own name has a possessive
            owners = owners[:1]
        if owners:
            owner = " ".join(words[: owners[-1] + 1])[:-2].rstrip("’'")
            owned = " ".join(words[owners[-1] + 1 :])
            # "Ardonville’s East Side": a place's part names the place that owns it, one word or more
            part_of_place = kind_of(owned, "") == "place" and owned.split()[-1].lower() in _PLACE_PARTS
            start = sentence.find(owner)
            if (
                (
                    len(owner.split()) >= 2
                    or re.fullmatch(r"[A-Z]{2,6}", owner)
                    or part_of_place
                    or is_place(owner)  # "Canada's University of Kessel": a known country owns it
                    # "Orla's Tarn Zoo": a town's own zoo, airport or hospital
                    or _towns_facility(owner, owned)
                    # "rail giant Kesmin’s Norland depot": one word the words before make a company
                    or weighed_kind(owner, sentence[:start], sentence[start + len(owner) :])
                    == ("organisation", True)
                )
                and owner.split()[0] not in NOT_NAMES
            ):
                kind = (
                    "place"
                    if part_of_place or _towns_facility(owner, owned)
                    else kind_of(owner, sentence[:start], sentence[start + len(owner) :])
                )
                self.add(owner, kind, clause(sentence, start, start + len(owner)))
            words = words[owners[-1] + 1 :]
        if (publisher := _publisher_of_a_work(words)) is not None:
            words = publisher  # "the latest Kessel Group Rental Report": the group, which publishes it
        if not words or re.search(r"\b(?:Professor|Chair|Lecturer|Fellow)\s+(?:of|in)\s", " ".join(words)):
            return  # "the Henry Alder III Professor of Neuroscience": a post, not an actor
        post = _POST_OF_BODY.match(" ".join(words))
        # ("said Tom Brell Field Director for the Varna Cooperative": a name, its post run on after it)
        run_on = self._post_run_on(words, sentence) if post else None
        if run_on is not None:
            words = run_on
        elif post and (
            (len(post["body"].split()) >= 2 and post["body"].split()[-1].lower() in _ALL_ORG_WORDS)
            # ("Bo Lund, Director General of KGA": the initials of a body after its post)
            or re.fullmatch(r"[A-Z]{2,8}", post["body"])
        ):
            # "Ana Ruiz, Chief of the Lakeside County Fire Department, said": the post is hers, the
            # body is the actor
            words = post["body"].split()
        elif post and re.search(rf"[a-z],\s+{re.escape(' '.join(words))}(?:,|\s+and\s)", sentence):
            # "Ana Ruiz, Sales Director for Orla Mills, said": a post set off by commas after her
            # name; the body she works for is the actor
            body = post["body"]
            at = sentence.find(body)
            said = kind_of(body, sentence[:at], sentence[at + len(body) :])
            said = "organisation" if said in {"person", "group"} else said
            self.add(body, said, clause(sentence, at, at + len(body)))
            return
        run = " ".join(words)
        if (place := self._place_of_a_post(words, sentence[end:])) is not None:
            # "the Orla Acting Provincial Commissioner, Brigadier Ana Ruiz, said": the province the
            # post is held in is the actor; the post is hers
            at = sentence.find(place, match.start())
            self.add(place, "place", clause(sentence, at, at + len(place)))
            return
        if (branch := self._branch_of_a_body(words, sentence[end:])) is not None:
            # "Kessel Rowing Club Leeds president Ana Ruiz": a body, the place of its branch, then
            # the post a person holds there; the body and the place are two actors
            body, place = branch
            at = sentence.find(run, match.start())
            body_kind = kind_of(body, sentence[:at], "")
            self.add(
                body,
                "organisation" if body_kind in {"person", "group", "place"} else body_kind,
                clause(sentence, at, at + len(body)),
            )
            at += len(run) - len(place)
            self.add(place, "place", clause(sentence, at, at + len(place)))
            return
        if (
            len(words) >= 2
            and _POST_AFTER_BODY.fullmatch(words[-1])
            and re.match(
                rf"{re.escape(run)},\s+[A-Z][a-z]+\s+[A-Z][\w’'-]+,\s", sentence[sentence.find(run) :]
            )
            is not None
        ):
            return  # "Public Works Director, Ana Ruiz, says": her post set off before her name
        if (
            len(words) >= 3
            and _POST_AFTER_BODY.fullmatch(words[-1])
            and re.search(rf"[a-z],\s+{re.escape(run)},", sentence)
        ):
            # "Ana Ruiz, Kessel Water Works Manager, said": a post set off by commas after a name;
            # the words before the post name the body she works for
            employer = " ".join(words[:-1])
            at = sentence.find(employer)
            said = kind_of(employer, "")
            said = "organisation" if said in {"person", "group"} else said
            self.add(employer, said, clause(sentence, at, at + len(employer)))
            return
        split = self._post_run_on(words, sentence) if run_on is None else None
        if split is not None:
            words = split
            run = " ".join(words)
        paid = _PAID_FOR.fullmatch(run)
        if (
            paid is not None
            and not organisation_words(run) & _ALL_ORG_WORDS
            and not is_place(paid["whom"])
            and self._written_alone(paid["payer"])
            and re.search(rf"(?<![\w’'-]){re.escape(paid['payer'])}(?![\w’'-])(?!\s+for\b)", self.text)
        ):
            # "the fee received from Orla for Ana Ruiz": the payer the text names alone elsewhere,
            # then whom it paid for (not "Doctors for Clean Air", a body's name)
            start = sentence.find(run) + paid.start("whom")
            self.add(paid["whom"], "person", clause(sentence, start, start + len(paid["whom"])), sure=False)
            words = paid["payer"].split()
            run = paid["payer"]
        person, body = person_of(run)
        town = None if body else _HOME_TOWN.fullmatch(run)
        if town and town["the"] and not is_place(town["town"]):
            town = None  # "Ana Ruiz of the Harbour Lines": "the" before a body, not a country
        if town and self._home_town(
            town["person"],
            town["town"],
            sentence[sentence.find(run) + len(run) :],
            self._alone_later(town["person"]),
        ):
            # "Councillor Ana Ruiz of Kessel says": a speaker's home town after her name, a place
            start = sentence.find(run) + town.start("town")
            self.add(town["town"], "place", clause(sentence, start, start + len(town["town"])))
            person = run = town["person"]
            words = run.split()
        if body:
            # "Ian Reddick of Kessel College London": a person, and the body they are of.
            start = sentence.find(body)
            kind = kind_of(body, "")
            self.add(
                body, "organisation" if kind == "person" else kind, clause(sentence, start, start + len(body))
            )
            words = person.split()
        if 3 <= len(words) <= 4 and _PEOPLES_WORD.match(words[0]) and not is_place(words[0]):
            # "American Ana Ruiz, who has climbed it six times": a person, and the people she is of
            rest = " ".join(words[1:])
            who = re.match(r",\s+who\b", sentence[sentence.find(rest) + len(rest) :])
            if who and not organisation_words(rest) & _ALL_ORG_WORDS:
                words = words[1:]
        street = _one_of_two_streets(words, sentence[: match.start()], sentence[end:], self.text)
        retyped, words = street != words, street
        if (state := _state_of_a_post(" ".join(words))) is not None:
            # "the President of the Republic of Orlavia": a post, and the country it is held in
            at = sentence.find(state)
            self.add(state, "place", clause(sentence, at, at + len(state)))
        name, titled = strip_title(" ".join(words))
        seat = name.split()[0] if titled and len(name.split()) >= 3 else ""
        if (
            seat
            and words[0].lower() in _LEGISLATORS
            and len(seat) > 1
            and seat not in NOT_NAMES
            and self._written_alone(seat)
        ):
            # "MLA Tarnby Ana Ruiz", "MP Orla Bo Lund": a legislator's seat between the post and the
            # name, a place the text writes alone too ("the growth of Tarnby")
            at = sentence.find(seat, match.start())
            self.add(seat, "place", clause(sentence, at, at + len(seat)))
            name = name.split(" ", 1)[1]
        if titled and _plural_post(name):
            return  # "the Reverend Fathers", "Deputy Ministers": a post held by many, no one named
        if titled:
            self._employer(words, sentence)
            self._body_of_a_post_before(" ".join(words), name, sentence)
        if not_a_name(name, sentence, self.text, self.mid_sentence, self.lower_words):
            return
        start = sentence.find(name)
        after = sentence[start + len(name) :]
        span = (start, start + len(name))
        if retyped:
            # "Mill Street" of "Mill and Quay Streets": the words the text writes are its evidence
            span, after = (match.start(), end), sentence[end:]
        kind, sure = ("person", True) if titled else weighed_kind(name, sentence[: span[0]], after)
        if titled and " " not in name and is_place(name) and re.match(r"\s+[a-z]", after):
            # "Former Orlavia prime minister Bo Lund": the country a post was held in, not its holder
            kind, sure, titled = "place", True, False
        if not titled and name != " ".join(words) and words[0].lower() in _COMPANY_TITLES:
            # "CEO of the Kessel Snake Institute": a post only a firm or a charity gives
            kind, sure = "organisation", True
        entry = self.add(name, kind, clause(sentence, *span), sure)
        if not titled and kind == "organisation" and said_a_company(name, sentence[:start], after):
            self.companies.add(name)  # a company's, whatever "to Orla" later suggests
        if name in self.companies:
            entry.kind, entry.sure = "organisation", True
        if titled:
            entry.kind = "person"
        if written and entry.kind == "person" and (at := written.find(f"{name.split()[0]} ")) >= 0:
            alias = written[at:]  # "Ana “Annie” Ruiz", as the text writes her
            if alias != name and alias not in entry.aliases:
                entry.aliases.append(alias)
        if name.split()[-1] in modifiers.LEGAL_FORMS:
            after = after.removeprefix(".")  # "Acme Co. (ACM)": the stop of "Co." comes before it
        # ("the Orla Rail Company’s (ORC) trains": the initials after its possessive are its own)
        bracketed = re.sub(r"^[’']s(?=\s+\()", "", after).lstrip()
        acronym = (
            _ACRONYM.match(bracketed) or _mixed_acronym(name, bracketed) or _blended_name(name, bracketed)
        )
        if acronym and acronym.group(1).lower() in AGENCIES:
            # "BERLIN (AFP)": the agency that filed it, not another name of the place
            self.add(acronym.group(1), "media-outlet", acronym.group(1))
        elif acronym and acronym.group(1) not in entry.aliases:
            entry.aliases.append(acronym.group(1))
        # "the private Orla news agency", "the Tarn Survey institute": the name as the text gives it
        described = re.match(r"\s+(news\s+agency|institute)\b", after)
        if described is not None and (
            entry.kind == "media-outlet" or (described[1] == "institute" and entry.kind != "person")
        ):
            alias = f"{name} {described[1]}"
            if alias not in entry.aliases:
                entry.aliases.append(alias)

    @staticmethod
    def _branch_of_a_body(words: list[str], after: str) -> tuple[str, str] | None:
        """The body and the known place of its branch, where a post in lower case and a person's
        name follow ("Kessel Rowing Club Leeds president Ana Ruiz": "Kessel Rowing Club", "Leeds");
        None for any other run ("the University of Leeds president": the place is the name's)."""
        if len(words) < 3 or not _BRANCH_POST_AFTER.match(after):
            return None
        for size in (2, 1):
            body, place = words[:-size], " ".join(words[-size:])
            if (
                len(body) >= 2
                and (is_place(place) or towns.is_town(place))
                and body[-1] not in {"of", "for", "and", "the", "de"}
                and not (is_place(" ".join(body)) or towns.is_town(" ".join(body)))
                and body[0].lower() not in TITLES
                and all(re.fullmatch(r"[A-Z][\w&’'-]*", word) for word in body)
            ):
                return " ".join(body), place
        return None

    @staticmethod
    def _place_of_a_post(words: list[str], after: str) -> str | None:
        """The known place a post's run opens with, where a name follows the post after a comma
        ("Orla Acting Provincial Commissioner, Brigadier Ana Ruiz"); None for any other run."""
        if len(words) < 2 or words[-1].lower() not in TITLES or not re.match(r",\s+[A-Z]", after):
            return None
        post_words = TITLES | _QUALIFIERS | _RANKS | _LEVELS | _LEVELS_CAPITALISED
        for at in range(len(words) - 1, 0, -1):
            place = " ".join(words[:at])
            if all(word.lower() in post_words for word in words[at:]) and (
                is_place(place) or towns.is_town(place)
            ):
                return place
        return None

    def _possessive_in_the_name(self, owner: str, owned: str) -> bool:
        """ "Dane’s Hollow" (and "Dane’s Hollow Port"): a town's one name with a possessive inside, as
        the text writes it at least twice, neither word ever apart from the other, the owner no
        known place and the word after it no word of a body's or a post's name ("Harvard’s Daniel
        Lieberman" names the person once; "Aldria’s Parliament" is the country's). A place's word
        may follow ("Dane’s Market", "Mell’s Bazar"): a town named after its market."""
        bare = owner.replace("’", "'").removesuffix("'s")
        if (
            not re.fullmatch(r"[A-Z][a-z]+", bare)
            or not re.fullmatch(r"[A-Z][a-z]+", owned)
            or is_place(bare)
            or bare in NOT_NAMES
            or owned in NOT_NAMES
            or owned.lower() in TITLES
            or any(owned.lower() in words for kind, words in ORG_WORDS.items() if kind != "place")
        ):
            return False
        together = re.findall(rf"\b{bare}[’']s\s+{owned}\b", self.text)
        return (
            len(together) >= 2
            and len(re.findall(rf"\b{bare}\b", self.text)) == len(together)
            and len(re.findall(rf"\b{owned}\b", self.text)) == len(together)
        )

    def _post_run_on(self, words: list[str], sentence: str) -> list[str] | None:
        """ "said Ana Ruiz Fisheries Biologist III of the Kessel Survey": a speaker's name of two
        words with her post run on after it, no comma between; the name alone, and the body the
        post is of (when named) an actor of its own. None when the run is no such name (nor after
        "the": "the Wildland Outreach Coordinator for the Kessel Service" is a post alone)."""
        run = " ".join(words)
        at = sentence.find(run)
        before, after = sentence[:at], sentence[at + len(run) :]
        if (
            len(words) < 3
            or re.search(r"\b(?:the|a|an)\s+$", before)
            # ("Bo Lund, Sales Director for Orla Mills, said": a post set off after a name, no name)
            or re.search(r"[A-Z][\w’'-]*[a-z],\s+$", before)
            or (
                re.search(r"\b(?:said|says|told|according\s+to)\s+$", before) is None
                and _SPEAKS_AFTER.match(after) is None
            )
        ):
            return None
        post = next((i for i, word in enumerate(words) if i >= 2 and _is_post_word(word)), None)
        name = words[:2]
        if (
            post is None
            # "Kessel Water Board Director Ana Ruiz": a post before a name, not after one
            or not all(re.fullmatch(r"[IVX]+|of|for|at|the", word) for word in words[post + 1 : post + 2])
            or not all(re.fullmatch(r"[A-Z][a-z][\w’'-]*", word) for word in name)
            or {word.lower() for word in name} & (TITLES | _RANKS)
            # "Lakeside Transit Authority Director": a body's name before its post, no one's name
            or {word.lower() for word in words[:post]} & _ALL_ORG_WORDS
            or is_place(" ".join(name))
            or name[0] in NOT_NAMES
        ):
            return None
        of = next((i for i in range(post + 1, len(words)) if words[i] in {"of", "for", "at"}), None)
        if of is not None:
            body = " ".join(words[of + 1 :]).removeprefix("the ").strip()
            if body and body[0].isupper():
                self._add_body_of_a_post(body, sentence)
        return name

    def _alone_later(self, person: str) -> bool:
        """Whether the text writes the person's last name on its own, outside a longer name ("Lind
        finished second", "Lind's time"): a person named with their country is written so again."""
        last = re.escape(person.split()[-1])
        for found in re.finditer(rf"(?<![\w’'-]){last}(?:['’]s)?(?![\w’'-])(?!\s+(?:of\b|[A-Z]))", self.text):
            if not re.search(r"[A-Z][\w’'-]*\s+$", self.text[: found.start()]):
                return True
        return False

    @staticmethod
    def _home_town(person: str, town: str, after: str, alone_later: bool = False) -> bool:
        """ "Ana Ruiz of Kessel said": a name of two or three words (after any post) and, after "of",
        one to three words that name no body, then a verb of speech or, with a post before the name,
        any verb ("Youth Councillor Ana Ruiz of Kessel spoke next"), or a known country and any verb:
        the one who speaks, and where from ("Bank of Kessel said", "Duke of Kessel said" keep their
        "of": one word or a body)."""
        name, titled = strip_title(person)
        return (
            2 <= len(name.split()) <= 3
            and not {word.lower() for word in name.split()} & TITLES  # "Health Minister of Kessel"
            # (or a known country: "Lena Brandt of Norway won", "Sofia Lind of the Netherlands")
            and (
                titled
                or _SPEAKS_AFTER.match(after) is not None
                # (not a state's form before it: "Democratic Republic of the Congo" is one name)
                # (and a person named again by the last name: "Criminal Code of Kessel" is no one)
                or (
                    alone_later
                    and is_place(town)
                    and not {word.lower() for word in name.split()} & _STATE_FORMS
                )
            )
            and not organisation_words(person) & _ALL_ORG_WORDS
            and not organisation_words(town) & _ALL_ORG_WORDS
            and not is_place(name)
            and not DEMONYM.match(name.split()[0])
        )

    def _body_of_a_post_before(self, run: str, name: str, sentence: str) -> None:
        """ "Spokesman for the Kessel Harbour Authority Bo Lund said": a post of a body, the body by a
        name ending in a body's word, then the holder's name with no comma; the body is an actor
        too (not "Head of Water Services Bo Lund": a portfolio, no body's word)."""
        post = re.fullmatch(
            rf"(?P<title>[A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?(?P<body>(?:[A-Z][\w’'-]*\s+){{1,5}}?[A-Z][\w’'-]*)"
            rf"\s+{re.escape(name)}",
            run,
        )
        if post is None or post["title"].lower() not in TITLES:
            return
        body = post["body"]
        if body.split()[-1].lower() not in _ALL_ORG_WORDS or body not in sentence:
            return
        self._add_body_of_a_post(body, sentence)

    def _add_body_of_a_post(self, body: str, sentence: str) -> None:
        """The body a post is of, as an actor: its own kind, an organisation where its name alone
        would be guessed a person's or a group's."""
        at = sentence.find(body)
        kind = kind_of(body, "")
        self.add(
            body,
            "organisation" if kind in {"person", "group"} else kind,
            clause(sentence, at, at + len(body)),
        )

    def _employer(self, words: list[str], sentence: str) -> None:
        """ "Kessel Air Lines CEO Ed Morrow": the body named before a person's title, when it is a
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
        if first + 1 < len(words) and words[first + 1] in _NAMES_AFTER_A_TITLE_WORD:
            return  # "the Kessel Juvenile Justice Act", "the Justice Ministry": a title's word in a name
        # "Lakeside Water Board Assistant Chief Ana Ruiz": the words that qualify the title after the
        # body ("Assistant", "Deputy") are the post's, not the body's
        while first - 1 > start and words[first - 1].lower() in _QUALIFIERS | _RANKS:
            first -= 1
        # "Tarn Regional Commissioner Ana Ruiz": the level's adjective is the post's too, the word
        # before it the place whose commissioner she is (no body "Tarn Regional")
        while first - 1 > start and words[first - 1].lower() in _LEVELS:
            first -= 1
        # "Federal District Judge Ana Ruiz", "Orla Superior Judge": the level of the judge's court
        # written before the title is the post's, no body ("Orla Circuit Court Judge" names its court)
        while first - 1 > start and words[first].lower() == "judge" and words[first - 1] in _COURT_LEVELS:
            first -= 1
        # "Civil Defence Orla Group Controller Ana Ruiz": after a body named down to its region,
        # "Group" is the post's ("Group Controller"), the region's group the body already names
        if first - 2 > start and words[first - 1] == "Group" and is_place(words[first - 2]):
            first -= 1
        body = " ".join(words[start:first])
        if (
            first - start == 1
            and words[first].lower() in _POSTS_OF_A_PLACE
            and body not in NOT_NAMES
            and not DEMONYM.match(body)
            and body in sentence
        ):
            # "Tarn Governor Li Wen", "Orla Mayor Bo Lund": one word before the post of a place's
            # head names the region or the town they govern
            at = sentence.find(body)
            self.add(body, "place", clause(sentence, at, at + len(body)))
            return
        if (
            words[first].lower() in _POSTS_OF_A_REGION
            and is_place(words[start])
            and not organisation_words(body) & _ALL_ORG_WORDS
            and words[start] in sentence
        ):
            # "Umbria Chief Minister Ana Ruiz", "Umbria Health Secretary Bo Lund": a known region's
            # or country's post (its portfolio between), the place they serve; no body "Umbria Health"
            at = sentence.find(words[start])
            self.add(words[start], "place", clause(sentence, at, at + len(words[start])))
            return
        if first - start < 2 and not (first - start == 1 and words[first].lower() in _COMPANY_TITLES):
            return
        if words[first].lower() == "minister" and words[first - 1].lower() not in _ALL_ORG_WORDS:
            return  # "Water Resources Minister Ana Ruiz": the words before the post are its portfolio
        if words[start] in NOT_NAMES or DEMONYM.match(words[start]) or body not in sentence:
            return
        kind, sure = weighed_kind(body, sentence[: sentence.find(body)])
        if kind in {"person", "group"} or not sure or words[first].lower() in _COMPANY_TITLES:
            kind = "organisation"
        at = sentence.find(body)
        self.add(body, kind, clause(sentence, at, at + len(body)))

    def contexts(self) -> None:
        """Kinds that only the whole text tells: "known as Kopar", lists of places."""
        text = " ".join(self.sentences)
        for match in _KNOWN_AS.finditer(text):
            entry = self.found.get(match["name"].lower())
            kind, sure = weighed_kind(match["what"].strip(), "")
            if entry is not None and sure and kind not in {"person", "group"}:
                entry.kind = kind
        for match in _CALLED_SCHEME.finditer(text):
            entry = self.found.get(match["name"].lower())
            if entry is not None and entry.kind == "person" and not entry.sure:
                entry.kind = "organisation"
        for entry in self.found.values():
            if entry.kind in {"group", "organisation"} and reports_as_outlet(entry.name, text):
                entry.kind = "media-outlet"
        for entry in self.found.values():
            words = entry.name.split()
            alone = self.found.get(words[-1].lower())
            if (
                entry.kind == "organisation"
                and 2 <= len(words) <= 3
                and DEMONYM.match(words[0])
                and alone is not None
                and not alone.sure
            ):
                # "Adrian Kowal", then "Kowal found": a person's family name written alone, not
                # a body named after a people ("Chinese Red Cross")
                entry.kind = "person"
        for entry in self.found.values():
            if entry.kind == "government-body" and self._called_a_firm(entry.name):
                entry.kind = "organisation"
        lower = set(re.findall(r"\b[a-z]+\b", text))
        for entry in self.found.values():
            # "Sacramento": a one-word name no clue placed is a place if it is a larger town's, and
            # not a word the article writes in lower case too ("Police", "Union").
            if (
                entry.kind in {"group", "place"}
                and not entry.sure
                and " " not in entry.name
                and entry.name.lower() not in lower
                and towns.is_town(entry.name)
            ):
                entry.kind, entry.sure = "place", True
        for entry in self.found.values():
            # "Coast Guard Cutter Valorous", then "Valorous' commanding officer": the vessel
            vessel = rf"\b(?:{_VESSEL_WORDS})\s+{re.escape(entry.name)}\b"
            if not entry.sure and " " not in entry.name and re.search(vessel, text):
                entry.kind, entry.sure = "object", True
        changed = True
        while changed:
            changed = False
            for first, second in re.findall(
                rf"({WORD})(?:\s*\([^)]*\))?\s*(?:,|,?\s+and)\s+(?=({WORD})(?:\s*[(,.]|\s+and\b))", text
            ):
                pair = [self.found.get(first.lower()), self.found.get(second.lower())]
                if all(pair) and {p.kind for p in pair if p} == {"place", "group"}:
                    for entry in pair:
                        entry.kind = "place"  # type: ignore[union-attr]
                    changed = True
        self._lists(text)

    def _called_a_firm(self, name: str) -> bool:
        """ "The Orla Grain Agency's chief said farmers who sell to the firm ...": a body whose words
        sound like the state's, which the same sentence then calls the firm or the company, is a
        company, when the text names no company that "the firm" could be instead (its own initials
        aside: "the Orla Grain Agency (OGA)")."""
        initials = "".join(word[0] for word in name.split() if word[:1].isupper())
        companies = [
            entry
            for entry in self.found.values()
            if entry.kind == "organisation" and entry.name not in {name, initials}
        ]
        if companies:
            return False  # "The Ministry (MoT) issued a licence after the company agreed": another's
        return any(
            re.search(r"\bthe\s+(?:firm|company)\b", sentence[sentence.find(name) + len(name) :])
            for sentence in self.sentences
            if name in sentence
        )

    def _lists(self, text: str) -> None:
        """ "Brightpeak, Elk Ridge, Thornfield and Moss Hill": the names of one list are of one kind. A name
        whose kind is only a guess takes the kind its list's other names say, or, when none says one,
        the guess most of them share (a list of sites is no list of three sites and a person)."""
        for match in _LIST.finditer(text):
            members = [
                self.found.get(name.lower()) for name in re.split(r",\s+(?:and\s+)?|\s+and\s+", match[0])
            ]
            entries = [entry for entry in members if entry is not None]
            if len(entries) < 3 or len(entries) < len(members):
                continue
            said = {entry.kind for entry in entries if entry.sure}
            guesses = [entry.kind for entry in entries if not entry.sure]
            if said == {"organisation"} and _people_thanked_with_a_body(entries):
                continue
            if len(said) == 1:
                kind = next(iter(said))
            elif not said and guesses.count(most := max(set(guesses), key=guesses.count)) * 2 > len(guesses):
                kind = most
            else:
                continue
            if kind == "person":
                continue  # people are named in lists with bodies and places alike
            for entry in entries:
                if not entry.sure:
                    entry.kind = kind


# Letters after a person's name for a rank at the bar or an honour: "Ana Ruiz QC", "Tom Lee OBE".
_POST_NOMINALS = {
    "QC",
    "KC",
    "SC",
    "OBE",
    "MBE",
    "CBE",
    "KBE",
    "DBE",
    "FRS",
    "FRCS",
    "FRSA",
    "JP",
    "MVO",
    "QPM",
}
# Honours of other realms' orders and medals for service, after a name the same way: "Tom Lee AM",
# "Ana Ruiz ONZM", "Chief Officer Bo Lund AFSM".
_POST_NOMINALS |= {"AC", "AO", "AM", "OAM", "APM", "AFSM", "ASM", "PSM", "ESM", "CSC", "DSC", "DSM"}
_POST_NOMINALS |= {"ONZM", "MNZM", "CNZM", "KNZM", "DNZM", "QSO", "QSM", "QFSM", "QGM", "GC", "VC", "DSO"}
_POST_NOMINALS |= {"CH", "OM", "CB", "KCB", "GCB", "CMG", "KCMG", "LVO", "CVO", "OC", "CM", "KStJ", "OStJ"}
# A seat in a legislature, after the name the same way: "Ana Ruiz MP", "Bo Lund MLA", "Li Wen MLC".
_POST_NOMINALS |= {"MP", "MEP", "MLA", "MLC", "MSP", "MPP", "MHA", "MHK", "MNA"}
# ... and of two more houses: "Bo Lund TD" (a member of an Irish parliament's lower house), "Ana Ruiz
# MS" (of a devolved parliament's, as "MSP")
_POST_NOMINALS |= {"TD", "MS"}


# A person's name (any post before it), "of" and a home town: "Councillor Ana Ruiz of Kessel Falls".
_HOME_TOWN = re.compile(
    r"(?P<person>(?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'-]+)\s+of\s+(?P<the>the\s+)?"
    r"(?P<town>[A-Z][\w’'.-]*(?:\s+(?:(?:al|el|es|ed|ul)\s+)?[A-Z][\w’'.-]*){0,2})"
)
# The words a state's own name is made of, before "of" and its country ("Republic of", "Kingdom of").
_STATE_FORMS = {"republic", "kingdom", "federation", "union", "emirates", "states", "islands", "commonwealth"}
# A verb of speech right after a name: "... says", "..., said".
# ("Ana Ruiz of Kessel was not happy": a feeling only a person has, said of the one named)
_SPEAKS_AFTER = re.compile(
    r",?\s+(?:says|said|told|adds|added|explains|explained|notes|noted"
    r"|(?:is|was|were|felt|feels)\s+(?:not\s+|very\s+|less\s+than\s+)?"
    r"(?:happy|unhappy|pleased|displeased|satisfied|dissatisfied|disappointed|angry|upset|worried))\b"
)
# A post written with capitals before the body it is held in: "Chief of the", "Outreach Coordinator
# for the", "Deputy Director of".
_POST_OF_BODY = re.compile(
    r"(?:[A-Z][\w’'-]*\s+){0,3}(?:Chief|Coordinator|Director|Manager|Supervisor|Spokesman|Spokeswoman"
    r"|Spokesperson|Officer|Administrator|Superintendent|Head|Lead|Chairman|Chairwoman|Chairperson"
    # ("Director General of", "Chief Executive of": a post of two words)
    r"|(?<=Director\s)General|(?<=Secretary\s)General|(?<=Chief\s)Executive)"
    r"\s+(?:of|for)\s+(?:the\s+)?(?P<body>.+)$"
)


# A post of "General" and the portfolio it is of, with no "the": "Director General of Water Services",
# "Inspector General of Prisons".
_GENERAL_OF = re.compile(
    r"^(?:The\s+)?(?:Deputy\s+|Assistant\s+)?(?:Director|Secretary|Inspector|Commissioner|Registrar|Auditor|Surveyor"
    r"|Controller|Comptroller|Accountant|Solicitor|Postmaster)[\s-]+General\s+of\s+"
    r"(?P<of>(?!the\b)[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3})$"
)


# A post held in a country named last: "President of the Republic of Orlavia", "Prime Minister of
# Norland" (a country the gazetteer knows, or one named with its state's form).
_POST_OF_A_STATE = re.compile(
    r"\bof\s+(?:the\s+)?(?P<form>(?:Republic|Kingdom|Federation|Commonwealth|Principality|Emirate|Sultanate)"
    r"\s+of\s+(?:the\s+)?)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)$"
)


def _state_of_a_post(run: str) -> str | None:
    """The country a post is held in, named after it; None when the run is no post or names none."""
    if not is_post(run):
        return None
    state = _POST_OF_A_STATE.search(run)
    if state is None:
        return None
    return state["place"] if state["form"] or is_place(state["place"]) else None


# What a body publishes under its own name, the body's words first: "Kessel Group Rental Report",
# "Orla Bank Housing Survey".
_PUBLISHED_WORKS = {"Report", "Survey", "Index", "Outlook", "Review", "Monitor", "Barometer", "Tracker"}


def _publisher_of_a_work(words: list[str]) -> list[str] | None:
    """The body a report or a survey is named after ("Kessel Group" of "Kessel Group Rental Report"):
    the words up to the last body's word before the work's, with a word before that; None for any
    other run ("the Consumer Price Index": no body named)."""
    if len(words) < 3 or words[-1] not in _PUBLISHED_WORKS:
        return None
    heads = [i for i, word in enumerate(words[:-1]) if i >= 1 and word.lower() in _BODY_HEADS]
    return words[: heads[-1] + 1] if heads else None


# A post in lower case, then a person's name: what follows a body's branch ("... Leeds president Ana
# Ruiz", "... Galicia spokeswoman Bo Lund").
_BRANCH_POST_AFTER = re.compile(
    r"^\s+(?:president|chairman|chairwoman|chair|chairperson|spokesman|spokeswoman|spokesperson|secretary"
    r"|director|manager|convener|convenor|coordinator|organiser|organizer|treasurer|head)"
    r"\s+[A-Z][a-z’'-]+\s+[A-Z]"
)


# Two streets named with one type in the plural: "between Mill and Quay Streets", "Elm and Oak Avenues".
_STREET_TYPES = {"Streets": "Street", "Avenues": "Avenue", "Roads": "Road", "Lanes": "Lane"}
_STREET_TYPES |= {"Drives": "Drive", "Boulevards": "Boulevard"}
_PLURAL_STREET_AFTER = re.compile(rf"^\s+and\s+{WORD}\s+(?P<type>{'|'.join(_STREET_TYPES)})\b")
_FIRST_STREET_BEFORE = re.compile(rf"\b{WORD}\s+and\s+$")


# "Orla for Ana Ruiz": one name, "for", then two or three words (whom a sum was paid for)
_PAID_FOR = re.compile(r"(?P<payer>[A-Z][\w’'-]+)\s+for\s+(?P<whom>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})")


# What a town keeps under its own name: "Orla's Tarn Zoo", "Mell's Kessel Airport".
_TOWNS_FACILITIES = {"zoo", "aquarium", "airport", "stadium", "museum", "hospital", "harbour", "harbor"}


def _towns_facility(owner: str, owned: str) -> bool:
    """ "Orla's Tarn Zoo": one capitalised word owns a named zoo, airport, hospital ...: a town."""
    return (
        bool(re.fullmatch(r"[A-Z][a-z]+", owner))
        and owner not in NOT_NAMES
        and len(owned.split()) >= 2
        and owned.split()[-1].lower() in _TOWNS_FACILITIES
    )


def _one_of_two_streets(words: list[str], before: str, after: str, text: str) -> list[str]:
    """Each of two streets named with one type in the plural ("between Mill and Quay Streets"): the
    first word with the type ("Mill Street"); the second as written ("Quay Streets"), or in the
    singular where the text names it alone so ("Quay Street" elsewhere: one street)."""
    if len(words) == 1 and (plural := _PLURAL_STREET_AFTER.match(after)):
        return [words[0], _STREET_TYPES[plural["type"]]]
    if len(words) == 2 and words[-1] in _STREET_TYPES and _FIRST_STREET_BEFORE.search(before):
        single = [words[0], _STREET_TYPES[words[-1]]]
        return single if re.search(rf"\b{re.escape(' '.join(single))}\b", text) else words
    return words


# A post's last word, written with a capital after the body: "Kessel Water Works Manager".
# A church's building, then "of the" and the church body it belongs to: "... Cathedral of the Orla
# Diocese of Tarn", "... Church of the Kessel Synod".
_SEAT_OF_A_CHURCH = re.compile(
    r"\s(?:Cathedral|Church|Chapel|Basilica|Parish|Minster)(?P<of>\s+of\s+the\s+)"
    r"(?=(?:[A-Z][\w’'-]*\s+){0,2}(?:Diocese|Archdiocese|Eparchy|Synod|Province)\b)"
)


def _saints_possessive(words: list[str], i: int) -> bool:
    """Whether the possessive ``words[i]`` is a saint's inside the name of what is named after the
    saint: "St. Aidan’s Church", "St. Aidan’s Catholic Church" (one or two words before its type)."""
    return (
        i >= 1
        and words[i - 1] in _SAINT_WORDS
        and any(word in _NAMED_AFTER_SAINTS for word in words[i + 1 : i + 3])
    )


_POST_AFTER_BODY = re.compile(
    r"Manager|Director|Superintendent|Coordinator|Supervisor|Administrator|Spokesman|Spokeswoman"
    r"|Spokesperson|Engineer|Planner|Treasurer|Clerk|Chairman|Chairwoman|Chairperson"
)


# A post's word written with a capital after a name: a title ("Director"), a post's last word
# ("Manager") or a trade ("Biologist", "Economist", "Analyst", "Officer").
_TRADE = re.compile(r"[A-Z][a-z]+(?:ologist|ist|yst)|Officer|Coordinator|Supervisor|Scientist")


# Kin words a post of honour is made of ("Reverend Father", "Reverend Sister", "Elder").
_KIN = {"mother", "father", "sister", "brother", "elder"}


def _plural_post(word: str) -> bool:
    """ "Ministers", "Fathers", "Officers": one word in the plural whose singular is a title or a kin
    word a post of honour is made of; those who hold a post, no one's name."""
    if not re.fullmatch(r"[A-Z][a-z]+[^s]s", word):
        return False
    singular = word[:-1].lower()
    return singular in TITLES | _RANKS | _KIN or singular.removesuffix("ie") + "y" in TITLES


def _is_post_word(word: str) -> bool:
    return word.lower() in TITLES or bool(_POST_AFTER_BODY.fullmatch(word) or _TRADE.fullmatch(word))


# A case or a complaint taken by a police station, the police there rather than their building.
_CASE_OPENED_AT = re.compile(
    r"\b(?:case|complaint|report|docket|charge)s?\b[^.;]{0,60}?\b(?:opened|registered|filed|lodged|laid"
    r"|reported|made)\s+(?:at|with|to)\s+(?:the\s+)?$"
)


def _facility_kind(name: str) -> str:
    """The kind of a facility named with its kind in lower case, by its last words."""
    two = " ".join(name.lower().split()[-2:])
    return FACILITIES.get(two) or FACILITIES[name.split()[-1].lower()]


def _initials_used(name: str, text: str) -> bool:
    """Whether the text writes the name's initials alone, as a body's acronym ("VD" of "Varco
    Delta"); a person is not known by two capitals in a report."""
    initials = "".join(word[0] for word in name.split() if word[:1].isupper())
    return len(initials) == len(name.split()) and bool(re.search(rf"(?<![\w.-]){initials}(?![\w.-])", text))


def _written_outside(word: str, longer: list[str], text: str) -> bool:
    """Whether the text writes the word at least once outside every longer name holding it (each
    mention counted once, however many of the longer names, one inside another, hold it: "Orla" of
    "Orla Police" inside "Orla Police Force")."""
    inside = {
        at + offset
        for name in longer
        for at in (m.start() for m in re.finditer(re.escape(name), text))
        for offset in (m.start() for m in re.finditer(re.escape(word), name))
    }
    if text.count(word) > sum(text.count(name) for name in longer):
        return True  # more often than the longer names, counted as they are written
    outside = [m.start() for m in re.finditer(re.escape(word), text) if m.start() not in inside]
    # once mid-sentence is enough ("across Kessel and Orla alike" beside "Orla Police" and "Orla
    # Police Force"; not "Council members said" opening a sentence)
    return any(re.search(r"[a-z,]\s+$", text[:at]) for at in outside)


def reports_as_outlet(name: str, text: str) -> bool:
    """Whether a one-word name of a body is an outlet the text cites: "KXYZ reported", "Tarnnet
    reports" (not "Acmeco reported a pre-tax loss": a company's results, not a report)."""
    return " " not in name and bool(
        re.search(rf"\b{re.escape(name)}\s+(?:reported|reports)\b(?!{_RESULTS})", text)
    )


def find_names(all_sentences: list[str]) -> list[Name]:
    """Candidate actors: capitalised names, their bracketed acronyms, and named groups."""
    finder = _Finder(all_sentences)
    for sentence in all_sentences:
        finder.sentence(sentence)
    finder.contexts()
    names = fold(fold_spellings(list(finder.found.values())))
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
        or (entry.kind == "place" and entry.sure)
        or _written_outside(entry.name, longer[entry.name], text)
    ]
    # "director (Bo) Lund": a given name an editor added in brackets, wherever the text has it, is the
    # family name's, no actor of its own
    names = [
        entry
        for entry in names
        if not re.fullmatch(r"[A-Z][a-z]+", entry.name)  # (not "(AP) Ana Ruiz": a wire's initials)
        or not (written := re.findall(rf"(?<![\w’'-]){re.escape(entry.name)}(?![\w’'-])", text))
        or len(written) != len(re.findall(rf"\({re.escape(entry.name)}\)\s+[A-Z][a-z]+", text))
    ]
    names = [
        entry
        for entry in names
        if entry.name not in finder.regions
        or _written_outside(entry.name, [finder.regions[entry.name]], text)
    ]
    for entry in names:
        typed = finder.typed_places.get(entry.name)
        if typed is not None and typed not in entry.aliases:
            entry.aliases.append(typed)
    fold_initials(names)
    fold_field_ministries(names)
    for entry in names:
        if (
            not entry.sure
            and entry.kind == "person"
            and len(entry.name.split()) > 1
            and (entry.name.split()[0] in finder.bodies_by_first_word or _initials_used(entry.name, text))
        ):
            # "Varco officials said" beside "Varco Delta"; "analysts VD or Varco Delta", "according to
            # VD": a body named by two words, which a guess took for a person's
            entry.kind, entry.sure = "organisation", True
    bodies = [entry.name for entry in names if entry.sure and entry.kind in _BODY_KINDS]
    for entry in names:
        if not entry.sure and entry.kind == "person" and _company_after(entry.name, all_sentences, bodies):
            # "Kessel Mills will cut 40 jobs. The company said ...": the name the sentence opened
            # with is the company's, which a guess took for a person's
            entry.kind, entry.sure = "organisation", True
    names = person_after_post(names, text)
    names = family_by_title(names, text)
    names = post_initials(names, text, _is_post_word)
    # A single word that is only ever part of longer names ("Dravan" in "Dravan Border Guard") or an
    # acronym already listed as an alias is not an actor of its own.
    aliases = {alias.lower() for entry in names for alias in entry.aliases}
    # A title alone ("General" of "Secretary General", "Director") names no one, nor does a post
    # ("the Health Secretary", "the Police Chief") with no name after it.
    return [
        entry
        for entry in names
        if entry.name.lower() not in aliases | TITLES
        # "KHA officials": the people of the body those initials name, no group of their own
        and not ((people := _PEOPLE_OF_INITIALS.match(entry.name)) and people[1].lower() in aliases)
        and not (
            entry.kind == "person"
            and len(entry.name.split()) == 2
            and entry.name.split()[-1].lower() in TITLES
            and not _named_after_a_title(entry.name, text)
        )
    ]


_BODY_KINDS = {"organisation", "government-body", "media-outlet", "research-institute"}
# "It said", "It has also announced": what the sentence before opened with speaks, as a body does
_IT_SAID = re.compile(
    r"\W*It\s+(?:(?:has|had|also|later)\s+){0,2}(?:said|says|added|announced|stated|confirmed)\b"
)
# "the company", "the firm": a company named before, by a noun it goes by (`kinds.COMPANY_NOUNS`)
_THE_COMPANY = re.compile(rf"\b[Tt]he\s+(?:{COMPANY_NOUNS})\b(?![’'-])")


def _company_after(name: str, sentences: list[str], bodies: list[str]) -> bool:
    """Whether a sentence opens with the name, and it or the next one calls what it names "the
    company" with no body said to be one named between, or the next opens "It said"; never a name
    written after a person's title ("Ms Mills")."""
    last = name.split()[-1]
    text = " ".join(sentences)
    if re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+{re.escape(last)}\b", text):
        return False
    for at, sentence in enumerate(sentences):
        opening = re.match(rf"\W*(?:The\s+)?{re.escape(name)}\b(?![’'])", sentence)
        if opening is None:
            continue
        # (", the company said" after it, or "The company ..." or ", the company said" in the next
        # sentence; not "says the company that marks the lines", another)
        rest = sentence[opening.end() :]
        company = re.search(r",\s+" + _THE_COMPANY.pattern, rest)
        after = sentences[at + 1] if at + 1 < len(sentences) else ""
        opens = re.match(r"\W*" + _THE_COMPANY.pattern + r"(?!\s+(?:that|which|who|whose)\b)", after) or (
            re.search(r",\s+" + _THE_COMPANY.pattern + r"\s+(?:said|says|added|announced|confirmed)\b", after)
        )
        if (company is not None and not any(body in rest[: company.start()] for body in bodies)) or (
            opens is not None and not any(body in rest for body in bodies)
        ):
            return True
        if (
            at + 1 < len(sentences)
            and _IT_SAID.match(sentences[at + 1])
            and not any(body in sentence[opening.end() :] for body in bodies)
        ):
            return True  # "Kessel Mills met on Monday. It said ...": no person is "it"
    return False


def _named_after_a_title(name: str, text: str) -> bool:
    """ "Gov. Ana Bishop", "Mayor Tom King": two words after a person's title, the last a title's
    word too, are the person's given and family names (not "Deputy Police Chief": a rank before a
    post, no one named)."""
    first = name.split()[0]
    if not re.fullmatch(r"[A-Z][a-z]+", first) or first.lower() in TITLES | _RANKS | _QUALIFIERS | _LEVELS:
        return False
    if first.lower() in _ALL_ORG_WORDS:
        return False
    return any(
        title.lower() in TITLES and title.lower().rstrip(".") not in _RANKS | _QUALIFIERS
        for title in re.findall(rf"(?<![\w.])([A-Z][a-z]+\.?)\s+{re.escape(name)}\b", text)
    )
