"""The publication benchmark measures real stories: its copies of the shipped thread pass every check."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from launcher import explainer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_publication  # noqa: E402

from generator.checking.loader import load_site  # noqa: E402


def test_copies_of_the_thread_pass_strict_validation_and_follow_their_own_first_story(tmp_path: Path) -> None:
    project = bench_publication.make_project(tmp_path / "pub", 4)
    slugs = sorted(path.name for path in (project / "content").iterdir())
    assert slugs == ["myanmar-scam-handover", "story-0002", "story-0003", "the-fall-of-laukkai"]
    follow_up = (project / "content" / "story-0003" / "shared-actors.yaml").read_text("utf-8")
    assert "actor: story-0002/" in follow_up and "actor: myanmar-scam-handover/" not in follow_up
    follows = {
        slug: re.findall(
            r"^follows: (.*)$", (project / "content" / slug / "dossier.yaml").read_text("utf-8"), re.M
        )
        for slug in slugs
    }
    assert follows == {
        "myanmar-scam-handover": [],
        "story-0002": [],
        "story-0003": ["story-0002"],
        "the-fall-of-laukkai": ["myanmar-scam-handover"],
    }
    # Each first story is followed by its own copy of the follow-up only.
    site = load_site(project / "content").site
    threads = {d.slug: sorted((link.label, link.slug) for link in d.thread) for d in site.dossiers}
    assert threads == {
        "myanmar-scam-handover": [("Next", "the-fall-of-laukkai")],
        "the-fall-of-laukkai": [("Previously", "myanmar-scam-handover")],
        "story-0002": [("Next", "story-0003")],
        "story-0003": [("Previously", "story-0002")],
    }


def test_copies_whose_swapped_names_repeat_pass_strict_validation(tmp_path: Path) -> None:
    # Past twice as many copies of the thread as there are surnames, the swapped names repeat: each
    # copy's actors are still records of their own (one actor, one record), so nothing is warned.
    threads = 2 * len(bench_publication.SURNAMES) + 1
    project = bench_publication.make_project(tmp_path / "pub", threads * len(bench_publication.THREAD))
    done = explainer("validate", "content", "--strict", "--format", "json", cwd=project, timeout=300)
    assert json.loads(done.stdout)["diagnostics"] == [], done.stdout[:4000]
    assert done.returncode == 0, done.stderr
    # The follow-ups still take their first story's actors by reference, not as records of their own.
    follow_up = (project / "content" / "story-0041" / "shared-actors.yaml").read_text("utf-8")
    assert "actor: story-0040/" in follow_up


def test_each_copy_of_the_thread_marks_its_cast_its_own_way() -> None:
    marks = [bench_publication.thread_mark(thread) for thread in range(5000)]
    assert marks[0] == "" and len(set(marks)) == len(marks)
    assert all(mark.isalpha() and mark.islower() for mark in marks[1:])
