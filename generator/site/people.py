"""The site-wide index of people, organisations and places: every actor once, with its stories.

An actor shared by several dossiers (see ``shared-actors.yaml``) is one line, linking to its page in
each story; the index exists when the site holds more than one dossier.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from generator.format.dossier import Site
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
    """One entry per actor record, grouped by kind, each naming the stories it appears in."""
    names: dict[tuple[str, str], Actor] = {}
    seen: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for dossier in site.dossiers:
        for actor in dossier.actors:
            key = dossier.record_of(actor.id)
            names.setdefault(key, actor)  # a shared actor carries its record's name and kind
            seen.setdefault(key, []).append((dossier.slug, dossier.meta.title, actor.id))
    by_kind: dict[object, list[Fact]] = {}
    for key, actor in sorted(names.items(), key=lambda item: (item[1].name.casefold(), item[0])):
        stories = joined(
            [
                f"[{escape(title)}]({href(PATH, urls.actor(slug, actor_id))})"
                for slug, title, actor_id in sorted(seen[key])
            ]
        )
        by_kind.setdefault(actor.kind, []).append(Fact(escape(actor.name), body=stories))
    groups = tuple(Group(KIND_TITLES[kind], tuple(by_kind[kind])) for kind in KIND_TITLES if kind in by_kind)
    return PeopleView(title=TITLE, groups=groups, stories=the_stories(len(site.dossiers)))
