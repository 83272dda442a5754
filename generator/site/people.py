"""The site-wide index of people, organisations and places: every actor once, with its stories.

An actor shared by several dossiers (see ``shared-actors.yaml``) is one line, linking to its page in
each story; the index exists when the site holds more than one dossier.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from generator.format.dossier import Dossier
from generator.format.identity import actor_names
from generator.format.model import Actor, ActorKind
from generator.site import paging, urls
from generator.site.a_to_z import story_labels
from generator.site.markup import escape, href
from generator.site.roles import is_weak, lowered, role
from generator.site.views import Fact, Group, View, and_joined, counted, day, joined, the_stories
from generator.site.whos_who import KIND_TITLES

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
class Kind:
    """The index's lines of one kind (its title: "People"), by story: under each story's title those
    in that story alone, and first those in several stories. A story's title is said once, not after
    every name: on a phone it was two lines of each of them."""

    title: str
    stories: tuple[Group, ...]


@dataclass(frozen=True)
class PeopleView(View):
    template: ClassVar[str] = "people.md.j2"
    search_boost: ClassVar[float] = 1.5
    kinds: tuple[Kind, ...] = ()
    # On an actor's own list of stories: the stories.
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
    # Who it is, in a few words (``best_role``).
    who: str = ""


@dataclass(frozen=True)
class Cast:
    """All the index reads of one story (``cast_of``): its slug, title and date, and each actor with
    its record (``Dossier.record_of``). The index is made of these alone, so that a build may keep
    its pages under a digest of them (``storycache.StoryCache.across_stories``)."""

    slug: str
    title: str
    published: dt.date
    actors: tuple[tuple[tuple[str, str], Actor], ...]
    # The story this one carries forward (``follows:``), for its place in reading order.
    follows: str | None = None


def cast_of(dossier: Dossier) -> Cast:
    actors = tuple((dossier.record_of(actor.id), actor) for actor in dossier.actors)
    return Cast(dossier.slug, dossier.meta.title, dossier.meta.published, actors, dossier.meta.follows)


def reading_order(stories: Sequence[Cast]) -> dict[str, int]:
    """Each story's place in the order a reader takes them, as ``across.story_order`` gives it: by
    publication, then by place in its thread. A thread's stories under one actor read as it tells
    them, not by title ("First ... buys" before "... fails" before "The ... guarantees")."""
    by_slug = {story.slug: story for story in stories}

    def depth(story: Cast) -> int:
        seen, found, follows = {story.slug}, 0, story.follows
        while follows is not None and follows in by_slug and follows not in seen:
            seen.add(follows)
            found, follows = found + 1, by_slug[follows].follows
        return found

    ordered = sorted(stories, key=lambda story: (story.published, depth(story), story.slug))
    return {story.slug: place for place, story in enumerate(ordered)}


def people_lines(stories: Sequence[Cast]) -> list[Line]:
    """One line per actor, by kind and then by name. An actor shared through shared-actors is one
    record; two records of one kind that share a name (which `validate` warns about) are one actor
    to a reader, so they are one line too."""
    names: dict[tuple[str, str], Actor] = {}
    seen: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    versions: dict[tuple[str, str], list[Actor]] = {}
    for story in stories:
        for key, actor in story.actors:
            names.setdefault(key, actor)  # a shared actor carries its record's name and kind
            seen.setdefault(key, []).append((story.slug, story.title, actor.id))
            versions.setdefault(key, []).append(actor)
    merged: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    described: dict[tuple[str, str], list[Actor]] = {}
    published = {story.slug: (story.published, story.slug) for story in stories}
    order = reading_order(stories)
    for key, target in _same_actor(names, lambda key: (published.get(key[0]), key)).items():
        merged.setdefault(target, []).extend(seen[key])
        described.setdefault(target, []).extend(versions[key])
    by_kind: dict[object, list[Line]] = {}
    for key in sorted(merged, key=lambda key: (names[key].name.casefold(), key)):
        found = sorted(set(merged[key]), key=lambda story: (order.get(story[0], 0), story))
        line = Line(names[key], key, tuple(found), best_role(described[key]))
        by_kind.setdefault(line.actor.kind, []).append(line)
    return [line for kind in KIND_TITLES for line in by_kind.get(kind, ())]


def best_role(versions: Sequence[Actor]) -> str:
    """Who an actor is, from what the stories it is in say of it: its first role, and when that says
    little beyond the name (``roles.is_weak``: "The harbour's operator", "Oren Varga's son") the
    first that says more, from another story. A person keeps both, the kinship that tells apart a
    family's members first: "Oren Varga's son; one of the three leaders of the Dravan smuggling
    ring"."""
    first, *others = versions
    # Without what follows the role's comma: what the actor did in one story ("The mill's owner,
    # which sold the looms in May") is no way to tell who it is across stories.
    text = role(first, apposed=False)
    if not text or not is_weak(first, text):
        return text
    better = next(
        (more for actor in others if (more := role(actor, apposed=False)) and not is_weak(actor, more)), ""
    )
    if not better:
        return text
    if first.kind is not ActorKind.PERSON:
        return better
    clause = lowered(better)
    return f"{text}; {'o' + clause[1:] if clause.startswith('One of ') else clause}"


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
    """An actor's line: its name and who it is ("A judge of the High Court who joined the
    majority opinion"), so that a list of names tells a newcomer something. Under the stories it is
    in, the name links to its page in the first (which links the others); an actor in more stories
    than a label names links to its page in each, and to the list of them all."""
    who = line.who
    if len(line.stories) <= STORIES_SHOWN:
        slug, _, actor_id = line.stories[0]
        link = f"[{escape(line.actor.name)}]({href(page, urls.actor(slug, actor_id))})"
        return Fact(link, body=f"{who}." if who else "")
    links = _story_links(page, line.stories[:STORIES_SHOWN])
    everything = href(page, stories_path(line))
    more = counted(len(line.stories) - STORIES_SHOWN, "more story", "more stories")
    links.append(f"[{more}]({everything})")
    return Fact(escape(line.actor.name), body=f"{who}. In {joined(links)}" if who else joined(links))


SEVERAL = "In many stories"


def _kinds(
    page: str, lines: Sequence[Line], short: Mapping[str, str], order: Mapping[str, int]
) -> tuple[Kind, ...]:
    """The lines of each kind under the stories they are in, each set of stories named once: first
    the actors in the most stories, then story by story (in reading ``order``); each list keeps the
    order of ``lines`` (by name). A heading of several stories names them by their ``short`` names, as
    the index A to Z does: their full titles ran to five bold lines on a phone."""
    by_kind: dict[object, dict[tuple[Any, ...], list[Fact]]] = {}
    labels: dict[tuple[Any, ...], str] = {}
    for line in lines:
        stories = line.stories  # in reading order (``people_lines``)
        if len(stories) > STORIES_SHOWN:
            where: tuple[Any, ...] = (-STORIES_SHOWN - 1, ())  # before any label that names them
            labels[where] = SEVERAL
        else:
            where = (-len(stories), tuple((order.get(slug, 0), slug) for slug, _, _ in stories))
            overviews = [
                f"[{escape(short[slug] if len(stories) > 1 else title)}]({href(page, urls.overview(slug))})"
                for slug, title, _ in stories
            ]
            labels[where] = f"In {and_joined(overviews)}"
        by_kind.setdefault(line.actor.kind, {}).setdefault(where, []).append(_fact(page, line))
    return tuple(
        Kind(
            KIND_TITLES[kind],
            tuple(Group(labels[where], tuple(facts)) for where, facts in sorted(by_kind[kind].items())),
        )
        for kind in KIND_TITLES
        if kind in by_kind
    )


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


def people_pages(casts: Sequence[Cast], lines: Sequence[Line]) -> list[IndexPage]:
    """The index's pages (``lines`` are ``people_lines(casts)``): one page; or, past ``PAGE_SIZE``
    lines, a page of contents and pages of lines; then a page (or pages) for each actor in more than
    ``STORIES_SHOWN`` stories."""
    stories = the_stories(len(casts))
    short = story_labels({story.slug: story.title for story in casts})
    order = reading_order(casts)
    sheets = paging.split(lines, PAGE_SIZE)
    views: list[IndexPage] = []
    if len(sheets) == 1:
        views.append(
            (PATH, TITLE, PeopleView(title=TITLE, kinds=_kinds(PATH, lines, short, order), stories=stories))
        )
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
                        kinds=_kinds(page, sheet, short, order),
                        stories=stories,
                        pager=paging.pager(page, index_path, number, len(sheets), ("← Previous", "Next →")),
                        about=f"[All pages of the index]({href(page, PATH)})",
                    ),
                )
            )
    published = {story.slug: story.published for story in casts}
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
