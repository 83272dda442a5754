"""Templates: overrides from a site folder, strict variables, and errors that name file and line."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from generator.checking.loader import load_site
from generator.errors import TemplateError
from generator.format.dossier import Site
from generator.site.pages import build_pages
from generator.site.render import PACKAGE_TEMPLATES, Renderer

BASIC = Path(__file__).parent / "fixtures" / "sites" / "basic" / "content"


@pytest.fixture(scope="module")
def site() -> Site:
    return load_site(BASIC).raise_for_problems()


def test_every_page_template_is_a_file_of_the_package() -> None:
    names = sorted(p.name for p in PACKAGE_TEMPLATES.glob("*.md.j2"))
    assert "actor.md.j2" in names and "hub.md.j2" in names


def test_a_site_overrides_one_template_and_keeps_the_others(tmp_path: Path, site: Site) -> None:
    (tmp_path / "glossary.md.j2").write_text("# Our own glossary\n\n{{ terms | length }} terms\n", "utf-8")
    pages = build_pages(site, Renderer(tmp_path)).by_path()
    assert pages["scam-handover/glossary.md"].markdown == "# Our own glossary\n\n3 terms\n"
    assert pages["scam-handover/numbers.md"].markdown.startswith("# By the numbers\n")


def test_an_override_can_include_the_package_partials(tmp_path: Path, site: Site) -> None:
    (tmp_path / "claims.md.j2").write_text('# Claims\n{% include "_footnotes.md.j2" %}\n', "utf-8")
    claims = build_pages(site, Renderer(tmp_path)).by_path()["scam-handover/claims.md"].markdown
    assert claims.startswith("# Claims\n\n[^1]: ")


def test_a_syntax_error_names_the_template_and_line(tmp_path: Path, site: Site) -> None:
    (tmp_path / "timeline.md.j2").write_text(
        "# Timeline\n\n{% for year in years %}\n{{ year.title }\n", "utf-8"
    )
    with pytest.raises(TemplateError) as caught:
        build_pages(site, Renderer(tmp_path))
    message = str(caught.value)
    assert f'File "{tmp_path / "timeline.md.j2"}", line 4' in message
    assert "unexpected '}'" in message
    assert isinstance(caught.value.__cause__, jinja2.TemplateSyntaxError), "the cause is kept for debugging"


def test_an_undefined_variable_names_the_template_and_line(tmp_path: Path, site: Site) -> None:
    (tmp_path / "sources.md.j2").write_text("# Sources\n\n{{ fact.titel }}\n", "utf-8")
    with pytest.raises(TemplateError) as caught:
        build_pages(site, Renderer(tmp_path))
    message = str(caught.value)
    assert message.startswith("UndefinedError: 'fact' is undefined")
    assert f'File "{tmp_path / "sources.md.j2"}", line 3' in message
    assert "{{ fact.titel }}" in message
    assert isinstance(caught.value.__cause__, jinja2.UndefinedError)


def test_a_misspelt_attribute_fails_loudly(tmp_path: Path, site: Site) -> None:
    (tmp_path / "glossary.md.j2").write_text(
        "# G\n{% for t in terms %}\n{{ t.defintion }}\n{% endfor %}\n", "utf-8"
    )
    with pytest.raises(TemplateError, match=r"has no attribute 'defintion'[\s\S]*line 3"):
        build_pages(site, Renderer(tmp_path))


def test_the_md_filter_escapes_raw_text(tmp_path: Path) -> None:
    (tmp_path / "x.md.j2").write_text("{{ text | md }}", "utf-8")
    assert Renderer(tmp_path).render("x.md.j2", {"text": "<b>*x*</b>"}) == "&lt;b&gt;\\*x\\*&lt;/b&gt;\n"


def test_a_missing_template_is_named(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match=r"'nope\.md\.j2' not found") as caught:
        Renderer(tmp_path).render("nope.md.j2", {})
    assert isinstance(caught.value.__cause__, jinja2.TemplateNotFound)


def test_output_has_no_runs_of_blank_lines_and_one_final_newline(tmp_path: Path) -> None:
    (tmp_path / "x.md.j2").write_text("a\n\n\n\nb\n\n\n", "utf-8")
    assert Renderer(tmp_path).render("x.md.j2", {}) == "a\n\nb\n"
