"""The second engine: the same site built by MkDocs (the plugin) and by Zensical (`explainer zensical`).

Both builds run the real command lines on a copy of the basic fixture site with Pagefind on; the
test compares what a reader and a search engine get: the pages, their links, their JSON-LD and the
search index.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

pytestmark = pytest.mark.slow

HERE = Path(__file__).parent
ROOT = HERE.parent
BASIC = HERE / "fixtures" / "sites" / "basic"
# The subprocesses import this working tree, whatever the virtual environment installed.
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONWARNINGS": "ignore", "PYTHONPATH": str(ROOT)}
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
HREF = re.compile(r'<a [^>]*href="([^"]+)"')


def run(project: Path, *command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *command], cwd=project, env=ENV, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    project = tmp_path_factory.mktemp("engines") / "site"
    shutil.copytree(BASIC, project)
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8")
    assert "      content_dir: content\n" in text
    config.write_text(
        text.replace("      content_dir: content\n", "      content_dir: content\n      pagefind: true\n")
    )
    mkdocs = run(project, "mkdocs", "build", "--strict", "--site-dir", "by-mkdocs")
    assert mkdocs.returncode == 0, mkdocs.stderr
    zensical = run(project, "generator", "zensical", "--out", "by-zensical")
    assert zensical.returncode == 0, zensical.stderr
    assert "with Zensical in" in zensical.stdout
    return project / "by-mkdocs", project / "by-zensical"


def html_pages(site: Path) -> dict[str, str]:
    return {
        p.relative_to(site).as_posix(): p.read_text("utf-8")
        for p in site.rglob("*.html")
        if "pagefind" not in p.relative_to(site).parts
    }


def test_both_engines_write_the_same_pages(built: tuple[Path, Path]) -> None:
    by_mkdocs, by_zensical = (html_pages(site) for site in built)
    assert len(by_mkdocs) > 10
    assert sorted(by_zensical) == sorted(by_mkdocs)
    downloads = sorted(p.relative_to(built[0]).as_posix() for p in built[0].rglob("downloads/*"))
    assert downloads
    assert sorted(p.relative_to(built[1]).as_posix() for p in built[1].rglob("downloads/*")) == downloads


HEAD_TEXT = re.compile(r'<title>[^<]*</title>|<meta name="description" content="[^"]*">')


def test_every_story_page_has_the_same_title_and_description(built: tuple[Path, Path]) -> None:
    """A story page's <title> names its story and its description says what it is about there
    ("Glossary · <story> - <site>"), whichever engine laid it out."""
    by_mkdocs, by_zensical = html_pages(built[0]), html_pages(built[1])
    glossary = [path for path in by_mkdocs if path.endswith("/glossary/index.html")]
    assert glossary
    assert re.search(r"<title>Glossary · [^<]+ - ", by_mkdocs[glossary[0]])
    stories = {path.split("/", 1)[0] for path in glossary}
    for path, page in sorted(by_mkdocs.items()):
        if path.split("/", 1)[0] not in stories:
            continue
        heads = sorted(HEAD_TEXT.findall(page.partition("</head>")[0]))
        assert sorted(HEAD_TEXT.findall(by_zensical[path].partition("</head>")[0])) == heads, path


def test_every_page_carries_the_same_json_ld(built: tuple[Path, Path]) -> None:
    by_mkdocs, by_zensical = (html_pages(site) for site in built)
    for path, text in by_mkdocs.items():
        expected = [json.loads(found) for found in JSON_LD.findall(text)]
        assert expected, path
        assert [json.loads(found) for found in JSON_LD.findall(by_zensical[path])] == expected, path


def test_search_indexes_the_same_pages(built: tuple[Path, Path]) -> None:
    indexed = [
        sorted(path for path, text in html_pages(site).items() if "data-pagefind-body" in text)
        for site in built
    ]
    assert indexed[0] and indexed[1] == indexed[0]
    counts = [
        {
            language: entry["page_count"]
            for language, entry in json.loads((site / "pagefind" / "pagefind-entry.json").read_text())[
                "languages"
            ].items()
        }
        for site in built
    ]
    assert counts[1] == counts[0] == {"en": len(indexed[0])}
    assert (built[1] / "assets" / "explainer" / "search.js").is_file()


def test_every_internal_link_of_the_zensical_site_resolves(built: tuple[Path, Path]) -> None:
    site = built[1]
    broken = []
    for path, text in html_pages(site).items():
        for href in HREF.findall(text):
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not parts.path:
                continue
            # The 404 page links from the site's root, wherever it is shown.
            base = site if parts.path.startswith("/") else (site / path).parent
            target = base / unquote(parts.path).lstrip("/")
            if not (target.is_file() or (target / "index.html").is_file()):
                broken.append(f"{path}: {href}")
    assert broken == []


def test_a_configuration_without_the_plugin_is_one_sentence(tmp_path: Path) -> None:
    project = tmp_path / "site"
    shutil.copytree(BASIC, project)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("  - explainer:\n      content_dir: content\n", ""))
    done = run(project, "generator", "zensical")
    assert done.returncode == 1
    assert done.stderr == (
        "error: the configuration does not use the explainer plugin: there are no stories to build\n"
    )
    assert not (project / "site").exists()


def test_content_problems_are_listed_and_nothing_is_written(tmp_path: Path) -> None:
    project = tmp_path / "site"
    shutil.copytree(BASIC, project)
    dossier = next((project / "content").iterdir()) / "dossier.yaml"
    dossier.write_text(dossier.read_text("utf-8").replace("language: en", "language: 7"), "utf-8")
    done = run(project, "generator", "zensical")
    assert done.returncode == 1
    assert "dossier.yaml:" in done.stdout and "error[" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr
    assert not (project / "site").exists()
    assert [p.name for p in project.iterdir() if p.name.startswith(".")] == []
