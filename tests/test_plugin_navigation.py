"""The menu each page shows (``generator.plugin.navigation``), on MkDocs' own navigation of real pages:
no build, the real ``get_navigation`` over the plugin's files."""

from __future__ import annotations

import shutil
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation, get_navigation

from generator.checking.loader import load_site
from generator.plugin import assembly
from generator.plugin.navigation import StoryMenu, site_navigation
from generator.site.catalog import PageCatalog
from generator.site.pages import build_pages

HERE = Path(__file__).parent
DOSSIERS = HERE / "fixtures" / "dossiers"
BASIC = HERE / "fixtures" / "sites" / "basic"


def navigation(tmp_path: Path, names: tuple[str, ...]) -> tuple[Navigation, StoryMenu]:
    for name in names:
        shutil.copytree(DOSSIERS / name, tmp_path / "content" / name)
    pages = build_pages(load_site(tmp_path / "content").raise_for_problems())
    config = load_config(str(BASIC / "mkdocs.yml"))
    config.plugins._current_plugin = "explainer"
    files = Files([])
    assembly.add_pages(files, config, pages)
    config.nav = site_navigation(config.nav, files, pages)
    nav = get_navigation(files, config)
    menu = StoryMenu(PageCatalog.of(pages).stories)
    menu.remember(nav)
    return nav, menu


def titles(nav: Navigation) -> list[str]:
    return [str(item.title) for item in nav.items]


def test_a_page_shows_its_own_storys_section_only(tmp_path: Path) -> None:
    nav, menu = navigation(tmp_path, ("suez-canal-blockage", "glacier-lake-flood"))
    every = titles(nav)
    suez = titles(menu.shown(nav, "suez-canal-blockage/numbers.md"))
    flood = titles(menu.shown(nav, "glacier-lake-flood/index.md"))
    assert len(suez) == len(flood) == len(every) - 1
    assert set(suez) ^ set(flood) == set(every) - (set(suez) & set(flood))
    hub = titles(menu.shown(nav, "index.md"))
    assert len(hub) == len(every) - 2 and titles(menu.shown(nav, None)) == hub


def test_a_single_story_site_shows_its_section_everywhere(tmp_path: Path) -> None:
    nav, menu = navigation(tmp_path, ("suez-canal-blockage",))
    assert titles(menu.shown(nav, "index.md")) == titles(nav) == titles(menu.shown(nav, None))
