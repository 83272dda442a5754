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


def refuse_clash(files: Files, path: str) -> None:
    if path in files.src_uris:
        raise PluginError(f"docs/{path} has the same path as a generated file; rename or move it")
