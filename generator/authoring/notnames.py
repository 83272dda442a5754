"""What looks like a name and names nothing: capitalised words that open a sentence, months and
days, pronouns and number words (`NOT_NAMES`, read by every part of `init` that looks for names), and
a run of capitalised words that is an adjective ("Ardon-based"), a unit, a currency, a post or
just a sentence's first word.
"""

from __future__ import annotations

import calendar
import re

from generator.authoring import modifiers
from generator.authoring.gazetteer import is_place, place_or_town
from generator.authoring.kinds import (
    ACRONYM_NAME,
    CALL_SIGN,
    DEMONYM,
    HOLDS_SEATS,
    STATE_AFTER,
    STATE_AGENCIES,
    TRADE_APPOSITION,
    made_by,
    side_in_a_game,
)
from generator.authoring.namewords import AGENCIES, sky_catalogue_name
from generator.authoring.scorelines import named_in_score_line
from generator.authoring.titles import is_post

MONTHS = [name for name in calendar.month_name if name]
NOT_NAMES = {
    *MONTHS,
    *(name for name in calendar.month_abbr if name),
    "Sept",
    *calendar.day_name,
    *(f"{day}s" for day in calendar.day_name),  # "on Saturdays": a day each week, no one
    # plural nouns of people that open a sentence ("Experts predict ...", "Residents of X said"):
    # people described, never a name
    *("Experts", "Analysts", "Researchers", "Scientists", "Residents", "Witnesses"),
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
        # ("Between Kessel and Orla there were ...": a preposition opening a sentence before a name)
        *("Between", "Across", "Along", "Towards"),
        "According",
        # prepositions in "-ing" that open a sentence before a name: "Following Orla's decision",
        # "Including Kessel", "Regarding the plan"
        *("Following", "Including", "Regarding", "Concerning", "Excluding", "Barring", "Despite"),
        "Most",
        "Many",
        "Some",
        "Other",
        "All",
        "Both",
    ],
    *[
        "Each",
        "Another",  # "Another Kessel resident said": a determiner opening a sentence
        "Local",  # "Local KXYZ news channel reported": an adjective opening a sentence
        # "Neighbouring Kessel was spared", "Nearby Orla flooded": where, before a place's name
        *("Neighbouring", "Neighboring", "Nearby"),
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
_CONTRACTION = re.compile(r"^[A-Z][a-z]*[’'](?:re|ve|ll|m|d|t)$")
# Words a name in capitals never holds, a sentence in capitals does ("THIS IS A BREAKING NEWS UPDATE").
_SHOUTED_WORDS = {"IS", "ARE", "WAS", "WERE", "THIS", "THAT", "A", "AN", "WILL", "HAS", "HAVE"}
_MEASURES = "miles|kilometres|kilometers|km|metres|meters|feet|yards"
# A page's label before a link to another story: "RELATED: ...", "SEE ALSO: ...", "MORE: ...".
_PAGE_LABELS = {"RELATED", "MORE", "SEE ALSO", "READ MORE", "ALSO READ", "READ ALSO", "WATCH", "LISTEN"}


# The rest of a law's title after a word of it: "Communications" of "the Communications and
# Multimedia Act".
# A show's or a work's title in capitals mid-sentence, two words joined by "and" then "with" and more
# words: "stage Dream and Dance with Festival Strings".
_WORKS_TITLE = re.compile(
    r"(?<=[a-z] )[A-Z][a-z]+ (?:and|&) [A-Z][a-z]+ with (?:[A-Z][\w’'-]*(?: |(?=[\s,.;:])))+"
)
# ("the Safe Harbours and Moorings (SHMA) Act": its initials in brackets before "Act")
_LAW_AFTER = re.compile(
    r"^(?:\s+(?:and|of|for|on|&)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)+(?:\s+\([A-Z]{2,8}\))?\s+Act\b"
)


# Weather, time and chance spoken of as a person: no actor of the story.
_FIGURES_OF_SPEECH = {"Mother Nature", "Father Time", "Old Man Winter", "Jack Frost", "Lady Luck"}
# Degrees and licences written after a person's name.
# A post held over a portfolio, written after its words ("Health Minister", "Home Secretary").
_PORTFOLIO_POSTS = {"minister", "secretary"}
_CREDENTIALS = {"MD", "PhD", "RN", "DVM", "DDS", "MPH", "MBA", "JD", "DO", "NP", "PA-C"}
# a profession's letters after a name ("Bo Lund, CPA stated"): an accountant's, an engineer's, a
# lawyer's, as the degrees above
CREDENTIALS = _CREDENTIALS | {"CPA", "CFA", "CGA", "FCA", "ACCA", "PEng", "QC", "KC", "SC", "Esq"}


def _written_alone(word: str, text: str) -> bool:
    """The word written inside a sentence other than as the first word of a body's name after "the"
    ("the Consumer Safety Board")."""
    for match in re.finditer(rf"(?<=\S )(?P<word>{re.escape(word)})(?![\w’'-])", text):
        named = re.match(r"\s+[A-Z]", text[match.end() :]) and text[: match.start()].lower().endswith("the ")
        if not named:
            return True
    return False


# What follows the first of a ranking of names: "... led with 12 goals, followed by Tarns at 9".
# ", Orla, Tarns and Holt house prices ...": the names a first one opens a list of (a town's name
# opening the sentence is the list's first, no common word capitalised)
_FIRST_OF_A_LIST = re.compile(
    r"^,\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:,\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)*,?\s+(?:and|or)\s+[A-Z]"
)

_RANKING_FIRST = re.compile(
    r"^\s+(?:led|leads|topped|tops)\s+(?:the\s+[a-z]+\s+)?with\s+\d[\d,.]*\s+[a-z][\w-]*,?"
    r"\s+(?:followed\s+by|ahead\s+of)\s+[A-Z]"
)


# A time zone's letters right after a clock time: "by 2pm EAT", "10:30 CAT", "at 9 a.m. WAT"
# The last word of a street's name: "Birch Hill Road", "Harbour Street".
_ROAD_TYPE = (
    r"\s(?:Road|Street|Avenue|Lane|Drive|Boulevard|Way|Close|Crescent|Terrace|Place|Highway|Rd|St|Ave)\.?"
)
_TIME_ZONE_AFTER_TIME = re.compile(r"\d(?:\s?[AaPp]\.?[Mm]\.?|:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?)\s+[A-Z]{2,4}T$")


# A species' scientific name, its genus capitalised and its epithet in lower case ("Rana tarnensis",
# "described as Hyla lundii"), in a text about species: a name of a kind of living thing, no actor
_EPITHET_AFTER = re.compile(
    r"^\s+(?!(?:thus|plus|this|versus|via|area|data|extra|alia|media)\b)[a-z]{3,}(?:i|ii|ae|um|us|is|ensis|oides|a)\b"
)
_OF_SPECIES = re.compile(r"\b(?:species|subspecies|genus|scientific\s+name)\b", re.IGNORECASE)


def _genus(name: str, after: str, text: str) -> bool:
    return (
        re.fullmatch(r"[A-Z][a-z]{3,}", name) is not None
        and _EPITHET_AFTER.match(after) is not None
        and _OF_SPECIES.search(text) is not None
        and not is_place(name)
    )


# A capitalised word for a post's own office or people, written after the post's possessive in lower case
_DATELINE_PLACE_AFTER = re.compile(
    r",\s+(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?),\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"\s+\d{1,2}\b|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
)
_OFFICES = {"Office", "Offices", "Staff", "Residence", "Chambers", "Secretariat", "Cabinet", "Bureau"}


# A person's name of one-syllable words, the given name's two syllables joined by a hyphen, as East Asian
# names are written in English: "Han Seo-yun", "Park Min-ho" (not "Kessel-based", "Orla-led": an
# adjective's ending after the hyphen, or a longer word before it).
_SYLLABLE_NAME = re.compile(
    r"[A-Z][a-z]{1,4}\s+[A-Z][a-z]{1,4}-(?!(?:based|like|led|run|born|made|wide|owned|held|free|bound|era|"
    r"type|style|class|linked|backed|funded|sized|shaped|area)\b)[a-z]{1,5}"
)


# A house's number or a run of them after where something lies: "behind 4-10 ", "at 12 ".
_HOUSE_NUMBERS_BEFORE = re.compile(
    r"(?:^|\s)(?P<word>[\w’'-]+)\s+(?:at|behind|of|near|outside|opposite|beside)\s+\d{1,4}(?:-\d{1,4})?\s+$"
)
# What a number measures, capitalised or not: no street ("at 100 Celsius", "at 90 Minutes").
_UNIT_AFTER_A_NUMBER = re.compile(
    rf"(?:{_MEASURES}|celsius|fahrenheit|kelvin|seconds?|minutes?|hours?|days?|weeks?|months?|years?"
    r"|percent|points?|degrees?|goals?|runs?|laps?|votes?|pounds|dollars|euros)"
)


def not_a_name(name: str, sentence: str, text: str, mid_sentence: set[str], lower_words: set[str]) -> bool:
    """A run of capitalised words that names no actor: a sentence's first word, an adjective, a unit,
    a currency, a post. ``text`` is the whole article, ``mid_sentence`` its words capitalised after a
    lower-case word, ``lower_words`` the words it writes in lower case."""
    words = name.split()
    start = sentence.find(name)
    # The first word of a sentence, also of one inside a quote the splitter kept whole.
    # "(CNN) -- Searchers hoping ...": a wire's credit and dash before the first word; "- Parents
    # wait ...", "• Seniors pay ...": a list's mark before an item's first word
    lead = re.sub(r"^\(\w[\w/ ]{1,20}\)\s*(?:--|[—–])", "", sentence[:start])
    # (after a label and its colon too: "More: See the report", "RELATED: With the roads closed")
    after_stop = re.search(r"(?:[.!?][”\"’']?|[“\"‘]|^[A-Z][A-Za-z]+:)\s*$", sentence[:start])
    opening = not lead.strip(" “\"‘'-•*·–") or bool(after_stop)
    labelled = sentence[start + len(name) :].startswith(":") and not sentence[:start].strip()
    if name in _PAGE_LABELS and labelled:
        return True  # "RELATED: ...": a page's label, above a link
    if len(words) >= 4 and name.isupper() and set(words) & _SHOUTED_WORDS:
        return True  # "THIS IS A BREAKING NEWS UPDATE": a line in capitals, not a name
    hyphened = re.search(r"[a-z]-[a-z]+$", words[-1]) and not _SYLLABLE_NAME.fullmatch(name)
    if (hyphened and words[-1].lower() != "co-op") or _CONTRACTION.search(name):
        return True  # "Ardon-based", "Jupiter-like": an adjective; "We’re": a pronoun
    if re.fullmatch(r"[A-Z]-[a-z]+", words[-1]):
        return True  # "an L-shaped room", "a U-turn": a letter's shape, no name
    if modifiers.hyphenated_adjective(words[-1]) or name in modifiers.LEGAL_FORMS:
        return True  # "UN-backed", "EU-approved"; "Inc." alone
    if all(part in MONTHS for part in name.split("-")):
        return True  # "January-February": a span of months
    if is_post(name):
        return True  # "Director of Field Operations": a post, with no one named
    if _TIME_ZONE_AFTER_TIME.search(sentence[:start] + name) and len(words) == 1:
        return True  # "by 2pm EAT", "at 14:00 WAT": a time zone after a clock time, no body
    if len(words) >= 2 and words[-1].lower() in _PORTFOLIO_POSTS:
        return True  # "the Federal Minister said", "the Health Secretary": a post, with no one named
    if name in modifiers.currency_codes() and not is_place(name):
        return True  # "EUR prices", "the GBP rate": a currency's code
    if len(words) >= 3 and {"You", "Your"} & set(words):
        return True  # "Plan Your Visit", "Things You Should Ask": a page's promotion in title case
    if modifiers.is_price(name):
        return True  # "Sh47", "Rs450", "USD40": a price, its currency's code glued to the figure
    if name in {"OK", "Ok"} and re.search(r"\b[a-z]+\s+$", sentence[:start]):
        return True  # "the timetable is OK": a word of assent (not "Tulsa, OK", a state's code)
    if name in modifiers.HOLIDAYS:
        return True  # "over Christmas": a day's name
    if _genus(name, sentence[start + len(name) :], text):
        return True  # "described as Hyla lundii": a species' genus, no actor
    if re.match(r"\.(?:org|com|net|gov|edu|info|io|us|uk)\b", sentence[start + len(name) :]):
        return True  # "at KesselAid.org": a web address
    if re.search(r"\d-[A-Z]+\s+$", sentence[:start]):
        return True  # "call 1-800-RED ALERT": a telephone number spelt in letters
    if name == "D.C." and re.search(r"[A-Z][a-z]+,\s*$", sentence[:start]):
        return True  # "Washington, D.C.": read whole with its city
    if name in CREDENTIALS and re.search(r"[a-z.],\s*$", sentence[:start]):
        return True  # "Dr. Ana Ruiz, MD, said": a degree after a person's name
    if words[-1] == "Act" or _LAW_AFTER.match(sentence[start + len(name) :]):
        return True  # "the Clean Air Act", "the Harbours and Waterways Act 1998": a law
    if re.match(r"\s+\([A-Z]{2,8}\)\s+Act\b", sentence[start + len(name) :]):
        return True  # "the Safe Harbours (SHA) Act": a law, its initials before its last word
    if re.fullmatch(r"[A-Z]{2,8}", name) and f"({name}) Act" in text:
        return True  # "under the SHA": the initials of such a law, written alone after
    if any(m.start() <= start < m.end() for m in _WORKS_TITLE.finditer(sentence)):
        return True  # "to stage Dream and Dance with Festival Strings": a show's title, no actor
    if len(words) >= 2 and words[-1] in {"Order", "Decree", "Ordinance", "Directive"}:
        return True  # "an Emergency Closure Order", "under a Harbour Master Directive": a document
    if (
        len(words) == 1
        and name in _OFFICES
        and re.search(r"\b(?:the|a|an)\s+[a-z]+[’']s\s+$", sentence[:start])
    ):
        return True  # "the governor’s Office", "the chairman's Staff": a post's own, no name of a body
    if name.replace("’", "'").removesuffix("'s") == "God":
        return True  # "God's help": a word of faith, no actor of the story
    if any(name.replace("’", "'").removesuffix("'s").endswith(figure) for figure in _FIGURES_OF_SPEECH):
        return True  # "hoping Mother Nature is kind": weather or time spoken of as a person
    after = sentence[start + len(name) :]
    if name in {"Western", "Eastern", "Northern", "Southern"} and re.match(r"\s+[a-z]", after):
        return True  # "Western towns are": a point of the compass as an adjective
    acronym = modifiers.acronym_before_a_noun(name, text) or modifiers.acronym_of_lower_words(name, text)
    if acronym and not is_place(name) and name not in STATE_AGENCIES:  # "an FBI agent" is the FBI's
        return True  # "an MRI scan", "acute kidney injury (AKI)"; not "US exports"
    if (
        modifiers.peoples_adjective(name, text, place_or_town)
        and not modifiers.outlet_named_before_its_noun(name, text)
    ) or modifiers.common_noun_capitalised(name, text, lower_words):
        return True  # "the Kenyan side", "the Shipping industry"
    known = (
        is_place(name)
        or name.lower() in AGENCIES
        # "Democrats" where "a Democrat" or "Lakeside Democrat Ana Ruiz" is written; not "Consumers"
        # where only "the Consumer Safety Board" is
        or (name.endswith("s") and name[:-1] in mid_sentence and _written_alone(name[:-1], text))
        or bool(ACRONYM_NAME.match(name))  # "NGC said": an acronym opening a sentence is a name
        or bool(CALL_SIGN.match(name))  # "KXYZ-AM reported": a station's call sign and band
        # "Tarnwick has sent the plans to the city's planning board": a town opening the sentence
        # as the subject of a verb in the singular, the sentence then naming what is that town's
        or bool(
            " " not in name
            and not name.endswith("s")
            and re.match(r"\s+(?:has|had|is|was|will)\b", sentence[start + len(name) :])
            and re.search(
                r"\bthe\s+(?:city|town|county|village|borough)[’']s\b", sentence[start + len(name) :]
            )
        )
        # "PayMint is the sponsor": a word with a capital inside it after small letters is a name
        or bool(re.fullmatch(r"[A-Z][a-z]+[A-Z][a-z]+", name))
        # "Kesselgroup is the sponsor": a company's word ending in its trade
        or bool(re.fullmatch(r"[A-Z][a-z]{2,}(?:group|bank|corp|soft|tech)", name))
        # "Tarnwick, Norway, June 3 -- ...": a dateline's town, before the known country or state it is in
        # and the day
        or bool(
            " " not in name
            and (dateline := _DATELINE_PLACE_AFTER.match(sentence[start + len(name) :]))
            and is_place(dateline["place"])
        )
        or bool(STATE_AFTER.match(sentence[start + len(name) :]))  # "Ardon, Pa., reported"
        # "Orla led with 12 goals, followed by Tarns at 9": the first of a ranking of names
        or bool(_RANKING_FIRST.match(sentence[start + len(name) :]))
        # "Tarnby, Orla and Holt rents were flat": a town the first of a list of names
        or bool(place_or_town(name) and _FIRST_OF_A_LIST.match(sentence[start + len(name) :]))
        # "Reform has four councillors": a party named by one word, by the seats it holds
        or bool(HOLDS_SEATS.match(sentence[start + len(name) :]))
        # "Okoro, a fisherman in Tarnby, said": one word a person's trade describes before she speaks
        or bool(len(words) == 1 and TRADE_APPOSITION.match(sentence[start + len(name) :]))
    )
    after = sentence[start + len(name) :]
    side = side_in_a_game(sentence[:start], after)  # "Eastvale also drew 1-1", "beat Northtown 2-0"
    if len(words) == 1 and opening and name not in mid_sentence and not known and not side:
        return True  # a capitalised first word is just the start of a sentence
    if len(words) == 1 and opening and not known and not side and re.match(r"\s+(?:and\s+)?[a-z]", after):
        alone = rf"(?<=[a-z,;] ){re.escape(name)}(?![\w’'-])(?!\s+[A-Z])"
        if not re.search(alone, text):
            return True  # "New and additional systems": a word the text names only in longer names
    if len(words) == 1 and opening and name.lower() in lower_words and not is_place(name):
        return True  # "Hospitals are frequent targets": a word the article writes in lower case too
    if len(words) == 1 and DEMONYM.match(name) and not is_place(name) and not name.endswith("s"):
        return True  # a demonym: "Chinese" (its groups are found above)
    measured = re.match(rf"\s*\d[\d,.]*\s+(?:{_MEASURES})\b", sentence[start + len(name) :]) or re.match(
        r"\s*\d{1,3}\s+(?:years|months|weeks|days|decades)\s+(?:ago|earlier|before|later|after|late)\b",
        sentence[start + len(name) :],
    )  # "opened in Kessel County 12 years ago", "a book by Ana Ruiz 30 years late": when, no number of a name
    numbered = re.match(
        r"\s+(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b", sentence[start + len(name) :]
    )
    if numbered and len(words) == 1:
        return True  # "Stage Three restrictions", "Phase Two": a level's name, no actor
    # "was ranked seventh, Dorn 20th and Holt 21st": a rank after a name, not the name's number
    ranked = re.match(r"\s+\d{1,3}(?:st|nd|rd|th)\b", sentence[start + len(name) :]) and re.search(
        r"\branked\b", sentence[:start]
    )
    numbered_after = re.match(r"\s*[“”\"]?\s*\d", sentence[start + len(name) :])
    # "Ana Ruiz 88, Li Wen 41, Piet Varga 30": a line of results, each name with its score
    scored = numbered_after and named_in_score_line(name, sentence)
    # "14 Birch Hill Road, Orla 5": a town after a street's address, its postal district's number
    # after it (the town's name, not a name with a number)
    postal = re.match(r"\s+\d{1,2}\b(?![,.:]\d|[\d-])", after) and re.search(
        _ROAD_TYPE + r",\s+$", sentence[:start]
    )
    numbered_after = None if postal else numbered_after
    # "funded by the Kessel Roads Agency 2031 Grants Programme": a body's name, then the year and the title
    # of its programme (not "Operation 4417"; one word and a year, "Expo 2020", is an event's)
    programme = " " in name and re.match(
        r"\s+(?:19|20)\d{2}(?:-\d{2})?\s+(?:Grants?|Allocations?|Programme|Program|Plan|Budget|Scheme|Strategy|Report)\b",
        after,
    )
    numbered_after = None if programme else numbered_after
    # "The Lantern (1998) Limited": a company's year of forming, in brackets before its legal form
    dated = re.sub(r"\s\((?:1[89]|20)\d\d\)\s(?=(?:Limited|Ltd|Inc|LLC|PLC|plc)\b)", " ", name)
    catalogued = sky_catalogue_name(name, sentence)  # "a star they call KESTREL-4": its number is its name's
    # "Kids 4 Tarn Dunes": a "4" for "for" inside a campaign's name (`namewords`), no number of it
    worded = re.fullmatch(r"\D+\s[24]\s\D+", dated) is not None
    if (numbered_after and not measured and not side and not ranked and not scored) or (
        any(c.isdigit() for c in dated) and not catalogued and not worded
    ):
        return True  # "Operation 4417": a named operation; not "the Kessel Observatory 450 miles west"
    if (
        re.search(r"(?:\d|\bdegrees|\d\s+(?:thousand|million|billion|trillion|mln|bn))\s*$", sentence[:start])
        # ("at 14 Birch Hill Road": a street after its house number, no unit of the number)
        and not (
            re.search(_ROAD_TYPE + "$", name)
            and re.search(r"(?<![\d,.])\d{1,5}[A-Za-z]?\s+$", sentence[:start])
        )
        # ("409,600 Orla Pharma vaccine doses": the maker of what is counted, its noun after the name)
        and not made_by(name, sentence[:start], sentence[start + len(name) :])
        # ("on land behind 4-10 Orchardleigh", "at 12 Larkspur": a street of houses after their
        # numbers, its type left unwritten)
        and not (
            (houses := _HOUSE_NUMBERS_BEFORE.search(sentence[:start])) is not None
            # (not "the Tarn of 9 Arts District": a number inside a name)
            and not houses["word"][:1].isupper()
            and re.fullmatch(r"[A-Z][a-z]+", name)
            and not _UNIT_AFTER_A_NUMBER.fullmatch(name.lower())
        )
    ):
        return True  # "2 degrees Celsius", "(3.6 Fahrenheit)", "40 billion Rupees": a unit
    if re.match(r"\s+(?:dollars|euros|pounds|yuan|yen|rupees)\b", sentence[start + len(name) :]):
        return True  # "32.5 billion U.S. dollars": a currency
    return len(name.rstrip(".")) <= 1
