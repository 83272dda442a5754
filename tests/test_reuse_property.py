"""A build that reuses earlier conversions gives the same site as a clean build, byte for byte, after
any sequence of edits: prose, a new actor, a renamed id, a deleted story, a changed shared actor, a
changed template, a changed theme template, a changed setting, a hand-written page's new title, the
built site changed by hand. Each
step builds twice with the real MkDocs (in this process): once reusing the cache that every earlier
build filled (stories as loaded, stories' pages, conversions, layouts, pages as written and the parts
of the search index), once clean, and compares every file."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import profiles
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mkdocs.commands.build import build
from mkdocs.config import load_config
from profiles import examples

from generator.plugin.workers import WORKERS_VARIABLE as WORKERS
from generator.site.render import PACKAGE_TEMPLATES
from generator.site.reuse import REUSE_VARIABLE

pytestmark = pytest.mark.slow

HERE = Path(__file__).parent
DOSSIERS = HERE / "fixtures" / "dossiers"
STORIES = ("suez-canal-blockage", "suez-canal-backlog", "glacier-lake-flood")
CONFIG = """site_name: Reuse
theme:
  name: material
  font: false
  custom_dir: overrides
plugins:
  - explainer:
      templates_dir: templates
      cache_dir: {cache}
      # Search in parts (one a story or two), so that parts are kept and made again too.
      pagefind: true
      stories_per_index: 1
validation:
  links:
    not_found: warn
    anchors: warn
    unrecognized_links: warn
"""


def project(folder: Path, cache: Path) -> Path:
    for name in STORIES:
        shutil.copytree(DOSSIERS / name, folder / "content" / name)
    (folder / "docs").mkdir(parents=True)
    (folder / "docs" / "about.md").write_text("# About\n\nSee [the hub](index.md).\n", "utf-8")
    (folder / "templates").mkdir()
    (folder / "overrides").mkdir()
    (folder / "overrides" / "main.html").write_text('{% extends "base.html" %}\n', "utf-8")
    (folder / "mkdocs.yml").write_text(CONFIG.format(cache=cache), "utf-8")
    return folder


@contextmanager
def environment(name: str, value: str) -> Iterator[None]:
    before = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if before is None:
            del os.environ[name]
        else:
            os.environ[name] = before


def site(folder: Path, out: str, *, reuse: bool, workers: int = 1) -> dict[str, bytes]:
    """Every file of a strict build of ``folder`` into ``out``, by path, its pages made by ``workers``
    processes (the first build of each example has two, so that pages made ahead by workers and kept
    meet a clean build's bytes too)."""
    with environment(REUSE_VARIABLE, "1" if reuse else "0"), environment(WORKERS, str(workers)):
        config = load_config(str(folder / "mkdocs.yml"), site_dir=str(folder / out), strict=True)
        config.plugins.on_startup(command="build", dirty=False)
        build(config)
    return {
        path.relative_to(folder / out).as_posix(): path.read_bytes()
        for path in (folder / out).rglob("*")
        if path.is_file()
    }


def story(folder: Path, index: int) -> Path | None:
    present = [path for path in sorted((folder / "content").iterdir()) if path.is_dir()]
    return present[index % len(present)] if present else None


def replace_once(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), "utf-8")


def prose(folder: Path, index: int, word: str) -> None:
    found = story(folder, index)
    if found is not None:
        replace_once(found / "actors.yaml", "description: ", f"description: {word.capitalize()} notes that ")


def new_actor(folder: Path, index: int, word: str) -> None:
    found = story(folder, index)
    if found is None:
        return
    actors = found / "actors.yaml"
    entries = actors.read_text("utf-8").split("\n- id: ")
    last = entries[-1].split("\n", 1)[1]
    added = f"{word}-added-{len(entries)}"  # a new id each time
    actors.write_text(actors.read_text("utf-8").rstrip("\n") + f"\n- id: {added}\n{last.rstrip()}\n", "utf-8")


def renamed_id(folder: Path, index: int, word: str) -> None:
    """The last actor of a story (which no other story shares) takes a new id everywhere it is used."""
    found = story(folder, index)
    if found is None:
        return
    old = re.findall(r"^- id: (\S+)", (found / "actors.yaml").read_text("utf-8"), flags=re.M)[-1]
    if old == "suez-canal-authority":
        return
    pattern = re.compile(rf"(?<![\w-]){re.escape(old)}(?![\w-])")
    for path in found.glob("*.yaml"):
        lines = path.read_text("utf-8").splitlines(keepends=True)
        # Evidence quotes its source word for word: an id in it is the source's word, not the id.
        renamed = [line if "evidence:" in line else pattern.sub(f"{word}-{old}", line) for line in lines]
        path.write_text("".join(renamed), "utf-8")


def deleted_story(folder: Path, index: int, word: str) -> None:
    """A story no other story builds on goes."""
    for name in ("glacier-lake-flood", "suez-canal-backlog"):
        if (folder / "content" / name).is_dir():
            shutil.rmtree(folder / "content" / name)
            return


def shared_actor(folder: Path, index: int, word: str) -> None:
    """The authority's record, in the story that holds it, which the follow-up shows too."""
    actors = folder / "content" / "suez-canal-blockage" / "actors.yaml"
    replace_once(actors, "name: Suez Canal Authority", f"name: Suez Canal Authority {word.capitalize()}")


def template(folder: Path, index: int, word: str) -> None:
    name = ("glossary.md.j2", "actor.md.j2", "overview.md.j2")[index % 3]
    source = (
        (folder / "templates" / name) if (folder / "templates" / name).is_file() else PACKAGE_TEMPLATES / name
    )
    text = source.read_text("utf-8")
    (folder / "templates" / name).write_text(text.replace("\n", f"\n\n{word.capitalize()}.\n\n", 1), "utf-8")


def theme(folder: Path, index: int, word: str) -> None:
    """The theme's page template, overridden: every page's layout changes."""
    block = f"{{% block content %}}{{{{ super() }}}}<p>{word.capitalize()}.</p>{{% endblock %}}\n"
    (folder / "overrides" / "main.html").write_text('{% extends "base.html" %}\n' + block, "utf-8")


def setting(folder: Path, index: int, word: str) -> None:
    """A setting every page shows (the footer's copyright line)."""
    config = folder / "mkdocs.yml"
    kept = [line for line in config.read_text("utf-8").splitlines() if not line.startswith("copyright:")]
    config.write_text("\n".join([*kept, f"copyright: {word.capitalize()} {index}"]) + "\n", "utf-8")


def hand_written(folder: Path, index: int, word: str) -> None:
    """A hand-written page's heading: its title in every page's menu."""
    (folder / "docs" / "about.md").write_text(f"# About {word}\n\nSee [the hub](index.md).\n", "utf-8")


def site_by_hand(folder: Path, index: int, word: str) -> None:
    """The built site itself changed by hand (``plugin.standing`` leaves its unchanged files standing):
    a page and a file of the search index written over, one deleted, a stray file and folder added."""
    site = folder / "warm"
    pages = sorted(site.glob("*/*/index.html"))
    index_files = sorted(path for path in (site / "pagefind").rglob("*") if path.is_file())
    if not pages or not index_files:
        return
    pages[index % len(pages)].write_text(f"<p>{word}</p>\n", "utf-8")
    index_files[index % len(index_files)].write_bytes(word.encode())
    pages[(index + 1) % len(pages)].unlink()
    (site / "stray" / word).mkdir(parents=True, exist_ok=True)
    (site / "stray" / word / "index.html").write_text(word, "utf-8")


EDITS: tuple[Callable[[Path, int, str], None], ...] = (
    prose,
    new_actor,
    renamed_id,
    deleted_story,
    shared_actor,
    template,
    theme,
    setting,
    hand_written,
    site_by_hand,
)
edit = st.tuples(st.sampled_from(EDITS), st.integers(0, 2), st.sampled_from(["zebra", "heron", "otter"]))


@settings(max_examples=examples(20), suppress_health_check=[HealthCheck.function_scoped_fixture])
# Up to three edits in a row under CI (profile `full`), two locally.
@given(edits=st.lists(edit, min_size=1, max_size=3 if profiles.PROFILE == "full" else 2))
def test_a_build_reusing_conversions_is_a_clean_build(
    tmp_path_factory: pytest.TempPathFactory, edits: list[tuple[Callable[[Path, int, str], None], int, str]]
) -> None:
    cache = tmp_path_factory.getbasetemp() / "reuse-cache"
    folder = project(tmp_path_factory.mktemp("reuse"), cache)
    site(folder, "warm", reuse=True, workers=2)
    for change, index, word in edits:
        change(folder, index, word)
        assert site(folder, "warm", reuse=True) == site(folder, "clean", reuse=False), change.__name__
