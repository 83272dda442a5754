"""A site's pages: every dossier's views rendered to Markdown, with the navigation that holds them.

``build_pages`` is the one core function the MkDocs plugin and ``explainer build`` share.

The navigation lists the hub, each dossier and its section pages, never the per-actor pages: the
theme renders the whole navigation on every page, so a navigation that grew with the dossier would
make building the site grow with the square of its size. Actor pages are reached from the actors
index and from every mention.
"""

from __future__ import annotations

import dataclasses
import functools
import html
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from generator.errors import OutputError
from generator.format.dossier import Dossier, Site
from generator.format.history import History
from generator.format.model import Number
from generator.site import a_to_z, exports, jsonld, paging, people, quantities, updates, urls
from generator.site.acronyms import spelled_out
from generator.site.across import Across
from generator.site.against import against
from generator.site.alternatives import or_alternative
from generator.site.citations import Footnotes
from generator.site.claims_list import ClaimsList
from generator.site.coverage import reach, topic_intro
from generator.site.crossref import CrossReference
from generator.site.grammar import caption, figure
from generator.site.listings import Listings
from generator.site.markup import escape, href, page_title, plain
from generator.site.numbers_list import NumbersList
from generator.site.opening import card_place, reported
from generator.site.render import Renderer
from generator.site.sections import Sections, key_figures_of
from generator.site.shelf import pack, unpack
from generator.site.sources_list import SourcesList
from generator.site.story import SECTION_TITLES, Story, sections_of
from generator.site.threads import first_sentence, threads
from generator.site.views import Card, Fact, HubView, View, counted, day

if TYPE_CHECKING:
    from generator.site.storycache import StoryCache


@dataclass(frozen=True)
class Page:
    """One generated page: where it goes, its title (HTML, see ``markup.page_title``) and its Markdown."""

    path: str
    title: str
    # The Markdown, compressed (``shelf.pack``): a publication of 1,000 stories holds 46,000 pages at
    # once, 0.8 GB of Markdown as text.
    packed: bytes
    in_nav: bool = True
    # How much Material's search favours the page (the plugin sets it as its `search.boost`).
    search_boost: float = 1.0
    # Names a reader may search for, by the anchor of the section they name ("" for the page):
    # an actor's names, aliases and native names; each term's aliases.
    keywords: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Whether search indexes the page: the hub's listings repeat what the stories' pages say.
    searchable: bool = True
    # What a search result or a shared link shows of a story's page (``with_heads``): its <title>
    # (HTML, as ``title``) naming the story, and its description (plain text). Empty elsewhere.
    head_title: str = ""
    description: str = ""

    @property
    def markdown(self) -> str:
        return unpack(self.packed)


@dataclass(frozen=True)
class NavItem:
    """A navigation entry: a page, or a section of entries."""

    title: str
    path: str | None = None
    children: tuple[NavItem, ...] = ()


@dataclass(frozen=True)
class Pages:
    """The pages, their navigation, the files offered for download and each page's JSON-LD by path,
    as its ``<script>`` element, compressed (``described``)."""

    pages: tuple[Page, ...]
    nav: tuple[NavItem, ...]
    downloads: tuple[exports.Download, ...] = ()
    jsonld: dict[str, bytes] = field(default_factory=dict)

    def by_path(self) -> dict[str, Page]:
        return {page.path: page for page in self.pages}


Keywords = tuple[tuple[str, tuple[str, ...]], ...]


def section_path(slug: str, name: str) -> str:
    return urls.actors(slug) if name == "actors" else urls.section(slug, name)


def nav_title(text: str) -> str:
    """Navigation titles are printed as HTML by the theme: escape contributor text for it."""
    return html.escape(plain(text), quote=False)


def build_pages(
    site: Site,
    renderer: Renderer | None = None,
    *,
    hub: bool = True,
    site_name: str = "Explainers",
    histories: Mapping[str, History] | None = None,
    stories: StoryMap | None = None,
    kept: StoryCache | None = None,
    owned: Callable[[str], bool] | None = None,
) -> Pages:
    """Every page of the site, in a stable order. ``hub`` adds the home page listing the dossiers;
    ``site_name`` is how downloads and citations name the site. ``histories`` (slug -> history, read
    from git by the adapters) adds each dossier's "Updates and corrections" page; a dossier missing
    from it gets the page saying its history is not available. ``stories`` makes each story's part
    (``in_turn`` by default; the plugin's in worker processes), in order; ``kept`` reuses the
    parts of an earlier build that still hold. With ``owned`` (a shard's build), only the stories it
    owns are made in full; of the others only the outline (``outline_part``: their pages' paths,
    titles and menu, with no Markdown), which a shard needs for links, menus and the sitemap."""
    renderer = renderer or Renderer()
    xrefs = [CrossReference(dossier) for dossier in site.dossiers]
    across = Across.of(xrefs)

    def people_index(casts: list[people.Cast]) -> tuple[dict[tuple[str, str], str], list[tuple[Page, bytes]]]:
        """The site-wide index of actors across stories (site/people.py), and where it lists each."""
        lines = people.people_lines(casts)
        made = []
        for path, heading, view in people.people_pages(casts, lines):
            markdown = renderer.render(view.template, view.context())
            page = Page(path, page_title(heading), pack(markdown), path == people.PATH, searchable=False)
            made.append((page, described(jsonld.web_page(heading))))
        return people.where_listed(lines), made

    listed: dict[tuple[str, str], str] = {}
    people_made: list[tuple[Page, bytes]] = []
    if len(site.dossiers) > 1 and kept is None:
        listed, people_made = people_index([people.cast_of(dossier) for dossier in site.dossiers])
    elif len(site.dossiers) > 1 and kept is not None:
        listed, people_made = kept.across_stories(
            "people", site.dossiers, site.digests, people.cast_of, people_index
        )
    across = dataclasses.replace(across, listed=listed)
    pages: list[Page] = []
    nav: list[NavItem] = []
    downloads: list[exports.Download] = []
    metadata: dict[str, bytes] = {}
    reserved = sorted(d.slug for d in site.dossiers if d.slug in urls.LISTINGS)
    if hub and reserved:
        raise OutputError(
            f"the dossier slug {reserved[0]!r} is taken by the home page's listings or the site's indexes "
            f"({', '.join(urls.LISTINGS)}); rename the dossier's folder and slug"
        )
    if hub:
        keep: Keep = _made if kept is None else functools.partial(kept.one, "listing", site.digests)
        for listing, shown in hub_pages(xrefs, renderer, keep):
            pages.append(listing)
            # Each listing page's JSON-LD describes what that page shows, never the whole site.
            name = site_name if listing.path == urls.HUB else listing.title
            metadata[listing.path] = described(jsonld.hub_page(shown, name, listing.path))
        nav.append(NavItem("Home", urls.HUB))

    def history_of(index: int) -> History | None:
        return None if histories is None else histories.get(xrefs[index].dossier.slug, _UNKNOWN)

    def part(index: int, seen: Across = across) -> StoryPart:
        return story_part(xrefs[index], renderer, site_name, history_of(index), seen)

    full = [index for index, xref in enumerate(xrefs) if owned is None or owned(xref.dossier.slug)]
    if kept is None:
        made_parts = (stories or in_turn)(lambda position: part(full[position]), len(full))
    else:  # each story's part kept from an earlier build while it holds (site/storycache.py)
        inputs = [repr((site_name, history_of(index))) for index in range(len(xrefs))]
        made_parts = kept.parts(
            part, xrefs, across, inputs, stories or in_turn, wanted=full, known=site.digests
        )
    by_index = dict(zip(full, made_parts, strict=True))
    parts = (
        by_index.get(index) or outline_part(xrefs[index].dossier, history_of(index))
        for index in range(len(xrefs))
    )
    for made in parts:
        pages.extend(made.pages)
        downloads.extend(made.downloads)
        metadata.update(made.jsonld)
        nav.append(made.nav)
    if len(site.dossiers) > 1:
        # The site-wide index of actors across stories (site/people.py), after the stories.
        # Not searched: like the hub's listings, it repeats what each actor's own page says. In pages
        # past a size, so that no page grows with the publication; only the first is in the menu.
        for people_page, script in people_made:
            pages.append(people_page)
            metadata[people_page.path] = script
        nav.append(NavItem(people.TITLE, people.PATH))
        # One page for the whole site, however many stories: each quantity that several report.
        # In pages past a size, like the people index.
        for path, heading, figures in quantities.quantities_pages(across, len(site.dossiers)):
            markdown = renderer.render(figures.template, figures.context())
            first = path == quantities.PATH
            pages.append(Page(path, page_title(heading), pack(markdown), first, searchable=False))
            metadata[path] = described(jsonld.web_page(heading))
        nav.append(NavItem(quantities.TITLE, quantities.PATH))

    # The index A to Z (site/a_to_z.py): where the search control leads without script. Not searched:
    # it repeats every name, each explained on its own page. Kept while what it reads holds.
    def index_pages(filed: list[a_to_z.Filed]) -> list[tuple[Page, bytes]]:
        return [
            (
                Page(
                    path,
                    index.title,
                    pack(renderer.render(index.template, index.context())),
                    False,
                    searchable=False,
                ),
                described(jsonld.web_page(index.title)),
            )
            for path, index in a_to_z.a_to_z_views(filed)
        ]

    if kept is None:
        a_to_z_made = index_pages([a_to_z.filed(dossier) for dossier in site.dossiers])
    else:
        a_to_z_made = kept.across_stories("a-z", site.dossiers, site.digests, a_to_z.filed, index_pages)
    for listed_page, script in a_to_z_made:
        pages.append(listed_page)
        metadata[listed_page.path] = script
    return Pages(tuple(pages), tuple(nav), tuple(downloads), metadata)


_UNKNOWN = History(False, "The history of this dossier is not available in this copy.")


@dataclass(frozen=True)
class StoryPart:
    """One story's share of the site: its pages, downloads, JSON-LD by path (``described``) and menu
    section."""

    pages: tuple[Page, ...]
    downloads: tuple[exports.Download, ...]
    jsonld: dict[str, bytes]
    nav: NavItem


def described(data: dict[str, Any]) -> bytes:
    """A page's JSON-LD as the ``<script>`` element its head gets, compressed: made once, where the
    page is made (in a worker, in a build on every core), and kept so in the story cache. As nested
    dicts, a story's JSON-LD took about 3.6 times the memory of its text (334 KB a story), and every
    story's was held at once while the pages were assembled."""
    return pack(jsonld.script(data))


# Makes parts 0 .. count - 1 with the function given, and returns them in that order.
StoryMap = Callable[[Callable[[int], StoryPart], int], Sequence[StoryPart]]


def in_turn(make: Callable[[int], StoryPart], count: int) -> list[StoryPart]:
    return [make(index) for index in range(count)]


def story_part(
    xref: CrossReference, renderer: Renderer, site_name: str, history: History | None, across: Across
) -> StoryPart:
    dossier = xref.dossier
    dossier_pages = with_heads(dossier_pages_of(xref, renderer, site_name, history, across), dossier)
    files = tuple(exports.downloads(dossier, site_name))
    made = {p.path for p in dossier_pages}
    jsonld_of = jsonld.dossier_pages(dossier, {f.path: f.media_type for f in files})
    nav = story_nav(dossier, history)
    return StoryPart(
        dossier_pages, files, {path: described(data) for path, data in jsonld_of.items() if path in made}, nav
    )


def outline_part(dossier: Dossier, history: History | None) -> StoryPart:
    """The outline of a story's part, as another shard's build knows it: the same pages (paths,
    titles, whether in the menu or searched, in the same order), downloads and menu section as
    ``story_part``, without their Markdown, bytes or JSON-LD (``tests/test_shard_outline.py`` holds
    them to ``story_part``)."""
    slug, empty = dossier.slug, pack("")
    pages = [Page(urls.overview(slug), page_title(dossier.meta.title), empty)]
    if dossier.actors:
        pages.append(Page(urls.actors(slug), SECTION_TITLES["actors"], empty))
    for actor in sorted(dossier.actors, key=lambda a: a.id):
        pages.append(Page(urls.actor(slug, actor.id), page_title(actor.name), empty, False))
    present = sections_of(dossier)
    for name in ("numbers", "glossary", "timeline", "claims", "relationships", "sources"):
        if name in present:
            pages.append(Page(urls.section(slug, name), SECTION_TITLES[name], empty))
    if history is not None:
        pages.append(Page(updates.path(slug), updates.TITLE, empty, searchable=False))
    media = ("application/json", "text/csv", "text/csv", "text/csv")
    files = tuple(
        exports.Download(path, label, kind, b"")
        for (path, label), kind in zip(exports.download_labels(slug).items(), media, strict=True)
    )
    return StoryPart(with_heads(pages, dossier), files, {}, story_nav(dossier, history))


# About what a search engine shows of a description before it cuts it.
DESCRIPTION_LIMIT = 160


def with_heads(pages: Iterable[Page], dossier: Dossier) -> tuple[Page, ...]:
    """A story's pages, each with a <title> that names its story ("Glossary · <story>"; the overview
    is the story's title) and a description of what it is about there: an actor's page its actor's
    description, every other page the story's summary. Without them every story's Glossary reads
    alike in a search result and a shared link."""
    story = page_title(dossier.meta.title)
    overview = urls.overview(dossier.slug)
    actors = {urls.actor(dossier.slug, actor.id): actor.description for actor in dossier.actors}
    return tuple(
        dataclasses.replace(
            page,
            head_title=story if page.path == overview else f"{page.title} · {story}",
            description=description(actors.get(page.path) or dossier.meta.summary),
        )
        for page in pages
    )


def description(text: str) -> str:
    """``text`` as plain text, cut to its whole sentences that fit ``DESCRIPTION_LIMIT``; the first
    sentence at a word with "…" when even it is longer."""
    flat = plain(text)
    fitting = ""
    for sentence in re.split(r"(?<=[.!?])\s+", flat):
        joined = f"{fitting} {sentence}".strip()
        if len(joined) > DESCRIPTION_LIMIT:
            break
        fitting = joined
    return fitting or plain(text, DESCRIPTION_LIMIT)


def story_nav(dossier: Dossier, history: History | None) -> NavItem:
    """A story's section of the menu: its overview, each section it has, its Updates page."""
    children = [NavItem("Overview", urls.overview(dossier.slug))]
    children.extend(
        NavItem(SECTION_TITLES[name], section_path(dossier.slug, name)) for name in sections_of(dossier)
    )
    if history is not None:
        children.append(NavItem(updates.TITLE, updates.path(dossier.slug)))
    return NavItem(nav_title(dossier.meta.title), children=tuple(children))


def dossier_pages_of(
    xref: CrossReference,
    renderer: Renderer,
    site_name: str = "Explainers",
    history: History | None = None,
    across: Across | None = None,
) -> Iterator[Page]:
    dossier = xref.dossier
    story = Story(xref, site_name, across)
    sections, listings = Sections(story), Listings(story)
    slug = dossier.slug

    def page(path: str, title: str, view: View, in_nav: bool = True, keywords: Keywords = ()) -> Page:
        markdown = renderer.render(view.template, view.context())
        # Any page of a story can be where a newcomer first meets its bodies (a search lands on
        # the numbers or an actor's page as often as on the overview): an acronym is spelled out
        # the first time the page shows one.
        markdown = spelled_out(markdown, dossier.actors)
        return Page(path, title, pack(markdown), in_nav, view.search_boost, keywords)

    overview = sections.overview()
    if dossier.meta.corrections:
        latest = day(max(c.date for c in dossier.meta.corrections))
        updates_link = f"[{updates.TITLE}]({href(urls.overview(slug), updates.path(slug))})"
        corrected = f"Corrected on {latest}" + (f": see {updates_link}." if history is not None else ".")
        overview = dataclasses.replace(overview, corrected=corrected)
    if history is not None:
        # What the page tells, not how many revisions of the files it lists (a reader's count is
        # of corrections); where this copy of the site has no history, only its corrections, if any.
        # The declared corrections where there are any: a commit marked as a correction usually
        # makes them, and counting both told "six corrections" of five errors.
        fixes = len(dossier.meta.corrections) or sum(r.correction for r in history.revisions)
        if history.available:
            body = "what changed since the story was first published" + (
                f", and its {counted(fixes, 'correction')}" if fixes else ""
            )
        else:
            body = f"the story's {counted(fixes, 'correction')}" if fixes else ""
        link = Fact(f"[{updates.TITLE}]({href(urls.overview(slug), updates.path(slug))})", body=body)
        overview = dataclasses.replace(overview, sections=(*overview.sections, link))
    # Each key question names its answer, so a reader who asks it as written is led to it, opened.
    asked = tuple((urls.question_anchor(question.id), (question.question,)) for question in dossier.questions)
    yield page(urls.overview(slug), page_title(dossier.meta.title), overview, keywords=asked)
    if dossier.actors:
        yield page(urls.actors(slug), SECTION_TITLES["actors"], sections.actors())
    for actor in sorted(dossier.actors, key=lambda a: a.id):
        names = (actor.name, *actor.aliases, *([actor.native_name.text] if actor.native_name else []))
        names += tuple(actor.search_terms)
        yield page(
            urls.actor(slug, actor.id), page_title(actor.name), sections.actor(actor), False, (("", names),)
        )
    present = sections_of(dossier)
    figures = tuple((number.id, (figure(number),)) for number in dossier.numbers)
    terms = tuple((term.id, (term.term, *term.aliases, *term.search_terms)) for term in dossier.terms)
    lists: dict[str, tuple[Callable[[], View], Keywords]] = {
        "numbers": (NumbersList(story).numbers, figures),
        "glossary": (listings.glossary, terms),
        "timeline": (listings.timeline, ()),
        "claims": (ClaimsList(story).claims, ()),
        "relationships": (sections.relationships, ()),
        "sources": (SourcesList(story).sources, ()),
    }
    for name, (view_of, keywords) in lists.items():
        if name in present:
            yield page(urls.section(slug, name), SECTION_TITLES[name], view_of(), keywords=keywords)
    if history is not None:
        # A log for maintainers and careful readers, in the menu but not in the reader's search.
        # An entry this story no longer holds is looked for in the others: moved, or removed.
        elsewhere = updates.Elsewhere(slug, story.across.xrefs)
        told = updates.updates_view(dossier, history, elsewhere)
        told = dataclasses.replace(told, part_of=story.part_of(updates.path(slug)))
        log = page(updates.path(slug), updates.TITLE, told)
        yield dataclasses.replace(log, searchable=False)


# Stories per page of the home page and of each topic page.
PAGE_SIZE = 20


Thread = list[CrossReference]


# Given what makes a listing page (as text, and the slugs of the stories it shows) and how to make
# its Markdown, the Markdown: made, or kept from an earlier build (``StoryCache.one``).
Keep = Callable[[str, Sequence[str], Callable[[], bytes]], bytes]


def _made(what: str, slugs: Sequence[str], make: Callable[[], bytes]) -> bytes:
    return make()


def hub_pages(
    xrefs: list[CrossReference], renderer: Renderer, keep: Keep = _made
) -> Iterator[tuple[Page, list[Thread]]]:
    """The home page and its further pages, newest thread first, then one listing per topic; each
    page with the threads it shows. A thread (stories linked by ``follows:``) is one item, its stories
    in reading order; a story alone is a thread of one.

    Each page holds at most ``PAGE_SIZE`` items, so a page's size does not grow with the publication.
    ``keep`` may keep a page's Markdown by what makes it: a page's cards are made from its stories
    alone.
    """
    everyone = [xref.dossier for xref in xrefs]
    tags = sorted({tag for xref in xrefs for tag in xref.dossier.meta.tags})
    reporting: dict[str, set[str]] = {}
    for dossier in everyone:
        for number in dossier.numbers:
            if number.quantity:
                reporting.setdefault(number.quantity, set()).add(dossier.slug)
    indexes = across_links(
        urls.HUB,
        people_index=len(xrefs) > 1,
        figures=any(len(slugs) > 1 for slugs in reporting.values()),
    )
    yield from _listing(
        threads(xrefs, everyone), urls.hub_page, "Explainers", tags, renderer, keep, indexes=indexes
    )
    for tag in tags:
        tagged = [xref for xref in xrefs if tag in xref.dossier.meta.tags]
        yield from _listing(
            threads(tagged, everyone),
            functools.partial(urls.topic, tag),
            f"Explainers about {tag}",
            tags,
            renderer,
            keep,
            opening=topic_intro(tag, tagged),
            current=tag,
        )


def _listing(
    items: list[Thread],
    path_of: Callable[[int], str],
    title: str,
    tags: list[str],
    renderer: Renderer,
    keep: Keep = _made,
    opening: str = "",
    *,
    indexes: str = "",
    current: str = "",
) -> Iterator[tuple[Page, list[Thread]]]:
    """The pages of one listing, each opened by ``opening`` (a topic's: what it covers). The home
    page also links the site's ``indexes`` (``across_links``); a topic's pages name their own topic
    (``current``) among the topics without linking it."""
    sheets = paging.split(items, PAGE_SIZE)
    count = len(sheets)
    for number, sheet in enumerate(sheets, start=1):
        path = path_of(number)
        shown = list(sheet)
        heading = paging.titled(title, number, count, first_bare=True)
        topics = _topic_links(path, tags, current)
        pager = paging.pager(path, path_of, number, count)

        def made(
            shown: list[Thread] = shown,
            path: str = path,
            heading: str = heading,
            topics: str = topics,
            pager: str = pager,
        ) -> bytes:
            view = dataclasses.replace(
                hub_view(shown, page=path, title=heading),
                intro=path == urls.HUB,
                about=opening,
                topics=topics,
                indexes=indexes if path == urls.HUB else "",
                pager=pager,
            )
            return pack(renderer.render(HubView.template, view.context()))

        slugs = [x.dossier.slug for thread in shown for x in thread]
        what = repr((path, heading, opening, topics, indexes, pager, [len(thread) for thread in shown]))
        in_nav = path == urls.HUB
        markdown = keep(what, slugs, made)
        yield Page(path, "Home" if in_nav else heading, markdown, in_nav, searchable=False), shown


def _reach(thread: Thread) -> str:
    """A one-story card's line on how far its events go ("Events up to 2 May 2024."), else,
    for a story without events, when it was reported: a card said only when we published it. A
    card of several parts says it for each part."""
    if len(thread) > 1:
        return ""
    upto = reach(thread[0])[1]
    if upto:
        return f"Events up to {upto}."
    told = reported(thread[0])
    return f"{told[:1].upper()}{told[1:]}." if told else ""


def _parts(thread: Thread, page: str) -> tuple[str, ...]:
    """For a thread of several stories, a link to each in reading order, with how far its events
    go (the day it was published says nothing of when they happened), else its publication day.
    The list says "events up to" once, at the first part that has a date: "events up to 31 December
    2018", then "up to 9 August 2019"."""
    if len(thread) < 2:
        return ()
    parts = []
    said = False
    for x in thread:
        upto = reach(x)[1]
        if upto:
            dated = f"{'up to' if said else 'events up to'} {upto}"
            said = True
        else:
            dated = f"published {day(x.dossier.meta.published)}"
        link = f"[{escape(x.dossier.meta.title)}]({href(page, urls.overview(x.dossier.slug))})"
        parts.append(f"{link}, {dated}")
    return tuple(parts)


def _reviewed(thread: Thread) -> str:
    """When a card's story was published and last reviewed; for several parts, the first's
    publication and the latest review of any, so that a thread revised in its last part does not
    look as old as its first. A review on the day of publication adds no date."""
    metas = [x.dossier.meta for x in thread]
    published, reviewed = day(metas[0].published), day(max(m.last_reviewed for m in metas))
    first = "Published" if len(metas) < 2 else "First published"
    # Reviewed the day it was published: one date, not the same date twice in a row.
    if reviewed == published:
        return f"{first} {published}."
    return f"{first} {published}, last reviewed {reviewed}."


def across_links(page: str, *, people_index: bool, figures: bool) -> str:
    """The site's own ways in besides its stories, for the home page: the people index (on a site
    of several stories), the figures across stories (when two stories report one quantity) and the
    index A to Z. On a phone the menu that lists the first two is closed, and with script on
    nothing else linked the index A to Z, which the search button stands in for."""
    indexes = [(people.TITLE, people.PATH)] if people_index else []
    indexes += [(quantities.TITLE, quantities.PATH)] if figures else []
    indexes.append((a_to_z.TITLE, a_to_z.PATH))
    return " · ".join(f"[{title}]({href(page, path)})" for title, path in indexes)


def _topic_links(page: str, tags: Sequence[str], current: str = "") -> str:
    """The topics, each linking to its stories; ``current``, the page's own, in bold and unlinked:
    a link to the page a reader is on looked like a way elsewhere."""
    return " · ".join(
        f"**{tag}**" if tag == current else f"[{tag}]({href(page, urls.topic(tag))})" for tag in tags
    )


_FIGURE_DIGITS = re.compile(r"\d[\d,.]*\d|\d")


def card_figure(dossier: Dossier) -> Number | None:
    """The figure on a story's card: its ``key_figure``, unless the summary just above already
    gives that value ("3,850 suspects" twice in a row); then the first of the overview's key figures
    the summary does not give, else none."""
    if not dossier.meta.key_figure:
        return None
    summary = set(_FIGURE_DIGITS.findall(plain(dossier.meta.summary)))
    key = dossier.number_by_id[dossier.meta.key_figure]
    for number in (key, *key_figures_of(dossier)):
        digits = set(_FIGURE_DIGITS.findall(caption(number)[0]))
        if not digits or not digits <= summary:
            return number
    return None


def hub_view(items: Sequence[Thread], page: str = urls.HUB, title: str = "Explainers") -> HubView:
    """The cards of a listing page: one per thread, showing its first story and linking every story."""
    notes = Footnotes(page)
    cards = []
    for thread in items:
        xref = thread[0]
        dossier = xref.dossier
        meta = dossier.meta
        figure_text, cite = "", ""
        if number := card_figure(dossier):
            target = href(page, urls.section(dossier.slug, "numbers"), number.id)
            value, separator, counts = caption(number)
            # Who gives the headline figure and as of when, as the overview's key figures say it: a
            # number on its own card is the one a reader most needs placed. Short, as on the overview:
            # the outlet rather than its reporters, a long official name by its short form.
            told = quantities.attribution(dossier, page, number, short=True)
            rule = or_alternative(dossier, number, page) + against(dossier, number, page)
            figure_text = ", ".join(
                [f"[**{escape(value)}**]({target}){separator}{escape(counts)}{rule}", *told]
            )
            cite = notes.cite(dossier, number.cite)
        # Where, in a few words: a card of a flood without a `place` named no country.
        place = f"*{where}*" if (where := card_place(xref)) else ""
        cards.append(
            Card(
                title=f"[{escape(meta.title)}]({href(page, urls.overview(dossier.slug))})",
                summary=xref.prose.inline(meta.summary, page=page),
                # A card of several parts has said how far each part's events go.
                dates=" ".join(filter(None, [_reach(thread), _reviewed(thread)])),
                figure=figure_text,
                cite=cite,
                byline=" · ".join(
                    part
                    for part in (
                        place,
                        _topic_links(page, meta.tags),
                    )
                    if part
                ),
                parts=_parts(thread, page),
                latest=escape(first_sentence(plain(thread[-1].dossier.meta.summary)))
                if len(thread) > 1
                else "",
            )
        )
    return HubView(title=title, cards=tuple(cards), footnotes=tuple(notes.definitions))
