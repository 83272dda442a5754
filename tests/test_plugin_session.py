"""The plugin's session (``generator.plugin.session``): the folders `serve` watches, and the number
of processes a build uses, from the plugin's real options as MkDocs validates them."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import Files

from generator.plugin.options import ExplainerConfig
from generator.plugin.session import Session, watched, watching
from generator.plugin.sharding import ShardPages
from generator.site.render import PACKAGE_TEMPLATES

BASIC = Path(__file__).parent / "fixtures" / "sites" / "basic"


def options() -> ExplainerConfig:
    plugin = load_config(str(BASIC / "mkdocs.yml")).plugins["explainer"]
    assert isinstance(plugin.config, ExplainerConfig)
    return plugin.config


def test_serve_watches_the_content_or_the_one_story_and_the_templates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("EXPLAINER_ONLY", raising=False)
    found = options()
    assert watched(found) == [found.content_dir, str(PACKAGE_TEMPLATES)]
    monkeypatch.setenv("EXPLAINER_ONLY", "scam-handover")
    assert watched(found)[0] == str(Path(found.content_dir) / "scam-handover")


def test_serve_works_in_one_process_and_a_build_on_every_core_asked_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("EXPLAINER_WORKERS", "3")
    session = Session()
    session.start("build")
    assert session.workers(options()) == 3 and not session.fallback.serving
    session.start("serve")
    assert session.workers(options()) == 1 and session.fallback.serving


def test_serve_is_told_to_watch_each_folder() -> None:
    from mkdocs.livereload import LiveReloadServer

    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(BASIC))
    session_options = options()
    assert watching(server, session_options) is server
    assert set(watched(session_options)) <= set(server._watched_paths)


def test_the_theme_environment_reuses_layouts_and_a_shard_finds_the_template_of_others(
    tmp_path: Path,
) -> None:
    import jinja2

    from generator.plugin.layouts import ReusingTemplate
    from generator.site.shards import TEMPLATES, Shard

    (tmp_path / "main.html").write_text("<p>{{ page }}</p>", "utf-8")
    config = load_config(str(BASIC / "mkdocs.yml"))
    session = Session()
    env = session.environment(
        jinja2.Environment(loader=jinja2.FileSystemLoader([str(tmp_path)])), config, Files([])
    )
    template = env.get_template("main.html")
    assert isinstance(template, ReusingTemplate) and template.render(page="x") == "<p>x</p>"
    assert env.loader.searchpath == [str(tmp_path)]
    session.flow.shard = ShardPages(Shard(1, 2), session.flow.catalog)
    env = session.environment(
        jinja2.Environment(loader=jinja2.FileSystemLoader([str(tmp_path)])), config, Files([])
    )
    assert env.loader.searchpath == [str(tmp_path), str(TEMPLATES)]


def test_a_build_lets_go_of_its_pages_links_and_downloads_before_pagefind_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """MkDocs keeps every page's links, anchors, table of contents and HTML and every download's bytes
    to the end of its build; the build lets go of them once MkDocs' anchor check is done, before
    Pagefind runs beside it, and the site is whole (its search index included)."""
    import shutil

    from mkdocs.commands.build import build

    from generator.plugin import session as session_module
    from generator.plugin.files import DownloadFile, forget_written

    project = tmp_path / "site"
    shutil.copytree(BASIC, project, ignore=shutil.ignore_patterns("site", ".cache"))
    text = (project / "mkdocs.yml").read_text("utf-8").replace("  - search\n", "")
    (project / "mkdocs.yml").write_text(
        text.replace("content_dir: content", "content_dir: content\n      pagefind: true"), "utf-8"
    )
    seen: list[Files] = []
    held: list[int] = []

    def recorded(files: Files) -> None:
        pages = [f.page for f in files if f.page is not None]
        held.append(sum(len(p.links_to_anchors or {}) + len(p.present_anchor_ids or ()) for p in pages))
        forget_written(files)
        seen.append(files)

    monkeypatch.setattr(session_module, "forget_written", recorded)
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(tmp_path / "built"))
    config.plugins.on_startup(command="build", dirty=False)
    build(config)
    assert len(seen) == 1 and held[0] > 0
    pages = [f.page for f in seen[0] if f.page is not None]
    downloads = [f for f in seen[0] if isinstance(f, DownloadFile)]
    assert pages and downloads
    assert all(p.links_to_anchors is None and p.present_anchor_ids is None for p in pages)
    assert all(p.content is None and not list(p.toc) for p in pages)
    assert all(f.given == b"" and f.content_bytes == b"" for f in downloads)
    built = tmp_path / "built"
    assert (built / "pagefind" / "pagefind.js").is_file()
    assert all((built / f.dest_uri).stat().st_size > 0 for f in downloads)
