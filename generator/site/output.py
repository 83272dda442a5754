"""Writing a site's pages to a folder, for use without the MkDocs plugin (``explainer build``).

The folder is replaced whole: pages are written to a new folder beside it, which then takes its
place, so a failed or interrupted build never leaves a half-written folder behind. A folder that
``explainer build`` did not write is never replaced, so ``--out docs`` cannot wipe hand-written pages.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

from generator.checking.loader import load_site
from generator.errors import OutputError
from generator.format.history import History
from generator.site.markup import front_matter_description
from generator.site.pages import Page, Pages, build_pages
from generator.site.render import Renderer

MARKER = ".explainer-build"
ASSETS = Path(__file__).parent / "assets"
STATIC = {
    "assets/explainer/explainer.css": ASSETS / "explainer.css",
    "assets/explainer/explainer.js": ASSETS / "explainer.js",
}


def build_site(
    content: Path,
    out: Path,
    templates: Path | None = None,
    *,
    strict: bool = False,
    histories: Callable[[list[str]], Mapping[str, History]] | None = None,
) -> Pages:
    """Load, validate and render ``content``; write the pages to ``out``. Raises a GeneratorError.
    ``histories`` reads the history of the dossiers with these slugs, for their updates pages."""
    site = load_site(content).raise_for_problems(strict)
    history = None if histories is None else histories([d.slug for d in site.dossiers])
    pages = build_pages(site, Renderer(templates), histories=history)
    write_pages(pages, out)
    return pages


def write_pages(pages: Pages, out: Path) -> None:
    """Replace ``out`` with a folder holding every page, its downloads and the assets the pages use."""
    out = Path(os.path.abspath(out))
    if out.exists() and not written_by_us(out):
        raise OutputError(f"{out} exists and was not written by `explainer build`; choose another folder")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fresh = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    except OSError as error:
        raise OutputError(f"cannot write beside {out}: {error.strerror}") from None
    try:
        (fresh / MARKER).write_text("Written by `explainer build`; replaced whole on every build.\n", "utf-8")
        for page in pages.pages:
            target = fresh / page.path
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("w", encoding="utf-8", newline="\n") as stream:
                stream.write(with_title(page))
        for download in pages.downloads:
            (fresh / download.path).parent.mkdir(parents=True, exist_ok=True)
            (fresh / download.path).write_bytes(download.content)
        for uri, source in STATIC.items():
            (fresh / uri).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, fresh / uri)
        swap_in(fresh, out)
    except OSError as error:
        shutil.rmtree(fresh, ignore_errors=True)
        raise OutputError(f"cannot write {out}: {error.strerror or error}") from None


# Characters PyYAML refuses or reads as line breaks: written as escapes in a double-quoted string.
_NOT_YAML = re.compile(r"[^\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")


def with_title(page: Page) -> str:
    """The page's Markdown with its title, and a story page's description, as front matter, as the
    plugin sets them: without a title, MkDocs takes the first heading, which themes print through
    `striptags` (see ``markup.page_title``); the description is escaped as the plugin escapes it
    (``markup.front_matter_description``). A story page's
    longer <title> is not front matter: there it would rename the page's menu entry too."""
    lines = [f"title: {_yaml_string(page.title)}"]
    if page.description:
        lines.append(f"description: {_yaml_string(front_matter_description(page.description))}")
    return "---\n" + "\n".join(lines) + "\n---\n\n" + page.markdown


def _yaml_string(text: str) -> str:
    """``text`` as a double-quoted YAML string that PyYAML reads back whole."""
    return _NOT_YAML.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(text, ensure_ascii=False))


def written_by_us(folder: Path) -> bool:
    return folder.is_dir() and ((folder / MARKER).is_file() or not any(folder.iterdir()))


def swap_in(fresh: Path, out: Path) -> None:
    """Put ``fresh`` in the place of ``out``; the old folder is removed only once the new one is in."""
    if not out.exists():
        fresh.rename(out)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    old.rmdir()
    out.rename(old)
    try:
        fresh.rename(out)
    except OSError:
        old.rename(out)
        raise
    shutil.rmtree(old)
