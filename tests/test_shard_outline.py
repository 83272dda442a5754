"""A shard makes the pages of its own stories only: of the others it knows their outline (pages'
paths, titles, menu, downloads), the same as a full build's, without making their Markdown, and its
own stories' pages are byte for byte those of a full build. The build through the real command line
is in tests/test_shard_reads.py."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from publication import make_content

from generator.checking.loader import load_site
from generator.format.dossier import Site
from generator.format.history import History
from generator.site.across import Across
from generator.site.crossref import CrossReference
from generator.site.pages import Page, Pages, build_pages, outline_part, story_part
from generator.site.render import Renderer
from generator.site.reuse import ReuseStore
from generator.site.shards import Shard
from generator.site.storycache import StoryCache, code_fingerprint

HISTORY = History(False, "No history here.")


@cache
def publication(folder: Path) -> Site:
    return load_site(make_content(folder / "content", copies=4)).raise_for_problems()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    return publication(tmp_path_factory.mktemp("publication"))


def shape(page: Page) -> tuple[str, str, bool, bool]:
    return page.path, page.title, page.in_nav, page.searchable


@pytest.mark.parametrize("history", [None, HISTORY])
def test_a_storys_outline_lists_what_its_part_lists_without_markdown(
    site: Site, history: History | None
) -> None:
    xrefs = [CrossReference(dossier) for dossier in site.dossiers]
    across = Across.of(xrefs)
    for xref in xrefs:
        full = story_part(xref, Renderer(), "Explainers", history, across)
        outline = outline_part(xref.dossier, history)
        assert [shape(page) for page in outline.pages] == [shape(page) for page in full.pages]
        assert outline.nav == full.nav
        assert [(d.path, d.label, d.media_type) for d in outline.downloads] == [
            (d.path, d.label, d.media_type) for d in full.downloads
        ]
        assert all(page.markdown == "" for page in outline.pages) and outline.jsonld == {}
        assert all(page.markdown for page in full.pages)


def by_path(pages: Pages) -> dict[str, Page]:
    return {page.path: page for page in pages.pages}


def test_a_shard_makes_its_own_stories_pages_as_a_full_build_and_outlines_the_others(site: Site) -> None:
    histories = {dossier.slug: HISTORY for dossier in site.dossiers}
    full = build_pages(site, histories=histories)
    slugs = [dossier.slug for dossier in site.dossiers]
    assert len(slugs) == 7
    for index in (1, 2, 3):
        own = Shard(index, 3).share(slugs)
        made = build_pages(site, histories=histories, owned=own.__contains__)
        assert [shape(page) for page in made.pages] == [shape(page) for page in full.pages]
        assert made.nav == full.nav
        pages, whole = by_path(made), by_path(full)
        for path, page in pages.items():
            story = path.split("/", 1)[0]
            if story in own or story not in slugs:  # its own story's, or a site-wide page
                assert page == whole[path], path
                assert made.jsonld.get(path) == full.jsonld.get(path), path
            else:
                assert page.markdown == "" and path not in made.jsonld, path
        assert {d.path: d.content for d in made.downloads if d.path.split("/", 1)[0] in own} == {
            d.path: d.content for d in full.downloads if d.path.split("/", 1)[0] in own
        }
    # Dealt out in turn by slug: 3, 2 and 2 stories.
    assert [len(Shard(index, 3).share(slugs)) for index in (1, 2, 3)] == [3, 2, 2]


def test_the_parts_a_shard_keeps_hold_for_a_full_build(site: Site, tmp_path: Path) -> None:
    """What a shard's parts read of other stories is digested as in a full build: a full build with
    the same cache keeps them (a read of another story left undigested would make them again)."""
    store = ReuseStore(tmp_path, "stories", hold=False)
    code = code_fingerprint(Renderer().folders)
    slugs = [dossier.slug for dossier in site.dossiers]
    own = Shard(1, 3).share(slugs)
    shard = StoryCache(store, code)
    build_pages(site, kept=shard, owned=own.__contains__)
    assert sorted(shard.made) == sorted(own)
    again = StoryCache(store, code)
    assert build_pages(site, kept=again) == build_pages(site)
    assert sorted(again.made) == sorted(set(slugs) - own)
