"""Figures written as ordinals or with a unit glued on, which `figures.py` reads as words or names.

"for a 12th and seventh time" counts times (12 and 7); "the 6,190m peak" is 6,190 metres; "in the
86th minute" is a game's minute, "the 43rd mayor of X" counts those who have held the post, "his 11th
of the season" counts what he has scored or won, "ranked 33rd" a rank and "its 18th season" the
seasons so far. None is written as the number itself, so each draft
says in `derivation:` how its value is worked out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

_WORD_ORDINALS = [
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"),
    *("eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth"),
    *("eighteenth", "nineteenth", "twentieth"),
]
_ORDINAL = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|{'|'.join(sorted(_WORD_ORDINALS, key=len, reverse=True))})"
# "for a 14th time", "for a 12th and seventh time respectively": a record, counted; not "for the
# first time" nor "for the fourth time in as many reviews", which tell an order
_TIMES = re.compile(
    rf"\bfor\s+a\s+(?:record\s+)?(?P<first>{_ORDINAL})(?:\s+and\s+(?P<second>{_ORDINAL}))?\s+times?\b",
    re.IGNORECASE,
)
# "in the 86th minute": the minute of a game (written in digits: "the first minute" tells no time)
_MINUTE = re.compile(r"\b(?:in|by|after|before|until)\s+the\s+(?P<n>\d{1,3}(?:st|nd|rd|th))[-\s]minute\b")
# "the 43rd mayor of X", "its 11th chief executive": how many have held the post, this one included
_POSTS = (
    r"mayor|president|prime\s+minister|premier|governor|chancellor|king|queen|pope|emperor|monarch"
    r"|chief\s+executive|chief\s+justice|secretary[-\s]general|head\s+coach|coach|manager|speaker"
    r"|commissioner|chair(?:man|woman|person)?|director|principal|bishop|archbishop"
    r"|keeper|caretaker|custodian|warden|curator|editor|conductor|headmaster|headmistress"
)
# (an owner's name may stand before it: "the bridge's 9th keeper", "Kessel Hall's 12th curator")
_POST = re.compile(
    rf"(?:\b(?:the|its|their|his|her)|(?<![\w’'-])[A-Z][\w-]*['’]s|\b[a-z]+['’]s)\s+"
    rf"(?P<n>\d{{1,3}}(?:st|nd|rd|th))\s+(?P<post>{_POSTS})\b",
    re.IGNORECASE,
)
# "his 11th of the season", "Ana Ruiz's 20th", "her 20th goal this season": what a player has scored
# or won so far
_SEASON = re.compile(
    r"(?:\b(?:his|her|their|its)|\b[A-Z][\w-]*['’]s)\s+(?P<n>\d{1,3}(?:st|nd|rd|th))\s+(?:(?P<what>[a-z]+)\s+)?"
    r"(?:of\s+the|this|of\s+this)\s+(?P<span>season|campaign|year|tournament)\b"
)
# "the 34th launch since the rocket first flew", "its 12th storm this year": how many there have been
# so far, this one included (in digits, as a rank is: "the sixth so far" tells an order)
_SO_FAR = re.compile(
    r"\b(?:the|its|their|his|her)\s+(?P<n>\d{1,3}(?:st|nd|rd|th))\s+(?P<what>[a-z]{3,})"
    r"(?=\s+(?:since|so\s+far|to\s+date|this\s+(?:year|month|season)|of\s+the\s+year)\b)"
)
# "the 6,190m peak", "a 300m tower": metres glued to a figure, no currency before it
_METRES = re.compile(r"(?<![$€£¥₹\d.,])\b(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)m\s+(?P<what>[a-z]+)\b")
# "4.5m wide": a figure with decimals glued to "m" is metres only before a dimension's word
_DIMENSIONS = {"wide", "long", "high", "tall", "deep", "thick", "across", "away", "below", "above", "deeper"}
# "fell at least 2.5m to the floor", "dropped 3m onto a ledge": metres glued to a figure after a
# verb of falling, whatever follows
_FALLEN_METRES = re.compile(
    r"\b(?:fell|falls?|falling|fallen|dropped|plunged|plummeted|tumbled|slipped|sank)\s+"
    r"(?:(?:at\s+least|about|around|some|nearly|almost|more\s+than|over|up\s+to|roughly)\s+)?"
    r"(?<![$€£¥₹])(?P<number>\d{1,3}(?:\.\d+)?)m(?![\w/])"
)
# "on the sixth lap", "at its third attempt": how many tries there have been, this one
# included ("on the first attempt" tells an order only)
_TRIES = re.compile(
    rf"\b(?:on|at|with)\s+(?:the|its|their|his|her)\s+(?P<n>(?!first\b){_ORDINAL})\s+"
    r"(?P<what>attempt|try|manoeuvre|maneuver|lap|lift|jump|pass|swing|throw)\b",
    re.IGNORECASE,
)
_TRIED_BEFORE = re.compile(
    r"\b(?:once|twice|thrice|(?:two|three|four|five|several)\s+times)\b", re.IGNORECASE
)
# What "a" figure of millions may be: a sum or a change ("a 2.5m deal", "a 1.2m rise"), no length
_SUMS_AND_CHANGES = {
    *("rise", "increase", "fall", "drop", "jump", "boost", "cut", "gain", "loss", "profit", "deficit"),
    *("surplus", "shortfall", "deal", "loan", "grant", "bid", "budget", "fund", "investment", "contract"),
    *("payout", "fine", "debt", "transfer", "settlement", "upgrade", "project", "scheme", "package", "bill"),
}
_NOT_METRES = {"euros", "dollars", "pounds", "rupees", "yen", "yuan", "in", "of", "a", "per", "from", "to"}


# "ranked 33rd in the nation", then "Kessel 20th and Dorn 21st": a rank in a list after "ranked"
_RANKED = re.compile(rf"\branked\s+(?P<n>{_ORDINAL})\b", re.IGNORECASE)
_RANK_AFTER = re.compile(r"(?:,|\band)\s+(?:[A-Z][\w.’'-]*\s+){1,3}(?P<n>\d{1,3}(?:st|nd|rd|th))\b")
# A move in a ranking, "jumped eight places to 17th,", "up from 10th last year", "rose to 3rd place",
# and a rank in brackets after a name, "Kessel University (11th)": a rank in digits. Not "to 12th
# grade", "from the 5th of May", "to 10th Street": a noun or a month after the ordinal.
_RANK_MOVED = re.compile(
    r"\b(?:to|from)\s+(?P<n>\d{1,3}(?:st|nd|rd|th))"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:place|position|spot|overall|last|this|in|among|with)\b)"
)
_RANK_BRACKETED = re.compile(
    r"(?<=[\w’'])\s+\((?:in\s+)?(?P<n>\d{1,3}(?:st|nd|rd|th))(?:\s+(?:place|position))?\)"
)
# "Orla Wanderers are now 9th on the league's log", "sat 14th in the standings": a place in a
# table of ranks (a league's log, a chart, an index), in digits
_RANK_IN_TABLE = re.compile(
    r"\b(?:is|was|are|were|sits?|sat|lies|lay|stands?|stood|remains?|remained|finished|ended|placed)\s+"
    r"(?:(?:currently|now|still|only|just)\s+)?(?P<n>\d{1,3}(?:st|nd|rd|th))\s+(?:on|in)\s+(?:the\s+)?"
    r"(?:[\w()’'-]+\s+){0,8}?(?:log|table|standings|rankings|ladder|chart|index)\b"
)
# "its 18th season", "the 42nd annual fair": how many seasons or editions there have been; "the 12th
# convocation", "its 9th congress", "the 30th Harbour Festival", "the 21st Pioneers' Day fair": a
# gathering held once a year or a term, counted (a named one ends in its kind's word)
_GATHERINGS = (
    r"(?:[a-z]+\s+)?(?:season|edition|anniversary|annual|convocation|congress|conference|festival"
    r"|ceremony|summit|convention|commencement|graduation|reunion|regatta|carnival)"
    r"|(?:[A-Z][\w’'-]*\s+){1,3}(?:Festival|Day|Fair|Show|Congress|Conference|Games|Regatta|Carnival)\b"
)
_EDITION = re.compile(
    rf"(?:\b(?:[Ii]ts|[Tt]heir|[Tt]he)|\b\w+[’']s)\s+(?P<n>\d{{1,3}}(?:st|nd|rd|th))\s+(?P<what>{_GATHERINGS})\b"
)
# "... the 12th convocation and 30th Pioneers' Day": a second gathering's count after "and"
_EDITION_AND = re.compile(
    rf"\s+and\s+(?:the\s+|its\s+)?(?P<n>\d{{1,3}}(?:st|nd|rd|th))\s+(?P<what>{_GATHERINGS})"
)


class Ordinal(NamedTuple):
    value: float
    counts: str
    derivation: str
    span: tuple[int, int]


def _ordinal_value(word: str) -> int:
    digits = re.match(r"\d+", word)
    return int(digits[0]) if digits else _WORD_ORDINALS.index(word.lower()) + 1


def _editions(what: str) -> str:
    """What an edition's ordinal counts: "seasons", "ceremonies"; "editions" of a named gathering."""
    if what[:1].isupper():
        return "editions"
    noun = what.split()[-1]
    return "editions" if noun in {"edition", "annual"} else re.sub(r"y$", "ie", noun) + "s"


def find_ordinal_figures(sentence: str) -> Iterator[Ordinal]:
    """The times an ordinal counts ("for a 14th time": 14 times), a game's minute, those who have held
    a post, what a player has scored this season, and metres glued to a figure."""
    for match in _TIMES.finditer(sentence):
        for group in ("first", "second"):
            if match[group]:
                value = _ordinal_value(match[group])
                derivation = (
                    f"The article writes {match[0]!r}: the {match[group]} time, {value} times in all."
                )
                yield Ordinal(value, "times", derivation, match.span())
    for match in _MINUTE.finditer(sentence):
        value = _ordinal_value(match["n"])
        derivation = f"The article writes {match[0]!r}: the game's {match['n']} minute."
        yield Ordinal(value, "minute of the game", derivation, match.span("n"))
    for match in _POST.finditer(sentence):
        value = _ordinal_value(match["n"])
        post = " ".join(match["post"].lower().split())
        derivation = f"The article writes {match[0]!r}: the {match['n']} to hold the post, {value} in all."
        yield Ordinal(value, f"{post}s to hold the post", derivation, match.span("n"))
    for match in _SEASON.finditer(sentence):
        value = _ordinal_value(match["n"])
        what = match["what"] or "goal"
        derivation = (
            f"The article writes {match[0]!r}: the {match['n']} of the {match['span']}, {value} in all."
        )
        yield Ordinal(value, f"{what}s this {match['span']}", derivation, match.span("n"))
    for match in _SO_FAR.finditer(sentence):
        value = _ordinal_value(match["n"])
        noun = re.sub(r"(?<=[^aeiou])y$", "ie", match["what"])  # "the 3rd robbery": robberies
        what = noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")
        derivation = f"The article writes {match[0]!r}: the {match['n']} so far, {value} {what} in all."
        yield Ordinal(value, what, derivation, match.span("n"))
    ranked = _RANKED.search(sentence)
    ranks = [
        *_RANK_MOVED.finditer(sentence),
        *_RANK_BRACKETED.finditer(sentence),
        *_RANK_IN_TABLE.finditer(sentence),
    ]
    if ranked:
        ranks += [ranked, *(m for m in _RANK_AFTER.finditer(sentence) if m.start() > ranked.start())]
    seen: set[tuple[int, int]] = set()
    for match in sorted(ranks, key=lambda m: m.start("n")):
        if not match["n"][:1].isdigit() or match.span("n") in seen:
            continue  # "ranked seventh": a rank in words, as "the fourth time" is words
        seen.add(match.span("n"))
        value = _ordinal_value(match["n"])
        derivation = f"The article writes {match[0].strip(' ,()')!r}: a rank, {match['n']}."
        yield Ordinal(value, "rank", derivation, match.span("n"))
    counted: set[tuple[int, int]] = set()
    for first in _EDITION.finditer(sentence):
        second = _EDITION_AND.match(sentence, first.end())
        for match in (first, second) if second else (first,):
            if match.span("n") in counted:
                continue
            counted.add(match.span("n"))
            value = _ordinal_value(match["n"])
            what = _editions(match["what"])
            written = re.sub(r"^and\s+", "", match[0].strip())
            derivation = f"The article writes {written!r}: the {match['n']}, {value} {what} in all."
            yield Ordinal(value, what, derivation, match.span("n"))
    for match in _TRIES.finditer(sentence):
        if _TRIED_BEFORE.search(sentence[: match.start()]):
            continue  # "tried twice before landing on the third attempt": the tries counted already
        value = _ordinal_value(match["n"])
        what = match["what"].lower() + ("s" if match["what"].lower() != "try" else "")
        what = "tries" if what == "try" else what
        derivation = f"The article writes {match[0]!r}: the {match['n']}, {value} {what} in all."
        yield Ordinal(value, what, derivation, match.span("n"))
    fallen: set[tuple[int, int]] = set()
    for match in _FALLEN_METRES.finditer(sentence):
        fallen.add(match.span("number"))
        digits = match["number"]
        metres_fallen: float = float(digits) if "." in digits else int(digits)
        derivation = f"The article writes {match['number'] + 'm'!r} after a fall: {metres_fallen:,} metres."
        yield Ordinal(metres_fallen, "metres fallen", derivation, match.span("number"))
    for match in _METRES.finditer(sentence):
        if match.span("number") in fallen:
            continue
        if match["what"].lower() in _NOT_METRES or match["what"].endswith("s"):
            continue  # "40m users": millions of them
        # "4.5m wide": a length with its decimals, as a road's or a lane's width is written
        digits = match["number"].replace(",", "")
        # ("a 4.2m shark", "an 8.5m boat": one thing of a length, as "a 300m tower" is; "a" counts no
        # millions of one thing, but may a sum or a change of millions: "a 1.2m rise", "a 2.5m deal")
        one_long = re.search(r"\b[Aa]n?\s+$", sentence[: match.start("number")]) is not None
        one_long = one_long and match["what"].lower() not in _SUMS_AND_CHANGES
        if "." in digits and match["what"].lower() not in _DIMENSIONS and not one_long:
            continue  # "4.5m people", "2.5m viewers": millions, unless a dimension says metres
        metres: float = float(digits) if "." in digits else int(digits)
        derivation = f"The article writes {match['number'] + 'm'!r}: {metres:,} metres."
        yield Ordinal(metres, f"metres {match['what']}", derivation, match.span("number"))
