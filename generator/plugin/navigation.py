"""The plugin's navigation: the site's, made once, and the part of it each page shows."""

from __future__ import annotations

from typing import Any

from mkdocs.structure.files import Files, file_sort_key
from mkdocs.structure.nav import Navigation
from mkdocs.utils import nest_paths

from generator.site.pages import NavItem, Pages
from generator.site.urls import HUB


def site_navigation(nav: Any, files: Files, pages: Pages) -> list[Any]:
    """The site's navigation: the hand-written pages (as MkDocs would list them), then each dossier.

    A navigation given in mkdocs.yml takes the place of the hand-written pages: the hub comes first
    and each dossier's section after it.
    """
    generated = [nav_entry(item) for item in pages.nav]
    home = [entry for entry in generated[:1] if pages.pages and pages.pages[0].path == HUB]
    if nav is not None:
        return [*home, *nav, *generated[len(home) :]]
    ours = {page.path for page in pages.pages}
    hand_written = [
        f.src_uri
        for f in sorted(files.documentation_pages(), key=file_sort_key)
        if f.src_uri not in ours and f.inclusion.is_in_nav()
    ]
    return [*home, *nest_paths(hand_written), *generated[len(home) :]]


def story_of(item: Any, stories: frozenset[str]) -> str | None:
    """The story whose pages a navigation item holds: the folder of its first page, if a story's."""
    while getattr(item, "children", None):
        item = item.children[0]
    uri = item.file.src_uri if getattr(item, "file", None) else ""
    first = uri.split("/", 1)[0]
    return first if "/" in uri and first in stories else None


def nav_entry(item: NavItem) -> dict[str, Any]:
    if item.path is not None:
        return {item.title: item.path}
    return {item.title: [nav_entry(child) for child in item.children]}


def navigation_shown(
    nav: Navigation, story_of_item: dict[int, str | None], story: str | None, *, single: bool
) -> Navigation:
    """What a page of ``story`` (None: of no story) shows of the site's navigation: the hand-written
    pages and that story's section, never every story's, so a page's size does not grow with the
    publication; on a page outside every story, the story's section when the site holds only one
    (as a single-story site always showed). ``story_of_item`` maps each top-level item (by ``id``)
    to its story (``story_of``)."""
    wanted = (None, story) if story is not None or not single else (None, *story_of_item.values())
    items = [item for item in nav.items if story_of_item.get(id(item)) in wanted]
    return Navigation(items, nav.pages)


class StoryMenu:
    """The menu each page shows: its own story's section and the hand-written pages (see
    ``navigation_shown``). ``remember`` is given the site's navigation once it is made."""

    def __init__(self, stories: frozenset[str] = frozenset()) -> None:
        self.stories = stories
        self._story_of_item: dict[int, str | None] = {}
        # Each story's menu, made once for the navigation it was made from (a menu is looked at by
        # every page, and the navigation has an item for every story: made on each page, the
        # menus would cost the square of the publication).
        self._shown: dict[tuple[int, str | None], Navigation] = {}

    def remember(self, nav: Navigation) -> None:
        """Which top-level item of ``nav`` is whose story."""
        self._story_of_item = {id(item): story_of(item, self.stories) for item in nav.items}
        self._shown = {}

    def shown(self, nav: Navigation, path: str | None) -> Navigation:
        """What the page at ``path`` (None: a page without Markdown, such as 404.html) shows."""
        first = path.split("/", 1)[0] if path else None
        story = first if first in self.stories else None
        made = self._shown.get((id(nav), story))
        if made is None or made.pages is not nav.pages:
            made = navigation_shown(nav, self._story_of_item, story, single=len(self.stories) == 1)
            self._shown[id(nav), story] = made
        return made
