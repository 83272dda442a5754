"""The publication benchmark measures real stories: its copies of the shipped thread pass every check."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

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
    done = subprocess.run(
        [sys.executable, "-m", "generator", "validate", str(project / "content"), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # The copies write out the shipped actors that keep their names again: warned (one actor, one
    # record), and nothing else is.
    found = json.loads(done.stdout)["diagnostics"]
    assert found and {problem["rule"] for problem in found} == {"actor-duplicate"}, found
