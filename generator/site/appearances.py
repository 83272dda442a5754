"""Links between the stories of a site: an actor's other stories, and a dossier's thread.

A shared actor's page shows, for each other story it appears in (in reading order), that story's
title, what it says about the actor (its role there), where that story stands beside this one and
when its events happened, and a glance at the relationships, numbers, claims and events the actor
is in, each linking to the fact in that story.
"""

from __future__ import annotations

import re

from generator.format.dates import PartialDate
from generator.format.dossier import Appearance, Dossier
from generator.format.mentions import Target
from generator.format.model import Actor, Claim, Event, Number
from generator.site import quantities, urls
from generator.site.across import Across
from generator.site.against import against
from generator.site.alternatives import or_alternative
from generator.site.crossref import CrossReference, Edge
from generator.site.grammar import caption, named, relation, tells_nothing
from generator.site.joint import joint_names
from generator.site.markup import escape, href, plain
from generator.site.statuses import said_by_no_one_named, says_claim, status_phrase
from generator.site.threads import first_sentence
from generator.site.views import Fact, Story, capitalised, date_range, day, in_words, joined, when

# Facts shown per other story; the rest are on the actor's page in that story.
GLANCE = 12
# Other stories shown on an actor's page: the nearest to this one in reading order. An actor of a
# publication (a country, a ministry) may appear in hundreds of stories; each page stays the same size
# however many, and the site's index of people lists them all.
NEAREST = 4


def nearest(across: Across, dossier: Dossier, actor_id: str) -> tuple[tuple[Appearance, ...], int]:
    """The actor's other stories nearest to this one in reading order (shown in reading order), and
    how many others there are besides."""
    seen = {a.slug: a for a in dossier.appearances.get(actor_id, ())}
    shown = across.nearest(dossier.slug, seen, NEAREST)
    return tuple(seen[slug] for slug in shown), len(seen) - len(shown)


def more_stories(count: int, page: str, listed: str = urls.PEOPLE) -> str:
    """ "and 3 more stories", linking to the page of the site's index of people that lists every
    story the actor appears in (``listed``), or "" for none."""
    if count <= 0:
        return ""
    return f"[{count} more {'story' if count == 1 else 'stories'}]({href(page, listed)})"


def listed(across: Across, dossier: Dossier, actor_id: str) -> str:
    """The page of the index of people that lists every story the actor appears in."""
    return across.listed.get((dossier.slug, actor_id), urls.PEOPLE)


def other_stories(across: Across, dossier: Dossier, actor_id: str, page: str) -> str:
    """Markdown links to the actor's pages in the site's nearest other dossiers (and how many more),
    or "" when it has none."""
    shown, rest = nearest(across, dossier, actor_id)
    links = [f"[{escape(seen.title)}]({href(page, urls.actor(seen.slug, seen.actor_id))})" for seen in shown]
    more = more_stories(rest, page, listed(across, dossier, actor_id))
    return joined([*links, more] if more else links)


# How the lines under a story's summary name the stories of its thread.
THREAD_LABELS = {"Previously": "Previously", "Next": "What happened next"}
BEGAN = "Where it began"


def thread_links(dossier: Dossier, page: str, across: Across | None = None) -> tuple[Fact, ...]:
    """The thread on the first screen, each a label (``text``) and what follows it (``body``).
    "Previously" links the story this one follows and says, in the first sentence of its summary,
    what happened there: a reader who arrives at a later story learns what came before, not only a
    title. "Where it began", above it, links the story the thread starts with, when that is not the
    one before (read from ``across``), by its title alone: two summaries ran eight lines on a phone
    before the doubts and the questions, and a story's title says what happened in it. "What
    happened next" links each story that follows, so a reader of an older story learns at once that
    it has a sequel (the section "What happened next", further down, says what each is about).
    A summary that already says what came before ("after the fall of the port in March") is not
    followed by the earlier story's own first sentence: the first screen said the one event three
    times, in the summary, the title linked and its gist."""
    facts: list[Fact] = []
    for link in sorted(dossier.thread, key=lambda link: link.label != "Previously"):
        if link.label not in THREAD_LABELS:
            continue
        told = f"[{escape(link.title)}]({href(page, urls.overview(link.slug))})"
        if link.label == "Previously":
            facts.extend(_beginning(dossier, page, across))
            told_before = names_story(dossier.meta.summary, link.title, dossier.meta.title)
            gist = "" if told_before else link.summary
            facts.append(Fact(THREAD_LABELS[link.label], body=_with_gist(told, gist)))
        else:
            facts.append(Fact(THREAD_LABELS[link.label], body=told))
    return tuple(facts)


# Words of a title too common to show that a summary names its story ("the", "and", "with").
_TITLE_WORD = re.compile(r"[\w,.']*\d[\w,.']*|[^\W\d_]{4,}")


def _title_words(text: str) -> set[str]:
    return {w.casefold().removesuffix("'s").rstrip(",.") for w in _TITLE_WORD.findall(text)}


def names_story(summary: str, title: str, own_title: str) -> bool:
    """Whether ``summary`` names the story ``title`` heads: most of the title's words of four letters
    or more, and every figure it holds, are in the summary ("after the fall of the port in March"
    names "The fall of the port and the end of the siege"). Words the summary's own story has in its
    title (``own_title``) are the thread's subject, which every story names, and are not counted: "Two
    days after the Harlow Bank failed" does not name "Harlow Bank fails after a run on its deposits"'s
    run."""
    wanted = _title_words(title) - _title_words(own_title)
    found = wanted & _title_words(plain(summary))
    figures = {w for w in wanted if any(c.isdigit() for c in w)}
    return bool(wanted) and figures <= found and 2 * len(found) > len(wanted)


def _with_gist(told: str, summary: str) -> str:
    """A linked title and the first sentence of its story's summary: "[Title](...): It began ..."."""
    return f"{told}: {escape(first_sentence(plain(summary)))}" if summary else told


def _beginning(dossier: Dossier, page: str, across: Across | None) -> tuple[Fact, ...]:
    """ "Where it began" for a story two or more stories into its thread: the thread's first story,
    linked by its title; from the fourth story on, how far back it is."""
    if across is None:
        return ()
    seen, chain = {dossier.slug}, []
    follows = dossier.meta.follows
    while follows is not None and follows not in seen and follows in across.xrefs:
        seen.add(follows)
        earlier = across.xrefs[follows].dossier
        chain.append(earlier)
        follows = earlier.meta.follows
    if len(chain) < 2:
        return ()
    first = chain[-1]
    told = f"[{escape(first.meta.title)}]({href(page, urls.overview(first.slug))})"
    if len(chain) > 2:
        told += f", {in_words(len(chain))} stories before this one"
    return (Fact(BEGAN, body=told),)


def next_stories(dossier: Dossier, page: str) -> tuple[Fact, ...]:
    """Each story that follows this one: its title, linked, and the first sentence of its summary."""
    return tuple(
        Fact(
            f"**[{escape(link.title)}]({href(page, urls.overview(link.slug))})**"
            + (f": {escape(first_sentence(plain(link.summary)))}" if link.summary else "")
        )
        for link in dossier.thread
        if link.label == "Next"
    )


# How an actor's page names another story of its thread (``follows:``), before that story's dates.
THREAD_PLACES = {"Previously": "The story before this one", "Next": "The story after this one"}
# A story of the same thread further off: without a word, the first story of a thread read, on the
# third's pages, as a story of another thread.
EARLIER, LATER = "An earlier story of this thread", "A later story of this thread"


def thread_places(across: Across, dossier: Dossier) -> dict[str, str]:
    """Where each other story of ``dossier``'s thread stands beside it, by slug: the one before and
    the one after (``THREAD_PLACES``), then those further back and further on (read from ``across``)."""
    places = {link.slug: THREAD_PLACES[link.label] for link in dossier.thread if link.label in THREAD_PLACES}
    for label, far in (("Previously", EARLIER), ("Next", LATER)):
        seen = {dossier.slug}
        step = [link.slug for link in dossier.thread if link.label == label]
        while step:
            slug = step.pop()
            if slug in seen or slug not in across.xrefs:
                continue
            seen.add(slug)
            places.setdefault(slug, far)
            step.extend(link.slug for link in across.xrefs[slug].dossier.thread if link.label == label)
    return places


def story_dates(xref: CrossReference, place: str = "") -> str:
    """Where another story stands beside this one and when its events happened: "The story before
    this one; its events: 2 March to 9 August 2019". A story of another thread says only
    its events ("Its events: ..."); one without events, the day it was published, the only date it
    has. The day a story was published says nothing of the actor, so it is not given beside events."""
    events = xref.events
    if not events:
        published = f"published {day(xref.dossier.meta.published)}"
        return f"{place}, {published}" if place else capitalised(published)
    last = max(events, key=lambda e: PartialDate.parse(e.end_date or e.date))
    first_day, last_day = events[0].date, last.end_date or last.date
    span = when(first_day) if first_day == last_day else date_range(first_day, last_day)
    return f"{place}; its events: {span}" if place else f"Its events: {span}"


def story_by_story(across: Across, dossier: Dossier, actor_id: str, page: str) -> tuple[Story, ...]:
    """What the nearest other stories of the site say about the actor, in reading order."""
    shown, _ = nearest(across, dossier, actor_id)
    places = thread_places(across, dossier)
    return tuple(
        _story(across.xrefs[a.slug], a.actor_id, page, places.get(a.slug, ""))
        for a in shown
        if a.slug in across.xrefs
    )


def _story(xref: CrossReference, actor_id: str, page: str, place: str) -> Story:
    dossier = xref.dossier
    actor = dossier.actor_by_id[actor_id]
    facts = [
        *(
            _relationship(dossier, actor, edge, page)
            for edge in xref.edges_by_actor.get(actor_id, [])
            if not tells_nothing(edge.relationship.predicate, actor, edge.other, dossier.vocabulary)
        ),
        *(_number(dossier, number, page) for number in xref.numbers_by_actor.get(actor_id, [])),
        *(_claim(dossier, claim, page) for claim in xref.claims_by_actor.get(actor_id, [])),
        *(_event(dossier, event, page) for event in xref.events_by_actor.get(actor_id, [])),
    ]
    there = href(page, urls.actor(dossier.slug, actor_id))
    more = ""
    if len(facts) > GLANCE:
        more = f"[{len(facts) - GLANCE} more on its page in that story]({there})"
    return Story(
        title=f"[{escape(dossier.meta.title)}]({there})",
        dates=story_dates(xref, place),
        role=xref.prose.inline(actor.description, page=page, subject=Target("actor", actor_id)),
        facts=tuple(Fact(text) for text in facts[:GLANCE]),
        more=more,
    )


def _relationship(dossier: Dossier, actor: Actor, edge: Edge, page: str) -> str:
    verb = relation(edge.relationship.predicate, edge.outgoing, actor, dossier.vocabulary)
    target = href(page, urls.section(dossier.slug, "relationships"), edge.relationship.id)
    return f"[{escape(named(actor, start=True))} {escape(verb)} {escape(named(edge.other))}]({target})"


def _number(dossier: Dossier, number: Number, page: str) -> str:
    value, separator, counts = caption(number)
    target = href(page, urls.section(dossier.slug, "numbers"), number.id)
    # A penalty is dated by the day it was imposed ("imposed on 28 March 2024"), not "as of" it.
    held = quantities.imposed(dossier, number, after_counts=True) or (
        f"as of {when(number.as_of)}" if number.as_of else ""
    )
    as_of = f" ({held})" if held else ""
    rule = or_alternative(dossier, number, page) + against(dossier, number, page)
    return f"[{escape(value)}]({target}){separator}{escape(counts)}{rule}{as_of}"


def _claim(dossier: Dossier, claim: Claim, page: str) -> str:
    target = href(page, urls.section(dossier.slug, "claims"), claim.id)
    status = f"({status_phrase(claim, dossier, page)})"
    link = f"[{escape(claim.statement)}]({target}) {status}"
    if claim.unattributed:
        return f"{said_by_no_one_named(escape(claim.statement), target)} {status}"
    speakers = [dossier.actor_by_id[i] for i in claim.claimants]
    names, agreeing = joint_names(dossier, speakers, lambda a, n: escape(named(a, start=n == 0)))
    return f"{names} {says_claim(claim, agreeing, dossier)}: {link}"


def _event(dossier: Dossier, event: Event, page: str) -> str:
    target = href(page, urls.section(dossier.slug, "timeline"), event.id)
    return f"{when(event.date, event.approximate, event.end_date)}: [{escape(event.title)}]({target})"
