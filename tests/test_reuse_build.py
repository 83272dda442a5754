"""`mkdocs build` reuses conversions by default, through the real command line: the cache is kept
beside mkdocs.yml, EXPLAINER_REUSE=0 keeps none, and a page whose conversion is reused still has its
links checked against this build's pages (a link broken by another story's edit fails `--strict`)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from launcher import python_m

pytestmark = pytest.mark.slow

BASIC = Path(__file__).parent / "fixtures" / "sites" / "basic"
DOSSIERS = Path(__file__).parent / "fixtures" / "dossiers"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONWARNINGS": "ignore"}


def build(project: Path, site: str, **env: str) -> subprocess.CompletedProcess[str]:
    return python_m(
        "mkdocs", "build", "--strict", "--site-dir", site, cwd=project, env={**ENV, **env}, timeout=300
    )


def files(site: Path) -> dict[str, bytes]:
    return {
        path.relative_to(site).as_posix(): path.read_bytes() for path in site.rglob("*") if path.is_file()
    }


def test_a_reused_build_is_the_clean_one_and_still_checks_every_link(tmp_path: Path) -> None:
    project = shutil.copytree(BASIC, tmp_path / "site")
    cache = project / ".cache" / "explainer"
    assert build(project, "off", EXPLAINER_REUSE="0").returncode == 0 and not cache.exists()
    assert build(project, "cold").returncode == 0 and any(cache.rglob("*"))
    assert build(project, "warm").returncode == 0
    assert files(project / "warm") == files(project / "cold") == files(project / "off")
    guide = project / "docs" / "guide.md"
    guide.write_text(
        guide.read_text("utf-8") + "\nThe [network](scam-handover/actors/ming-family-network.md).\n"
    )
    assert build(project, "linked").returncode == 0
    story = project / "content" / "scam-handover"
    for path in story.glob("*.yaml"):
        path.write_text(path.read_text("utf-8").replace("ming-family-network", "ming-clan"), "utf-8")
    broken = build(project, "broken")
    assert broken.returncode == 1
    assert "contains a link 'scam-handover/actors/ming-family-network.md'" in broken.stderr


def test_one_process_and_every_core_write_the_same_site(tmp_path: Path) -> None:
    """Two workers convert every page ahead (left in a temporary folder without reuse, in the cache's
    files with it) when the build made the stories' pages, and the site is the one process's, byte
    for byte."""
    project = shutil.copytree(BASIC, tmp_path / "site")
    for name in ("suez-canal-blockage", "suez-canal-backlog", "glacier-lake-flood"):
        shutil.copytree(DOSSIERS / name, project / "content" / name)
    one = build(project, "one", EXPLAINER_REUSE="0", EXPLAINER_WORKERS="1")
    pages = len(list((project / "one").rglob("index.html")))
    assert one.returncode == 0 and pages > 40, one.stderr  # enough pages for workers
    for site, reuse in (("two", "0"), ("cold", "1"), ("warm", "1")):
        two = python_m(
            "mkdocs",
            "build",
            "--strict",
            "--verbose",
            "--site-dir",
            site,
            cwd=project,
            timeout=300,
            env={**ENV, "EXPLAINER_REUSE": reuse, "EXPLAINER_WORKERS": "2"},
        )
        assert two.returncode == 0, two.stderr
        assert files(project / "one") == files(project / site), site
        # A warm build made no story's pages again: MkDocs' loop makes what few pages changed.
        made = "0 pages" if site == "warm" else f"{pages} pages"
        processes = "1 process" if site == "warm" else "2 processes"
        assert f"explainer: {made} converted ahead in {processes}" in two.stderr, site
