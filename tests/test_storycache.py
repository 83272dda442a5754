"""Each story's pages kept between builds (``generator.site.storycache``): a kept part is used only
while the story, and every other story it read, is unchanged, and gives the pages a build without
the cache makes, byte for byte."""

from __future__ import annotations

import dataclasses
import gc
import shutil
from pathlib import Path

import pytest

from generator.checking.loadcache import LoadCache
from generator.checking.loader import load_site
from generator.format.dossier import ThreadLink
from generator.site import a_to_z, people
from generator.site.across import Across
from generator.site.crossref import CrossReference
from generator.site.pages import Pages, build_pages
from generator.site.render import Renderer
from generator.site.reuse import ReuseStore
from generator.site.storycache import HeldParts, Reprs, StoryCache, code_fingerprint, digest, recording

DOSSIERS = Path(__file__).parent / "fixtures" / "dossiers"
STORIES = ("suez-canal-blockage", "suez-canal-backlog", "glacier-lake-flood")


def content(tmp_path: Path) -> Path:
    for name in STORIES:
        shutil.copytree(DOSSIERS / name, tmp_path / "content" / name)
    return tmp_path / "content"


def pages(folder: Path, cache: StoryCache | None = None) -> Pages:
    return build_pages(load_site(folder).raise_for_problems(), Renderer(), kept=cache)


def cache(folder: Path) -> StoryCache:
    return StoryCache(ReuseStore(folder, "stories", hold=False), code_fingerprint(Renderer().folders))


def test_an_unchanged_site_keeps_every_story_and_gives_the_same_pages(tmp_path: Path) -> None:
    folder = content(tmp_path)
    first = cache(tmp_path / "cache")
    assert pages(folder, first) == pages(folder)
    assert sorted(first.made) == sorted(STORIES)
    second = cache(tmp_path / "cache")
    assert pages(folder, second) == pages(folder) and second.made == []


def test_an_edit_makes_again_the_story_and_those_that_read_it(tmp_path: Path) -> None:
    folder = content(tmp_path)
    pages(folder, cache(tmp_path / "cache"))
    claims = folder / "glacier-lake-flood" / "claims.yaml"
    assert "statement: " in claims.read_text("utf-8")
    claims.write_text(claims.read_text("utf-8").replace("statement: ", "statement: Heron says ", 1), "utf-8")
    after = cache(tmp_path / "cache")
    assert pages(folder, after) == pages(folder)
    assert after.made == ["glacier-lake-flood"]  # no other story reads the flood
    actors = folder / "suez-canal-blockage" / "actors.yaml"
    text = actors.read_text("utf-8")
    assert "name: Suez Canal Authority" in text
    actors.write_text(text.replace("name: Suez Canal Authority", "name: Suez Canal Authority Heron"), "utf-8")
    shared = cache(tmp_path / "cache")
    made = pages(folder, shared)
    assert made == pages(folder) and sorted(shared.made) == ["suez-canal-backlog", "suez-canal-blockage"]
    assert any("Suez Canal Authority Heron" in page.markdown for page in made.pages if "backlog" in page.path)


def test_a_damaged_or_changed_code_entry_is_made_again(tmp_path: Path) -> None:
    folder = content(tmp_path)
    pages(folder, cache(tmp_path / "cache"))
    for path in (tmp_path / "cache" / "stories").rglob("*"):
        if path.is_file() and "glacier" not in path.name:
            path.write_bytes(b"damaged")
    damaged = cache(tmp_path / "cache")
    assert pages(folder, damaged) == pages(folder) and sorted(damaged.made) == sorted(STORIES)
    other = StoryCache(ReuseStore(tmp_path / "cache", "stories"), "another generator")
    pages(folder, other)
    assert sorted(other.made) == sorted(STORIES)


def test_recording_sees_every_story_read_through_the_index() -> None:
    site = load_site(DOSSIERS).raise_for_problems()
    across = Across.of(CrossReference(dossier) for dossier in site.dossiers)
    seen, reads = recording(across)
    assert reads == set()
    slug = sorted(across.xrefs)[0]
    assert seen.xrefs[slug].dossier.slug == slug and reads == {slug}
    list(seen.xrefs.values())
    assert reads == set(across.xrefs)


def test_a_digest_reuses_each_unchanged_entry_and_sees_every_change(tmp_path: Path) -> None:
    folder = content(tmp_path)
    site = load_site(folder).raise_for_problems()
    dossier = site.dossiers[0]
    reprs = Reprs()
    first = digest(dossier, reprs)
    reprs.turn()
    assert digest(dossier, reprs) == first == digest(dossier)  # kept entries give the same digest
    assert set(reprs.used) == set(reprs.kept)  # every entry of the story's was taken as kept
    reprs.turn()
    actor = dossier.actors[0]
    renamed = dataclasses.replace(
        dossier, actors=(actor.model_copy(update={"name": "Heron"}), *dossier.actors[1:])
    )
    assert digest(renamed, reprs) != first
    moved = dataclasses.replace(dossier, actors=(*dossier.actors[1:], actor))  # the same entries, reordered
    assert digest(moved, reprs) != first
    # What loading the site adds (the thread, appearances in other stories) is part of it too.
    followed = dataclasses.replace(dossier, thread=(ThreadLink("Next", "heron", "Heron"), *dossier.thread))
    assert digest(followed, reprs) != first


def test_under_serve_the_last_builds_parts_are_held_decoded(tmp_path: Path) -> None:
    folder = content(tmp_path)
    held: HeldParts = {}

    def serving() -> StoryCache:
        return StoryCache(cache(tmp_path / "cache").store, code_fingerprint(Renderer().folders), held=held)

    assert pages(folder, serving()) == pages(folder) and len(held) == len(STORIES)
    unread = serving()
    unread.store = ReuseStore(tmp_path / "elsewhere", "stories", hold=False)  # nothing on disk there
    assert pages(folder, unread) == pages(folder) and unread.made == []  # every part as held
    claims = folder / "glacier-lake-flood" / "claims.yaml"
    claims.write_text(claims.read_text("utf-8").replace("statement: ", "statement: Heron says ", 1), "utf-8")
    after = serving()
    assert pages(folder, after) == pages(folder) and after.made == ["glacier-lake-flood"]
    assert len(held) == len(STORIES)  # the edited story's new part in place of its old one


def test_only_serve_keeps_the_entries_reprs_between_builds(tmp_path: Path) -> None:
    """A build of its own digests every story once: keeping each entry's ``repr`` to the end of the
    process would hold about 125 MB at 1,000 stories for nothing. Under `serve` they are kept."""
    folder = content(tmp_path)
    pages(folder, cache(tmp_path / "cache"))
    gc.collect()
    assert [held for held in gc.get_objects() if isinstance(held, Reprs) and held.kept] == []
    serving = StoryCache(
        cache(tmp_path / "cache").store, code_fingerprint(Renderer().folders), held={}, reprs=Reprs()
    )
    pages(folder, serving)
    assert serving.reprs is not None and len(serving.reprs.kept) > len(STORIES)


def test_loading_with_the_cache_knows_each_dossiers_digest_and_sees_a_shared_record_change(
    tmp_path: Path,
) -> None:
    """A site loaded with the cache knows each dossier's digest from its story's key and what the
    checks across stories changed (``loadcache.linked_digest``): the same in a later build, and
    changed for the story that draws a shared actor's record when only the story holding it is
    edited. A part kept under the known digests gives the pages a build without them makes."""
    folder = content(tmp_path)

    def loaded() -> dict[str, str]:
        site = load_site(folder, kept=LoadCache(tmp_path / "loaded")).raise_for_problems()
        assert sorted(site.digests) == sorted(STORIES)
        return dict(site.digests)

    first = loaded()
    assert loaded() == first  # a later build, from the cache on disk
    actors = folder / "suez-canal-blockage" / "actors.yaml"
    text = actors.read_text("utf-8")
    actors.write_text(text.replace("name: Suez Canal Authority", "name: Suez Canal Authority Heron"), "utf-8")
    edited = loaded()
    assert edited["glacier-lake-flood"] == first["glacier-lake-flood"]
    assert edited["suez-canal-blockage"] != first["suez-canal-blockage"]
    assert edited["suez-canal-backlog"] != first["suez-canal-backlog"]  # draws the record edited
    site = load_site(folder, kept=LoadCache(tmp_path / "loaded")).raise_for_problems()
    kept = cache(tmp_path / "parts")
    build_pages(site, Renderer(), kept=kept)
    assert build_pages(site, Renderer(), kept=cache(tmp_path / "parts")) == pages(folder)


def test_the_index_a_to_z_is_kept_while_what_it_reads_of_every_story_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages made from every story are kept under a digest of what they read: an edit to an event's
    description (which the index A to Z does not show) makes them from the cache; a new name makes
    them again. Either way they are the pages a build without the cache makes."""
    folder = content(tmp_path)
    made: list[int] = []
    real = a_to_z.a_to_z_views
    monkeypatch.setattr(a_to_z, "a_to_z_views", lambda stories: made.append(1) or real(stories))
    pages(folder, cache(tmp_path / "cache"))
    assert made == [1]
    events = folder / "suez-canal-blockage" / "events.yaml"
    events.write_text(events.read_text("utf-8").replace("description: ", "description: Heron ", 1), "utf-8")
    assert pages(folder, cache(tmp_path / "cache")) == pages(folder)
    assert made == [1, 1]  # the build without the cache only
    actors = folder / "glacier-lake-flood" / "actors.yaml"
    actors.write_text(actors.read_text("utf-8").replace("name: ", "name: Heron ", 1), "utf-8")
    assert pages(folder, cache(tmp_path / "cache")) == pages(folder)
    assert made == [1, 1, 1, 1]


def test_what_pages_across_stories_read_of_an_unchanged_story_is_known_by_its_digest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Loaded with the cache, a story whose dossier is unchanged is not read again for the pages
    made from every story (the index A to Z, the people index): what they read of it is known by its
    digest. The pages are still those of a build without the cache."""
    folder = content(tmp_path)
    read: list[str] = []
    real_filed, real_cast = a_to_z.filed, people.cast_of
    monkeypatch.setattr(a_to_z, "filed", lambda dossier: read.append(dossier.slug) or real_filed(dossier))
    monkeypatch.setattr(people, "cast_of", lambda dossier: read.append(dossier.slug) or real_cast(dossier))

    def built() -> Pages:
        site = load_site(folder, kept=LoadCache(tmp_path / "loaded")).raise_for_problems()
        return build_pages(site, Renderer(), kept=cache(tmp_path / "parts"))

    built()
    assert sorted(read) == sorted(STORIES * 2)
    read.clear()
    claims = folder / "glacier-lake-flood" / "claims.yaml"
    claims.write_text(claims.read_text("utf-8").replace("statement: ", "statement: Heron says ", 1), "utf-8")
    assert built() == pages(folder)
    assert sorted(read) == sorted(["glacier-lake-flood"] * 2 + [*STORIES] * 2)  # the edited; all without


def test_pages_across_stories_made_again_read_only_the_story_that_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edit that changes what the index A to Z reads of one story makes the index again from what
    was read of the others before, kept by their digests: only the edited story is read."""
    folder = content(tmp_path)
    read: list[str] = []
    real_filed = a_to_z.filed
    monkeypatch.setattr(a_to_z, "filed", lambda dossier: read.append(dossier.slug) or real_filed(dossier))

    def built() -> Pages:
        site = load_site(folder, kept=LoadCache(tmp_path / "loaded")).raise_for_problems()
        return build_pages(site, Renderer(), kept=cache(tmp_path / "parts"))

    built()
    read.clear()
    actors = folder / "glacier-lake-flood" / "actors.yaml"
    text = actors.read_text("utf-8")
    assert "description: The lake above the valley." in text
    actors.write_text(text.replace("The lake above the valley.", "The cold lake above the valley."), "utf-8")
    made = built()
    assert read == ["glacier-lake-flood"]
    index = next(page for page in made.pages if page.path == a_to_z.PATH)
    assert "cold lake above the valley" in index.markdown
    assert made == pages(folder)


def test_a_listing_page_whose_stories_did_not_change_is_not_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The home page's and the topics' pages are kept by what makes them: after an edit to one story,
    only the listings that show it are made again, and every page is a clean build's."""
    from generator.site import pages as pages_module

    folder = content(tmp_path)
    for slug in ("suez-canal-blockage", "suez-canal-backlog"):  # a topic without the edited story
        meta = folder / slug / "dossier.yaml"
        meta.write_text(
            meta.read_text("utf-8").replace("\nstory:", "\ntags:\n  - shipping\nstory:", 1), "utf-8"
        )
    made: list[str] = []
    real_view = pages_module.hub_view
    monkeypatch.setattr(
        pages_module,
        "hub_view",
        lambda shown, page, title: made.append(page) or real_view(shown, page, title),
    )

    def built() -> Pages:
        site = load_site(folder, kept=LoadCache(tmp_path / "loaded")).raise_for_problems()
        return build_pages(site, Renderer(), kept=cache(tmp_path / "parts"))

    first = built()
    listings = sorted(made)
    made.clear()
    showing = {
        page.path for page in first.pages if page.path in listings and "glacier-lake-flood/" in page.markdown
    }
    assert len(listings) > len(showing) > 0
    claims = folder / "glacier-lake-flood" / "claims.yaml"
    claims.write_text(claims.read_text("utf-8").replace("statement: ", "statement: Heron says ", 1), "utf-8")
    again = built()
    assert sorted(made) == sorted(showing)
    assert again == pages(folder)
    made.clear()
    assert built() == again and made == []
