"""The plugin's files: a generated page whose Markdown stays compressed until MkDocs reads it."""

from __future__ import annotations

import hashlib
import os
from typing import TYPE_CHECKING

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.toc import TableOfContents

from generator.site.shelf import unpack

if TYPE_CHECKING:
    from generator.plugin.standing import StandingSite
    from generator.plugin.written import WrittenPages


class PackedFile(File):
    """A generated page whose Markdown stays compressed until it is read: MkDocs reads one page at a
    time, but holds every File at once (46,000 pages' Markdown with 1,000 stories is 0.8 GB as text).
    Whoever reads its content gets the Markdown, as from any generated File."""

    packed: bytes | None = None
    # Under `serve --dirty`: the page's Markdown and the site's shape are what they were in the
    # previous build, so its written page stands (``Unchanged``).
    unchanged: bool = False
    # In a plain build with the cache: the page as an earlier build wrote it is written again from the
    # cache, and MkDocs neither reads, converts nor lays it out (``written.WrittenPages``).
    written: WrittenPages | None = None
    # In a build on several cores: a worker laid the page out and wrote it, ahead of MkDocs' loop
    # (``laying``); MkDocs neither lays it out nor writes it again.
    laid: bool = False

    def is_modified(self) -> bool:
        """Read by MkDocs only in a dirty build (`serve --dirty`): a generated page is written again
        unless ``unchanged``."""
        return not self.unchanged

    def is_documentation_page(self) -> bool:
        """A page kept as written is copied like a picture, not made (``written``); a page a worker
        laid out is already written (``laid``)."""
        return self.written is None and not self.laid and super().is_documentation_page()

    @property
    def made_elsewhere(self) -> bool:
        """Whether the page is written outside MkDocs' loop (from the cache, or by a worker)."""
        return self.written is not None or self.laid

    def copy_file(self, dirty: bool = False) -> None:
        """Only a page kept as written is copied (from the cache); one a worker laid out is there."""
        if self.laid:
            return None
        if self.written is not None:
            self.written.copy(self)
        else:
            super().copy_file(dirty)

    @classmethod
    def of(cls, config: MkDocsConfig, src_uri: str, packed: bytes, inclusion: InclusionLevel) -> PackedFile:
        # The content given here is a stand-in: reading it gives the packed Markdown until set anew.
        file = cls.generated(config, src_uri, content="", inclusion=inclusion)
        assert isinstance(file, PackedFile)
        file.packed = packed
        return file

    @property
    def content_string(self) -> str:
        return unpack(self.packed) if self.packed is not None else vars(File)["content_string"].__get__(self)

    @content_string.setter
    def content_string(self, value: str) -> None:
        self.packed = None
        vars(File)["content_string"].__set__(self, value)

    @property
    def content_bytes(self) -> bytes:
        return (
            self.content_string.encode()
            if self.packed is not None
            else vars(File)["content_bytes"].__get__(self)
        )

    @content_bytes.setter
    def content_bytes(self, value: bytes) -> None:
        self.packed = None
        vars(File)["content_bytes"].__set__(self, value)


class DownloadFile(File):
    """A generated download (a story's data as JSON, CSV, ...). Under `serve --dirty` one whose bytes
    are those the previous build wrote is not written again (``Unchanged``); nor in a plain build with
    the cache, where it stands as the last build wrote it (``standing``)."""

    given: bytes = b""
    unchanged: bool = False
    standing: StandingSite | None = None

    def is_modified(self) -> bool:
        """Read by MkDocs only in a dirty build: written again unless ``unchanged``."""
        return not self.unchanged

    def copy_file(self, dirty: bool = False) -> None:
        """Written unless it stands as the last build wrote it."""
        if self.standing is not None and self.standing.stands(self.dest_uri, _digest(self.given)):
            return
        super().copy_file(dirty)

    @classmethod
    def of(cls, config: MkDocsConfig, src_uri: str, content: bytes) -> DownloadFile:
        file = cls.generated(config, src_uri, content=content)
        assert isinstance(file, DownloadFile)
        file.given = content
        return file


class ElsewhereFile(File):
    """A file another shard writes (a download of its story): listed, so that links to it hold as
    in a single build, but never written by this shard."""

    def copy_file(self, dirty: bool = False) -> None:
        return None


def forget_written(files: Files) -> None:
    """What MkDocs keeps of every page and download to the end of its build, though nothing reads it
    once its anchor check (the last step before ``on_post_build``) is done: each page's links into
    other pages and anchors, its table of contents and HTML, each generated download's bytes. A
    build lets go of them before Pagefind runs beside it (at 300 stories, about a third of what the
    process held). Not under `serve`, whose next build starts from new files."""
    for file in files:
        page = file.page
        if page is not None:
            page.links_to_anchors, page.present_anchor_ids = None, None
            page.toc, page.content = TableOfContents([]), None
        if isinstance(file, DownloadFile):
            file.given = b""
            file._content = b""


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def refuse_clash(files: Files, path: str) -> None:
    if path in files.src_uris:
        raise PluginError(f"docs/{path} has the same path as a generated file; rename or move it")


def _size(path: str) -> int | None:
    try:
        return os.path.getsize(path)
    except OSError:
        return None


class Unchanged:
    """Which generated pages of a `serve --dirty` rebuild are as the previous build wrote them: the
    site's shape (every file's path, the menu, the settings and theme) is the same, and so is the
    page's Markdown. MkDocs then neither converts nor writes them again (it keeps the written file),
    so an edit to one story rewrites that story's pages and those whose Markdown it changed. A download
    whose bytes are the same is not written again either, whatever the site's shape: nothing lays it
    out (at 100 stories, rewriting every story's downloads was about a twelfth of a rebuild's CPU)."""

    def __init__(self) -> None:
        self.shape = ""
        self.packed: dict[str, bytes] = {}
        # Each download's bytes as last written: a story part held between rebuilds gives the very
        # same object, so comparing them costs nothing.
        self.downloads: dict[str, bytes] = {}
        self.titles: dict[str, str] = {}

    def mark(self, files: Files, shape: str) -> int:
        """Marks the unchanged generated pages and downloads of ``files`` (see the class); returns how
        many pages."""
        packed = {f.src_uri: f.packed for f in files if isinstance(f, PackedFile) and f.packed is not None}
        # By where each is written: a session may live on into a build of another site folder.
        downloads = {f.abs_dest_path: f.given for f in files if isinstance(f, DownloadFile)}
        same = shape == self.shape
        marked = 0
        for file in files:
            if isinstance(file, PackedFile) and same and self.packed.get(file.src_uri) == file.packed:
                file.unchanged = True
                marked += 1
            elif isinstance(file, DownloadFile) and self.downloads.get(file.abs_dest_path) == file.given:
                file.unchanged = _size(file.abs_dest_path) == len(file.given)
        self.shape, self.packed, self.downloads = shape, packed, downloads
        return marked

    def titled(self, files: Files) -> None:
        """A page a dirty build leaves unread has no title (MkDocs takes a hand-written page's from its
        first heading as it reads it), so the menus and neighbour links of the pages written again
        said "None" for it. Such a page keeps the title the build that last read it found."""
        titles: dict[str, str] = {}
        for file in files.documentation_pages():
            page = file.page
            if page is None:
                continue
            if page.markdown is None and file.src_uri in self.titles:
                page.title = self.titles[file.src_uri]
            if page.title is not None:
                titles[file.src_uri] = page.title
        self.titles = titles
