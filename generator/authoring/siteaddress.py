"""A site's own address written in its text ("For more visit www.harbourwire.com"): the name a
byline gives is the site's, an outlet, when its words run together spell that address."""

from __future__ import annotations

import re

# A web address in the text: "www.harbourwire.com", "harbourwire.co.uk" (its first label kept).
_ADDRESS = re.compile(
    r"\b(?:https?://)?(?:www\.)?(?P<label>[a-z0-9-]{3,40})\.(?:[a-z]{2,6})(?:\.[a-z]{2})?\b"
)


def names_the_site(name: str, text: str) -> bool:
    """Whether ``name`` ("Harbour Wire") is the site whose address the text gives
    ("www.harbourwire.com"), its words lower-cased and run together."""
    joined = re.sub(r"[^a-z0-9]", "", name.lower().removeprefix("the "))
    return len(joined) >= 4 and any(
        match["label"].replace("-", "") == joined for match in _ADDRESS.finditer(text.lower())
    )
