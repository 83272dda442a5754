"""A small publication whose site-wide pages are in pages: the fixture stories, copied, built with
page sizes small enough that every paged list (home page, topics, people, figures across stories,
index A to Z) splits, as a publication of hundreds of stories does with the real sizes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures" / "dossiers"
ROOT = HERE.parent

# Module constant -> the size a small publication uses instead.
SMALL = {
    "generator.site.pages.PAGE_SIZE": 3,
    "generator.site.people.PAGE_SIZE": 4,
    "generator.site.people.STORIES_SHOWN": 2,
    "generator.site.people.STORIES_PAGE_SIZE": 3,
    "generator.site.quantities.PAGE_SIZE": 3,
    "generator.site.quantities.CONTENTS_SIZE": 1,
    "generator.site.a_to_z.ONE_PAGE_LIMIT": 10,
    "generator.site.a_to_z.LETTER_PAGE_SIZE": 4,
}


def make_content(content: Path, copies: int = 7) -> Path:
    """The Suez story, ``copies`` follow-ups sharing its canal authority and its quantity (published
    1 to 7 October), and the other fixture stories."""
    for story in sorted(FIXTURES.iterdir()):
        if story.name != "suez-canal-backlog":
            shutil.copytree(story, content / story.name)
    for number in range(1, copies + 1):
        slug = f"suez-follow-up-{number}"
        shutil.copytree(FIXTURES / "suez-canal-backlog", content / slug)
        meta = content / slug / "dossier.yaml"
        meta.write_text(
            meta.read_text("utf-8")
            .replace("slug: suez-canal-backlog", f"slug: {slug}")
            .replace("published: 2026-11-30", f"published: 2026-10-0{number}")
            # Each copy a thread of its own, so that the home page has pages to turn.
            .replace("follows: suez-canal-blockage\n", ""),
            "utf-8",
        )
        # One canal chief, written out again by each copy under another name: no duplicate record.
        actors = content / slug / "actors.yaml"
        text = actors.read_text("utf-8")
        assert "  name: Ossama Rabei\n" in text
        text = text.replace("  name: Ossama Rabei\n", f"  name: Chief {number}\n")
        actors.write_text(text.replace("    - Osama Rabie\n", f"    - Chairman {number}\n"), "utf-8")
    return content


def small_sizes(monkeypatch: object) -> None:
    """Sets the small sizes in this process (``monkeypatch`` is pytest's)."""
    import importlib

    for name, value in SMALL.items():
        module, attribute = name.rsplit(".", 1)
        monkeypatch.setattr(importlib.import_module(module), attribute, value)  # type: ignore[attr-defined]


def build_site(project: Path, site_url: str = "") -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` of ``project`` (the repository's mkdocs.yml and docs/, the publication
    in its content/), in a fresh process that sets the small sizes first."""
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    setting = "; ".join(
        f"importlib.import_module({name.rsplit('.', 1)[0]!r}).{name.rsplit('.', 1)[1]} = {value}"
        for name, value in SMALL.items()
    )
    program = (
        f"import importlib, sys; {setting}; from mkdocs.__main__ import cli; "
        "sys.argv = ['mkdocs', 'build', '--strict', '--site-dir', 'site']; cli()"
    )
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONWARNINGS": "ignore"}
    if site_url:
        env["SITE_URL"] = site_url
    return subprocess.run(
        [sys.executable, "-c", program], cwd=project, env=env, capture_output=True, text=True, timeout=600
    )
