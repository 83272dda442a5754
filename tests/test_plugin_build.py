"""Real site builds through the MkDocs plugin: `mkdocs build --strict`, ProperDocs, errors, overrides.

Each build runs the real command line in a copy of a fixture site. Builds are shared per session.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from launcher import python_m
from selectolax.lexbor import LexborHTMLParser
from selectolax.lexbor import LexborNode as Node

from generator.site.compact import compact

pytestmark = pytest.mark.slow

HERE = Path(__file__).parent
BASIC = HERE / "fixtures" / "sites" / "basic"
SUEZ = HERE / "fixtures" / "dossiers" / "suez-canal-blockage"
FLOOD = HERE / "fixtures" / "dossiers" / "glacier-lake-flood"
PURDUE = HERE / "fixtures" / "dossiers" / "purdue-sackler-ruling"
GLACIERS = HERE / "fixtures" / "explained" / "glacier-loss-2025"
TRIAL = HERE / "fixtures" / "explained" / "ftx-fraud-trial"
LAW = HERE / "fixtures" / "explained" / "eu-ai-act"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONWARNINGS": "ignore"}


@dataclass(frozen=True)
class Build:
    project: Path
    site: Path
    returncode: int
    output: str

    def page(self, path: str) -> LexborHTMLParser:
        return LexborHTMLParser((self.site / path).read_text("utf-8"))


def copy_site(target: Path) -> Path:
    shutil.copytree(BASIC, target)
    return target


def build(
    project: Path, *args: str, tool: str = "mkdocs", site: str = "site", env: dict[str, str] | None = None
) -> Build:
    command = ["build", "--strict", "--site-dir", site, *args]
    environment = {**ENV, **(env or {})}
    if tool == "mkdocs":
        done = python_m(tool, *command, cwd=project, env=environment, timeout=300)
    else:
        done = subprocess.run(
            [sys.executable, "-m", tool, *command],
            cwd=project,
            env=environment,
            capture_output=True,
            text=True,
            timeout=300,
        )
    return Build(project, project / site, done.returncode, done.stdout + done.stderr)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new), "utf-8")


@pytest.fixture(scope="session")
def basic(tmp_path_factory: pytest.TempPathFactory) -> Build:
    result = build(copy_site(tmp_path_factory.mktemp("basic") / "site"))
    assert result.returncode == 0, result.output
    return result


def test_strict_build_passes_without_warnings(basic: Build) -> None:
    assert "WARNING" not in basic.output
    assert "ERROR" not in basic.output


def test_nothing_is_written_into_docs(basic: Build) -> None:
    assert sorted(p.name for p in (basic.project / "docs").iterdir()) == ["guide.md"]


def test_two_builds_are_byte_identical(basic: Build) -> None:
    again = build(basic.project, site="site-again")
    assert again.returncode == 0, again.output
    first = {p.relative_to(basic.site): p.read_bytes() for p in basic.site.rglob("*") if p.is_file()}
    second = {p.relative_to(again.site): p.read_bytes() for p in again.site.rglob("*") if p.is_file()}
    assert sorted(first) == sorted(second)
    assert [path for path in first if first[path] != second[path]] == []
    assert Path("search/search_index.json") in first and Path("sitemap.xml.gz") in first


def test_the_hub_is_the_home_page_with_a_card_per_dossier(basic: Build) -> None:
    home = basic.page("index.html")
    cards = home.css("div.admonition.explainer-card")
    assert [c.css_first("h2 a").attributes["href"] for c in cards] == ["scam-handover/"]
    assert "31,000 telecom fraud suspects" in cards[0].text()


def test_actor_page_has_infobox_relations_and_footnotes(basic: Build) -> None:
    page = basic.page("scam-handover/actors/kokang/index.html")
    assert page.css_first("h1").text(strip=True).startswith("Kokang")
    infobox = page.css_first("div.admonition.explainer-infobox")
    assert "place" in infobox.text()
    links = {a.text(): a.attributes["href"] for a in page.css("article li a")}
    assert links["Ming family network"] == "../ming-family-network/"
    notes = page.css("div.footnote li")
    assert notes and all(n.css_first('a[href^="../../sources/#"]') for n in notes)


def test_glossary_links_carry_their_definition_as_a_tooltip(basic: Build) -> None:
    page = basic.page("scam-handover/index.html")
    link = page.css_first('article a[href="glossary/#scam-centre"]')
    assert link.attributes["title"].startswith("scam centre: A compound where workers")


def test_actor_pages_are_reachable_but_not_in_the_navigation(basic: Build) -> None:
    page = basic.page("scam-handover/numbers/index.html")
    nav = [a.attributes["href"] for a in page.css("nav.md-nav--primary a[href]")]
    assert not [href for href in nav if "/actors/" in href and not href.endswith("actors/")]
    assert "../actors/" in nav
    assert (basic.site / "scam-handover/actors/ming-xuechang/index.html").is_file()


def test_the_diagram_is_inline_svg_and_no_page_loads_diagram_code(basic: Build) -> None:
    page = basic.page("scam-handover/relationships/index.html")
    assert page.css_first("div.explainer-graph > svg[role=img]") is not None
    assert page.css_first(".mermaid") is None
    scripts = [s.attributes.get("src") or "" for s in page.css("script")]
    assert not [s for s in scripts if "mermaid" in s or s.startswith(("http:", "https:", "//"))]
    assert not list(basic.site.rglob("mermaid*"))
    assert page.css_first('link[href="../../assets/explainer/explainer.css"]') is not None


def test_hand_written_pages_link_to_generated_pages(basic: Build) -> None:
    page = basic.page("guide/index.html")
    hrefs = [a.attributes["href"] for a in page.css("article p a")]
    assert hrefs == ["../scam-handover/glossary/#scam-centre", "../scam-handover/actors/kokang/"]


def test_search_index_holds_generated_pages(basic: Build) -> None:
    index = (basic.site / "search/search_index.json").read_text("utf-8")
    assert "scam-handover/actors/ming-xuechang/" in index
    # Material's index, too, holds a page's own text: no footnote quotes, no footnote numbers.
    docs = json.loads(index)["docs"]
    kokang = " ".join(
        doc["text"] for doc in docs if doc["location"].startswith("scam-handover/actors/kokang/")
    )
    assert "A region of northern Myanmar" in kokang
    assert "“" not in kokang and "coordinated rebel attack" not in kokang
    assert "across the zone.</li>" in kokang  # not "zone.1"


def test_downloads_json_ld_and_search_boosts_are_in_the_built_site(basic: Build) -> None:
    data = json.loads((basic.site / "scam-handover/downloads/scam-handover.json").read_text("utf-8"))
    assert data["citation"].startswith("Myanmar hands over scam suspects. Explainer test site, first")
    assert (basic.site / "scam-handover/downloads/scam-handover-numbers.csv").is_file()
    overview = basic.page("scam-handover/index.html")
    links = [a.attributes["href"] for a in overview.css('article a[href^="downloads/"]')]
    assert links == [
        "downloads/scam-handover.json",
        "downloads/scam-handover-numbers.csv",
        "downloads/scam-handover-actors.csv",
        "downloads/scam-handover-events.csv",
    ]
    ld = 'head script[type="application/ld+json"]'
    kinds = {
        path: json.loads(basic.page(path).css_first(ld).text())["@type"]
        for path in ("scam-handover/glossary/index.html", "guide/index.html", "index.html")
    }
    assert kinds == {
        "scam-handover/glossary/index.html": "DefinedTermSet",
        "guide/index.html": "WebPage",
        "index.html": "ItemList",
    }
    index = json.loads((basic.site / "search/search_index.json").read_text("utf-8"))
    boosts = {doc["location"]: doc.get("boost") for doc in index["docs"]}
    assert boosts["scam-handover/glossary/"] == boosts["scam-handover/numbers/"] == 2.0
    assert boosts["scam-handover/actors/"] is None


# A plugin's view of each page: what it sees of the Markdown and HTML when laid out and written, and
# which pages hold their HTML in between (MkDocs converts every page before it writes any).
WATCHER = """
import json
from pathlib import Path

seen = {}

def on_files(files, config):
    # A generated page's Markdown is kept compressed, yet reads as any file's content.
    seen["file"] = files.get_file_from_path("scam-handover/actors/kokang.md").content_string
    return files

def on_env(env, config, files):
    held = [f.src_uri for f in files.documentation_pages() if f.page is not None and f.page.content]
    (Path(config.site_dir).parent / "held.json").write_text(json.dumps(sorted(held)))
    return env

def on_page_context(context, page, config, nav):
    seen[page.file.src_uri] = {"html": page.content, "markdown": page.markdown}
    return context

def on_post_page(output, page, config):
    seen[page.file.src_uri]["written"] = output
    return output

def on_post_build(config):
    (Path(config.site_dir).parent / "seen.json").write_text(json.dumps(seen))
"""


def test_pages_wait_compressed_yet_every_plugin_sees_them_whole(tmp_path: Path) -> None:
    project = copy_site(tmp_path / "site")
    (project / "watcher.py").write_text(WATCHER, "utf-8")
    edit(project / "mkdocs.yml", "markdown_extensions:", "hooks:\n  - watcher.py\n\nmarkdown_extensions:")
    result = build(project)
    assert result.returncode == 0, result.output
    held = json.loads((project / "held.json").read_text("utf-8"))
    seen = json.loads((project / "seen.json").read_text("utf-8"))
    assert seen.pop("file").startswith("# Kokang")
    # Between conversion and writing only the hand-written page holds its HTML.
    assert held == ["guide.md"]
    kokang = seen["scam-handover/actors/kokang.md"]
    assert kokang["markdown"].startswith("# Kokang")
    assert (
        kokang["html"].startswith("<div data-pagefind-body")
        and "A region of northern Myanmar" in kokang["html"]
    )
    for uri, page in seen.items():
        assert page["markdown"] and page["html"], uri
        assert compact(page["html"]) in page["written"], uri
        assert page["written"] == (result.site / _written_path(uri)).read_text("utf-8"), uri


def _written_path(src_uri: str) -> str:
    stem = src_uri.removesuffix(".md")
    return "index.html" if stem == "index" else f"{stem.removesuffix('/index')}/index.html"


def test_broken_content_fails_the_build_with_every_diagnostic_and_no_traceback(tmp_path: Path) -> None:
    project = copy_site(tmp_path / "site")
    dossier = project / "content" / "scam-handover"
    edit(dossier / "actors.yaml", "kind: place", "kind: planet")
    edit(dossier / "events.yaml", "actors: [kokang]", "actors: [kokan]")
    result = build(project)
    assert result.returncode == 1
    assert "Traceback" not in result.output
    assert "the explainer pages cannot be built" in result.output
    assert (
        "content/scam-handover/actors.yaml:30:9: error[value-invalid]: 'planet' is not a valid kind\n"
        " 30 |   kind: planet\n"
        "    |         ^\n"
        "  hint: did you mean 'place'?\n"
    ) in result.output
    assert "content/scam-handover/events.yaml:28:12: error[ref-unknown]: no actor has the id 'kokan'" in (
        result.output
    )
    assert "2 errors, 0 warnings in 2 files" in result.output
    assert not (project / "site").exists()


def test_content_warnings_fail_a_strict_build(tmp_path: Path) -> None:
    project = copy_site(tmp_path / "site")
    edit(
        project / "content/scam-handover/glossary.yaml",
        "- id: operation-1027\n",
        "- id: operation-1027\n  review: check\n",
    )
    result = build(project)
    assert result.returncode == 1
    assert "warning[review-pending]" in result.output


def test_a_site_overrides_templates_and_a_broken_one_names_file_and_line(tmp_path: Path) -> None:
    project = copy_site(tmp_path / "site")
    edit(
        project / "mkdocs.yml", "content_dir: content", "content_dir: content\n      templates_dir: templates"
    )
    templates = project / "templates"
    templates.mkdir()
    # An override must keep the anchors other pages link to: `--strict` checks every one.
    override = "# Words\n\n{% for t in terms %}\n## {{ t.text }} {: #{{ t.anchor }} }\n\n{% endfor %}\n"
    (templates / "glossary.md.j2").write_text(override)
    result = build(project)
    assert result.returncode == 0, result.output
    page = result.page("scam-handover/glossary/index.html")
    assert page.css_first("h1").text(strip=True).startswith("Words")
    headings = [h.text(strip=True).rstrip("¶") for h in page.css("article h2")]
    assert headings == ["Operation 1027", "scam centre", "self-administered zone"]

    (templates / "glossary.md.j2").write_text("# Words\n\n{% for t in terms %}\n- {{ t.text }\n")
    broken = build(project)
    assert broken.returncode == 1
    assert "Traceback" not in broken.output
    assert f'File "{templates / "glossary.md.j2"}", line 4' in broken.output


@pytest.fixture(scope="session")
def several(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The basic site with a second story, without instant navigation."""
    project = copy_site(tmp_path_factory.mktemp("several") / "site")
    shutil.copytree(SUEZ, project / "content" / "suez-canal-blockage")
    edit(project / "mkdocs.yml", "    - navigation.instant\n", "")
    result = build(project)
    assert result.returncode == 0, result.output
    return result


def test_several_dossiers_build_without_instant_navigation(several: Build) -> None:
    result = several
    home = result.page("index.html")
    # Newest first: the Suez dossier was published in 2026, the scam handover in 2024.
    assert [c.css_first("h2 a").attributes["href"] for c in home.css("div.explainer-card")] == [
        "suez-canal-blockage/",
        "scam-handover/",
    ]
    assert (result.site / "suez-canal-blockage/timeline/index.html").is_file()

    # Each page's navigation holds the hand-written pages and its own story's sections only.
    def sections(page: str) -> list[str]:
        nav = result.page(page).css(
            "nav.md-nav--primary > ul > li > label, nav.md-nav--primary > ul > li > a"
        )
        return [s.text(strip=True) for s in nav]

    assert not any("scam" in s or "Suez" in s or "Ever Given" in s for s in sections("index.html"))
    scam = sections("scam-handover/glossary/index.html")
    assert "Myanmar hands over scam suspects" in scam and not any(
        "Suez" in s or "Ever Given" in s for s in scam
    )
    suez = sections("suez-canal-blockage/actors/index.html")
    assert (
        any("Suez" in s or "Ever Given" in s for s in suez) and "Myanmar hands over scam suspects" not in suez
    )
    assert "scam-handover/" not in result.page("404.html").html.split("<article")[0]


def test_a_story_page_s_title_and_description_say_which_story_and_what_about(several: Build) -> None:
    """A search result or a shared link tells two stories' Glossaries apart; the menu keeps its labels."""

    def head(page: str) -> tuple[str, str]:
        parsed = several.page(page)
        meta = parsed.css_first('head meta[name="description"]')
        return parsed.css_first("head title").text(), meta.attributes["content"] or "" if meta else ""

    scam, suez = "Myanmar hands over scam suspects", "The Ever Given blocks the Suez Canal"
    site = "Explainer test site"
    assert head("scam-handover/glossary/index.html") == (
        f"Glossary · {scam} - {site}",
        "In 2023 Myanmar handed over tens of thousands of telecom fraud suspects to China, after a "
        "crackdown on scam centres in the Kokang self-administered zone.",
    )
    title, description = head("suez-canal-blockage/glossary/index.html")
    assert title == f"Glossary · {suez} - {site}"
    assert description.startswith("In March 2021 the Ever Given, a container ship, ran aground")
    # Its first sentence is longer than a search result shows: cut at a word.
    assert len(description) <= 160 and description.endswith(" billions of…")
    assert head("scam-handover/index.html")[0] == f"{scam} - {site}"
    actor_title, actor_description = head("scam-handover/actors/ming-xuechang/index.html")
    assert actor_title == f"Ming Xuechang · {scam} - {site}"
    assert actor_description.startswith("A leader of the fraud network in the Kokang self-administered")
    # Pages outside the stories keep the site's own (this site has no description).
    assert head("index.html") == (site, "")
    # The menu is not renamed by the longer title.
    menu = several.page("scam-handover/glossary/index.html").css("nav.md-nav--primary a")
    assert "Glossary" in [a.text(strip=True) for a in menu]


def test_a_navigation_given_in_mkdocs_yml_comes_after_the_hub_and_before_the_stories(tmp_path: Path) -> None:
    project = copy_site(tmp_path / "site")
    (project / "docs" / "notes.md").write_text(
        "# Notes for maintainers\n\nSee the [guide](guide.md).\n", "utf-8"
    )
    edit(
        project / "mkdocs.yml",
        "docs_dir: docs\n",
        "docs_dir: docs\nnav:\n  - A guide: guide.md\nnot_in_nav: /notes.md\n",
    )
    result = build(project)
    assert result.returncode == 0 and "WARNING" not in result.output, result.output
    items = result.page("scam-handover/glossary/index.html").css(
        "nav.md-nav--primary > ul > li > label, nav.md-nav--primary > ul > li > a"
    )
    assert [item.text(strip=True) for item in items] == [
        "Home",
        "A guide",
        "Myanmar hands over scam suspects",
    ]
    # The page left out of the navigation is built and reachable, not listed.
    assert (result.site / "notes" / "index.html").is_file()


def test_pagefind_indexes_each_page_s_own_text_the_same_way_every_time(tmp_path: Path) -> None:
    project = copy_site(tmp_path / "site")
    edit(project / "mkdocs.yml", "  - search\n", "")
    edit(
        project / "mkdocs.yml",
        "      content_dir: content\n",
        "      content_dir: content\n      pagefind: true\n",
    )
    first, second = build(project, site="one"), build(project, site="two")
    assert first.returncode == 0, first.output
    assert not (first.site / "search").exists()  # no whole-site index for a reader to download
    assert (first.site / "pagefind/pagefind-entry.json").is_file()
    assert list((first.site / "pagefind/index").glob("*.pf_index"))
    files = sorted(p.relative_to(first.site) for p in first.site.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second.site) for p in second.site.rglob("*") if p.is_file())
    for path in files:
        assert (first.site / path).read_bytes() == (second.site / path).read_bytes(), path
    # Only the content is indexed; footnotes (their quotes), their numbers and diagrams are not.
    overview = first.page("scam-handover/index.html")
    body = overview.css_first("article [data-pagefind-body]")
    assert body is not None and body.css_first("h1") is not None
    assert body.css_first("div.footnote").attributes.keys() >= {"data-pagefind-ignore"}
    assert all("data-pagefind-ignore" in sup.attributes for sup in body.css("sup[id^=fnref]"))
    graphs = first.page("scam-handover/relationships/index.html").css("article pre.mermaid, article svg")
    assert graphs and all("data-pagefind-ignore" in graph.attributes for graph in graphs)
    # The hub's listings repeat the stories' pages: left out. An actor's names are indexed, weighted.
    assert first.page("index.html").css_first("[data-pagefind-body]") is None
    names = first.page("scam-handover/actors/kokang/index.html").css_first("span[data-pagefind-weight]")
    assert names is not None and "hidden" in names.attributes and "Kokang" in names.text()
    # The search box is the site's own script; nothing comes from another host.
    home = (first.site / "index.html").read_text("utf-8")
    assert "assets/explainer/search.js" in home and "https://" not in (
        first.site / "assets/explainer/search.js"
    ).read_text("utf-8")


def test_properdocs_builds_the_same_site(basic: Build, tmp_path: Path) -> None:
    project = copy_site(tmp_path / "site")
    result = build(project, tool="properdocs")
    assert result.returncode == 0, result.output
    assert "WARNING" not in result.output
    ours = sorted(p.relative_to(result.site).as_posix() for p in result.site.rglob("*.html"))
    theirs = sorted(p.relative_to(basic.site).as_posix() for p in basic.site.rglob("*.html"))
    assert ours == theirs
    article = result.page("scam-handover/actors/kokang/index.html").css_first("article").html
    assert article == basic.page("scam-handover/actors/kokang/index.html").css_first("article").html


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(url: str, predicate: Callable[[str], bool], seconds: float = 30) -> str:
    deadline = time.monotonic() + seconds
    text = ""
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                text = response.read().decode("utf-8")
        except OSError:
            text = ""
        if predicate(text):
            return text
        time.sleep(0.2)
    raise AssertionError(f"{url} never matched; last response:\n{text[:2000]}")


@pytest.mark.parametrize("flags", [[], ["--dirty"]], ids=["serve", "serve --dirty"])
def test_serve_shows_edits_and_survives_broken_content(tmp_path: Path, flags: list[str]) -> None:
    """`make serve` runs `serve --dirty`, which writes again only the pages an edit changed."""
    project = copy_site(tmp_path / "site")
    glossary = project / "content/scam-handover/glossary.yaml"
    actors = project / "content/scam-handover/actors.yaml"
    port = free_port()
    url = f"http://127.0.0.1:{port}/scam-handover/glossary/"
    actor_url = f"http://127.0.0.1:{port}/scam-handover/actors/kokang/"
    log = (tmp_path / "serve.log").open("w")
    command = [sys.executable, "-m", "mkdocs", "serve", *flags, "--dev-addr", f"127.0.0.1:{port}"]
    server = subprocess.Popen(command, cwd=project, env=ENV, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for(url, lambda page: "A compound where workers" in page)
        edit(glossary, "A compound where", "A walled compound where")
        wait_for(url, lambda page: "A walled compound where" in page)

        good = actors.read_text("utf-8")
        fixed = good.replace("A region of northern Myanmar", "A hilly region of northern Myanmar")
        actors.write_text(fixed + "- id: [broken\n", "utf-8")
        page = wait_for(url, lambda page: "The content has problems" in page)
        assert "A walled compound where" in page  # the last good pages are still served
        assert "error[yaml-syntax]" in page
        kokang = wait_for(actor_url, lambda page: "The content has problems" in page)
        assert "A region of northern Myanmar" in kokang  # not the edit in the broken file
        assert server.poll() is None

        actors.write_text(fixed, "utf-8")
        wait_for(url, lambda page: "A walled compound" in page and "The content has problems" not in page)
        wait_for(actor_url, lambda page: "A hilly region" in page and "The content has problems" not in page)
        assert server.poll() is None
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    output = (tmp_path / "serve.log").read_text("utf-8")
    assert "content/scam-handover/actors.yaml:43:1: error[yaml-syntax]" in output
    assert "Traceback" not in output


def serving(project: Path, log: Path, **env: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    command = [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"]
    with log.open("w") as stream:
        server = subprocess.Popen(
            command, cwd=project, env={**ENV, **env}, stdout=stream, stderr=subprocess.STDOUT
        )
    return server, f"http://127.0.0.1:{port}/"


def test_serve_sets_a_broken_story_apart_from_the_first_start(tmp_path: Path) -> None:
    project = copy_site(tmp_path / "site")
    shutil.copytree(SUEZ, project / "content" / "suez-canal-blockage")
    actors = project / "content/suez-canal-blockage/actors.yaml"
    good = actors.read_text("utf-8")
    edit(actors, "kind: government-body", "kind: <script>alert(1)</script>")
    strict = build(project)
    assert strict.returncode == 1 and "error[value-invalid]" in strict.output  # CI still fails

    server, base = serving(project, tmp_path / "serve.log")
    try:
        home = wait_for(base, lambda page: "explainer-card" in page)
        assert "scam-handover/" in home and "The content has problems" not in home
        glossary = wait_for(base + "scam-handover/glossary/", lambda page: "A compound where workers" in page)
        assert "problems" not in glossary
        broken = wait_for(base + "suez-canal-blockage/", lambda page: "cannot be shown" in page)
        assert "error[value-invalid]" in broken and "actors.yaml:5:9" in broken
        assert "<script>alert" not in broken and "&lt;script&gt;alert(1)&lt;/script&gt;" in broken
        assert server.poll() is None

        actors.write_text(good, "utf-8")
        fixed = wait_for(
            base + "suez-canal-blockage/", lambda page: "cannot be shown" not in page and "Suez" in page
        )
        assert "The Ever Given blocks the Suez Canal" in fixed
    finally:
        server.terminate()
        server.wait(timeout=30)
    output = (tmp_path / "serve.log").read_text("utf-8")
    assert "the explainer pages of suez-canal-blockage cannot be built" in output
    assert "content/suez-canal-blockage/actors.yaml:5:9: error[value-invalid]" in output
    assert "Traceback" not in output


def test_serve_previews_one_story_when_asked(tmp_path: Path) -> None:
    project = copy_site(tmp_path / "site")
    shutil.copytree(SUEZ, project / "content" / "suez-canal-blockage")
    server, base = serving(project, tmp_path / "serve.log", EXPLAINER_ONLY="suez-canal-blockage")
    try:
        home = wait_for(base, lambda page: "explainer-card" in page)
        assert "suez-canal-blockage/" in home and "scam-handover/" not in home
        wait_for(base + "suez-canal-blockage/timeline/", lambda page: "Ever Given" in page)
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(base + "scam-handover/glossary/", timeout=5)
    finally:
        server.terminate()
        server.wait(timeout=30)
    # A build honours the variable too: that story and the home page only (without --strict: the
    # hand-written page's links to the other story are reported).
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", "site"],
        cwd=project,
        env={**ENV, "EXPLAINER_ONLY": "suez-canal-blockage"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert (project / "site/suez-canal-blockage/glossary/index.html").is_file()
    assert not (project / "site/scam-handover").exists()


@pytest.mark.browser
@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs Debian's chromium")
def theme_features(page: LexborHTMLParser) -> list[str]:
    config = page.css_first("script#__config")
    assert config is not None
    features: list[str] = json.loads(config.text())["features"]
    return features


def test_without_a_site_url_no_page_uses_the_empty_sitemap(basic: Build) -> None:
    # mkdocs.yml asks for instant navigation, which fetches sitemap.xml; with no address it lists no page.
    assert "<loc>" not in (basic.site / "sitemap.xml").read_text("utf-8")
    for path in ("index.html", "scam-handover/index.html", "404.html"):
        page = basic.page(path)
        assert "navigation.instant" not in theme_features(page), path
        assert page.css_first("link[rel=canonical]") is None, path


def test_a_site_url_from_the_environment_gives_real_canonical_links_and_sitemap(tmp_path: Path) -> None:
    project = copy_site(tmp_path / "site")
    edit(project / "mkdocs.yml", "strict: false\n", "site_url: !ENV SITE_URL\nstrict: false\n")
    result = build(project, env={"SITE_URL": "https://example.org/explainers/"})
    assert result.returncode == 0, result.output
    canonical = result.page("scam-handover/glossary/index.html").css_first("link[rel=canonical]")
    assert canonical is not None
    assert canonical.attributes["href"] == "https://example.org/explainers/scam-handover/glossary/"
    assert "navigation.instant" in theme_features(result.page("index.html"))
    sitemap = (result.site / "sitemap.xml").read_text("utf-8")
    assert "<loc>https://example.org/explainers/scam-handover/actors/</loc>" in sitemap


def test_the_deploy_workflow_builds_with_the_pages_address() -> None:
    workflow = (HERE.parent / ".github" / "workflows" / "deploy.yml").read_text("utf-8")
    assert "SITE_URL: ${{ steps.pages.outputs.base_url }}/" in workflow
    assert "site_url: !ENV SITE_URL" in (HERE.parent / "mkdocs.yml").read_text("utf-8")


def test_a_reader_sees_the_diagram_and_tooltips_without_other_hosts(basic: Build, browser: Any) -> None:
    port = free_port()
    command = [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"]
    server = subprocess.Popen(command, cwd=basic.site, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/", lambda page: "Explainers" in page or "explainer" in page)
        context = browser.new_context()
        try:
            page = context.new_page()
            requested: list[str] = []
            page.on("request", lambda request: requested.append(request.url))
            page.goto(f"{base}/scam-handover/relationships/")
            # One view per most-connected actor: the first is drawn at full size like the rest.
            box = page.locator("div.explainer-graph svg").first.bounding_box()
            assert box is not None and box["height"] > 100

            page.goto(f"{base}/scam-handover/")
            page.locator('article a[href$="glossary/#scam-centre"]').first.hover()
            tooltip = page.locator("#explainer-tip").filter(has_text="A compound where workers")
            tooltip.first.wait_for(state="visible", timeout=10_000)
        finally:
            context.close()
        assert [url for url in requested if not url.startswith(base)] == []
        assert [url for url in requested if "sitemap" in url] == []
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_an_index_in_parts_of_no_stories_is_refused_in_one_line(tmp_path: Path) -> None:
    project = copy_site(tmp_path / "site")
    edit(
        project / "mkdocs.yml",
        "      content_dir: content\n",
        "      content_dir: content\n      stories_per_index: 0\n",
    )
    result = build(project)
    assert result.returncode == 1
    assert "stories_per_index must be at least 1" in result.output and "Traceback" not in result.output


def test_the_overview_asks_its_questions_first_and_says_what_is_not_known(tmp_path: Path) -> None:
    """The flood fixture's overview, built for real: its questions show their answers, come
    before the figures, each at its own anchor and in the FAQ JSON-LD; its one true conflict is
    flagged and its running total is not."""
    project = copy_site(tmp_path / "site")
    shutil.copytree(FLOOD, project / "content" / FLOOD.name)
    result = build(project)
    assert result.returncode == 0, result.output
    page = result.page(f"{FLOOD.name}/index.html")
    article = page.css_first("article")
    headings = [h.attributes.get("id") for h in article.css("h2")]
    # Where the story happens comes right after the questions: on a phone the map sat three screens
    # down, after the figures and the doubts.
    assert headings[:4] == ["key-questions", "where-it-happens", "key-figures", "what-is-not-known"]
    questions = article.css("details.explainer-question")
    assert [d.attributes["id"] for d in questions] == ["q-how-many-left", "q-how-many-are-missing"]
    # "What happens next?" rests on nothing but the warning the first screen tells: that line is
    # its answer, at its anchor, and it is not asked a second time.
    [line] = article.css("p#q-what-happens-next")
    assert "What may happen next: The district office says: A second lake" in line.text()
    # The question's words, which the line does not show, are weighed there for search.
    assert line.css_first("span[hidden]").text() == "What happens next?"
    # Each answer shows under its question as the page comes, with or without JavaScript.
    assert all("open" in d.attributes for d in questions)
    assert questions[1].css_first("summary").text(strip=True) == "How many people are missing?"
    # The answer is page text (so search finds it), with the footnote of the figures it names.
    answer = questions[1].css_first("p")
    assert "counts 12 people missing" in answer.text() and answer.css_first("sup a.footnote-ref")
    html = article.html or ""
    assert html.index('id="q-how-many-left"') < html.index('class="admonition explainer-figure"')

    [script] = page.css('script[type="application/ld+json"]')
    data = json.loads(script.text())
    faq = next(node for node in data["@graph"] if node["@type"] == "FAQPage")
    asked = ["#" + d.attributes["id"] for d in questions]
    assert [q["@id"] for q in faq["mainEntity"]] == [*asked, "#q-what-happens-next"]

    known = html.split('id="what-is-not-known"', 1)[1].split("<h2", 1)[0]
    assert "Figures that disagree" in known and "12 people" in known and "30 people" in known
    assert "900 people" not in known and "left-by-friday" not in known
    numbers = result.page(f"{FLOOD.name}/numbers/index.html").css_first("article").text()
    assert "The same count at different dates" in numbers
    assert numbers.count("one gives 12 people and another 30 people") == 1


@pytest.fixture(scope="session")
def topics(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The basic site with the fixture stories of other topics: a flood, a ship and a court."""
    project = copy_site(tmp_path_factory.mktemp("topics") / "site")
    for story in (FLOOD, SUEZ, PURDUE):
        shutil.copytree(story, project / "content" / story.name)
    result = build(project)
    assert result.returncode == 0, result.output
    return result


def entries(article: Node, starts: str) -> list[tuple[str, list[Node]]]:
    """Each entry of a timeline or a claims page (its element matching ``starts``, to the next one
    or the next heading): its id and the elements it holds. A year and "Where things stand" are no
    event."""
    found: list[tuple[str, list[Node]]] = []
    body = article.css_first("div[data-pagefind-body]") or article
    for node in body.iter():
        anchor = node.attributes.get("id") or ""
        if node.css_matches(starts) and not anchor.startswith("year-") and anchor != "where-things-stand":
            found.append((anchor, [node]))
        elif node.tag in {"h2", "h3", "div"}:
            found.append(("", []))
        elif found and found[-1][0]:
            found[-1][1].append(node)
    return [(anchor, nodes) for anchor, nodes in found if anchor]


def actors_linked(nodes: list[Node]) -> set[str]:
    return {
        href.split("/actors/", 1)[1].strip("/")
        for node in nodes
        for link in node.css("a")
        if "/actors/" in (href := link.attributes.get("href") or "")
    }


def test_an_actor_s_page_lists_every_event_and_claim_whose_words_name_it(topics: Build) -> None:
    """A claim's note said "the army denies it", and the army's page said only that it gives one
    figure; the Sacklers' page listed no event, though two events are about them. An actor's page
    lists each event and each claim of others whose words name it, and its glance counts them."""
    checked = 0
    for story in (FLOOD, SUEZ, PURDUE, BASIC / "content" / "scam-handover"):
        for section, starts in (("timeline", "h2[id], h3[id]"), ("claims", "p.explainer-claim")):
            path = topics.site / story.name / section / "index.html"
            if not path.is_file():
                continue
            article = topics.page(f"{story.name}/{section}/index.html").css_first("article")
            for anchor, nodes in entries(article, starts):
                # A claim's speakers head its group; the evidence quotes the source, not our words.
                told = [n for n in nodes if "Evidence:" not in n.text()]
                for actor in actors_linked(told):
                    page = topics.site / story.name / "actors" / actor / "index.html"
                    assert f'href="../../{section}/#{anchor}"' in page.read_text("utf-8"), (actor, anchor)
                    checked += 1
    assert checked >= 20
    army = topics.page(f"{FLOOD.name}/actors/army/index.html").css_first("article")
    assert "Is the subject of one claim" in army.css_first(".explainer-infobox").text()
    # Who denies it is said beside the claim, not left to "the party it concerns".
    about = army.css_first("#claims-about").next.next  # type: ignore[union-attr]
    assert "the army denies it" in about.text()
    sacklers = topics.page(f"{PURDUE.name}/actors/sackler-family/index.html")
    assert "appears in two events" in sacklers.css_first(".explainer-infobox").text()


def test_a_timeline_s_who_line_names_only_whom_its_event_has_not_and_places_under_where(
    topics: Build,
) -> None:
    """ "The Egyptian government holds the ship ..." was followed by "Who: Egyptian government", and
    "Who: Suez Canal Authority, Port Said" made a port a person: the Who line names only those its
    event has not, and a place is under Where."""
    lines = 0
    for story in (FLOOD, SUEZ, PURDUE, BASIC / "content" / "scam-handover"):
        if not (topics.site / story.name / "timeline" / "index.html").is_file():
            continue
        article = topics.page(f"{story.name}/timeline/index.html").css_first("article")
        for anchor, nodes in entries(article, "h2[id], h3[id]"):
            told = " ".join(n.text() for n in nodes if n.tag == "p")
            for item in (li for n in nodes if n.tag == "ul" for li in n.css("li")):
                label, _, names = item.text().partition(":")
                if label not in {"Who", "Where"}:
                    continue
                lines += 1
                for name in names.split(", "):
                    assert name.strip() not in told, (story.name, anchor, name)
    assert lines >= 5
    suez = topics.page(f"{SUEZ.name}/timeline/index.html").css_first("article").text()
    assert "Where: Suez Canal" in suez and "Who: Suez Canal Authority" in suez
    assert (
        "Who: Egyptian government" not in suez
        and "Port Said"
        not in suez.split("Where things stand")[0].split("stopping for inspections at Port Said")[1]
    )


def test_what_is_not_known_of_one_kind_of_doubt_has_no_intro_that_repeats_its_heading(topics: Build) -> None:
    """ "What only one side says." stood above "Only one side says so" and its one claim: a section
    of one kind of doubt is said by its heading; a section of several opens with what they are."""
    kinds = []
    for story in (FLOOD, SUEZ, PURDUE, BASIC / "content" / "scam-handover"):
        html = topics.page(f"{story.name}/index.html").css_first("article").html or ""
        section = html.split('id="what-is-not-known"', 1)[1].split("<h2", 1)[0]
        headings = section.count("<h3")
        before = section.split("<h3", 1)[0]
        kinds.append(headings)
        assert ("<p>" in before) == (headings > 1), (story.name, before)
    assert 1 in kinds and max(kinds) > 1


def test_an_estimate_s_margin_is_in_the_numbers_page_json_ld(tmp_path: Path) -> None:
    """ "273 ± 16 gigatonnes" built for real: the page shows "give or take 16", and its JSON-LD gives
    the estimate, the span the margin allows and the margin itself in schema.org's core terms
    (`marginOfError` is `Observation`'s only, so a `PropertyValue` cannot carry it)."""
    project = copy_site(tmp_path / "site")
    shutil.copytree(GLACIERS, project / "content" / GLACIERS.name)
    # Not --strict: the story keeps no stored texts, which is a warning (text-missing).
    done = python_m("mkdocs", "build", "--site-dir", "site", cwd=project, env=ENV, timeout=300)
    result = Build(project, project / "site", done.returncode, done.stdout + done.stderr)
    assert result.returncode == 0, result.output
    page = result.page(f"{GLACIERS.name}/numbers/index.html")
    assert "273 gigatonnes a year (give or take 16)" in page.css_first("article").text()
    [script] = page.css('script[type="application/ld+json"]')
    data = json.loads(script.text())
    assert data["@type"] == "Dataset"
    # Figures of one quantity share its id: each is known here by its value.
    measured = {m.get("value"): m for m in data["variableMeasured"]}
    assert measured[273] == {
        "@type": "PropertyValue",
        "propertyID": "glacier-ice-loss-rate-worldwide",
        "name": "glacier ice lost worldwide",
        "value": 273,
        "minValue": 257,
        "maxValue": 289,
        "description": "273 ± 16",
        "unitText": "gigatonnes",
        "valueReference": {
            "@type": "QuantitativeValue",
            "name": "margin of uncertainty",
            "value": 16,
            "unitText": "gigatonnes",
        },
    }
    # On a percentage the margin is in points of it; a figure without one has no bounds.
    assert measured[36]["valueReference"]["unitText"] == "percentage points"
    assert (measured[36]["minValue"], measured[36]["maxValue"]) == (26, 46)
    assert "valueReference" not in measured[604] and "minValue" not in measured[604]


def test_the_first_screen_s_lead_in_lines_are_a_glance(tmp_path: Path) -> None:
    """On a phone, "What may happen next" ran ten lines (an appeal under way, a newspaper introduced
    by what it reported, an unattributed report) and "Still in doubt" named every other claim's
    makers and words, before the first key question. In the built page each is a glance: two items
    of what may happen next, an outlet named only, the other doubts counted; the rest a tap away."""
    project = copy_site(tmp_path / "site")
    for story in (TRIAL, LAW):
        shutil.copytree(story, project / "content" / story.name)
    # Not --strict: the stories keep no stored texts, which is a warning (text-missing).
    done = python_m("mkdocs", "build", "--site-dir", "site", cwd=project, env=ENV, timeout=300)
    result = Build(project, project / "site", done.returncode, done.stdout + done.stderr)
    assert result.returncode == 0, result.output

    def line(story: Path, label: str) -> tuple[str, Node]:
        article = result.page(f"{story.name}/index.html").css_first("article")
        [paragraph] = [p for p in article.css("p") if p.text().startswith(label)]
        return paragraph.text(), paragraph

    for story in (TRIAL, LAW):
        text, paragraph = line(story, "What may happen next:")
        # Two items, each with its notes; then the key question that tells the rest.
        notes = r'<sup id="fnref[^>]*>.*?</sup>'
        cited = re.findall(
            rf'{notes}(?:<sup class="explainer-comma"[^>]*>,</sup>{notes})*', paragraph.html or ""
        )
        assert len(cited) == 2, text
        assert len(text.split()) <= 80, text
        assert text.endswith("?") and " More in " in text
    trial, _ = line(TRIAL, "What may happen next:")
    assert "The Wall Street Journal says: " in trial and "newspaper" not in trial
    assert "without naming a source" not in trial
    doubt, _ = line(TRIAL, "Still in doubt:")
    tail = doubt.split("Also in doubt: ", 1)[1]
    assert tail == "two more claims."
