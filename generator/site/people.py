"""The site-wide index of people, organisations and places: every actor once, with its stories.

An actor shared by several dossiers (see ``shared-actors.yaml``) is one line, linking to its page in
each story; the index exists when the site holds more than one dossier.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from generator.format.dossier import Site
from generator.format.identity import actor_names
from generator.format.model import Actor
from generator.site import paging, urls
from generator.site.markup import escape, href
from generator.site.roles import role
from generator.site.sections import KIND_TITLES
from generator.site.views import Fact, Group, View, counted, day, joined, the_stories

PATH = urls.PEOPLE
TITLE = "People, organisations and places"
FOLDER = PATH.removesuffix(".md")
# Lines on one page of the index: past this, the index is a page of contents and pages of this
# many lines, so no page grows with the publication.
PAGE_SIZE = 200
# Stories named on one line: an actor in more (a country, a ministry) links to a page of its own
# that lists them all, in pages of ``STORIES_PAGE_SIZE``.
STORIES_SHOWN = 6
STORIES_PAGE_SIZE = 100


@dataclass(frozen=True)
class PeopleView(View):
    template: ClassVar[str] = "people.md.j2"
    search_boost: ClassVar[float] = 1.5
    groups: tuple[Group, ...] = ()
    # "both stories", "the three stories": every story of the site, in words.
    stories: str = ""
    # When the index is in pages: on its first page, the pages of each kind; on the others, a pager.
    contents: tuple[Fact, ...] = ()
    pager: str = ""
    # On an actor's own list of stories: what it is, and the index's first page.
    about: str = ""


@dataclass(frozen=True)
class Line:
    """One actor of the index: its name, kind and its pages in every story it appears in."""

    actor: Actor
    key: tuple[str, str]
    # (slug, title, actor id) of each story, in the order the line lists them.
    stories: tuple[tuple[str, str, str], ...]


def people_lines(site: Site) -> list[Line]:
    """One line per actor, by kind and then by name. An actor shared through shared-actors is one
    record; two records of one kind that share a name (which `validate` warns about) are one actor
    to a reader, so they are one line too."""
    names: dict[tuple[str, str], Actor] = {}
    seen: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for dossier in site.dossiers:
        for actor in dossier.actors:
            key = dossier.record_of(actor.id)
            names.setdefault(key, actor)  # a shared actor carries its record's name and kind
            seen.setdefault(key, []).append((dossier.slug, dossier.meta.title, actor.id))
    merged: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    published = {d.slug: (d.meta.published, d.slug) for d in site.dossiers}
    for key, target in _same_actor(names, lambda key: (published.get(key[0]), key)).items():
        merged.setdefault(target, []).extend(seen[key])
    by_kind: dict[object, list[Line]] = {}
    for key in sorted(merged, key=lambda key: (names[key].name.casefold(), key)):
        line = Line(names[key], key, tuple(sorted(set(merged[key]))))
        by_kind.setdefault(line.actor.kind, []).append(line)
    return [line for kind in KIND_TITLES for line in by_kind.get(kind, ())]


def stories_path(line: Line, number: int = 1) -> str:
    """Page ``number`` of the list of every story an actor appears in."""
    slug, actor_id = line.key
    return paging.numbered(f"{FOLDER}/actor/{slug}/{actor_id}.md", number)


def index_path(number: int) -> str:
    """Page ``number`` (from 1) of the index's lines, when it is in pages."""
    return f"{FOLDER}/page/{number}.md"


def _story_links(page: str, stories: Sequence[tuple[str, str, str]]) -> list[str]:
    return [
        f"[{escape(title)}]({href(page, urls.actor(slug, actor_id))})" for slug, title, actor_id in stories
    ]


def _fact(page: str, line: Line) -> Fact:
    links = _story_links(page, line.stories[:STORIES_SHOWN])
    rest = len(line.stories) - STORIES_SHOWN
    if rest > 0:
        everything = href(page, stories_path(line))
        links.append(f"[{counted(rest, 'more story', 'more stories')}]({everything})")
    # Who the actor is, so that a list of names tells a newcomer something: "A justice of the
    # Supreme Court who joined the majority opinion. In [the story]".
    who = role(line.actor)
    return Fact(escape(line.actor.name), body=f"{who}. In {joined(links)}" if who else joined(links))


def _groups(page: str, lines: Sequence[Line]) -> tuple[Group, ...]:
    by_kind: dict[object, list[Fact]] = {}
    for line in lines:
        by_kind.setdefault(line.actor.kind, []).append(_fact(page, line))
    return tuple(Group(KIND_TITLES[kind], tuple(by_kind[kind])) for kind in KIND_TITLES if kind in by_kind)


def where_listed(lines: Sequence[Line]) -> dict[tuple[str, str], str]:
    """Each story's actor, by (slug, actor id) -> the page of the index that lists every story it
    appears in: its own list of stories, or the page holding its line."""
    sheets = paging.split(lines, PAGE_SIZE)
    found = {}
    for number, sheet in enumerate(sheets, start=1):
        page = PATH if len(sheets) == 1 else index_path(number)
        for line in sheet:
            target = stories_path(line) if len(line.stories) > STORIES_SHOWN else page
            for slug, _, actor_id in line.stories:
                found[slug, actor_id] = target
    return found


# A page of the index: its path, its title as plain text (contributor names unescaped) and its view.
IndexPage = tuple[str, str, "PeopleView"]


def people_pages(site: Site, lines: Sequence[Line]) -> list[IndexPage]:
    """The index's pages (``lines`` are ``people_lines(site)``): one page; or, past ``PAGE_SIZE``
    lines, a page of contents and pages of lines; then a page (or pages) for each actor in more than
    ``STORIES_SHOWN`` stories."""
    stories = the_stories(len(site.dossiers))
    sheets = paging.split(lines, PAGE_SIZE)
    views: list[IndexPage] = []
    if len(sheets) == 1:
        views.append((PATH, TITLE, PeopleView(title=TITLE, groups=_groups(PATH, lines), stories=stories)))
    else:
        views.append((PATH, TITLE, PeopleView(title=TITLE, stories=stories, contents=_contents(sheets))))
        for number, sheet in enumerate(sheets, start=1):
            page = index_path(number)
            heading = paging.titled(TITLE, number, len(sheets))
            views.append(
                (
                    page,
                    heading,
                    PeopleView(
                        title=heading,
                        groups=_groups(page, sheet),
                        stories=stories,
                        pager=paging.pager(page, index_path, number, len(sheets), ("← Previous", "Next →")),
                        about=f"[All pages of the index]({href(page, PATH)})",
                    ),
                )
            )
    published = {dossier.slug: dossier.meta.published for dossier in site.dossiers}
    for line in lines:
        if len(line.stories) > STORIES_SHOWN:
            views.extend(_stories_pages(line, published))
    return views


def _contents(sheets: Sequence[Sequence[Line]]) -> tuple[Fact, ...]:
    """Each kind of actor, with the pages that list it, each named by its first and last names."""
    pages: dict[object, list[str]] = {}
    for number, sheet in enumerate(sheets, start=1):
        for kind in dict.fromkeys(line.actor.kind for line in sheet):
            names = [line.actor.name for line in sheet if line.actor.kind == kind]
            span = escape(names[0]) if len(names) == 1 else f"{escape(names[0])} to {escape(names[-1])}"
            pages.setdefault(kind, []).append(f"[{span}]({href(PATH, index_path(number))})")
    return tuple(
        Fact(KIND_TITLES[kind], body=" · ".join(pages[kind])) for kind in KIND_TITLES if kind in pages
    )


def _stories_pages(line: Line, published: Mapping[str, dt.date]) -> list[IndexPage]:
    """Every story an actor appears in, newest first, linking to its page there, with the day it was
    published; in pages of ``STORIES_PAGE_SIZE``."""
    newest = sorted(line.stories, key=lambda story: (-published[story[0]].toordinal(), story))
    sheets = paging.split(newest, STORIES_PAGE_SIZE)
    name = escape(line.actor.name)
    views = []
    for number, sheet in enumerate(sheets, start=1):
        page = stories_path(line, number)
        where = paging.titled(f" in {counted(len(line.stories), 'story', 'stories')}", number, len(sheets))
        links = tuple(
            Fact("", body=f"{link}, published {day(published[story[0]])}")
            for story, link in zip(sheet, _story_links(page, sheet), strict=True)
        )
        index = f"[the index of {TITLE.lower()}]({href(page, PATH)})"
        kind = KIND_TITLES[line.actor.kind]
        views.append(
            (
                page,
                line.actor.name + where,
                PeopleView(
                    title=name + where,
                    groups=(Group("Stories", links),),
                    pager=paging.pager(
                        page, lambda n: stories_path(line, n), number, len(sheets), ("← Previous", "Next →")
                    ),
                    about=f"Every story it appears in; {index} lists it under {kind}.",
                ),
            )
        )
    return views


def _same_actor(
    records: dict[tuple[str, str], Actor], order: Callable[[tuple[str, str]], Any]
) -> dict[tuple[str, str], tuple[str, str]]:
    """Each record -> the first record (in ``order``: the earliest story's) of its kind that shares
    one of its names; a record sharing none is its own."""
    first: dict[tuple[object, str], tuple[str, str]] = {}
    target: dict[tuple[str, str], tuple[str, str]] = {}
    for key in sorted(records, key=order):
        actor = records[key]
        names = [(actor.kind, name) for name in sorted(actor_names(actor))]
        found = [first[name] for name in names if name in first]
        target[key] = target[found[0]] if found else key
        for name in names:
            first.setdefault(name, target[key])
    return target
