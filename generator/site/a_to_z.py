"""The index A to Z: every entry of every story a reader may look for, by its name, on one page.

It is what the search control links to when a page runs no script (search.js puts the search box in
its place), and a way in for a reader who would rather browse. Each kind of entry is one function
from a dossier to its ``Entry`` values (``ENTRY_KINDS``): a new kind with a title and a page is one
more function. Past ``ONE_PAGE_LIMIT`` entries, each letter has a page of its own, so no page grows
with the publication beyond one letter's share.
"""

from __future__ import annotations

import datetime as dt
import functools
import posixpath
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar

from generator.format.dates import PartialDate
from generator.format.dossier import Dossier
from generator.site import paging, urls
from generator.site.grammar import caption
from generator.site.markup import escape, href, plain
from generator.site.roles import gist, is_weak, role
from generator.site.views import Fact, Group, View, and_joined, counted

PATH = "a-z.md"
TITLE = "Index A to Z"
OTHER = "Other scripts"
DIGITS = "0–9"
# Past this many entries the index is one page per letter, and a letter of more than
# ``LETTER_PAGE_SIZE`` entries is in pages of that many, so that no page grows with the publication.
# A line naming several stories is about 400 bytes of HTML: 600 lines keep a page near 250 KB, well
# within the 600 KB a cold load may take (1,134 lines at 1,000 stories made a page of 449 KB).
ONE_PAGE_LIMIT = 600
LETTER_PAGE_SIZE = 500
# The newest stories a line of the index links to when a name is in several: a line does not grow
# with the publication.
STORIES_LISTED = 3
# A story is named on a line by the start of its title: its first clause, at most this many words,
# and more only where two stories would read the same. The full title on every line made the index
# about a hundred pixels a line on a phone; the story's own line gives it in full.
LABEL_WORDS = 5
_CLAUSE_END = re.compile(r"[,:;–—]\s")
# A label does not end on a short lower-case word ("The Kessel Canal clears its…").
_DANGLING = re.compile(r"^[a-z]{1,3}$")


@dataclass(frozen=True)
class Entry:
    """One line of the index: the name a reader looks for, what it is, and where it is explained."""

    name: str
    kind: str
    page: str
    anchor: str = ""
    # The name under which it is explained, when ``name`` is another name for it.
    see: str = ""
    # Who or what it is, in a few words (Markdown-safe): an actor's role, a term's definition. A
    # line of bare kinds ("person, in ...") told a reader who looked a name up nothing about it.
    who: str = ""
    # Whether ``who`` says little beyond the name (``roles.is_weak``): another story's says more.
    weak: bool = False


EntryKind = Callable[[Dossier], Iterable[Entry]]


def actor_entries(dossier: Dossier) -> Iterator[Entry]:
    for actor in dossier.actors:
        page = urls.actor(dossier.slug, actor.id)
        kind = actor.kind.value.replace("-", " ")
        who = role(actor)
        yield Entry(actor.name, kind, page, who=who, weak=bool(who) and is_weak(actor, who))
        others = (*actor.aliases, *([actor.native_name.text] if actor.native_name else []))
        for other in dict.fromkeys(others):
            if other != actor.name:
                yield Entry(other, kind, page, see=actor.name)


def term_entries(dossier: Dossier) -> Iterator[Entry]:
    glossary = urls.section(dossier.slug, "glossary")
    for term in dossier.terms:
        yield Entry(term.term, "term", glossary, term.id, who=gist(term.definition))
        for alias in term.aliases:
            yield Entry(alias, "term", glossary, term.id, see=term.term)


def number_entries(dossier: Dossier) -> Iterator[Entry]:
    numbers = urls.section(dossier.slug, "numbers")
    for number in dossier.numbers:
        value, _, counts = caption(number)
        # "people missing (12): figure", filed under what it counts; "people missing: 12: figure" read
        # as two labels in a row.
        yield Entry(f"{counts} ({value})", "figure", numbers, number.id)


def event_entries(dossier: Dossier) -> Iterator[Entry]:
    timeline = urls.section(dossier.slug, "timeline")
    for event in dossier.events:
        when = PartialDate.parse(event.date).human(event.approximate)
        yield Entry(event.title, f"event, {when}", timeline, event.id)


def story_entries(dossier: Dossier) -> Iterator[Entry]:
    yield Entry(dossier.meta.title, "story", urls.overview(dossier.slug))


def question_entries(dossier: Dossier) -> Iterator[Entry]:
    overview = urls.overview(dossier.slug)
    for question in dossier.questions:
        yield Entry(question.question, "key question", overview, urls.question_anchor(question.id))


ENTRY_KINDS: list[EntryKind] = [
    story_entries,
    actor_entries,
    term_entries,
    number_entries,
    event_entries,
    question_entries,
]


@dataclass(frozen=True)
class Filed:
    """All the index reads of one story (``filed``): its slug, date and title, and its entries. The
    index is made of these alone, so that a build may keep its pages under a digest of them
    (``storycache.StoryCache.across_stories``)."""

    slug: str
    published: dt.date
    title: str
    entries: tuple[Entry, ...]


def filed(dossier: Dossier, kinds: Sequence[EntryKind] = ENTRY_KINDS) -> Filed:
    entries = tuple(entry for kind in kinds for entry in kind(dossier))
    return Filed(dossier.slug, dossier.meta.published, dossier.meta.title, entries)


@dataclass(frozen=True)
class AtoZView(View):
    template: ClassVar[str] = "a_to_z.md.j2"
    letters: tuple[tuple[str, str], ...] = ()
    groups: tuple[Group, ...] = ()
    # Links to a letter's other pages, when it has several.
    pager: str = ""


@functools.lru_cache(maxsize=1 << 18)
def letter_of(name: str) -> str:
    """The letter a name is filed under: its first letter without accents, a digit, or other scripts."""
    for char in unicodedata.normalize("NFKD", plain(name)):
        if char.isascii() and char.isalpha():
            return char.upper()
        if char.isdigit():
            return DIGITS
        if char.isalpha():
            return OTHER
    return OTHER


def _sort_key(entry: Entry) -> tuple[str, ...]:
    name = plain(entry.name)
    folded = unicodedata.normalize("NFKD", name).casefold()
    # The page without its story's folder: one actor shared by several stories is one line.
    return (folded, name, entry.kind, entry.see, entry.page.split("/", 1)[-1], entry.anchor)


def _newest_first(lines: Sequence[tuple[Entry, Filed]]) -> list[tuple[Entry, Filed]]:
    return sorted(lines, key=lambda e: (-e[1].published.toordinal(), e[1].slug))


def story_labels(titles: Mapping[str, str]) -> dict[str, str]:
    """Each story's short name where a line names it (the index A to Z, the people index's headings),
    by slug, from its title by slug: the first words of its title's first clause, "…" where words are
    left out, long enough that no two stories read the same."""
    words = {slug: plain(title).split() for slug, title in titles.items()}
    clause = {
        slug: len(_CLAUSE_END.split(plain(title), maxsplit=1)[0].split()) for slug, title in titles.items()
    }
    wanted = {slug: min(LABEL_WORDS, clause[slug]) for slug in words}

    def label(slug: str) -> str:
        kept = words[slug][: wanted[slug]]
        while len(kept) > 1 and len(kept) < len(words[slug]) and _DANGLING.match(kept[-1]):
            kept = kept[:-1]
        if len(kept) == len(words[slug]):
            return " ".join(kept)
        return " ".join(kept).rstrip(",:;–— ") + "…"

    while True:
        labels = {slug: label(slug) for slug in sorted(words)}
        readers: dict[str, list[str]] = {}
        for slug, text in labels.items():
            readers.setdefault(text, []).append(slug)
        longer = [s for same in readers.values() if len(same) > 1 for s in same if wanted[s] < len(words[s])]
        if not longer:
            return labels
        for slug in longer:
            wanted[slug] += 1


def letter_path(letter: str) -> str:
    """The page of one letter when the index is split: ``a-z/a.md``, ``a-z/0-9.md``, ``a-z/other.md``."""
    name = {DIGITS: "0-9", OTHER: "other"}.get(letter, letter.lower())
    return f"a-z/{name}.md"


def letter_anchor(letter: str) -> str:
    return "letter-" + {DIGITS: "0-9", OTHER: "other"}.get(letter, letter.lower())


def a_to_z_views(stories: Sequence[Filed]) -> list[tuple[str, AtoZView]]:
    """The index's pages, by path, from what it reads of each story (``filed``): one page, or past
    ``ONE_PAGE_LIMIT`` entries a page listing the letters followed by one page per letter."""
    by_letter: dict[str, dict[tuple[str, ...], list[tuple[Entry, Filed]]]] = {}
    for story in stories:
        for entry in story.entries:
            lines = by_letter.setdefault(letter_of(entry.name), {})
            lines.setdefault(_sort_key(entry), []).append((entry, story))
    count = sum(len(lines) for lines in by_letter.values())
    letters = sorted(by_letter, key=lambda letter: (letter in (DIGITS, OTHER), letter == OTHER, letter))
    split = count > ONE_PAGE_LIMIT
    labels = story_labels({s.slug: s.title for s in stories}) if len(stories) > 1 else {}

    def facts(letter: str) -> list[list[tuple[Entry, Filed]]]:
        # One line per name and page, each with the stories that hold it, newest first.
        return [_newest_first(by_letter[letter][key]) for key in sorted(by_letter[letter])]

    def group(letter: str, page: str, entries: Sequence[list[tuple[Entry, Filed]]]) -> Group:
        listed = tuple(_fact(line, page, labels) for line in entries)
        return Group(letter, listed, anchor=letter_anchor(letter))

    if not split:
        links = tuple((letter, f"#{letter_anchor(letter)}") for letter in letters)
        groups = tuple(group(letter, PATH, facts(letter)) for letter in letters)
        return [(PATH, AtoZView(title=TITLE, letters=links, groups=groups))]
    links = tuple((letter, href(PATH, letter_path(letter))) for letter in letters)
    views = [(PATH, AtoZView(title=TITLE, letters=links))]
    for letter in letters:
        sheets = paging.split(facts(letter), LETTER_PAGE_SIZE)
        for number, sheet in enumerate(sheets, start=1):
            page = letter_page(letter, number)
            here = tuple((other, href(page, letter_path(other))) for other in letters)
            title = paging.titled(f"{TITLE}: {letter}", number, len(sheets))
            pager = paging.pager(
                page, functools.partial(letter_page, letter), number, len(sheets), ("← Previous", "Next →")
            )
            views.append(
                (page, AtoZView(title=title, letters=here, groups=(group(letter, page, sheet),), pager=pager))
            )
    return views


def letter_page(letter: str, number: int) -> str:
    """Page ``number`` (from 1) of one letter's entries."""
    return paging.numbered(letter_path(letter), number)


def _fact(line: Sequence[tuple[Entry, Filed]], page: str, labels: dict[str, str]) -> Fact:
    """One line of the index: the name, linked to the newest story that explains it, who or what it
    is (its role or definition in a few words, else its kind), and, on a site of several stories,
    the stories it is in by their ``labels`` (newest first, each linked, when several)."""
    entry, story = line[0]
    link = f"[{escape(plain(entry.name))}]({href(page, entry.page, entry.anchor)})"
    if entry.see:
        # What it is and where are on the line of the name it leads to, as a printed index's "see".
        return Fact(link, body=f"another name for {escape(plain(entry.see))}")
    said = [e.who for e, _ in line if e.who]
    who = next((e.who for e, _ in line if e.who and not e.weak), said[0] if said else "")
    where = ""
    if len(line) > 1:
        titles = [
            f"[{escape(labels[d.slug])}]({href(page, e.page, e.anchor)})" for e, d in line[:STORIES_LISTED]
        ]
        if len(line) > STORIES_LISTED:
            titles.append(f"{len(line) - STORIES_LISTED} more")
        where = f"in {counted(len(line), 'story', 'stories')}: {and_joined(titles)}"
    elif labels and plain(entry.name) != plain(story.title):  # a story's own line needs no "in"
        where = f"in *{escape(labels[story.slug])}*"
    if who:
        # The story after the role, in brackets: a role may hold a semicolon of its own.
        what = f"{who} ({where})" if where else who
    else:
        what = f"{escape(entry.kind)}, {where}" if where else escape(entry.kind)
    return Fact(link, body=what)


def index_link(page_url: str) -> str:
    """The index's address relative to a built page's address (``a/b/`` -> ``../../a-z/``)."""
    target = PATH.removesuffix(".md") + "/"
    start = posixpath.dirname(page_url) if not page_url.endswith("/") else page_url.rstrip("/")
    relative = posixpath.relpath(target, start or ".")
    return relative + "/" if not relative.endswith("/") else relative


_HEADER_END = re.compile(r"</nav>\s*</header>")


def with_search_link(html: str, page_url: str) -> str:
    """A built page whose header offers search as a link to the index: what a reader without script
    gets; search.js turns it into the search box's button."""
    # Its icon is drawn by the site's stylesheet (explainer.css), once for every page.
    link = (
        f'<a class="md-header__button md-icon explainer-search" href="{index_link(page_url)}" '
        f'aria-label="Search: {TITLE}"></a>\n'
    )
    end = _HEADER_END.search(html)
    return f"{html[: end.start()]}{link}{html[end.start() :]}" if end else html
