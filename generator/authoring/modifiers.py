"""Capitalised words that describe rather than name: what `init` must not draft as an actor.

A people's adjective used before a noun ("the Kenyan side", "other Andean climbers"), a compound
adjective ("UN-backed", "EU-approved"), a currency's code ("EUR", "GBP"), a company's legal suffix
("Inc.", "Ltd"), a number word opening a sentence ("Eight of the 40 ..."), a common noun
capitalised before another ("the Shipping industry") when the article also writes it in lower case,
an acronym only ever used before a noun ("an MRI scan") or short for lower-case words ("acute kidney
injury (AKI)"), and a holiday ("over Christmas").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

# The endings of a people's adjective: "Somali", "Andean", "Mexican", "Kenyan", "Alpine".
_PEOPLE_ENDINGS = ("ian", "an", "n", "i", "ese", "ish", "ean", "ine")
# What stands before an adjective used before its noun: "the", "other", a number, a direction.
_ATTRIBUTIVE_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|other|its|their|his|her|our|two|three|four|five|six|seven|eight|nine|ten|many|some|"
    r"several|most|all|northern|southern|eastern|western|central|north|south|east|west)|\d)\s+$",
    re.IGNORECASE,
)
# A company's legal form after its name: "Acme, Inc.", "Harbour Lines Ltd", "Globex Corp."
COMPANY_SUFFIX = re.compile(r"^,?\s+(?:Inc|Ltd|LLC|Corp|Co|plc|PLC|GmbH|AG|SA|S\.A|NV|BV)\b\.?")
LEGAL_FORMS = {"Inc", "Inc.", "Ltd", "Ltd.", "LLC", "Corp", "Corp.", "Co", "Co.", "plc", "PLC", "GmbH"}
# Number words capitalised only because they open a sentence: "Eight of the 40 wagons ...".
NUMBER_WORDS = {
    *("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve"),
    *("Dozens", "Hundreds", "Thousands", "Millions"),
}


@functools.cache
def currency_codes() -> frozenset[str]:
    """The ISO 4217 codes ("EUR", "GBP", "JPY"), from the data pycountry ships."""
    import pycountry

    return frozenset(currency.alpha_3 for currency in pycountry.currencies)


# The short codes papers write before a price besides the ISO ones: "Sh41", "Rs 450", "RM2,000"
_CURRENCY_PREFIXES = {"Sh", "KSh", "Ksh", "Rs", "Rp", "RM", "Tk"}


def is_price(word: str) -> bool:
    """A currency's code glued to a figure: "Sh47", "Rs450", "USD40" (not "G20", a group's name)."""
    priced = re.fullmatch(r"(?P<code>[A-Z][A-Za-z]{0,3})\d[\d,.]*(?:bn|m|k)?", word)
    return priced is not None and (priced["code"] in _CURRENCY_PREFIXES or priced["code"] in currency_codes())


def hyphenated_adjective(word: str) -> bool:
    """ "UN-backed", "EU-approved", "Oslo-based": a name joined to a participle."""
    return bool(
        re.search(r"\w-(?:based|approved|backed|led|owned|run|controlled|born|made|linked|style)$", word)
    )


def _occurrences(word: str, text: str) -> list[re.Match[str]]:
    return list(re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text))


def only_before_a_noun(word: str, text: str) -> bool:
    """Every mention of the word stands after "the", a number or a direction and before another word,
    as an adjective does ("the Kenyan side", "two Kenyan traders")."""
    found = _occurrences(word, text)
    return bool(found) and all(
        _ATTRIBUTIVE_BEFORE.search(text[: m.start()]) and _A_NOUN_AFTER.match(text[m.end() :]) for m in found
    )


# A word after an adjective, its noun: not a verb, a preposition or "there" ("on the Lindbanen there
# were ...", "the Orlan is ...": a name, the subject or the object itself).
# ("a river in the Orinoco and one of ...": "and" before an article or "one", no second adjective)
_A_NOUN_AFTER = re.compile(
    r"\s+(?!(?:there|is|are|was|were|has|have|had|will|would|to|in|on|at|of|for|from|with|by|that|which"
    r"|who|since|between)\b|(?:and|or)\s+(?:one|a|an|the|its|it)\b)[A-Za-z]"
)


def peoples_adjective(word: str, text: str, known_place: Callable[[str], bool]) -> bool:
    """A people's adjective ("Kenyan", "Andean", "Mexican") used only before a noun: a word with
    the ending of one, not a known place, which the article never uses as a name of its own."""
    return (
        " " not in word
        and not known_place(word)
        and bool(re.fullmatch(r"[A-Z][a-z]{3,}", word))
        and (
            (word.endswith(_PEOPLE_ENDINGS) and only_before_a_noun(word, text))
            # "Philippine" of "the Philippines": a country's name without its plural "s", before a noun
            or (known_place(word + "s") and _before_a_noun_each_time(word, text))
        )
    )


# "the Clarion newspaper", "the Heron broadcaster": an outlet's one-word name right before what it is.
_MEDIA_NOUN_AFTER = re.compile(
    r"\s+(?:newspaper|daily|weekly|broadcaster|magazine|news\s+agency|(?:TV|television|radio)\s+(?:channel|station))\b"
)


def outlet_named_before_its_noun(word: str, text: str) -> bool:
    """``word`` ends as only a few peoples' adjectives do (an "n" after no "a": "Heron", "Clarion",
    "Horizon"), and the text writes it after "the" right before a media noun: an outlet's name, not
    a people's adjective ("the Kenyan newspaper" stays an adjective)."""
    if not re.fullmatch(r"[A-Z][a-z]+[^a]n", word):
        return False
    return any(
        re.search(r"\b[Tt]he\s+$", text[: m.start()]) and _MEDIA_NOUN_AFTER.match(text[m.end() :])
        for m in _occurrences(word, text)
    )


def _before_a_noun_each_time(word: str, text: str) -> bool:
    found = _occurrences(word, text)
    # (a noun, not a preposition or a verb: "drove over from Kessels to see" is the town's name)
    return bool(found) and all(
        re.match(r"\s+[a-z]", text[m.end() :]) and _A_NOUN_AFTER.match(text[m.end() :]) for m in found
    )


def _inside_a_name(before: str) -> bool:
    """The words before a mention end with a capitalised word of a longer name ("Ministry of"),
    not with "The" or "A" opening a sentence."""
    last = re.search(r"([A-Z][\w’'.-]*)\s+(?:(?:of|for|and|&)\s+)?$", before)
    return last is not None and last[1] not in {"The", "A", "An", "This", "That", "Its", "Their", "Our"}


def common_noun_capitalised(word: str, text: str, lower_words: set[str]) -> bool:
    """ "the Shipping industry" where the article also writes "the shipping industry": a common noun
    capitalised before another noun, no name."""
    # mentions inside a longer name ("Ministry of Shipping", "Minister for Shipping, ...") say nothing
    alone = [
        m
        for m in _occurrences(word, text)
        if not _inside_a_name(text[: m.start()])
        and not re.match(r"\s+(?:of\s+|for\s+|and\s+)?[A-Z]", text[m.end() :])
    ]
    return (
        " " not in word
        and word.lower() in lower_words
        and bool(alone)
        and all(
            re.search(r"\bthe\s+$", text[: m.start()], re.IGNORECASE)
            and re.match(r"\s+[a-z]", text[m.end() :])
            for m in alone
        )
    )


# Feasts and holidays: a day's name, no actor ("over Christmas", "after Ramadan").
HOLIDAYS = {
    *("Easter", "Christmas", "Thanksgiving", "Halloween", "Hanukkah", "Passover", "Ramadan", "Diwali"),
    *("Eid", "Lent", "Pentecost", "Advent", "Epiphany", "Hogmanay"),
    # days of a fixed date, named with a possessive or a second word
    *("New Year", "New Year's Day", "New Year's Eve", "Christmas Day", "Christmas Eve", "Boxing Day"),
    *("Fourth of July", "Fifth of November"),
}
# A day named after whom it honours, with a possessive: "Pioneers' Day", "Teachers’ Day", "Saint
# Orla's Day" (not "Ana's Day Nursery", a business: nothing may follow "Day").
OWNED_DAY = re.compile(r"(?:[A-Z][\w.]*\s+)?[A-Z][a-z]+(?:[’']s|s[’'])\s+Day")
# Words that may follow a name as its verb or in a list ("NASA said", "Acme says", "the EU and"): an
# acronym before one of them is used as a name.
_AFTER_A_NAME = {
    *("said", "says", "say", "told", "is", "was", "were", "are", "has", "have", "had", "will", "would"),
    *("could", "can", "may", "might", "should", "must", "did", "does", "do", "and", "or", "but", "also"),
    *("in", "on", "at", "to", "for", "of", "by", "with", "from", "as", "that", "which", "who", "not"),
    *("reported", "announced", "confirmed", "added", "estimated", "expects", "plans", "spokesman"),
    *("spokeswoman", "spokesperson", "officials", "official", "chief", "director", "head", "president"),
    # "KNA reports that ...", "ORF wrote": a verb of saying the body's
    *("reports", "writes", "wrote", "adds", "warned", "warns", "noted", "stated", "announces", "confirms"),
}


# A journalist's trade after an outlet's name, then the journalist's: "KTV news anchor Ana Ruiz",
# "ORF correspondent Bo Lund"
JOURNALIST_AFTER = re.compile(
    r"^\s+(?:(?:news|sports|political|chief|senior|foreign)\s+)?"
    r"(?:anchor|newsreader|presenter|reporter|journalist|correspondent|columnist)\b"
    r"(?:\s+(?:and|&)\s+[a-z]+)?\s+[A-Z]"
)


def acronym_before_a_noun(word: str, text: str) -> bool:
    """ "an MRI scan", "GPS collars", "DNA samples": an acronym every mention of which stands before a
    lower-case noun, never alone, before a verb, or in its possessive (nor before a journalist's
    trade and name: the outlet's)."""
    if not re.fullmatch(r"[A-Z]{2,5}", word):
        return False
    found = _occurrences(word, text)
    return bool(found) and all(
        (after := re.match(r"\s+([a-z]+)\b", text[m.end() :])) is not None
        and after[1] not in _AFTER_A_NAME
        and not JOURNALIST_AFTER.match(text[m.end() :])
        and not _DID_TO_AN_OBJECT.match(text[m.end() :])
        for m in found
    )


# A verb in the past before its object: "KTB processed a record 500 loans", "ORBA signed the deal".
_DID_TO_AN_OBJECT = re.compile(r"\s+[a-z]{3,}ed\s+(?:a|an|the|its|their|some|\d)\b")


def acronym_of_lower_words(word: str, text: str) -> bool:
    """ "acute kidney injury (AKI)": an acronym in brackets after the lower-case words
    it is short for names a condition or a thing, no actor."""
    if not re.fullmatch(r"[A-Z]{2,6}s?", word):
        return False
    for m in re.finditer(rf"((?:[a-z][\w-]*\s+){{1,8}})\({re.escape(word)}\)", text):
        initials = "".join(part[0] for chunk in m[1].split() for part in chunk.split("-") if part)
        if initials.upper().endswith(word):
            return True
    if word.endswith("s") and len(word) >= 4:
        # "HABs" where the text writes "harmful algal blooms": the plural of lower-case words' initials
        letters = word[:-1].lower()
        spelt = r"\b" + r"[\w-]*\s+".join(letters) + r"[\w-]*s\b"
        return re.search(spelt, text, re.IGNORECASE) is not None
    return False
