"""Sentences about actors and figures that read as an editor would write them.

Verbs agree with their subject ("Aldrian rebels control", "Oren Varga is a leader of"); a
figure's caption does not repeat its unit when what it counts already names it ("at least 1,000
toll stations operating in Aldria", not "1,000 toll stations: toll stations operating ...").
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

from generator.format.model import Actor, ActorKind, Number, Qualifier
from generator.format.numbers import CURRENCY_CODES, NUMBER_WORDS, newspaper_value
from generator.format.vocabulary import PREDICATES, Predicate, agree, verb_phrase

# Kinds whose names are proper names, singular even when they end in -s ("Reuters", "Philippines").
_PROPER = {ActorKind.PERSON, ActorKind.PLACE, ActorKind.MEDIA_OUTLET, ActorKind.RESEARCH_INSTITUTE}
# Kinds whose capitalised names are the name of one body: a company, a ministry, a state.
_ONE_BODY = {ActorKind.ORGANISATION, ActorKind.GOVERNMENT_BODY}
# Heads of such names that English still treats as many ("the Armed Forces say").
_MANY_HEADS = {"Forces", "Police", "Guards", "Troops"}
_IRREGULAR_PLURALS = {"people", "police", "men", "women", "children", "personnel", "militia members"}
# The head noun of "toll stations in Aldria" is "stations": it is the last word before these.
_AFTER_HEAD = re.compile(
    r"\s(?:of|in|on|at|from|for|with|to|under|near|along|across|inside|outside)\s|\s\(|,"
)
_SINGULAR_ENDINGS = ("ss", "us", "is", "ics", "'s")
# A word that owns the next ("Aldria's", "Veltria’s", "farmers'").
_POSSESSIVE = ("'s", "’s", "s'", "s’")

QUALIFIER_WORDS = {
    "exact": "",
    "about": "about",
    "more-than": "more than",
    "at-least": "at least",
    "at-most": "at most",
    "up-to": "up to",
    "fewer-than": "fewer than",
}
# Units that only say the figure counts people or things: the description names them better.
_GENERIC_UNITS = {"people", "persons", "individuals", "cases", "items", "things"}


def is_plural(actor: Actor) -> bool:
    """Whether verbs take the plural with this actor as subject: its ``plural`` field if set, else
    a guess from its name's head noun (common nouns only: a proper name is singular)."""
    if actor.plural is not None:
        return actor.plural
    if actor.kind in _PROPER:
        return False
    words = _AFTER_HEAD.split(f" {actor.name} ", maxsplit=1)[0].split()
    # A company's or a state's own name is one body, whatever its last word: "Kessel Air Lines says",
    # "the Federated Isles says", "Doctors of the Sea says". A head written in lower case is a
    # common noun ("Aldrian officials"), and armed forces are spoken of as many ("the Armed Forces").
    if actor.kind in _ONE_BODY and words and words[-1][:1].isupper() and words[-1] not in _MANY_HEADS:
        return False
    return _head_is_plural(words)


def _head_is_plural(words: Sequence[str]) -> bool:
    """Whether the last of ``words``, a name's head noun, is a plural ("rebels", "police")."""
    if not words:
        return False
    last = words[-1].casefold()
    if last in _IRREGULAR_PLURALS or " ".join(words[-2:]).casefold() in _IRREGULAR_PLURALS:
        return True
    return len(last) > 3 and last.endswith("s") and not last.endswith(_SINGULAR_ENDINGS)


# Head nouns of names that English writes with "the" ("the Kessel Canal Authority", "the Transport
# Department", "the Great Kessel Lake", "the Middle East"); a name whose head is another capitalised
# word is written bare ("Voice of Aldria", "Marrow Pharma", "Lind Park").
_THE_HEADS = {
    "Administration",
    "Agency",
    "Alliance",
    "Army",
    "Assembly",
    "Association",
    "Authority",
    "Board",
    "Bureau",
    "Cabinet",
    "Canal",
    "Channel",
    "Coalition",
    "Command",
    "Commission",
    "Committee",
    "Congress",
    "Corps",
    "Council",
    "Court",
    "Department",
    "Desert",
    "East",
    "Federation",
    "Force",
    "Forces",
    "Foundation",
    "Front",
    "Fund",
    "Government",
    "Guard",
    "Gulf",
    "Institute",
    "Islands",
    "Lake",
    "League",
    "Legislature",
    "Ministry",
    "Mountains",
    "Movement",
    "Navy",
    "Ocean",
    "Office",
    "Organisation",
    "Organization",
    "Parliament",
    "Party",
    "Peninsula",
    "Platform",
    "Police",
    "Republic",
    "Reserve",
    "River",
    "Sea",
    "Secretariat",
    "Senate",
    "Service",
    "Strait",
    "Straits",
    "Survey",
    "System",
    "Treasury",
    "Tribunal",
    "Union",
    "Valley",
    "West",
}
# "Bank" and "Corporation" end companies' names too, written bare ("Marrow Bank", "Lind Corporation"). A
# public body ("the Kessel Deposit Corporation"), a place ("the West Bank"), a name that goes on after
# them ("the Bank of Aldria") or one that says what kind of bank it is ("the World Bank", "the Aldrian
# Central Bank") takes "the".
_COMPANY_HEADS = {"Bank", "Corporation"}
_PUBLIC_BANKS = {"Central", "Development", "Investment", "Reserve", "World"}
# "University" takes "the" only before "of": "the University of Aldria", "Harvard University". So do
# a state's or a city's formal names: "the State of Veltria", "the City of Orla", "Orla City".
_THE_BEFORE_OF = {
    "City", "Commonwealth", "District", "Emirate", "Kingdom", "Principality", "Province", "State",
    "Sultanate", "University",
}  # fmt: skip
# A sea, a river or a valley takes "the" ("the Kessel Sea"); a company named after one is written bare
# ("owned by Marrow Ocean", a shipping firm), as its own pages write it.
_FEATURE_HEADS = {
    "Canal", "Channel", "Desert", "Gulf", "Islands", "Lake", "Mountains", "Ocean", "Peninsula", "River",
    "Sea", "Strait", "Straits", "Valley",
}  # fmt: skip
# A body named by the people or states it joins takes "the": "the Allied Dock Workers", "the Free
# Nations", "the Gulf States". Alone, the word is a name written bare (an airline "Emirates").
_MEMBERS_HEADS = {"Emirates", "Employees", "Nations", "States", "Teachers", "Workers"}
# A place whose name says it was joined from others takes "the": "the United Provinces", "the
# United Kingdom"; a company's is bare ("United Freight").
_JOINED = ("United ", "Federated ")
# A place named by its unit is written bare: "Dravan province", "Solvik district".
_BARE_UNITS = {"province", "county", "district", "prefecture", "township", "city", "state", "region"}
# A thing is named bare ("the ship Marrow Star"), but a structure named by what it is takes "the": "owns
# the Orla Bridge", "the Kessel Dam burst".
_STRUCTURE_HEADS = {
    "Barrier", "Bridge", "Canal", "Causeway", "Dam", "Pipeline", "Reservoir", "Tower", "Tunnel", "Viaduct",
}  # fmt: skip
# Names that are names as their owners write them, article or none: people, outlets, things.
_NO_ARTICLE = {ActorKind.PERSON, ActorKind.MEDIA_OUTLET, ActorKind.OBJECT}
# "The army", "The river": a common noun whose article the contributor capitalised. "The Halden Courier",
# "The Hague" keep theirs: a capital on the next word marks a proper name.
_COMMON_THE = re.compile(r"The (?=[a-z])")


def takes_the(actor: Actor) -> bool:
    """Whether ``actor``'s name needs "the" inside a sentence: an institution or a sea ("is a leader
    of the Kessel Canal Authority"), or a common noun ("a member of the border guard forces", "owned by
    the Varga family"). A plural that starts with a capital is written bare ("Aldrian rebels say");
    a name with its own "The", a person's name, an outlet's and an acronym never take one, nor a
    common noun after a possessive ("according to Aldria's health ministry"). A structure named by
    what it is takes one ("owns the Orla Bridge"); a company named after a sea does not ("Marrow
    Ocean")."""
    name = actor.name
    if name[:4].casefold() == "the ":
        return False
    if actor.kind is ActorKind.OBJECT and name.split()[-1] in _STRUCTURE_HEADS:
        return True
    if actor.kind in _NO_ARTICLE:
        return False
    before = _AFTER_HEAD.split(f" {name} ", maxsplit=1)[0].split()
    if not before:
        return False
    head = before[-1]
    if head[:1].islower():
        if actor.kind is ActorKind.PLACE and head in _BARE_UNITS and name[:1].isupper():
            return False
        if len(before) > 1 and before[0].endswith(_POSSESSIVE):
            return False  # "Aldria's health ministry": the possessive is its determiner, not "the"
        return name[:1].islower() or not _head_is_plural(before)
    if actor.kind is ActorKind.PLACE and name.startswith(_JOINED):
        return True
    if head in _MEMBERS_HEADS and len(before) > 1 and actor.kind is not ActorKind.GROUP:
        return True
    if head in _COMPANY_HEADS:
        public = actor.kind in (ActorKind.GOVERNMENT_BODY, ActorKind.PLACE)
        return public or len(before) < len(name.split()) or (len(before) > 1 and before[-2] in _PUBLIC_BANKS)
    if head in _FEATURE_HEADS and actor.kind is ActorKind.ORGANISATION and len(before) == len(name.split()):
        return False
    return head in _THE_HEADS or (head in _THE_BEFORE_OF and f"{head} of " in name)


def running(name: str) -> str:
    """``name`` as it reads inside a sentence: "according to the army", not "according to The army".
    Only a leading "The" before a lower-case word is lowered; a proper name keeps its capital."""
    return _COMMON_THE.sub("the ", name, count=1) if name.startswith("The ") else name


def in_sentence(actor: Actor) -> str:
    """``actor``'s name inside a sentence, without "the": "army" for "The army"; a common noun its
    contributor capitalised as a heading ("Crater lake", "Harbour office") loses the capital where
    its own description or evidence writes it in lower case ("a crater lake above the valley"). A
    proper name keeps its capital: its sources write it so ("Dravan", "Marrow Pharma"). Only a
    phrase of lower-case words after the first is lowered: one word ("Turkey", "Reading") may be a
    name that is also a common word."""
    name = running(actor.name)
    first, *rest = name.split(" ")
    common = bool(rest) and all(not word[:1].isupper() for word in rest)
    if actor.kind in _NO_ARTICLE or not (common and first[:1].isupper() and first[1:].islower()):
        return name
    lowered = name[:1].lower() + name[1:]
    written = re.compile(rf"(?<!\w){re.escape(lowered)}(?!\w)")
    texts = [actor.description, *(citation.evidence or "" for citation in actor.cite)]
    return lowered if any(written.search(text) for text in texts) else name


def named(actor: Actor, *, start: bool = False) -> str:
    """``actor``'s name as running text writes it, with "the" where it needs one ("the Kessel Canal
    Authority", "the army", "the crater lake"); at the ``start`` of a sentence with a capital ("The
    Kessel Canal Authority"). Plain text, not escaped."""
    name = f"the {in_sentence(actor)}" if takes_the(actor) else in_sentence(actor)
    return name[:1].upper() + name[1:] if start else name


def group_is_plural(actors: Sequence[Actor]) -> bool:
    return len(actors) > 1 or (len(actors) == 1 and is_plural(actors[0]))


def relation(
    predicate: str, outgoing: bool, subject: Actor, vocabulary: Mapping[str, Predicate] | None = None
) -> str:
    """The verb phrase of a relationship told from ``subject``'s end, agreeing with it."""
    return verb_phrase(predicate, outgoing, is_plural(subject), vocabulary)


def _names(actor: Actor) -> list[str]:
    return [actor.name, *actor.aliases]


def _contains(name: str, part: str) -> bool:
    return bool(re.search(rf"(?<!\w){re.escape(part.casefold())}(?!\w)", name.casefold()))


def tells_nothing(
    predicate: str, subject: Actor, object_: Actor, vocabulary: Mapping[str, Predicate] | None = None
) -> bool:
    """Whether a relationship, written as a sentence, would tell a reader nothing new: a relation
    about the sources rather than the world ("reported on by"), or one whose object is a place that
    the subject's own name already names ("northern Aldria is part of Aldria", "toll stations in
    Aldria are located in Aldria", "Aldrian rebels operate in Aldria"). The table of
    relationships still lists it."""
    entry = (vocabulary or PREDICATES).get(predicate)
    if entry is not None and not entry.prose:
        return True
    for place, other in ((object_, subject), (subject, object_)):
        named = any(_contains(name, part) for name in _names(other) for part in _names(place))
        if place.kind is ActorKind.PLACE and place.id != other.id and named:
            return True
    return False


def says(speakers: Sequence[Actor]) -> str:
    return agree("say{s|}", group_is_plural(speakers))


def gives(speakers: Sequence[Actor]) -> str:
    return agree("give{s|}", group_is_plural(speakers))


def _words(text: str) -> list[str]:
    return [word.casefold().rstrip("s") for word in re.findall(r"\w+", text)]


def unit_is_redundant(number: Number) -> bool:
    """Whether the description already says what the unit says (or the unit says nothing more)."""
    if not number.unit:
        return False
    if number.unit.casefold() in _GENERIC_UNITS:
        return True
    unit = _words(number.unit)
    counted = set(_words(number.counts))
    return bool(unit) and all(word in counted for word in unit)


# Currencies a newspaper writes as a symbol before the figure: "$14 billion", "€3 million".
_CURRENCIES = (
    ("us dollars", "$"),
    ("us dollar", "$"),
    ("usd", "$"),
    ("dollars", "$"),
    ("euros", "€"),
    ("euro", "€"),
    ("eur", "€"),
    ("pounds sterling", "£"),
    ("british pounds", "£"),
    ("gbp", "£"),
)
# Words that count in scales: a noun after their plural takes "of" ("hundreds of officers"), and
# after a number or "several" they stay singular ("several dozen yards").
_SCALE_WORDS = ("dozen", "hundred", "thousand", "million", "billion", "trillion")
_PLURAL_SCALE = re.compile(rf"\b(?:{'|'.join(_SCALE_WORDS)})s$", re.IGNORECASE)
_COUNTED_SCALE = re.compile(
    rf"\b(several|a few|few|some|many|\d[\d,.]*|{'|'.join(NUMBER_WORDS[2:])}) ({'|'.join(_SCALE_WORDS)})s$",
    re.IGNORECASE,
)
# What a caption's description may begin with when it names a measure, not the thing measured:
# "2,000 km, the length of the border", not "2,000 km of length of the border".
_MEASURES = {
    "amount", "area", "cost", "depth", "distance", "duration", "height", "intensity", "length",
    "magnitude", "number", "percentage", "price", "proportion", "rate", "ratio", "share", "size",
    "speed", "sum", "time", "total", "value", "volume", "weight", "width",
}  # fmt: skip
# Nouns that name one change or one gap, which a figure is "for": "0.25 percentage points for the cut
# in the rate" ("for cut in the rate" lacked its article). Not a level or a rate itself ("2% for UK
# inflation", "5% for Policy Rate"), nor a plural head ("cuts"), which is a group.
# Words that open a comparison, which a figure measures: "27% slower decline than with placebo",
# "40% more cases than last year", "2 points lower score".
_COMPARATIVES = {
    "bigger", "cheaper", "costlier", "dearer", "faster", "fewer", "greater", "higher", "larger",
    "less", "longer", "lower", "more", "shorter", "slower", "smaller", "wider", "worse",
}  # fmt: skip
_CHANGES = {
    "change", "cut", "decline", "decrease", "difference", "drop", "fall", "gain", "gap", "hike",
    "increase", "jump", "lead", "loss", "margin", "reduction", "rise", "swing",
}  # fmt: skip


# Nouns that name a sum of money by what it is, not what it buys: "$16.5 billion, the discount on ...".
_SUMS = {"deficit", "discount", "profit", "surplus"}
# "Money" as the head of what a sum counts, a clause or a participle after it ("money the club paid
# its coach", "money owed to the builders"): the sum is that money, "$4 million, the money the club
# paid its coach", where "$4 million in money the club paid" said twice that a sum is money, as if a
# part of some money were meant. "Money" that modifies a noun ("money laundering fines") is no head.
_MONEY_HEAD = re.compile(
    r"money\s(?:[A-Z]|(?:the|a|an|its|their|his|her|it|they|we|that|which|from|for|to|due|paid|spent|lent|"
    r"sent|held|given|owed|\w+ed)\b)"
)
# Words that open a clause a figure answers: "what the club paid", "how long the strike lasted".
_WH_WORDS = {"what", "how", "whatever"}
# Nouns that name what a court or a regulator imposes, or a party asks it to: the figure is that
# penalty, not an amount of it. "25 years of prison sentence passed on him" and "$2 billion in fine
# imposed on the bank" read as parts of something; "25 years, the prison sentence passed on him" and
# "$2 billion, the fine imposed on the bank" say what the figure is. The noun may follow a few
# modifiers ("prison sentence", "longest jail term", "maximum fine"). A league's, a guild's or a
# licensing board's penalty is one too: "6 months, the suspension the league agreed with the coach",
# not "6 months of suspension ...", nor "2 years of ban the board sought".
_PENALTIES = {
    "award", "bail", "ban", "bond", "damages", "fine", "forfeiture", "penalty", "restitution",
    "sanction", "sentence", "settlement", "suspension", "term",
}  # fmt: skip
# How many words before the penalty's noun may modify it ("longest prison sentence").
_PENALTY_MODIFIERS = 2


def _names_penalty(counts: str) -> bool:
    """Whether what a figure counts opens with a penalty's noun, after at most two lower-case
    modifiers: "prison sentence the prosecutors asked for", "longest jail term he faced", "fine
    imposed on the bank"; not "people fined" nor "Sentence Review Board members"."""
    return bool(_penalty_noun(counts))


def _penalty_noun(counts: str) -> str:
    """The penalty's noun ``_names_penalty`` finds, or ""."""
    words = counts.split()
    for word in words[: _PENALTY_MODIFIERS + 1]:
        if word in _PENALTIES:
            return word
        if not (word.isalpha() and word.islower()):
            return ""
    return ""


# How a penalty is dated: by the day it was imposed, ordered or set, by each noun's verb. A sentence
# passed on 28 March 2024 read "as of 28 March 2024", as if it were a count that might change the
# next day.
_PENALTY_DATED = {
    "award": "awarded", "bail": "set", "ban": "imposed", "bond": "set", "damages": "awarded",
    "fine": "imposed", "forfeiture": "ordered", "penalty": "imposed", "restitution": "ordered",
    "sanction": "imposed", "sentence": "imposed", "settlement": "agreed", "suspension": "imposed",
    "term": "imposed",
}  # fmt: skip
# A penalty told by the order that imposed it ("assets he was ordered to forfeit", "the sum the bank
# was fined", "years she was sentenced to"), in a unit of money or time: dated by that order.
_ORDER_VERBS = (
    (re.compile(r"\bordered to (?:forfeit|pay|repay|return)\b"), "ordered"),
    (re.compile(r"\b(?:was|were) (?:fined|sentenced to)\b"), "imposed"),
)
_TIME_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years"}
# Words that make a penalty one not imposed (yet): asked for, faced, the most it could be.
_NOT_IMPOSED = re.compile(
    r"\b(?:ask|asks|asked|seek|seeks|sought|request|requests|requested|recommend|recommends|recommended|"
    r"propose|proposes|proposed|demand|demands|demanded|face|faces|faced|facing|could|may|might|would|"
    r"maximum|longest|harshest|possible|potential|expected|likely)\b"
)
# Words that say a penalty was imposed, whoever gives the figure.
_IMPOSED = re.compile(
    r"\b(?:imposed|passed|ordered|awarded|set|levied|handed down|sentenced|fined|agreed|granted)\b"
)
# A penalty the two sides agreed rather than one imposed on a side.
_AGREED = re.compile(r"\bagreed\b")


def penalty_dated(number: Number, *, by_court: bool = False) -> str:
    """The verb that dates ``number`` when it is a penalty imposed: "imposed" for a sentence or a
    fine, "ordered" for a forfeiture, "awarded" for damages, "set" for bail; "" for any other figure.
    A penalty asked for, faced or the most one could be ("prison sentence the prosecutors asked for",
    "longest prison sentence he faced") is no penalty imposed; one is imposed when what it counts
    says so ("fine imposed on the bank") or when a court, a judge or a jury gives it (``by_court``)."""
    counts = number.counts
    if _NOT_IMPOSED.search(counts.casefold()):
        return ""
    verb = _PENALTY_DATED.get(_penalty_noun(counts), "")
    unit = number.unit or ""
    if not verb and (money(number)[0] or unit.casefold() in _TIME_UNITS):
        verb = next((told for order, told in _ORDER_VERBS if order.search(counts)), "")
    if not verb:
        return ""
    if _AGREED.search(counts):
        # A penalty the two sides agreed (a settlement, a plea deal) was not imposed on either: "a
        # fine agreed with the regulator" is dated "agreed", as what it counts says.
        return "agreed"
    return verb if by_court or _IMPOSED.search(counts) else ""


def says_imposed(number: Number) -> bool:
    """Whether what ``number`` counts says in its own words that it was imposed ("assets he was
    ordered to forfeit", "fine imposed on the bank"): its date, said after those words, needs no
    verb again ("ordered to forfeit, ordered on 28 March 2024")."""
    return bool(_IMPOSED.search(number.counts))


_PERCENT = {"%", "percent", "per cent"}
# Units of a figure that is a share or a change in one, not an amount of something.
_RATIOS = _PERCENT | {
    "percentage point", "percentage points", "point", "points", "basis point", "basis points", "bp", "bps",
}  # fmt: skip
# What ends the head of what a figure counts: "voters | who backed the plan", "UK inflation |, the
# yearly rise in prices", "inflation | the bank expects".
_COUNTS_HEAD_END = re.compile(
    r"\s(?:who|that|which|whose|where|aged|the|a|an|its|their)\s|\s(?:of|in|on|at|from|for|with|to|under|over|between|among)\s|\s\(|,"
)


# Sums a percentage is a share "of", not a rate it is "for": "up to 7% of worldwide annual turnover",
# "2% of GDP", "a tenth of the budget"; a fine or a tax set as a share of a sum read "7% for worldwide
# annual turnover". Found where it heads what the percentage is of, whatever follows it ("GDP | spent
# on defence", "turnover | that a company ..."); not as a word before another noun ("GDP growth",
# "sales tax": rates) nor after a word that begins what says more of another ("share of GDP").
_SHARED_SUMS = {
    "assets", "budget", "budgets", "earnings", "gdp", "income", "output", "payroll", "revenue",
    "revenues", "sales", "spending", "turnover", "wealth",
}  # fmt: skip
# Words that begin what says more of the noun before them: a clause ("that a company ...", "the bank
# expects", "it earns") or a phrase ("on defence", "for schools", "as reported").
_MORE_OF_IT = {
    "who", "that", "which", "whose", "where", "when", "the", "a", "an", "its", "their", "his", "her",
    "it", "they", "he", "she", "we", "about", "against", "among", "as", "at", "between", "by",
    "during", "for", "from", "in", "into", "of", "on", "over", "to", "under", "with", "within",
}  # fmt: skip


# What a percentage counts, said as a share of a whole: "debt as a share of national income".
_AS_SHARE = re.compile(r"(?P<what>.+?) as an? (?:share|percentage|proportion) of (?P<whole>.+)")


def _of_a_sum(counts: str) -> bool:
    """Whether what a percentage counts names a sum it is a share of: "worldwide annual turnover that
    a company can be fined at most", "a company's revenue", "GDP spent on defence", "the budget for
    schools"; not "inflation the bank expects", "GDP growth" nor "the share of GDP"."""
    words = counts.split()
    for i, word in enumerate(words):
        bare = word.rstrip(",;:)").casefold()
        if word.startswith("(") or (i and bare in _MORE_OF_IT):
            return False  # the sum, if any, says more of another noun: "share of | GDP"
        if bare in _SHARED_SUMS:
            after = words[i + 1].casefold() if i + 1 < len(words) else ""
            ends = bare != word.casefold() or not after or after.startswith("(")
            return ends or after in _MORE_OF_IT or bool(_PARTICIPLE.fullmatch(after))
        if bare != word.casefold():
            return False  # a comma ends the head before any sum: "inflation, against GDP"
    return False


# A past participle after a plural noun ends the group it names: "polling stations counted",
# "homes flooded", "seats won". Not "-eed" ("speed"), whose "ed" is no ending.
_PARTICIPLE = re.compile(
    r"\w+[^\We]ed|won|lost|held|kept|left|taken|given|cast|hit|sold|built|seen|spent|paid|made"
)


def _counts_people_or_things(counts: str) -> bool:
    """Whether what a figure counts is a group ("voters who backed it", "households in Wales",
    "polling stations counted"), whose share a percentage gives, rather than a rate or a level ("UK
    inflation", "Policy Rate", "inflation expected next year")."""
    end_of_head = _COUNTS_HEAD_END.search(f" {counts} ")
    if end_of_head and end_of_head.group().strip() == "among":
        # "22.7% of deaths among confirmed cases" read as a part of the deaths: a percentage of
        # something "among" a group is how often it happens in the group, a rate.
        return False
    words = _COUNTS_HEAD_END.split(f" {counts} ", maxsplit=1)[0].split()
    for end, word in enumerate(words[1:], start=1):
        if _PARTICIPLE.fullmatch(word.casefold()) and _head_is_plural(words[:end]):
            return True
    return _head_is_plural(words)


# What a figure's description may begin with when it names a share of a whole: "share of homes".
_SHARE_WORDS = {"share", "proportion", "percentage", "fraction"}


def measured(number: Number) -> str:
    """What kind of figure ``number`` is, as a noun a sentence about a series of it can use: "rate"
    for a percentage or a change in one of a rate or a level ("UK inflation", "the lending rate"),
    "share" for a percentage of a group ("30% of voters", "share of homes"), "amount" for money, and
    "count" for anything else ("900 people", "14 rises")."""
    unit = (number.unit or "").casefold()
    if unit in _RATIOS:
        head = number.counts.split(" ", 1)[0].casefold()
        return "share" if head in _SHARE_WORDS or _counts_people_or_things(number.counts) else "rate"
    return "amount" if money(number)[0] else "count"


# Plain names a unit may give a currency that are also other things: "pounds" of weight, Egyptian
# "pounds". Each is the symbol's only where the figure's own quoted words write the symbol ("drop by
# £28 per month"), which says which it is; "dollars" alone is read as "$" whatever the quotes say.
_PLAIN_CURRENCIES = (
    ("pounds", "£"),
    ("pound", "£"),
)


def money(number: Number) -> tuple[str, str]:
    """``currency`` of the figure's unit, a plain name ("pounds") taken for its currency's symbol
    where a quote the figure cites writes that symbol: ("£", "") for 28 pounds quoted "£28"."""
    unit = number.unit or ""
    symbol, rest = currency(unit)
    if symbol:
        return symbol, rest
    lowered = unit.casefold()
    for name, plain in _PLAIN_CURRENCIES:
        if lowered == name or lowered.startswith(name + " "):
            if any(plain in (citation.evidence or "") for citation in number.cite):
                return plain, unit[len(name) :].strip()
            break
    return "", unit


def currency(unit: str) -> tuple[str, str]:
    """The symbol of a unit that names a currency, and what follows it: ("$", "a year") for
    "US dollars a year"; ("", unit) for any other unit."""
    lowered = unit.casefold()
    for name, symbol in _CURRENCIES:
        if lowered == name or lowered.startswith(name + " "):
            return symbol, unit[len(name) :].strip()
    return "", unit


def _words_amount(number: Number) -> str:
    """The source's own words for an amount, as the middle of a sentence writes them: "hundreds",
    "several dozen" (not "several dozens" before a noun)."""
    text = " ".join((number.amount or "").split())
    first = text.split(" ", 1)[0]
    if first[:1].isupper() and first[1:].islower():
        # "Hundreds", as the source's sentence began, is "hundreds" inside ours.
        text = text[:1].lower() + text[1:]
    return _COUNTED_SCALE.sub(lambda m: f"{m.group(1)} {m.group(2)}", text)


def _unit_repeats(amount_text: str, unit: str) -> bool:
    """Whether the amount already names the unit ("billions of dollars" and "US dollars")."""
    said = set(_words(amount_text))
    return any(word in said for word in _words(unit) if len(word) > 2)


def amount(number: Number) -> str:
    """The figure without its unit: "more than 30,000", "4 million to 6 million", or the source's
    own words for an amount it gives in words ("hundreds")."""
    if number.amount is not None:
        return _words_amount(number)
    symbol = money(number)[0]
    shown = symbol + newspaper_value(number.value, number.places())
    if number.upper is not None:
        shown = f"{shown} to {symbol}{newspaper_value(number.upper, number.places('upper'))}"
    return " ".join(part for part in (_hedge(number), shown) if part)


# A bound set on a range bounds the whole range: "at most 5 to 15" read as "at most 5", then a
# stray "to 20". "No more than" and "no less than" are how a source says it of a range.
_RANGE_BOUNDS = {Qualifier.AT_MOST: "no more than", Qualifier.UP_TO: "no more than"}


def short_figure(number: Number) -> str:
    """The figure as a chart writes it beside its bar: its amount (``amount``), with its sign where
    its unit is a percentage ("5.25%", where "5.25" left a reader to guess what it was)."""
    if number.amount is None and (number.unit or "").casefold() in _PERCENT:
        return _figure_alone(number)
    return amount(number)


def _hedge(number: Number) -> str:
    """The words before a figure for its qualifier: "about", "more than"; "no more than" before a
    range that is a bound ("no more than 5% to 15%")."""
    uncounted = bool(money(number)[0]) or _uncounted(number.unit or "")
    if number.upper is not None and number.qualifier in _RANGE_BOUNDS:
        return _RANGE_BOUNDS[number.qualifier]
    if number.upper is not None and number.qualifier is Qualifier.AT_LEAST:
        return "no less than" if uncounted else "no fewer than"
    if number.qualifier is Qualifier.FEWER_THAN and uncounted:
        # Things counted one by one are "fewer than 10 flights"; a sum, a share or a measure is
        # "less than $10 million", "less than 1%", "less than 3 kilometres".
        return "less than"
    return QUALIFIER_WORDS[number.qualifier.value]


# Units of what is measured, not counted one by one: "less than 3 hours", not "fewer than".
_MEASURE_UNITS = {
    "acres", "centimetres", "days", "degrees", "feet", "grams", "hectares", "hours", "inches",
    "kilograms", "kilometres", "litres", "megawatts", "metres", "miles", "millimetres", "minutes",
    "months", "seconds", "square", "tonnes", "tons", "weeks", "years",
}  # fmt: skip


def _uncounted(unit: str) -> bool:
    """Whether ``unit`` is a share or a measure rather than things counted ("percent", "kilometres
    a day"; not "flights", "devices")."""
    lowered = unit.casefold()
    first = lowered.split(" ", 1)[0]
    return lowered in _RATIOS or first in _MEASURE_UNITS or first.replace("meter", "metre") in _MEASURE_UNITS


def _of(amount_text: str) -> str:
    """What joins an amount in words to the noun it counts: "hundreds of officers", "40 officers"."""
    return " of " if _PLURAL_SCALE.search(amount_text) else " "


def per(number: Number) -> str:
    """A rate's period as a newspaper writes it after the figure: " a year", " an hour"; "" for none."""
    if number.per is None:
        return ""
    return f" {'an' if number.per.value == 'hour' else 'a'} {number.per.value}"


def figure(number: Number) -> str:
    """A number as a newspaper writes it, in plain text: "more than 30,000 people", "4 million to
    6 million cubic metres", "$14 billion a year", "hundreds of troops", "several dozen yards"."""
    return _figure_alone(number) + per(number) + margin(number)


def changed_figure(number: Number) -> str:
    """A figure as a change "from ... to ..." names it: a range between its ends ("from between $3.98
    billion and $4 billion to between $3.89 billion and $3.9 billion"), as its own "to" read as one
    more step of the change ("from $3.98 billion to $4 billion to $3.89 billion ...")."""
    told = figure(number)
    if number.upper is None or number.qualifier is not Qualifier.EXACT:
        return told
    low, _, high = told.partition(" to ")
    return f"between {low} and {high}"


def changed_from(old: Number, new: Number) -> str:
    """``old`` as a change to ``new`` names it after "from": without its unit where ``new`` writes
    the same word after it ("from at least 30 to 18 people", where "from at least 30 people to 18
    people" said "people" twice); whole where the unit is a symbol or a sign that each figure keeps
    ("from $3 to $2", "from 5% to 4%"), where either is a range, a rate, an estimate with a margin or
    an amount in words, or where the units differ."""
    told = changed_figure(old)
    unit = old.unit or ""
    plain = all(
        n.upper is None and n.per is None and n.margin is None and n.amount is None for n in (old, new)
    )
    if not plain or not unit or unit != new.unit or money(old)[0] or unit.casefold() in _PERCENT:
        return told
    return told.removesuffix(f" {unit}")


def margin(number: Number) -> str:
    """An estimate's margin of uncertainty as a reader says it, after the figure: " (give or take
    8)" of "120 ± 8 megalitres", which alone read as a count made to the litre; "" for none."""
    if number.margin is None:
        return ""
    points = " percentage points" if margin_unit(number) == "percentage points" else ""
    return f" (give or take {newspaper_value(number.margin, number.places('margin'))}{points})"


def margin_unit(number: Number) -> str | None:
    """The unit a margin is in: the figure's, but on a percentage points of it ("36 ± 10%" runs from
    26% to 46%)."""
    return "percentage points" if (number.unit or "").casefold() in _PERCENT else number.unit


def _figure_alone(number: Number) -> str:
    shown = amount(number)
    if not number.unit:
        return shown
    symbol, rest = money(number)
    if number.amount is not None:
        if _unit_repeats(shown, number.unit):
            return shown
        return f"{shown}{_of(shown)}{number.unit}"
    if number.unit.casefold() in _PERCENT:
        if number.upper is not None and number.qualifier is not Qualifier.EXACT:
            # A hedged range of percentages names the unit at both ends: "no more than 5% to 15%",
            # as "about 5 to 15%" left a reader to ask whether "about" held for the 5 alone.
            low, _, high = shown.rpartition(" to ")
            return f"{low}% to {high}%"
        return f"{shown}%"
    return f"{shown} {rest}" if rest else shown if symbol else f"{shown} {number.unit}"


def caption(number: Number) -> tuple[str, str, str]:
    """The figure, a joint and what it counts, in plain text, to be joined as they are into one
    phrase: ("at least 1,000", " ", "toll stations operating in Aldria") when what it counts names
    the unit, ("hundreds", " of ", "homes flooded"), ("2 million to 3 million tonnes",
    " of ", "grain stored") and ("2,000 km", ", the ", "length of the border") when it names a
    measure, not the thing measured, or the figure is a rate ("$14 billion a year")."""
    first = number.counts.split(" ", 1)[0].casefold()
    if first in _WH_WORDS and number.amount is None:
        # What a figure counts, told as a question's answer ("what the club paid for the striker",
        # "how far the river rose above its banks"), is the figure itself: "$4 million, what the club
        # paid", where "$4 million in what the club paid" and "2 metres of how far it rose" read as a
        # part taken out of it.
        shown = figure(number) if number.unit and not unit_is_redundant(number) else amount(number)
        return shown + margin(number), ", ", number.counts + per(number)
    if number.unit and (first in _COMPARATIVES or _percent_change(number)):
        # How much slower or more: "27% slower decline", "0.45 points smaller rise in the score",
        # never "27% for slower decline", nor the unit dropped because the counts name it later. A
        # percentage of a change is its size, as a newspaper puts it: "12% rise in rents", "30% pay
        # cut the board offered", not "12% for the rise in rents", "30% for pay cut the board
        # offered", nor "30% of pay cuts", a share of the cuts.
        return _figure_alone(number) + margin(number), " ", number.counts + per(number)
    if not number.unit or unit_is_redundant(number):
        shown = amount(number)
        joint = _of(shown) if number.amount is not None else " "
        return shown + margin(number), joint, number.counts + per(number)
    shown = figure(number)
    if (
        number.unit.casefold() in _PERCENT
        and first not in {"the", "a", "an"}
        and (split := _AS_SHARE.match(number.counts))
    ):
        # "3% of national income in public debt", as a reader says it: "3% for public debt as a share
        # of national income" read as if the share were of the debt, and "2% of defence spending as a
        # share of national income" as a share of the spending. A whole with words after a comma
        # ("national income, the economy's size") is closed by one.
        whole = split["whole"]
        return shown, " of ", f"{whole}{',' if ',' in whole else ''} in {split['what']}"
    if number.unit.casefold() in _PERCENT and _of_a_sum(number.counts):
        return shown, " of ", number.counts
    if first in {"the", "a", "an"}:
        return shown, ", ", number.counts
    rate = bool(re.search(r"\b(?:a|an|per|each|every)\s+\w+$", number.unit)) or number.per is not None
    if first in _MEASURES or rate or _names_penalty(number.counts):
        return shown, ", the ", number.counts
    if number.unit.casefold() in _RATIOS and not _counts_people_or_things(number.counts):
        # "5% of Policy Rate" reads as a twentieth of the rate, and "0.25 percentage points of the cut"
        # as part of it: a percentage or a change in one is "for" a rate or a level ("2% for UK
        # inflation"); it is "of" a group only ("30% of voters"). One change is "the" change; a head
        # that names a measure in lower case takes "the" ("for the case fatality rate", "for the UK
        # unemployment rate"); "for Policy Rate" stays bare, as a name.
        head = _COUNTS_HEAD_END.split(f" {number.counts} ", maxsplit=1)[0].split()
        if _named_owners(number.counts, _MEASURES) or (
            len(head) > 1
            and head[0][:1].isupper()
            and head[0].endswith(_POSSESSIVE)
            and head[-1] in _MEASURES
        ):
            # A measure a name's owner determines is the figure itself: "40%, Varo's share of the ferry
            # trade", where "40% for the Varo's share" gave a name an article.
            return shown, ", ", number.counts
        if _modified_measure(number.counts, _MEASURES) and _owned(number.counts):
            # So is a common noun's, with its article: "30%, the pilots' share of the fund", as
            # "40%, Varo's share" reads; "for the pilots' share" told a share of a share.
            return shown, ", the ", number.counts
        measure = bool(head) and head[-1] in _MEASURES and head[0].casefold() not in {"the", "a", "an"}
        return shown, f" for {'the ' if first in _CHANGES or measure else ''}", number.counts
    # Money is "in" what it pays for ("$2 billion in ransoms"); other units are "of" it. A sum that is
    # itself one change or gap is that sum: "$1.8 billion, the loss on the sale", not "in loss".
    sum_of_money = money(number)[0]
    if sum_of_money and (first in _CHANGES | _SUMS or _MONEY_HEAD.match(number.counts)):
        return shown, ", the ", number.counts
    if _named_owners(number.counts, _MEASURES | _SUMS):
        # A name's measure is the figure as much as "the" measure: "$2 million, Norvik Ferries' share
        # of the fund", where "$2 million in Norvik Ferries' share" read as a part taken out of it.
        return shown, ", ", number.counts
    if _modified_measure(number.counts, _MEASURES | (_SUMS if sum_of_money else set())):
        # A measure after its modifiers is the figure as much as a bare one: "12 days, the planned
        # length of the voyage", "$3 million, the combined profit of the two mills", where "12 days
        # of planned length of the voyage" read as days taken out of a length.
        return shown, ", the ", number.counts
    counted_one_by_one = not _uncounted(number.unit)
    if (
        not sum_of_money
        and counted_one_by_one
        and number.amount is None
        and _counts_people_or_things(number.counts)
    ):
        # Things counted one by one, then a group named otherwise, are the same things: "about 900
        # workers, union members who walked out", not "900 workers of union members who walked out",
        # which read as a part of the members.
        return shown, ", ", number.counts
    return shown, " in " if sum_of_money else " of ", number.counts


# Changes a percentage is the size of: "12% rise", "8% pay cut". Not a gap or a lead between two
# figures ("1.2% for the gap between the two parties"), which is no change of one.
_RISES_AND_FALLS = {
    "cut", "decline", "decrease", "drop", "fall", "gain", "hike", "increase", "jump", "loss", "raise",
    "reduction", "rise",
}  # fmt: skip


# How many lower-case words may modify a measure's noun at the head of what a figure counts
# ("planned length", "average waiting time").
_MEASURE_MODIFIERS = 2


def _named_owners(counts: str, measures: set[str]) -> bool:
    """Whether the head of ``counts`` is a noun of ``measures`` owned by a name of one or more words
    ("Norvik Ferries' share of the fund", "Aldria's total"), its every word capitalised; not a
    common noun's ("pilots' rate"), nor one after "the" ("the town's share"), told by its article."""
    head = _COUNTS_HEAD_END.split(f" {counts} ", maxsplit=1)[0].split()
    return (
        len(head) > 1
        and head[-1] in measures
        and head[-2].endswith(_POSSESSIVE)
        and all(word[:1].isupper() for word in head[:-1])
        and head[0].casefold() not in {"the", "a", "an"}
    )


def _modified_measure(counts: str, measures: set[str]) -> bool:
    """Whether the head of ``counts`` is a noun of ``measures`` after one or two lower-case modifiers
    ("planned length of the voyage", "average waiting time at the border", "pilots' share of the
    fund", a common noun's possessive among them); not a bare measure, which
    ``caption`` tells already, nor one after a name ("Aldria's rate")."""
    head = _COUNTS_HEAD_END.split(f" {counts} ", maxsplit=1)[0].split()
    return (
        1 < len(head) <= _MEASURE_MODIFIERS + 1
        and head[-1] in measures
        and all(_common_word(word) for word in head)
    )


def _common_word(word: str) -> bool:
    """Whether ``word`` is a lower-case word, or a common noun's possessive ("pilots'", "crew's"):
    "the pilots' share of the fund" reads as "the planned length of the voyage" does, where "$2
    million in pilots' share of the fund" read as a part taken out of the share."""
    ending = next((e for e in _POSSESSIVE if word.endswith(e)), "")
    word = word.removesuffix(ending) if ending else word
    return word.isalpha() and word.islower()


def _owned(counts: str) -> bool:
    """Whether the head of ``counts`` has an owner's possessive before its noun: "pilots' share",
    "the crew's rate"."""
    head = _COUNTS_HEAD_END.split(f" {counts} ", maxsplit=1)[0].split()
    return any(word.endswith(_POSSESSIVE) for word in head[:-1])


def _change_head(counts: str) -> str:
    """The noun of a rise or a fall that ends the head of what a figure counts ("rise" of "rise in rents",
    "cut" of "pay cut the board offered", "raises" of "pay raises in the offer"); "" for none."""
    head = _COUNTS_HEAD_END.split(f" {counts} ", maxsplit=1)[0].split()
    if not head or head[0].casefold() in {"the", "a", "an"}:
        return ""
    last = head[-1].casefold()
    singular = last[:-1] if last.endswith("s") else last
    return last if singular in _RISES_AND_FALLS else ""


def _percent_change(number: Number) -> bool:
    """Whether ``number`` is a percentage that measures one change or several ("12% rise in rents",
    "20% pay raises"), not a share of a group or a level. Not one with a margin, which would come
    between the figure and its noun ("36% (give or take 10 percentage points) rise")."""
    unit = (number.unit or "").casefold()
    return unit in _PERCENT and number.margin is None and bool(_change_head(number.counts))


def counted_article(counts: str) -> str:
    """The article what a figure counts takes after a preposition: "the " when it names a measure
    ("figures for the share of the vote", "the number of people"), "" when it names the things
    counted ("figures for people evacuated") or has its own ("the lending rate"), and when it names one
    change ("figures for the cut in the rate") or a penalty ("figures for the prison sentence he faced")."""
    if counts.split(" ", 1)[0].casefold() in _MEASURES | _CHANGES or _names_penalty(counts):
        return "the "
    return ""


def caption_text(number: Number) -> str:
    return "".join(caption(number))


def change_caption(number: Number) -> str:
    """A change in a rate or a score told as one, its size after it: "a rise of 2.10 points in the
    placebo group", where ``caption`` says "2.10 points for the rise in the placebo group", which
    read awkwardly after "against"; a percentage of one change with its article, "a 30% pay cut the
    board offered"; "" for any other figure."""
    value, joint, counts = caption(number)
    change = _change_head(counts)
    if _percent_change(number) and number.qualifier is Qualifier.EXACT and not change.endswith("s"):
        # "against a 30% pay cut the board offered", as "against 30% pay cut ..." lacked its article.
        return f"{_indefinite(value)} {value} {counts}"
    head, _, rest = counts.partition(" ")
    if joint != " for the " or head.casefold() not in _CHANGES:
        return ""
    article = "an" if head[:1].casefold() in "aeiou" else "a"
    return f"{article} {head} of {value}{' ' + rest if rest else ''}"


def _indefinite(figure_text: str) -> str:
    """The article before a percentage as it is read aloud: "an 8% rise", "an 11% cut", "an 80%
    fall", "a 12% rise"."""
    whole = figure_text.split("%")[0].split(".")[0]
    return "an" if whole[:1] == "8" or whole in {"11", "18"} else "a"


# A caption's joint as the object of a verb of giving: "it reports 24.2% as the share of ...", not
# "it reports 24.2%, the share of ...", which reads as two things reported.
_AS_OBJECT = {", the ": " as the ", ", ": " as "}


def reported(number: Number) -> str:
    """A figure and what it counts as the object of "reports": "30 people missing", "$2 billion in
    ransoms", "2% for UK inflation", "24.2% as the share of confirmed cases who died"."""
    value, joint, counts = caption(number)
    if joint == ", " and counts.split(" ", 1)[0].casefold() not in {"the", "a", "an"}:
        # "reports 900 workers, union members who walked out": the group is not "as" anything.
        return f"{value}{joint}{counts}"
    return f"{value}{_AS_OBJECT.get(joint, joint)}{counts}"


# Shares a reader knows by a word, smallest first: "about a third", "more than half".
_SHARES = (
    (1 / 10, "a tenth"),
    (1 / 5, "a fifth"),
    (1 / 4, "a quarter"),
    (1 / 3, "a third"),
    (1 / 2, "half"),
    (2 / 3, "two thirds"),
    (3 / 4, "three quarters"),
)
# How near a share word, as a part of it, a share is told "about" it: 0.32 is "about a third", 0.28
# "more than a quarter". A part, not a difference: 0.03 either side of a fifth let 15 of 66 (22.7%,
# nearer a quarter) read "about a fifth".
_NEAR = 0.05
# A share this little below a share word, as a part of it, is "nearly" it: 4 of 9 is "nearly half".
_NEARLY = 0.12


def share_words(part: float, whole: float) -> str:
    """How much of ``whole`` ``part`` is, in words a reader knows: "half", "about a third", "more
    than half", "nearly all", "about 1 in 500"; "" when it cannot be said (no whole, a part larger
    than it). The share word nearest the share names it: "about" it when very near, "nearly" it
    when a little below, else "more than" the largest word below ("more than a fifth" of 22%)."""
    if whole <= 0 or part < 0 or part > whole:
        return ""
    share = part / whole
    if share == 1:
        return "all of them"
    if share >= 0.9:
        return "nearly all"
    value, words = min(_SHARES, key=lambda pair: abs(share - pair[0]) / pair[0])
    if abs(share - value) < 1e-9:
        return words
    if abs(share - value) / value <= _NEAR:
        return f"about {words}"
    if share < value and (value - share) / value <= _NEARLY:
        return f"nearly {words}"
    if share < _SHARES[0][0]:
        if share == 0:
            return "none of them"
        one_in = 1 / share
        # As a reader rounds it: "about 1 in 40", "about 1 in 500" (not 492), "about 1 in 3,000".
        shown = round(one_in) if one_in < 100 else int(round(one_in, 1 - len(str(int(one_in)))))
        return f"about 1 in {shown:,}"
    below = [words for value, words in _SHARES if value < share][-1]
    return f"more than {below}"


def as_part(number: Number) -> str:
    """A figure as the part of a whole, whose unit the whole's words give: "7" (of the 12 jurors),
    "40%" (of the 500 people on board)."""
    return _figure_alone(number) if number.unit and number.unit.casefold() in _PERCENT else amount(number)


def share_of(part: Number, whole: Number) -> str:
    """How much of ``whole`` ``part`` is, in words ("more than half"), when both are plain counts the
    page can compare; "" for a percentage (which says it), a range or an amount in words, and for a
    whole of fewer than ``SHARED_WHOLE``: "three quarters of the 4 judges" said "3 of the 4" less
    plainly."""
    if part.unit and part.unit.casefold() in _PERCENT:
        return ""
    if part.upper is not None or whole.upper is not None or part.amount or whole.amount:
        return ""
    if whole.value < SHARED_WHOLE:
        return ""
    if is_money(part) and is_money(whole):
        return percent_share(part.value, whole.value)
    return share_words(part.value, whole.value)


def percent_share(part: float, whole: float) -> str:
    """How much of a sum of money ``part`` is, as a percentage: "about 42%", "about 2.4%", "25%".
    A budget or a loss is read in percentages; "about 1 in 40 of the 80 billion crowns" counted
    crowns one by one, as a reader counts people ("1 in 400 of the 12,000 voters"), and "more than
    a tenth" of 18% was vaguer than the figure. "" when it cannot be said."""
    if whole <= 0 or part < 0 or part > whole:
        return ""
    percent = 100 * part / whole
    if percent == 0:
        return "none of it"
    # Whole percents from 10% up; below, one decimal ("2.4%"), or one figure under 1% ("0.05%").
    places = 0 if percent >= 10 else 1 if percent >= 1 else -math.floor(math.log10(percent))
    shown = f"{percent:.{places}f}"
    shown = shown.rstrip("0").rstrip(".") if "." in shown else shown
    if abs(float(shown) - percent) < 1e-9:
        return f"{shown}%"
    return "more than 99%" if shown == "100" else f"about {shown}%"


# The first words of a unit that say it counts money ("kronor", "US dollars a year", "CFA francs").
_MONEY_NAMES = frozenset(
    {name.casefold() for name in CURRENCY_CODES.values()}
    | {"dollars", "euros", "pounds", "yen", "yuan", "renminbi", "rupees", "francs", "rand", "naira", "pesos"}
    | {"dirhams", "riyals", "dinars", "shillings", "rupiah", "ringgit", "baht", "crowns", "lira", "cfa"}
)
# How many of a unit's first words may name its currency: "US dollars", "Hong Kong dollars".
_MONEY_WORDS = 3


def is_money(number: Number) -> bool:
    """Whether ``number`` is a sum of money: a currency a newspaper writes as a symbol, or a unit
    whose first words name one ("kronor", "Hong Kong dollars a year")."""
    if money(number)[0]:
        return True
    words = (number.unit or "").casefold().split()[:_MONEY_WORDS]
    return any(word in _MONEY_NAMES for word in words)


# The least whole whose part is told in share words ("more than half" of 9); of fewer, "3 of the 4".
SHARED_WHOLE = 5
