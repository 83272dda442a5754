"""A body's acronym spelled out where a story's page first shows it.

A newcomer who meets "KPA" on the first screen has nothing to decode it with: a dense line names a
body by its short name (``shortname``), and contributors write the acronym their sources use. The
dossier knows the full name. The first time a story's page shows the acronym (the overview, or the
numbers or an actor's page a search lands on), before any full name, it reads as a careful writer
gives it: "the Kessel Port Authority (KPA)"; later it stands alone. A body's own page, titled by its
full name, leaves it as it is.

Only an acronym of a body whose full name spells it (its words' initials, in order or not: "KPA",
or "CNP" of a "National Police Council" named in another language) is spelled out: a person's
initials or a place ("the UK") needs no spelling out, and an alias that names a part of the body
("BOC" of a "Kessel Port Authority", its board) is not its acronym. Text the reader reads is
changed only: no heading, link target, title or footnote (the sources' own words), nor a quotation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from generator.format.model import Actor, ActorKind
from generator.site.grammar import in_sentence, takes_the
from generator.site.markup import escape
from generator.site.roles import BODY_NOUNS

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]+")
# A Markdown link, its text (which may hold a footnote's "[^1]") and its target with an optional
# title: only the text is read.
_LINK = re.compile(r'\[((?:[^\[\]]|\[[^\]]*\])*)\]\(([^)\s]+)((?:\s+"[^"]*")?)\)')
# What the reader does not read on a line: a link's target and title, an HTML tag, a footnote's
# marker, an attribute list, and a quotation.
_HIDDEN = re.compile(r'\]\([^)\s]*(?:\s+"[^"]*")?\)|<[^>]*>|\[\^[^\]]*\]|\{:[^}]*\}|“[^”]*”|"[^"]*"')
# Lines that are no running text: a heading, a footnote's definition (the sources' words), the
# options of a block, a block's fence.
_NOT_TEXT = re.compile(r"\s*(?:#|\[\^[^\]]+\]:|(?:type|open|attrs):|///|\{:)")
_HEADING = re.compile(r"\s*#+\s*([^{]*)")
# A line that lists a body's other names ("Also known as: KPA"): the acronym there is one of them.
_NAMES = re.compile(r"\s*[-*]\s+\*\*Also known as:\*\*")
# Words that already open a noun phrase before a name: no "the" is added after them.
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "each"}
_KINDS_SPELLED = {k for k in ActorKind if k not in (ActorKind.PERSON, ActorKind.PLACE)}


class Spelled(NamedTuple):
    actor: Actor  # under its full name
    acronym: str
    full: str


def spelled_out(markdown: str, actors: Sequence[Actor]) -> str:
    """``markdown`` (an overview's) with each of ``actors``' acronyms spelled out where the page
    first shows it, unless a full name of its actor comes first."""
    pending = [s for a in actors if (s := _spelling(a)) is not None]
    lines = markdown.split("\n")
    for n, line in enumerate(lines):
        if not pending:
            break
        if _NAMES.match(line):
            continue
        if heading := _HEADING.match(line):
            # A heading is not changed; one that is the body's full name (its own page's title) has
            # told the reader whose acronym it is.
            title = heading.group(1).strip().casefold()
            pending = [s for s in pending if title not in {f.casefold() for f in _full_names(s)}]
            continue
        if _NOT_TEXT.match(line):
            continue
        read = _readable(line)
        for spelled in list(pending):
            at = _first(read, spelled.acronym)
            full = min(
                (i for name in _full_names(spelled) if (i := _first(read, name, fold=True)) >= 0),
                default=-1,
            )
            if full >= 0 and (at < 0 or full < at):
                pending.remove(spelled)
            elif at >= 0 and not _possessive(read, at + len(spelled.acronym)):
                # "the Kessel Port Authority (KPA)'s fees" read badly: an owner's acronym is left
                # as it is, and a later mention is spelled out.
                line = _spell(line, at, spelled)
                lines[n] = line
                read = _readable(line)
                pending.remove(spelled)
    return "\n".join(lines)


def _spelling(actor: Actor) -> Spelled | None:
    """``actor``'s acronym and the full name that spells it; None for none (or a kind not spelled)."""
    if actor.kind not in _KINDS_SPELLED:
        return None
    names = [actor.name, *actor.aliases]
    fulls = [n for n in names if len(n.split()) > 1 and not _ACRONYM.fullmatch(n)]
    for acronym in (n for n in names if _ACRONYM.fullmatch(n)):
        full = next((f for f in fulls if _spells(acronym, f)), None)
        if full is not None:
            return Spelled(actor.model_copy(update={"name": full}), acronym, full)
    return None


def _spells(acronym: str, full: str) -> bool:
    """Whether ``acronym``'s letters are initials of ``full``'s words: in order, skipping some ("of",
    "and"), or those of its capitalised words in any order (a name translated)."""
    letters = [c for c in acronym.casefold() if c.isalpha()]
    initials = [w[0].casefold() for w in re.findall(r"[\w']+", full)]
    rest = iter(initials)
    if all(letter in rest for letter in letters):
        return True
    capitals = [w[0].casefold() for w in re.findall(r"[\w']+", full) if w[0].isupper()]
    return sorted(capitals) == sorted(letters)


def _full_names(spelled: Spelled) -> list[str]:
    return [spelled.full, in_sentence(spelled.actor)]


def _readable(line: str) -> str:
    """``line`` with what the reader does not read blanked out, each position kept."""
    return _HIDDEN.sub(lambda m: "\0" * len(m.group()), line)


def _possessive(read: str, end: int) -> bool:
    """Whether the name that ends at ``end`` is an owner's: "KPA's", "KPA’s" (its link's text)."""
    rest = read[end:].lstrip("]\0")
    return rest.startswith(("'s", "’s"))


def _first(read: str, name: str, *, fold: bool = False) -> int:
    flags = re.IGNORECASE if fold else 0
    found = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", read, flags)
    return found.start() if found else -1


def _spell(line: str, at: int, spelled: Spelled) -> str:
    """``line`` with the acronym at ``at`` spelled out: its link's text, or the word itself, becomes
    the full name, the acronym after it in brackets. Words before it that open the full name ("The
    US KPA" of "US Kessel Port Authority") are its own; "the" is added where the name needs one."""
    full = escape(in_sentence(spelled.actor))
    end = at + len(spelled.acronym)
    link = _LINK.match(line, at - 1) if line[at - 1 : at] == "[" else None
    if link is not None and link.group(1) == spelled.acronym:
        start, stop = link.start(), link.end()
        told = f"[{full}]({link.group(2)}) ({spelled.acronym})"
    else:
        start, stop = at, end
        told = f"{full} ({spelled.acronym})"
    before = line[:start]
    words = spelled.full.split()
    for k in range(len(words) - 1, 0, -1):
        opening = " ".join(words[:k]) + " "
        if before.endswith(opening) and not before[: -len(opening)][-1:].isalnum():
            if link is not None:
                before = before[: -len(opening)]
            else:
                start -= len(opening)
                before = line[:start]
            break
    opens = not before.strip(" *-[") or before.rstrip(" *[")[-1:] in ".!?"
    if takes_the(spelled.actor) and not _determined(before):
        told = ("The " if opens else "the ") + told
    return before + told + line[stop:]


# How far back an apposition's determiner may be: "the Kessel armed group KPA".
_APPOSITION_WORDS = 4


def _determined(before: str) -> bool:
    """Whether the words ``before`` a name already open its noun phrase: a determiner or an owner's
    name just before it ("the", "Aldria's"), or a body's noun in apposition after one ("the armed
    group KPA"), where "the" would be said twice."""
    words = re.findall(r"[\w'’]+", before)
    if not words:
        return False
    if words[-1].casefold() in _DETERMINERS or words[-1].endswith(("'s", "’s", "s'")):
        return True
    near = [w.casefold() for w in words[-_APPOSITION_WORDS:]]
    return near[-1] in BODY_NOUNS and any(w in _DETERMINERS for w in near[:-1])
