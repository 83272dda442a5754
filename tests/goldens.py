"""Golden pages: each fixture content folder's pages, written under tests/golden/<name>/.

`pytest --update-goldens` rewrites every golden folder before tests are collected, so the cases
collected are the pages of this build (added and removed pages included); read the diff before
committing it.
"""

from __future__ import annotations

import os
import shutil
from functools import cache
from pathlib import Path

from generator.checking.loader import load_site
from generator.site.pages import Pages, build_pages

HERE = Path(__file__).parent
# Another folder only for the test of the update itself (tests/test_goldens.py).
GOLDEN = Path(os.environ.get("EXPLAINER_GOLDEN_DIR") or HERE / "golden")
# name -> content folder
SITES = {
    "basic": HERE / "fixtures" / "sites" / "basic" / "content",
    "suez": HERE / "fixtures" / "dossiers",
}


@cache
def pages(name: str) -> Pages:
    return build_pages(load_site(SITES[name]).raise_for_problems())


def golden_paths(name: str) -> list[str]:
    return sorted(p.relative_to(GOLDEN / name).as_posix() for p in (GOLDEN / name).rglob("*.md"))


def update(name: str) -> int:
    """Rewrite one golden folder from a fresh build; the number of files written."""
    shutil.rmtree(GOLDEN / name, ignore_errors=True)
    built = build_pages(load_site(SITES[name]).raise_for_problems())
    for page in built.pages:
        target = GOLDEN / name / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.markdown, "utf-8", newline="\n")
    return len(built.pages)
