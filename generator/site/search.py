"""The site's search: Pagefind's chunked index, and what each page offers it.

Material's search sends every reader the whole index on the first search (16 MB at 100 stories);
Pagefind splits the index into chunks and fetches only those a query needs, so a first search costs
about the same at 1 story as at 1,000 (see docs/performance.md). The index is built from the finished
HTML by Pagefind's binary (the PyPI package ``pagefind[extended]``, which also segments Chinese).

While it builds an index Pagefind holds every page it read two and three times over (about 5.5 MB
for a story of the shipped dossier's size, whatever the pages' navigation and chrome), so a large
publication is indexed in parts of about ``STORIES_PER_INDEX`` stories' pages, one Pagefind run each,
which the search box merges (Pagefind's ``mergeIndex``).
"""

from __future__ import annotations

import hashlib
import html as html_module
import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from generator.errors import GeneratorError
from generator.site.pages import Keywords

ASSETS = Path(__file__).parent / "assets"
SEARCH_ASSETS = {
    "assets/explainer/search.js": ASSETS / "search.js",
    "assets/explainer/search.css": ASSETS / "search.css",
}
# Loaded by the search box when a reader opens it, not by every page: Pagefind's API as the box uses it.
SEARCH_MODULES = {"assets/explainer/pagefind.js": ASSETS / "pagefind.js"}

# What a page shows besides its own text: the quoted evidence in its footnotes (the Sources page lists
# every quote with the fact that cites it), footnote numbers and the commas between them, heading
# permalinks and diagrams.
_NOT_TEXT = re.compile(
    r'<(div class="footnote"|sup id="fnref[^"]*"|sup class="explainer-comma"|a class="headerlink"'
    r'|pre class="mermaid"|svg)(?=[\s>])'
)


UNUSED = (
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-highlight.js",
)
# What a part merged into the main one does not use either: the search box loads Pagefind, its worker,
# its interface and its WebAssembly from the main bundle (``mergeIndex`` reads a part's entry, metadata,
# index and fragments only): about 0.36 MB a part.
MERGED_UNUSED = (
    "pagefind.js",
    "pagefind-worker.js",
    "pagefind-ui.js",
    "pagefind-ui.css",
    "wasm.*.pagefind",
)


# Stories per Pagefind run: about 5 MB of Pagefind's memory a story (its largest run at 1,000 stories:
# 0.54 GB in parts of 100, 0.93 GB in parts of 200), beside a build that holds 0.55 to 0.8 GB then. Each
# part adds about 8 KB to a reader's first search (its entry, metadata and a chunk: docs/performance.md,
# "Memory at 1,000 stories: the search index in parts of 100 stories").
STORIES_PER_INDEX = 100
# How a page the index holds begins its indexed part (``searchable``).
BODY_MARK = b"<div data-pagefind-body"
# In the main bundle: the folders of the other parts, relative to it, for the search box.
PARTS_FILE = "parts.json"


class SearchIndexError(GeneratorError):
    """Pagefind could not index the site."""


# How each search index is told to skip an element: Pagefind's, and Material's (when Pagefind is off).
PAGEFIND_SKIPS = "data-pagefind-ignore"
MATERIAL_SKIPS = "data-search-exclude"


# A heading marked ``{: .explainer-elsewhere }`` starts a part that repeats what other stories say
# (an actor's facts there, their figures for a quantity): it is found on those stories' own pages.
_ELSEWHERE = re.compile(r'<h([1-6])(?=[^>]*\bclass="[^"]*\bexplainer-elsewhere\b)[^>]*>')


def _elsewhere_ignored(html: str, skips: str) -> str:
    """Each part under an ``explainer-elsewhere`` heading, up to the next heading of its level or
    higher (or the footnotes), wrapped so that Pagefind leaves it out."""
    parts: list[str] = []
    at = 0
    for heading in _ELSEWHERE.finditer(html):
        if heading.start() < at:
            continue
        level = heading.group(1)
        end = re.compile(rf'<h[1-{level}][\s>]|<div class="footnote"').search(html, heading.end())
        stop = end.start() if end else len(html)
        parts += [
            html[at : heading.start()],
            f'<div {skips}="all">' if skips == PAGEFIND_SKIPS else f"<div {skips}>",
            html[heading.start() : stop],
            "</div>\n",
        ]
        at = stop
    parts.append(html[at:])
    return "".join(parts)


def excluded(meta: Mapping[str, Any]) -> bool:
    """Whether a hand-written page's front matter leaves it out of the reader's search, as Material's
    search reads it: ``search: {exclude: true}`` (pages for maintainers: contributing, the format
    reference, performance notes; they stay in the menu)."""
    search = meta.get("search")
    return isinstance(search, Mapping) and search.get("exclude") is True


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")


def searchable(
    html: str, *, indexed: bool = True, keywords: Keywords = (), skips: str = PAGEFIND_SKIPS
) -> str:
    """A page's content HTML marked for the search indexes: Pagefind indexes the content only (not
    the navigation around it), and neither index reads footnotes, their numbers, diagram source or
    what the page repeats from other stories. ``skips`` is the attribute by which the index in use
    skips an element: only that one is written, on every footnote and permalink of every page.

    ``keywords`` are names a reader searches for, by the anchor of the section they name ("" for the
    page): they are indexed with Pagefind's highest weight right under that section's heading (an
    anchor that is no heading, a key question's, already shows its name and is not, but for a
    question answered on a line of the first screen, named at its start), and
    kept whole in the page's ``names`` metadata, by which the search box lists first the entry a query
    names exactly (``assets/pagefind.js``). A page not ``indexed`` is left out of Pagefind's index.
    """
    marked = _elsewhere_ignored(_NOT_TEXT.sub(rf"<\1 {skips}", html), skips)
    for anchor, words in keywords:
        names = html_module.escape(" ".join(_with_words(words)), quote=False)
        hidden = f'<span hidden data-pagefind-weight="10">{names}</span>'
        heading = (
            re.search(rf'<h([1-6]) id="{re.escape(anchor)}"[^>]*>.*?</h\1>', marked, re.S) if anchor else None
        )
        # A key question the first screen answers whole is asked on no heading: its anchor marks the
        # line that answers it, which does not show the question's words.
        line = None
        if anchor and heading is None:
            line = re.search(rf'<p id="{re.escape(anchor)}"[^>]*>', marked)
        if anchor and heading is None and line is None:
            continue  # a part that is no section (a key question) shows its name itself: it is only named
        at = heading.end() if heading else line.end() if line else 0
        marked = f"{marked[:at]}{hidden}{marked[at:]}"
    if not indexed:
        return marked
    meta = ""
    if keywords:
        entries = json.dumps({anchor: list(words) for anchor, words in keywords}, ensure_ascii=False)
        meta = f' data-pagefind-meta="names[data-names]" data-names="{html_module.escape(entries)}"'
    return f"{BODY_MARK.decode()}{meta}>\n{marked}\n</div>"


def _with_words(names: Sequence[str]) -> list[str]:
    """The names, and the words of any Chinese, Japanese or Korean in them: Pagefind splits text at
    spaces and punctuation only, so 公安部 would not find 中华人民共和国公安部 without its words."""
    out = list(names)
    for name in names:
        for run in _CJK.findall(name):
            out.extend(word for word in _segment(run) if word != run and len(word) > 1)
    return list(dict.fromkeys(out))


def _segment(text: str) -> list[str]:
    import rjieba  # jieba's dictionary and algorithm (jieba-rs): the same words, a wheel of 5 MB

    return list(rjieba.cut_for_search(text))


class Standing(Protocol):
    """The site folder the last build left (``plugin.standing``): whether files it wrote together
    under a key stand as they were, to be left as they are; what was read of a page that stands."""

    def stands_all(self, paths: Sequence[str], key: str) -> bool: ...

    def read(self, path: str) -> PageFacts | None: ...

    def note(self, path: str, facts: PageFacts) -> None: ...

    def after_sweep(self, action: Callable[[], None]) -> None: ...


# What the index needs of a page: whether Pagefind indexes it (``BODY_MARK``), and a digest of its bytes.
PageFacts = tuple[bool, str]


def index_site(
    site: Path,
    stories: Sequence[str] = (),
    per_index: int = STORIES_PER_INDEX,
    kept: Path | None = None,
    standing: Standing | None = None,
) -> None:
    """Write Pagefind's index of the built site into ``site/pagefind``; past ``per_index`` stories,
    in parts: the main one there, the others in ``site/pagefind/part-N`` (listed in ``parts.json``).

    Each story's pages go whole to one part, drawn from a hash of its slug (``_part_of``): the parts
    are random samples of the stories, where a word is about as frequent as in the whole site, so
    they rank pages alike; an edit to a story changes only its part, and a new story only the part it
    falls in. The search box asks a word only of the parts that hold it (``assets/pagefind.js``): a
    part that lacks a word would answer it with pages of a shorter word it holds. Pages outside every
    story go to the first part; a page the index leaves out (no ``data-pagefind-body``: the home
    page, the lists across stories) goes to none, so its changes change no part. With ``kept`` (a
    folder), each part's index is kept there under a digest of its pages, and a part whose pages are
    unchanged is copied rather than made again: the same bytes, since Pagefind writes the same index
    for the same pages; or left as it is where the last build left it (``standing``)."""
    read = _read_pages(site, standing)
    groups = _dealt(read, stories, per_index)
    cache = _PartCache(kept, read)
    for number, pages in enumerate(groups):
        output = site / "pagefind" / (f"part-{number}" if number else "")
        cache.index(site, pages, output, whole=len(groups) == 1, merged=number > 0, standing=standing)
    names = [f"part-{number}/" for number in range(1, len(groups))]
    (site / "pagefind" / PARTS_FILE).write_text(json.dumps(names) + "\n", "utf-8")
    if standing is None:
        cache.prune()
    else:  # removing a kept file stamps its link in the site as changed: the sweep would keep it
        standing.after_sweep(cache.prune)


def _read_pages(site: Path, standing: Standing | None) -> dict[Path, PageFacts]:
    """Every page of the site (its path in the site), read once: whether it is indexed, and its
    digest; a page standing as the last build left it is not read again (``standing``)."""
    read: dict[Path, PageFacts] = {}
    for page in sorted(map(Path, _html_files(site))):
        known = None if standing is None else standing.read(page.as_posix())
        if known is None:
            data = (site / page).read_bytes()
            known = (BODY_MARK in data, hashlib.sha256(data).hexdigest())
            if standing is not None:
                standing.note(page.as_posix(), known)
        read[page] = known
    return read


def _html_files(site: Path) -> list[str]:
    """The HTML files of the site outside its search index, by path in it: walked with ``os.walk``,
    0.7 s over the 69,000 files of 1,000 stories where ``Path.rglob`` and its paths took 1.1 s."""
    found: list[str] = []
    for folder, folders, names in os.walk(site):
        relative = os.path.relpath(folder, site)
        if relative == ".":
            folders[:] = [name for name in folders if name != "pagefind"]
            relative = ""
        found.extend(f"{relative}/{name}" if relative else name for name in names if name.endswith(".html"))
    return found


def _dealt(read: Mapping[Path, PageFacts], stories: Sequence[str], per_index: int) -> list[list[Path]]:
    """The pages of each index (paths in the site; ``read`` by ``_read_pages``): every page in one,
    or past ``per_index`` stories each story's pages in one of as many parts as ``per_index`` makes,
    by its slug (see ``index_site``); a part no story falls in is left out."""
    pages = list(read)
    parts = -(-len(stories) // per_index) if stories else 1
    if parts <= 1:
        return [pages]
    indexed = [page for page in pages if read[page][0]] or pages
    slugs = set(stories)
    groups: list[list[Path]] = [[] for _ in range(parts)]
    for page in indexed:
        story = page.parts[0] if len(page.parts) > 1 and page.parts[0] in slugs else None
        groups[_part_of(story, parts)].append(page)
    return [group for group in groups if group]


def _part_of(story: str | None, parts: int) -> int:
    """The part a story's pages go to, from a hash of its slug, the same in every build (the first
    part for pages outside every story). Not a story's rank in a list: a new story then moves no
    other. SHA-256 rather than a checksum: the benchmark's slugs ("story-0001", ...) differ in a
    character or two, and CRC-32's high bits dealt 1,000 of them 160 to 249 a part, SHA-256's 175 to
    226 (Pagefind's memory follows its largest part)."""
    if story is None:
        return 0
    return (int.from_bytes(hashlib.sha256(story.encode("utf-8")).digest()[:4], "big") * parts) >> 32


class _PartCache:
    """Parts of the index kept by a digest of their pages (paths and bytes) and Pagefind's version;
    forgets, after indexing, what this run did not use."""

    def __init__(self, folder: Path | None, read: Mapping[Path, PageFacts]) -> None:
        self.folder = folder
        self.read = read
        self.used: set[str] = set()

    def index(
        self,
        site: Path,
        pages: Sequence[Path],
        output: Path,
        *,
        whole: bool,
        merged: bool,
        standing: Standing | None,
    ) -> None:
        """Index ``pages`` into ``output`` (the whole site when ``whole``; a part the search box merges
        into the main one when ``merged``), or copy the kept index, unless it stands there as the last
        build left it (``standing``)."""
        if self.folder is None:
            return _run_pagefind(site, None) if whole else _index_part(site, pages, output, self.read, merged)
        key = _digest(pages, self.read, merged)
        kept, listing = self.folder / key, self.folder / f"{key}.json"
        self.used.add(key)
        made = not kept.is_dir()
        if made:
            self._make(site, pages, whole, merged, kept, listing)
        if standing is not None and standing.stands_all(_within(kept, output.relative_to(site)), key):
            return None
        if not made and not _intact(kept, listing):  # a file of it changed in the site, where it is linked
            shutil.rmtree(kept, ignore_errors=True)
            self._make(site, pages, whole, merged, kept, listing)
        _placed(kept, output)
        return None

    def _make(
        self, site: Path, pages: Sequence[Path], whole: bool, merged: bool, kept: Path, listing: Path
    ) -> None:
        """Index ``pages`` into ``kept`` (whole or not at all; ``merged`` as for ``index``), with the
        list of its files' sizes and times of change beside it (``_intact``)."""
        assert self.folder is not None
        self.folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".tmp-", dir=self.folder) as temporary:
            made = Path(temporary) / "index"
            _run_pagefind(site, made) if whole else _index_part(site, pages, made, self.read, merged)
            stats = _stats(made)
            os.replace(made, kept)
        written = listing.with_name(f".{listing.name}.tmp")
        written.write_text(json.dumps(stats, sort_keys=True), "utf-8")
        os.replace(written, listing)

    def prune(self) -> None:
        if self.folder is not None and self.folder.is_dir():
            for entry in self.folder.iterdir():
                if entry.name.removesuffix(".json") in self.used:
                    continue
                if entry.is_dir():
                    shutil.rmtree(entry, ignore_errors=True)
                else:
                    entry.unlink(missing_ok=True)


def _stats(folder: Path) -> dict[str, list[int]]:
    """Each file under ``folder`` by its path there, with its size and time of change (ns)."""
    found = {}
    for path, _, names in os.walk(folder):
        for name in names:
            status = os.stat(os.path.join(path, name))
            found[Path(path, name).relative_to(folder).as_posix()] = [status.st_size, status.st_mtime_ns]
    return found


def _intact(kept: Path, listing: Path) -> bool:
    """Whether the kept part's files are as Pagefind wrote them (``listing``, by ``_stats``). A kept
    file is linked into the site (``_placed``): a tool, or a hand, that writes into the site's file
    writes into the kept one, which must then be made again, not placed."""
    try:
        return bool(json.loads(listing.read_text("utf-8")) == _stats(kept))
    except (OSError, ValueError):
        return False


def _within(folder: Path, output: Path) -> list[str]:
    """The files under ``folder``, by where they go under ``output`` (a path in the site)."""
    return sorted(
        (output / Path(path).relative_to(folder) / name).as_posix()
        for path, _, names in os.walk(folder)
        for name in names
    )


def _digest(pages: Sequence[Path], read: Mapping[Path, PageFacts], merged: bool) -> str:
    """A part's key: its pages' paths and bytes (by their digests), whether it is merged into the main
    one, and Pagefind's version."""
    digest = hashlib.sha256(f"{_pagefind_version()}\0{'merged' if merged else 'main'}\0".encode())
    for page in pages:
        digest.update(f"{page.as_posix()}\0{read[page][1]}\0".encode())
    return digest.hexdigest()


def _pagefind_version() -> str:
    versions = []
    for name in ("pagefind", "pagefind_bin", "pagefind_bin_extended"):
        try:
            versions.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            continue
    return ", ".join(versions)


def _index_part(
    site: Path, pages: Sequence[Path], output: Path, read: Mapping[Path, PageFacts], merged: bool
) -> None:
    """Index ``pages`` (paths in the site; ``read``: every page of the site) into ``output`` (a part
    merged into the main one when ``merged``): Pagefind reads them where they are, found by a glob
    (``_glob``); else (a path the glob cannot spell) it reads a folder of links to them, laid out as
    in the site so that each page keeps its address, which is removed afterwards."""
    glob = _glob(pages, read)
    if glob is not None:
        return _run_pagefind(site, output, merged, glob)
    with tempfile.TemporaryDirectory(prefix=".pagefind-part-", dir=site) as folder:
        for page in pages:
            link = Path(folder) / page
            link.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(site / page, link)
            except OSError:  # a file system without hard links
                shutil.copyfile(site / page, link)
        _run_pagefind(Path(folder), output, merged)
    return None


# What a glob may name as it is: no character Pagefind's globs read as a pattern.
_PLAIN = re.compile(r"[A-Za-z0-9._~/-]+")
# Past this length the glob is not passed as one argument (Linux takes 128 KiB).
_GLOB_LIMIT = 100_000


def _glob(pages: Sequence[Path], read: Mapping[Path, PageFacts]) -> str | None:
    """A glob Pagefind finds exactly ``pages`` with, of the pages it would index: a story's whole
    folder (``story/**/*.html``) when no other page of that folder would be indexed (the part has
    pages marked ``data-pagefind-body``, so the folder's pages without it are skipped), else each
    page. A link farm of 7,000 pages took a one-word rebuild about 10 s to make and remove at 1,000
    stories; the glob nothing. None when a path holds a character a glob reads as a pattern."""
    chosen = set(pages)
    marked = any(read[page][0] for page in pages)
    in_folder: dict[str, list[Path]] = {}
    for page in read:
        if len(page.parts) > 1:
            in_folder.setdefault(page.parts[0], []).append(page)
    alternatives: list[str] = []
    for page in pages:
        if len(page.parts) == 1:
            alternatives.append(page.as_posix())
    for folder in sorted({page.parts[0] for page in pages if len(page.parts) > 1}):
        found = in_folder[folder]
        whole = all(page in chosen or (marked and not read[page][0]) for page in found)
        alternatives.extend(
            [f"{folder}/**/*.html"] if whole else [p.as_posix() for p in found if p in chosen]
        )
    if not alternatives or not all(
        _PLAIN.fullmatch(alternative.replace("**/*.html", "x")) for alternative in alternatives
    ):
        return None
    glob = alternatives[0] if len(alternatives) == 1 else "{" + ",".join(alternatives) + "}"
    return glob if len(glob) <= _GLOB_LIMIT else None


def _placed(kept: Path, output: Path) -> None:
    """The kept index's files in ``output``, each a hard link to the kept one (a copy where the file
    system has none): copying the 7,000 files of a part took about 9 s of a one-word rebuild at 1,000
    stories. Nothing writes into a file there afterwards: a later build replaces it whole."""
    for folder, _, names in os.walk(kept):
        target = output / Path(folder).relative_to(kept)
        target.mkdir(parents=True, exist_ok=True)
        for name in names:
            destination = target / name
            destination.unlink(missing_ok=True)
            try:
                os.link(Path(folder) / name, destination)
            except OSError:
                shutil.copy2(Path(folder) / name, destination)


def _run_pagefind(site: Path, output: Path | None, merged: bool = False, glob: str | None = None) -> None:
    """One Pagefind run over the pages in ``site`` (those ``glob`` finds, when given), written into
    ``output`` (``site/pagefind`` when None); without Pagefind's runtime when the part is ``merged``
    into the main one."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--silent"]
    command += ["--output-path", str(output)] if output else []
    command += ["--glob", glob] if glob else []
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=3600)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise SearchIndexError(f"Pagefind could not run: {error}") from None
    if done.returncode != 0:
        raise SearchIndexError(f"Pagefind could not index {site}:\n{done.stdout}{done.stderr}".rstrip())
    # Pagefind also writes the interfaces the search box does not use.
    written = output or site / "pagefind"
    for unused in UNUSED:
        (written / unused).unlink(missing_ok=True)
    for pattern in MERGED_UNUSED if merged else ():
        for unused_file in written.glob(pattern):
            unused_file.unlink()
