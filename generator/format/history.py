"""A dossier's published history, in a reader's terms: what each commit changed, and which were corrections.

Plain data, computed from git by ``generator.authoring.history`` and shown by ``generator.site.updates``;
it lives here, below both, so neither has to import the other. Every string is plain text as written
(the site escapes it); each commit's changes are ``generator.format.changes`` entries, as
``explainer diff`` compares them.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.format.changes import EntryChange

# A commit whose subject starts with this (any case) is shown as a correction.
CORRECTION_PREFIX = "correction:"


@dataclass(frozen=True)
class Revision:
    """One commit that touched the dossier's folder."""

    commit: str
    date: str  # YYYY-MM-DD, the day the change was committed
    subject: str
    correction: bool = False
    # For a correction, what was wrong: the first paragraph of the commit message's body.
    what_was_wrong: str = ""
    # The commit that first added the dossier (its entries are then summarised, not listed).
    first: bool = False
    entries: tuple[EntryChange, ...] = ()


@dataclass(frozen=True)
class History:
    """Newest first. ``available`` is false when this copy has no usable history, saying why in ``reason``."""

    available: bool
    reason: str = ""
    revisions: tuple[Revision, ...] = ()
    # More commits touched the dossier than the page shows.
    truncated: bool = False


def is_correction(subject: str) -> bool:
    return subject.strip().lower().startswith(CORRECTION_PREFIX)
