"""Checks that keep a story honest about time and copies: how current its facts are, and where its
stored texts were read.

A story's ``events_checked_to`` says up to which day its events were checked; ``last_reviewed`` is
the day a person last read every fact, present-tense descriptions included. A source marked as a
reprint whose original is named should cite the original; a stored text read at another host than
the source's address should say so (``text_from``), so readers are told where it was checked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from generator.format.dates import PartialDate
from generator.format.model import Meta, Source

if TYPE_CHECKING:
    from generator.checking.checker import Checker, Located


def host(url: str) -> str:
    """The host of an address, lower-case and without a leading ``www.``."""
    name = (urlsplit(url).hostname or "").lower()
    return name.removeprefix("www.")


def check_currency(checker: Checker, meta_item: Located) -> None:
    """Events checked to a day later than the last review of every fact: present-tense descriptions
    may be out of date."""
    meta: Meta = meta_item.entry  # type: ignore[assignment]
    checked = meta.events_checked_to
    if checked is None or checked <= meta.last_reviewed:
        return
    checker.report(
        meta_item.doc,
        "currency-unreviewed",
        f"events are checked to {checked.isoformat()}, later than the last review of every fact "
        f"({meta.last_reviewed.isoformat()}): descriptions in the present tense may be out of date",
        "re-read the present-tense descriptions and set `last_reviewed:`, or give each its `as_of:` date",
        ("events_checked_to",),
    )


def check_as_of(checker: Checker, item: Located) -> None:
    """An actor's ``as_of`` is a real date."""
    as_of = getattr(item.entry, "as_of", None)
    if not as_of:
        return
    try:
        PartialDate.parse(as_of)
    except ValueError as error:
        checker.report(
            item.doc,
            "date-invalid",
            f"{as_of!r} is not a real date: {error}",
            "check the calendar",
            (*item.pointer, "as_of"),
        )


def check_reprint(checker: Checker, item: Located) -> None:
    """A reprint whose original's address is named: the original should be cited instead."""
    source: Source = item.entry  # type: ignore[assignment]
    original = source.reprint_of
    if original is None or original.url is None:
        return
    checker.report(
        item.doc,
        "reprint-original-named",
        f"{source.id!r} is a reprint of {original.publisher}'s text at {host(original.url)}",
        "cite the original: set `url:` to its address, keep this copy's address in `text_from:` "
        "and delete `reprint_of:`",
        (*item.pointer, "reprint_of", "url"),
    )


def stored_elsewhere(source: Source, stored_url: str | None) -> bool:
    """Whether stored text read at ``stored_url`` came from a host the source does not name."""
    if stored_url is None or source.url is None:
        return False
    named = {host(source.url), *((host(source.text_from),) if source.text_from else ())}
    return host(stored_url) not in named
