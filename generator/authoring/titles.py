"""A person's title before their name ("Aldrian President Ivo Kask", "Minister of Agriculture Semi
Tavola") and a post with no one named ("Director of Field Operations").
"""

from __future__ import annotations

from generator.authoring.kinds import organisation_words
from generator.authoring.namewords import ORG_WORDS, TITLES

# The lower-case particles of a family name written apart ("van Houten", "von der Lind", "da Costa").
_PARTICLES = {"van", "von", "der", "den", "de", "da", "di", "del", "della", "dos", "das"}


def is_post(name: str) -> bool:
    """ "Director of Field Operations", "Secretary of State": a post, with no one named."""
    words = name.split()
    return len(words) > 2 and words[0].lower() in TITLES and words[1] == "of"


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
    if len(rest) >= 4 and rest[0] in {"of", "for"} and all(word[:1].isupper() for word in rest[-2:]):
        # "Minister of Agriculture Semi Tavola": the title's portfolio, then the person
        return " ".join(rest[-2:]), True
    institution = organisation_words(" ".join(rest)) & set().union(*ORG_WORDS.values())
    # "Chief Executive Frans van Houten": a family name's particle is a word of the name
    named = [word for word in rest if word not in _PARTICLES]
    if not named or len(named) > 3 or institution or not all(word[:1].isupper() for word in named):
        return name, False
    if not rest[-1][:1].isupper():
        return name, False
    return " ".join(rest), True
