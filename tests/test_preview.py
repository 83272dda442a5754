"""The page `mkdocs serve` shows for a story that cannot build: errors first, warnings folded."""

from __future__ import annotations

import shutil
from pathlib import Path

import markdown
from selectolax.lexbor import LexborHTMLParser

from generator.checking.loader import load_site
from generator.site.pages import build_pages
from generator.site.preview import set_apart
from generator.site.render import Renderer
from generator.site.shelf import unpack

BASE = Path(__file__).parent / "fixtures" / "rules" / "base"
EXTENSIONS = ["admonition", "pymdownx.details", "pymdownx.superfences"]


def broken_beside_a_good_story(tmp_path: Path) -> Path:
    """harbour-strike builds; rail-strike has two errors and three warnings (unknown files)."""
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    shutil.copytree(content / "harbour-strike", content / "rail-strike")
    meta = content / "rail-strike" / "dossier.yaml"
    meta.write_text(meta.read_text("utf-8").replace("harbour-strike", "rail-strike"), "utf-8")
    actors = content / "rail-strike" / "actors.yaml"
    actors.write_text(actors.read_text("utf-8").replace("kind: organisation", "kind: nobody"), "utf-8")
    events = content / "rail-strike" / "events.yaml"
    events.write_text(events.read_text("utf-8").replace('"2024-02"', '"2024-13"'), "utf-8")
    for name in ["notes", "draft", "todo"]:
        (content / "rail-strike" / f"{name}.yaml").write_text("a: 1\n", "utf-8")
    return content


def test_the_problems_page_lists_errors_first_and_folds_warnings(tmp_path: Path) -> None:
    content = broken_beside_a_good_story(tmp_path)
    result = load_site(content)
    apart = set_apart(result, content, lambda site: build_pages(site, Renderer()), None)
    assert apart is not None and list(apart.problems) == ["rail-strike"]
    page = next(p for p in apart.pages.pages if p.path == "rail-strike/index.md")
    text = unpack(page.packed)
    errors = [i for i, line in enumerate(text.splitlines()) if "error[" in line]
    warnings = [i for i, line in enumerate(text.splitlines()) if "warning[file-unknown]" in line]
    assert len(errors) == 2 and len(warnings) == 3 and max(errors) < min(warnings)
    assert "2 errors, 3 warnings in 5 files" in text
    html = LexborHTMLParser(markdown.Markdown(extensions=EXTENSIONS).convert(text))
    folded = html.css("details.warning")
    assert len(folded) == 1 and folded[0].attributes.get("open") is None
    assert folded[0].css_first("summary").text() == "3 warnings to review (they do not stop the story)"
    assert "error[" not in folded[0].text() and folded[0].text().count("warning[file-unknown]") == 3
    failure = html.css_first("div.admonition.failure")
    assert failure is not None and failure.text().count("error[") == 2 and "warning[" not in failure.text()


def test_a_story_without_warnings_has_nothing_folded(tmp_path: Path) -> None:
    content = broken_beside_a_good_story(tmp_path)
    for name in ["notes", "draft", "todo"]:
        (content / "rail-strike" / f"{name}.yaml").unlink()
    apart = set_apart(load_site(content), content, lambda site: build_pages(site, Renderer()), None)
    assert apart is not None
    page = next(p for p in apart.pages.pages if p.path == "rail-strike/index.md")
    assert "???" not in unpack(page.packed) and "2 errors, 0 warnings" in unpack(page.packed)
