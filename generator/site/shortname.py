"""The short name of an actor with a long official one, for the dense lines of a page's first screen.

On a phone, "according to the Ministry of Agriculture, Livestock and Food Supply of the Republic"
fills two lines of a key-figure card, and a doubt line naming three such bodies reads as a list of
titles. A reader has met most of these bodies under a shorter name (an acronym in the summary, "the
Court" in the reports), and the dossier often lists it among the actor's aliases. The lines under the
summary, the key-figure cards and the when-and-where line use it; the full name stays on the actor's
page, in every list and table, and in the title of the link that names it short.

Which alias: only one that names the actor (``names_someone``: not "the ministry") and is shorter.
First one that the summary writes, the reader having just read it there; else the first written in
words, in the contributor's order; else an acronym. An acronym the summary never writes would be one
more word to decode, so words come before it.
"""

from __future__ import annotations

import re

from generator.format.identity import names_someone
from generator.format.model import Actor
from generator.site.markup import plain

# A name of more words than this fills most of a phone's line on its own.
LONG_WORDS = 4

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]+")


def short_name(actor: Actor, summary: str = "") -> str:
    """``actor``'s name for a dense line: its name when it is short, else its shortest fitting alias
    as the module says; ``summary``: the text the reader met above (contributor Markdown)."""
    name = actor.name
    words = len(name.split())
    if words <= LONG_WORDS:
        return name
    fitting = [
        alias
        for alias in actor.aliases
        if names_someone(alias) and len(alias.split()) <= LONG_WORDS and len(alias) < len(name)
    ]
    if not fitting:
        return name
    told = plain(summary) if summary else ""
    met = [alias for alias in fitting if re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", told)]
    in_words = [alias for alias in fitting if not _ACRONYM.fullmatch(alias)]
    return (met or in_words or fitting)[0]


def shortened(actor: Actor, summary: str = "") -> Actor:
    """``actor`` under its short name (``short_name``), for the grammar that writes a name in a
    sentence ("the High Court"); the same actor when its name is short."""
    short = short_name(actor, summary)
    return actor if short == actor.name else actor.model_copy(update={"name": short})
