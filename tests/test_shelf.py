"""Texts put away compressed (``generator.site.shelf``): each comes back exactly as it went in."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from generator.site.shelf import PageShelf, Shelf, SpooledShelf


def test_a_text_comes_back_exactly_and_only_once() -> None:
    shelf = Shelf()
    text = '<p id="x">Ming 明学昌 – 🚢 \ud800 lone surrogate</p>\n' * 200
    shelf.put("a/index.md", text)
    assert "a/index.md" in shelf and len(shelf) == 1
    assert shelf.get("a/index.md") == text  # get leaves it on the shelf
    assert shelf.take("a/index.md") == text
    assert shelf.take("a/index.md") is None and "a/index.md" not in shelf and len(shelf) == 0


def test_the_shelf_holds_less_than_the_texts() -> None:
    shelf = Shelf()
    text = "<li><a href='../actors/ming/'>Ming Xuechang</a></li>\n" * 1000
    shelf.put("page", text)
    assert shelf._texts["page"].__sizeof__() < len(text) // 10


def test_an_unknown_key_gives_none() -> None:
    assert Shelf().get("missing") is None


def test_a_pages_html_and_markdown_come_back_together_once() -> None:
    shelf = PageShelf()
    shelf.put("a/index.md", "<p>Ming 明</p>\n", "Ming 明\n")
    assert len(shelf) == 1
    assert shelf.take("a/index.md") == ("<p>Ming 明</p>\n", "Ming 明\n")
    assert shelf.take("a/index.md") is None and len(shelf) == 0


def open_files() -> set[str]:
    folder = Path("/proc/self/fd")
    found = set()
    for entry in folder.iterdir():
        try:
            found.add(os.readlink(entry))
        except OSError:
            continue
    return found


def test_a_spooled_text_lies_on_disk_until_taken_back_and_the_file_then_goes() -> None:
    """The pages' HTML and Markdown wait in an unnamed temporary file, not in memory: the shelf
    holds only where each lies, and lets go of the file once every text is taken back."""
    shelf = SpooledShelf()
    before = open_files()
    texts = {f"page-{n}/index.md": f"<p>Ming 明 – {n} \ud800</p>\n" * (50 + n) for n in range(40)}
    for key, text in texts.items():
        shelf.put(key, text)
    spool = open_files() - before
    assert len(spool) == 1 and next(iter(spool)).endswith("(deleted)")  # never a named file
    assert sum(sys.getsizeof(v) for v in shelf._where.values()) < 5_000
    for key, text in reversed(texts.items()):
        assert shelf.take(key) == text and shelf.take(key) is None
    assert len(shelf) == 0 and open_files() - before == set()


def test_a_page_laid_out_elsewhere_leaves_the_shelf_unread_and_the_file_goes_with_the_last() -> None:
    shelf = PageShelf()
    before = open_files()
    shelf.put("a/index.md", "<p>a</p>", "a")
    shelf.put("b/index.md", "<p>b</p>", "b")
    shelf.discard("a/index.md")
    shelf.discard("a/index.md")  # twice, or never shelved: nothing happens
    assert len(shelf) == 1 and shelf.take("a/index.md") is None
    assert open_files() - before  # b still lies in the spool
    shelf.discard("b/index.md")
    assert len(shelf) == 0 and open_files() - before == set()
