"""A site built in shards and merged is the site of one build, byte for byte, through the real
command line (`explainer shard`, `explainer merge`, `mkdocs build`); a link between shards to an
anchor that is not there fails the merge as it fails one build. The plain parts need no build."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from launcher import python_m

from generator.errors import OutputError, UsageError
from generator.site.shards import MANIFEST, Manifest, Shard, merge

HERE = Path(__file__).parent
DOSSIERS = HERE / "fixtures" / "dossiers"
STORIES = ("suez-canal-blockage", "suez-canal-backlog", "glacier-lake-flood")
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONWARNINGS": "ignore", "EXPLAINER_REUSE": "0"}
CONFIG = """site_name: Shards
theme:
  name: material
  font: false
plugins:
  - explainer:
      pagefind: true
validation:
  links:
    not_found: warn
    anchors: warn
    unrecognized_links: warn
"""


def test_a_shard_is_written_i_of_n() -> None:
    assert Shard.parse(" 2/4 ") == Shard(2, 4)
    for wrong in ("0/4", "5/4", "2", "a/b", "2/-4"):
        with pytest.raises(UsageError, match="1 <= i <= N"):
            Shard.parse(wrong)


def test_stories_are_dealt_out_in_turn_and_pages_of_no_story_go_to_the_first() -> None:
    stories = ["c", "a", "b", "d"]
    owners = {story: [i for i in (1, 2, 3) if Shard(i, 3).owns(story, stories)] for story in stories}
    assert owners == {"a": [1], "b": [2], "c": [3], "d": [1]}
    assert Shard(1, 3).owns(None, stories) and not Shard(2, 3).owns(None, stories)


def shard_folder(folder: Path, index: int, count: int, anchors: dict[str, list[str]], **links: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "same.txt").write_text("shared\n")
    (folder / f"page-{index}.html").write_text(f"<p>{index}</p>\n")
    wanted = {
        page: {target: {anchor: f"{target}#{anchor}"}}
        for page, spec in links.items()
        for target, anchor in [spec.split("#")]
    }
    Manifest(Shard(index, count), ["a", "b"], 250, False, anchors, wanted).write(folder)
    return folder


def test_the_merge_joins_the_shards_and_checks_the_links_between_them(tmp_path: Path) -> None:
    one = shard_folder(tmp_path / "1", 1, 2, {"a.md": ["x"]}, **{"a.md": "b.md#y"})
    two = shard_folder(tmp_path / "2", 2, 2, {"b.md": ["y"]})
    assert merge([one, two], tmp_path / "site") == []
    assert sorted(path.name for path in (tmp_path / "site").iterdir()) == [
        "page-1.html",
        "page-2.html",
        "same.txt",
    ]
    (tmp_path / "2" / MANIFEST).unlink()
    shard_folder(tmp_path / "3", 2, 2, {"b.md": ["z"]})
    broken = merge([one, tmp_path / "3"], tmp_path / "other")
    assert broken == [
        "Doc file 'a.md' contains a link 'b.md#y', but the doc 'b.md' does not contain an anchor '#y'."
    ]
    assert not (tmp_path / "other").exists()


def test_the_merge_refuses_missing_shards_and_shards_that_differ(tmp_path: Path) -> None:
    one = shard_folder(tmp_path / "1", 1, 2, {})
    with pytest.raises(UsageError, match="each of shards 1/2 to 2/2 once"):
        merge([one], tmp_path / "site")
    two = shard_folder(tmp_path / "2", 2, 2, {})
    (two / "same.txt").write_text("other\n")
    with pytest.raises(OutputError, match=r"the shards differ on same\.txt"):
        merge([one, two], tmp_path / "site")
    assert not (tmp_path / "site").exists() and not list(tmp_path.glob(".site.merge-*"))


def project(folder: Path, about: str) -> Path:
    for name in STORIES:
        shutil.copytree(DOSSIERS / name, folder / "content" / name)
    (folder / "docs").mkdir(parents=True)
    (folder / "docs" / "about.md").write_text(about, "utf-8")
    (folder / "mkdocs.yml").write_text(CONFIG, "utf-8")
    return folder


def explainer(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return python_m("generator", *args, cwd=folder, env=ENV, timeout=600)


def files(site: Path) -> dict[str, bytes]:
    return {
        path.relative_to(site).as_posix(): path.read_bytes() for path in site.rglob("*") if path.is_file()
    }


@pytest.mark.slow
def test_two_shards_merged_are_one_build_and_a_broken_anchor_between_them_fails(tmp_path: Path) -> None:
    about = "# About\n\nThe [backlog's figures](suez-canal-backlog/numbers.md).\n"
    folder = project(tmp_path / "site", about)
    single = python_m("mkdocs", "build", "--strict", "--site-dir", "single", cwd=folder, env=ENV, timeout=600)
    assert single.returncode == 0, single.stderr
    for index in (1, 2):
        done = explainer(folder, "shard", f"{index}/2", "--site-dir", f"shard-{index}")
        assert done.returncode == 0, done.stderr
    assert files(folder / "shard-1").keys() != files(folder / "shard-2").keys()
    merged = explainer(folder, "merge", "--out", "merged", "shard-1", "shard-2")
    assert merged.returncode == 0, merged.stderr
    assert files(folder / "merged") == files(folder / "single")
    (folder / "docs" / "about.md").write_text(
        about.replace("numbers.md)", "numbers.md#no-such-figure)"), "utf-8"
    )
    # The hand-written page is the first shard's (pages of no story go to the first): only it is
    # built again, and the second shard's pages, which link to nothing there, are the same.
    assert explainer(folder, "shard", "1/2", "--site-dir", "again-1").returncode == 0
    broken = explainer(folder, "merge", "--out", "broken", "again-1", "shard-2")
    assert broken.returncode == 1 and not (folder / "broken").exists()
    assert "does not contain an anchor '#no-such-figure'" in broken.stderr
