"""A dossier's "Updates and corrections" page: what changed, when, and for corrections what was wrong.

The history arrives computed (``generator.format.history``, read from git by the adapters through
``generator.authoring.history``); this module only words it for readers. Commit messages and values
are contributor text: every string is escaped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar

from generator.format.changes import EntryChange
from generator.format.dossier import Dossier
from generator.format.history import History, Revision
from generator.format.model import Item
from generator.site import urls
from generator.site.crossref import CrossReference
from generator.site.markup import escape, href, plain, typographic
from generator.site.retelling import retell
from generator.site.threads import first_sentence
from generator.site.views import View, and_joined, capitalised, counted, day, in_words

# What a change to dossier.yaml changed, as a reader names it ("the story's summary and text").
STORY_FIELDS = {
    "title": "title",
    "summary": "summary",
    "story": "text",
    "published": "date of publication",
    "last_reviewed": "date of review",
    "events_checked_to": "date its events were checked to",
    "key_figure": "key figures",
    "key_figures": "key figures",
    "place": "place",
    "tags": "topics",
    "follows": "link to the story before it",
    "corrections": "list of corrections",
    "licence": "licence",
}

NAME = "updates"
TITLE = "Updates and corrections"

# A change of more facts than this is told by its counting sentence, its lines folded under it: a
# day that added or rewrote dozens of facts was screens of lines on a phone before the next day.
SHOWN_LINES = 3


@dataclass(frozen=True)
class Correction:
    """A commit marked as a correction, worded for readers: its subject, what was wrong, what it changed."""

    subject: str
    what_was_wrong: str
    summary: str
    lines: tuple[str, ...]
    # What opens the lines when they are folded ("The 23 facts, one by one"), else "".
    fold: str = ""


@dataclass(frozen=True)
class Update:
    """One day under one heading: its corrections, then what its other commits changed in all."""

    heading: str
    corrections: tuple[Correction, ...]
    summary: str
    lines: tuple[str, ...]
    fold: str = ""


@dataclass(frozen=True)
class CorrectionNote:
    """A correction declared in dossier.yaml (``corrections:``), worded for readers."""

    wrong: str
    right: str


@dataclass(frozen=True)
class CorrectionDay:
    """The declared corrections of one day, under one heading: a single one in a box of its own,
    several folded in one ("Five corrections on 2 December 2026"), so that a day that fixed many
    errors is one line to a reader until opened, not a run of boxes all dated alike."""

    heading: str
    notes: tuple[CorrectionNote, ...]
    # The newest day's box is open: what a reader who comes to the page to see what was corrected
    # wants first (without git history it is all the page says).
    opened: bool = False


@dataclass(frozen=True)
class UpdatesView(View):
    template: ClassVar[str] = "updates.md.j2"
    # The dossier's declared corrections by day, newest first: shown whether or not git history is
    # available.
    corrected: tuple[CorrectionDay, ...] = ()
    note: str = ""
    updates: tuple[Update, ...] = ()
    # "one correction", or "" when there is none.
    corrections: str = ""
    more: bool = False
    # The later stories of its thread that carry this one forward, in reading order: a reader who
    # comes to see what changed since learns first that the story went on.
    followed: tuple[str, ...] = ()


def path(slug: str) -> str:
    return urls.section(slug, NAME)


def corrections(dossier: Dossier) -> tuple[CorrectionDay, ...]:
    """The corrections of ``corrections:`` in dossier.yaml by day, newest first (the file's order
    within a day)."""
    ordered = sorted(
        enumerate(dossier.meta.corrections), key=lambda pair: (-pair[1].date.toordinal(), pair[0])
    )
    days: list[CorrectionDay] = []
    for date, group in itertools.groupby((c for _, c in ordered), key=lambda c: c.date):
        notes = tuple(CorrectionNote(_one_line(c.wrong), _one_line(c.right)) for c in group)
        many = f"{capitalised(counted(len(notes), 'correction'))} on {day(date)}"
        heading = many if len(notes) > 1 else f"Corrected on {day(date)}"
        days.append(CorrectionDay(heading, notes, opened=not days))
    return tuple(days)


class Elsewhere:
    """Where an entry a story no longer holds is now: the site's other story that holds an entry of
    the same kind and id (the first in the order given), worked out only when a page asks. ``xrefs``
    records the stories read (``storycache``): a page with no removed entry reads none."""

    def __init__(self, slug: str, xrefs: Mapping[str, CrossReference]) -> None:
        self.slug, self.xrefs = slug, xrefs
        self._found: dict[tuple[str, str], tuple[Dossier, Item]] | None = None

    def holder(self, noun: str, entry_id: str) -> tuple[Dossier, str] | None:
        """The other story that holds the entry, and "[its title](where the entry is shown)"; None
        where no other story holds it."""
        if self._found is None:
            self._found = {}
            for slug, xref in self.xrefs.items():
                if slug != self.slug:
                    for key, item in _keyed(xref.dossier):
                        self._found.setdefault(key, (xref.dossier, item))
        if (noun, entry_id) not in self._found:
            return None
        other, item = self._found[noun, entry_id]
        page, anchor = urls.location(other.slug, item)
        return other, f"[{escape(other.meta.title)}]({href(path(self.slug), page, anchor)})"


def _keyed(dossier: Dossier) -> Iterator[tuple[tuple[str, str], Item]]:
    """Each entry of a dossier under its kind and id, as the history names it (``changes``)."""
    own: tuple[Sequence[Item], ...] = (
        dossier.sources,
        dossier.actors,
        dossier.numbers,
        dossier.terms,
        dossier.events,
        dossier.claims,
    )
    for entries in own:
        for item in entries:
            yield (item.noun, item.id), item  # type: ignore[attr-defined]
    for tie in dossier.relationships:
        yield ("relationship", f"{tie.subject} {tie.predicate} {tie.object}"), tie


def followed_by(dossier: Dossier, xrefs: Mapping[str, CrossReference]) -> tuple[str, ...]:
    """Each later story of ``dossier``'s thread (``follows:``), in reading order: its title, linked,
    the day it was published and the first sentence of its summary. Read through ``xrefs`` (recorded
    by ``storycache``); a story it does not hold ends the list."""
    told, seen = [], {dossier.slug}
    step = [link.slug for link in dossier.thread if link.label == "Next"]
    while step:
        slug = step.pop(0)
        if slug in seen or slug not in xrefs:
            continue
        seen.add(slug)
        later = xrefs[slug].dossier
        link = f"[{escape(later.meta.title)}]({href(path(dossier.slug), urls.overview(slug))})"
        gist = first_sentence(plain(later.meta.summary))
        told.append(f"{link}, published {day(later.meta.published)}: {escape(gist)}")
        step.extend(link.slug for link in later.thread if link.label == "Next")
    return tuple(told)


def updates_view(dossier: Dossier, history: History, elsewhere: Elsewhere | None = None) -> UpdatesView:
    corrected = corrections(dossier)
    followed = followed_by(dossier, elsewhere.xrefs) if elsewhere is not None else ()
    if not history.available:
        return UpdatesView(title=TITLE, corrected=corrected, note=escape(history.reason), followed=followed)
    elsewhere = elsewhere or Elsewhere(dossier.slug, {})
    updates = tuple(_day(date, dossier, elsewhere) for date in by_day(history.revisions))
    note = "" if updates else "No change to this story has been made yet."
    count = sum(len(u.corrections) for u in updates)
    return UpdatesView(
        title=TITLE,
        corrected=corrected,
        note=note,
        updates=updates,
        # Counted only where no declared correction is shown above: "five corrections" in boxes,
        # then "with one correction" of the same errors told as a commit, reads as a contradiction.
        corrections=counted(count, "correction") if count and not corrected else "",
        more=history.truncated,
        followed=followed,
    )


@dataclass(frozen=True)
class Day:
    """One date's revisions: its corrections (newest first), and its other commits as one, or None."""

    corrections: tuple[Revision, ...]
    edits: Revision | None


def by_day(revisions: Sequence[Revision]) -> list[Day]:
    """The revisions as a reader dates them, one heading per date: the commits of one day that are
    not a correction become one, whose entries are what that day changed in all (a fact added, then
    edited, was added; added and removed, never there), and the day a story was published is its
    publication with that day's edits. A correction is told on its own, under its day's heading,
    even when edits came before and after it that day. A day that changed nothing a reader sees is
    left out: ten headings of one date, or "No fact changed", tell a reader nothing."""
    days: list[Day] = []
    for _, group in itertools.groupby(revisions, key=lambda revision: revision.date):
        commits = list(group)  # newest first
        fixes = tuple(r for r in commits if r.correction)
        run = [r for r in commits if not r.correction]
        merged = _merged(run) if run else None
        edits = merged if merged and (merged.entries or merged.first) else None
        if fixes or edits:
            days.append(Day(fixes, edits))
    return days


def _merged(run: Sequence[Revision]) -> Revision:
    """One day's commits (newest first) as one: each entry's change from before the first of them
    to after the last."""
    if len(run) == 1:
        return run[0]
    changes: dict[tuple[str, str], list[EntryChange]] = {}
    for revision in reversed(run):  # oldest first
        for entry in revision.entries:
            changes.setdefault((entry.noun, entry.entry_id), []).append(entry)
    entries = []
    for steps in changes.values():
        first, last = steps[0], steps[-1]
        existed, exists = first.action != "added", last.action != "removed"
        if not existed and not exists:
            continue
        action = "changed" if existed and exists else "removed" if existed else "added"
        fields = tuple(f for step in steps for f in step.fields)
        entries.append(dataclasses.replace(last, action=action, before=first.before, fields=fields))
    # The oldest commit's flags: a day that began with the story's publication is its publication.
    return dataclasses.replace(run[-1], entries=tuple(entries))


def _day(commits: Day, dossier: Dossier, elsewhere: Elsewhere) -> Update:
    date = (commits.edits or commits.corrections[0]).date
    fixes = []
    for fix in commits.corrections:
        summary, lines = _told(fix, dossier, elsewhere)
        subject, wrong = escape(_subject(fix.subject)), escape(fix.what_was_wrong)
        fixes.append(Correction(subject, wrong, summary, lines, _fold(lines)))
    summary, lines = _told(commits.edits, dossier, elsewhere) if commits.edits else ("", ())
    if fixes and summary:
        summary = f"Also that day: {summary[0].lower()}{summary[1:]}"
    # A commit's subject is written for the project (paths, field names), so the date alone heads
    # the day; a correction's subject, written for readers ("Correction: ..."), heads its own box.
    return Update(_date(date), tuple(fixes), summary, lines, _fold(lines))


def _fold(lines: Sequence[str]) -> str:
    """What opens a change's lines when there are too many to show: "The 67 facts, one by one"."""
    return f"The {counted(len(lines), 'fact')}, one by one" if len(lines) > SHOWN_LINES else ""


def _subject(subject: str) -> str:
    return subject.split(":", 1)[1].strip() or subject


def _told(revision: Revision, dossier: Dossier, elsewhere: Elsewhere) -> tuple[str, tuple[str, ...]]:
    """What one revision changed: a sentence counting it, and a line per fact."""
    if revision.first:
        count = sum(1 for e in revision.entries if e.noun != "dossier")
        return f"The story was published with {counted(count, 'fact')}.", ()
    lines = tuple(_line(entry, revision.correction, dossier, elsewhere) for entry in revision.entries)
    changed = "corrected" if revision.correction else "changed"
    verbs = {"added": "added", "removed": "removed", "changed": changed}
    counts = {verbs[a]: sum(1 for e in revision.entries if e.action == a) for a in verbs}
    moved = sum(1 for e in revision.entries if e.action == "removed" and elsewhere.holder(e.noun, e.entry_id))
    counts = {**counts, "removed": counts["removed"] - moved, "moved to another story": moved}
    parts = [f"{in_words(n)} {action}" for action, n in counts.items() if n]
    total = capitalised(counted(sum(counts.values()), "fact"))
    if len(parts) == 1:
        summary = f"{total} {next(a for a, n in counts.items() if n)}."
    else:
        summary = f"{total}: {', '.join(parts)}." if parts else "No fact changed for readers."
    return summary, lines


def _line(entry: EntryChange, correction: bool, dossier: Dossier, elsewhere: Elsewhere) -> str:
    """The change in reader words: "**Corrected:** <the fact's sentence now>", then its sentence
    before; never a file, a field's name or an id."""
    if entry.noun == "dossier":
        order = [*STORY_FIELDS.values(), "other details"]
        told = sorted({STORY_FIELDS.get(f.name, "other details") for f in entry.fields}, key=order.index)
        return f"**Updated:** the story's {and_joined(told or ['own details'])}."
    before = retell(entry.noun, entry.before, dossier)
    after = retell(entry.noun, entry.after, dossier)
    fallback = escape(entry.label)
    if entry.action == "added":
        return f"**Added:** {after or fallback}"
    if entry.action == "removed":
        # An entry another story now holds was moved there, not taken out of the site; told as
        # that story tells it when this one no longer names what it names.
        there = elsewhere.holder(entry.noun, entry.entry_id)
        if there:
            sentence = before or retell(entry.noun, entry.before, there[0]) or f"{fallback}."
            return f"**Moved:** {sentence} It is now in {there[1]}."
        return f"**Removed:** {before or fallback}"
    if before and after and before != after:
        verb = "Corrected" if correction else "Changed"
        return f"**{verb}:** {after}\n    - Before: {before}"
    # Nothing a reader sees in the sentence changed: its sources, or a detail it does not show.
    cited = any(change.name == "cite" for change in entry.fields)
    return f"**{'Sources updated' if cited else 'Updated'}:** {after or fallback}"


def _one_line(text: str) -> str:
    """A correction's sentence on one line, with the curly quotes the story's own text has."""
    return escape(typographic(" ".join(text.split())))


def _date(text: str) -> str:
    try:
        return day(dt.date.fromisoformat(text))
    except ValueError:
        return escape(text)
