"""Seven stories in three shards, through the real command line: each shard makes the pages of its own
stories only (it says so, and writes no page or download of another's), and the merged site is byte
for byte the site of one build, links between stories that share actors and figures included."""

from __future__ import annotations

from pathlib import Path

import pytest
from launcher import python_m
from publication import make_content
from test_shards import CONFIG, ENV, explainer, files

from generator.site.shards import Shard


@pytest.mark.slow
def test_a_shard_makes_only_its_own_stories_and_the_merge_is_one_build(tmp_path: Path) -> None:
    folder = tmp_path / "site"
    make_content(folder / "content", copies=4)
    stories = sorted(path.name for path in (folder / "content").iterdir())
    (folder / "docs").mkdir()
    (folder / "docs" / "about.md").write_text(f"# About\n\n[A story]({stories[1]}/numbers.md).\n", "utf-8")
    (folder / "mkdocs.yml").write_text(CONFIG, "utf-8")
    single = python_m("mkdocs", "build", "--strict", "--site-dir", "single", cwd=folder, env=ENV, timeout=600)
    assert single.returncode == 0, single.stderr
    for index in (1, 2, 3):
        done = explainer(folder, "shard", f"{index}/3", "--site-dir", f"shard-{index}")
        assert done.returncode == 0, done.stderr
        own = Shard(index, 3).share(stories)
        told = f"shard {index}/3 makes the pages of {len(own)} of 7 stories, and of the others only their outline"
        assert told in done.stderr
        written = {path.split("/", 1)[0] for path in files(folder / f"shard-{index}")}
        assert written & set(stories) == own
    merged = explainer(folder, "merge", "--out", "merged", "shard-1", "shard-2", "shard-3")
    assert merged.returncode == 0, merged.stderr
    assert files(folder / "merged") == files(folder / "single")
