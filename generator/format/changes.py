"""A change to a dossier's entries, entry by entry and field by field, as written in its files.

One shape for both readers of a change: ``explainer diff`` (``generator.authoring.changes``) prints
it for a pull request, and the Updates page (``generator.site.updates``) tells it in a reader's
words for each commit of a dossier's history (``generator.format.history``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FieldChange:
    """One field of an entry, before and after, as written (None where it was not written)."""

    name: str
    old: Any
    new: Any


@dataclass(frozen=True)
class EntryChange:
    """One entry added, removed or changed, with a label a reader recognises."""

    noun: str  # "actor", "event", "number", ... or "dossier"
    entry_id: str
    action: str  # "added", "removed" or "changed"
    label: str
    fields: tuple[FieldChange, ...] = ()
    # The entry as written before and after (None where it did not exist), so that the Updates page
    # can say the fact in a sentence, as it was and as it is.
    before: Mapping[str, Any] | None = None
    after: Mapping[str, Any] | None = None
