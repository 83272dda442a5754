"""`explainer build --out DIR`: the same Markdown as the plugin, written whole or not at all."""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from launcher import python_m

from generator.checking.loader import load_site
from generator.cli import cli, main
from generator.errors import DossierError, OutputError, TemplateError
from generator.site import output
from generator.site.catalog import PageCatalog
from generator.site.output import MARKER, build_site, with_title
from generator.site.pages import Page, build_pages

CONTENT = Path(__file__).parent / "fixtures" / "sites" / "basic" / "content"


def files_in(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_writes_every_page_and_the_assets(tmp_path: Path) -> None:
    out = tmp_path / "pages"
    build_site(CONTENT, out)
    written = files_in(out)
    pages = build_pages(load_site(CONTENT).raise_for_problems())
    for page in pages.pages:
        assert written.pop(page.path) == with_title(page).encode("utf-8")
    for download in pages.downloads:
        assert written.pop(download.path) == download.content
    assert sorted(written) == [MARKER, "assets/explainer/explainer.css", "assets/explainer/explainer.js"]


def test_a_rebuild_replaces_the_folder_whole(tmp_path: Path) -> None:
    out = tmp_path / "pages"
    build_site(CONTENT, out)
    (out / "stale.md").write_text("old", "utf-8")
    build_site(CONTENT, out)
    assert not (out / "stale.md").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pages"]


def test_a_folder_it_did_not_write_is_never_replaced(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("mine", "utf-8")
    with pytest.raises(OutputError, match="was not written by `explainer build`"):
        build_site(CONTENT, docs)
    assert files_in(docs) == {"index.md": b"mine"}


def test_broken_content_leaves_the_previous_pages_in_place(tmp_path: Path) -> None:
    out = tmp_path / "pages"
    build_site(CONTENT, out)
    before = files_in(out)
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    (content / "scam-handover" / "actors.yaml").write_text("- id: [broken\n", "utf-8")
    with pytest.raises(DossierError):
        build_site(content, out)
    assert files_in(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "pages"]


def test_cli_builds_and_reports_in_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    runner = CliRunner()
    out = tmp_path / "pages"
    done = runner.invoke(cli, ["build", "--out", str(out), str(CONTENT)])
    assert done.exit_code == 0, done.output
    assert done.output == f"wrote 16 pages to {out}\n"  # with the updates page

    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "x.md").write_text("x", "utf-8")
    with pytest.raises(SystemExit) as exited:
        main(["build", "--out", str(tmp_path / "taken"), str(CONTENT)])
    assert exited.value.code == 1
    message = capsys.readouterr().err
    assert (
        message
        == f"error: {tmp_path / 'taken'} exists and was not written by `explainer build`; choose another folder\n"
    )


def test_cli_lists_every_problem_of_broken_content(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    actors = content / "scam-handover" / "actors.yaml"
    actors.write_text(actors.read_text("utf-8").replace("kind: place", "kind: planet"), "utf-8")
    done = CliRunner().invoke(cli, ["build", "--out", str(tmp_path / "pages"), str(content)])
    assert done.exit_code == 1
    assert "error[value-invalid]: 'planet' is not a valid kind" in done.output
    assert "1 error, 0 warnings in 1 file" in done.output
    assert not (tmp_path / "pages").exists()


@pytest.mark.slow
def test_the_written_pages_build_with_plain_mkdocs(tmp_path: Path) -> None:
    build_site(CONTENT, tmp_path / "pages")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Plain\ndocs_dir: pages\ntheme:\n  name: material\n  font: false\n"
        "extra_css: [assets/explainer/explainer.css]\n"
        "markdown_extensions: [abbr, admonition, attr_list, footnotes, tables, toc]\n"
        "validation:\n  links:\n    anchors: warn\n",
        "utf-8",
    )
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = python_m("mkdocs", "build", "--strict", cwd=tmp_path, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "site" / "scam-handover" / "actors" / "kokang" / "index.html").is_file()
    # A story page describes what the story is about there, as the plugin's build does.
    glossary = (tmp_path / "site" / "scam-handover" / "glossary" / "index.html").read_text("utf-8")
    assert (
        '<meta name="description" content="In 2023 Myanmar handed over tens of thousands of telecom fraud'
        ' suspects to China, after a crackdown on scam centres in the Kokang self-administered zone.">'
    ) in glossary


def test_a_story_page_s_front_matter_holds_the_description_the_plugin_gives_it(tmp_path: Path) -> None:
    """The plugin (and the Zensical path) gave each story page a meta description; the pages that
    `explainer build --out` wrote had only a title, so a site built from them described none."""
    done = python_m("generator", "build", "--out", str(tmp_path / "pages"), str(CONTENT), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    pages = build_pages(load_site(CONTENT).raise_for_problems())
    catalog = PageCatalog.of(pages)
    described = [page for page in pages.pages if page.description]
    assert described and any(page.path.endswith("glossary.md") for page in described)
    for page in pages.pages:
        text = (tmp_path / "pages" / page.path).read_text("utf-8")
        front = yaml.safe_load(text[4 : text.index("\n---\n", 3)])
        assert front.get("description") == catalog.meta(page.path, {}).get("description"), page.path
        assert front["title"] == page.title


# -- a build that fails part-way leaves the previous folder as it was, and nothing beside it -------------


def broken_on_fifth_page(real: Callable[[Page], str]) -> Callable[[Page], str]:
    calls = {"n": 0}

    def write(page: Page) -> str:
        calls["n"] += 1
        if calls["n"] == 5:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(page)

    return write


def test_a_failure_while_writing_pages_leaves_the_old_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "pages"
    build_site(CONTENT, out)
    before = files_in(out)
    monkeypatch.setattr(output, "with_title", broken_on_fifth_page(output.with_title))
    with pytest.raises(SystemExit) as exited:
        main(["build", "--out", str(out), str(CONTENT)])
    assert exited.value.code == 1
    assert capsys.readouterr().err == f"error: cannot write {out}: No space left on device\n"
    assert files_in(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pages"]


def test_a_failure_while_copying_assets_leaves_the_old_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "pages"
    build_site(CONTENT, out)
    before = files_in(out)

    def no_space(source: object, target: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output.shutil, "copyfile", no_space)
    with pytest.raises(OutputError, match="No space left on device"):
        build_site(CONTENT, out)
    assert files_in(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pages"]


def test_a_failure_while_swapping_puts_the_old_folder_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "pages"
    build_site(CONTENT, out)
    before = files_in(out)
    rename = Path.rename

    def refuse_the_new_folder(self: Path, target: Path) -> Path:
        if self.name.startswith(".pages.new-"):
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        return rename(self, target)

    monkeypatch.setattr(Path, "rename", refuse_the_new_folder)
    with pytest.raises(OutputError, match="Invalid cross-device link"):
        build_site(CONTENT, out)
    assert files_in(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pages"]


def test_a_broken_template_leaves_the_old_folder(tmp_path: Path) -> None:
    out = tmp_path / "pages"
    build_site(CONTENT, out)
    before = files_in(out)
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "glossary.md.j2").write_text("# Words\n{% for t in terms %}\n- {{ t.text }\n", "utf-8")
    with pytest.raises(TemplateError, match=r"glossary\.md\.j2"):
        build_site(CONTENT, out, templates)
    assert files_in(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pages", "templates"]


def test_two_builds_write_the_same_bytes(tmp_path: Path) -> None:
    build_site(CONTENT, tmp_path / "one")
    build_site(CONTENT, tmp_path / "two")
    assert files_in(tmp_path / "one") == files_in(tmp_path / "two")
