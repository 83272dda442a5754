"""What a deciding body decided in a story, for its line in Who's who: "Latest in this story:
[rejected the drug for public funding](timeline.md#...) on 19 June 2025". A regulator's, a court's
or a central bank's line said what the body is, not what it did: a reader scanning Who's who could
not learn who decided what without the key questions and the timeline.

A decision is an event the body is the first actor of, whose title names the body and, just after
its name, a verb of deciding ("approves", "rejects", "finds", "votes"; "gives" and "announces" with
a decision's noun after them: "gives the law its final approval", "announces its cut to 5%")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.format.dates import PartialDate
from generator.format.dossier import Dossier
from generator.format.model import Actor, ActorKind, Claim, ClaimStatus, Event
from generator.site import urls
from generator.site.markup import escape, href
from generator.site.roles import judges
from generator.site.views import when

# Verbs of deciding as a headline has them, with their past: the clause is told in the past, dated.
DECIDING = {
    "acquits": "acquitted", "adjourns": "adjourned", "adopts": "adopted", "approves": "approved",
    "authorises": "authorised", "authorizes": "authorized", "bans": "banned", "blocks": "blocked",
    "clears": "cleared",
    "convicts": "convicted", "cuts": "cut", "decides": "decided", "declares": "declared",
    "dismisses": "dismissed", "enacts": "enacted", "fines": "fined", "finds": "found",
    "grants": "granted", "imposes": "imposed",
    "licenses": "licensed", "lifts": "lifted", "orders": "ordered", "overturns": "overturned",
    "passes": "passed", "quashes": "quashed", "raises": "raised", "ratifies": "ratified",
    "refuses": "refused", "rejects": "rejected", "revokes": "revoked", "rules": "ruled",
    "sentences": "sentenced", "suspends": "suspended", "upholds": "upheld", "vetoes": "vetoed",
    "votes": "voted",
}  # fmt: skip
# Verbs that decide only with a decision's noun after them: "gives the law its final approval", not
# "gives a briefing"; "announces its cut to 5%", not "announces an inquiry"; an advisory body's
# "recommends against approval", not "recommends more research".
GIVING = {
    "advises": "advised", "announces": "announced", "gives": "gave", "issues": "issued",
    "reaches": "reached", "recommends": "recommended",
}  # fmt: skip
DECISION_NOUNS = {
    "approval", "authorisation", "authorization", "ban", "cut", "decision", "go-ahead", "guidance",
    "judgment", "judgement", "licence", "license", "permission", "refusal", "rise", "ruling",
    "sentence", "verdict",
}  # fmt: skip
# How far after the body's name its verb may come: "the agency's committee recommends".
_NEAR = 2
# How far into a title that does not name the body its verb may come: "The city's high court rejects".
_LEAD = 5


def deciding(actor: Actor) -> bool:
    """Whether ``actor`` is a body whose decisions a reader asks about: a government body (a
    regulator, a central bank, a parliament), a court, a judge or a jury."""
    return actor.kind is ActorKind.GOVERNMENT_BODY or judges(actor)


def decided(actor: Actor, event: Event, others: Sequence[Actor] = ()) -> str:
    """What ``actor`` decided in ``event``, in the past, from the verb after its name in the title to
    the end of that clause ("rejected the appeal"); "" when the title names no decision of its. A
    title that names the body otherwise than the dossier ("the provincial high court") has its verb
    within its first words, with none of the event's ``others`` named before it."""
    words = event.title.split()
    end = _named_at(actor, words)
    if end is None:
        start = _opening(words)
        stop = start + _LEAD
    else:
        start, stop = end, end + _NEAR
    joint = False
    i = start
    while i < min(stop + 1, len(words)):
        if (after := _co_subject(words, i, others)) is not None:
            # "The harbour inspectors and the [agency] find ...": a body that decides with another, named
            # after "and", decides as much; its verb comes after the other's name, in the plural.
            joint, stop, i = True, stop + after - i, after
            continue
        named_before = any(_named_at(other, words[start:i]) is not None for other in others)
        if end is None and not joint and named_before:
            return ""
        verb = words[i]
        past = DECIDING.get(verb) or (_PLURAL_DECIDING.get(verb) if joint else None)
        clause = _clause(words[i + 1 :])
        giving = GIVING.get(verb) or (_PLURAL_GIVING.get(verb) if joint else None)
        if past is None and giving and DECISION_NOUNS & {w.strip(",.;:").casefold() for w in clause}:
            past = giving
        if past is not None:
            return " ".join([past, *_in_the_past(clause)])
        i += 1
    return ""


# Prepositions that open an adverbial before a headline's subject: "At the owner's request, the court
# lifts ...", "After a two-day hearing, the tribunal finds ...".
_OPENING_PREPOSITIONS = {"after", "at", "before", "following", "in", "on", "under", "upon", "with"}
# The most words of such an opening, its comma included.
_OPENING_WORDS = 8


def _opening(words: Sequence[str]) -> int:
    """The index of the word after an opening adverbial that ends in a comma ("At the owner's
    request, the court lifts ..."), 0 for a title with none. Counted from the title's start, the
    court's verb came past the words a title that does not name the body may take before it, and a
    decision read as none: the body's line then called an older decision its latest."""
    if not words or words[0].casefold() not in _OPENING_PREPOSITIONS:
        return 0
    return next((i + 1 for i, w in enumerate(words[:_OPENING_WORDS]) if w.endswith(",")), 0)


def _plural(verb: str) -> str:
    """A verb of ``DECIDING`` after a plural subject: "find" for "finds", "pass" for "passes"."""
    return verb[:-2] if verb.endswith(("sses", "shes", "ches", "xes")) else verb[:-1]


_PLURAL_DECIDING = {_plural(verb): past for verb, past in DECIDING.items()}
_PLURAL_GIVING = {_plural(verb): past for verb, past in GIVING.items()}
# How many words after "and" may name a co-subject: "and the national aviation authority".
_CO_SUBJECT = 6


def _co_subject(words: Sequence[str], at: int, others: Sequence[Actor]) -> int | None:
    """The index after a co-subject that ``words[at]`` opens, "and" then an article or none and one of
    ``others`` by name ("and the NFA"); None for anything else."""
    if at >= len(words) or words[at] != "and":
        return None
    following = words[at + 1 : at + 1 + _CO_SUBJECT]
    lead = 1 if following and following[0].casefold() in {"the", "its", "their"} else 0
    for other in others:
        names = [other.name, *other.aliases]
        for name in names:
            told = [w.casefold() for w in name.split()]
            if [w.strip(",.;:").casefold() for w in following[lead : lead + len(told)]] == told:
                return at + 1 + lead + len(told)
    return None


def _named_at(actor: Actor, words: Sequence[str]) -> int | None:
    """The index of the word after the first mention of ``actor`` in ``words`` (its name, an alias,
    or a person's surname: "Judge Pell"); None for none."""
    names = [actor.name, *actor.aliases]
    if actor.kind is ActorKind.PERSON:
        names.append(actor.name.split()[-1])
    folded = [re.sub(r"['’]s$", "", w).strip(",.;:").casefold() for w in words]
    for name in sorted(names, key=len, reverse=True):
        told = [w.casefold() for w in name.split()]
        for i in range(len(folded) - len(told) + 1):
            if folded[i : i + len(told)] == told:
                return i + len(told)
    return None


def _clause(words: Sequence[str]) -> list[str]:
    """The words of the decision's clause: up to a comma, or an "and" before another verb ("revokes
    his bail and sends him to jail"), which would read in the present after a verb in the past. A
    comma between a list's items is none of its end: cut there, "finds that the mill's training,
    guidance and checks failed" told "found that the mill's training", which said nothing. A
    second decision joined by "and" or "but" is the decision's other half, kept in the past: "upholds
    the fine, but quashes the ban" cut at its comma told half a ruling."""
    kept: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word.endswith(",") and (joined := _joined_decision(words[i + 1 : i + 3])):
            kept.extend([word, *joined])
            i += 3
            continue
        if joined := _joined_decision(words[i : i + 2]):
            kept.extend(joined)
            i += 2
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        if word == "and" and after.endswith("s") and after.casefold() == after:
            break
        if word.endswith(",") and _lists(words[i + 1 :]):
            kept.append(word)  # "finds that the mill's training, guidance and checks failed"
            i += 1
            continue
        if word.endswith((",", ";", ":")):
            kept.append(word.rstrip(",;:"))
            break
        kept.append(word)
        i += 1
    return kept


# Words that open a clause of time or cause inside a decision's clause ("closes the port until the
# storm has passed"), and the present verbs such a clause keeps in a headline, with their past.
_SUBORDINATORS = {"until", "till", "while", "when", "because", "after", "before", "since", "unless", "once"}
_PRESENT = {"is": "was", "are": "were", "has": "had", "have": "had"}


def _in_the_past(words: Sequence[str]) -> list[str]:
    """``words``, a decision's clause, with the verbs of a clause of time or cause after it put in the
    past as its main verb is: "closed the port until the storm had passed", not "closed the port
    until the storm has passed", which read as if the port were closed still."""
    told: list[str] = []
    subordinate = False
    for word in words:
        bare = word.casefold()
        if bare in _SUBORDINATORS:
            subordinate = True
        elif subordinate and bare in _PRESENT:
            word = _PRESENT[bare]
        told.append(word)
    return told


# The most words of a list's item between its comma and its "and": "training, guidance and oversight".
LIST_ITEM_WORDS = 3


def _lists(rest: Sequence[str]) -> bool:
    """Whether ``rest``, the words after a comma, go on with a short list's items up to its "and" or
    "or" ("guidance and oversight failed", "the port, the dock and the shipper"), not a clause ("with
    its warning on swelling and bleeding", "and quashes the ban")."""
    if rest and rest[0].casefold() in ("which", "who", "whom", "whose", "that", "where", "when", "while"):
        return False  # ", which the owner and the port brought": a clause of its own
    item = 0
    for word in rest:
        if word in ("and", "or"):
            return item > 0
        item += 1
        if item > LIST_ITEM_WORDS:
            return False
        if word.endswith(","):
            item = 0
    return False


def _joined_decision(pair: Sequence[str]) -> list[str]:
    """ "and dismissed" for the words "and dismisses": a conjunction and a verb of deciding after it,
    told in the past; [] for anything else."""
    if len(pair) < 2 or pair[0] not in ("and", "but"):
        return []
    past = DECIDING.get(pair[1])
    return [pair[0], past] if past else []


def latest(actor: Actor, events: Sequence[Event], others: Sequence[Actor]) -> tuple[Event, str, int] | None:
    """``actor``'s latest decision among ``events`` (those it is the first actor of), what it
    decided and how many decisions it has in all (``others``: the story's actors, as ``decided``
    takes them); None for a body with none (or no deciding body).
    Of decisions on one day, the first listed: a sentence before the ruling on an argument."""
    if not deciding(actor):
        return None
    found = [
        (e, told)
        for e in events
        if e.actors[:1] == [actor.id]
        and (told := decided(actor, e, [a for a in others if a.id in e.actors[1:]]))
    ]
    if not found:
        return None
    last_day = max(PartialDate.parse(e.date) for e, _ in found)
    event, told = next((e, t) for e, t in found if PartialDate.parse(e.date) == last_day)
    return event, told, len(found)


def in_this_story(
    page: str, slug: str, actor: Actor, events: Sequence[Event], others: Sequence[Actor]
) -> str:
    """ "Latest in this story: [rejected the appeal](timeline.md#...) on 3 May 2024", linked to the
    event on the timeline; "In this story: ..." for a body's one decision; "" for none. A latest
    decision of another kind than the one before it says that one too ("...; earlier: refused the
    licence on 1 March 2024"): "granted the licence" alone hid that the body had first refused it.
    "Earlier", not "after it": a judge is no "it", and the sources seldom say "he" or "she"."""
    found = latest(actor, events, others)
    if found is None:
        return ""
    event, told, count = found
    timeline = urls.section(slug, "timeline")
    lead = "Latest in this story" if count > 1 else "In this story"
    line = f"{lead}: {_dated(f'[{escape(told)}]({href(page, timeline, event.id)})', told, event)}"
    before = earlier_other(actor, event, told, events, others)
    if before is None:
        return line
    earlier, said = before
    return (
        f"{line}; earlier: {_dated(f'[{escape(said)}]({href(page, timeline, earlier.id)})', said, earlier)}"
    )


def earlier_other(
    actor: Actor, event: Event, told: str, events: Sequence[Event], others: Sequence[Actor]
) -> tuple[Event, str] | None:
    """``actor``'s last decision before ``event`` (its latest, ``told``) of another kind, with what it
    decided: the refusal before a grant, the advice against before the advice for; None when every
    earlier decision differs from the latest in its figures alone (a fee raised to $40, then to $45:
    a series the latest tells), or none."""
    day = PartialDate.parse(event.date)
    kind = _kind(told)
    found = [
        (e, said)
        for e in events
        if e is not event
        and e.actors[:1] == [actor.id]
        and PartialDate.parse(e.date) < day
        and (said := decided(actor, e, [a for a in others if a.id in e.actors[1:]]))
        and _kind(said) != kind
    ]
    last = max(found, key=lambda pair: PartialDate.parse(pair[0].date), default=None)
    return None if last is None else (last[0], _main_clause(last[1]))


def _kind(told: str) -> list[str]:
    """The words of a decision's clause but its figures: "raised the fee to" of "raised the fee to
    $45", so that two raises are one kind and "recommended against a licence" another than
    "recommended a licence"."""
    return [w.casefold() for w in told.split() if not any(c.isdigit() for c in w)]


# Words that open a clause of its own inside a decision's: "upheld its refusal after the maker asks
# for a review" kept the headline's present after a verb in the past.
_SUBORDINATE = {"after", "as", "because", "before", "despite", "following", "since", "until", "when", "while"}


def _main_clause(told: str) -> str:
    """``told`` up to a word that opens a clause of its own (``_SUBORDINATE``), past its verb."""
    words = told.split()
    cut = next((i for i, w in enumerate(words) if i > 1 and w.casefold() in _SUBORDINATE), len(words))
    return " ".join(words[:cut])


# Words of a length of time that end a decision's clause: a date after them read as part of it ("for
# 5 years on 2 March 2031", "to 12 years on 3 May"), so the date comes first.
_DURATIONS = {
    "day", "days", "decade", "decades", "hour", "hours", "minute", "minutes", "month", "months",
    "week", "weeks", "year", "years",
}  # fmt: skip


def _dated(linked: str, told: str, event: Event) -> str:
    """``linked`` (the decision ``told``, as a link) with ``event``'s date: after it, or before it
    when the clause ends in a length of time ("on 3 May 2024, sentenced him to 12 years")."""
    date = f"{'on' if PartialDate.parse(event.date).day else 'in'} {when(event.date)}"
    if told.split()[-1].strip(",.;:").casefold() in _DURATIONS:
        return f"{date}, {linked}"
    return f"{linked} {date}"


def without_decision(role: str, actor: Actor, events: Sequence[Event], others: Sequence[Actor]) -> str:
    """``role`` without its last clause after "and" when that clause tells the act of the body's latest
    decision, which Who's who tells after it, dated: "The judge who heard the case and passed
    the sentence. Latest in this story: sentenced him to 12 years" said the sentence twice. The role
    unchanged when no such clause (or no decision) is found."""
    found = latest(actor, events, others)
    # A relative clause after the role's comma ("The port's regulator, which licensed the ferry")
    # tells an act as a clause after "and" does.
    head, _, clause = role.rpartition(" and ")
    if aside := re.search(r", (?:which|who|whose|that)\b", role):
        head, clause = role[: aside.start()], role[aside.end() :]
    if found is None or not head:
        return role
    told = found[1]
    past = told.split(" ", 1)[0]
    present = next((now for now, then in (*DECIDING.items(), *GIVING.items()) if then == past), "")
    stem = (
        present.removesuffix("es") if present.endswith(("ses", "shes", "ches")) else present.removesuffix("s")
    )
    # "sentence" finds "sentence", "sentenced", "sentencing"; a short stem ("rule") only itself and
    # its forms with a suffix, so that "cut" does not find "cutlery".
    root = stem[:-1] if len(stem) > _ROOT else stem
    words = [w.strip(",.;:").casefold() for w in clause.split()]
    if root and any(w.startswith(root) and (len(stem) > _ROOT or w[len(root) :] in _SUFFIXES) for w in words):
        return head
    return role


# A stem longer than this many letters matches its words by all but its last letter ("sentenc").
_ROOT = 4
_SUFFIXES = ("", "s", "d", "ed", "es", "ing", "ning", "ting")


def reason_for(claim: Claim, dossier: Dossier) -> Event | None:
    """The decision ``claim`` is its maker's reason for: a claim that one deciding body (``deciding``)
    states, on the day of an event it is the first actor of and decides in ("the new quay would
    crowd the island routes", the day the harbour office refuses its licence). "No other source confirms it"
    made a doubt of a decision's stated ground, which no other source could confirm. None for any
    other claim."""
    if claim.status is not ClaimStatus.STATED or claim.unattributed or len(claim.claimants) != 1:
        return None
    maker = dossier.actor_by_id.get(claim.claimants[0])
    if maker is None or not deciding(maker) or claim.date is None:
        return None
    return next(
        (
            e
            for e in dossier.events
            if e.date == claim.date
            and e.actors[:1] == [maker.id]
            and decided(maker, e, [a for a in dossier.actors if a.id in e.actors[1:]])
            and not explains_earlier(claim, e, dossier.events)
        ),
        None,
    )


# Words by which a statement gives the cause of something, the effect told before them: "the crane
# fell because a cable snapped"; and "caused", the effect told after it: "a snapped cable caused the
# fall".
_CAUSE_AFTER = re.compile(r"\b(?:because|due to|owing to|as a result of|caused by)\b", re.IGNORECASE)
_CAUSE_BEFORE = re.compile(r"\bcaused\b(?!\s+by\b)", re.IGNORECASE)
# The fewest letters of a word that tells what a title is about; shorter ones ("the", "site") are too
# common to tie a statement to one event. Words are compared by their first letters, so that a
# headline's present ("collapses") is the statement's past ("collapsed").
_TELLING = 5
_STEM = 6


def _telling(text: str) -> set[str]:
    words = re.findall(r"[a-z]+", re.sub(r"['’]s\b", "", text.casefold()))
    return {w[:_STEM] for w in words if len(w) >= _TELLING}


def _effect(statement: str) -> str:
    """The part of ``statement`` that tells what a cause it gives brought about: before "because",
    after "caused"; "" for a statement that gives no cause."""
    if found := _CAUSE_AFTER.search(statement):
        return statement[: found.start()]
    if found := _CAUSE_BEFORE.search(statement):
        return statement[found.end() :]
    return ""


def explains_earlier(claim: Claim, decision: Event, events: Sequence[Event]) -> bool:
    """Whether ``claim`` gives the cause of an event the story tells before ``decision``: what its
    statement says the cause brought about (``_effect``) shares a telling word with that event's
    title that the decision's title lacks ("The crane collapsed because a cable snapped", the day
    the city's inspectors suspend all work on the site, after "A crane collapses onto the stadium's
    stand"). A deciding body's account of why an accident happened, given the day it acted on the
    accident, was told as "the reason given for" its act, which it was not. A ground of the act
    that gives a cause ("work is unsafe because the stand's roof may fall") tells of the act."""
    said = _telling(_effect(claim.statement)) - _telling(decision.title)
    day = PartialDate.parse(decision.date)
    return bool(said) and any(said & _telling(e.title) for e in events if PartialDate.parse(e.date) < day)


def later_decision(claim: Claim, dossier: Dossier) -> Event | None:
    """The latest decision after the one ``claim`` gives the reason for (``reason_for``), by the
    same body: the licence for a changed plan after the refusal, a second cut after the first. None
    for none."""
    event = reason_for(claim, dossier)
    maker = dossier.actor_by_id.get(claim.claimants[0]) if event is not None else None
    if event is None or maker is None:
        return None
    found = latest(maker, dossier.events, dossier.actors)
    if found is None or PartialDate.parse(found[0].date) <= PartialDate.parse(event.date):
        return None
    return found[0]
