"""A dossier's "Updates and corrections" page: what changed, when, and for corrections what was wrong.

The history arrives computed (``generator.format.history``, read from git by the adapters through
``generator.authoring.history``); this module only words it for readers. Commit messages and values
are contributor text: every string is escaped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import ClassVar

from generator.format.dossier import Dossier
from generator.format.history import EntryUpdate, History, Revision
from generator.site import urls
from generator.site.markup import escape
from generator.site.views import View, day

NAME = "updates"
TITLE = "Updates and corrections"
_NOUNS = {"dossier": "the dossier's details"}


@dataclass(frozen=True)
class Update:
    """One commit, worded for readers."""

    heading: str
    correction: bool
    what_was_wrong: str
    summary: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class CorrectionNote:
    """A correction declared in dossier.yaml (``corrections:``), worded for readers."""

    heading: str
    wrong: str
    right: str


@dataclass(frozen=True)
class UpdatesView(View):
    template: ClassVar[str] = "updates.md.j2"
    # The dossier's declared corrections, newest first: shown whether or not git history is available.
    corrected: tuple[CorrectionNote, ...] = ()
    note: str = ""
    updates: tuple[Update, ...] = ()
    corrections: int = 0
    more: bool = False


def path(slug: str) -> str:
    return urls.section(slug, NAME)


def corrections(dossier: Dossier) -> tuple[CorrectionNote, ...]:
    """The corrections of ``corrections:`` in dossier.yaml, newest first (the file's order on a tie)."""
    ordered = sorted(
        enumerate(dossier.meta.corrections), key=lambda pair: (-pair[1].date.toordinal(), pair[0])
    )
    return tuple(
        CorrectionNote(f"Corrected on {day(c.date)}", _one_line(c.wrong), _one_line(c.right))
        for _, c in ordered
    )


def updates_view(dossier: Dossier, history: History) -> UpdatesView:
    corrected = corrections(dossier)
    if not history.available:
        return UpdatesView(title=TITLE, corrected=corrected, note=escape(history.reason))
    updates = tuple(_update(revision) for revision in history.revisions)
    note = "" if updates else "No change to this dossier has been committed yet."
    return UpdatesView(
        title=TITLE,
        corrected=corrected,
        note=note,
        updates=updates,
        corrections=sum(1 for u in updates if u.correction),
        more=history.truncated,
    )


def _update(revision: Revision) -> Update:
    date = _date(revision.date)
    subject = revision.subject
    if revision.correction:
        subject = subject.split(":", 1)[1].strip() or subject
    heading = f"{date}: {'Correction: ' if revision.correction else ''}{escape(subject)}"
    if revision.first:
        count = sum(1 for e in revision.entries if e.noun != "dossier")
        return Update(
            heading, revision.correction, "", f"The dossier was published with {_facts(count)}.", ()
        )
    lines = tuple(_line(entry) for entry in revision.entries)
    counts = {a: sum(1 for e in revision.entries if e.action == a) for a in ("added", "removed", "changed")}
    parts = [f"{n} {action}" for action, n in counts.items() if n]
    total = sum(counts.values())
    summary = f"{_facts(total)}: {', '.join(parts)}." if parts else "No fact changed for readers."
    return Update(heading, revision.correction, escape(revision.what_was_wrong), summary, lines)


def _line(entry: EntryUpdate) -> str:
    noun = _NOUNS.get(entry.noun, entry.noun)
    text = f"**{entry.action.capitalize()}** {noun}: {escape(entry.label)}"
    for change in entry.fields:
        text += f"\n    - {escape(change.name)}: {escape(change.old)} → {escape(change.new)}"
    return text


def _one_line(text: str) -> str:
    return escape(" ".join(text.split()))


def _facts(count: int) -> str:
    return f"{count} {'fact' if count == 1 else 'facts'}"


def _date(text: str) -> str:
    try:
        return day(dt.date.fromisoformat(text))
    except ValueError:
        return escape(text)
