"""Texts put away compressed while a build holds every page at once.

MkDocs converts every page to HTML before it writes any, so a build holds the Markdown and HTML of
all pages together: with 1,000 stories that alone is gigabytes. zlib at its fastest level keeps the
same text in about a quarter of the bytes, and costs a few percent of the build's CPU. The pages'
HTML and Markdown go further, to a temporary file (``SpooledShelf``): compressed, they were still
about 0.28 MB a story held in memory until each page was written.
"""

from __future__ import annotations

import os
import tempfile
import zlib
from typing import BinaryIO

# The fastest level: the pages are compressed once and read back once, so speed beats the last bytes.
LEVEL = 1


def pack(text: str) -> bytes:
    """``text`` compressed; ``unpack`` gives it back exactly (surrogatepass: any Python string)."""
    return zlib.compress(text.encode("utf-8", "surrogatepass"), LEVEL)


def unpack(packed: bytes) -> str:
    return zlib.decompress(packed).decode("utf-8", "surrogatepass")


class Shelf:
    """Texts by key, each held compressed until it is asked for."""

    def __init__(self) -> None:
        self._texts: dict[str, bytes] = {}

    def put(self, key: str, text: str) -> None:
        self._texts[key] = pack(text)

    def put_packed(self, key: str, packed: bytes) -> None:
        """What ``packed`` gave for a text, put back as it was (see ``packed``)."""
        self._texts[key] = packed

    def packed(self, key: str) -> bytes | None:
        """The compressed text under ``key``, for ``put_packed``; None when there is none."""
        return self._texts.get(key)

    def get(self, key: str) -> str | None:
        """The text put under ``key``, which stays on the shelf; None when there is none."""
        packed = self._texts.get(key)
        return None if packed is None else unpack(packed)

    def take(self, key: str) -> str | None:
        """The text put under ``key``, which leaves the shelf; None when there is none."""
        text = self.get(key)
        self._texts.pop(key, None)
        return text

    def __len__(self) -> int:
        return len(self._texts)

    def __contains__(self, key: object) -> bool:
        return key in self._texts


class SpooledShelf:
    """Texts by key, each written compressed to an unnamed temporary file (removed by the system
    when it is closed, or when the process ends however it ends) until it is taken back; in memory,
    only where each lies. Read and written at explicit offsets, so a forked worker sharing the file
    moves no position of this one's."""

    def __init__(self) -> None:
        self._file: BinaryIO | None = None
        self._end = 0
        self._where: dict[str, tuple[int, int]] = {}

    def put(self, key: str, text: str) -> None:
        if self._file is None:
            # Held open across calls, closed once every text is taken back (or by the collector).
            self._file = tempfile.TemporaryFile(prefix="explainer-shelf-")  # noqa: SIM115
        packed = pack(text)
        os.pwrite(self._file.fileno(), packed, self._end)
        self._where[key] = (self._end, len(packed))
        self._end += len(packed)

    def take(self, key: str) -> str | None:
        """The text put under ``key``, which leaves the shelf; None when there is none."""
        where = self._where.pop(key, None)
        if where is None or self._file is None:
            return None
        offset, size = where
        text = unpack(os.pread(self._file.fileno(), size, offset))
        if not self._where:  # all taken back: the file goes
            self._file.close()
            self._file, self._end = None, 0
        return text

    def discard(self, key: str) -> None:
        """The text under ``key`` leaves the shelf unread (laid out elsewhere)."""
        self._where.pop(key, None)
        if not self._where and self._file is not None:
            self._file.close()
            self._file, self._end = None, 0

    def __len__(self) -> int:
        return len(self._where)


class PageShelf:
    """Each page's HTML and Markdown, put away compressed between conversion and layout: MkDocs
    converts every page before it writes any, so it would hold them all at once."""

    def __init__(self) -> None:
        self._html = SpooledShelf()
        self._markdown = SpooledShelf()

    def put(self, path: str, html: str, markdown: str) -> None:
        self._html.put(path, html)
        self._markdown.put(path, markdown)

    def take(self, path: str) -> tuple[str, str] | None:
        """The page's HTML and Markdown, which leave the shelf; None when they are not on it."""
        html = self._html.take(path)
        if html is None:
            return None
        return html, self._markdown.take(path) or ""

    def discard(self, path: str) -> None:
        """The page's HTML and Markdown leave the shelf unread: a worker laid the page out."""
        self._html.discard(path)
        self._markdown.discard(path)

    def __len__(self) -> int:
        return len(self._html)
