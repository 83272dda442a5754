"""What the checks look for in contributor text: markup, TODO markers, invisible characters."""

from __future__ import annotations

import re

HTML = re.compile(r"<[A-Za-z/!?]")
LINK = re.compile(r"\]\(|!\[")
TODO = re.compile(r"\bTODO\b")
# Any of the three: a value without it needs none of their checks.
SUSPECT = re.compile("|".join(pattern.pattern for pattern in (HTML, LINK, TODO)))
# Control characters, which pages drop (see generator.site.markup): "<\0script>" is shown as "<script>".
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Direction overrides and isolates: they can make a reader see words in another order.
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
# What any check of this module looks for: a file without it is never scanned value by value.
SCANNED = re.compile(f"{SUSPECT.pattern}|{BIDI.pattern}")
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})
SPACE = re.compile(r"\s+")
WORD = re.compile(r"\w+")
# Plain language: the dossier's own prose (not evidence, which quotes the source) keeps its
# sentences to this many words.
LONGEST = 40
PROSE_FIELDS = frozenset(
    {"summary", "text", "description", "definition", "statement", "note", "date_note", "derivation"}
)
# Where a sentence ends: a stop, then a space and what starts the next one.
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(‘*_]*[A-Z0-9])")
