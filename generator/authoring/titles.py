"""A person's title before their name ("Aldrian President Ivo Kask", "Minister of Agriculture Semi
Tavola") and a post with no one named ("Director of Field Operations").
"""

from __future__ import annotations

import re

from generator.authoring.kinds import organisation_words
from generator.authoring.namewords import ORG_WORDS, TITLES

# The lower-case particles of a family name written apart ("van Houten", "von der Lind", "da Costa").
_PARTICLES = {"van", "von", "der", "den", "de", "da", "di", "del", "della", "dos", "das"}


def is_post(name: str) -> bool:
    """ "Director of Field Operations", "Secretary of State", "Cabinet Member for Parks and Green
    Spaces": a post, with no one named (a post's word first or second, then "of" or "for")."""
    words = name.split()
    if len(words) > 3 and words[1].lower() in TITLES and words[2] == "for" and words[0].lower() not in TITLES:
        return True  # "Cabinet Member for Parks", "Council Member for Ward Six"
    # ("Head of Parks and Play", "Chair of Finance": a post named by its head word)
    return (
        len(words) > 2 and (words[0].lower() in TITLES or words[0] in {"Head", "Chair"}) and words[1] == "of"
    )


# Words a portfolio ends with ("Minister of Foreign Trade", "Secretary of Homeland Security"): not a
# given name opening the three words after it.
_PORTFOLIO_ENDS = {
    *("trade", "health", "finance", "defence", "defense", "justice", "education", "development"),
    *("security", "energy", "transport", "agriculture", "environment", "labour", "labor", "culture"),
    *("tourism", "industry", "commerce", "planning", "housing", "welfare", "sport", "interior"),
    *("information", "government", "state", "water", "power", "aviation", "immigration", "heritage"),
}


def _three_word_name(rest: list[str]) -> bool:
    """ "of Harbours Omar Ali Khan": after "of" and a portfolio of one word, a person's name of three
    words (its first no word a portfolio ends with, nor a plural as "Affairs" or "Works"; after a
    portfolio of more words, "of Tourism and Urban Renewal Ana Ruiz", the name is read as two)."""
    first = rest[-3]
    return (
        len(rest) == 5
        and all(word[:1].isupper() for word in rest[-3:])
        and first[1:].islower()
        and not first.endswith("s")
        and first.lower() not in _PORTFOLIO_ENDS
        and not {first.lower()} & set().union(*ORG_WORDS.values())
    )


def _given_names(words: list[str]) -> list[str]:
    """ "of Roads and Works Ana Maria" before "B. Ruiz": the given names before a middle initial, one or
    two capitalised words after the portfolio (never a word a portfolio ends with, a plural, or a
    word of a body's or a title's)."""
    given: list[str] = []
    for word in reversed(words[-2:]):
        lowered = word.lower()
        if (
            not word[:1].isupper()
            or not word[1:].islower()
            or (word.endswith("s") and not word.endswith(("us", "os", "as", "is")))  # "Works", not "Marcus"
            or lowered in _PORTFOLIO_ENDS
            or lowered in TITLES
            or {lowered} & set().union(*ORG_WORDS.values())
        ):
            break
        given.insert(0, word)
    return given


# A judge's title, by which a judge named by the family name alone is known ("Mr Justice Lund").
_JUDGES = {"justice", "judge"}


def _judge_by_family_name(title: str, rest: list[str]) -> bool:
    """ "Mrs Justice Lund", "Judge Ruiz": a judge named by the title and the family name alone, which
    the name keeps ("Justice Lund"; with a given name, "Judge Ana Ruiz", the name is the person's)."""
    return title.lower() in _JUDGES and len(rest) == 1 and bool(re.fullmatch(r"[A-Z][\w’'-]+", rest[0]))


def strip_title(name: str) -> tuple[str, bool]:
    """The name without the title before it, and whatever qualifies the title ("Ivo Kask" from
    "Aldrian President Ivo Kask", "Joe Halvorsen" from "West Virginia Senator Joe Halvorsen"):
    ("Ivo Kask", True)."""
    words = name.split()
    titles = [
        i
        for i, word in enumerate(words[:-1])
        if word.lower() in TITLES or word.lower().split("-")[0] in TITLES  # "Secretary-General"
    ]
    if not titles:
        return name, False
    rest = words[titles[-1] + 1 :]
    if _judge_by_family_name(words[titles[-1]], rest):
        return " ".join(words[titles[-1] :]), True
    if len(rest) >= 4 and rest[0] in {"of", "for"} and rest[-3] in {"and", "&"}:
        # "Cabinet Member for Parks and Green Spaces": the portfolio's second part, no one named
        return name, False
    if len(rest) >= 4 and rest[0] in {"of", "for"} and all(word[:1].isupper() for word in rest[-2:]):
        # "Minister of Agriculture Semi Tavola": the title's portfolio, then the person ("Inspector
        # of Harbours Omar Ali Khan": a name of three words)
        person = rest[-3:] if _three_word_name(rest) else rest[-2:]
        if re.fullmatch(r"[A-Z]\.", rest[-2]):
            person = rest[-2 - len(_given_names(rest[:-2])) :]  # "Ana Maria B. Ruiz"
        if rest[1] == "the" and organisation_words(" ".join(person)) & set().union(*ORG_WORDS.values()):
            # "Director of the Kessel Water Board": the post's body, no one named
            return " ".join(rest[2:]), False
        return " ".join(person), True
    institution = organisation_words(" ".join(rest)) & set().union(*ORG_WORDS.values())
    # "Chief Executive Frans van Houten": a family name's particle is a word of the name
    named = [word for word in rest if word not in _PARTICLES]
    # ("Judge Ana Maria Binti Rahim": a name of four words, as some countries write a father's
    # name after the given ones)
    if not named or len(named) > 4 or institution or not all(word[:1].isupper() for word in named):
        return name, False
    if not rest[-1][:1].isupper():
        return name, False
    return " ".join(rest), True
