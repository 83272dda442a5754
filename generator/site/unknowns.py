"""The overview's "What is not known": what is disputed or unconfirmed, drawn from the dossier.

Three kinds of doubt, each shown only when the dossier has some: figures of one quantity that
cannot all be right for the same date or period (a running total at two dates is a series, not a
doubt), claims by status (disputed, denied, not verified, stated by one side only, forecasts,
withdrawn), and figures that only one party to the story gives.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence

from generator.format.conflicts import compare, current
from generator.format.dates import PartialDate
from generator.format.dossier import Dossier
from generator.format.mentions import Target
from generator.format.model import (
    CONTESTED,
    Actor,
    ActorKind,
    Claim,
    ClaimStatus,
    Event,
    Number,
    Qualifier,
    Question,
)
from generator.format.vocabulary import agree
from generator.site import official, urls
from generator.site.citations import Footnotes
from generator.site.clauses import Casing, reported_clause
from generator.site.decisions import deciding
from generator.site.decisions import latest as decided_latest
from generator.site.exchanges import answering
from generator.site.expressions import expressed
from generator.site.grammar import (
    caption,
    counted_article,
    figure,
    gives,
    group_is_plural,
    named,
    running,
    says,
    takes_the,
)
from generator.site.joint import joint_names
from generator.site.markup import escape, href, plain, typographic
from generator.site.quantities import attribution, heading, stated_by
from generator.site.roles import appositive, brief_appositive, judges, lowered, shared_appositive
from generator.site.sequels import closed_claims, settled_claims
from generator.site.shortname import shortened
from generator.site.statuses import (
    ALLEGES,
    NAMING_NO_ONE_AFTER,
    NO_ONE_NAMED_DISPUTES,
    OWN_ACCOUNT,
    OWN_FINDING,
    STATED_BY_MANY,
    STATUS_WORDS,
    UNSETTLED,
    alleged,
    contested,
    made_apart,
    marks_unknown,
    named_rival,
    no_one_named_disputes,
    one_side_makes,
    own_account,
    own_finding,
    said_by_no_one_named,
    said_claim,
    says_claim,
    standing_reason,
    status_heading,
    still_unknown,
    unconfirmed,
    unknown_said_by,
)
from generator.site.story import Story
from generator.site.upcoming import forecast, on_record, reported_ahead, still_ahead, upcoming
from generator.site.views import Fact, Group, and_joined, capitalised, counted, in_words, when

# The kinds of actor that take a side in a story (a government, an armed group, a criminal network):
# a figure that only one of them gives is that side's word. Reporters, researchers and the UN observe,
# and a court rules (``roles.judges``): a verdict's figure is a finding, not a side's word.
PARTIES = {ActorKind.GOVERNMENT_BODY, ActorKind.ARMED_GROUP, ActorKind.CRIMINAL_NETWORK}
# Each list shows at most this many entries and links to the rest.
GLANCE = 8


def not_known(story: Story, page: str, notes: Footnotes, carded: Collection[str] = ()) -> tuple[Group, ...]:
    """The groups of "What is not known", in order; empty when nothing is in doubt. ``carded``: the
    ids of the figures the page's key figures show (each card says when only one side gives it)."""
    # Only who says what is linked here: the claims' own mentions of actors are linked where they
    # are told. A term is linked at its first use in the section: "estimates from sonar surveys" was
    # jargon the overview used nowhere else, and defined nowhere on it.
    dossier = story.dossier
    linked = {Target("actor", a.id) for a in dossier.actors}
    introduced: set[str] = set()  # speakers already told who they are, at their first claim
    # What the story says is not known comes first, whatever its status, and is not told again by
    # status below: a reader who came to ask what is not known read first what is disputed.
    unknown = still_unknown(dossier)
    facts, told = _told_claims(story, page, unknown, notes, linked, introduced)
    groups = [Group(NOT_YET_KNOWN, facts, more=len(unknown) - told), disagreements(story, page, notes)]
    by_status: dict[object, list[Claim]] = {}
    own, doubted = _doubted(dossier, unknown)
    for claim in doubted:
        by_status.setdefault(claim.status, []).append(claim)
    for status in UNSETTLED:
        claims = by_status.get(status, [])
        facts, told = _told_claims(story, page, claims, notes, linked, introduced)
        groups.append(
            Group(
                status_heading(status, claims, dossier.actor_by_id, sides=contested(dossier)),
                facts,
                more=len(claims) - told,
            )
        )
        if status is ClaimStatus.STATED:
            # Their own account of themselves, their act or their reason, apart from what one side
            # says of others: no other source could confirm a decision-maker's reason.
            # Researchers' findings from their own study come apart: no account of their conduct.
            for words, these in (
                (OWN_FINDING, [c for c in own if own_finding(c, dossier)]),
                (OWN_ACCOUNT, [c for c in own if not own_finding(c, dossier)]),
            ):
                facts, told = _told_claims(story, page, these, notes, linked, introduced)
                groups.append(Group(words.heading, facts, more=len(these) - told))
    groups.append(one_side(story, page, notes, carded))
    groups.append(forecast_figures(story, page, notes))
    shown = [group for group in groups if group.facts]
    if warned_above(dossier) and len(shown) > 1:
        # "What may happen next" says every warning on the first screen, with the same notes: not
        # again here, unless the warnings are all this section holds.
        heading = status_heading(
            ClaimStatus.FORECAST,
            by_status.get(ClaimStatus.FORECAST, []),
            dossier.actor_by_id,
            sides=contested(dossier),
        )
        shown = [group for group in shown if group.title != heading]
    return tuple(shown)


def _told_claims(
    story: Story, page: str, claims: list[Claim], notes: Footnotes, linked: set[Target], introduced: set[str]
) -> tuple[tuple[Fact, ...], int]:
    """The facts that tell ``claims`` (of one group) in a glance of at most ``GLANCE`` entries, and
    how many claims they tell. Two disputed claims that answer each other (``exchanges.answering``)
    are one entry, the first then its answer, without the notes that gave each the other's words."""
    apart = dated_apart(claims)
    answers = answering(claims)
    answered = {answer.id for answer in answers.values()}
    facts: list[Fact] = []
    told = 0
    for claim in claims:
        if len(facts) == GLANCE:
            break
        if claim.id in answered:
            continue
        answer = answers.get(claim.id)
        fact = claim_fact(
            story, page, claim, notes, linked, introduced, dated=claim.id in apart, noted=answer is None
        )
        told += 1
        if answer is not None:
            second = claim_fact(
                story, page, answer, notes, linked, introduced, dated=answer.id in apart, noted=False
            )
            fact = Fact(f"{fact.text}{fact.cite} {second.text}", second.cite)
            told += 1
        facts.append(fact)
    return tuple(facts), told


def _doubted(dossier: Dossier, unknown: Collection[Claim]) -> tuple[list[Claim], list[Claim]]:
    """The claims "What is not known" tells besides what is not yet known (``unknown``), as
    ``not_known`` groups them and ``not_known_intro`` names them: their makers' own accounts, then
    the rest by status. Neither holds a forecast a later event overtook, a dispute it decided, nor
    what one side said of a question the story has since closed (``sequels.closed_claims``): the
    page tells them, dated; nor a standing decision's ground, which stands with the decision
    (``standing_reason``); nor a feeling or a courtesy, no fact to confirm (``expressed``)."""
    settled = closed_claims(dossier)
    reasons = [claim for claim in dossier.claims if standing_reason(claim, dossier)]
    apart = [*settled, *reasons, *unknown]
    own = [claim for claim in dossier.claims if own_account(claim, dossier) and claim not in apart]
    shown = [
        claim for claim in dossier.claims if claim not in own and claim not in apart and not expressed(claim)
    ]
    return own, shown


def warned_above(dossier: Dossier) -> bool:
    """Whether "What may happen next", on the first screen, says each of the story's warnings."""
    forecasts = len(still_ahead(dossier))
    going = sum(1 for event in dossier.events if event.ongoing)
    shown = next_glance(going, len(upcoming(dossier, list(dossier.events))), forecasts)[2]
    return 0 < forecasts == shown


# The heading of the claims that say something is not known (``statuses.still_unknown``), which open
# "What is not known".
NOT_YET_KNOWN = "Not yet known"
# What "What is not known" holds, counted in a line under the summary: the claims by status.
UNSETTLED_WORDS = {
    ClaimStatus.DISPUTED: ("disputed claim", "disputed claims"),
    ClaimStatus.DENIED: ("denied claim", "denied claims"),
    ClaimStatus.UNVERIFIED: ("claim not verified", "claims not verified"),
    ClaimStatus.STATED: ("claim no one else confirms", "claims no one else confirms"),
    ClaimStatus.FORECAST: ("warning of what may happen", "warnings of what may happen"),
    ClaimStatus.RETRACTED: ("withdrawn claim", "withdrawn claims"),
}
# Claims that say something is not known (``NOT_YET_KNOWN``), counted in that line.
UNKNOWN_WORDS = ("thing not yet known", "things not yet known")
# Claims that only their makers state, after "two claims": one side's word, else several makers'.
ONE_SIDE_DOUBT = "only one side makes"
NO_OTHER_DOUBT = "no one else confirms"
# Figures that only their giver states, in a story with no sides.
NO_OTHER_GIVES = "no other source gives"


def still_open(story: Story, page: str = "", *, glance: bool = False) -> str:
    """What "What is not known" holds, in a line that a reader meets under the summary, on the
    first screen, before the questions. A claim another source disputes, or that its subject denies
    (where no figures disagree, else one no one has checked or only its makers state), is the main
    doubt: its first words, linked to it, and who says it ("[All 60 warehouses of the
    Dravan depot were demolished by 3 April 2024](...), says the Aldrian army; another
    source disputes it."); the rest is counted after "Also in doubt:": "differing figures for people
    evacuated, one denied claim and two figures only one side gives", what the story says is not
    known first, whatever its status ("one thing not yet known ([its first words](...)), from the
    inspectors"; ``statuses.still_unknown``). "" when nothing is in doubt.
    Warnings are not counted here: ``what_may_happen`` says them on the next line. A story whose
    only doubt is a forecast says nothing here when that line tells one ("whether the forecasts
    below come true" told a reader nothing), else names the first (``_forecast_doubt``).
    Claims and figures that rest on one side's word name whose word ("two claims only the [army]
    makes"): "only one side" alone left a reader asking which side. ``glance``: on the first screen,
    after the main doubt, the rest is only counted (``_whose``); the timeline's "Where things stand",
    at the foot of its page, names them as well."""
    dossier = story.dossier
    parts = []
    disagreeing = _disagreeing_sets(dossier)
    main = main_doubt(dossier, disagreeing)
    # The other side's claim against it, told with it, is not counted again after it.
    rival = rival_claim(dossier, main) if main is not None else None
    # On the first screen, figures that disagree lead where no claim is contested: "differing figures
    # for X; one claim not verified (...), from an unnamed source; and six claims no one else confirms,
    # from unnamed sources, A and B" ran to seven lines on a phone, with no one doubt first.
    lead = _disagreeing_lead(dossier, page, disagreeing) if glance and main is None and disagreeing else ""
    if disagreeing and not lead:
        parts.append(_disagreeing(dossier, page, disagreeing))
    # After the main doubt, told with who says it and why in doubt, the rest is only counted.
    brief = glance and (main is not None or bool(lead))
    # What the brief line counts, of claims and of figures one side gives; differing figures are named.
    rest = [0, 0]
    named_sets = list(parts)
    # The dispute the story's open question took the lead from is named after it, not only counted:
    # the first screen still says what the sides contest.
    displaced = _displaced(dossier, main, disagreeing) if brief else None
    if displaced is not None:
        named_sets.append(_named_doubt(dossier, page, displaced))
        rest[0] -= 1
    linked: set[str] = set()  # the sides named so far, each linked once in the line
    settled = closed_claims(dossier)
    # What the story says is not known, counted first and as such, as "What is not known" opens with it.
    unknown = still_unknown(dossier)
    unknown_rest = [claim for claim in unknown if claim is not main and claim is not rival]
    if unknown_rest:
        rest[0] += len(unknown_rest)
        other = "other " if main in unknown else ""
        which = _which_claim(dossier, page, unknown_rest[0]) if len(unknown_rest) == 1 else ""
        things = (f"{other}{UNKNOWN_WORDS[0]}", f"{other}{UNKNOWN_WORDS[1]}")
        makers = _makers(dossier, unknown_rest)
        parts.insert(
            0, _whose(story, page, len(unknown_rest), things, "", makers, MAKES, linked, which, brief=brief)
        )
    for status in UNSETTLED:
        # A side's own account of itself or its reasons is no doubt to lead with: "What is not
        # known" lists it, as theirs. A dispute an event settled is in doubt no longer.
        claims = [
            claim
            for claim in dossier.claims
            if claim.status is status
            and claim is not main
            and claim is not rival
            and claim not in settled
            and claim not in unknown
            and not own_account(claim, dossier)
            and not expressed(claim)
        ]
        if claims and status is not ClaimStatus.FORECAST:
            rest[0] += len(claims)
            # Not "other" after a main doubt counted with what is not yet known, not by its status.
            other = "other " if main is not None and status is main.status and main not in unknown else ""
            # One claim of its kind is named, its first words linked: "one claim not verified" left
            # a reader asking which until they scrolled to "What is not known".
            which = _which_claim(dossier, page, claims[0]) if len(claims) == 1 else ""
            if status is ClaimStatus.STATED:
                # Worded as the group's heading below is: "only one side" while no claim has two makers.
                heading = status_heading(status, claims, dossier.actor_by_id, sides=contested(dossier))
                one_maker = heading == STATUS_WORDS[status].heading
                things = (f"{other}claim", f"{other}claims")
                doubt = ONE_SIDE_DOUBT if one_maker else NO_OTHER_DOUBT
                makers = _makers(dossier, claims)
                parts.append(
                    _whose(story, page, len(claims), things, doubt, makers, MAKES, linked, which, brief=brief)
                )
            else:
                # "one claim not verified, from the army": whose word it is, as for the claims above.
                singular, plural = UNSETTLED_WORDS[status]
                things = (f"{other}{singular}", f"{other}{plural}")
                makers = _makers(dossier, claims)
                parts.append(
                    _whose(story, page, len(claims), things, "", makers, MAKES, linked, which, brief=brief)
                )
    figures = one_side_figures(dossier)
    if figures:
        rest[1] += len(figures)
        sides = list({actor.id: actor for actor, _ in figures}.values())
        things = ("figure", "figures")
        # In a story with no sides (``sided``), worded as its claims are: "one figure no other source
        # gives, from the bank", not "only one side gives".
        doubt = "only one side gives" if sided(dossier) else NO_OTHER_GIVES
        # A few are named by their values and what they count: "two figures no other source gives,
        # from [the institute]" left a reader asking which two, and why they were in doubt.
        named_figures = [n for _, n in figures] if len(figures) <= FIGURES_NAMED else []
        which = _which_figures(dossier, page, named_figures) if named_figures else ""
        parts.append(
            _whose(
                story, page, len(figures), things, doubt, sides, ("gives", "give"), linked, which, brief=brief
            )
        )
    if main is not None or lead:
        told = _main_doubt(dossier, page, main, rival) if main is not None else lead
        if brief:
            return f"{told}. {_more_in_doubt(named_sets, *rest, apart=displaced is not None)}"
        # "Also differing figures for X and two claims ..." has no verb: a label makes it read.
        return f"{told}. Also in doubt: {_listed(parts)}" if parts else told
    forecasts = still_ahead(dossier)
    if parts or not forecasts:
        told = _listed(parts)
    elif forecasts_told_next(story):
        # "Still in doubt: whether the forecasts below come true" told a reader nothing: the line
        # after it says the forecasts themselves, with who makes them.
        return ""
    else:
        told = _forecast_doubt(story, page, forecasts)
    return f"{told}. {NOT_KNOWN_LINK}" if glance and told else told


# On the overview, "What is not known" is on the same page, further down.
NOT_KNOWN_LINK = "[What is not known](#what-is-not-known)"


def _displaced(dossier: Dossier, main: Claim | None, disagreeing: list[list[Number]]) -> Claim | None:
    """The disputed or denied claim that would lead "Still in doubt" but for the story's open
    question (``open_question``), which leads instead; None when the open question does not lead
    or nothing is contested."""
    if main is None or main is not open_question(dossier):
        return None
    contested_lead = by_status(dossier, disagreeing)
    return contested_lead if contested_lead is not None and contested_lead.status in CONTESTED else None


def _named_doubt(dossier: Dossier, page: str, claim: Claim) -> str:
    """ "[A claim's first words](its place on the claims page), alleges <who>", after the open
    question that leads "Still in doubt"."""
    target = href(page, urls.section(dossier.slug, "claims"), claim.id)
    return f"[{escape(_gist(claim.statement))}]({target}), {escape(_said_by(dossier, claim))}"


def _more_in_doubt(named_sets: list[str], claims: int, figures: int, *, apart: bool = False) -> str:
    """After the first screen's main doubt, the rest: figures that differ, named ("differing figures
    for [people missing](...)"), then the claims and figures one side gives, only counted, as one
    link to "What is not known": "Also in doubt: [two more claims and 11 figures](#what-is-not-known)."
    Each counted with why in doubt and whose word it is ("one other disputed claim and one claim
    only the [harbour office] makes; and three figures only one side gives") ran a tally of three
    lines on a phone that told a newcomer nothing the section a tap away does not tell better.
    Just the link when nothing more is in doubt."""
    counts = []
    if claims:
        counts.append(f"{in_words(claims)} more {'claim' if claims == 1 else 'claims'}")
    if figures:
        more = "" if claims else "more "
        counts.append(f"{in_words(figures)} {more}{'figure' if figures == 1 else 'figures'}")
    if not counts:
        if not named_sets:
            return NOT_KNOWN_LINK
        joined = "; and ".join(named_sets) if apart else and_joined(named_sets)
        return f"Also in doubt: {joined}. {NOT_KNOWN_LINK}"
    link = f"[{and_joined(counts)}](#what-is-not-known)"
    if apart:
        # A claim named with who makes it holds a comma of its own ("..., alleges the county"):
        # semicolons part the items.
        return f"Also in doubt: {'; '.join(named_sets)}; and {link}."
    # The link's own "and" ends the list: "differing figures for X, five more claims and two figures".
    told = ", ".join([*named_sets, link]) if len(counts) > 1 else and_joined([*named_sets, link])
    return f"Also in doubt: {told}."


def forecasts_told_next(story: Story) -> bool:
    """Whether "What may happen next", the line after "Still in doubt", tells at least one of the
    story's forecasts (it tells a few things to come, of every kind, ``next_glance``)."""
    dossier = story.dossier
    going = len(under_way(story))
    ahead = len(upcoming(dossier, story.xref.events))
    return next_glance(going, ahead, len(still_ahead(dossier)))[2] > 0


def _forecast_doubt(story: Story, page: str, forecasts: Sequence[Claim]) -> str:
    """The doubt of a story whose only doubt is its forecasts, when "What may happen next" tells
    none of them: the first, linked, with who makes it ("[Repairs could take years](...), says the
    Red Cross; whether it comes true is not yet known"), and how many more. Warnings are called
    forecasts: what is said to come may be an assurance ("no losses will fall on taxpayers")."""
    dossier = story.dossier
    first = forecasts[0]
    target = href(page, urls.section(dossier.slug, "claims"), first.id)
    who = escape(_said_by(dossier, first))
    told = f"[{escape(_gist(first.statement))}]({target}), {who}; whether it comes true is not yet known"
    more = len(forecasts) - 1
    if more:
        told += f". Also in doubt: {counted(more, 'more forecast', 'more forecasts')}"
    return told


# A claim named in brackets after its count is cut to this many words: the line is a glance.
WHICH_WORDS = 14


def _which_claim(dossier: Dossier, page: str, claim: Claim) -> str:
    """ " ([its first words](its place on the claims page))", after "one claim not verified"."""
    target = href(page, urls.section(dossier.slug, "claims"), claim.id)
    return f" ([{escape(_gist(claim.statement, WHICH_WORDS))}]({target}))"


# How many figures one side alone gives are named in the line, each by its value and what it counts.
FIGURES_NAMED = 2


def _which_figures(dossier: Dossier, page: str, numbers: Sequence[Number]) -> str:
    """ " ([2 million to 3 million tonnes of grain stored](its place on the numbers page))", after
    "one figure only the harbour office gives"; two apart by a semicolon, as a caption may hold a
    comma and an "and" of its own ("$2 million a year, the cost of the ferry and the bridge")."""
    told = []
    for number in numbers:
        value, joint, counts = caption(number)
        target = href(page, urls.section(dossier.slug, "numbers"), number.id)
        told.append(f"[{escape(typographic(value + joint + counts))}]({target})")
    return f" ({'; '.join(told)})"


def main_doubt(dossier: Dossier, disagreeing: list[list[Number]] | None = None) -> Claim | None:
    """The claim "Still in doubt" tells first, by its words and who says it: the story's main open
    question (``open_question``); else one another source disputes or those it concerns deny
    (``by_status``). None when there is none. ``disagreeing``: the sets of figures that disagree,
    when already found."""
    asked = open_question(dossier)
    return asked if asked is not None else by_status(dossier, disagreeing)


def by_status(dossier: Dossier, disagreeing: list[list[Number]] | None = None) -> Claim | None:
    """The claim "Still in doubt" tells first where the story marks no open question: one another
    source disputes or those it concerns deny; where no figures disagree, else one no one has
    checked or only its makers state. None when there is none."""
    if disagreeing is None:
        disagreeing = _disagreeing_sets(dossier)
    # Figures that disagree are a deeper doubt than a claim no one else confirms: named first.
    order = CONTESTED_ORDER if disagreeing else (*CONTESTED_ORDER, *UNCONFIRMED_ORDER)
    settled = closed_claims(dossier)
    for status in order:
        claims = [
            c
            for c in dossier.claims
            if c.status is status and c not in settled and not own_account(c, dossier) and not expressed(c)
        ]
        if claims:
            return latest(claims)
    return None


# The statuses of a claim that can say what is still open: not a forecast, a view or a withdrawn word.
OPEN_STATUSES = frozenset(
    {
        ClaimStatus.ESTABLISHED,
        ClaimStatus.CONFIRMED,
        ClaimStatus.STATED,
        ClaimStatus.UNVERIFIED,
        ClaimStatus.DISPUTED,
        ClaimStatus.DENIED,
    }
)


def open_question(dossier: Dossier) -> Claim | None:
    """The story's main open question, where its data marks one: the first claim, in the order of
    the key questions that rest on it, that says something is not known (``marks_unknown``) and
    that no later event closed. A key question that asks what is not known answers with it, and
    the story records that it is open (a board's "we do not know who did the work", confirmed):
    "Still in doubt" led with a dispute of less weight while the question every reader asks sat
    only in a key question further down. None when no key question rests on such a claim."""
    settled = closed_claims(dossier)
    for question in dossier.questions:
        for claim_id in question.claims:
            claim = dossier.claim_by_id.get(claim_id)
            if (
                claim is not None
                and claim.status in OPEN_STATUSES
                and marks_unknown(claim)
                and claim not in settled
            ):
                return claim
    return None


def latest(claims: Sequence[Claim]) -> Claim:
    """The claim of ``claims`` made last, the first of them when none is dated (or for a tie): in a
    story that moves through stages, the doubt still open is the latest one. A defence's case at a
    trial, disputed before the verdict, led a line under a summary that says the appeal is pending;
    the appeal's own dispute is what is in doubt now. An undated claim is taken as older than any
    dated one: nothing says it is still open."""
    dated = [c for c in claims if c.date]
    if not dated:
        return claims[0]
    return max(dated, key=lambda c: _day_key(c.date or ""))


# How long before the latest forecast one was made for it to be overtaken: forecasts of one season
# are one word on what comes next, told in the dossier's order.
OVERTAKEN_DAYS = 90


def latest_first(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` in the dossier's order, but those made more than ``OVERTAKEN_DAYS`` before the
    latest of them after the rest, the later of them first; undated ones last, as older than any
    dated one (``latest``). What may happen next is the latest word on it: a minister's forecast of
    a year before, listed first, took the first screen's line from a plan announced last month."""
    days = {id(c): _earliest_day(c.date) for c in claims if c.date}
    if not days:
        return list(claims)
    newest = max(days.values())

    def order(claim: Claim) -> tuple[bool, int]:
        day = days.get(id(claim))
        if day is None:
            return True, 0
        overtaken = (newest - day).days > OVERTAKEN_DAYS
        return overtaken, -day.toordinal() if overtaken else 0

    return sorted(claims, key=order)


def _earliest_day(date: str) -> dt.date:
    day = PartialDate.parse(date)
    return dt.date(day.year, day.month or 1, day.day or 1)


def _day_key(date: str) -> tuple[int, int, int]:
    """A claim's date in an order: a month or a year alone sorts before its days."""
    day = PartialDate.parse(date)
    return day.year, day.month or 0, day.day or 0


def _disagreeing_sets(dossier: Dossier) -> list[list[Number]]:
    """The figures of each quantity, where some of them cannot all be right."""
    by_quantity: dict[str, list[Number]] = {}
    for number in dossier.numbers:
        if number.quantity:
            by_quantity.setdefault(number.quantity, []).append(number)
    return [numbers for numbers in by_quantity.values() if compare(numbers).conflicts]


# "makes" after one maker, "make" after a group ("only the owners make").
MAKES = ("makes", "make")
# Up to this many makers of claims, or givers of figures, are named on the first screen; more are
# counted ("from five sides"), each named in "What is not known" a tap away.
SIDES_NAMED = 3


def _makers(dossier: Dossier, claims: list[Claim]) -> list[Actor | None]:
    """The makers of ``claims`` in the order they first make one; None for reports naming no one."""
    makers: dict[str, Actor | None] = {}
    for claim in claims:
        if claim.unattributed or not claim.claimants:
            makers.setdefault("", None)
        for actor_id in claim.claimants:
            makers.setdefault(actor_id, dossier.actor_by_id[actor_id])
    return list(makers.values())


def _whose(
    story: Story,
    page: str,
    count: int,
    things: tuple[str, str],
    doubt: str,
    sides: Sequence[Actor | None],
    verb: tuple[str, str],
    linked: set[str],
    which: str = "",
    *,
    brief: bool = False,
) -> str:
    """Claims or figures counted with whose word they are: "two claims only the [army] makes" when
    one side is their only maker (``doubt`` names "only one side"), else "three claims no one else
    confirms, from [John Key] and unnamed sources"; past ``SIDES_NAMED`` sides, "from five sides".
    ``things``: the singular and plural nouns; ``verb``: its forms after one side and after several;
    ``linked``: the ids of the sides the line has linked already (named again as plain text);
    ``which``: the one claim or figure counted, named in brackets before whose word it is;
    ``brief``: after the main doubt, counted only, with whose word it is where one side's alone:
    "two other disputed claims, from A and B; and one claim only C make (its first words)" ran the
    line to six lines on a phone, and "What is not known", a tap away, names each."""

    def name(side: Actor) -> str:
        if side.id in linked:
            return escape(named(story.short(side)))
        linked.add(side.id)
        return story.actor_link(page, side, mid_sentence=True, short=True)

    thing = things[0] if count == 1 else things[1]
    if brief:
        which = ""
    # One giver is named as the one: "two figures only [the institute] gives", where "two figures no
    # other source gives, from [the institute]" put who gives them after why they are in doubt.
    one = doubt.startswith("only one side") or doubt == NO_OTHER_GIVES
    if len(sides) == 1 and (side := sides[0]) is not None and one:
        return (
            f"{in_words(count)} {thing} only {name(side)} {verb[1] if group_is_plural([side]) else verb[0]}"
            + which
        )
    told = f"{in_words(count)} {thing} {doubt}".rstrip() + which
    if brief:
        return told
    if len(sides) > SIDES_NAMED:
        return f"{told}, from {in_words(len(sides))} sides"
    unnamed = "an unnamed source" if count == 1 else "unnamed sources"
    return f"{told}, from {and_joined([name(side) if side else unnamed for side in sides])}"


def _listed(parts: list[str]) -> str:
    """The doubts in a sentence: "A, B and C"; with semicolons when a part says whose they are
    ("..., from the army and the ministry; and ..."), so that its "and" does not read as the list's."""
    if len(parts) > 1 and any(", from " in part for part in parts[:-1]):
        return f"{'; '.join(parts[:-1])}; and {parts[-1]}"
    return and_joined(parts)


# The claims that make a story's main doubt, the first of them in this order: another source
# holds otherwise, or those it is about deny it; where no figures disagree, else a claim no
# one has checked or only its makers state.
CONTESTED_ORDER = (ClaimStatus.DISPUTED, ClaimStatus.DENIED)
UNCONFIRMED_ORDER = (ClaimStatus.UNVERIFIED, ClaimStatus.STATED, ClaimStatus.RETRACTED)
# Why the claim is in doubt, after the claim and who makes it.
COUNTERED = {
    ClaimStatus.DISPUTED: "another source disputes it",
    ClaimStatus.DENIED: "those it is about deny it",
    ClaimStatus.UNVERIFIED: "no source has been able to check it",
    ClaimStatus.STATED: "no other source confirms it",
    ClaimStatus.RETRACTED: "it was later withdrawn",
}
# The main doubt shows a claim's first words, three or four lines on a phone; the rest is a tap away.
GIST_WORDS = 22
# A claim another source disputes, or that those it is about deny, is told whole up to this many
# words: "another source disputes it" is said of all of it, and its first words alone may leave out
# the very part in dispute (a second clause: "...; they are tenants, not squatters"), so that a
# reader takes the wrong part for the doubt.
CONTESTED_WORDS = 36


# A disputed or denied claim's note, which says who holds otherwise, is told after it on the first
# screen when it is this short (whole, else its first sentence); a longer one waits a tap away.
NOTE_WORDS = 30


def rival_claim(dossier: Dossier, claim: Claim) -> Claim | None:
    """The claim that stands against a disputed ``claim`` with no note: another disputed claim, still
    unsettled, that others make (two parties that each say they won); None for none. Told with it
    on the first screen, it says who disputes it and what they hold instead."""
    if claim.status is not ClaimStatus.DISPUTED or claim.note or not claim.claimants:
        return None
    settled = settled_claims(dossier)
    makers = set(claim.claimants)
    return next(
        (
            other
            for other in dossier.claims
            if other is not claim
            and other.status is ClaimStatus.DISPUTED
            and other.claimants
            and not other.unattributed
            and not makers & set(other.claimants)
            and other not in settled
        ),
        None,
    )


def _main_doubt(dossier: Dossier, page: str, claim: Claim, rival: Claim | None = None) -> str:
    """ "[The claim's first words](its place on the claims page), says <who>; <why in doubt>", and,
    for a disputed or denied claim, its note: "... another source disputes it. The observers say the
    count is wrong". "Another source disputes it" alone left a newcomer asking which, and what it
    says, on the first screen; the note says (``claim_fact`` tells it beside the claim too)."""
    target = href(page, urls.section(dossier.slug, "claims"), claim.id)
    who = _said_by(dossier, claim)
    limit = CONTESTED_WORDS if claim.status in CONTESTED else GIST_WORDS
    # What is not known may be said at a statement's end ("..., and the board does not know who did
    # it"): its first words are told up to the end of that clause, as far as a dispute's would be.
    limit = max(limit, min(unknown_said_by(typographic(plain(claim.statement))), CONTESTED_WORDS))
    gist = _gist(claim.statement, limit)
    told = f"[{escape(gist)}]({target}), {escape(who)}"
    held = _held_otherwise(claim)
    if held:  # under the status's bare word, as on actor pages: "those it is about deny it" before a
        # note saying "the council denies it" said the denial twice
        return f"{told}. {STATUS_WORDS[claim.status].heading}: {escape(capitalised(held))}"
    if rival is not None:
        # "...; another source disputes it" left a newcomer asking which, though the story names them:
        # "Disputed: [The union and Ana Pell] say the strike was legal", the rival claim's first words.
        speakers = [dossier.actor_by_id[i] for i in rival.claimants]
        summary = dossier.meta.summary
        names, agreeing = joint_names(dossier, speakers, lambda a, _: named(shortened(a, summary)))
        target = href(page, urls.section(dossier.slug, "claims"), rival.id)
        said = f"[{escape(lowered(_gist(rival.statement, NOTE_WORDS)))}]({target})"
        held = f"{escape(capitalised(names))} {says(agreeing)} {said}"
        return f"{told}. {STATUS_WORDS[claim.status].heading}: {held}"
    if no_one_named_disputes(claim, dossier):
        # "..., not the 12 the ministry counts, says the union": its words say who disputes what.
        return told if named_rival(gist) else f"{told}; it is {NO_ONE_NAMED_DISPUTES}"
    if marks_unknown(claim):
        # "The board does not know who did the work, says its chair; no other source confirms it"
        # hedged what the claim itself says is not known: its words say why it is in doubt.
        return told
    if who == NAMING_NO_ONE_AFTER and claim.status in UNNAMED_SAYS_IT:
        # "..., reports say without naming a source; no source has been able to check it" hedged
        # twice: a claim no one is named for is one no source stands behind, which says why in doubt.
        return told
    return f"{told}; {COUNTERED[claim.status]}"


# Why a claim is in doubt that "reports say without naming a source" already says: no one checked it,
# or no one else confirms it. A dispute, a denial or a withdrawal is news beside it.
UNNAMED_SAYS_IT = frozenset({ClaimStatus.UNVERIFIED, ClaimStatus.STATED})


def _said_by(dossier: Dossier, claim: Claim) -> str:
    """ "says the bank", "say A and B", or "reports say without naming a source", after a claim."""
    if claim.unattributed or not claim.claimants:
        return NAMING_NO_ONE_AFTER
    speakers = [dossier.actor_by_id[i] for i in claim.claimants]
    summary = dossier.meta.summary
    who, agreeing = joint_names(dossier, speakers, lambda a, _: named(shortened(a, summary)), subject=False)
    # A charge's allegation is alleged, not said (``alleged``).
    verb = agree(ALLEGES, group_is_plural(agreeing)) if alleged(claim, dossier) else says(agreeing)
    if (
        len(agreeing) == 1
        and agreeing[0].kind is ActorKind.PERSON
        and (who_is := brief_appositive(agreeing[0]))
    ):
        # "..., says Ana Lind" left a newcomer on the first screen asking who she was; a body's name
        # says what it is.
        return f"{verb} {who}, {who_is}"
    return f"{verb} {who}"


def _held_otherwise(claim: Claim) -> str:
    """What a disputed or denied claim's note says, in plain words without its closing stop, when
    it (else its first sentence) has at most ``NOTE_WORDS`` words; "" otherwise."""
    if claim.status not in CONTESTED or not claim.note:
        return ""
    text = typographic(plain(claim.note)).strip()
    for told in (text, re.split(r"(?<=[.!?])\s+(?=[A-Z\u201c\"])", text, maxsplit=1)[0]):
        # A question or an exclamation would end in "?." before "Also in doubt".
        if len(told.split()) <= NOTE_WORDS and not told.endswith(("?", "!")):
            return told.rstrip(".")
    return ""


def _gist(statement: str, limit: int = GIST_WORDS) -> str:
    """A statement's first words: whole when it has at most ``limit`` words, else up to its first
    semicolon when that is short enough, else up to a comma near the limit (so that "X, Y among
    them, were sentenced" keeps its verb), else whole when a cut at the limit would leave out fewer
    than ``LEFT_OUT_LEAST`` words, else its first words without a dangling "of", "the" or "will"; an
    ellipsis says it goes on (after a semicolon too: a clause that reads as the whole claim hid the
    rest)."""
    text = typographic(plain(statement)).rstrip(".")
    if len(text.split()) <= limit:
        return text
    first = text.split(";", 1)[0]
    if len(first.split()) <= limit:
        return first + "…"
    reach = text.split()[:limit]
    clause, _, after = " ".join(reach).rpartition(",")
    opens = after.split()[:1]
    # A main clause before "though", "but" or "while" reads whole; only a shorter piece may lack its
    # verb ("X, Y among them, were sentenced").
    least = limit // 2 if opens and opens[0].casefold() in _CLAUSE_OPENERS else limit * 3 // 4
    if len(clause.split()) < least:
        clause = " ".join(reach)
    words = clause.split()
    if words == reach and len(text.split()) < limit + LEFT_OUT_LEAST:
        return text
    if words == reach:
        while words[-1].casefold() in _DANGLING:
            words = words[:-1]
    return " ".join(words).rstrip(",;:") + "…"


# The fewest words a cut at the limit leaves out: a statement two words over the limit was cut before
# its last clause's verb ("... or how much the council will…"), an ellipsis that saved the reader two words
# and cost them the end of the sentence.
LEFT_OUT_LEAST = 4
# Words that open a second clause after a comma: what comes before them is a clause of its own.
_CLAUSE_OPENERS = {"although", "because", "but", "though", "whereas", "while", "yet"}
# Words a cut statement must not end on.
# An auxiliary verb without its verb ("how much it will…") is one too.
_DANGLING = {"a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "for", "with", "by", "from", "that",
             "will", "would", "can", "could", "may", "might", "must", "shall", "should", "is", "are", "was",
             "were", "be", "been", "has", "have", "had"}  # fmt: skip


# Up to this many sets of figures that disagree are named by what they count on the first screen.
NAMED_SETS = 2


def _disagreeing(dossier: Dossier, page: str, sets: list[list[Number]]) -> str:
    """Figures that disagree, named by what they count when each set words it alike ("differing
    figures for [people evacuated](...) and for [homes destroyed](...)"), each linked to its table
    on the numbers page, as a claim or a figure named in the line is; else counted. Where each set
    holds one official figure, the line says so ("a disputed official figure for [people missing]"),
    linked to that figure: the numbers page says which one it is and who disputes it."""
    wordings = [{number.counts for number in numbers} for numbers in sets]
    if len(sets) <= NAMED_SETS and all(len(words) == 1 for words in wordings):
        conflicts = [compare(numbers).conflicts[0] for numbers in sets]
        officials = [[n for n in conflict if n.official] for conflict in conflicts]
        disputed = all(len(official) == 1 for official in officials)
        # Each set is linked at its official figure where it has one, else at its first.
        anchors = [
            (official if disputed else conflict)[0].id
            for conflict, official in zip(conflicts, officials, strict=True)
        ]
        named = [
            f"for {counted_article(next(iter(words)))}[{escape(typographic(next(iter(words))))}]"
            f"({href(page, urls.section(dossier.slug, 'numbers'), anchor)})"
            for words, anchor in zip(wordings, anchors, strict=True)
        ]
        if disputed:
            what = "a disputed official figure" if len(sets) == 1 else "disputed official figures"
            return f"{what} {and_joined(named)}"
        return f"differing figures {and_joined(named)}"
    if len(sets) == 1:
        return "figures that disagree"
    return f"{in_words(len(sets))} sets of figures that disagree"


# Up to this many figures that disagree are each told with who gives it when they lead the first
# screen's doubts; more are named by what they count only, each a tap away.
TOLD_FIGURES = 3


def _disagreeing_lead(dossier: Dossier, page: str, sets: list[list[Number]]) -> str:
    """Figures that disagree as the first screen's main doubt: what they count, linked, then who gives
    which, when one set of a few figures, each from one named giver, disagrees ("differing figures
    for the [height of the river](...). The agency gives 6.8 metres, the council 7.0"); else as
    ``_disagreeing`` names them."""
    named_sets = _disagreeing(dossier, page, sets)
    if len(sets) != 1:
        return named_sets
    conflict = compare(sets[0]).conflicts[0]
    givers = [n.stated_by[0] for n in conflict if len(n.stated_by) == 1 and not n.unattributed]
    if len(conflict) > TOLD_FIGURES or len(givers) != len(conflict) or len(set(givers)) != len(givers):
        return named_sets
    told = []
    for n, number in enumerate(conflict):
        giver = shortened(dossier.actor_by_id[number.stated_by[0]], dossier.meta.summary)
        verb = f" {gives([giver])}" if n == 0 else ""
        told.append(f"{named(giver, start=n == 0)}{verb} {figure(number)}")
    # "A gives 6.8, B 7.0"; "A gives 6.8, B 7.0 and C 7.1".
    listed = f"{', '.join(told[:-1])} and {told[-1]}" if len(told) > 2 else ", ".join(told)
    return f"{named_sets}. {escape(listed)}"


# The claims that say something is not known (``NOT_YET_KNOWN``), first in the sentence that opens
# "What is not known".
UNKNOWN_DOUBT = "what is not yet known"
# What each kind of doubt is, in the sentence that opens "What is not known", each worded as its
# group's heading so that a reader can tell them apart: a claim no one has been able to check is not
# one that only its makers state, and claims are not figures.
DOUBT_WORDS = {
    ClaimStatus.DISPUTED: "what the sources dispute",
    ClaimStatus.DENIED: "what the sources dispute",
    ClaimStatus.UNVERIFIED: "what no one has been able to check",
    ClaimStatus.STATED: "what only one side says",
    ClaimStatus.FORECAST: "what may yet happen",
    ClaimStatus.RETRACTED: "what was said and then withdrawn",
}
# Claims that only their makers state, when some makers are no side (a court, several parties, an
# unnamed source): "what rests on the word of whoever says it" beside "what only one side says" (the
# figures) read as one doubt said twice.
NO_ONE_ELSE_CONFIRMS = "claims no one else confirms"
# Figures only one side gives, in a story whose claims are not told as one side's word.
ONE_SIDE_FIGURES = "figures only one side gives"
# Figures only their giver states, in a story with no sides (``sided``): nothing is disputed or
# denied, no figures disagree and no claim is one side's word, so a lone body's figure is no side's.
NO_OTHER_FIGURES = "figures no other source gives"
# Claims that only those they are about state (``statuses.own_account``), as their group's heading.
OWN_DOUBT = "what those involved say of themselves"
# Claims that are researchers' findings from their own study (``statuses.own_finding``).
FINDING_DOUBT = "what researchers report of their own study"


def not_known_intro(dossier: Dossier) -> str:
    """The sentence that opens "What is not known", naming only the kinds of doubt it holds, in the
    order of its groups: "What is not yet known, what the sources dispute and what may yet happen."
    A story that only warns is not said to hold
    disputes and unconfirmed claims. Claims and figures that only one side states are one kind, "what
    only one side says"; figures one side gives beside claims no other source confirms are named as
    figures: "What the sources dispute, claims no one else confirms and figures only one side
    gives." """
    # As ``not_known`` opens: with what is not yet known.
    unknown = still_unknown(dossier)
    kinds = [UNKNOWN_DOUBT] if unknown else []
    by_quantity: dict[str, list[Number]] = {}
    for number in dossier.numbers:
        if number.quantity:
            by_quantity.setdefault(number.quantity, []).append(number)
    if any(compare(numbers).conflicts for numbers in by_quantity.values()):
        kinds.append(DOUBT_WORDS[ClaimStatus.DISPUTED])
    # As ``not_known`` lists them.
    own, shown = _doubted(dossier, unknown)
    statuses = {claim.status for claim in shown}
    for status in UNSETTLED:
        if status in statuses:
            claims = [claim for claim in shown if claim.status is status]
            # Worded as the group's heading: claims that not only one side makes are not "one side's".
            many = (
                status_heading(status, claims, dossier.actor_by_id, sides=contested(dossier))
                == STATED_BY_MANY
            )
            kinds.append(NO_ONE_ELSE_CONFIRMS if many else DOUBT_WORDS[status])
        if status is ClaimStatus.STATED and own:
            findings = [claim for claim in own if own_finding(claim, dossier)]
            if findings:
                kinds.append(FINDING_DOUBT)
            if len(findings) < len(own):
                kinds.append(OWN_DOUBT)
    if one_side_figures(dossier):
        one_sided = DOUBT_WORDS[ClaimStatus.STATED]
        if not sided(dossier):
            kinds.append(NO_OTHER_FIGURES)
        else:
            kinds.append(one_sided if one_sided in kinds else ONE_SIDE_FIGURES)
    kinds = list(dict.fromkeys(kinds))
    warnings = DOUBT_WORDS[ClaimStatus.FORECAST]
    if warned_above(dossier) and len(kinds) > 1 and warnings in kinds:  # as ``not_known`` leaves them out
        kinds.remove(warnings)
    return f"{capitalised(and_joined(kinds))}." if kinds else ""


# What "What may happen next" says on the first screen, of every kind together (what is under way,
# what is due, what is forecast); more are counted, with a link to all of them. Two per kind ran the
# line to six items, ten lines on a phone, before the first key question.
NEXT_GLANCE = 2


def next_glance(going: int, ahead: int, forecasts: int) -> tuple[int, int, int]:
    """How many of the events under way, the events due and the forecasts "What may happen next"
    tells, of ``NEXT_GLANCE`` in all: one of each kind in turn, in that order (an appeal under way,
    then the next date, then a forecast), so that two of one kind do not hide the only one of another."""
    counts = [going, ahead, forecasts]
    shown = [0, 0, 0]
    budget = NEXT_GLANCE
    while budget and any(shown[k] < counts[k] for k in range(3)):
        for k in range(3):
            if budget and shown[k] < counts[k]:
                shown[k] += 1
                budget -= 1
    return shown[0], shown[1], shown[2]


def what_may_happen(story: Story, page: str, notes: Footnotes) -> str:
    """What is still to come, said, not counted, for a reader who asks what happens next: the events
    the reports gave as scheduled ("Due in June 2011 (as of 4 January 2011): [The line
    opens](...).[^1]"), then the story's warnings and forecasts ("The district office says: A second
    lake could burst within weeks.[^2]"), then a link to the key question whose answer rests on one
    (on the overview, from whichever page says it); "" for a story with neither. First, what was
    still under way when last reported ("Still under way since April 2024: [An appeal against the
    verdict](...)"): its outcome is the next step a reader waits for, whether or not a report
    forecasts it."""
    dossier = story.dossier
    going = under_way(story)
    ahead = upcoming(dossier, story.xref.events)
    forecasts = still_ahead(dossier)
    if not ahead and not forecasts and not going:
        return ""
    shown_going, shown_ahead, shown_forecasts = next_glance(len(going), len(ahead), len(forecasts))
    told = [_going_on(story, page, event, notes) for event in going[:shown_going]]
    told += [_due(story, page, event, notes) for event in ahead[:shown_ahead]]
    linked: set[Target] = set()
    introduced: set[str] = set()
    shown = latest_first(forecasts)[:shown_forecasts]
    casing = Casing.of(dossier)
    facts = [
        claim_fact(
            story,
            page,
            c,
            notes,
            linked,
            introduced,
            short=True,
            again=n > 0 and not c.unattributed and c.claimants == shown[n - 1].claimants,
            casing=casing,
        )
        for n, c in enumerate(shown)
    ]
    told += [f"{fact.text}{fact.cite}" for fact in facts]
    text = " ".join(told)
    asked = _next_question(dossier, [*going, *ahead], forecasts)
    if asked is not None and told_next(story) is not asked:
        # The key question that tells what comes next is where a reader goes for more: "One more
        # warning. Two more events still to come. What happens next?" counted what it tells, and
        # ended the line on a question of its own.
        answer = href(page, urls.overview(dossier.slug), urls.question_anchor(asked.id))
        question = escape(typographic(asked.question))
        stop = "" if question.endswith(("?", "!", ".")) else "."
        return f"{text} More in [{question}]({answer}){stop}"
    more = []
    timeline = href(page, urls.section(dossier.slug, "timeline"))
    if len(going) > shown_going:
        events = counted(len(going) - shown_going, "more event", "more events")
        more.append(f"[{events} still under way]({timeline})")
    if len(ahead) > shown_ahead:
        events = counted(len(ahead) - shown_ahead, "more event", "more events")
        more.append(f"[{events} still to come]({timeline})")
    if len(forecasts) > shown_forecasts:
        warnings = counted(len(forecasts) - shown_forecasts, "more warning", "more warnings")
        doubts = href(page, urls.overview(dossier.slug), "what-is-not-known")
        more.append(f"[{warnings}]({doubts})")
    if more:
        # One sentence: "[One more event still to come](...) and [two more warnings](...)."
        more[0] = "[" + capitalised(more[0].removeprefix("["))
        text += " " + and_joined(more) + "."
    return text


def _next_question(dossier: Dossier, ahead: Sequence[Event], forecasts: Sequence[Claim]) -> Question | None:
    """The key question whose answer rests most on the warnings and the events still to come: on the
    most of them, then on the fewest other facts; of equals, the first. The first that rested on any
    sent a reader from a lawsuit still under way to "Why are they in court?", past "What happens
    next?", which rested on the same lawsuit and little else."""
    ids = {c.id for c in forecasts}
    due = {e.id for e in ahead}

    def told(question: Question) -> int:
        return len(ids & set(question.claims)) + len(due & set(question.events))

    def others(question: Question) -> int:
        facts = (question.claims, question.events, question.numbers, question.actors, question.terms)
        return sum(len(f) for f in facts) - told(question)

    asked = [q for q in dossier.questions if told(q)]
    return min(asked, key=lambda q: (-told(q), others(q))) if asked else None


def told_next(story: Story) -> Question | None:
    """The key question whose answer rests on nothing but what "What may happen next" tells (its
    warnings and events still to come, the people and terms they name): the line is its answer,
    so the overview does not ask it again and the line links to nothing; None otherwise."""
    dossier = story.dossier
    going = under_way(story)
    ahead = upcoming(dossier, story.xref.events)
    forecasts = still_ahead(dossier)
    asked = _next_question(dossier, [*going, *ahead], forecasts)
    if asked is None or asked.numbers:
        return None
    shown_going, shown_ahead, shown_forecasts = next_glance(len(going), len(ahead), len(forecasts))
    said_claims = {c.id for c in forecasts[:shown_forecasts]}
    said_events = {e.id for e in [*going[:shown_going], *ahead[:shown_ahead]]}
    if set(asked.claims) <= said_claims and set(asked.events) <= said_events:
        return asked
    return None


def under_way(story: Story) -> list[Event]:
    """The story's events still going on when last reported (``ongoing``), in time order."""
    return [event for event in story.xref.events if event.ongoing]


def _going_on(story: Story, page: str, event: Event, notes: Footnotes) -> str:
    """ "Still under way since April 2024: [the event's title](its place on the timeline).[^1]"."""
    title = escape(typographic(event.title)).rstrip(".")
    link = f"[{title}]({href(page, urls.section(story.slug, 'timeline'), event.id)})"
    since = when(event.date, event.approximate)
    return f"Still under way since {since}: {link}.{notes.cite(story.dossier, event.cite)}"


def _due(story: Story, page: str, event: Event, notes: Footnotes) -> str:
    """ "Due in June 2011 (as of 4 January 2011): [the event's title](its place on the
    timeline).[^1]": when it was to happen, and as of when that was said."""
    date = PartialDate.parse(event.date)
    on = "" if event.approximate else ("on " if date.day else "in ")
    title = escape(typographic(event.title)).rstrip(".")
    link = f"[{title}]({href(page, urls.section(story.slug, 'timeline'), event.id)})"
    # "Due on 2 August 2026, as reported on 1 August 2024:" put two dates in a row before what is
    # due; the report's day is the as-of of the date, in brackets after it.
    reported = reported_ahead(story.dossier, event).removeprefix("on ").removeprefix("in ")
    due = f"Due {on}{when(event.date, event.approximate)} (as of {reported})"
    return f"{due}: {link}.{notes.cite(story.dossier, event.cite)}"


def disagreements(story: Story, page: str, notes: Footnotes) -> Group:
    """Figures of one quantity that cannot all be right for the same date or period."""
    by_quantity: dict[str, list[Number]] = {}
    for number in story.dossier.numbers:
        if number.quantity:
            by_quantity.setdefault(number.quantity, []).append(number)
    facts = []
    for quantity, numbers in by_quantity.items():
        for conflict in compare(numbers).conflicts:
            figures = "; ".join(stated_figure(story, page, n) for n in conflict)
            held = when(conflict[0].as_of) if conflict[0].as_of else ""
            text = f"{escape(heading(quantity, conflict))}{f' ({held})' if held else ''}: {figures}"
            facts.append(Fact(text, notes.cite(story.dossier, [c for n in conflict for c in n.cite])))
    return Group("Figures that disagree", tuple(facts))


def sided(dossier: Dossier) -> bool:
    """Whether the story has sides, as its claims tell it: a claim disputed or denied, figures that
    cannot all be right (``statuses.contested``), or a claim told as one side's word about others
    (a war's armed group on its enemy). A figure only one party gives is then "only one side"'s;
    in a story without (a rate decision, an outbreak), "no other source gives" it, as its claims
    read "no one else confirms"."""
    if contested(dossier):
        return True
    actors = dossier.actor_by_id
    return any(
        unconfirmed(claim, dossier) and one_side_makes(claim, actors, sides=False) for claim in dossier.claims
    )


def one_side_figures(dossier: Dossier) -> list[tuple[Actor, Number]]:
    """The figures that one party to the story gives and no other source of the dossier states,
    each with that party. Only a figure its party states is that party's: a report's own figure of
    the same quantity ("11% in 2022" beside the bank's "2% in June") is the report's, not the
    party's."""
    stated: dict[str, set[str]] = {}
    for number in dossier.numbers:
        stated.setdefault(number.quantity or number.id, set()).update(number.stated_by)
    figures: list[tuple[Actor, Number]] = []
    # A figure since revised is told with its revision, on the numbers page: no doubt of its own.
    for number in current(dossier.numbers):
        parties = stated[number.quantity or number.id]
        if not number.stated_by or len(parties) != 1 or number.unattributed or on_record(dossier, number):
            continue
        if number.official:
            # The figure of the body whose job it is to give it: its own count, not one side's word.
            continue
        if forecast(dossier, number):
            # A forecast is always its maker's alone: "Figures forecast" tells it as one.
            continue
        actor = dossier.actor_by_id[next(iter(parties))]
        if actor.kind in PARTIES and not judges(actor) and not own_act(number, actor):
            figures.append((actor, number))
    if not figures or sided(dossier):
        return figures
    return [(actor, number) for actor, number in figures if not a_record(actor, number)]


def a_record(actor: Actor, number: Number) -> bool:
    """Whether ``number`` is a public body's exact measure of a time already past (no estimate,
    range, margin or forecast), in a story with no sides (the caller's to know): a central bank's
    statement of last month's inflation, an official statistic it quotes, is the record that
    everyone works from, not a doubt. "Still in doubt: one figure no other source gives (2% for
    inflation), from the bank" read to a reader as if the bank's word on a published statistic were
    questioned, where nothing in the story questions it. An estimate ("about 70,000 eligible",
    "4 to 6 months") still rests on the word of whoever makes it."""
    return (
        actor.kind is ActorKind.GOVERNMENT_BODY
        and number.qualifier is Qualifier.EXACT
        and number.upper is None
        and number.margin is None
        and number.amount is None
        and bool(number.as_of or number.period)
    )


def own_act(number: Number, actor: Actor) -> bool:
    """Whether ``number`` is what ``actor``, who states it, asks for: what it counts names the actor
    and a request ("prison sentence the prosecutors asked for", "damages the union seeks"). A side's
    request is its position, which no other source could give; "only the prosecutors give" it read as
    a doubt that they asked. What a side says it did ("militants the army killed") stays its word."""
    counts = number.counts.casefold()
    if not _REQUEST.search(counts):
        return False
    return any(
        re.search(rf"\b{re.escape(name.casefold())}\b", counts) for name in (actor.name, *actor.aliases)
    ) or any(re.search(rf"\bthe {re.escape(tail)}\b", counts) for tail in _short_names(actor.name))


def _short_names(name: str) -> list[str]:
    """The shorter names a text gives a body of three words or more after "the", its last words from
    a capitalised one on: "the river authority" of "North River Authority", "the safety board" of
    "National Transport Safety Board"; none that begins with a small word ("of Fisheries")."""
    words = name.split()
    if len(words) < 3:
        return []
    return [" ".join(words[i:]).casefold() for i in range(1, len(words) - 1) if words[i][:1].isupper()]


# Verbs by which a side asks for a figure: a sentence, a sum, a deal.
_REQUEST = re.compile(
    r"\b(?:ask(?:s|ed)?|sought|seeks?|request(?:s|ed)?|demand(?:s|ed)?|propos(?:es|ed)|offer(?:s|ed)?"
    r"|recommend(?:s|ed)?|called for|calls for|wants?|wanted)\b"
)


def one_side(story: Story, page: str, notes: Footnotes, carded: Collection[str] = ()) -> Group:
    """Figures that one party to the story gives and no other source of the dossier states, under
    the party that gives them ("Only [the ministry] gives these:"), so a long name is said once.
    The page's key figures are not captioned again (their cards say it, a screen above), only named
    by their values, so that a reader who skipped the cards knows which ones."""
    dossier = story.dossier
    sided_story = sided(dossier)
    figures = one_side_figures(dossier)
    # A body that decides in the story and takes no side gives its own estimates, not a side's word.
    side = {a.id: sided_story and not decider(a, dossier) for a, _ in figures}
    on_cards = [(a, n) for a, n in figures if n.id in carded]
    shown = _on_cards(story, page, on_cards, sides=any(side[a.id] for a, _ in on_cards))
    figures = [(a, n) for a, n in figures if n.id not in carded]
    # Only the figures shown get footnotes: a footnote for a figure left out would be referenced nowhere.
    # One figure past the glance is shown, not counted: "One more figure, given by ..." takes a line too.
    glance = GLANCE if len(figures) > GLANCE + 1 else GLANCE + 1
    by_party: dict[str, list[Number]] = {}
    for actor, number in figures[:glance]:
        by_party.setdefault(actor.id, []).append(number)
    for actor_id, numbers in by_party.items():
        actor = dossier.actor_by_id[actor_id]
        link = story.actor_link(page, actor, mid_sentence=True)
        sides = side[actor_id]
        # Markers numbered as the page shows the figures: party by party.
        if len(numbers) == 1:
            alone = f", according to {link}; {NO_OTHER_GIVES} it"
            who = f": only {link} {says([actor])} so" if sides else alone
            shown.append(
                Fact(_one_figure(story, page, numbers[0]) + who, notes.cite(dossier, numbers[0].cite))
            )
        else:
            lines = [_one_figure(story, page, n) + notes.cite(dossier, n.cite) for n in numbers]
            lead = f"From {link}, and from no other source:"
            if sides:
                lead = f"Only {link} {gives([actor])} these:"
            shown.append(Fact(lead, items=tuple(lines)))
    rest = figures[glance:]
    if rest:
        # Not "and 12 more", which leaves a reader nowhere: who gives them, linked to the figures
        # each party gives on its own page.
        count: dict[str, int] = {}
        for actor, _ in rest:
            count[actor.id] = count.get(actor.id, 0) + 1
        by = [
            f"{in_words(n)} by {_figures_link(story, page, dossier.actor_by_id[actor_id])}"
            for actor_id, n in sorted(count.items(), key=lambda pair: -pair[1])
        ]
        told = counted(len(rest), "more figure", "more figures")
        shown.append(Fact(f"{capitalised(told)}, each given by {_one_giver(sided_story)}: {and_joined(by)}"))
    sides = any(side.values())
    return Group("Figures only one side gives" if sides else capitalised(NO_OTHER_FIGURES), tuple(shown))


def decider(actor: Actor, dossier: Dossier) -> bool:
    """Whether ``actor`` is a body that decides in the story (``decisions.deciding``, with a decision
    of its own on the timeline) and takes no side in it: none of its claims is disputed or denied,
    nor one side's word about others. A regulator's estimate of a market, which it gave with its
    ruling, is its own figure, which no other source gives; "Figures only one side gives" made the
    judge of a dispute one of its sides. A body that sued, or whose word others dispute, stays a side."""
    if not deciding(actor) or decided_latest(actor, dossier.events, dossier.actors) is None:
        return False
    return not any(
        actor.id in claim.claimants and (claim.status in CONTESTED or unconfirmed(claim, dossier))
        for claim in dossier.claims
    )


def _one_giver(sides: bool) -> str:
    """Who alone gives each of some figures: "one side only", or in a story with no sides "one
    source only"."""
    return "one side only" if sides else "one source only"


def forecast_figures(story: Story, page: str, notes: Footnotes) -> Group:
    """Figures for a time after the reports that give them (``upcoming.forecast``), each with who
    expects it and for when: what no one can know yet, not a count one side makes."""
    dossier = story.dossier
    # A forecast its maker has since revised is no longer what it expects: its revision is.
    ahead = [number for number in current(dossier.numbers) if forecast(dossier, number)]
    facts = []
    for number in ahead[:GLANCE]:
        fact = story.number_fact(page, number, notes)
        told = attribution(dossier, page, number)
        facts.append(Fact(", ".join([fact.text, *told]), fact.cite))
    return Group("Figures forecast", tuple(facts), more=len(ahead) - len(facts))


def _on_cards(
    story: Story, page: str, figures: list[tuple[Actor, Number]], *, sides: bool = True
) -> list[Fact]:
    """The key figures only one side gives, told in a line by their values, as their cards show
    them, each linked to its entry: "Only [the party] gives two of the [key figures above]: [12]
    and [30]", or "Four of the [key figures above], each given by one side only: [1,250], [1,480]
    and [6] by [one party] and [more than 6,000] by [another]". A reader who came here from the
    summary's link has not seen the cards: a count alone would send them back up to guess which
    ones. None when there are none."""
    if not figures:
        return []
    by_party: dict[str, list[Number]] = {}
    for actor, number in figures:
        by_party.setdefault(actor.id, []).append(number)
    actors = story.dossier.actor_by_id
    which = counted(len(figures), "of the key figures above", "of the key figures above")

    def values(numbers: list[Number]) -> str:
        return and_joined([_link(story, page, n, caption(n)[0]) for n in numbers])

    if len(by_party) == 1:
        ((actor_id, numbers),) = by_party.items()
        actor = actors[actor_id]
        link = story.actor_link(page, actor, mid_sentence=True)
        if not sides:
            return [Fact(f"No other source gives [{which}](#key-figures), from {link}: {values(numbers)}")]
        return [Fact(f"Only {link} {gives([actor])} [{which}](#key-figures): {values(numbers)}")]
    by = [
        f"{values(numbers)} by {story.actor_link(page, actors[actor_id], mid_sentence=True)}"
        for actor_id, numbers in sorted(by_party.items(), key=lambda pair: -len(pair[1]))
    ]
    each = f"each given by {_one_giver(sides)}"
    return [Fact(f"[{capitalised(which)}](#key-figures), {each}: {and_joined(by)}")]


def _figures_link(story: Story, page: str, actor: Actor) -> str:
    """The actor's name, linked to the figures its page lists."""
    the = "the " if takes_the(actor) else ""
    name = escape(running(actor.name))
    return f"{the}[{name}]({href(page, urls.actor(story.dossier.slug, actor.id), 'numbers')})"


def _one_figure(story: Story, page: str, number: Number) -> str:
    value, separator, counts = caption(number)
    return f"{_link(story, page, number, value)}{separator}{escape(counts)}"


def claim_fact(
    story: Story,
    page: str,
    claim: Claim,
    notes: Footnotes,
    linked: set[Target],
    introduced: set[str],
    *,
    short: bool = False,
    again: bool = False,
    dated: bool = False,
    casing: Casing | None = None,
    noted: bool = True,
) -> Fact:
    """ "<claimants> say(s): <the claim in our words>", never in quotation marks; a lone speaker is
    told who it is at its first claim ("Jon Pell, a lawyer, says: ..."). ``short``: in a dense
    line, speakers with long official names named short (``Story.short``) and told who they are in
    a few words (``brief_appositive``). ``again``: the line's claim before had the same speakers,
    "They also say: ...", "The bank also says: ..." (three official names said twice, links and
    all, ran a line to six on a phone). ``dated``: the verb in the past with the day the claim was
    made ("said on 26 July 2024"), for a speaker's claims of different days (``dated_apart``).
    ``casing``: the story's, to tell a one-sentence claim as reported speech where it can ("The
    bank says rates will fall", ``clauses.reported_clause``), not after a colon. ``noted``: a
    disputed or denied claim's note after it, which says who holds otherwise; not where the other
    side's claim is told beside it (``exchanges.answering``)."""
    dossier = story.dossier
    said = said_claim if dated else says_claim
    speakers = [dossier.actor_by_id[i] for i in claim.claimants]
    words = claim.statement
    if casing is not None and not claim.unattributed and not (claim.status in CONTESTED and claim.note):
        # Only in reported speech ("says it will ..."): after a colon, "It will ..." reads as a quotation
        # whose "it" is anyone's.
        pronoun = _own_name_as_pronoun(words, speakers)
        if pronoun != words and reported_clause(pronoun, pronoun, casing) is not None:
            words = pronoun
    statement = story.prose.inline(words, page=page, linked=linked)
    if claim.status in CONTESTED and claim.note and noted:
        # "Disputed" alone leaves the reader asking by whom: the note says who holds otherwise.
        statement += " " + story.prose.inline(claim.note, page=page, linked=linked)
    if claim.unattributed:
        return Fact(said_by_no_one_named(statement), notes.cite(dossier, claim.cite))
    clause = reported_clause(words, statement, casing) if casing is not None else None
    said_it = f" {clause}" if clause is not None else f": {statement}"
    who, agreeing = joint_names(
        dossier,
        speakers,
        lambda actor, n: story.actor_link(page, actor, start=n == 0, mid_sentence=n > 0, short=short),
    )
    if again:
        # Named once, not linked again: "It" for an organisation read as the claim's subject.
        first = agreeing[0]
        who = "They" if group_is_plural(agreeing) else capitalised(escape(named(story.short(first))))
        return Fact(f"{who} also {said(claim, agreeing, dossier)}{said_it}", notes.cite(dossier, claim.cite))
    introduce = brief_appositive if short else appositive
    if len(speakers) == 1 and speakers[0].id not in introduced and (who_is := introduce(speakers[0])):
        introduced.add(speakers[0].id)
        who = f"{who}, {who_is},"  # "Jon Pell, a lawyer, says: ..."
    elif (
        len(agreeing) == len(speakers) > 1
        and not introduced & {s.id for s in speakers}
        and (who_are := shared_appositive([introduce(s) for s in speakers]))
    ):
        introduced.update(s.id for s in speakers)
        who = f"{who}, {who_are},"  # "Ana Lind and Jon Pell, senators from Aldria, say: ..."
    text = f"{who} {said(claim, agreeing, dossier)}{said_it}"
    return Fact(text, notes.cite(dossier, claim.cite))


def _own_name_as_pronoun(statement: str, speakers: Sequence[Actor]) -> str:
    """``statement`` with the name of its one speaker, a body or a group, that opens it told as "It"
    or "They", for reported speech: "The Aldrian Rail Board says it will reopen the line", where
    "says: The Aldrian Rail Board will reopen the line" named it twice in one breath. Not a person's
    name, whose pronoun is not ours to guess, nor a name that opens a longer one ("Aldria's ..."); the
    claims page keeps the statement as written, where it stands alone."""
    if len(speakers) != 1 or speakers[0].kind is ActorKind.PERSON:
        return statement
    actor = speakers[0]
    names = [actor.name, *actor.aliases]
    # "The Bank expects ...", of "the Bank" or "Bank of England": the article and its capital are the
    # sentence's, not the name's.
    names += [f"the {name}" for name in names if not name.casefold().startswith("the ")]
    opening = statement[:1].lower() + statement[1:]
    for name in sorted(names, key=len, reverse=True):
        rest = opening[len(name) :]
        following = rest[1:].split(" ", 1)[0]
        if (
            opening.startswith(name[:1].lower() + name[1:])
            and rest.startswith(" ")
            and following.islower()
            and following not in _NAME_GOES_ON
        ):
            return ("They" if group_is_plural(speakers) else "It") + rest
    return statement


# Words after which a name goes on into a longer one: "the Bank of Aldria Act", "the Bank and its
# staff", not the name then its verb.
_NAME_GOES_ON = {"and", "at", "for", "from", "in", "of", "on", "or", "to", "with"}


def dated_apart(claims: Sequence[Claim]) -> set[str]:
    """The ids of the claims in a list whose speakers have claims in it of more than one date: a
    body's "the risks outweigh the benefits" and "the benefits are greater than its risks", listed
    one under the other undated, read as a body contradicting itself; each says when it was made."""
    by_speakers: dict[tuple[str, ...], list[Claim]] = {}
    for claim in claims:
        if not claim.unattributed:
            by_speakers.setdefault(tuple(claim.claimants), []).append(claim)
    return {c.id for told in by_speakers.values() if made_apart(told) for c in told}


def _figure_link(story: Story, page: str, number: Number) -> str:
    return _link(story, page, number, figure(number))


def _link(story: Story, page: str, number: Number, text: str) -> str:
    return f"[{escape(text)}]({href(page, urls.section(story.slug, 'numbers'), number.id)})"


def stated_figure(story: Story, page: str, number: Number, *, short: bool = False) -> str:
    """A figure and who gives it: "more than 100 according to the AFI", or the outlet that reports it;
    ``short``: in a dense line (a card), a long official name named short."""
    if number.unattributed:
        return f"{_figure_link(story, page, number)} from an unnamed source"
    _, who = stated_by(story.dossier, page, number, mid_sentence=True, short=short)
    # "43.18%, the official figure from the council": the comma keeps "the official figure" from
    # reading as what the figure counts.
    comma = "," if number.official else ""
    return f"{_figure_link(story, page, number)}{comma} {official.according(story.dossier, number, who)}"
