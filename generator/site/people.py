"""The site-wide index of people, organisations and places: every actor once, with its stories.

An actor shared by several dossiers (see ``shared-actors.yaml``) is one line, linking to its page in
each story; the index exists when the site holds more than one dossier.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from generator.format.dossier import Site
from generator.format.identity import actor_names
from generator.format.model import Actor
from generator.site import urls
from generator.site.markup import escape, href
from generator.site.sections import KIND_TITLES
from generator.site.views import Fact, Group, View, joined, the_stories

PATH = urls.PEOPLE
TITLE = "People, organisations and places"


@dataclass(frozen=True)
class PeopleView(View):
    template: ClassVar[str] = "people.md.j2"
    search_boost: ClassVar[float] = 1.5
    groups: tuple[Group, ...] = ()
    # "both stories", "the three stories": every story of the site, in words.
    stories: str = ""


def people_view(site: Site) -> PeopleView:
    """One entry per actor, grouped by kind, each naming the stories it appears in. An actor shared
    through shared-actors is one record; two records of one kind that share a name (which `validate`
    warns about) are one actor to a reader, so they are one line too."""
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
    by_kind: dict[object, list[Fact]] = {}
    for key in sorted(merged, key=lambda key: (names[key].name.casefold(), key)):
        actor = names[key]
        stories = joined(
            [
                f"[{escape(title)}]({href(PATH, urls.actor(slug, actor_id))})"
                for slug, title, actor_id in sorted(set(merged[key]))
            ]
        )
        by_kind.setdefault(actor.kind, []).append(Fact(escape(actor.name), body=stories))
    groups = tuple(Group(KIND_TITLES[kind], tuple(by_kind[kind])) for kind in KIND_TITLES if kind in by_kind)
    return PeopleView(title=TITLE, groups=groups, stories=the_stories(len(site.dossiers)))


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
