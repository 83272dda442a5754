"""Readable ids from names in any script: "São Paulo" -> "sao-paulo", "王小明" -> "wang-xiao-ming"."""

from __future__ import annotations

import hashlib
import unicodedata

from slugify import slugify

# Apostrophes join a word ("Varga’s" -> "vargas") rather than split it.
_JOINERS = [("’", ""), ("'", "")]


def slug(text: str, max_length: int = 60) -> str:
    """Lower-case ASCII letters, digits and single hyphens, transliterated from any script.

    A name with nothing to transliterate (emoji, symbols) still gets a stable id: "x-" and a short
    hash of the text. Blank text or bare punctuation gives "".
    """
    made: str = slugify(text, max_length=max_length, replacements=_JOINERS)
    if made or not any(char.isalnum() or unicodedata.category(char)[0] == "S" for char in text):
        return made
    digest = hashlib.sha256(unicodedata.normalize("NFC", text.strip()).encode("utf-8")).hexdigest()
    return "x-" + digest[:8]
