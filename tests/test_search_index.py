"""Pagefind's index of a built site (``generator.site.search.index_site``): one index, or past a number
of stories an index in parts that the search box merges, each page in one part; each part kept by
its pages, and made again only when they changed."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from generator.site import search
from generator.site.search import MERGED_UNUSED, UNUSED, index_site

PAGE = '<!DOCTYPE html><html lang="en"><head><title>{0}</title></head><body><nav>menu</nav>'
BODY = '<div data-pagefind-body><h1 id="top">{0}</h1><p>About {0}.</p></div></body></html>'


def make_site(site: Path) -> None:
    pages = ["index.html", "about/index.html"]
    pages += [f"{story}/{page}index.html" for story in ("alpha", "beta", "gamma") for page in ("", "actors/")]
    for path in pages:
        title = path.removesuffix("index.html").strip("/").replace("/", " ") or "home"
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_text(PAGE.format(title) + BODY.format(title), "utf-8")


ALL_URLS = [
    "/",
    "/about/",
    "/alpha/",
    "/alpha/actors/",
    "/beta/",
    "/beta/actors/",
    "/gamma/",
    "/gamma/actors/",
]


def indexed(bundle: Path) -> list[str]:
    urls = []
    for fragment in bundle.glob("fragment/*.pf_fragment"):
        raw = gzip.decompress(fragment.read_bytes())
        urls.append(json.loads(raw[raw.index(b"{") :])["url"])
    return sorted(urls)


def test_a_site_within_the_limit_has_one_index(tmp_path: Path) -> None:
    make_site(tmp_path)
    index_site(tmp_path, ["alpha", "beta", "gamma"], per_index=3)
    assert json.loads((tmp_path / "pagefind/parts.json").read_text("utf-8")) == []
    assert indexed(tmp_path / "pagefind") == ALL_URLS
    assert not any((tmp_path / "pagefind" / name).exists() for name in UNUSED)


def test_past_the_limit_every_page_is_in_one_part_of_the_index(tmp_path: Path) -> None:
    make_site(tmp_path)
    index_site(tmp_path, ["gamma", "beta", "alpha"], per_index=1)
    assert json.loads((tmp_path / "pagefind/parts.json").read_text("utf-8")) == ["part-1/", "part-2/"]
    # Each page in one part; each story's pages together; the pages outside every story in the first.
    parts = [indexed(tmp_path / bundle) for bundle in ("pagefind", "pagefind/part-1", "pagefind/part-2")]
    assert sorted(url for part in parts for url in part) == sorted(ALL_URLS)
    for story in ("alpha", "beta", "gamma"):
        assert sum(f"/{story}/" in part and f"/{story}/actors/" in part for part in parts) == 1, story
    assert {"/", "/about/"} <= set(parts[0])
    for bundle in ("pagefind", "pagefind/part-1", "pagefind/part-2"):
        assert (tmp_path / bundle / "pagefind-entry.json").is_file()
        assert list((tmp_path / bundle).glob("pagefind.*.pf_meta"))
        assert not any((tmp_path / bundle / name).exists() for name in UNUSED)
    # Pagefind's runtime is loaded from the main bundle only: the merged parts go without it.
    assert (tmp_path / "pagefind/pagefind.js").is_file()
    assert list((tmp_path / "pagefind").glob("wasm.*.pagefind"))
    for part in ("pagefind/part-1", "pagefind/part-2"):
        assert not any(next((tmp_path / part).glob(pattern), None) for pattern in MERGED_UNUSED), part
    # The folders Pagefind read the parts from are gone.
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "about",
        "alpha",
        "beta",
        "gamma",
        "index.html",
        "pagefind",
    ]


def test_a_page_the_index_leaves_out_is_in_no_part(tmp_path: Path) -> None:
    """A page without an indexed part (the home page, a list across stories) is given to no part, so
    that its changes change none."""
    make_site(tmp_path)
    (tmp_path / "index.html").write_text(PAGE.format("home") + "<p>Latest stories.</p></body></html>")
    index_site(tmp_path, ["alpha", "beta", "gamma"], per_index=1, kept=tmp_path.parent / "kept")
    bundles = [
        "pagefind",
        *(f"pagefind/{p}" for p in json.loads((tmp_path / "pagefind/parts.json").read_text())),
    ]
    assert sorted(url for bundle in bundles for url in indexed(tmp_path / bundle)) == ALL_URLS[1:]
    before = {p: p.read_bytes() for p in (tmp_path / "pagefind").rglob("*") if p.is_file()}
    (tmp_path / "index.html").write_text(PAGE.format("home") + "<p>Other stories.</p></body></html>")
    made = []
    original = search._run_pagefind
    search._run_pagefind = lambda *args: made.append(args) or original(*args)
    try:
        index_site(tmp_path, ["alpha", "beta", "gamma"], per_index=1, kept=tmp_path.parent / "kept")
    finally:
        search._run_pagefind = original
    assert made == []  # every part copied from the cache
    assert {p: p.read_bytes() for p in (tmp_path / "pagefind").rglob("*") if p.is_file()} == before


def test_parts_are_written_the_same_every_time(tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    for site in (first, second):
        make_site(site)
        index_site(site, ["alpha", "beta", "gamma"], per_index=2)
    files = sorted(p.relative_to(first) for p in (first / "pagefind").rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in (second / "pagefind").rglob("*") if p.is_file())
    assert all((first / path).read_bytes() == (second / path).read_bytes() for path in files)


def test_a_part_whose_pages_did_not_change_is_copied_from_the_cache(tmp_path: Path) -> None:
    def build(site: Path) -> dict[str, bytes]:
        index_site(site, ["alpha", "beta", "gamma"], per_index=1, kept=tmp_path / "kept")
        return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}

    make_site(tmp_path / "clean")
    index_site(tmp_path / "clean", ["alpha", "beta", "gamma"], per_index=1)
    clean = {
        p.relative_to(tmp_path / "clean").as_posix(): p.read_bytes()
        for p in (tmp_path / "clean").rglob("*")
        if p.is_file()
    }
    make_site(tmp_path / "one")
    assert build(tmp_path / "one") == clean
    kept = sorted(path.name for path in (tmp_path / "kept").iterdir() if path.is_dir())
    assert len(kept) == len(json.loads(clean["pagefind/parts.json"])) + 1
    assert sorted(path.name for path in (tmp_path / "kept").iterdir()) == sorted(
        [*kept, *(f"{k}.json" for k in kept)]
    )
    # An edit to one page: its part alone is made again, and the old one forgotten.
    make_site(tmp_path / "two")
    page = tmp_path / "two" / "beta" / "index.html"
    page.write_text(page.read_text("utf-8").replace("About beta", "About heron beta"), "utf-8")
    edited = build(tmp_path / "two")
    now = sorted(path.name for path in (tmp_path / "kept").iterdir() if path.is_dir())
    assert len(now) == len(kept) and len(set(now) - set(kept)) == 1
    assert len(list((tmp_path / "kept").iterdir())) == 2 * len(now)  # each with its list of files
    changed = {
        path.split("/")[1] if path.startswith("pagefind/part-") else "main"
        for path in edited
        if path.startswith("pagefind/") and edited[path] != clean.get(path)
    }
    assert len(changed) == 1  # the one part that holds the edited page
    # A part is kept by renaming a whole folder: nothing half-written is left behind.
    assert not list((tmp_path / "kept").glob(".tmp-*"))


def test_a_part_read_through_a_glob_is_the_part_read_from_links(tmp_path: Path) -> None:
    """Pagefind finds a part's pages where they are, by a glob; the same bytes as from a folder of
    links to them (what a path with a pattern's character still takes)."""
    sites = {}
    for how in ("glob", "links"):
        site = sites[how] = tmp_path / how
        make_site(site)
        unmarked = site / "alpha" / "updates" / "index.html"  # left out: the part has marked pages
        unmarked.parent.mkdir()
        unmarked.write_text(PAGE.format("updates") + "<p>Corrections.</p></body></html>", "utf-8")
        original = search._glob
        if how == "links":
            search._glob = lambda *args: None
        try:
            index_site(site, ["alpha", "beta", "gamma"], per_index=1)
        finally:
            search._glob = original
    files = sorted(
        p.relative_to(sites["glob"]) for p in (sites["glob"] / "pagefind").rglob("*") if p.is_file()
    )
    assert files and files == sorted(
        p.relative_to(sites["links"]) for p in (sites["links"] / "pagefind").rglob("*") if p.is_file()
    )
    assert all((sites["glob"] / f).read_bytes() == (sites["links"] / f).read_bytes() for f in files)
    assert "/alpha/updates/" not in {
        url for b in ("pagefind", "pagefind/part-1", "pagefind/part-2") for url in indexed(sites["glob"] / b)
    }


def test_the_glob_names_whole_folders_only_when_nothing_else_there_would_be_indexed() -> None:
    marked, unmarked = (True, "x"), (False, "y")
    read = {
        Path("index.html"): marked,
        Path("alpha/index.html"): marked,
        Path("alpha/updates/index.html"): unmarked,
        Path("beta/index.html"): marked,
        Path("beta/actors/index.html"): marked,
    }
    assert (
        search._glob([Path("index.html"), Path("alpha/index.html")], read) == "{index.html,alpha/**/*.html}"
    )
    # A marked page of the folder outside the part: the part's pages one by one.
    assert search._glob([Path("beta/index.html")], read) == "beta/index.html"
    # A character Pagefind's glob reads as a pattern: no glob (a folder of links instead).
    odd = {Path("a[1]/index.html"): marked}
    assert search._glob([Path("a[1]/index.html")], odd) is None


def test_a_kept_part_is_linked_into_the_site_not_copied(tmp_path: Path) -> None:
    make_site(tmp_path / "site")
    index_site(tmp_path / "site", ["alpha", "beta", "gamma"], per_index=1, kept=tmp_path / "kept")
    entry = tmp_path / "site" / "pagefind" / "pagefind-entry.json"
    assert entry.stat().st_nlink == 2
    assert any(entry.samefile(p) for p in (tmp_path / "kept").rglob("pagefind-entry.json"))


def test_a_kept_part_written_into_through_the_site_is_made_again(tmp_path: Path) -> None:
    """The site's files of a kept part are links to the kept ones: a hand (or a tool) writing into one
    in the site writes into the kept one, which the next build then makes again rather than place."""
    make_site(tmp_path / "clean")
    index_site(tmp_path / "clean", ["alpha", "beta", "gamma"], per_index=1)
    make_site(tmp_path / "site")
    index_site(tmp_path / "site", ["alpha", "beta", "gamma"], per_index=1, kept=tmp_path / "kept")
    fragment = next((tmp_path / "site" / "pagefind" / "fragment").iterdir())
    with fragment.open("r+b") as written:  # in place, as an editor or a minifier may
        written.write(b"otter")
    index_site(tmp_path / "site", ["alpha", "beta", "gamma"], per_index=1, kept=tmp_path / "kept")
    for path in (tmp_path / "clean" / "pagefind").rglob("*"):
        if path.is_file():
            assert (
                tmp_path / "site" / path.relative_to(tmp_path / "clean")
            ).read_bytes() == path.read_bytes()
