"""The figures an article states, and what each counts: the number heuristics of `explainer init`.

Found: numbers in digits or words ("174", "sixty-eight", "Eight were pulled"), with their hedge
("more than", "nearly"), a scale ("$1.9 trillion"), a range ("aged 6 to 18", "4 to 6 million"), a
rate ("$300 per week", "2,500 quakes a year"), a subset ("14 of 44 economists", "Two of these
judges") and a vote tally ("voted 5-4", "a 220-211 vote"). Skipped: dates, years, times of day
("6:47 p.m.", "0830 UTC") and numbers in names ("Operation 4417", "Highway 305").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from generator.authoring.articles import clause
from generator.authoring.daylists import listed_day_spans
from generator.authoring.halves import find_halves
from generator.authoring.namewords import ORG_WORDS
from generator.authoring.notnames import NOT_NAMES
from generator.authoring.ordinals import find_ordinal_figures
from generator.authoring.scorelines import score_line, scores_for_lost
from generator.format.numbers import CURRENCY_CODES, GLUED_UNITS

_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}
_HEDGES = {
    "more than": "more-than",
    "over": "more-than",
    "past": "more-than",
    "at least": "at-least",
    "no fewer than": "at-least",
    "at most": "at-most",
    "no more than": "at-most",
    "up to": "up-to",
    "as many as": "up-to",
    "about": "about",
    "around": "about",
    "nearly": "about",
    "almost": "about",
    "roughly": "about",
    "approximately": "about",
    "close to": "about",
    "some": "about",
    "an estimated": "about",
    "fewer than": "fewer-than",
    "less than": "fewer-than",
}
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# Thousands set off by a space, as much of the world writes them: "1 000 barrels", "40 000 a day"
# (not "in 2010 500 people": a year is four digits; nor "12 100" read on into a third group).
_SPACED = r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.]?\d)(?!\s\d)"
# Digits grouped in lakhs and crores, as South Asia writes them: "22,40,395" is 2,240,395 and
# "1,25,00,000" is 12,500,000 (pairs after the first group, the last three together).
_LAKHS = r"(?<![\d.,])\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?(?![\d,]?\d)"
# A thousands comma with a space after it, a typo some sites make: "5, 500 people" is 5,500. Only
# one to three digits, then exactly three and a word (not a list: "3, 5, 500 and 600", "5, 500 and
# 600"); `_numbers` keeps it whole only after a word that makes it a count (not "May 5, 500 people",
# "aged 5, 500 pupils").
_COMMA_SPACED = r"(?<![\d.,])(?<!\d,\s)\d{1,3},\s\d{3}(?=\s+(?!(?:and|or|to|nor)\b)(?-i:[a-z]))"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_NUMBER = re.compile(
    # ("more than $2,000": the hedge before a currency's symbol is the figure's hedge)
    r"(?:\b(?P<hedge>" + "|".join(sorted(_HEDGES, key=len, reverse=True)) + r")\s+[$€£¥₹]?)?"
    # Digits, or a word (or two joined by a hyphen) that text2num reads as a number: "sixty-eight".
    # A decimal comma before a share: "11,90 percent" (never a thousands comma, which takes three).
    r"(?P<number>\d{1,3},\d{1,2}(?=\s*(?:percent|per\s+cent|%))"
    # and a price's two places after a currency's sign: "US$2,35 per kilo" (a thousands comma takes three)
    r"|(?<=[$€£¥₹])\d{1,3},\d\d(?![\d,]|\.\d)(?!\s*(?:thousand|million|billion|trillion|bn|m)\b)"
    rf"|{_COMMA_SPACED}|{_SPACED}|{_LAKHS}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d*[½¼¾⅓⅔](?!\w)|\d+(?:\.\d+)?"
    # hundreds in words, and what follows them: "Five hundred people" is 500, "two hundred and fifty
    # homes" 250 (not 5 and 50)
    rf"|\b{_UNITS}\s+hundred(?:\s+(?:and\s+)?(?:{_TENS}(?:[\s-]{_UNITS})?|{_TEENS}|{_UNITS}))?\b(?!-)"
    # tens and units as two words, without the hyphen: "Sixty three boats" is 63, not 60 and 3
    rf"|\b{_TENS}\s+{_UNITS}\b(?!-)"
    r"|\b[a-z]+(?:-[a-z]+)?\b)"
    # (its scale after a space, or a hyphen as in a compound adjective: "a $3.7-billion deal")
    r"(?:(?:\s+|-(?=(?:million|billion|trillion)\b))(?P<scale>thousand|million|billion|trillion)\b)?",
    re.IGNORECASE,
)
# (the same, each comma and space a list's, for a figure `_numbers` does not keep whole)
_NUMBER_UNSPACED = re.compile(_NUMBER.pattern.replace(_COMMA_SPACED + "|", "", 1), re.IGNORECASE)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A word before a number that makes it no count but a day, an age or a label: "May 5, 500 people
# marched", "pupils aged 5, 500 of them", "page 5, 300 words".
_NO_COUNT_BEFORE = re.compile(
    rf"(?:\b{_MONTH}|\b(?:aged|ages?|grades?|pages?|chapters?|rooms?|no\.|numbers?|sections?|articles?|"
    r"rounds?|days?|weeks?|years?|stages?|phases?|levels?|class|classes|items?|lines?|at|to|and|or))\s*$",
    re.IGNORECASE,
)
_DATE = re.compile(
    rf"\b\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?\b|\b{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?\b(?![.,]\d)"
    # ("in April 3.6 million tons", "in May 12 million cars": a month's figure, no day)
    r"(?!\s+(?:thousand|million|billion|trillion)\b)|\b(?:19|20)\d{2}s?\b"
)
# (a time with its seconds, a clock's or a race's, is one time: "at 14:05:09", "won in 2:07:31")
_TIME = re.compile(
    r"\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?|\b0\d{3}\b|\b\d{1,4}\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|EDT|EST|BST|CET)"
)
# An age in brackets after a person's name, as some papers write it: "Ana Ruiz (34) said", "the
# driver, Piet Varga (61), was ..." (two capitalised words before it and a verb or a stop after; "Take
# Route (7) north" is not read so)
_AGE_IN_BRACKETS = re.compile(
    r"\b[A-Z][a-z'’-]+\s+[A-Z][\w'’-]*[a-z]\s+\((?P<age>\d{1,3})\)"
    r"(?=\s*(?:[,;:]|\.(?:\s|$)|(?:said|says|told|was|is|were|who|and|had|has|won|lost|ran|[a-z]+ed)\b))"
)
_NOT_A_PERSONS_NAME = {"street", "road", "lane", "avenue", "park", "route", "highway", "square", "bridge"}
# A number word as a verb's subject after "and": "..., and two were given tags", "and one — a calf —
# had died"
_WORD_SUBJECT = re.compile(
    r"[,;]\s+(?:and|but|while)\s+(?P<number>one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s+[—–]\s+[^—–]{1,40}?\s+[—–])?\s+(?:were|was|had|have|has|are|is|remained|died|survived)\b",
    re.IGNORECASE,
)
# What befell the one person counted: "one person was critically injured", "One person died"
_BEFELL = re.compile(
    r"^\s+(?:was\s+|is\s+|has\s+been\s+|had\s+been\s+)?(?:[a-z]+ly\s+)?(?P<what>[a-z]+ed|died|hurt)\b"
    r"(?:\s+(?P<state>dead|alive|missing))?"
)
# A telephone number ("866.946.6349", "(866) 946-6349", "+1 866-946-6349") counts nothing.
_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[.\s-])\d{3}[.-]\d{4}\b")
# An e-mail or web address: the digits in it ("reporter@channel12.com", "example.org/2024/story") count
# nothing.
_ADDRESS = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu)\b\S*"
)
# "voted 5-4", "a 220-211 vote", "another 4-3 decision", "passed 224-201".
_TALLY = re.compile(r"\b(?P<for>\d{1,3})[-–](?P<against>\d{1,3})\b")
_TALLY_IN_WORDS = re.compile(
    r"\b(?:vote|tally|margin|decision|ruling)\s+(?:was|of|is)\s+(?P<for>[a-z]+)\s+to\s+(?P<against>[a-z]+)\b",
    re.IGNORECASE,
)
_TALLY_WORDS = re.compile(
    r"\b(?:vot\w*|decision|ruling|ruled|margin|passed|split|tally|majority)\b", re.IGNORECASE
)
# A match's score: "won 3-1", "a 1-0 loss", "beat Leeds 2-0", "drew 1-1".
_SCORE_WORDS = re.compile(
    r"\b(?:won|wins?|beat|beats|lost|loss|losses|defeat(?:s|ed)?|victory|draw|drew|thrash\w*|edged"
    r"|lead|leads|led|leading|trail(?:s|ed|ing)?|scor(?:e|es|ed|ing)|goals?|made\s+it)\b",
    re.IGNORECASE,
)
# The side a score's sentence names as winning or drawing: "Eastvale beat Kessel 2-0", "Orwell also
# drew 1-1 at home to Dunmore" (a later "made it 2-0" or "the 2-0 win" names none)
_SIDE_BEFORE = re.compile(
    r"(?P<side>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+(?:also\s+)?"
    r"(?:defeated|beat|edged|thrashed|drew|lost|won)\b[^.;,]{0,40}$"
)
# "passed the Senate 60 to 40", "voted 7 to 2": a tally written with "to"; the smaller side in words
# too ("carried the motion 13 to four"); "defeated" or "carried" in a sentence that tells of a vote
# (else a match's score: "Orla defeated Kessel 13 to four").
_TALLY_WITH_TO = re.compile(
    r"\b(?:passed|voted|vote|approved|rejected|adopted|confirmed|(?P<won>defeated|carried))\b[^.;,]{0,40}?"
    r"\b(?P<for>\d{1,3})\s+to\s+(?P<against>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE,
)
_RANGE = re.compile(
    rf"^\s*(?:to|-|–|and)\s*(?:[A-Z]{{1,3}}\$\s?|[$€£])?(?P<upper>{_SPACED}|{_LAKHS}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?"
    # "five to six homes": a range in words
    r"|(?<=to )(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b)"
    r"(?:\s+(?P<scale>thousand|million|billion|trillion)\b)?"
)
# "14 of 44", "five of the 31 miners", "one of them": a part of a whole
_SUBSET = re.compile(
    # ("7 of every 10 riders": a share of each ten)
    r"^\s+(?:out\s+)?of\s+(?:(?:(?:the|these|those|every)\s+)?(?P<whole>\d{1,3}(?:,\d{3})+|\d+"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"|(?:these|those|them|the)\b)",
    re.IGNORECASE,
)
_RATE = re.compile(r"^\s*(?:a|an|per|each|every)\s+(?P<per>year|month|week|day|hour|minute|quarter)\b")
_PERIODS = {"year", "month", "week", "day", "hour", "minute", "quarter"}
_STOP = set(
    [
        "of",
        "in",
        "at",
        "to",
        "from",
        "since",
        "that",
        "who",
        "which",
        "were",
        "was",
        "are",
        "is",
        "have",
        "has",
        "had",
        "on",
        "by",
        "with",
        "instead",
        "than",
        "as",
        "but",
        "and",
        "or",
        "while",
        "after",
        "before",
        "when",
        "because",
        "so",
        "for",
        "into",
        "under",
        "over",
    ]
)
_PHRASAL = re.compile(r"(?:ed|ing|\bhand|\bturn|\btake|\btook)\s*$")
_PLURAL_EXCEPTIONS = {"people", "children", "men", "women", "police", "staff", "personnel", "dead", "injured"}
_PLURAL_EXCEPTIONS |= {"feet"}
# plurals written as their singular, or with no "s": "three deer", "40 cattle", "two aircraft"
_PLURAL_EXCEPTIONS |= {"sheep", "deer", "cattle", "swine", "moose", "bison", "salmon", "trout", "aircraft"}
_PLURAL_EXCEPTIONS |= {"mice", "geese", "oxen"}
# "Ana Ruiz, aged 59, said", "the man (aged 40)": an age set off after whom it is of (not "aged 6 to
# 18", a range read as one).
_AGED_SET_OFF = re.compile(r"(?:\w,|\()\s*aged\s*$")
# "victims aged 19 to 40", "2,500 adults, ages 28 to 84": a range of ages.
_AGED = re.compile(r"\b(?P<what>[a-z]+\s+aged|\bages)\s*(?:between\s*)?$")
_SCALE_WORDS = {"hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions"}
_CURRENCIES = {"$": "dollars", "€": "euros", "£": "pounds", "¥": "yen or yuan", "₹": "rupees"}
_SYMBOLS = "".join(_CURRENCIES)
# A currency written in letters before the figure, glued or not: "Rs 4,500 crore", "RM2,000",
# "KSh 500", "EUR 3 million" (the common codes; "XR-2" or "Flight 17" are names, not currencies).
_CODES = {
    **{"Rs": "rupees", "INR": "rupees", "RM": "ringgit", "MYR": "ringgit", "Rp": "rupiah", "IDR": "rupiah"},
    **{"KSh": "shillings", "Ksh": "shillings", "KES": "shillings", "Tk": "taka", "PHP": "pesos"},
    **{"USD": "dollars", "EUR": "euros", "GBP": "pounds", "SGD": "dollars", "AUD": "dollars"},
    **{"CAD": "dollars", "NZD": "dollars", "HKD": "dollars", "ZAR": "rand", "NGN": "naira", "CHF": "francs"},
    **{"JPY": "yen", "CNY": "yuan", "RMB": "yuan", "THB": "baht"},
    # East Africa's papers write their shillings "Sh": "Sh41 a kilo", "Sh 40 million"
    "Sh": "shillings",
    # the euro's name in lower case glued to a figure, as wire copy converts a price: "(euro4.20)"
    # (only glued: "the euro 10 years ago" names the currency, no price)
    "euro": "euros",
    # the other East African currencies by their letters: "Rwf2,500", "Frw 500", "USh 2,000", "TSh 900"
    **{"Rwf": "francs", "RWF": "francs", "Frw": "francs", "UGX": "shillings", "USh": "shillings"},
    **{"TSh": "shillings", "TZS": "shillings", "ETB": "birr", "GHS": "cedis"},
}
# The end of a change after its start: "(from six) down to three", "(from five) to 10"
_CHANGE_END = re.compile(r"^\s+(?:down\s+|up\s+)?to\s+(?P<end>\d[\d,.]*|[a-z]+)\b")
# Currencies written the same in the plural: "twelve thousand euro", "nine thousand rand"
_SAME_IN_THE_PLURAL = {
    *("euro", "yen", "yuan", "rand", "baht", "naira"),
    *("ringgit", "rupiah", "taka", "kwacha", "birr"),
}
# A small word a pasted page glued to the figure after it, its space lost: "and12 per cent", "of40
# boats" (a word of a name or a code, "the G20", "K220", is no such word)
_GLUED_SMALL_WORD = re.compile(r"(?:^|[\s(“\"])(?:and|or|of|to|from|at|by|with|than|about|nearly|over)$")
# A unit after a slash, past a scale glued to the figure: "3.5m/kg" is 3.5 million kilograms
# (as a trade report writes it), the slash no ratio
_SLASHED_UNIT = re.compile(r"/(?P<unit>[a-z]+)\b")
_SLASHED_UNITS = {
    "kilograms",
    "kilos",
    "tonnes",
    "tons",
    "litres",
    "liters",
    "barrels",
    "hectares",
    "kilometres",
}
# A currency written as one capital letter glued to the figure, as papers in the countries of the
# peso, the pula, the rand, the naira, the kwacha or the quetzal do ("raised by P18", "a R3.7-billion
# plan"). The letter alone could begin a code ("an N95 mask", "the K220"), so it is read as money only
# where the sentence speaks of money and names no other currency, and the figure is no model's
# number: a scale follows it, or a stop, a comma or a joining word ends it, or a money word does.
# ("E40 million": the euro's sign typed as the letter it looks like, where a page lost it)
_LETTER_CURRENCIES = {"P": "pesos", "R": "rand", "N": "naira", "K": "kwacha", "Q": "quetzales", "E": "euros"}
_LETTER_CURRENCY = re.compile(r"(?:^|[\s(“\"/])(?P<code>[" + "".join(_LETTER_CURRENCIES) + r"])$")
_MONEY_WORDS = re.compile(
    r"\b(?:costs?|costing|cost(?:ed|s)?|prices?|priced|fees?|fares?|tolls?|tariffs?|charges?|charged|pays?|paid|grants?"
    r"|paying|salar(?:y|ies)|wages?|worth|fines?|fined|budgets?|spent|spend(?:ing)?|revenues?|profits?"
    r"|debts?|loans?|funds?|funding|subsid(?:y|ies)|allowances?|bonus(?:es)?|rates|bills?|invest(?:ed|ment)"
    r"|savings?|cash|money|payments?|rebates?|valued?|valuation)\b",
    re.IGNORECASE,
)
# A price's unit after a slash: "$3.89/gallon", "P35/kg", "€90/night" (what one of the unit costs)
_PER_SLASHED = re.compile(
    r"^/(?P<unit>kg|kilo|kilogram|g|lb|litre|liter|gallon|tonne|ton|bag|sack|head|hour|hr|day|night|week"
    r"|month|year|km|mile|sqm|kWh|MWh|barrel|bbl)\b(?![/.-]?\d)"
)
_AFTER_MONEY_FIGURE = re.compile(
    r"^(?:[-\s]*(?:thousand|million|billion|trillion|bn|m)\b|\s*(?:[.,;:)”\"]|$)|(?=/[A-Za-z])"
    r"|\s+(?:and|or|to|while|from|per|a|each|for|in|on|at|as|but|cost|price|fee|fare)\b)",
    re.IGNORECASE,
)


def _letter_currency(sentence: str, match: re.Match[str]) -> str | None:
    """The currency a single capital letter glued to the figure writes ("raised by P18"), where the
    sentence shows it is money; None otherwise."""
    start, end = match.span("number")
    letter = _LETTER_CURRENCY.search(sentence[:start])
    if letter is None or not match.group("number")[0].isdigit() or match.group("hedge"):
        return None
    # ("diversion of N412m": a scale glued on as well, as only a sum is written, money words or not)
    scaled = re.match(r"(?:m|bn|mn|million|billion)(?![A-Za-z\d])", sentence[end:]) is not None
    if not (scaled or _MONEY_WORDS.search(sentence)) or re.search(
        r"[$€£¥₹]|\b(?:Rs|[A-Z]{3})\s?\d", sentence
    ):
        return None
    if not _AFTER_MONEY_FIGURE.match(sentence[end:]) or (
        sentence[end : end + 1] == "/" and not _PER_SLASHED.match(sentence[end:])
    ):
        return None  # "an N95 mask", "K220 models": the code of a thing
    return _LETTER_CURRENCIES[letter["code"]]


_CURRENCY_CODE = re.compile(r"\b(?P<code>Rs\.?|" + "|".join(c for c in _CODES if c != "Rs") + r")$")
# The codes of CURRENCY_CODES ("JD0.40", "GHC 7,600"), read as money only where the sentence shows it
# is: a money word, another currency, the same code before another figure, or a figure in cents
# ("0.40"); and, as for a single letter, no model's number ("QR code", "SR71").
_LOCAL_CODE = re.compile(
    r"(?:^|[\s(“\"/])(?P<code>"
    + "|".join(re.escape(c) for c in sorted(CURRENCY_CODES, key=len, reverse=True))
    + r")\s?$"
)
_AFTER_CODED_FIGURE = re.compile(r"^\s*\(|^\s+(?:after|before|since|until|by|with|last|this|next)\b")


# A currency's code and a space before a figure, written in capitals and lower case: "Tk 1,800", "Rs 40"
_CODE_SPACED = re.compile(
    r"\b(?:" + "|".join(re.escape(c) for c in [*_CODES, *CURRENCY_CODES] if not c.isupper()) + r")\s$"
)


def _local_code(sentence: str, match: re.Match[str]) -> str | None:
    """The currency a code of CURRENCY_CODES before the figure names ("JD0.40"), where the sentence
    shows it is money; None otherwise."""
    start, end = match.span("number")
    code = _LOCAL_CODE.search(sentence[:start])
    if code is None or not match.group("number")[0].isdigit() or match.group("hedge"):
        return None
    # ("KD1,200-1,500 (...)": a range, what follows its upper end says)
    tail = re.sub(r"^[-–]\d{1,3}(?:,\d{3})+(?:\.\d+)?|^[-–]\d+(?:\.\d+)?", "", sentence[end:])
    if not (_AFTER_MONEY_FIGURE.match(tail) or _AFTER_CODED_FIGURE.match(tail)):
        return None
    again = re.escape(code["code"]) + r"\s?\d"
    if not (
        _MONEY_WORDS.search(sentence)
        or re.search(r"[$€£¥₹]|\b(?:Rs|[A-Z]{3})\s?\d", sentence[: code.start("code")] + sentence[end:])
        or len(re.findall(again, sentence)) > 1
        or re.fullmatch(r"\d+\.\d\d", match.group("number"))
    ):
        return None
    return CURRENCY_CODES[code["code"]]


# A number in words with its figures after it in brackets: "twelve thousand ... (12,306)". The
# figures are drafted; the words, which a reader checks against them, are not.
_SPELLED_OUT = re.compile(
    r"\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|and)(?:-[a-z]+)?[\s-]+)+"
    r"(?=\(\d[\d,.]*\))",
    re.IGNORECASE,
)
_AUXILIARY = re.compile(
    r"^\s+(?:were|was|are|is|had been|have been|has been)\s+(?P<what>[a-z]+(?:\s+[\w’'-]+){0,5})"
)
_CASUALTY = re.compile(
    r"\b(?P<verb>killed|killing|injured|injuring|wounded|wounding|displaced|evacuated|rescued|arrested|"
    r"detained|affected|hurt)\s*$"
)
# What a number counts, said before it: "the death toll climbed to 94", "the death count to five",
# "the number of valid votes cast was 13,434,574", "raise the federal minimum wage to $15".
_STATED_BEFORE = re.compile(
    # "...; normal snowfall there is 39.5": a clause after a semicolon, "there" before its verb
    # ("the number of ATM cards reached": an acronym before the last word)
    # ("Orla's pollen index averaged 87": a place's or a body's, its owner before it)
    r"(?:^|[;:]\s*|\b(?i:the|a|an|its|their)\s+|\b[A-Z][\w-]*[’']s\s+)"
    r"(?P<what>(?:[a-z][\w-]*\s+){0,9}?(?:[A-Z]{2,}\s+)?[a-z][\w-]*)"
    # ("the river gauge index (RGI) averaged 87": its initials after it)
    r"(?:\s+there|\s+\([A-Z]{2,}\))?\s+"
    r"(?:climbed|rose|fell|dropped|reached|stood|stands|was|is|were|are|totalled|totaled|hit|measured"
    # "the daily count averaged 87", "the index peaked at 420": a mean or a high over a time
    r"|registered|averaged|averages|peaked)"
    # "the turnout was recorded as 85.7", "the toll was put at 40": a verb's participle of stating
    r"(?:\s+(?:recorded|put|estimated|given|reported|listed|pegged|set)(?=\s+(?:as|at)\b))?"
    # "is over 48,000", "stood at nearly 900"
    r"(?:\s+(?:to|at|as))?(?:\s+(?:over|about|around|nearly|almost|roughly|some|more\s+than|less\s+than))?\s*$"
)
# "registered bidders in the gallery numbered about 315": the plural noun before "numbered", past a
# place after it.
_NUMBERED = re.compile(
    r"\b(?P<what>(?:[a-z]+\s+)?[a-z]{3,}s)(?:\s+(?:in|at|on|from|of)\s+(?:the\s+|a\s+)?[\w’'-]+)?"
    r"\s+numbered(?:\s+(?:only|just))?\s*$",
    re.IGNORECASE,
)
# "estimate Oklahoma's population to be more than 3,791,000", "the Kessel population to be": the noun
# before "to be", after its owner.
_TO_BE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her)\s+|\b[\w-]+['’]s\s+)(?:[A-Z][\w-]*\s+)*(?P<what>[a-z][\w-]*)\s+to\s+be$"
)
# "a group of seven", "a crew of 12": how many a body of people holds.
_COLLECTIVE_BEFORE = re.compile(
    r"\b(?:a|an|the|their|its)\s+(?P<what>group|team|crew|family|party|class|delegation)\s+of$"
)
_TOLL_BEFORE = re.compile(r"\b(?P<what>(?:[a-z]+\s+)?(?:toll|count|total|tally|figure))\b[^,;]*$")
_NOUN_BEFORE = re.compile(
    r"(?:^|\b(?:the|a|an|its|their|his|her)\s+|\b)(?P<what>(?:[A-Za-z][\w-]*\s+){0,2}[a-z][\w-]*)"
    r"(?:\s+(?:down|up))?\s+(?:at|to|from|of|by)(?:\s+an?\s+(?:extra|additional|further))?\s*$"
)


# A figure that takes what the one before it counts: "from $100,000 to $80,000", "instead of the proposed",
# "compared to the 52,110 in 2019".
_FOLLOWS = re.compile(
    r"(?:\bfrom\s+[$€£]?[\d,.]+(?:\s+[a-z]+)?\s+to"
    r"|\binstead of(?:\s+the)?(?:\s+(?:proposed|usual|planned|expected))?"
    # "five rooms rather than the four", "three boats rather than two"
    r"|\brather than(?:\s+the)?"
    r"|\b(?:up|down) from|\bcompared (?:with|to)(?:\s+the)?|\d\s+(?:and|or)"
    # "60 stalls to the market's 400", "a 5-metre mast compared to Orla's 12": an owner's own figure
    r"|\b(?:compared\s+(?:with|to)|to|against|versus|vs\.?)\s+(?:the\s+)?[\w’'.-]+[’']s)\s*$"
)


# A figure after another of a list: "two cases in Tarnby, three in Solvik, and one in Brenvik".
# A figure's people in a group or a place, the noun unsaid: "412 are in year one", "30 were at home".
_IN_A_GROUP = re.compile(r"^\s+(?:are|were)\s+(?:in|at)\s+(?:the\s+)?[a-z]{4,}")
_LISTED = re.compile(r"\w,(?:\s+(?:and|or))?\s*$")
# ("127 in 2015, 120 in 2016": a year's; "90 in primary schools, 40 in secondary": a group's, its
# words in lowercase, never "in total", "in all")
# ("four deer seen in a wood and two in a meadow": a place of its kind, after "a")
_ELSEWHERE = re.compile(
    r"^\s+(?:in|at|from|for)\s+(?:the\s+|an?\s+(?!(?:million|thousand|hundred|while|row|sense|bid|way|day)\b))?"
    r"(?:[A-Z]|(?:19|20)\d\d\b|(?!(?:total|all|turn|fact|part|short|general|particular|addition)\b)[a-z]{4,})"
)
# The next in a ranking, and its figure with what the figure before it counted left unsaid: "Orla
# led with 12 goals, followed by Tarns at 9", "... ahead of Brenk on 7", "... then Kessel with 5".
_RUNNER_UP = re.compile(
    r"\b(?:followed\s+by|ahead\s+of|trailed\s+by|then)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},?"
    r"\s+(?:at|with|on)$"
    # "Ana Ruiz won with 4,210 votes and Li Wen came second with 3,905": a place in it
    r"|\b(?:second|third|fourth|fifth|sixth|last|next|runner[- ]up)(?:\s+place)?,?\s+with$"
)
# A list that leaves out the verb and the noun after its first item, each name followed by its
# figure alone: "Ruiz owns six of the plots, Wen three and Lund, two", "Orla won 12 seats, Tarn 9".
_GAPPED = re.compile(r"(?:\w,|\band)\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?),?$")
# Nothing counted after a figure: the clause ends with it.
_CLAUSE_END = re.compile(r"^\s*(?:[.,;:)!?]|$)")
# The rest of a list after a figure: ", three, five percent in a department".
_NUMBER_WORD = (
    r"(?:\d+(?:\.\d+)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)\b"
)
_LIST_AFTER = re.compile(
    rf"^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:{_NUMBER_WORD}(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*"
    rf"{_NUMBER_WORD}(?:\s*(?P<unit>%|percent|per cent)|(?P<rest>\s.*))",
    re.DOTALL,
)


# "one" beside another figure that counts the same kind of thing: the next item of a list ("ten
# letters and one petition"), the first of two ("won one and kept three seats") or a vote's tally
# ("carried six to one", "approved by four votes to one", "cut from five lanes to one").
_ONE_BESIDE_A_FIGURE_BEFORE = re.compile(
    rf"(?:\b{_NUMBER_WORD}\s+(?:[a-z]+\s+){{0,2}}[a-z]+s\s+and|\b(?!one\b){_NUMBER_WORD}\s+(?:[a-z]+s\s+)?to)\s*$",
    re.IGNORECASE,
)
_ONE_BESIDE_A_FIGURE_AFTER = re.compile(
    rf"^\s+and\s+[a-z]+\s+(?!one\b){_NUMBER_WORD}\s+(?P<what>(?:[a-z]+\s+)?[a-z]+s)\b"
)
# "One person died": one of a kind of people, never "one of the leaders" or "a one-off".
_ONE_PERSON = re.compile(
    # "one UC Ardon student": a name may say whose
    r"^\s+(?:[A-Z][\w.’'-]*\s+){0,3}(?P<who>person|man|woman|child|boy|girl|patient|resident|worker|officer|"
    r"soldier|firefighter|student|passenger|civilian|victim|suspect)\b(?!-)"
)
# A number in words joined to its unit: "a seven-month journey", "the two-ton spacecraft".
_JOINED_UNIT = re.compile(r"^(?P<number>[a-z]+)-(?P<unit>[a-z]+)$")
_NOT_UNITS = {"third", "thirds", "quarter", "quarters", "half", "fifth", "fifths", "off", "way", "thirty"}
# ("three-fourths", "seven-tenths": fractions too)
_NOT_UNITS |= {"fourth", "fourths", "sixth", "sixths", "eighth", "eighths", "tenth", "tenths"}
# "a half-a-million-euro reward", "half a billion dollars"
_HALF = re.compile(
    r"\bhalf[- ]an?[- ](?P<scale>thousand|million|billion|trillion)(?:-(?P<unit>[a-z]+))?\b", re.IGNORECASE
)
# "a million and a half visitors", "a million and half", "two and a half million people": a whole
# number of the scale and half of one more
_AND_A_HALF = re.compile(
    r"\b(?P<whole>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+"
    r"(?:(?P<scale>thousand|million|billion)\s+and\s+(?:a\s+)?half|and\s+a\s+half\s+(?P<scale_after>thousand|million|billion))"
    r"\b(?!\s+(?:a|an|of)\b)",
    re.IGNORECASE,
)
_NONE_BEFORE = re.compile(r"\b(?:no|any|every)\s*$", re.IGNORECASE)
# "caught five drivers speeding, while one tested positive and one was found drunk": "one" the
# subject of its own clause after a count of the same things, each one more of them
_ONE_MORE_BEFORE = re.compile(
    rf"\b(?:{_NUMBER_WORD}|\d[\d,]*)\s+(?:[a-z]+\s+){{0,2}}(?P<what>[a-z]+s)\b[^.;:]*?(?:,\s*|\s)"
    r"(?:while|and|but|whereas)\s*$",
    re.IGNORECASE,
)
_ONE_MORE_AFTER = re.compile(r"^\s+(?:was|were|tested|died|(?!need|want)[a-z]{3,}ed)\b")
# "one dollar", "one km radius": a unit in the singular after "one" says it counts
_ONE_UNIT = re.compile(
    r"^\s+(?:dollar|euro|pound|rupee|yen|yuan|franc|peso|km|kilometre|kilometer|mile|metre|meter|foot|acre"
    r"|hectare|tonne|ton|percent|per cent|litre|liter|gallon|kilogram|kg"
    # "one gigaton of grain", "one inch of rain": a mass's unit of a scale, a small length
    r"|(?:giga|mega|kilo)ton(?:ne)?|inch|centimet(?:re|er)|millimet(?:re|er)|ounce|gram|barrel"
    # ("a one square mile radius": an area's unit)
    r"|square\s+(?:mile|metre|meter|kilometre|kilometer|km|foot)"
    # "for one hour", "within one week": a span of time ("one day" is a day nobody dates)
    r"|minute|hour|week|month|year)\b(?!-)"
)
# "recorded one death", "one new confirmed case": one of what an outbreak or a disaster counts
# ("one body was found": one of the dead); "won one seat": one of what a vote counts
_ONE_OUTCOME = re.compile(
    r"^\s+(?:(?:new|more|further|additional)\s+)?(?:(?:confirmed|suspected|probable)\s+)?"
    r"(?:death|fatality|casualty|injury|infection|body|seat)\b(?!-)"
    r"|^\s+(?:new\s+)?(?:confirmed|suspected|probable|new)\s+case\b"
    # ("confirmed one case of measles": one case of an illness, as an outbreak counts it)
    r"|^\s+case\s+of\s+(?!the\b|a\b|an\b|this\b|that\b)[A-Za-z]"
)
# Units a number names before them, never a name's number: "the Kessel Observatory 450 miles west".
_MEASURES = (
    "miles|kilometres|kilometers|km|metres|meters|feet|acres|hectares|tonnes|tons|people|percent|per cent"
    "|years|months|weeks|days|hours"  # "moved to Norland 12 years ago": a span, not "Flight 12"
)


# A whole number and a fraction joined to it by a hyphen, "2-1/2", or by a space before a word in
# lower case, "11 1/2 minutes" (not "a 5 1/2-year high", which measured no count).
_MIXED = re.compile(r"^(?:-|\s(?=\d/\d{1,2}\s+[a-z]))(?P<over>\d)/(?P<under>\d{1,2})(?![\d/])")
# A glued "m" with its conversion in feet after it is metres ("80m (262ft)"), where a glued "m"
# alone may be millions or minutes.
_METRES = re.compile(r"^m\s*\(\s*[\d,.]+\s*(?:ft|feet|foot|yards?)\b")
# Words that open a sentence before a number, never a name's first word ("Flight 17" is one).
_OPENING_WORDS = {"between", "nearly", "about", "around", "almost", "roughly", "just", "only", "another"}
# ("With 300 jobs at risk, ...", "Of 40 boats, ...": a preposition opening a sentence, not a name's word)
_OPENING_WORDS |= {"with", "without", "of", "for", "after", "from", "some", "all"}
# A scale glued to a number: "£2bn", "$1.5m", "€40k" (m and k only after a currency: "5m" is metres).
# A range's upper end with its scale glued to it as the lower end's is: the "m" of "£200m to £250m".
_GLUED_UPPER_SCALE = re.compile(r"(?:bn|tn|mn|m|k)\b", re.IGNORECASE)
_SHORT_SCALES = {"bn": "billion", "tn": "trillion", "m": "million", "mn": "million", "k": "thousand"}
_SHORT_SCALES |= {scale: scale for scale in ("million", "billion", "trillion")}


# What a figure stood at before, in brackets after the figure it now is: "(from 700)", "(up from 70)".
_BRACKETED_BEFORE = re.compile(r"\((?:(?:up|down)\s+)?(?:from|was)\s*$")


# A sum glued to "@" and a scale, a currency's sign mistyped as the key beside it: "@2.5m", "@1bn".
_MISTYPED_SIGN = re.compile(r"@\d+(?:\.\d+)?(?:m|bn|mn)\b")


class Figure(NamedTuple):
    """One number the article states."""

    value: int | float
    qualifier: str
    counts: str
    evidence: str
    upper: int | float | None = None
    per: str | None = None
    whole: int | float | None = None  # the figure this one is part of: 14 "of 44 economists"
    derivation: str | None = None  # how a value no digit writes is worked out ("half a million")
    score: str | None = None  # the score a side's goals are part of ("2-1"): one score, one pair
    side: str | None = None  # the side the sentence names with its score ("Eastvale beat Kessel 2-0")
    fate: str | None = None  # what befell the one person counted ("injured", "pronounced dead")


# A vulgar fraction written as one character after the whole number: "2½ years".
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 0.33, "⅔": 0.67}


def _value(number: str, scale: str | None) -> int | float:
    number = re.sub(r"[ \u00a0\u202f\u2009]", "", number)  # "1 000", "5, 500": thousands set off by a space
    if number[-1:] in _FRACTIONS:
        number = str(int(number[:-1] or 0) + _FRACTIONS[number[-1]])
    if re.fullmatch(r"\d{1,3},\d{1,2}", number):
        number = number.replace(",", ".")  # a decimal comma
    # in decimal, not binary, arithmetic: "4.1 billion" is 4,100,000,000, never 4,099,999,999.9999995
    value = Decimal(number.replace(",", ""))
    if scale:
        value = value * _SCALES[scale.lower()]
    return int(value) if value == value.to_integral_value() else float(value)


def _word_number(word: str) -> int | None:
    """The value of a number written as a word ("nineteen", "sixty-eight"), read by text2num."""
    from text_to_num import text2num  # imported here: only `explainer init` needs it

    try:
        return int(text2num(word, "en"))
    except ValueError:
        return None


def _plural(word: str) -> bool:
    lower = word.lower().strip(",.;:")
    return (lower.endswith("s") and not lower.endswith("ss")) or lower in _PLURAL_EXCEPTIONS


def counts_after(rest: str) -> str:
    """What a number counts: the words after it, up to the first plural noun or a break."""
    compound = re.match(r"^-(?P<unit>[a-z]+)(?:-[a-z]+)?(?=[\s,.;]|$)", rest)
    if compound:
        return " ".join(filter(None, [compound["unit"], counts_after(rest[compound.end() :])]))
    listed = re.match(r"^:\s*([^)]*)\)", rest)
    if listed:
        # "Solvik (412: 130 adults and 282 children)": the total of what the list counts.
        return " and ".join(dict.fromkeys(re.findall(r"\d[\d,]*\s+([a-z]+)", listed[1])))
    # "two bread and cake stalls", "three fish and chip shops": two nouns as one's modifiers, the
    # plural after them what is counted
    paired = re.match(r"^\s+(?P<a>[a-z]{3,})\s+and\s+(?P<b>[a-z]{3,})\s+(?P<what>[a-z]{3,})\b", rest)
    if (
        paired is not None
        and _plural(paired["what"])
        and not any(_plural(paired[w]) or paired[w] in _STOP or _word_number(paired[w]) for w in ("a", "b"))
    ):
        return f"{paired['a']} and {paired['b']} {paired['what']}"
    # "100 or more employees", "60 or older": the bound, then what is counted
    rest = re.sub(r"^\s+or\s+(?:more|fewer|less|so|over|older|younger)\b", "", rest)
    words: list[str] = []
    for raw in rest.split()[:7]:
        word = raw.strip('“”"')
        bare = word.rstrip(",.;:)”")
        bare = re.sub(r"(?<=s)['’]$", "", bare)  # "five minutes' walk": the time a place is away
        # ("2.4 million K7X2 vaccine doses": a code in capitals and digits describes what is counted)
        coded = bool(re.fullmatch(r"[A-Z][A-Z\d-]*\d[A-Z\d]*", bare)) and bare == word and not words
        # ("14,120 km2 were cut", "300 m³ of water": a unit of area or volume, its power in a digit)
        coded = coded or (bool(re.fullmatch(r"(?:[kcdm]?m|ft|mi)[23²³]", bare)) and not words)
        if (
            not bare
            or bare.lower() in _STOP
            or (any(c.isdigit() for c in bare) and not coded)
            or bare[:1] in "($-–"
        ):
            break
        words.append(bare)
        if _plural(bare) or bare != word.rstrip('”"'):
            break
    return " ".join(words)


def counts_before(before: str) -> str:
    """What a number counts when the words before it say: "the death toll rose to", "killed"."""
    before = before.rstrip(' “"' + _SYMBOLS)
    collective = _COLLECTIVE_BEFORE.search(before)
    if collective:
        return f"{collective['what']} members"  # "a group of seven who were caught"
    for pattern in (_NUMBERED, _TO_BE, _STATED_BEFORE, _TOLL_BEFORE, _AGED):
        match = pattern.search(before)
        if match:
            return match.group("what")
    casualty = _CASUALTY.search(before)
    if casualty:
        verb = casualty["verb"]
        return "people " + (verb if verb.endswith("ed") or verb == "hurt" else verb[:-3] + "ed")
    noun = _NOUN_BEFORE.search(before)
    return " ".join(noun["what"].split()[-3:]) if noun else ""


def _tallies(sentence: str) -> Iterator[tuple[Figure, tuple[int, int]]]:
    scores = not _TALLY_WORDS.search(sentence) and bool(_SCORE_WORDS.search(sentence))
    # "approved the measure 7 to 2": a tally with "to" after a vote's verb, whatever else it says
    tallied = not scores and bool(_TALLY_WITH_TO.search(sentence))
    if not _TALLY_WORDS.search(sentence) and not scores and not tallied:
        return
    for match in _TALLY_WITH_TO.finditer(sentence):
        if match["won"] and not _TALLY_WORDS.search(sentence):
            continue
        side = match["against"]
        against = int(side) if side.isdigit() else _word_number(side.lower())
        if against is not None and int(match["for"]) > against:
            evidence = clause(sentence, match.start("for"), match.end())
            span = (match.start("for"), match.end())
            yield Figure(int(match["for"]), "exact", "votes for", evidence), span
            yield Figure(against, "exact", "votes against", evidence), span
    for match in _TALLY_IN_WORDS.finditer(sentence):
        # "the final vote was six to one"
        votes = _word_number(match["for"].lower()), _word_number(match["against"].lower())
        if votes[0] is not None and votes[1] is not None and votes[0] > votes[1]:
            evidence = clause(sentence, *match.span())
            yield Figure(votes[0], "exact", "votes for", evidence), match.span()
            yield Figure(votes[1], "exact", "votes against", evidence), match.span()
    for match in _TALLY.finditer(sentence):
        if re.match(r"^\s*(?:percent|%|per cent|year|day|hour)", sentence[match.end() :]):
            continue
        evidence = clause(sentence, *match.span())
        sides = ("score of one side", "score of the other side") if scores else ("votes for", "votes against")
        pair = f"{int(match['for'])}-{int(match['against'])}"
        named = _SIDE_BEFORE.search(sentence[: match.start()]) if scores else None
        side = named["side"] if named else None
        yield Figure(int(match["for"]), "exact", sides[0], evidence, score=pair, side=side), match.span()
        yield Figure(int(match["against"]), "exact", sides[1], evidence, score=pair, side=side), match.span()


# A count written in a year's four digits, opening what is said, before the plural it counts: "(He
# said) that 1960 nurses are on duty", "1980 polling stations will open", "that 1920 teams, 300 ...
# are out" (not "the 2019 floods").
_COUNT_IN_YEARS_DIGITS = re.compile(
    r"(?:^|\bthat\s)\s*(?P<count>(?:19|20)\d{2})(?=\s+(?:[a-z]+\s+)?(?!years\b)[a-z]{3,}s(?:\s*,|\s+(?:are|were|will|have|had)\b))"
)


# A count in a year's four digits after a hedge, before "more" or "fewer": "nearly 3000 more than
# last year", "some 1500 fewer" (a year takes no hedge)
_MORE_IN_YEARS_DIGITS = re.compile(
    r"\b(?:nearly|almost|about|around|some|roughly|approximately|another|an\s+extra)\s+"
    r"(?P<count>(?:19|20)\d{2})(?=\s+(?:more|fewer|less|extra|additional)\b)"
)


def find_numbers(sentence: str, earlier: str = "") -> Iterator[Figure]:
    """Each figure ``sentence`` states; dates, years, times and numbers in names are skipped.
    ``earlier`` is what the last figure of the sentence before counted, for a ranking's figure that
    leaves it unsaid ("... who have 29 members. Forward is the second largest on 10")."""
    # ("that 1960 nurses are on duty": a count in a year's digits, not a year)
    year_counts = {m.span("count") for m in _COUNT_IN_YEARS_DIGITS.finditer(sentence)}
    year_counts |= {m.span("count") for m in _MORE_IN_YEARS_DIGITS.finditer(sentence)}
    taken = [m.span() for m in _DATE.finditer(sentence) if m.span() not in year_counts]
    taken += listed_day_spans(sentence)  # "on May 4, 9 and 21": the days of a month, no counts
    taken += [m.span() for m in _TIME.finditer(sentence)]
    taken += [m.span() for m in _PHONE.finditer(sentence)]
    taken += [m.span() for m in _ADDRESS.finditer(sentence)]
    taken += [m.span() for m in _SPELLED_OUT.finditer(sentence)]
    for entry in score_line(sentence):
        # "Ana Ruiz 88, Li Wen 41, ...": each name's score; "Norland 212 (...)": a side's total
        taken.append(entry.span)
        if entry.value is not None:
            counts = f"{'total' if entry.total else 'score'} of {entry.name}"
            yield Figure(entry.value, "exact", counts, clause(sentence, *entry.span))
    for entry in scores_for_lost(sentence):
        # "Norland on 52 for two": what a side made, for the number it lost
        taken.append(entry.span)
        counts = f"score of {entry.name}" if entry.name else "score"
        if entry.value is not None:
            yield Figure(entry.value, "exact", counts, clause(sentence, *entry.span))
    for ordinal in find_ordinal_figures(sentence):
        taken.append(ordinal.span)
        evidence = clause(sentence, *ordinal.span)
        yield Figure(ordinal.value, "exact", ordinal.counts, evidence, derivation=ordinal.derivation)
    for figure, span in _tallies(sentence):
        taken.append(span)
        yield figure
    for match in _AGE_IN_BRACKETS.finditer(sentence):
        last = match[0].split("(")[0].split()[-1].lower()
        if last in _NOT_A_PERSONS_NAME or last in ORG_WORDS:
            continue  # "Quay Street (40) and ...", "Harbour Board (3)": a place's or a body's number
        if int(match["age"]) < 120 and not any(a <= match.start("age") < b for a, b in taken):
            taken.append(match.span("age"))
            yield Figure(int(match["age"]), "exact", "years of age", clause(sentence, *match.span()))
    for match in _HALF.finditer(sentence):
        taken.append(match.span())
        unit = match["unit"] or ""
        counts = " ".join(filter(None, [unit, counts_after(sentence[match.end() :])]))
        if counts:
            value = _SCALES[match["scale"].lower()] // 2
            derivation = f"The article writes {match[0]!r}: half of a {match['scale'].lower()}, {value:,}."
            yield Figure(value, "exact", counts, clause(sentence, *match.span()), derivation=derivation)
    for match in _AND_A_HALF.finditer(sentence):
        whole = match["whole"].lower()
        ones = 1 if whole in {"a", "an"} else int(whole) if whole.isdigit() else _word_number(whole)
        counts = counts_after(sentence[match.end() :])
        if ones is None or not counts or any(a <= match.start() < b for a, b in taken):
            continue
        scale = (match["scale"] or match["scale_after"]).lower()
        taken.append(match.span())
        value = int((ones + 0.5) * _SCALES[scale])
        derivation = f"The article writes {match[0]!r}: {ones} and a half {scale}, {value:,}."
        yield Figure(value, "exact", counts, clause(sentence, *match.span()), derivation=derivation)
    for half in find_halves(sentence):
        # "5 and half weeks": the whole and the half one figure, no "5" alone; "two and a half
        # million" is read above, as a count
        if any(a <= half.span[0] < b for a, b in taken):
            continue
        taken.append(half.span)
        counts = " ".join(filter(None, [half.unit, counts_after(sentence[half.span[1] :])]))
        yield Figure(half.value, "exact", counts, clause(sentence, *half.span), derivation=half.derivation)
    for match in _WORD_SUBJECT.finditer(sentence):
        # "All the goats were counted, and two were found lame": the number word stands for what the
        # sentence counted before it
        nouns = re.findall(
            r"\b(?:the|all|of\s+the|these|those)\s+(?:[a-z]+\s+)?([a-z]{3,}s)\b", sentence[: match.start()]
        )
        subject = _word_number(match["number"].lower())
        if nouns and subject is not None and not any(a <= match.start("number") < b for a, b in taken):
            taken.append(match.span("number"))
            yield Figure(subject, "exact", nouns[-1], clause(sentence, *match.span("number")))
    for match in _RANKED_ON.finditer(sentence):
        if earlier and _plural(earlier.split()[-1]) and not re.search(r"\d", sentence[: match.start()]):
            taken.append(match.span("number"))
            yield Figure(int(match["number"]), "exact", earlier, clause(sentence, *match.span()))
    for match in _WHOLE_OUT_OF.finditer(sentence):
        written = match["whole"]
        whole_value = _value(written, None) if written[0].isdigit() else _word_number(written.lower())
        if whole_value is not None and not any(a <= match.start("whole") < b for a, b in taken):
            taken.append(match.span("whole"))
            yield Figure(whole_value, "exact", match["what"], clause(sentence, *match.span("whole")))
    previous: Figure | None = None
    for match in _numbers(sentence, taken):
        start = match.start("number")
        if any(a <= start < b for a, b in taken):
            continue
        found = _figure(sentence, match, previous, earlier)
        if found is None:
            continue
        short = _glued_scale(sentence, match)
        after = match.end() + (short.end() if short else 0)
        ranged = _RANGE.match(sentence[after:])
        if found.upper is not None and ranged is not None:
            end = after + ranged.end()
            glued = _GLUED_UPPER_SCALE.match(sentence, end) if short else None
            taken.append((match.end(), glued.end() if glued else end))
        previous = found
        yield found


def _numbers(sentence: str, taken: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """Each number of the sentence, as `_NUMBER` finds them; where thousands set off by a space
    would start inside a date ("May 5 100 people"), the date's day is left and the next read alone."""
    position = 0
    while (match := _NUMBER.search(sentence, position)) is not None:
        start = match.start("number")
        if ", " in match["number"] and _NO_COUNT_BEFORE.search(sentence[:start]):
            match = _NUMBER_UNSPACED.search(sentence, position)  # "May 5, 500 people": two numbers
            if match is None:
                break
            start = match.start("number")
        first = re.match(r"\d+(?=[ \u00a0\u202f\u2009]\d)", match["number"])
        if first is not None and any(a <= start < b for a, b in taken):
            position = start + first.end()
            continue
        yield match
        position = match.end()


def _figure(sentence: str, match: re.Match[str], previous: Figure | None, earlier: str = "") -> Figure | None:
    start, end = match.span("number")
    number, scale, hedge = match.group("number"), match.group("scale"), match.group("hedge")
    short = _glued_scale(sentence, match)
    scale = _SHORT_SCALES[short[1].lower()] if short else scale
    if hedge and hedge.lower() in {"over", "past"} and _PHRASAL.search(sentence[: match.start("hedge")]):
        hedge = None  # "handed over 3,850": a phrasal verb, not a hedge
    before = sentence[: match.start()].rstrip(' “"' + _SYMBOLS)
    if re.search(r"\b[A-Z]{1,3}\$\s?$", sentence[: match.start()]):
        before = before.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ").rstrip()  # "US$5", "NZ$40": a dollar's country
    code = _CURRENCY_CODE.search(before)
    if code and code["code"] == "euro" and not sentence[:start].endswith("euro"):
        code = None  # "the euro 10 years ago": the currency named, no price glued to it
    before = before[: code.start()].rstrip() if code else before  # "Rs 4,500 crore", "RM2,000": a currency
    coded = None if code else _LOCAL_CODE.search(sentence[:start])
    lettered = _local_code(sentence, match) if coded else None
    if lettered:
        before = sentence[: coded.start("code")].rstrip()  # type: ignore[union-attr]  # "JD0.40": dinars
    else:
        lettered = None if code else _letter_currency(sentence, match)
        before = before[:-1].rstrip() if lettered else before  # "raised by P18": pesos
    if (
        not code
        and not lettered
        and re.search(r"[A-Za-z]$", sentence[:start])
        and not _GLUED_SMALL_WORD.search(sentence[:start])
    ):
        return None  # "a Kessel K220", "the G20", "an N95 mask": a code glued to its letters, no figure
    if number.lower() == "two" and _BETWEEN_THE.search(before) and re.match(r"^\s+[a-z]+s\b", sentence[end:]):
        return None  # "flights between the two towns": the towns named before, no figure
    previous_word = before.split()[-1] if before.split() and not hedge else ""
    if not short and _not_a_figure(sentence, match, previous_word if not hedge and before else ""):
        return None
    rest = sentence[match.end() + (short.end() if short else 0) :]
    slashed_price = _PER_SLASHED.match(rest)
    if slashed_price is not None and (code or lettered or _sign_before(sentence, start) in _CURRENCIES):
        unit = _slashed_unit(slashed_price["unit"]).removesuffix("s")
        rest = f" per {unit}{rest[slashed_price.end() :]}"  # "P35/kg": pesos per kilogram
    slashed = _SLASHED_UNIT.match(rest) if short else None
    if slashed is not None:
        rest = " " + _slashed_unit(slashed["unit"]) + rest[slashed.end() :]  # "3.5m/kg": kilograms
    mixed = _MIXED.match(rest) if number.isdigit() and not short else None
    rest = rest[mixed.end() :] if mixed else rest
    if any(sentence[m.end() : match.start()].strip() == "(" for m in _SPELLED_OUT.finditer(sentence)):
        rest = re.sub(r"^\)", "", rest)  # "(12,306) fans": the figures of the words before
    listed = previous is not None and bool(_LISTED.search(before))
    single = number.lower() == "one" and bool(_ONE_PERSON.match(rest)) and not _NONE_BEFORE.search(before)
    if single and (
        re.search(r"\b(?:said|says|added|adds|told|explained|according\s+to)\s*$", before)
        or re.match(r"\s+\w+\s*,?\s+(?:said|says|added|told|explained|who\s+asked)\b", rest)
    ):
        return None  # "..., said one resident", "One worker told us ...": who speaks, no one counted
    fate = None
    one_unit = (
        number.lower() == "one"
        and bool(
            _ONE_UNIT.match(rest)
            or _ONE_OUTCOME.match(rest)
            # (not "gave four books to one of the pupils": one of a whole)
            or (_ONE_BESIDE_A_FIGURE_BEFORE.search(before) and not re.match(r"\s+of\b", rest))
            or _ONE_BESIDE_A_FIGURE_AFTER.match(rest)
            or (_ONE_MORE_BEFORE.search(before) and _ONE_MORE_AFTER.match(rest))
        )
        and not _NONE_BEFORE.search(before)
    )
    # "One of the three survivors was released": one of a counted whole
    # ("one of six sherpas" says what one is, and counts nothing)
    one_of = number.lower() == "one" and bool(
        (part := _SUBSET.match(rest)) and part["whole"] and re.match(r"^\s+of\s+(?:the|these|those)\s", rest)
    )
    number, rest, joined = _joined_unit(number, rest)
    # "a six hour wait", "a two day course": a number in words and its unit in the singular before a
    # noun, a span its hyphen left out of
    joined = joined or bool(
        not number[0].isdigit()
        and number.lower() not in {"one", "a"}
        and re.match(
            r"^\s+(?:minute|hour|day|week|month|year|mile|metre|meter)\s+(?!of\b|and\b|or\b|in\b)[a-z]{3,}",
            rest,
        )
    )
    value = (
        _value(number, scale)
        if number[0].isdigit()
        else _word_value(number, scale, listed or single or one_unit or one_of)
    )
    if value is None:
        return None
    if mixed is not None and int(mixed["under"]) > int(mixed["over"]) > 0:
        value = round(value + int(mixed["over"]) / int(mixed["under"]), 2)  # "2-1/2": 2.5
    upper = None
    ranged = _RANGE.match(rest)
    if (
        ranged
        and not re.search(r"\bfrom\s*$", before)
        and (ranged[0].lstrip()[:3] != "and" or "between" in before[-12:].lower())
    ):
        upper = (
            _value(ranged["upper"], ranged["scale"] or scale)
            if ranged["upper"][0].isdigit()
            else _word_value(ranged["upper"], ranged["scale"] or scale, False)
        )
        if not scale and ranged["scale"] and number[0].isdigit():
            value = _value(number, ranged["scale"])  # "$35 to $54 million": the scale of both ends
        rest = rest[ranged.end() :]
        # "£200m to £250m a year": the upper end's own glued scale, the same as the lower end's, is no
        # word of what the range counts
        glued = _GLUED_UPPER_SCALE.match(rest) if short and not ranged["scale"] else None
        rest = rest[glued.end() :] if glued else rest
    whole = None
    subset = _SUBSET.match(rest)
    if subset:
        whole = (
            None
            if not subset["whole"]
            else _value(subset["whole"], None)
            if subset["whole"][0].isdigit()
            else _word_value(subset["whole"], None, False)
        )
        rest = rest[subset.end() :]
    rate = _RATE.match(rest)
    per = rate["per"] if rate else None
    rest = rest[rate.end() :] if rate else rest
    counts, from_verb = _counts_of(number, previous_word, sentence[end:], rest), False
    if not counts and number.isdigit() and int(number) < 120 and _AGED_SET_OFF.search(before):
        counts = "years of age"  # "Ana Ruiz, aged 59, said": an age set off after the one it is of
    if not counts:
        currency = (
            _CODES[code["code"].rstrip(".")]
            if code
            else lettered or _CURRENCIES.get(_sign_before(sentence, start))
        )
        if currency is None and _MISTYPED_SIGN.match(sentence[start - 1 :]):
            currency = "money"  # "@2.5m": a sum, its currency's sign mistyped
        counts, from_verb = _what_it_counts(rest, before, previous, currency, number)
    if per and (counts.casefold() == per or _RATE.fullmatch(counts)):
        # "from $9 per month to $9.50 per month": the rate's period again before "to", which counts
        # nothing: the end of a change counts what its start counts, else a sum its currency
        counts = (previous.counts if previous else "") or _CURRENCIES.get(_sign_before(sentence, start)) or ""
    if code and _CODES[code["code"].rstrip(".")] not in counts:
        counts = f"{counts} {_CODES[code['code'].rstrip('.')]}".strip()  # "Rs 4,500 crore": crore rupees
    if lettered and lettered not in counts:
        counts = f"{counts} {lettered}".strip()  # "a P3.7-billion cost": pesos
    if single:
        counts = _ONE_PERSON.match(rest)["who"]  # type: ignore[index]  # "One person died": a person
        befell = _BEFELL.match(rest[_ONE_PERSON.match(rest).end() :])  # type: ignore[union-attr]
        if befell is not None:
            # "one person was injured", then "One person was pronounced dead": two people
            fate = " ".join(filter(None, [befell["what"], befell["state"]]))
    grouped = earlier and _plural(earlier.split()[-1]) and _IN_A_GROUP.match(rest)
    if not counts and previous is None and grouped:
        counts = earlier  # "... 900 pupils. In towns, 412 are in year one": the sentence before's noun
    # ("..., 30 in Tarnby and 12 in Solvik": the list's last item after "and" with no comma)
    last_item = previous is not None and bool(re.search(r"\w\s+(?:and|or)\s*$", before))
    first_of_two = _ONE_BESIDE_A_FIGURE_AFTER.match(rest) if number.lower() == "one" else None
    if not counts and first_of_two is not None:
        counts = first_of_two["what"]  # "won one and kept three seats": seats, as the figure after it
    one_more = _ONE_MORE_BEFORE.search(before) if number.lower() == "one" else None
    if one_more is not None and _ONE_MORE_AFTER.match(rest):
        counts = one_more["what"]  # "five drivers ..., while one tested positive": one more driver
    if not counts and (listed or last_item) and previous is not None and _ELSEWHERE.match(rest):
        counts = previous.counts  # "two cases in Tarnby, three in Solvik": the count of the first
    if (
        not counts
        and previous is not None
        and _BRACKETED_BEFORE.search(before)
        and rest.lstrip().startswith(")")
    ):
        counts = previous.counts  # "to 900 members (from 700)": the same count as it stood before
    if not counts and previous is not None and _RUNNER_UP.search(before) and _CLAUSE_END.match(rest):
        counts = previous.counts  # "Orla led with 12 goals, followed by Tarns at 9": goals again
    gapped = None if counts or previous is None else _GAPPED.search(before)
    if gapped is not None and (_CLAUSE_END.match(rest) or re.match(r"^\s+and\s+[A-Z]", rest)):
        counts = previous.counts  # type: ignore[union-attr]  # "Ruiz owns six of the plots, Wen three"
    else:
        gapped = None
    if (
        not counts
        and (tail := re.search(r"\b(?P<what>[a-z]{3,}s),\s*$", before))
        and re.match(r"^\s+in\s+(?:total|all)\b", rest)
    ):
        counts = tail["what"]  # "many new pupils, thirty four in total": the plural before the comma
    if (
        _AGE_BOUND.search(sentence[:start])
        and not (counts and _plural(counts.split()[-1]))
        and not re.match(rf"^\s+(?:{_MEASURES})\b", rest)
        and not re.match(r"^[A-Za-z]", sentence[end:])
        and value < 120
    ):
        counts = "years of age"  # "tickets for children under six stay free": an age, its unit unsaid
    # "the number of rangers has fallen from six down to three", "grew from five to 10 men": a number in
    # words that starts a change, what its end counts (or the number's noun before it)
    change = _CHANGE_END.match(rest) if previous_word.lower() == "from" and not number[0].isdigit() else None
    changed_from = change is not None and (
        change["end"][0].isdigit() or _word_number(change["end"]) is not None
    )
    if changed_from and change is not None:
        number_of = re.search(r"\bnumber\s+of\s+(?:[a-z]+\s+){0,2}?(?P<what>[a-z]{3,}s)\b", before)
        counts = counts_after(rest[change.end() :]) or (number_of["what"] if number_of else counts)
    if not number[0].isdigit() and not (
        counts
        and (
            counts == "years of age"
            or _plural(counts.split()[-1])
            or subset
            or from_verb
            or listed
            or single
            or one_unit
            or joined
            or counts == "percent"
            # "Twelve thousand euro in grants": a currency whose plural is its singular
            or counts.split()[0].lower() in _SAME_IN_THE_PLURAL
            or previous_word.lower() in {"to", "at"}
            or changed_from
            # "six to 10 mph": the lower end of a range whose upper end is written in digits
            or (ranged is not None and upper is not None and ranged["upper"][0].isdigit())
        )
    ):
        return None  # "two-thirds", "a one-off": a word number counts only a plural noun
    if not counts:
        return None
    if per is None and counts and counts in rest:
        # "2,500 quakes a year": the rate after what is counted.
        after = _RATE.match(rest[rest.find(counts) + len(counts) :])
        per = after["per"] if after else None
    phrase_start = match.start("hedge") if hedge else start
    if gapped is not None:
        phrase_start = gapped.start("name")  # "Wen three": the name the figure is of, with it
    counted_end = sentence.find(counts, match.end()) if counts in sentence[match.end() :] else -1
    evidence = clause(sentence, phrase_start, counted_end + len(counts) if counted_end >= 0 else match.end())
    comma = re.fullmatch(r"\d{1,3},\d{1,2}", match.group("number"))
    derivation = (
        f"The article writes {match.group('number')!r} with a decimal comma: {value}." if comma else None
    )
    qualifier = _HEDGES[hedge.lower()] if hedge else "exact"
    return Figure(value, qualifier, counts, evidence, upper, per, whole, derivation, fate=fate)


# A ranking by size and its figure, what it counts unsaid: "Forward is the second largest on 10",
# "the biggest group on 12 and ...".
# "two buses out of nine running", "only 4 stalls out of 12 open": the whole the part is of,
# counting what the part counts, its noun not written again (not "out of 10 voters", its own noun;
# not "out of 10" as a mark, its noun after it read as the part's)
_WHOLE_OUT_OF = re.compile(
    r"\b(?P<part>\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<what>[a-z]{3,}s)\s+out\s+of\s+(?:the\s+)?"
    r"(?P<whole>\d{1,3}(?:,\d{3})*|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
    r"|forty|fifty|hundred)\b(?![\d,.%])(?!\s+(?:per\s*cent|percent|[a-z]+s)\b)",
    re.IGNORECASE,
)
_RANKED_ON = re.compile(
    r"\bthe\s+(?:(?:second|third|fourth|fifth|next)\s+)?(?:largest|biggest)(?:\s+[a-z]+)?\s+on\s+"
    r"(?P<number>\d{1,4})\b(?=\s*(?:[.,;]|and\b|$))"
)
# People named by their age's bound, the figure after it: "children under six", "those aged over 65",
# "pupils younger than 12".
_AGE_BOUND = re.compile(
    r"\b(?:children|kids|pupils|students|people|adults|babies|infants|toddlers|teenagers|teens|youngsters"
    r"|boys|girls|men|women|residents|patients|passengers|visitors|those|anyone|seniors|pensioners)"
    r"\s+(?:(?:aged|age)\s+)?(?:under|over|below|above|older\s+than|younger\s+than)\s*$",
    re.IGNORECASE,
)
# A verb of getting right before a figure: "..., who polled 365", "Bo Lund managed 89".
# The subject's next verb after "and", which ends the clause of a figure as a stop would: "the party
# won 61 and was leading in towns", "won 61 and lost 20" (not "won 61 and 20 more", "61 and counting")
_NEXT_PREDICATE = re.compile(
    r"^\s+and\s+(?:also\s+)?(?:was|were|is|are|has|had|have|[a-z]+ed|led|lost|took)\b"
)
_GOT_BEFORE = re.compile(
    r"\b(?:polled|managed|gained|garnered|got|received|secured|collected|attracted|earned|scored|won"
    # "the market had nine empty stalls and now has only five": what is held now, against before
    r"|have|has|had)(?:\s+(?:only|just))?\s*$"
)


def _got_again(before: str, rest: str, previous: Figure | None) -> str:
    """What a figure after a verb of getting counts when its clause ends with it ("Ana Ruiz polled
    1,255 votes and Bo Lund, who polled 365"): the plural noun the figure before it counted."""
    if (
        previous is None
        or not previous.counts
        or not (_CLAUSE_END.match(rest) or _NEXT_PREDICATE.match(rest))
    ):
        return ""
    if not _GOT_BEFORE.search(before):
        return ""
    return previous.counts if _plural(previous.counts.split()[-1]) else ""


# "flights between the two towns": the two the text has just named, not a count.
_BETWEEN_THE = re.compile(r"\bbetween\s+the\s*$", re.IGNORECASE)


def _joined_unit(number: str, rest: str) -> tuple[str, str, bool]:
    """ "seven-month": the number ("seven") and its unit put back before the rest ("-month ...");
    not "sixty-eight" (one number), "two-thirds" (a fraction) or "one-off"."""
    joined = _JOINED_UNIT.match(number.lower()) if not number[0].isdigit() else None
    if (
        joined is None
        or _word_number(number.lower()) is not None
        or joined["unit"] in _NOT_UNITS
        or joined["number"] == "one"
        or _word_number(joined["number"]) is None
    ):
        return number, rest, False
    return joined["number"], "-" + joined["unit"] + rest, True


def _slashed_unit(unit: str) -> str:
    """The unit's name, written after a slash in short ("kg", "kms") or in full ("tonnes")."""
    return GLUED_UNITS.get(unit, GLUED_UNITS.get(unit.removesuffix("s"), unit))


def _sign_before(sentence: str, start: int) -> str:
    """The character before a number, past one space a pasted page may leave after a currency's sign
    ("worth$ 1.2bn", "$ 40")."""
    return (
        sentence[start - 2 : start - 1] if sentence[start - 1 : start] == " " else sentence[start - 1 : start]
    )


def _glued_scale(sentence: str, match: re.Match[str]) -> re.Match[str] | None:
    """A scale glued to the number: "£2bn", "$1.5m", "3tn" (m and k only after a currency)."""
    start, end = match.span("number")
    # ("£3million", "$2.5billion": the scale's whole word glued on, as some papers write it)
    short = re.match(r"(million|billion|trillion|bn|tn|mn|m|k)(?![A-Za-z])", sentence[end:], re.IGNORECASE)
    if short is None or not match.group("number")[0].isdigit() or match.group("scale"):
        return None
    # ("@2.5m": a currency's sign mistyped as the one beside it on the keyboard, a sum all the same)
    priced = _sign_before(sentence, start) in _CURRENCIES or bool(_MISTYPED_SIGN.match(sentence[start - 1 :]))
    priced = priced or _letter_currency(sentence, match) is not None  # "N412m": naira, a letter's
    # "60m Kenyan shillings", "5m euros": a currency named after the figure
    named = re.match(
        r"\s+(?:[A-Z][a-z]+\s+)?(?:pounds|dollars|euros|rupees|yen|yuan|francs|pesos|rand|naira|shillings"
        r"|dinars|dirhams|riyals|rubles|roubles|lira|won|baht|ringgit)\b",
        sentence[end + short.end() :],
    )
    slashed = _SLASHED_UNIT.match(sentence[end + short.end() :])
    # "3.5m/kg": a known unit after the slash (not "5m/s", a speed)
    measured = slashed is not None and short[1] == "m" and _slashed_unit(slashed["unit"]) in _SLASHED_UNITS
    whole = short[1].lower() in {"bn", "tn", "mn", "million", "billion", "trillion"}
    # "3.1m tonnes of grain", "1.2m visitors": a glued "m" before what it counts, which no length in
    # metres counts (not "2m waves", "the 400m hurdles")
    counted = short[1] == "m" and _COUNTED_IN_MILLIONS.match(sentence[end + short.end() :]) is not None
    return short if whole or priced or named or measured or counted else None


# What a number with a glued "m" counts in millions (a length in metres never counts it).
_COUNTED_IN_MILLIONS = re.compile(
    r"\s+(?:tonnes|tons|barrels|litres|liters|gallons|people|visitors|passengers|customers|users|viewers"
    r"|voters|votes|households|homes|jobs|shares|doses|tourists|subscribers|vehicles|cars|trees|residents"
    # ("1.3m patients", "2.4m pupils": people counted by what they are to a service or a body)
    r"|patients|pupils|students|children|adults|workers|employees|members|families|pensioners|migrants"
    r"|refugees|citizens|travellers|travelers|readers|listeners|followers|fans|downloads|tickets|copies)\b"
)


def _word_value(number: str, scale: str | None, counted_one: bool) -> int | None:
    """A number in words; "one" only in a list of figures ("two in Tarnby, and one in Brenvik"),
    before a person ("One person died") or a scale ("one million dollars"), never "no" or "zero"."""
    word_value = _word_number(number.lower())
    # "outgoing ones were grounded": "ones" stands for a noun, it counts nothing
    alone = {"zero", "no", "ones"} | _SCALE_WORDS | (set() if counted_one or scale else {"one"})
    if word_value is None or number.lower() in alone:
        return None
    return word_value * _SCALES[scale.lower()] if scale else word_value


# The rest of a name a capitalised number word opens, up to its head ("Mile School District").
_NAME_AFTER_NUMBER_WORD = re.compile(r"^\s+(?:[A-Z][\w’'-]*\s+){0,3}(?P<head>[A-Z][\w’'-]*)\b")
_NAME_HEADS = set().union(*ORG_WORDS.values())


def _not_a_figure(sentence: str, match: re.Match[str], previous_word: str) -> bool:
    """A number that is part of a name, of another number, a fraction, an ordinal or a word."""
    start, end = match.span("number")
    number, after = match.group("number"), sentence[end:]
    if number.isdigit() and _MIXED.match(after) and not re.search(r"[/\d][- ]?$", sentence[:start]):
        return False  # "2-1/2 years": a whole number and its fraction
    named = _NAME_AFTER_NUMBER_WORD.match(after)
    inside = previous_word.islower() or previous_word == "The"
    if number[:1].isupper() and named and named["head"].lower() in _NAME_HEADS and inside:
        return True  # "the Six Willow School District", "famed Twelve Pines Vineyard": a name's first word
    if number[:1].isupper() and re.match(r"^\s+[A-Z][\w-]*[’']s\b", after):
        return True  # "Six Willow's school board": a name's first word, before the name's owner "'s"
    measured = re.match(rf"^\s+(?:{_MEASURES})\b", after)
    function_word = previous_word.lower() in _OPENING_WORDS  # "Between 300 and 400 people"
    # "It's $4 more than ...": a pronoun and its verb, never a name's word
    function_word = function_word or bool(re.fullmatch(r"(?:It|That|There|This|Here)[’']s", previous_word))
    # "the Harbour Board’s ten-day deadline", "Acme's 40 stores": a name's owner, not its number
    owner = bool(re.search(r"[’']s$", previous_word))
    # "must pay Kessel Freight Co. $412,730": a sum after a name, its currency's sign between them
    priced_after_name = bool(re.search(r"[$€£¥₹]\s?$", sentence[:start]))
    if (
        previous_word[:1].isupper()
        and not owner
        and not priced_after_name
        and not previous_word.endswith((",", ";"))  # "outside Orla Inn; two stalls ...": a list's next item
        and previous_word not in NOT_NAMES
        and not function_word
        # "..., Wen three and Lund, two": a gapped list's figure in words, which no name ends with
        and not (number[:1].islower() and _GAPPED.search(sentence[:start].rstrip()))
    ):
        return not measured  # part of a name: "Operation 4417", "Flight 17"; not "Observatory 450 miles"
    # ("7,000-8,000 tonnes": both ends written with thousands' commas, before what they count in
    # the plural; not "the 2,000-3,000 rule", a rule's name)
    joined = re.match(r"^[-–](\d+)(?:\s+[a-z]|\s*(?:%|percent\b|per\s+cent\b))", after) or re.match(
        r"^[-–](\d{1,3}(?:,\d{3})+)(?=\s+[a-z]+s\b)", after
    )
    if (
        joined
        and re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", number)
        and ("," in number) == ("," in joined[1])
        and int(number.replace(",", "")) < int(joined[1].replace(",", ""))
        and not re.search(r"\d[-–]$", sentence[:start])
    ):
        return False  # "400-500 yards", "70-80%": a range, its lower end
    # "KD1,200-1,500", "SEK2.10-2.60", "US$3.10-3.40 (...)": a range after a currency, both ends
    # figures; "5-5.5 million tons": a range whose upper end has decimals, before its scale
    upper = re.match(r"^[-–](\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,.-]?\d)", after)
    priced = bool(
        re.search(r"(?:[A-Za-z]|[$€£¥₹]|\b[A-Z]{2,4}\s)$", sentence[:start])
        or _CODE_SPACED.search(sentence[:start])
    ) and not re.search(r"\s+[A-Z]", after[upper.end() :][:2] if upper else "")
    scaled = bool(
        upper and re.match(r"^\s+(?:thousand|million|billion|trillion)\s+[a-z]", after[upper.end() :])
    )
    if (
        upper
        and number[0].isdigit()
        and (priced or scaled)
        and not re.search(r"\d[-–]$", sentence[:start])
        and _value(number, None) < _value(upper[1], None)
    ):
        return False
    if re.match(r"^[.,]?\d", after) or re.match(r"^[-–]\d", after):
        return True
    if not number[0].isdigit() and re.search(r"\w-$", sentence[:start]):
        return True  # "G-Seven", "3-Nine Club": a word of a name joined by a hyphen
    if re.search(r"\b(?:19|20)\d{2}[-–/]$", sentence[:start]):
        return True  # "the 2015-16 budget": a financial year, not a count
    if not number[0].isdigit():
        return False
    if _PER_SLASHED.match(after) and (
        _sign_before(sentence, start) in _CURRENCIES or _LETTER_CURRENCY.search(sentence[:start])
    ):
        return False  # "$3.89/gallon", "P35/kg": a price of one unit, the slash for "per"
    if sentence[start - 1 : start] == "/" or after[:1] == "/":
        return True  # "a 5 1/2-year high", "24/7": a fraction or a ratio, not a count
    if _METRES.match(after):
        return False  # "80m (262ft)": metres, as the conversion after them says
    glued = re.match(r"^([A-Za-z]+)(?![\w])", after)
    if glued and re.match(r"^(?:percent\b|per\s+cent\b|(?-i:pc)\b)", after, re.IGNORECASE):
        return False  # "12per cent", "40percent", "10pc": a share, its space lost or a paper's style
    if glued and not match.group("scale") and glued[1].lower() not in GLUED_UNITS:
        return True  # "31t", "4x": glued to letters, another word; "1.1C", "32km" are units
    return bool(re.match(r"^(?:st|nd|rd|th)\b", after))  # "the 37th planet": an ordinal


def _counts_of(number: str, previous_word: str, after: str, rest: str) -> str:
    """What a figure counts when its own writing says: an age after a name ("Lee Dunn, 27,"), a unit
    glued to it ("32km"), or the end of a list it begins ("two, three, five percent")."""
    aged = re.match(r"^,\s+(?!and\b|or\b)[a-z]", rest) or (
        # "Bo Ruiz, 54, and Cy Tam, 61,": the first of two ages, set off by commas on both sides
        previous_word.endswith(",") and re.match(r"^,\s+(?:and|or)\s+[A-Z]", rest)
    )
    if previous_word[:1].isupper() and number.isdigit() and aged:
        return "years of age" if int(number) < 120 else ""
    if number[0].isdigit() and _METRES.match(after):
        return "metres"
    glued = re.match(r"^([A-Za-z]+)(?![\w])", after) if number[0].isdigit() else None
    if glued and glued[1].lower() in GLUED_UNITS:
        return GLUED_UNITS[glued[1].lower()]
    # "we'll have done 90,000 (kilometres) by then": the unit a quote leaves out, in the writer's brackets
    bracketed = re.match(r"^\s+\(([a-z]{3,})\)", rest)
    if bracketed and _plural(bracketed[1]) and _word_number(bracketed[1]) is None:
        return bracketed[1]
    later = _LIST_AFTER.match(rest)
    if later and not counts_after(rest):
        return "percent" if later["unit"] else counts_after(later["rest"])
    return ""


# An age a figure gives after the word: "under age 17", "under the age of 12" (not "the Age 3 exhibit").
_AGE_BEFORE = re.compile(
    r"\b(?:under|over|above|below|at|of|from|to)\s+(?:the\s+)?age(?:\s+of)?$", re.IGNORECASE
)
# How many children a parent has: "a mother of seven", "the father of three".
_PARENT_OF = re.compile(r"\b(?:mother|father|parent|grandmother|grandfather|grandparent)\s+of$")


def _what_it_counts(
    rest: str, before: str, previous: Figure | None, currency: str | None, number: str = ""
) -> tuple[str, bool]:
    """What a figure counts, from the words after it, a verb after it ("Eight were pulled"), the
    figure before it ("from $100,000 to $80,000"), the words before it, or its currency; and whether
    a verb said it."""
    if rest.lstrip().startswith(("%", "percent", "per cent", "pc")):
        return "percent", False
    if _AGE_BEFORE.search(before):
        return "years of age", False  # "juveniles under age 17", "under the age of 12"
    if _PARENT_OF.search(before):
        return "children", False  # "a mother of seven"
    rest = re.sub(r"^\s+more(?=\s+(?:were|was|are|had|have)\b)", "", rest)  # "two more were unharmed"
    dimension = _DIMENSION.match(rest)
    if dimension and (measured := counts_after(rest[dimension.end() :])):
        return measured, False  # "a 16-by-12-inch canvas", "2 by 3 feet": the unit of the other side
    if before.endswith("(") and _BRACKETED.search(before) and rest.startswith(")") and len(number) > 1:
        # "Norland gained the most visitors (41,000), followed by Kessel (38,500)": a figure alone in
        # brackets after a name counts what the sentence counted before it
        nouns = [w for w in re.findall(r"\b[a-z]{4,}\b", before) if _plural(w) and w not in _NOT_PLURALS]
        if nouns:
            return nouns[-1], False
    counts = counts_after(rest)
    if (
        previous is not None
        and re.search(r"\brather than(?:\s+the)?\s*$", before)
        and not _plural(counts.split()[-1] if counts else "")
    ):
        return previous.counts, False  # "three crossings rather than the two it ran": crossings again
    if counts:
        return counts, False
    counts = _counts_from_verb(rest)
    another = re.search(r"\b(?:another|a\s+further|an\s+additional)\s*$", before)
    if counts and not (previous is not None and another and counts.split()[1] in _IRREGULAR_PARTICIPLES):
        # ("another 4,312 were sold": more of what the figure before counts, read below)
        return counts, True
    if previous is not None and _FOLLOWS.search(before):
        return previous.counts, False  # "from $100,000 to $80,000", "$300 instead of the proposed $400"
    if previous is not None and another:
        # "20,000 were sold in Norland and another 5,787 in Kessel": more of what the one before counts
        return previous.counts, False
    if (
        previous is not None
        and re.search(r"\b(?:needs?|needed|requires?|required|wants?|wanted|keeps?|kept)\s*$", before)
        and re.match(r"^\s*(?:to\s+[a-z]|[.;]|$)", rest)
    ):
        # "the club, which hired 40 coaches, needs 25 to run every team": more of what the figure
        # before it counts, the noun not written again
        return previous.counts, False
    again = _got_again(before, rest, previous)
    if again:
        return again, False
    level = _LEVEL_AFTER_CHANGE.search(before) if re.match(r"^\s*(?:[.;]|$)", rest) else None
    if level is not None:
        return level["what"], False  # "its population grew by 2.8 million over the year, to 311.6 million"
    relative = _NOUN_OF_WHICH.search(before) if re.match(r"^\s+of\s+(?:which|whom)\b", rest) else None
    relative = relative or _NOUN_WHICH_WAS.search(before)
    if relative is not None and _plural(relative["noun"]):
        # "its works, some 15 to 20 of which are on loan", "the record of nests, which was 322":
        # the plural noun the relative clause is about
        return relative["noun"], False
    superlative = _SUPERLATIVE_AT.search(before) if _CLAUSE_END.match(rest) else None
    if superlative is not None:
        # "Kessel has the largest fleet in the region at 240.": what the superlative measures
        return superlative["what"], False
    counts = counts_before(before)
    if not counts and currency:
        after = counts_after(re.sub(r"^\s*(?:to|for|in|on)\s+(?:the\s+)?", " ", rest))
        counts = " ".join([currency, *after.split()[:3]])
    return counts, False


# Two sides of a measure: "16-by-12-inch", "2 by 3 feet", "3 x 5 metre" (the second's unit is both's;
# not "by 2030", a year).
_DIMENSION = re.compile(r"^(?:-by-|\s+by\s+|\s*[x×]\s*)(?!(?:19|20)\d\d\b)\d+(?:\.\d+)?(?=-[a-z]|\s+[a-z])")
# A bracket that holds a figure alone, after a word or another figure: "Kessel (38,500)", "2011 (529,000)"
# (never a list's "(1)", its number below 10, nor one opening a sentence or after a colon).
_BRACKETED = re.compile(r"(?:\b[A-Za-z][\w’'.-]*|\d)\s*\($")
# Words ending in "s" that count nothing: what a bracketed figure never counts.
_NOT_PLURALS = {"always", "perhaps", "towards", "besides", "sometimes", "whereas", "afterwards", "across"}
_NOT_PLURALS |= {"this", "thus", "does", "goes", "less", "unless", "previous", "various", "famous", "serious"}
# A level reached after a change, with nothing after it: "its population increase by 2.8 million over
# the period, to 311.6 million", "the fleet grew by 40 last year, to 900".
_LEVEL_AFTER_CHANGE = re.compile(
    r"\b(?P<what>[a-z]{3,})\s+(?:increased?|increases|rise|rose|grew|grow|gained|gain|climbed|fell|dropped"
    r"|declined?|decreased?)\s+by\b[^;]*,\s+to$"
)


# A superlative's noun and the figure it stands at, at a clause's end: "the largest fleet in the
# region at 240", "the highest voter turnout of the county at 8,100".
_SUPERLATIVE_AT = re.compile(
    r"\bthe\s+(?:[a-z]+est|most|least|biggest|smallest)\s+(?P<what>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
    r"(?:\s+(?:in|of|on|among)\s+[^,;]{1,40}?)?,?\s+at$"
)


# The noun a relative clause is about, before the figure: "its works, [some 15 to 20] of which",
# "the record number of nests, which was [322]".
_NOUN_OF_WHICH = re.compile(r"\b(?P<noun>[a-z]{3,})\s*,\s*$")
_NOUN_WHICH_WAS = re.compile(r"\b(?P<noun>[a-z]{3,})\s*,\s+which\s+(?:was|is|were|are|stood\s+at)\s*$")


# A plural noun a figure is, after "were" or "are": "about 30 were Canterbury students".
# ("6 are upper school (years 11 to 13) pupils": a bracket inside the noun phrase is skipped)
_PLURAL_PREDICATE = re.compile(r"^\s+(?:were|are)\s+(?P<what>(?:[A-Za-z][\w’'-]*\s+){0,3}[A-Za-z][\w’'-]*)")
# A word of a verb's, never of a noun phrase: "were all sold", "are still counted", "were not its".
_VERB_FORM = re.compile(
    r"\b(?:\w+(?:ed|ing|ly)|not|also|still|all|both|its|their|his|her|being|been|those|these|thus|now|and|or"
    r"|in|at|of|on|to|from|for|by|with|as|than|was|is|has|does)\b",
    re.IGNORECASE,
)


# A figure that did something, its verb in a perfect tense and nothing done to: "Of them, 312 have
# passed.", "40 had resigned by May" (not "12 have raised funds", where what is done says more).
_DONE = re.compile(
    r"^\s+(?:have|has|had)\s+(?P<verb>[a-z]+)\b(?=\s*(?:[.,;]|$|\s+(?:by|since|so|in|on|at)\b))"
)
# Past participles not ending in "-ed": "75 were sent to shelters", "12 were taken to hospital".
_IRREGULAR_PARTICIPLES = {
    *("sent", "taken", "given", "found", "sold", "kept", "held", "brought", "caught", "left"),
    *("shown", "seen", "bought", "paid", "built", "put", "struck", "shot", "bitten"),
}


def _counts_from_verb(rest: str) -> str:
    """ "Eight were pulled from the building", "about 70 were injured": who the verb is done to."""
    predicate = _PLURAL_PREDICATE.match(re.sub(r"\s*\([^()]{1,40}\)", "", rest))
    words = predicate["what"].split() if predicate else []
    # "about 30 were Canterbury students": what the figure's people are, up to the first plural noun
    plural = next((n for n, word in enumerate(words) if _plural(word) and len(word) > 3), None)
    if plural is not None and not _VERB_FORM.search(" ".join(words[: plural + 1])):
        return " ".join(words[: plural + 1])
    auxiliary = _AUXILIARY.match(rest)
    if auxiliary:
        # "75 were sent to rescues and 305 ...": the next item of a list is no part of what is counted
        what = re.split(r"[,;]|\s+and\s+(?=\d)", auxiliary["what"])[0]
        participle = what.split()[0]
        return "people " + what if participle.endswith("ed") or participle in _IRREGULAR_PARTICIPLES else ""
    done = _DONE.match(rest)
    if done and (done["verb"].endswith("ed") or done["verb"] in _IRREGULAR_PARTICIPLES):
        return f"people who {done[0].split(maxsplit=1)[0]} {done['verb']}"  # "Of them, 312 have passed."
    verb = re.match(r"^\s+(?P<verb>died|dead|missing|injured|killed)\b", rest)
    return f"people {'who died' if verb['verb'] == 'died' else verb['verb']}" if verb else ""
