"""The views of a story's overview, actor and relationship pages.

Each method builds one page's view from the story (``generator.site.story``: its dossier, its
cross-references and the links between its pages). Every fact shown gets footnote markers from the
page's ``Footnotes``. The list pages are built by ``generator.site.listings``, from the same story.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from generator.format.conflicts import compare, current, revisions
from generator.format.dates import PartialDate
from generator.format.dossier import Dossier
from generator.format.mentions import Target
from generator.format.model import (
    CONTESTED,
    Actor,
    ActorKind,
    Citation,
    Claim,
    NativeName,
    Number,
    Relationship,
)
from generator.format.vocabulary import PREDICATES, SPEAKS_FOR
from generator.site import exports, official, quantities, urls
from generator.site.aftermath import settled_later_line
from generator.site.appearances import (
    listed,
    more_stories,
    nearest,
    next_stories,
    other_stories,
    story_by_story,
    thread_links,
)
from generator.site.citations import Footnotes
from generator.site.crossref import Edge
from generator.site.decisions import in_this_story, without_decision
from generator.site.diagram import MAX_EDGES, star_graph, svg_graph
from generator.site.geography import countries_near, country_at
from generator.site.grammar import (
    as_part,
    caption_text,
    changed_figure,
    changed_from,
    figure,
    gives,
    is_plural,
    named,
    relation,
    says,
    share_of,
    tells_nothing,
)
from generator.site.introductions import introduced
from generator.site.joint import joint_names
from generator.site.locator import draw, locator_map
from generator.site.markup import escape, href, typographic
from generator.site.opening import when_and_where
from generator.site.places import MAP_PLACES, citing, coordinates, located, spot
from generator.site.questions import key_questions
from generator.site.roles import gist, lowered, names_its_tie, states_its_own_tie
from generator.site.sequels import Closed, sequel, settled_by
from generator.site.statuses import (
    STATUS_WORDS,
    made_apart,
    said_by_no_one_named,
    said_claim,
    says_claim,
    status_phrase,
)
from generator.site.story import (
    SECTION_TITLES,
    TIES_IN_SENTENCES,
    Story,
    sections_of,
    what_each_holds,
)
from generator.site.tallies import adding_up, tallied
from generator.site.trends import revised_from, revised_through, since
from generator.site.unknowns import (
    not_known,
    not_known_intro,
    one_side_figures,
    stated_figure,
    still_open,
    told_next,
    what_may_happen,
)
from generator.site.upcoming import STILL_TO_COME, STILL_TO_COME_ANCHOR, still_to_come
from generator.site.views import (
    ActorsView,
    ActorView,
    Fact,
    Group,
    OverviewView,
    RelationshipsView,
    Row,
    and_joined,
    capitalised,
    counted,
    date_range,
    day,
    in_words,
    joined,
    when,
)
from generator.site.whos_who import everyone, headings
from generator.site.why import told_why, why_line

# What an actor is, as the first line of its page says it.
KIND_SENTENCES = {
    ActorKind.PERSON: "A person.",
    ActorKind.ORGANISATION: "An organisation.",
    ActorKind.GOVERNMENT_BODY: "A government body.",
    ActorKind.ARMED_GROUP: "An armed group.",
    ActorKind.CRIMINAL_NETWORK: "A criminal network.",
    ActorKind.MEDIA_OUTLET: "A news outlet.",
    ActorKind.RESEARCH_INSTITUTE: "A research institute.",
    ActorKind.PLACE: "A place.",
    ActorKind.GROUP: "A group of people.",
    ActorKind.OBJECT: "An object.",
}
# Kinds whose sentence tells a reader nothing that the name and description do not: left out.
UNTOLD_KINDS = {ActorKind.PERSON, ActorKind.ORGANISATION}
# The overview shows a glance at each list, never the whole list, so its size stays bounded.
GLANCE = 12
# The overview's Who's who names the main players, not everyone: eight roles are about two phone
# screens, where a story of 35 actors took four; the Actors page lists them all, by kind.
MAIN_PLAYERS = 8
# A timeline at a glance longer than ``GLANCE`` shows this many of its first events, then its latest.
GLANCE_START = 4
# Key figures on the overview: a phone shows about two to a screen, so no more than this.
KEY_FIGURES = 6
# A key figure's card names at most this many of the figures that contradict it.
CARD_OTHERS = 2
# An actor's page draws its own relationships when there are few enough to read, and more than the
# relationships page says in sentences alone: a diagram of one or two ties drew again, just above
# them, the sentences listed under it.
ACTOR_GRAPH_EDGES = 40
# A place under the map names this many of its events; the rest are on its page.
PLACE_EVENTS = 2


def key_figures_of(dossier: Dossier) -> list[Number]:
    """The overview's key figures: the dossier's ``key_figures`` when it names them; else its
    ``key_figure`` first, then one card for each other quantity in the order of the file: a
    quantity's latest figure (a series, such as a running total, is one card, and a reader meets
    where it stands now; the numbers page has the rest), at most ``KEY_FIGURES``."""
    meta = dossier.meta
    if meta.key_figures:
        return _not_told_against([dossier.number_by_id[i] for i in meta.key_figures])[:KEY_FIGURES]
    key = dossier.number_by_id[meta.key_figure] if meta.key_figure else None
    latest: dict[str, Number] = {}
    for number in current(dossier.numbers):  # a figure since revised is no quantity's latest
        held = latest.get(number.quantity or "")
        if number.quantity and (held is None or (number.as_of or "") > (held.as_of or "")):
            latest[number.quantity] = number
    if key is not None and key.quantity:
        latest[key.quantity] = key
    ordered = [key, *(n for n in dossier.numbers if n is not key)] if key is not None else dossier.numbers
    chosen: list[Number] = []
    seen: set[str] = set()
    for number in ordered:
        if number.quantity in seen:
            continue
        if number.quantity:
            seen.add(number.quantity)
            number = latest[number.quantity]
        chosen.append(number)
    return _parts_together(_not_told_against(chosen), key)


def _not_told_against(figures: list[Number]) -> list[Number]:
    """``figures`` less each that another of them sets itself against (its ``against``): that card
    tells it whole ("6 months, the suspension agreed, against 2 years, the suspension the league
    sought"), and a card of its own just after said "2 years, the suspension the league sought"
    again. Not when the two are set against each other, where one would vanish from both."""
    by_id = {number.id: number for number in figures}
    told = {
        number.against
        for number in figures
        if number.against in by_id and by_id[number.against].against != number.id
    }
    return [number for number in figures if number.id not in told]


def _parts_together(chosen: list[Number], key: Number | None) -> list[Number]:
    """At most ``KEY_FIGURES`` of ``chosen``, with the parts of one whole side by side where the
    first of them or their whole stands, and the whole left out: each part's card says "5 of the 9
    members" already, and file order showed "9 members" and "5 of 9" but not the "4" the cut left
    over. The story's ``key`` figure stays when it is the whole, its parts after it; parts that do
    not all fit show as their whole."""
    ids = {number.id for number in chosen}
    parts: dict[str, list[Number]] = {}
    for number in chosen:
        if number.part_of and number.part_of in ids:
            parts.setdefault(number.part_of, []).append(number)
    by_id = {number.id: number for number in chosen}
    cards: list[Number] = []
    grouped: set[str] = set()
    for number in chosen:
        whole = number.part_of if number.part_of in parts else number.id if number.id in parts else None
        if whole is None:
            if len(cards) < KEY_FIGURES:
                cards.append(number)
            continue
        if whole in grouped:
            continue
        grouped.add(whole)
        kept = [by_id[whole]] if key is not None and key.id == whole else []
        room = KEY_FIGURES - len(cards)
        if len(kept) + len(parts[whole]) <= room:
            cards.extend([*kept, *parts[whole]])
        elif room:
            cards.append(by_id[whole])
    return cards


def tallies(dossier: Dossier, cards: Sequence[Number]) -> dict[str, str]:
    """For the cards that show, side by side, every part of one whole, parts that add up to it
    (``tallies.adding_up``): the id of the last of them, which tells the tally for all, and the
    whole's id. The others' cards say no share of the whole."""
    found: dict[str, str] = {}
    for whole in sorted({n.part_of for n in cards if n.part_of}):
        parts = adding_up(dossier, whole)
        if parts and [n.id for n in cards if n.part_of == whole] == [n.id for n in parts]:
            found[parts[-1].id] = whole
    return found


def still_to_come_link(page: str, slug: str, text: str) -> str:
    """``text`` linked to where the timeline lists the events still to come."""
    return f"[{escape(text)}]({href(page, urls.section(slug, 'timeline'), STILL_TO_COME_ANCHOR)})"


def native_lang(name: NativeName) -> str:
    """The name's BCP 47 tag, with its script added when only `script:` gives it: my + Mymr = my-Mymr."""
    has_script = any(len(tag) == 4 and tag.isalpha() for tag in name.lang.split("-")[1:])
    return f"{name.lang}-{name.script}" if name.script and not has_script else name.lang


class Sections:
    """Builds the views of one story's overview, actor and relationship pages."""

    def __init__(self, story: Story) -> None:
        self.story = story
        self.xref, self.dossier, self.slug = story.xref, story.dossier, story.slug
        self.prose, self.across = story.prose, story.across

    def as_of(self, actor: Actor) -> str:
        """ " (as of <date>)" after a present-tense description whose date is older than the day the
        story's events were checked to; "" otherwise."""
        checked = self.dossier.meta.events_checked_to
        if not actor.as_of or checked is None:
            return ""
        held = PartialDate.parse(actor.as_of)
        # Compared at the precision of `as_of`: "2026-11" is not older than 30 November 2026.
        same_precision = PartialDate(
            checked.year, checked.month if held.month else 0, checked.day if held.day else 0
        )
        if held >= same_precision:
            return ""
        return f" *(as of {when(actor.as_of)})*"

    def native(self, actor: Actor) -> str:
        names = [actor.native_name] if actor.native_name else list(actor.native_names)
        # The lang attribute lets browsers pick the right font and screen readers the right voice.
        return ", ".join(f'<span lang="{native_lang(name)}">{escape(name.text)}</span>' for name in names)

    # -- pages ---------------------------------------------------------------------------------

    def overview(self) -> OverviewView:
        page = urls.overview(self.slug)
        notes = Footnotes(page)
        meta, dossier = self.dossier.meta, self.dossier
        in_summary: set[Target] = set()  # what the summary links: named, not linked again, just under it
        summary = self.prose.block(meta.summary, page=page, linked=in_summary)
        # Footnotes are numbered in the order the page shows them: why and what may happen next (on
        # the first screen), then the questions and the places on the map. A question the first
        # screen answers whole is not asked again: its anchor marks the line that answers it.
        why = why_line(self.story, page, in_summary, notes)
        next_up = what_may_happen(self.story, page, notes)
        answered = {"why": told_why(dossier), "next": told_next(self.story)}
        in_questions: set[Target] = set()
        questions = key_questions(self.story, page, notes, [q for q in answered.values() if q], in_questions)
        # Where, right after the questions: a phone reader met the map three screens down, after
        # the figures and the doubts, with only a country's name above to place the story.
        places = located(dossier)
        where = None
        if len(places) >= MAP_PLACES:
            where = draw([spot(a) for a in places], key="map", title=f"Map: where {meta.title} happens")
        # A point the map could not label, and the labelled place it is next to, as a sentence names it.
        by_name = {a.name: a for a in places}
        unlabelled = {
            name: named(by_name[beside]) if beside in by_name else ""
            for name, beside in (where.unlabelled if where else {}).items()
        }
        mapped = tuple(self.place_fact(page, a, notes, unlabelled) for a in places) if where else ()
        key_figures = self.key_figures(page, notes, above=in_summary | in_questions)
        told: set[Target] = set()  # the story links each actor or term once, at its first mention
        story = tuple(
            Fact(
                self.prose.block(p.text, page=page, linked=told),
                notes.cite(dossier, p.cite),
                urls.story_anchor(i),
            )
            for i, p in enumerate(meta.story)
        )
        doubts = not_known(self.story, page, notes, {n.id for n in key_figures_of(dossier)})
        timeline = self.timeline_glance(page, notes)
        timeline_ahead = self.timeline_ahead(page, notes)
        sections = tuple(
            Fact(self.story.section_link(page, name), body=holds)
            for name, holds in what_each_holds(self.xref, sections_of(dossier)).items()
        )
        return OverviewView(
            title=escape(meta.title),
            summary=summary,
            when_where=when_and_where(self.story, page, in_summary),
            why=why,
            why_anchor=urls.question_anchor(answered["why"].id) if answered["why"] else "",
            thread=thread_links(dossier, page, self.across),
            next_stories=next_stories(dossier, page),
            events_checked_to=day(meta.events_checked_to) if meta.events_checked_to else "",
            story=story,
            questions=questions,
            not_known=doubts,
            still_open=still_open(self.story, page, glance=True) if doubts else "",
            # One kind of doubt is said by its heading: "What only one side says." above "Only one
            # side says so" said it twice.
            not_known_intro=not_known_intro(dossier) if len(doubts) > 1 else "",
            next_up=next_up,
            next_anchor=urls.question_anchor(answered["next"].id) if answered["next"] else "",
            not_known_links=(
                f"Every claim, with its evidence: {self.story.section_link(page, 'claims')}. Every figure, "
                f"with who states it: {self.story.section_link(page, 'numbers')}."
            ),
            key_figures=key_figures,
            whos_who=self.whos_who(page, places if where else ()),
            whos_who_link=self.story.section_link(
                page, "actors", f"Everyone in this story: {everyone(dossier.actors)}"
            ),
            timeline=timeline,
            timeline_ahead=timeline_ahead,
            map=where.html if where else "",
            places=mapped,
            sections=sections,
            published=day(meta.published),
            last_reviewed=day(meta.last_reviewed),
            licence=escape(meta.licence),
            downloads=tuple(
                Fact(f"[{escape(label)}]({href(page, path)})")
                for path, label in exports.download_labels(self.slug).items()
            ),
            citation=escape(exports.citation(dossier, self.story.site_name)),
            footnotes=tuple(notes.definitions),
        )

    def key_figures(self, page: str, notes: Footnotes, above: Collection[Target] = ()) -> Group:
        """The overview's key figures, and a link to every figure. ``above``: what the page links
        above the cards (the summary, the key questions), whose terms are explained there already."""
        figures = key_figures_of(self.dossier)
        everything = len(self.dossier.numbers)
        more = f"All {counted(everything, 'figure')}" if everything > len(figures) else "All figures"
        cards = []
        # A term linked above, with its meaning on the link, is not explained again under a card:
        # a unit the summary had linked and defined was told a second time under its figure's card.
        defined = {t.id for t in above if t.kind == "term"}
        told = tallies(self.dossier, figures)
        in_tally = {n.id for n in figures if n.part_of in told.values()}
        # People named above the cards, or on a card before, need no word on who they are.
        known = {t.id for t in above if t.kind == "actor"}
        for i, number in enumerate(figures):
            scale = None
            if number.id in told:
                scale = self.tally(page, told[number.id])
            elif number.id in in_tally:
                scale = ""
            card = self.key_figure(
                page, number, notes, previous=figures[i - 1] if i else None, scale=scale, known=known
            )
            unit = self.unit_defined(page, number, defined)
            if unit:
                card = Fact(card.text, card.cite, body=" ".join(part for part in (card.body, unit) if part))
            cards.append(card)
        return Group(self.story.section_link(page, "numbers", more) if figures else "", tuple(cards))

    def unit_defined(self, page: str, number: Number, defined: set[str]) -> str:
        """Under the first card whose unit the glossary explains, what the unit is: "[Megalitre](...):
        a million litres." A card's figure is a link to its table, so the unit in it links nowhere,
        and "120 megalitres" was jargon the overview never explained. "" for any other card."""
        unit = " ".join((number.unit or "").casefold().split())
        for term in self.dossier.terms:
            names = {" ".join(name.casefold().split()) for name in (term.term, *term.aliases)}
            if unit and unit in names and term.id not in defined:
                defined.add(term.id)
                link = href(page, urls.section(self.slug, "glossary"), term.id)
                return f"[{escape(capitalised(term.term))}]({link}): {lowered(gist(term.definition))}."
        return ""

    def tally(self, page: str, whole_id: str) -> str:
        """Under the last card of a whole's parts: "Of the [618 members who voted](...): 523 voted
        for the law, 46 voted against the law and 49 abstained." """
        whole = self.dossier.number_by_id[whole_id]
        parts = adding_up(self.dossier, whole_id)
        link = f"[{escape(caption_text(whole))}]({href(page, urls.section(self.slug, 'numbers'), whole.id)})"
        return f"Of the {link}: {escape(tallied(parts, whole))}."

    def key_figure(
        self,
        page: str,
        number: Number,
        notes: Footnotes,
        previous: Number | None = None,
        scale: str | None = None,
        known: set[str] | None = None,
    ) -> Fact:
        """A key figure's card: the figure, what it counts, who says it and as of when (else the day
        it was reported), and whether other sources give other figures for the same time: "about $3
        billion / the total value of the contract, according to the Halden Courier, as of 14 May 2019;
        other sources differ"; or that no other source gives it, or that its source names no one for it.
        ``known``: the actors the page named before, to which the card adds the person it names
        (``introductions``): a person not among them is said who they are."""
        fact = self.story.number_fact(page, number, notes, card=True)
        # As of when, or else the day it was reported: a card without a date left "as of when?"
        # to the numbers page.
        # A card is a dense line on a phone: long official names are named short, a report named on
        # the card just before is "the same report".
        told = quantities.attribution(self.dossier, page, number, short=True, previous=previous)
        if known is not None:
            told = introduced(self.dossier, number, told, known)
        if number.unattributed and number.cite:
            # Which report gives it, and that it names no one for it: "reported January 2024 by the
            # article *Lake bursts*, which does not say whose figure it is".
            unnamed = quantities.unnamed_reporters(self.dossier, number)
            if told and told[-1].startswith("reported "):
                told[-1] += f" by {unnamed}"
            else:
                told.append(f"reported by {unnamed}")
        text = ", ".join([fact.text, *told])
        differ = self.differing(page, number, limit=CARD_OTHERS, short=True)
        if differ:
            # "Other sources differ" alone left a reader asking by how much, and who says so: the
            # others are told where the figure is, as on the actors' pages.
            text += differ
        elif any(n is number for _, n in one_side_figures(self.dossier)):
            # "What is not known" names this figure among those only one side gives, by its value:
            # the card says so where the reader meets the figure.
            text += "; no other source gives it"
        # Under the card: what it is a part of, and the figures other stories give before and after it.
        # ``scale``: the line a tally of the parts of its whole gives it instead ("" under the others).
        shown = self.scale(page, number) if scale is None else scale
        # Where its series began comes first: a tally after it is of the whole, not of this figure.
        # "That is about half of ..." comes before it: after "Up from 5,000 in May", "that" was May's.
        risen, around = self.risen(page, number), quantities.around(self.across, self.dossier, number, page)
        below = (risen, shown, around) if scale is not None else (shown, risen, around)
        return Fact(text, fact.cite, body=" ".join(part for part in below if part))

    def risen(self, page: str, number: Number) -> str:
        """Under the card of a series' last figure, where the series began, linked to it: "Up from
        632 people on 9 September 2023 ([nine figures over time](...))." The card of a toll's latest
        count alone did not say that it had risen, nor from what. Under one that revised another, what
        it was revised from (``revised_from``). "" for any other figure."""
        series = [n for n in self.dossier.numbers if number.quantity and n.quantity == number.quantity]
        began = since(series, number)
        old = self.dossier.number_by_id.get(number.revises) if number.revises else None
        if not began and old is not None:
            numbers = urls.section(self.slug, "numbers")
            chain = [(n, href(page, numbers, n.id)) for n in self.replaced(number)]
            return revised_from(old, number, chain[0][1]) or revised_through(chain, number)
        compared = compare(series)
        link = href(page, urls.section(self.slug, "numbers"), compared.numbers[0].id) if series else ""
        over_time = f"[{counted(len(series), 'figure')} over time]({link})"
        if not began:
            earlier = self.revised_earlier(page, number, compared.revised)
            return f"{earlier} ({over_time})." if earlier else ""
        return f"{began} ({over_time})."

    def replaced(self, number: Number) -> list[Number]:
        """The figures ``number`` replaced, latest first: the one it revises, the one that one
        revised, and so on (a revision that loops back stops the walk)."""
        chain: list[Number] = []
        at = number
        while at.revises and (old := self.dossier.number_by_id.get(at.revises)) is not None:
            if old is number or old in chain:
                break
            chain.append(old)
            at = old
        return chain

    def revised_earlier(self, page: str, number: Number, revised: Sequence[tuple[Number, Number]]) -> str:
        """Under the card of the latest figure of a quantity that forms no series (sources that count
        apart), the last revision of an earlier figure, by whom and when: "Earlier, the [district
        office] revised its figure down from 30 to 18 people on 14 January 2024". The
        card of a toll's last figure alone hid that the count had been lowered on the way, which the
        numbers page told three taps away. "" where ``number`` is not the latest dated figure, or no
        earlier figure was revised."""
        dated = [
            n for n in (new for _, new in revised) if n.as_of and number.as_of and n.as_of < number.as_of
        ]
        if not dated or any(n.as_of and number.as_of and n.as_of > number.as_of for _, n in revised):
            return ""
        old, new = max(((o, n) for o, n in revised if n in dated), key=lambda pair: pair[1].as_of or "")
        way = (
            "up "
            if new.value > (old.upper or old.value)
            else "down "
            if (new.upper or new.value) < old.value
            else ""
        )
        day = f"{'on' if len(new.as_of or '') == 10 else 'in'} {when(new.as_of or '')}"
        figures = f"from {escape(changed_from(old, new))} to {escape(changed_figure(new))} {day}"
        body = [self.dossier.actor_by_id[i] for i in new.stated_by if i in self.dossier.actor_by_id]
        if not body or new.unattributed:
            return f"Earlier, the figure was revised {way}{figures}"
        names = and_joined([self.story.actor_link(page, a, mid_sentence=True) for a in body])
        its = "their" if len(body) > 1 or is_plural(body[0]) else "its"
        return f"Earlier, {names} revised {its} figure {way}{figures}"

    def scale(self, page: str, number: Number) -> str:
        """A figure that is part of another, against it, in a sentence under its card: "That is more
        than half of the [12 jurors who heard the case](...)." A bare "7" left the reader asking "of
        how many?". Of a small whole, the part itself: "That is 3 of the [4 judges ...]". "" for a
        figure that is no part."""
        whole = self.dossier.number_by_id.get(number.part_of) if number.part_of else None
        if whole is None:
            return ""
        link = f"[{escape(caption_text(whole))}]({href(page, urls.section(self.slug, 'numbers'), whole.id)})"
        # A sentence: "More than half: 1,300 of the 2,400 people evacuated." read as a label and a
        # fragment, and gave the figure the card shows just above a second time.
        share = share_of(number, whole).removesuffix(" of them")
        return f"That is {escape(share or as_part(number))} of the {link}."

    def whos_who(self, page: str, mapped: Sequence[Actor]) -> tuple[Fact, ...]:
        """The story's main players, each linked with its role in a few words: the ones its events,
        claims, figures and relationships involve most first, at most ``MAIN_PLAYERS``. An actor in
        none of them (a source's author, a region named in passing) is left out while any other is
        shown, and so are the places the map lists with their roles just above."""
        on_map = {a.id for a in mapped}
        ranked = sorted((a for a in self.dossier.actors if a.id not in on_map), key=self.prominence)
        involved = [a for a in ranked if self.prominence(a)[0] < 0] or ranked
        return tuple(
            Fact(self.story.actor_link(page, a), body=self.role_and_decision(page, a))
            for a in involved[:MAIN_PLAYERS]
        )

    def role_and_decision(self, page: str, actor: Actor) -> str:
        """Who ``actor`` is, then for a deciding body what it last decided in the story, dated and
        linked to the timeline (``decisions.in_this_story``): "Aldria's medicines regulator" told
        what the body is, and a reader scanning Who's who could not learn who decided what."""
        ahead = still_to_come(self.dossier, self.xref.events)
        past = [e for e in self.xref.events if e not in ahead]
        decision = in_this_story(page, self.slug, actor, past, self.dossier.actors)
        # Said once: a role that ends in the decision's act ("... and passed the sentence") before
        # "Latest in this story: sentenced ..." told it twice.
        told = self.story.role(actor)
        role = without_decision(told, actor, past, self.dossier.actors)
        if told.startswith(f"{role},"):
            # The clause after the role's comma told the decision: the role without what follows its
            # comma, as a role inside a sentence is, followed by what it does when it says little.
            role = without_decision(self.story.role(actor, apposed=False), actor, past, self.dossier.actors)
        return f"{role}. {decision}" if role and decision else role or decision

    def prominence(self, actor: Actor) -> tuple[int, str, str]:
        """A sort key: how many of the story's facts involve ``actor`` (most first), then its name."""
        xref, key = self.xref, actor.id
        facts = (
            len(xref.events_by_actor.get(key, []))
            + len(xref.claims_by_actor.get(key, []))
            + len(xref.numbers_by_actor.get(key, []))
            + len(xref.edges_by_actor.get(key, []))
        )
        return -facts, actor.name.casefold(), actor.id

    def timeline_glance(self, page: str, notes: Footnotes) -> Group:
        """The timeline at a glance: every event when there are few; else how the story began and
        the latest events, which say where it stands now, with a line between them that counts the
        events left out and links to the whole timeline ("Six more events, from 3 March to
        8 October 2019"). The first events alone left out how the story ends. One event left out
        is shown: "One more event, on 4 March 2031" took the line the event would, and told nothing."""
        ahead = still_to_come(self.dossier, self.xref.events)
        events = self.xref.events[: len(self.xref.events) - len(ahead)]
        if len(events) <= GLANCE + 1:
            return Group("", tuple(self.story.event_fact(page, e, notes) for e in events))
        start, latest = events[:GLANCE_START], events[len(events) - (GLANCE - GLANCE_START) :]
        left_out = events[GLANCE_START : len(events) - len(latest)]
        first, last = left_out[0].date, left_out[-1].date
        span = f", on {when(first)}" if first == last else f", from {date_range(first, last)}"
        gap = self.story.section_link(
            page, "timeline", f"{capitalised(counted(len(left_out), 'more event'))}{span}"
        )
        return Group(
            "",
            (
                *(self.story.event_fact(page, e, notes) for e in start),
                Fact(gap),
                *(self.story.event_fact(page, e, notes) for e in latest),
            ),
        )

    def timeline_ahead(self, page: str, notes: Footnotes) -> Group:
        """After the glance, apart from what happened, the events still to come when last reported
        (``upcoming.still_to_come``), under a link to where the timeline lists them: the stages a law
        has ahead read as one more line of its past when they closed the glance. At most
        ``GLANCE - GLANCE_START``, then a line that counts the rest."""
        ahead = still_to_come(self.dossier, self.xref.events)
        if not ahead:
            return Group("", ())
        shown = ahead[: GLANCE - GLANCE_START]
        facts = [self.story.event_fact(page, e, notes) for e in shown]
        if len(ahead) > len(shown):
            rest = counted(len(ahead) - len(shown), "more event")
            facts.append(Fact(still_to_come_link(page, self.slug, capitalised(rest))))
        return Group(still_to_come_link(page, self.slug, STILL_TO_COME), tuple(facts))

    def actors(self) -> ActorsView:
        page = urls.actors(self.slug)

        def listed(title: str, actors: Sequence[Actor], anchor: str) -> Group:
            facts = tuple(
                Fact(
                    " ".join(filter(None, [self.story.actor_link(page, a), self.native(a)])),
                    body=self.role_and_decision(page, a),
                )
                for a in actors
            )
            return Group(title, facts, anchor=anchor)

        # In each heading, those the story's facts involve most first (``prominence``): alphabetical, a
        # court story's Who's who opened with six judges who only joined a ruling, above the one who
        # wrote it and the parties it was about.
        shown = headings(sorted(self.dossier.actors, key=self.prominence))
        return ActorsView(
            title=SECTION_TITLES["actors"],
            groups=tuple(listed(h.title, h.actors, h.anchor) for h in shown),
            count=capitalised(everyone(self.dossier.actors)),
            part_of=self.story.part_of(page),
        )

    def actor(self, actor: Actor) -> ActorView:
        page = urls.actor(self.slug, actor.id)
        notes = Footnotes(page)
        xref, dossier = self.xref, self.dossier
        details, where = self.actor_details(page, actor, notes)
        edges = xref.edges_by_actor.get(actor.id, [])
        claims = xref.claims_by_actor.get(actor.id, [])
        said = [c for c in claims if actor.id in c.claimants]
        about = xref.claims_about(actor.id)
        given = quantities.in_date_order(xref.numbers_by_actor.get(actor.id, []))
        all_official = bool(given) and all(n.official for n in given)
        noted: set[Target] = set()  # the relationship notes link each target once
        graph = ""
        if TIES_IN_SENTENCES < len(edges) <= ACTOR_GRAPH_EDGES:
            phrases = [
                (e.other, relation(e.relationship.predicate, e.outgoing, actor, self.dossier.vocabulary))
                for e in edges
            ]
            graph = star_graph(actor, phrases, key="graph", title=f"Relationships of {named(actor)}")
        return ActorView(
            title=escape(actor.name),
            details=details,
            description=self.prose.block(actor.description, page=page, subject=Target("actor", actor.id))
            + self.as_of(actor),
            cite=notes.cite(dossier, actor.cite),
            graph=graph,
            map=where,
            # Every relationship is in the diagram and the table; a sentence only for one that
            # tells the reader something ("northern Aldria is part of Aldria" does not, nor "Jon Pell
            # is a leader of Kessel Pay" under his description, "The chief executive of Kessel Pay").
            relationships=self.edge_facts(
                page,
                actor,
                [
                    e
                    for e in edges
                    if not tells_nothing(e.relationship.predicate, actor, e.other, dossier.vocabulary)
                    and not self.described(actor, e)
                ],
                notes,
                noted,
            ),
            # By date, so that a running total reads as a series; one thing counted at several
            # dates is one line. A body whose every figure is official says so once, in the heading,
            # not on each line.
            numbers=self.actor_numbers(page, given, notes, mark=not all_official),
            numbers_title=f"{'Official figures' if all_official else 'Figures'} {escape(named(actor))} "
            f"{gives([actor])}",
            # What the actor says apart from what others say of it: one list headed "Claims" read as
            # the actor's own words.
            # Claims made on different days each say when, in the past: "said on 26 July 2024". So
            # does a claim an event settled: "says: the bridge will reopen in May (made before what
            # followed; on 2 April: ...)" told in the present what its status says was overtaken.
            claims=tuple(
                self.claim_fact(page, c, actor, notes, dated=made_apart(said) or self.settled(c))
                for c in said
            ),
            claims_title=f"What {escape(named(actor))} {says([actor])}",
            claims_about=tuple(
                self.claim_fact(page, c, actor, notes, dated=made_apart(about) or self.settled(c))
                for c in about
            ),
            claims_about_title=f"What others say about {escape(named(actor))}",
            events=self.actor_events(page, actor, notes),
            stories=story_by_story(self.across, dossier, actor.id, page),
            more_stories=more_stories(
                nearest(self.across, dossier, actor.id)[1], page, listed(self.across, dossier, actor.id)
            ),
            sources=self.sources_line(len(notes.sources)),
            index=self.story.section_link(page, "actors", "Everyone in this story"),
            footnotes=tuple(notes.definitions),
            part_of=self.story.part_of(page),
        )

    def actor_events(self, page: str, actor: Actor, notes: Footnotes) -> tuple[Fact, ...]:
        """The events ``actor`` took part in, each followed by what later settled what it put forward
        there when the page does not list that event too (``settled_later_line``): a board's page
        ended on "3 May 2031: The board finds the master to blame", and said nothing of the appeal
        court that cleared him in October, an event the board took no part in."""
        listed = self.xref.events_of(actor.id)
        shown = {event.id for event in listed}
        timeline = urls.section(self.slug, "timeline")
        facts = []
        for event in listed:
            fact = self.story.event_fact(page, event, notes)
            later = settled_later_line(
                event,
                self.dossier,
                lambda e: f"[{escape(typographic(e.title))}]({href(page, timeline, e.id)})",
                besides=shown,
            )
            # The markers stay with the event they cite; the later event is a link to its own.
            told = f"{fact.text}{fact.cite}; later {later[:1].lower()}{later[1:]}"
            facts.append(Fact(told) if later else fact)
        return tuple(facts)

    def settled(self, claim: Claim) -> bool:
        """Whether an event of the story settled ``claim``, or ended the dispute it was made in
        (``sequels.sequel``): told in the past, dated. The ground of a decision its body later
        replaced says its date in its status already."""
        followed = sequel(claim, self.dossier)
        return followed is not None and followed.how is not Closed.REPLACED

    def actor_numbers(
        self, page: str, numbers: Sequence[Number], notes: Footnotes, *, mark: bool = True
    ) -> tuple[Fact, ...]:
        """The figures an actor gives, in date order, those of one quantity given at several dates
        told on one line, as a series: "Confirmed cases since the outbreak began: 62 as of 17
        October 2024, 64 as of 24 October 2024 and 66 as of 31 October 2024". Fourteen lines of
        four counts interleaved by date left a reader to pick each series out. A figure that others
        contradict keeps a line of its own, which says so."""
        series: dict[str, list[Number]] = {}
        for number in numbers:
            if number.quantity and number.as_of and not self.differing(page, number):
                series.setdefault(number.quantity, []).append(number)
        alone = [
            n
            for n in numbers
            if len(series.get(n.quantity or "", [])) < 2 or n not in series[n.quantity or ""]
        ]
        # A figure told alone that another revised is told on its revision's line: "£71.9 billion
        # ..., revised from £39.4 billion", not as two forecasts of one thing a line apart. One that
        # revises another in turn keeps its own line, so that no step of a chain is lost.
        listed = {n.id: n for n in alone}
        earlier = {n.id: listed[n.revises] for n in alone if n.revises in listed}
        told_later = {old.id for old in earlier.values() if old.revises not in listed}
        facts = []
        for number in numbers:
            these = series.get(number.quantity or "", [])
            if number in alone:
                if number.id in told_later:
                    continue
                old = earlier.get(number.id)
                fact = self.actor_number(page, number, notes, mark=mark, also=old.cite if old else ())
                if old is not None:
                    link = href(page, urls.section(self.slug, "numbers"), old.id)
                    fact = replace(
                        fact, text=f"{fact.text}, revised from [{escape(changed_figure(old))}]({link})"
                    )
                facts.append(fact)
            elif number is these[0]:
                facts.append(self.actor_series(page, these, notes))
        return tuple(facts)

    def actor_series(self, page: str, numbers: Sequence[Number], notes: Footnotes) -> Fact:
        """One quantity an actor gives at several dates, on one line, its latest words for what it
        counts first."""
        target = urls.section(self.slug, "numbers")
        # A figure it revised is told with its revision: "40 homes as of 10 January 2024, revised to 25
        # homes", not as two figures of one day.
        replaced = {id(new): old for old, new in revisions(numbers)}
        told: list[str] = []
        place: dict[int, int] = {}
        for n in numbers:
            link = f"[{escape(figure(n))}]({href(page, target, n.id)})"
            old = replaced.get(id(n))
            if old is not None and id(old) in place:
                again = f" as of {when(n.as_of or '')}" if n.as_of != old.as_of else ""
                told[place[id(old)]] += f", revised to {link}{again}"
                place[id(n)] = place[id(old)]
            else:
                place[id(n)] = len(told)
                told.append(f"{link} as of {when(n.as_of or '')}")
        counts = escape(capitalised(numbers[-1].counts))
        return Fact(
            f"{counts}: {and_joined(told)}", notes.cite(self.dossier, [c for n in numbers for c in n.cite])
        )

    def actor_number(
        self, page: str, number: Number, notes: Footnotes, *, mark: bool = True, also: Sequence[Citation] = ()
    ) -> Fact:
        """A figure on an actor's page, with its date and, where other sources give figures for the
        same thing that cannot all be right with it, those figures and who gives them: "9 people
        missing (as of 14 May 2019); other sources differ: 25 people according to the harbour
        office". A reader meets the disagreement where the figure is, not only on the overview.
        ``mark``: an official figure says so ("(official figure, as of 14 May 2019)")."""
        fact = self.story.number_fact(page, number, notes, also=also)
        said = [official.noun(self.dossier, number)] if mark and number.official else []
        # As the cards say it: "from 2000 to 2023" for a figure over a period (three yearly
        # averages read as one figure given three ways), nothing again for "lost in 2023".
        if held := quantities.dated(self.dossier, number, after_counts=True):
            said.append(held)
        elif not number.as_of and (reported := quantities.reported(self.dossier, number)):
            said.append(f"reported {reported}")
        text = fact.text + (f" ({', '.join(said)})" if said else "")
        return Fact(text + self.differing(page, number), fact.cite)

    def differing(self, page: str, number: Number, limit: int = 0, *, short: bool = False) -> str:
        """ "; other sources differ: 30 people according to the district office" for a figure that
        other figures of the same quantity and time contradict, each with who gives it; past
        ``limit`` (when given) the rest counted, linked to the overview's figures that disagree. ""
        for a figure no other contradicts. ``short``: long official names named short (a card)."""
        same = [n for n in self.dossier.numbers if number.quantity and n.quantity == number.quantity]
        others: list[Number] = []
        for conflict in compare(same).conflicts:
            if any(n is number for n in conflict):
                others.extend(n for n in conflict if n is not number and all(n is not o for o in others))
        if not others:
            return ""
        shown = others[:limit] if limit else others
        told = "; ".join(stated_figure(self.story, page, n, short=short) for n in shown)
        if len(others) > len(shown):
            rest = counted(len(others) - len(shown), "more")
            told += f"; [{rest}]({href(page, urls.overview(self.slug), 'what-is-not-known')})"
        return f"; {official.differ(number)}: {told}"

    @staticmethod
    def sources_line(count: int) -> str:
        """What the numbered notes at the foot of an actor's page are: its sources, each named once
        with the words it is cited for. A list of the same sources above them would say it twice."""
        if not count:
            return ""
        which = "source" if count == 1 else counted(count, "source")
        return f"The numbered notes below name this page's {which} and quote the words each fact rests on."

    def actor_details(
        self, page: str, actor: Actor, notes: Footnotes
    ) -> tuple[tuple[tuple[str, str], ...], str]:
        """The lines under an actor's name (what it is, its other names, its other stories, where it
        is), and its locator map ("" for none)."""
        kind = [] if actor.kind in UNTOLD_KINDS else [("", self.kind_sentence(actor))]
        details = list(kind)
        involved = self.involvement(actor)
        if involved:
            details.append(("In this story", involved))
        if actor.aliases:
            details.append(("Also known as", joined([escape(a) for a in actor.aliases])))
        if actor.native_name or actor.native_names:
            label = "Native names" if len(actor.native_names) > 1 else "Native name"
            details.append((label, self.native(actor)))
        stories = other_stories(self.across, self.dossier, actor.id, page)
        if stories:
            details.append(("In other stories", stories))
        where = ""
        if actor.location is not None:
            origin = citing(self.dossier, self.across, actor.location, actor.id)
            details.append(
                ("Location", coordinates(actor.location) + notes.cite(origin, actor.location.cite))
            )
            where = locator_map([spot(actor)], key="map", title=f"Map: where {named(actor)} is", min_span=5.0)
        # The kind alone ("A place.") is no glance worth a box: the name and description say as much.
        return (tuple(details) if len(details) > 1 or details[:1] != kind else ()), where

    @staticmethod
    def kind_sentence(actor: Actor) -> str:
        """What the actor is, as the first line of its page says it: "A government body."; a located
        place with the country its point is in, "A place in Kyrgyzstan.", so that a reader need not
        read the map to know which country (not for a place that is that country). A point too near a
        border to tell which side is "A place near the border between Chile and Argentina.",
        one near a coast "A place on or near the coast of Aldria.": "A place." told a reader nothing."""
        if actor.kind is ActorKind.PLACE and actor.location is not None:
            longitude, latitude = float(actor.location.longitude), float(actor.location.latitude)
            names = {name.casefold() for name in (actor.name, *actor.aliases)}
            country = country_at(longitude, latitude)
            if country:
                return (
                    f"A place in {escape(country)}."
                    if country.casefold() not in names
                    else KIND_SENTENCES[actor.kind]
                )
            near = [escape(name) for name in countries_near(longitude, latitude)]
            if any(name.casefold() in names for name in near):
                return KIND_SENTENCES[actor.kind]
            if len(near) == 2:
                return f"A place near the border between {near[0]} and {near[1]}."
            if len(near) > 2:
                return f"A place near the borders of {and_joined(near)}."
            if near:
                return f"A place on or near the coast of {near[0]}."
        return KIND_SENTENCES[actor.kind]

    def involvement(self, actor: Actor) -> str:
        """What ``actor`` does in the story, each part linked to its list further down the page:
        "Makes [two claims](#claims), is the subject of [one claim](#claims-about), gives [one
        figure](#numbers) and appears in [three events](#events)"; "" when the story gives it nothing
        to do. Its relationships are not counted: the section that lists them comes first on the
        page, drawn."""
        xref, key = self.xref, actor.id
        made = sum(1 for c in xref.claims_by_actor.get(key, []) if key in c.claimants)
        parts = [
            (made, "makes", "claim", "claims"),
            (len(xref.claims_about(key)), "is the subject of", "claim", "claims-about"),
            (len(xref.numbers_by_actor.get(key, [])), "gives", "figure", "numbers"),
            (len(xref.events_of(key)), "appears in", "event", "events"),
        ]
        return capitalised(
            and_joined([f"{verb} [{counted(n, noun)}](#{anchor})" for n, verb, noun, anchor in parts if n])
        )

    def place_fact(self, page: str, actor: Actor, notes: Footnotes, unlabelled: Mapping[str, str]) -> Fact:
        """A located place under the map, as a reader can use it: its name, linked, what it is in a
        few words, and when the story's events involve it (earliest first, the first two dates
        linked to their events in the timeline, the rest counted and linked to its page); the source
        of its point on the map last. "Tarnby: 41.28° N, 19.50° E" told a reader nothing the map did
        not, and events' titles ran a place to eight lines on a phone: its page has them all. A place
        the map marks without a label (no room for one) says which point it is: "It is the unlabelled
        point next to Tarnby on the map"."""
        location = actor.location
        assert location is not None
        origin = citing(self.dossier, self.across, location, actor.id)
        text = f"{self.story.actor_link(page, actor)}: {self.story.role(actor, claims=False)}."
        involved = self.xref.events_by_actor.get(actor.id, [])
        events = sorted(involved, key=lambda e: (PartialDate.parse(e.date), e.id))
        if events:
            timeline = urls.section(self.slug, "timeline")
            shown = [
                f"[{when(e.date, e.approximate, e.end_date)}]({href(page, timeline, e.id)})"
                for e in events[:PLACE_EVENTS]
            ]
            rest = len(events) - PLACE_EVENTS
            if rest > 0:
                more = counted(rest, "more event")
                shown.append(f"[{more}]({href(page, urls.actor(self.slug, actor.id), 'events')})")
            # "In the timeline", not "what happened here": an event involves a place it may not be in.
            text += f" In the timeline: {and_joined(shown)}."
        if actor.name in unlabelled:
            beside = unlabelled[actor.name]
            text += f" It is the unlabelled point{f' next to {escape(beside)}' if beside else ''} on the map."
        return Fact(text, notes.cite(origin, location.cite))

    def described(self, actor: Actor, edge: Edge) -> bool:
        """Whether ``actor``'s description, above its relationships, already says ``edge``: a tie
        of belonging (leader, member, employee, part) to a body it names, or a tie of the dossier's
        own relation whose doer and other end it names (``states_its_own_tie``), with no note."""
        if not edge.outgoing or edge.relationship.note:
            return False
        predicate = edge.relationship.predicate
        if predicate in SPEAKS_FOR:
            return names_its_tie(actor, edge.other)
        own = {d.id: d.description for d in self.dossier.meta.predicates if d.id not in PREDICATES}
        return predicate in own and states_its_own_tie(actor, edge.other, own[predicate])

    def edge_facts(
        self, page: str, actor: Actor, edges: list[Edge], notes: Footnotes, noted: set[Target]
    ) -> tuple[Fact, ...]:
        """The sentences of an actor's relationships. Those that say the same thing of several
        actors, with no note, are one sentence: "The mayor is advised by the treasurer, the planning
        officer and the city lawyer", not three that repeat the name and the verb."""
        verbs = self.dossier.vocabulary
        alike: dict[tuple[str, bool], list[Edge]] = {}
        for edge in edges:
            if not edge.relationship.note:
                alike.setdefault((edge.relationship.predicate, edge.outgoing), []).append(edge)
        facts = []
        for edge in edges:
            group = alike.get((edge.relationship.predicate, edge.outgoing), [])
            if edge.relationship.note or len(group) < 2:
                facts.append(self.edge_fact(page, actor, edge, notes, noted))
            elif edge is group[0]:
                noted.update(Target("actor", e.other.id) for e in group)
                verb = relation(edge.relationship.predicate, edge.outgoing, actor, verbs)
                others = and_joined([self.story.actor_link(page, e.other, mid_sentence=True) for e in group])
                cited = [c for e in group for c in e.relationship.cite]
                facts.append(
                    Fact(
                        f"{escape(named(actor, start=True))} {escape(verb)} {others}",
                        notes.cite(self.dossier, cited),
                    )
                )
        return tuple(facts)

    def edge_fact(self, page: str, actor: Actor, edge: Edge, notes: Footnotes, noted: set[Target]) -> Fact:
        """A sentence whose subject is the page's actor: "Aldrian rebels control [the crossing]"."""
        relationship = edge.relationship
        verb = relation(relationship.predicate, edge.outgoing, actor, self.dossier.vocabulary)
        noted.add(Target("actor", edge.other.id))  # linked in the sentence already
        subject = Target("actor", actor.id)
        note = (
            self.prose.inline(relationship.note, page=page, subject=subject, linked=noted)
            if relationship.note
            else ""
        )
        return Fact(
            f"{escape(named(actor, start=True))} {escape(verb)} "
            f"{self.story.actor_link(page, edge.other, mid_sentence=True)}",
            notes.cite(self.dossier, relationship.cite),
            body=note,
        )

    def claim_fact(
        self, page: str, claim: Claim, actor: Actor, notes: Footnotes, *, dated: bool = False
    ) -> Fact:
        """A claim on ``actor``'s page: who makes it, the claim linked, its status; ``dated``, the
        verb in the past with the day it was made ("said on 26 July 2024")."""
        target = href(page, urls.section(self.slug, "claims"), claim.id)
        link = f"[{escape(claim.statement)}]({target})"
        status = f"({status_phrase(claim, self.dossier, page)})"
        if claim.status in CONTESTED and claim.note and settled_by(claim, self.dossier) is None:
            # "(denied by those it is about)" leaves the reader asking who, on the page of the
            # very party that denies it: the note says who holds otherwise, after the claim, as a
            # sentence of its own, under the status's bare word ("Denied: ..."), which a bracket
            # after it said again, the second time without the name ("the army denies it. (denied
            # by those it is about)"). Unlinked: a link at its start would sit beside the claim's own
            # ("[The claim.] [The ministry] says ..."), and the claims page links its names.
            unlinked = {Target("actor", a.id) for a in self.dossier.actors}
            unlinked |= {Target("term", t.id) for t in self.dossier.terms}
            note = self.prose.inline(claim.note, page=page, linked=unlinked)
            status = f"{STATUS_WORDS[claim.status].heading}: {note}"
        if claim.unattributed:
            text = f"{said_by_no_one_named(escape(claim.statement), target)} {status}"
        else:
            names, speakers = joint_names(
                self.dossier,
                [self.dossier.actor_by_id[i] for i in claim.claimants],
                lambda a, n: (
                    escape(named(a, start=n == 0))
                    if a.id == actor.id
                    else self.story.actor_link(page, a, start=n == 0, mid_sentence=n > 0)
                ),
            )
            verb = (said_claim if dated else says_claim)(claim, speakers, self.dossier)
            text = f"{names} {verb}: {link} {status}"
        return Fact(text, notes.cite(self.dossier, claim.cite))

    def relationships(self) -> RelationshipsView:
        page = urls.section(self.slug, "relationships")
        notes = Footnotes(page)
        relationships = self.dossier.relationships
        by_id = self.dossier.actor_by_id
        graph = ""
        ordered = sorted(relationships, key=lambda r: (by_id[r.subject].name.casefold(), r.id))
        if 0 < len(relationships) <= TIES_IN_SENTENCES:
            told = tuple(self.tie_told(page, r, notes) for r in ordered)
            return RelationshipsView(
                title=SECTION_TITLES["relationships"],
                # "One tie links both named in the story:" and the tie.
                intro=self.ties_told(page).removesuffix(".") + ":",
                told=told,
                footnotes=tuple(notes.definitions),
                part_of=self.story.part_of(page),
            )
        if 0 < len(relationships) <= MAX_EDGES:
            involved = {r.subject for r in relationships} | {r.object for r in relationships}
            graph = svg_graph(
                [a for a in self.dossier.actors if a.id in involved],
                relationships,
                key="graph",
                vocabulary=self.dossier.vocabulary,
            )
        rows = tuple(
            Row(
                anchor=r.id,
                subject=self.story.actor_link(page, by_id[r.subject], start=True),
                verb=escape(relation(r.predicate, True, by_id[r.subject], self.dossier.vocabulary)),
                object=self.story.actor_link(page, by_id[r.object], mid_sentence=True),
                note=self.prose.inline(r.note, page=page) if r.note else "",
                cite=notes.cite(self.dossier, r.cite),
            )
            for r in ordered
        )
        return RelationshipsView(
            title=SECTION_TITLES["relationships"],
            intro=self.ties_told(page),
            graph=graph,
            too_many=len(relationships) if len(relationships) > MAX_EDGES else 0,
            rows=rows,
            footnotes=tuple(notes.definitions),
            part_of=self.story.part_of(page),
        )

    def tie_told(self, page: str, relationship: Relationship, notes: Footnotes) -> str:
        """One tie as a sentence, with the anchor other pages link to: "Ana Lima is a leader of the
        harbour union." then its note and its markers."""
        by_id = self.dossier.actor_by_id
        subject, other = by_id[relationship.subject], by_id[relationship.object]
        verb = escape(relation(relationship.predicate, True, subject, self.dossier.vocabulary))
        names = (
            self.story.actor_link(page, subject, start=True),
            self.story.actor_link(page, other, mid_sentence=True),
        )
        sentence = f"{names[0]} {verb} {names[1]}."
        if relationship.note:
            sentence += " " + self.prose.inline(relationship.note, page=page)
        return f'<span id="{relationship.id}"></span>{sentence}{notes.cite(self.dossier, relationship.cite)}'

    def ties_told(self, page: str) -> str:
        """The relationships page's first line: "15 ties link 17 of the 21 named in the story; Mira
        Roan has the most, five." The one with most ties is named only when one actor has
        more than any other and more than one."""
        relationships, actors = self.dossier.relationships, self.dossier.actors
        if not relationships:
            return ""
        ties: dict[str, int] = {}
        for r in relationships:
            for actor_id in {r.subject, r.object}:
                ties[actor_id] = ties.get(actor_id, 0) + 1
        verb = "links" if len(relationships) == 1 else "link"
        if len(ties) < len(actors):
            linked = f"{in_words(len(ties))} of the {in_words(len(actors))} named in the story"
        else:
            linked = (
                "both named in the story"
                if len(ties) == 2
                else f"all {in_words(len(ties))} named in the story"
            )
        text = f"{capitalised(counted(len(relationships), 'tie'))} {verb} {linked}"
        most = sorted(ties.values(), reverse=True)
        if most[0] > 1 and (len(most) == 1 or most[0] > most[1]):
            top = next(a for a in actors if ties.get(a.id) == most[0])
            name = self.story.actor_link(page, top, mid_sentence=True)
            has = "have" if is_plural(top) else "has"
            text += f"; {name} {has} the most, {in_words(most[0])}"
        return text + "."
