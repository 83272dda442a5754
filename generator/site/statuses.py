"""A claim's status in words: what a reader is told about how far the claim is established."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import NamedTuple

from generator.format.conflicts import compare
from generator.format.dates import PartialDate
from generator.format.dossier import Dossier
from generator.format.model import CONTESTED, Actor, ActorKind, Claim, ClaimStatus, Event, Number
from generator.format.vocabulary import agree
from generator.site import urls
from generator.site.decisions import reason_for
from generator.site.expressions import expressed
from generator.site.grammar import group_is_plural
from generator.site.markup import escape, has_second_sentence, href, plain
from generator.site.roles import judges, lowered, observes
from generator.site.sequels import Closed, sequel, settled_on, spoken_for
from generator.site.views import counted, in_words, when

# A warning or forecast an event of the story settled (its `outcome:`), before the event's date and
# the event as the timeline titles it, linked to it where the page allows: "a warning or forecast
# made before what followed; on 12 January 2024: The villagers leave". "The timeline tells how it
# turned out" sent a reader away to learn what the line could say.
OVERTAKEN = "a warning or forecast made before what followed;"
# A disputed or denied claim an event decided (its `outcome:`), after its status when it was made and
# before the event's date and the event as the timeline titles it, linked to it where the page
# allows: "disputed at the time; settled on 2 November 2023: The jury finds him guilty".
SETTLED = "at the time; settled"
# A claim one side made while a dispute was open, before the event that ended it (``Closed.ENDED``),
# after its status: "no other source confirms it; said before what followed, on 12 January 2024: The
# two sides sign an agreement".
SAID_BEFORE = "said before what followed,"

# A claim whose source names no one who makes it, as a reader says it (not "unattributed"), before a
# colon and the claim. "Reports say, naming no one: The appeal could take years" read as if the
# reports named no one at all.
NAMING_NO_ONE = "Reports say, without naming a source"
# The same, after the claim, as a reporter attributes a sentence at its end: "How many people lost
# their homes is not yet known, reports say without naming a source."
NAMING_NO_ONE_AFTER = "reports say without naming a source"
# An ending the attribution cannot follow: a question, an exclamation, an ellipsis, a quotation
# closed after its stop, or an abbreviation's stop ("in the U.S."), which is no sentence's.
_UNENDED = re.compile(r"(?:[?!\u2026:;]|\.\.|[.,][\u201d\"'\]]|\b[A-Z]\.)$")


def said_by_no_one_named(statement: str, target: str = "") -> str:
    """A claim no one named makes, as a sentence says it: "Reports say, without naming a source,
    that the appeal could take years" for a statement that opens with an article or a pronoun
    (``roles.lowered``); a single sentence that may open with a name, attributed at its end ("Soldiers
    blocked the road, reports say without naming a source."): "Reports say, without naming a source:
    How many people lost their homes is not yet known" read as a label before a quotation. A
    statement of several sentences, or one that asks or exclaims, stays after a colon, so that the
    attribution is not taken for its last sentence's alone. ``target``: the claim's words are linked
    to it."""

    def linked(words: str) -> str:
        return f"[{words}]({target})" if target else words

    clause = lowered(statement)
    if clause != statement:
        return f"{NAMING_NO_ONE}, that {linked(clause)}"
    body = statement.rstrip()
    if body and not _UNENDED.search(body) and not has_second_sentence(body):
        return f"{linked(body.removesuffix('.'))}, {NAMING_NO_ONE_AFTER}."
    return f"{NAMING_NO_ONE}: {linked(statement)}"


# A disputed claim no one in its story is named as disputing (``no_one_named_disputes``): what is
# known, and no more. "Another source disputes it" left a reader looking for a source the story
# does not have.
NO_ONE_NAMED_DISPUTES = "disputed, though no one is named as disputing it"


# A claim that says in its own words whose account it stands against: "..., not the 12 the
# ministry counts", "rather than the council's figure". The story then names who disputes what, in
# the claim itself; "though no one is named as disputing it" after those very words puzzled a reader.
_RIVAL = re.compile(
    r"(?:[,;]\s+not|\brather than|\bcontrary to|\bunlike)\s+"
    r"(?P<rival>(?:the|a|an|as|what|its|their|his|her)\b[^,;.]*|[£$€\d][^,;.]*)",
    re.IGNORECASE,
)


def named_rival(statement: str) -> str:
    """The account a statement sets itself against, in its own words ("the £12 the ministry
    counts" of "It costs £20, not the £12 the ministry counts"); "" for none."""
    match = _RIVAL.search(plain(statement))
    return match["rival"].strip() if match else ""


def rival_phrase(claim: Claim) -> str:
    """The status of a disputed claim no one in its story is named as disputing, whose own words name
    the account it stands against: "at odds with the figure it names" (or "account"); "" for any
    other claim. Who disputes what is in the claim itself, and the phrase points there."""
    rival = named_rival(claim.statement)
    if not rival:
        return ""
    what = "figure" if any(c.isdigit() for c in rival) else "account"
    return f"at odds with the {what} it names"


def no_one_named_disputes(claim: Claim, dossier: Dossier) -> bool:
    """Whether ``claim`` is disputed with no one named as disputing it: no note (which says who holds
    otherwise) and no other disputed claim in the story made by others (two sides' claims that each
    won an election dispute each other)."""
    if claim.status is not ClaimStatus.DISPUTED or claim.note:
        return False
    makers = set(claim.claimants)
    return not any(
        other is not claim
        and other.status is ClaimStatus.DISPUTED
        and other.claimants
        and not makers & set(other.claimants)
        for other in dossier.claims
    )


class StatusWords(NamedTuple):
    # The heading of the claims with this status, in the overview's "What is not known".
    heading: str
    # The status as a phrase after a claim: "(stated by one side; no other source confirms it)".
    phrase: str


STATUS_WORDS: dict[ClaimStatus, StatusWords] = {
    ClaimStatus.ESTABLISHED: StatusWords("Established", "established by a court or an official record"),
    ClaimStatus.CONFIRMED: StatusWords("Confirmed", "confirmed by independent sources"),
    ClaimStatus.STATED: StatusWords(
        "Only one side says so", "stated by one side; no other source confirms it"
    ),
    ClaimStatus.UNVERIFIED: StatusWords("Not verified", "not verified: no source has been able to check it"),
    ClaimStatus.DISPUTED: StatusWords("Disputed", "disputed by another source"),
    ClaimStatus.DENIED: StatusWords("Denied", "denied by those it is about"),
    ClaimStatus.FORECAST: StatusWords("Warnings and forecasts", "a warning or forecast of what may happen"),
    ClaimStatus.OPINION: StatusWords("Opinions", "an opinion, not a statement of fact"),
    ClaimStatus.CALL: StatusWords("Calls to action", "a call to action, not a statement of fact"),
    ClaimStatus.RETRACTED: StatusWords("Withdrawn", "withdrawn by whoever made it"),
}
# The statuses "What is not known" lists, most contested first; established facts are not in it,
# nor opinions and calls to action (``VIEWS``), which are no facts to confirm.
UNSETTLED = (
    ClaimStatus.DISPUTED,
    ClaimStatus.DENIED,
    ClaimStatus.UNVERIFIED,
    ClaimStatus.STATED,
    ClaimStatus.FORECAST,
    ClaimStatus.RETRACTED,
)


# The heading of claims that only their makers state, when some are not one side's word: "Only
# one side says so" above "The ministry and the army say: ..." would contradict it, and a court or
# a judge is no side.
STATED_BY_MANY = "Claims no one else confirms"


def contested(dossier: Dossier) -> bool:
    """Whether the story has sides: a claim disputed or denied, or figures of one thing that cannot
    all be right. In a story with none (an outbreak a health ministry and an agency report), a lone
    maker's word about no one else is no "side's": "Only one side says so" above the health
    agency's "the source is still under investigation" made a dispute of it."""
    if any(claim.status in (ClaimStatus.DISPUTED, ClaimStatus.DENIED) for claim in dossier.claims):
        return True
    by_quantity: dict[str, list[Number]] = {}
    for number in dossier.numbers:
        if number.quantity:
            by_quantity.setdefault(number.quantity, []).append(number)
    return any(compare(numbers).conflicts for numbers in by_quantity.values())


def one_side_makes(claim: Claim, actors: Mapping[str, Actor], *, sides: bool = True) -> bool:
    """Whether ``claim`` is one side's word: one maker, named, and not a court or a judge, whose
    finding is a ruling (``roles.judges``), nor a scholar or an analyst, who comments from outside
    (``roles.observes``). In a story without sides (``contested``), only a claim
    about others is a side's word against them ("the ministry says the family ran the centres")."""
    if not sides and not set(claim.about) - set(claim.claimants):
        return False
    if claim.unattributed or len(claim.claimants) != 1:
        return False
    maker = actors.get(claim.claimants[0])
    return maker is not None and not judges(maker) and not observes(maker)


# A claim that only those it is about state: their account of themselves, their act or their reason.
OWN_ACCOUNT = StatusWords("Their own account", "their own account, by those it is about")


def own_account(claim: Claim, dossier: Dossier) -> bool:
    """Whether ``claim``, stated and confirmed by no one else, is made only by those it is about
    (``about``) or by those who speak for them (``SPEAKS_FOR``), and about no one else: a body's
    account of itself, of its act or of its reason for it ("the committee says prices have eased
    enough to cut"). "No other source confirms it" read as if another source could confirm a
    decision-maker's own reason; it is told as their own account instead, still apart from
    established facts."""
    if claim.status is not ClaimStatus.STATED or claim.unattributed or not claim.claimants:
        return False
    if expressed(claim):
        return False
    if reason_for(claim, dossier) is not None:
        return True
    if not claim.about:
        return False
    about = set(claim.about)
    # Each maker is, or speaks for, one it is about; and each it is about is a maker or spoken for:
    # "our operation helped the neighbour's crackdown" is about the neighbour too, and stays one
    # side's word, as does a claim a second party joins.
    covered: set[str] = set()
    for maker in claim.claimants:
        mine = spoken_for(maker, dossier)
        if not mine & about:
            return False
        covered |= mine
    return about <= covered


# A claim that voices its makers' feeling or courtesy (``expressions.expressed``): "deeply regrets",
# "thanks", condolences. Told as what it is, as an opinion is, and never as "no other source
# confirms it", which asked a reader to wait for a source to confirm a regret.
EXPRESSION = "an expression of feeling, not a statement of fact"
# Such claims in a count of claims, after the opinions and calls to action: "one expression of feeling".
EXPRESSION_CENSUS = ("expression of feeling", "expressions of feeling")


def unconfirmed(claim: Claim, dossier: Dossier) -> bool:
    """Whether ``claim`` is stated and no one else confirms it, as a doubt: not its makers' own account
    of themselves (``own_account``) nor a feeling or a courtesy (``expressions.expressed``). "What
    is not known", its line on the first screen and the claims page's count agree on these."""
    return claim.status is ClaimStatus.STATED and not own_account(claim, dossier) and not expressed(claim)


# Words by which a statement says that something is not known: "how many lost their homes is not yet
# known", "the board does not know who did the work", "the cause remains unresolved", "there is no
# evidence yet on its long-term effects".
_NOT_KNOWN = re.compile(
    r"\b(?:not (?:yet |now )?(?:known|clear|determined|established)|unknown|unclear|unresolved"
    r"|(?:does|do|did) not (?:yet )?know|no one knows|nobody knows|no evidence yet)\b",
    re.IGNORECASE,
)


def marks_unknown(claim: Claim) -> bool:
    """Whether ``claim`` says that something is not known (``_NOT_KNOWN``): an open question the
    story marks as such, whoever states it and however established."""
    return _NOT_KNOWN.search(plain(claim.statement)) is not None


def still_unknown(dossier: Dossier) -> list[Claim]:
    """The story's claims that say something is not known (``marks_unknown``), in its order, while
    no later event closed them (``sequels.sequel``): "What is not known" opens with them, whatever
    their status, and its line on the first screen counts them as such, not by status. An
    inspectorate's confirmed "we do not know who opened the sluice" was in no group at all, and a
    report's "the cause of the leak is not yet known" sat among claims no one else confirms. Not a
    withdrawn one: its makers no longer say it."""
    return [
        claim
        for claim in dossier.claims
        if marks_unknown(claim)
        and claim.status is not ClaimStatus.RETRACTED
        and sequel(claim, dossier) is None
    ]


def unknown_said_by(text: str) -> int:
    """How many words of ``text`` it takes to say what is not known: up to the end of the clause
    that says it ("..., and the board does not know who did the work"); 0 when it says nothing is."""
    found = _NOT_KNOWN.search(text)
    if found is None:
        return 0
    end = re.search(r"[,;:.]|\s[\u2013\u2014]\s", text[found.end() :])
    return len(text[: found.end() + (end.start() if end else len(text))].split())


def standing_reason(claim: Claim, dossier: Dossier) -> bool:
    """Whether ``claim`` is the stated ground of a decision that still stands (``reason_for``, and no
    later event closed it, ``sequels.sequel``): it stands with the decision, which tells it. Counted
    and listed among "accounts their makers give of themselves", with what is not known, a regulator's
    reason for an approval it has not gone back on read as one more doubt. Still its maker's own
    account (``own_account``) for every rule that asks whether a claim is in doubt. A ground that
    says what is not known ("there is no evidence yet of its effects") stays with what is not known
    (``marks_unknown``)."""
    if marks_unknown(claim):
        return False
    return reason_for(claim, dossier) is not None and sequel(claim, dossier) is None


# A claim that only researchers state about their own study: their finding, not an account of their
# conduct. "Their own account, by those it is about" after a team's estimate read as self-assessment.
OWN_FINDING = StatusWords(
    "The researchers' findings",
    "the researchers' finding from their own study; no other source has checked it",
)
# Ties by which someone works for a research institute, or a body is part of one.
WORKS_FOR = frozenset({"employed-by", "member-of", "part-of"})


def researchers(dossier: Dossier) -> frozenset[str]:
    """The ids of the story's research bodies: research institutes, those who work for one or are
    part of one, and the bodies such researchers lead (a team of scientists from several
    universities)."""
    actors = dossier.actor_by_id
    found = {a.id for a in dossier.actors if a.kind is ActorKind.RESEARCH_INSTITUTE}
    found |= {
        r.subject
        for r in dossier.relationships
        if r.predicate in WORKS_FOR and r.object in found and r.subject in actors
    }
    found |= {r.object for r in dossier.relationships if r.predicate == "leader-of" and r.subject in found}
    return frozenset(found)


def own_finding(claim: Claim, dossier: Dossier) -> bool:
    """Whether ``claim``, its makers' own account (``own_account``), is a finding of their study:
    everyone it is about is a research body (``researchers``) that gives figures in the story. A
    team's "the new estimates agree with earlier ones" is what it measured, not its account of
    itself; a university's reason for its own act, with no figures of its own, stays its account."""
    if not claim.about or not own_account(claim, dossier):
        # A decision's ground (``decisions.reason_for``) is its maker's own account with no one named
        # it is about: no study's finding.
        return False
    research = researchers(dossier)
    measured = {i for number in dossier.numbers for i in number.stated_by}
    return all(i in research and i in measured for i in claim.about)


def status_phrase(claim: Claim, dossier: Dossier, page: str | None = None) -> str:
    """The status after a claim. A claim that only its makers state says how many make it: "stated
    by one side" after a claim two parties make would contradict the names before it, and after a
    court's or a judge's it would make them a side; one that only those it is about state is their
    own account (``own_account``). A claim a later event closed (``sequels.sequel``) says so, with
    the event's date. ``page``: the page the phrase is on, as Markdown that links to the event on the
    timeline; None for plain text, unescaped (the caller escapes it)."""
    actors = dossier.actor_by_id
    followed = sequel(claim, dossier)
    if (decision := reason_for(claim, dossier)) is not None:
        # The ground of a refusal read as standing after the body had licensed a changed plan: "the
        # reason given for a decision on 3 May 2031: The office refuses the quay's licence; later, on
        # 9 October 2031: The office grants a licence for a smaller quay".
        phrase = f"the reason given for a decision {settled_on(decision)}: {_told(decision, dossier, page)}"
        if followed is None or followed.how is not Closed.REPLACED:
            return phrase
        return f"{phrase}; later, {settled_on(followed.event)}: {_told(followed.event, dossier, page)}"
    if expressed(claim):
        return EXPRESSION
    if own_account(claim, dossier):
        return OWN_FINDING.phrase if own_finding(claim, dossier) else OWN_ACCOUNT.phrase
    if followed is not None and followed.how is Closed.SETTLED:
        event = _told(followed.event, dossier, page)
        if claim.status is ClaimStatus.FORECAST:
            # "The ministry will declare the end on Friday", in a story that tells the declaration, is
            # no longer what "may happen": the event that followed says what did, and when.
            return f"{OVERTAKEN} {settled_on(followed.event)}: {event}"
        # A defence's "he acted in good faith", which the verdict decided, is no longer in doubt: the
        # reader is told it was disputed, and what settled it, when.
        status = STATUS_WORDS[claim.status].heading.lower()
        return f"{status} {SETTLED} {settled_on(followed.event)}: {event}"
    if claim.status is ClaimStatus.STATED:
        phrase = ""
        if len(claim.claimants) > 1 and not claim.unattributed:
            makers = in_words(len(claim.claimants))
            phrase = f"stated only by the {makers} who make it; no other source confirms it"
        elif not one_side_makes(claim, actors, sides=contested(dossier)):
            phrase = "no other source confirms it"
        if followed is not None and followed.how is Closed.ENDED:
            # What one side said while a dispute was open says what closed it, as a forecast does.
            before = f"{SAID_BEFORE} {settled_on(followed.event)}: {_told(followed.event, dossier, page)}"
            phrase = f"{phrase or STATUS_WORDS[claim.status].phrase}; {before}"
        if phrase:
            return phrase
    if no_one_named_disputes(claim, dossier):
        return rival_phrase(claim) or NO_ONE_NAMED_DISPUTES
    return STATUS_WORDS[claim.status].phrase


def _told(event: Event, dossier: Dossier, page: str | None) -> str:
    """``event`` as a status phrase names it: its title, linked to it on the timeline when the phrase
    is on a ``page``."""
    target = href(page, urls.section(dossier.slug, "timeline"), event.id) if page is not None else ""
    return f"[{escape(event.title)}]({target})" if target else event.title


def status_heading(
    status: ClaimStatus, claims: list[Claim], actors: Mapping[str, Actor], *, sides: bool = True
) -> str:
    """The heading of ``claims``, which all have ``status``, in the overview's "What is not known";
    ``sides``: whether the story has sides (``contested``)."""
    if status is ClaimStatus.STATED and not all(one_side_makes(c, actors, sides=sides) for c in claims):
        return STATED_BY_MANY
    return STATUS_WORDS[status].heading


# The verb before a claim's statement, by what kind of statement it is: "The ministry says: ...",
# but "The lawyer argues: ..." for an opinion and "The judge urges: ..." for a call to action, so
# that a view or an appeal never reads as a fact its maker reports.
CLAIM_VERBS = {ClaimStatus.OPINION: "argue{s|}", ClaimStatus.CALL: "urge{s|}"}


# A finding researchers report of their own study (``own_finding``) is what they measured: "The
# research team reports: ...", where "says" put a result on a par with a remark.
FINDING_VERB = "report{s|}"
# A court's, a judge's or a jury's established claim is its finding: "The jury finds: he is guilty",
# not "The jury says:", which read as one more party's word beside the lawyers'.
FINDS = "find{s|}"
# What those who bring a charge or a suit say of the accused on the day they bring it (``alleged``) is
# an allegation: "The prosecutor alleges: the firm hid its losses", where "says" told a charge not
# yet tried as one more statement of fact.
ALLEGES = "allege{s|}"
# Verbs of bringing a charge or a suit, as a title has them: "Prosecutors charge the firm's owners".
CHARGING = frozenset(
    {"accuse", "accuses", "charge", "charges", "indict", "indicts", "prosecute", "prosecutes", "sue", "sues"}
)
# Words after which a charging word is a noun, or no act of the event's: "drops the charges", "faces
# charges", "new charges".
_NOT_CHARGING_AFTER = frozenset(
    {"a", "all", "an", "any", "deny", "denies", "drop", "drops", "face", "faces", "her", "his", "its",
     "new", "no", "of", "the", "their", "withdraw", "withdraws"}
)  # fmt: skip


# The past of each verb ``says_claim`` gives, for a claim told with the day it was made.
_PAST = {
    "say": "said", "says": "said", "argue": "argued", "argues": "argued", "urge": "urged",
    "urges": "urged", "report": "reported", "reports": "reported", "find": "found", "finds": "found",
    "allege": "alleged", "alleges": "alleged",
}  # fmt: skip


def said_claim(claim: Claim, speakers: Sequence[Actor], dossier: Dossier) -> str:
    """``says_claim`` in the past, with when the claim was made: "said on 26 July 2024", "argued in
    August 2024". A body's two judgements of one question, months apart ("the risks outweigh the
    benefits", then "the benefits outweigh the risks"), each "says" with no date, read as a body
    that contradicts itself; ``says_claim`` for a claim of no date."""
    verb = says_claim(claim, speakers, dossier)
    if not claim.date:
        return verb
    on = "on" if PartialDate.parse(claim.date).day else "in"
    return f"{_PAST.get(verb, verb)} {on} {when(claim.date)}"


def made_apart(claims: Sequence[Claim]) -> bool:
    """Whether ``claims`` were made on more than one date, so that each must say when."""
    return len({c.date for c in claims if c.date}) > 1


def says_claim(claim: Claim, speakers: Sequence[Actor], dossier: Dossier) -> str:
    """The verb that puts ``claim`` in its makers' mouth, agreeing with them: "says", "argue",
    "urges", "reports" (a finding of their own study), "finds" for what courts, judges or juries
    establish (``roles.judges``)."""
    if claim.status is ClaimStatus.ESTABLISHED and speakers and all(judges(actor) for actor in speakers):
        return agree(FINDS, group_is_plural(speakers))
    verb = CLAIM_VERBS.get(claim.status) or (FINDING_VERB if own_finding(claim, dossier) else "say{s|}")
    if alleged(claim, dossier):
        verb = ALLEGES
    return agree(verb, group_is_plural(speakers))


def alleged(claim: Claim, dossier: Dossier) -> bool:
    """Whether ``claim``, stated, disputed or denied, is made on the day of an event whose title
    charges or sues (``CHARGING``) by the event's first actor, who brings the charge, or by those who
    speak for it: the charge's or the suit's allegation ("the owners hid the hull's cracks", the day
    prosecutors charge them). A claim of another day, or by another (the accused), is no part of it."""
    if claim.status not in _ALLEGED or claim.unattributed or not claim.claimants or not claim.date:
        return False
    return any(
        event.date == claim.date
        and _charges(event.title)
        and bool(event.actors)
        and all(event.actors[0] in spoken_for(maker, dossier) for maker in claim.claimants)
        for event in dossier.events
    )


# The statuses an allegation has until a court decides it: one side's word, disputed or denied.
_ALLEGED = frozenset({ClaimStatus.STATED, ClaimStatus.DISPUTED, ClaimStatus.DENIED})


def _charges(title: str) -> bool:
    """Whether ``title`` has a verb of charging or suing (``CHARGING``), not a noun ("drops the
    charges")."""
    words = [w.strip(",.;:").casefold() for w in title.split()]
    return any(
        w in CHARGING and (i == 0 or words[i - 1] not in _NOT_CHARGING_AFTER) for i, w in enumerate(words)
    )


# A claim's status in a count of claims ("one disputed, two opinions"), in the order a reader
# weighs them: what is settled, what is in doubt, then what is no fact to check.
CENSUS_WORDS: dict[ClaimStatus, tuple[str, str]] = {
    ClaimStatus.ESTABLISHED: ("established by a court or an official record", ""),
    ClaimStatus.CONFIRMED: ("confirmed by independent sources", ""),
    ClaimStatus.DISPUTED: ("disputed", ""),
    ClaimStatus.DENIED: ("denied", ""),
    ClaimStatus.UNVERIFIED: ("not verified", ""),
    ClaimStatus.STATED: ("that no other source confirms", ""),
    ClaimStatus.RETRACTED: ("withdrawn", ""),
    ClaimStatus.FORECAST: ("warning", "warnings"),
    ClaimStatus.OPINION: ("opinion", "opinions"),
    ClaimStatus.CALL: ("call to action", "calls to action"),
}


# The statuses a count links when it counts one claim: a doubt a reader wants to see.
LINKED_IN_CENSUS = frozenset(
    {ClaimStatus.DISPUTED, ClaimStatus.DENIED, ClaimStatus.UNVERIFIED, ClaimStatus.RETRACTED}
)


# A disputed or denied claim an event settled, in a count of claims: "one disputed and since settled".
SINCE_SETTLED = "and since settled"


# The statuses whose claims an event settled are counted apart from those still open: a disputed or
# denied claim with what is settled, a forecast as overtaken.
SETTLED_IN_CENSUS = CONTESTED | {ClaimStatus.FORECAST}
# Forecasts an event settled, in a count of claims: "one warning or forecast since overtaken".
OVERTAKEN_CENSUS = ("warning or forecast since overtaken", "warnings or forecasts since overtaken")
# Claims a later event overtook without deciding them (``sequels.sequel``), in a count of claims, as
# their status tells each: what one side said before the event that ended its dispute ("one said
# before what followed"), a deciding body's ground for a decision the same body followed with
# another. "Three that no other source confirms" counted with what is still in doubt a side's word
# the story had since closed.
SAID_BEFORE_CENSUS = ("said before what followed", "said before what followed")
EARLIER_GROUND_CENSUS = (
    "reason given for a decision since followed by another",
    "reasons given for decisions since followed by others",
)
# The stated grounds of decisions that still stand (``standing_reason``), in a count of claims.
REASON_CENSUS = ("reason given for a decision", "reasons given for decisions")
# Claims that only those they are about state (``own_account``), in a count of claims.
OWN_CENSUS = ("account its makers give of themselves", "accounts their makers give of themselves")
# Claims that are researchers' findings from their own study (``own_finding``), in a count of claims.
FINDING_CENSUS = (
    "finding researchers report of their own study",
    "findings researchers report of their own study",
)


def census(
    claims: Sequence[Claim],
    link: Callable[[Claim], str],
    own: Collection[str] = (),
    findings: Collection[str] = (),
    settled: Collection[str] = (),
    overtaken: Mapping[str, tuple[str, str]] | None = None,
    reasons: Collection[str] = (),
    expressions: Collection[str] = (),
) -> list[str]:
    """How many claims have each status, in words, in ``CENSUS_WORDS``' order: "one established by
    a court or an official record", "two opinions". A lone claim in doubt is linked to its place
    (``link`` gives the address), so that a reader goes straight to the one disputed claim. ``own``:
    the ids of the claims that are their makers' own account, counted as such after those that no
    other source confirms; ``findings``: those of them that are researchers' findings (``own_finding``),
    counted as findings; ``settled``: the ids of the claims an event settled (``settled_by``), a
    disputed or denied one counted with what is settled ("one disputed and since settled"), not with
    what is in doubt, a forecast as overtaken ("one warning or forecast since overtaken"), not as a
    warning of what may happen; ``overtaken``: the claims a later event overtook (``overtaken_census``),
    by id, each with its words in a count (``overtaken_census``), counted as their status tells
    them, after those that no other source confirms, and neither as one side's word still open nor
    as an own account; ``reasons``: the ids of the grounds of decisions that still stand
    (``standing_reason``), counted as such, before the own accounts, and as nothing else;
    ``expressions``: the ids of the claims that voice a feeling or a courtesy
    (``expressions.expressed``), counted last, as no fact to check, never as what no other source
    confirms."""
    overtaken = overtaken or {}
    parts = []
    for status, (singular, plural) in CENSUS_WORDS.items():
        if status is ClaimStatus.DISPUTED:
            # Decided since, after what courts and records establish: no longer in doubt.
            for decided in (ClaimStatus.DISPUTED, ClaimStatus.DENIED):
                these_settled = [c for c in claims if c.status is decided and c.id in settled]
                if these_settled:
                    parts.append(f"{in_words(len(these_settled))} {CENSUS_WORDS[decided][0]} {SINCE_SETTLED}")
        these = [
            c
            for c in claims
            if c.status is status
            and c.id not in own
            and c.id not in overtaken
            and c.id not in expressions
            and c.id not in reasons
            and not (c.id in settled and status in SETTLED_IN_CENSUS)
        ]
        if status is ClaimStatus.FORECAST:
            # What events have since overtaken is no warning of what may happen: "two warnings" on
            # a page whose forecasts the story had settled (an appeal foretold, then made) read as
            # dangers still ahead.
            outrun = [c for c in claims if c.status is status and c.id in settled]
            if outrun:
                noun = OVERTAKEN_CENSUS[0] if len(outrun) == 1 else OVERTAKEN_CENSUS[1]
                parts.append(f"{in_words(len(outrun))} {noun}")
        if status is ClaimStatus.STATED:
            standing = [c for c in claims if c.id in own and c.id not in overtaken and c.id not in reasons]
            for words, these_own in (
                (REASON_CENSUS, [c for c in claims if c.id in reasons and c.id not in overtaken]),
                (FINDING_CENSUS, [c for c in standing if c.id in findings]),
                (OWN_CENSUS, [c for c in standing if c.id not in findings]),
            ):
                if these_own:
                    parts.append(
                        f"{in_words(len(these_own))} {words[0] if len(these_own) == 1 else words[1]}"
                    )
        if these:
            count = len(these)
            # A status that is a noun counts in its noun ("two opinions"); one that is a verb's past
            # participle follows the count ("two disputed").
            noun = singular if count == 1 else plural or singular
            told = f"{in_words(count)} {noun}"
            parts.append(f"[{told}]({link(these[0])})" if count == 1 and status in LINKED_IN_CENSUS else told)
        if status is ClaimStatus.STATED:
            parts.extend(_overtaken_census(claims, overtaken))
    felt = sum(1 for c in claims if c.id in expressions)
    if felt:
        parts.append(counted(felt, *EXPRESSION_CENSUS))
    return parts


def _overtaken_census(claims: Sequence[Claim], overtaken: Mapping[str, tuple[str, str]]) -> list[str]:
    """The claims a later event overtook, counted in the past as their status phrase tells them, in
    the order their kinds first appear: "two said before what followed", "one reason given for a
    decision since followed by another"."""
    counts: dict[tuple[str, str], int] = {}
    for claim in claims:
        if claim.id in overtaken:
            counts[overtaken[claim.id]] = counts.get(overtaken[claim.id], 0) + 1
    return [f"{in_words(n)} {words[0] if n == 1 else words[1]}" for words, n in counts.items()]


def overtaken_census(claim: Claim, dossier: Dossier) -> tuple[str, str] | None:
    """How a count of claims tells ``claim``, when a later event overtook it without deciding it
    (``sequels.sequel``): as a ground for a decision the same body replaced
    (``EARLIER_GROUND_CENSUS``), or as said before the end of its dispute (``SAID_BEFORE_CENSUS``);
    None for any other claim."""
    followed = sequel(claim, dossier)
    if followed is None or followed.how is Closed.SETTLED:
        return None
    return EARLIER_GROUND_CENSUS if followed.how is Closed.REPLACED else SAID_BEFORE_CENSUS
