"""Threads: stories linked by ``follows:``, read in order.

A thread starts at the story that follows none; each later story follows the one before it. The hub
shows a thread as one item with its stories in reading order, and each story ends with a short
"What happened next" that links forward to the story that follows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TypeVar

from generator.format.dossier import Dossier
from generator.site.crossref import CrossReference

T = TypeVar("T", Dossier, CrossReference)

# A sentence ends at . ! or ? followed by a space and a capital or an opening quote, unless the word
# before the stop is a single letter or a short abbreviation ("U.S.", "Gen.", "No.").
_END = re.compile(r"(?<=[.!?])\s+(?=[\"“‘(]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    {
        "u.s",
        "u.k",
        "u.n",
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "maj",
        "sen",
        "no",
        "st",
        "vs",
        "jr",
        "sr",
    }
)


def _dossier(item: Dossier | CrossReference) -> Dossier:
    return item.dossier if isinstance(item, CrossReference) else item


def root_and_depth(dossier: Dossier, by_slug: Mapping[str, Dossier]) -> tuple[str, int]:
    """The slug of the story the thread starts with, and how many stories come before this one."""
    seen = {dossier.slug}
    root, depth = dossier.slug, 0
    follows = dossier.meta.follows
    while follows is not None and follows in by_slug and follows not in seen:
        seen.add(follows)
        root, depth = follows, depth + 1
        follows = by_slug[follows].meta.follows
    return root, depth


def threads(items: Iterable[T], everyone: Iterable[Dossier] | None = None) -> list[list[T]]:
    """``items`` grouped by thread, each thread in reading order (the story that follows none first),
    the threads newest first by their latest story's publication. ``everyone`` (default: the items'
    own dossiers) are the stories the ``follows:`` chains are followed through."""
    listed = list(items)
    by_slug = {d.slug: d for d in (everyone if everyone is not None else map(_dossier, listed))}
    groups: dict[str, list[tuple[int, T]]] = {}
    for item in listed:
        root, depth = root_and_depth(_dossier(item), by_slug)
        groups.setdefault(root, []).append((depth, item))

    def in_thread(member: tuple[int, T]) -> tuple[int, object, str]:
        dossier = _dossier(member[1])
        return member[0], dossier.meta.published, dossier.slug

    def newest_first(thread: list[T]) -> tuple[int, str]:
        return -max(_dossier(i).meta.published.toordinal() for i in thread), _dossier(thread[0]).slug

    ordered = [[item for _, item in sorted(members, key=in_thread)] for members in groups.values()]
    return sorted(ordered, key=newest_first)


def first_sentence(text: str) -> str:
    """The first sentence of ``text`` (all of it when it is one sentence), white space collapsed."""
    flat = " ".join(text.split())
    for match in _END.finditer(flat):
        before = flat[: match.start()].rstrip(".!?").rsplit(" ", 1)[-1]
        if len(before.replace(".", "")) <= 1 or before.lower().rstrip(".") in _ABBREVIATIONS:
            continue
        return flat[: match.start()]
    return flat
