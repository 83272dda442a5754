"""A long list split into pages of a fixed size, and the pager that links them.

The home page, its topics and the site-wide indexes (people, figures across stories, A to Z) list
something that grows with the publication. Each shows at most a page's worth, so no page grows with
the publication; the pager links the other pages with plain links (no script needed) and shows a
window of page numbers around the current one, so the pager does not grow with it either.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from generator.site.markup import href

T = TypeVar("T")

# Page numbers the pager shows on each side of the current page (the first and last always).
WINDOW = 2


def split(items: Sequence[T], size: int) -> list[Sequence[T]]:
    """``items`` in pages of at most ``size``; an empty list is one empty page."""
    if not items:
        return [items]
    return [items[start : start + size] for start in range(0, len(items), size)]


def shown_numbers(number: int, count: int, window: int = WINDOW) -> list[int | None]:
    """The page numbers a pager shows: the first, the last and ``window`` on each side of
    ``number``; ``None`` where numbers are left out (a single left-out page is shown instead)."""
    wanted = {1, count, *range(number - window, number + window + 1)}
    kept = sorted(n for n in wanted if 1 <= n <= count)
    shown: list[int | None] = []
    for n in kept:
        previous = shown[-1] if shown else None
        if previous is not None and n - previous == 2:
            shown.append(n - 1)
        elif previous is not None and n - previous > 2:
            shown.append(None)
        shown.append(n)
    return shown


def pager(
    page: str,
    path_of: Callable[[int], str],
    number: int,
    count: int,
    words: tuple[str, str] = ("← Newer", "Older →"),
) -> str:
    """Markdown links from page ``number`` of ``count`` (at ``page``) to the previous page, a window
    of pages by number (the current one marked for screen readers) and the next page:
    "[← Newer](…) · [1](…) · … · 4 · [5](…) · [Older →](…)".
    "" when there is one page."""
    if count <= 1:
        return ""
    links = []
    if number > 1:
        links.append(f"[{words[0]}]({href(page, path_of(number - 1))})")
    for shown in shown_numbers(number, count):
        if shown is None:
            links.append("…")
        else:
            here = f'<span aria-current="page">{shown}</span>'
            links.append(here if shown == number else f"[{shown}]({href(page, path_of(shown))})")
    if number < count:
        links.append(f"[{words[1]}]({href(page, path_of(number + 1))})")
    return " · ".join(links)


def titled(title: str, number: int, count: int, *, first_bare: bool = False) -> str:
    """The heading of page ``number`` of ``count`` of a list called ``title``: "People, page 2 of 3";
    ``title`` alone for a list of one page, and on page 1 when ``first_bare`` (the list's first page
    is also where a reader enters it: the home page, a contents page)."""
    if count <= 1 or (first_bare and number == 1):
        return title
    return f"{title}, page {number} of {count}"


def numbered(first: str, number: int) -> str:
    """Page ``number`` (from 1) of a list whose first page is ``first``: ``a.md``, ``a/2.md``, …"""
    return first if number == 1 else f"{first.removesuffix('.md')}/{number}.md"
