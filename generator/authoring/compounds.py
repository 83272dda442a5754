"""A name's run of capitalised words with the rest of its name joined on: "and" inside a place's or a
body's name ("Trinidad and Tobago", "Fish and Game Department", "Ministry of Fisheries and Rural
Welfare"), a list of portfolios, "on" after a panel, a mistyped place after "of".
"""

from __future__ import annotations

import re

from generator.authoring import towns
from generator.authoring.gazetteer import compass_place, is_place
from generator.authoring.kinds import LOCAL_BODY, organisation_words
from generator.authoring.namewords import ORG_WORDS, RUN, WORD
from generator.authoring.notnames import NOT_NAMES

# The head words of a state body whose subjects are joined by "and" ("Fish and Game Department").
_BODY_HEADS = {
    *("administration", "service", "commission", "agency", "authority", "department", "bureau"),
    *("utility", "utilities", "district"),  # "Water and Sewer Utility", "Parks and Recreation District"
    # a trade's union or association: "Glass and Ceramics Workers Union", "Road and Rail Association"
    *("union", "association", "federation"),
    # a council's or a parliament's committee: "Parks and Recreation Committee", "Arts and Heritage Board"
    *("committee", "subcommittee", "board"),
    # a council named for its tasks: "Coastal Erosion and Drainage Council"
    "council",
    # a scheme or an executive named for its tasks: "Independent Appeals and Conduct Scheme", "Health and
    # Safety Executive" (`_TASK_HEADS`)
    *("scheme", "executive"),
    # an area's health body named for the two places it serves: "Kessel and Orla PCT" (`_AREA_HEADS`)
    *("pct", "ccg"),
}
# Heads whose name's words before "and" are one task or a plural of them ("Health and", "Independent
# Appeals and"; not "Ana Ruiz and Orla Water Scheme", a person and a body), and heads after one place on
# each side of "and" ("Kessel and Orla PCT").
_TASK_HEADS = {"scheme", "executive"}
_AREA_HEADS = {"pct", "ccg"}
# The field a public service is named by, its last word before "service": "Prison", "Ambulance".
_SERVICE_FIELDS = {
    *("Prison", "Prisons", "Ambulance", "Fire", "Probation", "Coastguard", "Parole", "Immigration"),
    *("Forestry", "Postal", "Meteorological", "Courts", "Police", "Rescue"),
}
# A body named for a cause, with "for" and "of": "Society for the Relief of Harm".
_CAUSE_BODY = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,2}(?:Society|Association|League|Foundation|Trust|Campaign"
    r"|Coalition|Alliance|Council|Committee|Fund)\s+for\s+(?:the\s+)?[A-Z][\w’'-]*\s+of\s+(?:the\s+)?"
    r"[A-Z][\w’'-]*$"
)
# The last word of a carrier's name or brand ("Tarn Express", "Orla Rail", "Kessel Ferries"): no
# portfolio of a body's name.
_CARRIER_HEADS = {
    "Express",
    "Rail",
    "Railway",
    "Railways",
    "Trains",
    "Buses",
    "Ferries",
    "Airlines",
    "Airways",
}
_ALL_BODY_WORDS = set().union(*ORG_WORDS.values())
_ON_BODIES = {"panel", "committee", "council", "commission", "conference", "convention", "board", "forum"}


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
    # "Fish and Game Board Orland", "... Board KS": the region it serves after its
    # head word, a place or a region's initials
    for cut in (1, 2):
        served = " ".join(right[-cut:])
        if (
            len(right) > cut + 1
            and right[-cut - 1].lower() in _BODY_HEADS
            and (is_place(served) or re.fullmatch(r"[A-Z]{2,3}", served))
        ):
            right = right[:-cut]
            break
    # "the Fish and Game Department's warden": the body's head word with its owner's mark
    head = re.sub(r"[’']s$", "", right[-1]).lower() if right else ""
    # "Local 9 of the International Glass and Ceramics Union": a trade's union is named by the one
    # subject word before "and" (what comes before it, "International", is no other body)
    if head in {"union", "association", "federation"}:
        left = left[-1:]
    named = [word for word in left if word not in {"The", "the"}]
    if head in _TASK_HEADS and len(named) > 1 and not named[-1].endswith("s"):
        return False
    if head in _AREA_HEADS and (len(named) != 1 or len(right) != 2):
        return False
    if head in _BODY_HEADS and _sites_joined(left, right):
        return True
    return (
        head in _BODY_HEADS
        and 1 <= len(right) <= 3
        and not (organisation_words(" ".join(left)) & set().union(*ORG_WORDS.values()))
        and not is_place(left[-1])
        and not towns.is_town(left[-1])
        and not (organisation_words(" ".join(right[:-1])) & set().union(*ORG_WORDS.values()))
    )


# The kinds of site a body runs or keeps, named before its head: "Orla Lake and River Authority",
# "Tarn Bridge and Tunnel Commission", "Kessel Port and Harbour Board".
_SITES = {*ORG_WORDS["place"], "tunnel", "tunnels", "harbour", "harbor", "port", "canal", "canals", "estuary"}
_SITES |= {"rivers", "lakes", "bridges", "roads", "ports", "harbours", "harbors", "waterways", "bays"}


def _sites_joined(left: list[str], right: list[str]) -> bool:
    """ "Orla Lake and River Authority": the kinds of site one body keeps, joined by "and" before its
    head, the first after the name of the place (not "the Orla River and Kessel Water Authority",
    a river and a body named after another place)."""
    return (
        2 <= len(right) <= 3
        and left[-1].lower() in _SITES
        and all(word.lower() in _SITES for word in right[:-1])
    )


# The heads of a protected site's name: "Orla National Park", "Tarn Wildlife Sanctuary".
_SITE_HEADS = {"Park", "Reserve", "Sanctuary", "Forest"}


def _site_with_and(left: list[str], right: list[str], article: str) -> bool:
    """ "the Orla National Park and Game Reserve": one site named by both its heads, the second with
    no name of its own; the text names it by the first word and the second head too ("the Orla
    Game Reserve")."""
    return (
        len(left) >= 2
        and left[-1] in _SITE_HEADS
        and 1 <= len(right) <= 2
        and right[-1] in _SITE_HEADS
        and not is_place(right[0])
        and not towns.is_town(right[0])
        and f"{left[0]} {' '.join(right)}" in article
    )


def _short_name_with_and(left: list[str], right: str, article: str) -> bool:
    """ "Lakeland Parks and Trails" whose text also writes "Parks and Trails" alone ("according to
    Parks and Trails"): the last word, "and" and one word more are a name the text uses on its own,
    and one longer name holds it."""
    last = left[-1]
    if not article or is_place(last) or is_place(right) or towns.is_town(last) or last in NOT_NAMES:
        return False
    pair = rf"{re.escape(last)} and {re.escape(right)}(?![\w’'-]| [A-Z])"
    alone = len(re.findall(rf"(?:^|(?<=[a-z,.;:] )|(?<=^[“\"]))(?<![A-Z][\w’'-] ){pair}", article))
    # the longer name mid-sentence ("along with Lakeland Parks and Trails"), not "Both Lee and Roe"
    longer = len(re.findall(rf"(?<=[a-z,] )[A-Z][\w’'-]* {pair}", article))
    # "Councilman Joe Roe": a word after another capitalised word is a person's family name
    surname = re.search(rf"[A-Z][\w’'-]* {re.escape(right)}\b", article)
    return alone >= 2 and longer >= 1 and surname is None


# The head of a body named for its subjects after "of" or "for": "Department of Fish and Game".
_SUBJECTS_AFTER = r"(?:Department|Ministry|Office|Bureau|Division|Board|Commission|Institute|Centers?)"


def _subjects_of_a_body(left: list[str], right: str, article: str) -> bool:
    """ "Fish and Game officials" where the text also names the "Department of Fish and Game": the
    subjects of a body named alone, one name, not two."""
    if len(left) != 1 or not article:
        return False
    pair = rf"{re.escape(left[0])} and {re.escape(right)}"
    return bool(re.search(rf"\b{_SUBJECTS_AFTER} (?:of|for) (?:the )?{pair}\b", article))


def _written_with_ampersand(left: list[str], right: list[str], article: str) -> bool:
    """ "Customs and Border Protection" where the text also writes "Customs & Border Protection":
    one name, whichever sign joins its words."""
    return bool(article) and f"{left[-1]} & {right[0]}" in article


# Where a publication or a body is named as the author of what is reported: "a report by", "according
# to", "a study in".
_AUTHOR_BEFORE = re.compile(
    r"(?:\b(?:report|story|article|review|survey|study|analysis|investigation|ranking|test)s?\s+"
    r"(?:by|from|in|of)|\baccording\s+to)\s+$",
    re.IGNORECASE,
)


def _title_with_and(before: str, left: list[str], right: str, article: str) -> bool:
    """ "a report by Road and Rail": two single words joined by "and" after the words that name an
    author, neither written anywhere else in the text, nor a place or a people: one title ("Field
    and Stream"), not two authors (each named again, as people and bodies are)."""
    if len(left) != 1 or not _AUTHOR_BEFORE.search(before):
        return False
    for word in (left[0], right):
        alone = len(re.findall(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", article))
        if alone != 1 or is_place(word) or towns.is_town(word) or word in NOT_NAMES or word.endswith("s"):
            return False
    return True


def _spelled_by_acronym(first: str, second: str, after: str) -> bool:
    """ "Lakes and Rivers Trust (LRT)": the acronym in brackets after the second run spells the
    initials of both, "and" left out; one name."""
    acronym = re.match(r"\s*\(([A-Z]{3,8})\)", after)
    words = [*first.split(), *second.split()]
    words = words[1:] if words[0] == "The" else words  # ("The Lakes and Rivers Trust (LRT)")
    initials = "".join(word[0] for word in words if word[:1].isupper())
    return acronym is not None and acronym[1] == initials


def _named_item(item: str) -> bool:
    """Whether an item of a list is a body or a place of its own, not a portfolio."""
    words = organisation_words(item) & set().union(*ORG_WORDS.values())
    return bool(words) or is_place(item) or towns.is_town(item)


def _known_place(name: str) -> bool:
    bare = re.sub(r"^(?:the|The)\s+", "", name)
    return is_place(bare) or towns.is_town(bare) or compass_place(bare)


# The head word of a field a body studies or serves, last in its list of fields ("... and Landscape Research")
_FIELD_HEADS = r"(?:Research|Studies|Sciences|Science|Development|Affairs|Management|Conservation|Protection)"
_FIELDS_BODY = re.compile(
    r"\b(?:Institute|Centre|Center|Ministry|Department|School|Faculty|Office|Agency|Council)\s+(?:of|for)\s+\w+$"
)
# A ministry or a department and its portfolio ("Ministry of Trade", "Department for Education")
_PORTFOLIO_BODY = re.compile(
    r"\b(?:Ministry|Department|Dept\.?|Secretariat)\s+(?:of|for)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?$"
)


def _portfolio_of_services(text: str, after_and: str) -> bool:
    """Whether the words after "and" are the rest of a ministry's portfolio, plural services of one
    or two words ("Ministry of Labour and Family Services", "Department of Housing and Social
    Services"), not a service of its own ("... and Kessel Police Service") or a place's."""
    words = after_and.split()
    return (
        bool(_PORTFOLIO_BODY.search(text))
        and len(words) <= 2
        and words[-1] == "Services"
        and not any(is_place(word) or towns.is_town(word) for word in words)
    )


def joined(sentence: str, text: str, end: int, article: str = "") -> tuple[str, int]:
    """A run of capitalised words with the rest of its name joined on: a list of portfolios, "and"
    after "of" or "for", "on" after a panel, a mistyped place after "of", "and" in a short name the
    text also uses alone; and where it now ends."""
    # "Orla, Tarn and Kessel Council": the places a council of their merged districts is named for,
    # one word each (not "Orla, Tarn and Kessel Council areas": the areas of several councils)
    merged = re.match(
        rf"(?:,\s+{WORD})+,?\s+and\s+{WORD}\s+(?:(?:District|Borough|County|City|Regional)\s+)?Council\b"
        r"(?!\s+[a-z]+s\b)",
        sentence[end:],
    )
    if merged and re.fullmatch(r"[A-Z][a-z]+", text) and not organisation_words(text) & _ALL_BODY_WORDS:
        return text + sentence[end : end + merged.end()], end + merged.end()
    # "Department for Digital, Culture, Media & Sport": the portfolios of one body, listed.
    listed = re.match(rf"(?:,\s+{WORD})+,?\s+(?:&|and)\s+{WORD}\b", sentence[end:])
    portfolio = re.search(r" (?:of|for) (\w+)$", text)
    if re.search(r"^(?:[Tt]he\s+)?(?:Ministry|Department)\s+(?:of|for)\s+\w+(?:\s+\w+)?$", text):
        # "Ministry of Rural Affairs, Fisheries and Coastal Development": portfolios of two words;
        # "Department of Roads, Water Supply and Safety": a two-word one after the first
        many = re.match(
            # (the last one word only before a name: "... and Safety Ana Ruiz said": its holder's)
            rf"(?:,\s+{WORD}(?:\s+{WORD})?)+,?\s+(?:&|and)\s+{WORD}(?:\s+{WORD}(?!\s+[A-Z]))?\b",
            sentence[end:],
        )
        items = re.split(r",\s+|\s+(?:&|and)\s+", many[0].strip(" ,")) if many else []
        if (
            many
            and not any(_named_item(item) for item in items)
            and (listed is None or portfolio is None or many.end() > listed.end())
        ):
            listed, portfolio = many, re.search(r" (?:of|for) (\w+)", text)
    # "Kessel Institute for Soil, Water and Crop Research": fields listed up to the field's head
    # word, one body's name whatever a field is also the name of a town ("Forest")
    fields = re.match(rf"(?:,\s+{WORD})+,?\s+(?:&|and)\s+{WORD}\s+{_FIELD_HEADS}\b", sentence[end:])
    if fields and portfolio and _FIELDS_BODY.search(text):
        listed = fields
    if (
        listed
        and portfolio
        and (listed is fields or (not is_place(portfolio[1]) and not towns.is_town(portfolio[1])))
    ):
        text, end = text + sentence[end : end + listed.end()], end + listed.end()
    # "Rook and Wren Islands", "Trinidad and Tobago", "the Lark and Heron Islands": "and" inside a
    # place's name (and in a body's named after it: "Royal Rook and Wren Islands Police Force").
    # "the Kessel and Orla constituency", "Tarn and Wold ward": the two places one seat or ward is
    # named for, its head in lower case
    seat = re.match(r"\s+and\s+[A-Z][a-z]+(?=\s+(?:constituency|ward|electorate|riding)\b)", sentence[end:])
    if seat and re.fullmatch(r"[A-Z][a-z]+", text) and text not in NOT_NAMES:
        text, end = text + sentence[end : end + seat.end()], end + seat.end()
    joined = re.match(rf"\s+and\s+({RUN})", sentence[end:])
    before = sentence[: end - len(text)]
    # "Food and Farming standards Board (FFB)": one lower-case word inside the name after "and",
    # where the acronym in brackets spells every capitalised word's initial
    spelled = re.match(rf"\s+and\s+({RUN}\s+[a-z]+\s+{RUN})(?=\s*\()", sentence[end:])
    if spelled and _spelled_by_acronym(text, spelled[1], sentence[end + spelled.end() :]):
        joined = spelled
    if joined and (
        _place_with_and(text.split(), joined[1].split())
        or _body_with_and(text.split(), joined[1].split())
        or _site_with_and(text.split(), joined[1].split(), article)
        or _written_with_ampersand(text.split(), joined[1].split(), article)
        or (" " not in joined[1] and _short_name_with_and(text.split(), joined[1], article))
        or (" " not in joined[1] and _title_with_and(before, text.split(), joined[1], article))
        or (" " not in joined[1] and _subjects_of_a_body(text.split(), joined[1], article))
        or _spelled_by_acronym(text, joined[1], sentence[end + joined.end() :])
    ):
        text, end = text + sentence[end : end + joined.end()], end + joined.end()
    # "Ministry of Fisheries and Rural Welfare", "Centers for Disease Control and Prevention": "and"
    # inside a name that already has "of" or "for".
    while (
        (joined := re.match(rf"\s+and\s+({RUN})", sentence[end:]))
        and re.search(r" (?:of|for) ", text)
        and not listed
        # "... and Arts Council England": a body of its own, not the rest of this one's name (but a
        # ministry's portfolio of services is its name's: "Department of Labour and Family Services")
        and (
            not organisation_words(joined[1]) & set().union(*ORG_WORDS.values())
            or _portfolio_of_services(text, joined[1])
            # "Minister for Roads and Ports": a body's head word alone names no body ("Kessel Ports")
            or len(joined[1].split()) == 1
        )
        # "... and Dravan provincial authorities": a place whose officials are named after it
        and not LOCAL_BODY.match(sentence[end + joined.end() :])
        # "director for Orla Rail and Tarn Express": a carrier's brand, a body of its own
        and joined[1].split()[-1] not in _CARRIER_HEADS
        # "the Republic of Kessel and Northern Orla": two places, each known, listed
        and not (_known_place(text) and _known_place(joined[1]))
    ):
        text, end = text + sentence[end : end + joined.end()], end + joined.end()
    # "Harbour Foods (Norland) Limited": a company's country in brackets before its legal form; "The
    # Lantern (1998) Limited": or the year it was formed in, told apart from an older one's name
    joined = re.match(
        r"\s+\((?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|1[89]\d\d|20\d\d)\)\s+"
        r"(?:Limited|Ltd|Inc|LLC|PLC|plc|Pvt\.?\s+Ltd)\b\.?",
        sentence[end:],
    )
    if joined:
        text, end = text + sentence[end : end + joined.end()], end + joined.end()
    # "Intergovernmental Panel on Climate Change", "Committee on Foreign Affairs"
    joined = re.match(rf"\s+on\s+({RUN})", sentence[end:])
    if joined and text.split()[-1].lower() in _ON_BODIES and joined.group(1).split()[0] not in NOT_NAMES:
        text, end = text + sentence[end : end + joined.end()], end + joined.end()
    # "Society for the Relief of Harm to Horses", "League for the Protection of Rights to Water":
    # the one word after "to" ends a society's name that already has "for" and "of" in it
    joined = re.match(rf"\s+to\s+({WORD})(?!\s+[A-Z])", sentence[end:])
    if (
        joined
        and _CAUSE_BODY.match(text)
        and joined[1] not in NOT_NAMES
        and not is_place(joined[1])
        and not towns.is_town(joined[1])
    ):
        text, end = text + sentence[end : end + joined.end()], end + joined.end()
    # "the Orla Prize in Poetry", "First Prize in Drama": an award's field after "in" (no town)
    joined = re.match(rf"\s+in\s+({WORD}(?:\s+{WORD})?)(?![\w’'-])", sentence[end:])
    if (
        joined
        and text.split()[-1] in {"Prize", "Prizes", "Award", "Awards", "Medal", "Medals"}
        and joined[1].split()[0] not in NOT_NAMES
        and not is_place(joined[1])
        and not towns.is_town(joined[1])
    ):
        text, end = text + sentence[end : end + joined.end()], end + joined.end()
    # "University of Kessel at Orwell": a university's campus named after "at"
    joined = re.match(rf"\s+at\s+({RUN})", sentence[end:])
    if joined and re.match(r"^(?:the\s+)?University\s+of\s+", text, re.IGNORECASE) and " at " not in text:
        text, end = text + sentence[end : end + joined.end()], end + joined.end()
    # "the Orla ‘B’ Power Station", "Tarn 'C' Block": a letter in quotes inside a name, one of
    # several sites or units of that name, and the words after it
    joined = re.match(rf"\s+[‘'“\"][A-Z][’'”\"]\s+({RUN})", sentence[end:])
    if joined and joined[1].split()[0] not in NOT_NAMES:
        text, end = text + sentence[end : end + joined.end()], end + joined.end()
    # "the Kessel Prison service", "the Orla Ambulance service": a public service named by its field,
    # its head written in lower case by the outlet's style
    # (not "the Tarn Police service station": a thing of the service's, named by a noun after it)
    served = re.match(
        r"\s+service(?=\s*[,.;:)]|\s*$|\s+(?:and|or|in|on|at|after|before|for|to|of|from|said|says|has|had|was"
        r"|is|will|would|which|who|that|but)\b)",
        sentence[end:],
    )
    if served and text.split()[-1] in _SERVICE_FIELDS:
        text, end = text + sentence[end : end + served.end()], end + served.end()
    # "Reserve Bank of new Zealand": a known place after "of", mistyped in lower case.
    typo = re.match(r"\s+of\s+([a-z]+\s+[A-Z][\w’'-]*)", sentence[end:])
    if typo and is_place(typo.group(1)) and not is_place(typo.group(1).split()[-1]):
        text, end = text + sentence[end : end + typo.end()], end + typo.end()
    return text, end
