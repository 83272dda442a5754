"""Finding mentions of actors and glossary terms in prose.

Matching is by whole words, ignores case (except for a name in capitals: an acronym matches only
as written, so that "WHO" is not found in "people who recovered"), knows every alias, and prefers
the longest name at a position ("Dravan border trade zone" over "Dravan"). It works on word tokens
and a dictionary keyed by first word, so its cost grows with the length of the text, not with the
number of names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from generator.format.dossier import Dossier

WORD = re.compile(r"\w+")
TargetKind = Literal["actor", "term"]


@dataclass(frozen=True)
class Target:
    kind: TargetKind
    id: str


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    target: Target


class Mentions:
    """Every name of every actor and term of one dossier, ready to be found in text."""

    def __init__(self, names: Iterable[tuple[str, Target]]) -> None:
        # first word (casefolded) -> word count -> casefolded name -> target
        self._by_first: dict[str, dict[int, dict[str, Target]]] = {}
        # Casefolded names written in capitals ("WHO", "US"): found only in capitals, since many
        # acronyms spell a common word.
        self._capitals: set[str] = set()
        seen: set[str] = set()
        for name, target in names:
            core = _core(name)
            words = WORD.findall(core)
            key = core.casefold()
            if not words or key in seen:
                continue  # the first entry to claim a name keeps it: actors before terms
            seen.add(key)
            if core.isupper():
                self._capitals.add(key)
            self._by_first.setdefault(words[0].casefold(), {}).setdefault(len(words), {})[key] = target
        # Longest first; a lookup per word count keeps the cost flat when many names share a word.
        self._widths = {first: sorted(by_width, reverse=True) for first, by_width in self._by_first.items()}

    @classmethod
    def for_dossier(cls, dossier: Dossier) -> Mentions:
        names: list[tuple[str, Target]] = []
        for actor in dossier.actors:
            target = Target("actor", actor.id)
            names.append((actor.name, target))
            names.extend((alias, target) for alias in actor.aliases)
            if actor.native_name:
                names.append((actor.native_name.text, target))
        for term in dossier.terms:
            target = Target("term", term.id)
            names.append((term.term, target))
            names.extend((alias, target) for alias in term.aliases)
        return cls(names)

    def find(self, text: str) -> list[Mention]:
        """Non-overlapping mentions, leftmost first, longest at each position.

        A mention never cuts a longer name: one that a longer name starting inside it would
        overlap gives way ("the Ministry" inside "the Ministry of Customs"), and one that
        runs on into a capitalised word or "of" + a capitalised word is part of a name the dossier
        does not know ("Aldria Today", "Ministry of Customs"), so it is not a mention.
        """
        tokens = list(WORD.finditer(text))
        found: list[Mention] = []
        index = 0
        while index < len(tokens):
            match = self._match_at(text, tokens, index)
            if match is None or self._overtaken(text, tokens, index, match[1]):
                index += 1
                continue
            mention, width = match
            if _runs_on(text, tokens, index + width):
                index += width
                continue
            found.append(mention)
            index += width
        return found

    def _overtaken(self, text: str, tokens: list[re.Match[str]], index: int, width: int) -> bool:
        end = index + width
        for inner in range(index + 1, end):
            match = self._match_at(text, tokens, inner)
            if match is not None and inner + match[1] > end:
                return True
        return False

    def _match_at(self, text: str, tokens: list[re.Match[str]], index: int) -> tuple[Mention, int] | None:
        first = tokens[index].group().casefold()
        by_width = self._by_first.get(first)
        if not by_width:
            return None
        start = tokens[index].start()
        for width in self._widths[first]:
            last = index + width - 1
            if last >= len(tokens):
                continue
            end = tokens[last].end()
            written = text[start:end]
            target = by_width[width].get(written.casefold())
            if target is not None and (written.isupper() or written.casefold() not in self._capitals):
                return Mention(start, end, target), width
        return None


def _runs_on(text: str, tokens: list[re.Match[str]], after: int) -> bool:
    """Whether the name ending before token ``after`` continues as a proper name: the next word,
    joined by a plain space, is capitalised, or is "of" followed by a capitalised word."""
    if after >= len(tokens):
        return False
    gap = text[tokens[after - 1].end() : tokens[after].start()]
    if gap != " ":
        return False
    word = tokens[after].group()
    if word == "of" and after + 1 < len(tokens):
        following = tokens[after + 1].group()
        return text[tokens[after].end() : tokens[after + 1].start()] == " " and following[:1].isupper()
    return word[:1].isupper()


def _core(name: str) -> str:
    """A name without leading or trailing punctuation: "U.S." is matched as "U.S"."""
    words = list(WORD.finditer(name))
    return name[words[0].start() : words[-1].end()] if words else ""
