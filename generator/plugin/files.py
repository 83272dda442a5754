"""The plugin's files: a generated page whose Markdown stays compressed until MkDocs reads it."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel

from generator.site.shelf import unpack


class PackedFile(File):
    """A generated page whose Markdown stays compressed until it is read: MkDocs reads one page at a
    time, but holds every File at once (46,000 pages' Markdown with 1,000 stories is 0.8 GB as text).
    Whoever reads its content gets the Markdown, as from any generated File."""

    packed: bytes | None = None
    # Under `serve --dirty`: the page's Markdown and the site's shape are what they were in the
    # previous build, so its written page stands (``Unchanged``).
    unchanged: bool = False

    def is_modified(self) -> bool:
        """Read by MkDocs only in a dirty build (`serve --dirty`): a generated page is written again
        unless ``unchanged``."""
        return not self.unchanged

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


class ElsewhereFile(File):
    """A file another shard writes (a download of its story): listed, so that links to it hold as
    in a single build, but never written by this shard."""

    def copy_file(self, dirty: bool = False) -> None:
        return None


def refuse_clash(files: Files, path: str) -> None:
    if path in files.src_uris:
        raise PluginError(f"docs/{path} has the same path as a generated file; rename or move it")


class Unchanged:
    """Which generated pages of a `serve --dirty` rebuild are as the previous build wrote them: the
    site's shape (every file's path, the menu, the settings and theme) is the same, and so is the
    page's Markdown. MkDocs then neither converts nor writes them again (it keeps the written file),
    so an edit to one story rewrites that story's pages and those whose Markdown it changed."""

    def __init__(self) -> None:
        self.shape = ""
        self.packed: dict[str, bytes] = {}

    def mark(self, files: Files, shape: str) -> int:
        """Marks the unchanged generated pages of ``files`` (see the class); returns how many."""
        packed = {f.src_uri: f.packed for f in files if isinstance(f, PackedFile) and f.packed is not None}
        same = shape == self.shape
        marked = 0
        for file in files:
            if isinstance(file, PackedFile) and same and self.packed.get(file.src_uri) == file.packed:
                file.unchanged = True
                marked += 1
        self.shape, self.packed = shape, packed
        return marked
