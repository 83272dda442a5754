"""The plugin's serve fallback as a plain object: no MkDocs build, the real loader and page builder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

from generator.plugin.fallback import Fallback, builder, story_asked_for
from generator.site.pages import build_pages

BASIC = Path(__file__).parent / "fixtures" / "sites" / "basic" / "content"


def content(tmp_path: Path) -> Path:
    return shutil.copytree(BASIC, tmp_path / "content")


def break_story(folder: Path) -> None:
    numbers = folder / "scam-handover" / "numbers.yaml"
    numbers.write_text(numbers.read_text("utf-8") + "\n- id: [not, an, id]\n", "utf-8")


def test_a_build_gets_fresh_pages_and_keeps_none(tmp_path: Path) -> None:
    fallback = Fallback(content(tmp_path))
    pages = fallback.pages(build_pages)
    assert pages is not None and "scam-handover/index.md" in {page.path for page in pages.pages}
    assert fallback.last_good is None and fallback.banner("scam-handover/index.md") == ""


def test_a_build_stops_on_a_problem_with_every_problem_listed(tmp_path: Path) -> None:
    folder = content(tmp_path)
    break_story(folder)
    with pytest.raises(
        PluginError, match=r"(?s)the explainer pages cannot be built:\n.*numbers\.yaml:\d+:\d+: error"
    ):
        Fallback(folder).pages(build_pages)


def test_serve_keeps_a_broken_storys_last_good_pages_under_a_banner(tmp_path: Path) -> None:
    folder = content(tmp_path)
    fallback = Fallback(folder, serving=True)
    good = fallback.pages(build_pages)
    assert good is not None and fallback.last_good is good
    before = {page.path: page.markdown for page in good.pages}
    break_story(folder)
    kept = fallback.pages(build_pages)
    assert kept is not None
    after = {page.path: page.markdown for page in kept.pages}
    assert after["scam-handover/numbers.md"] == before["scam-handover/numbers.md"]
    assert "numbers.yaml" in fallback.banner("scam-handover/numbers.md")
    assert fallback.banner("index.md") == ""


def test_serve_with_nothing_good_yet_shows_the_problems_at_the_storys_address(tmp_path: Path) -> None:
    folder = content(tmp_path)
    break_story(folder)
    pages = Fallback(folder, serving=True).pages(build_pages)
    assert pages is not None
    overview = {page.path: page.markdown for page in pages.pages}["scam-handover/index.md"]
    assert "cannot be shown until its problems are fixed" in overview and "numbers.yaml" in overview


def test_one_story_asked_for_must_be_a_story_folder(tmp_path: Path) -> None:
    with pytest.raises(PluginError, match=r"EXPLAINER_ONLY='nope', but .* is not a story's folder"):
        Fallback(content(tmp_path), serving=True).pages(build_pages, only="nope")


def test_the_one_story_asked_for_is_configured_or_named_in_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert story_asked_for(None) is None
    monkeypatch.setenv("EXPLAINER_ONLY", "from-env")
    assert story_asked_for(None) == "from-env"
    assert story_asked_for("configured") == "configured"


def test_the_builder_gives_each_story_its_updates_page_and_the_hub(tmp_path: Path) -> None:
    folder = content(tmp_path)
    pages = Fallback(folder).pages(builder(folder, None, site_name="Mine", hub=True))
    assert pages is not None
    paths = {page.path for page in pages.pages}
    assert {"index.md", "scam-handover/updates.md"} <= paths
    bare = Fallback(folder).pages(builder(folder, None, site_name="Mine", hub=False))
    assert bare is not None and "index.md" not in {page.path for page in bare.pages}


def test_under_serve_a_warning_printed_before_is_counted_not_printed_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = content(tmp_path)
    (folder / "scam-handover" / "notes.yaml").write_text("- a note\n", "utf-8")
    fallback = Fallback(folder, serving=True)
    caplog.set_level("INFO", logger="mkdocs.plugins.explainer")

    def warnings() -> list[str]:
        found = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
        caplog.clear()
        return found

    assert fallback.pages(build_pages) is not None
    first = warnings()
    assert len(first) == 1 and "notes.yaml:1:1: warning[file-unknown]" in first[0]
    assert fallback.pages(build_pages) is not None  # the same warning: counted, still a warning
    assert warnings() == ["explainer: 1 more content warning as in the last build (shown in full then)"]
    (folder / "scam-handover" / "extra.yaml").write_text("- more\n", "utf-8")
    assert fallback.pages(build_pages) is not None
    edited = warnings()  # the new one in full, with its file:line:col, then the count
    assert len(edited) == 2 and "extra.yaml:1:1: warning[file-unknown]" in edited[0]
    assert edited[1].startswith("explainer: 1 more content warning as in")
    built = Fallback(folder)  # a build prints every warning, every time
    for _ in range(2):
        built.pages(build_pages)
        assert len(warnings()) == 2
