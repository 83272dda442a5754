"""Under `mkdocs serve`: a story with errors is set apart so that it never takes the others down.

The stories that load build as usual. A broken story keeps its last good pages (the plugin shows its
problems on them in a banner) or, if it has never built, its address shows a page listing its
problems. `mkdocs build` never gets here: any error stops it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.checking import report
from generator.checking.diagnostics import Diagnostic
from generator.checking.loader import LoadResult
from generator.format.dossier import Site
from generator.site.markup import page_title, problems_page
from generator.site.pages import NavItem, Page, Pages, nav_title
from generator.site.shelf import pack
from generator.site.urls import overview


@dataclass(frozen=True)
class SetApart:
    """What to serve, what to keep as the last good pages, and the problems of each broken story."""

    pages: Pages
    last_good: Pages
    # The diagnostics of each broken story, by its folder's name.
    problems: dict[str, str]
    # The broken stories still shown by their last good pages, and each of those pages' problems.
    kept: tuple[str, ...]
    banners: dict[str, str]


def set_apart(
    result: LoadResult, content: Path, build: Callable[[Site], Pages], last: Pages | None
) -> SetApart | None:
    """The site with the broken stories of ``result`` set apart; None when a problem lies outside
    every story (no content folder, say), which no story can be set apart from. ``build`` builds the
    pages of the stories that loaded; it may raise a GeneratorError."""
    loaded = {dossier.slug for dossier in result.dossiers}
    broken: dict[str, list[Diagnostic]] = {}
    for diagnostic in result.diagnostics:
        folder = story_folder(diagnostic.path, content)
        if folder is None:
            if diagnostic.severity == "error":
                return None
        elif folder not in loaded:
            broken.setdefault(folder, []).append(diagnostic)
    if not broken:
        return None
    pages = build(Site(content, result.dossiers))
    last = last or Pages((), ())
    problems = {folder: errors_first(found) for folder, found in sorted(broken.items())}
    kept: list[Page] = []
    extra: list[Page] = []
    banners: dict[str, str] = {}
    nav = list(pages.nav)
    for folder, text in problems.items():
        old = [page for page in last.pages if page.path.startswith(f"{folder}/")]
        if old:
            kept.extend(old)
            banners.update((page.path, text) for page in old)
            nav.extend(
                item for item in last.nav if item.children and item.children[0].path == overview(folder)
            )
        else:
            path = overview(folder)
            page = problems_page(folder, text, warnings_of(broken[folder]))
            extra.append(Page(path, page_title(folder), pack(page)))
            nav.append(NavItem(nav_title(folder), children=(NavItem("Problems", path),)))
    downloads = [download for download in last.downloads if download.path.split("/", 1)[0] in broken]
    jsonld = {path: data for path, data in last.jsonld.items() if path.split("/", 1)[0] in broken}
    good = Pages(
        (*pages.pages, *kept), tuple(nav), (*pages.downloads, *downloads), {**jsonld, **pages.jsonld}
    )
    shown = Pages((*good.pages, *extra), good.nav, good.downloads, good.jsonld)
    kept_names = tuple(sorted({page.path.split("/", 1)[0] for page in kept}))
    return SetApart(shown, good, problems, kept_names, banners)


def errors_first(found: list[Diagnostic]) -> str:
    """A broken story's errors, then the count of everything: its warnings are listed apart."""
    errors = [d for d in found if d.severity == "error"]
    lines = [text for diagnostic in errors for _, text in report.human_lines(diagnostic)]
    return "\n".join([*lines, report.summary(found)]) + "\n"


def warnings_of(found: list[Diagnostic]) -> str:
    """A broken story's warnings and notes, each with its line and hint (folded on its page)."""
    rest = [d for d in found if d.severity != "error"]
    return "".join(f"{text}\n" for diagnostic in rest for _, text in report.human_lines(diagnostic))


def story_folder(path: str, content: Path) -> str | None:
    """The story folder (its name) a diagnostic's file lies in; None outside every story."""
    try:
        parts = Path(os.path.abspath(path)).relative_to(Path(os.path.abspath(content))).parts
    except ValueError:
        return None
    return parts[0] if parts else None
