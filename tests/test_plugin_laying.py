"""Pages laid out and written by forked workers (``generator.plugin.laying``), through the real
command line: two workers give one process's site byte for byte, with and without the cache, and the
next build reuses what they wrote; a laid page's broken link still fails `--strict` with MkDocs' words;
a site whose pages another plugin also handles keeps MkDocs' own loop."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from launcher import python_m

pytestmark = pytest.mark.slow

HERE = Path(__file__).parent
DOSSIERS = HERE / "fixtures" / "dossiers"
STORIES = ("suez-canal-blockage", "suez-canal-backlog", "glacier-lake-flood")
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONWARNINGS": "ignore"}
CONFIG = """site_name: Laid
theme:
  name: material
  font: false
plugins:
{search}  - explainer:
      templates_dir: templates
      pagefind: true
validation:
  links:
    anchors: warn
"""
LAID = re.compile(r"explainer: (\d+) pages made ahead in (\d+) process")


def project(folder: Path, *, search: bool = False) -> Path:
    for name in STORIES:
        shutil.copytree(DOSSIERS / name, folder / "content" / name)
    (folder / "docs").mkdir(parents=True)
    (folder / "docs" / "about.md").write_text("# About\n\nSee [the hub](index.md).\n", "utf-8")
    (folder / "templates").mkdir()
    (folder / "mkdocs.yml").write_text(CONFIG.format(search="  - search\n" if search else ""), "utf-8")
    return folder


def build(
    folder: Path, site: str, *, workers: int, reuse: bool, verbose: bool = True
) -> subprocess.CompletedProcess[str]:
    env = {**ENV, "EXPLAINER_WORKERS": str(workers), "EXPLAINER_REUSE": "1" if reuse else "0"}
    command = ("mkdocs", "build", "--strict", "--site-dir", site, *(["--verbose"] if verbose else []))
    return python_m(*command, cwd=folder, env=env, timeout=300)


def files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def laid(result: subprocess.CompletedProcess[str]) -> int:
    found = LAID.search(result.stderr)
    return int(found.group(1)) if found else 0


def test_pages_laid_out_by_workers_are_the_one_process_site(tmp_path: Path) -> None:
    folder = project(tmp_path / "site")
    one = build(folder, "one", workers=1, reuse=False)
    assert one.returncode == 0, one.stderr
    assert laid(one) == 0
    pages = len(list((folder / "one").rglob("index.html")))
    for site, reuse in (("two", False), ("cold", True)):
        two = build(folder, site, workers=2, reuse=reuse)
        assert two.returncode == 0, two.stderr
        # Every generated page (all but the hand-written one) was laid out by a worker.
        assert laid(two) == pages - 1 > 40, site
        assert files(folder / site) == files(folder / "one"), site
    # What the workers wrote was kept: the next build writes every page from the cache.
    warm = build(folder, "cold", workers=2, reuse=True)
    assert warm.returncode == 0, warm.stderr
    assert f"explainer: {pages - 1} of {pages - 1} pages written from the cache" in warm.stderr
    assert files(folder / "cold") == files(folder / "one")


def test_a_broken_link_on_a_laid_page_still_fails_strict(tmp_path: Path) -> None:
    folder = project(tmp_path / "site")
    (folder / "templates" / "glossary.md.j2").write_text(
        "# Words\n\n{% for t in terms %}\n## {{ t.text }} {: #{{ t.anchor }} }\n\n{% endfor %}\n"
        "Back to [the overview](index.md#no-such-part).\n",
        "utf-8",
    )
    assert laid(build(folder, "seen", workers=2, reuse=False)) > 40
    message = "glossary.md' contains a link 'index.md#no-such-part', but the doc"
    one = build(folder, "one", workers=1, reuse=False, verbose=False)
    two = build(folder, "two", workers=2, reuse=False, verbose=False)
    assert one.returncode == two.returncode == 1
    assert one.stderr.count(message) == two.stderr.count(message) >= 1, two.stderr


def test_a_page_another_plugin_handles_goes_through_mkdocs_loop(tmp_path: Path) -> None:
    folder = project(tmp_path / "site", search=True)
    two = build(folder, "two", workers=2, reuse=False)
    assert two.returncode == 0, two.stderr
    assert "made ahead" not in two.stderr
    assert (folder / "two" / "search" / "search_index.json").is_file()
