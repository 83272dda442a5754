"""Which sentence of a key question's answer each of its facts supports, so that its footnote markers
stand after that sentence, not in one run after the last.

An answer names the facts it rests on (``Question.numbers``, ``events``, ...), not the sentence each
supports; its markers all stood after its last sentence, up to ten in a row, and a reader could not
tell which source said what. Each fact goes to the sentence that says most of it: its figure, its
date, the names of those it names, its words; a fact no sentence says goes to the last, as before.
A marker covers the sentences since the marker before it, so last sentences that say no fact of
their own take the markers of the one before them. Every fact stays cited; a sentence that rests on
many sources has one marker for them all (``questions.SIDE_BY_SIDE``).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from generator.format.dates import PartialDate
from generator.format.dossier import Dossier
from generator.format.model import Citation, Question
from generator.format.numbers import number_in_text
from generator.site.threads import first_sentence

# Short words that say nothing of which fact a sentence tells.
_STOP = frozenset(
    {
        "about", "after", "also", "among", "and", "are", "been", "before", "being", "but", "can", "could",
        "did", "does", "for", "from", "had", "has", "have", "her", "his", "into", "its", "it's", "more",
        "most", "not", "now", "one", "only", "other", "our", "out", "over", "said", "says", "she", "than",
        "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "two",
        "under", "until", "was", "were", "what", "when", "where", "which", "while", "who", "will", "with",
        "would",
    }
)  # fmt: skip
# A cue that names one fact (its figure, its date, a term) outweighs the words and names it shares
# with a sentence: the story's own words ("harbour", "ferry") and the names of its parties are in many
# facts, and count only in the one sentence of an answer that has them.
_NAMED = 5


@dataclass(frozen=True)
class Supported:
    """One sentence of an answer and the citations of the facts it says."""

    text: str
    cite: tuple[Citation, ...]


def sentences(text: str) -> list[str]:
    """``text``'s sentences, white space collapsed (``threads.first_sentence``)."""
    rest = " ".join(text.split())
    found = []
    while rest:
        sentence = first_sentence(rest)
        found.append(sentence)
        rest = rest[len(sentence) :].strip()
    return found


def supported(dossier: Dossier, question: Question, paragraph: str) -> list[Supported]:
    """``paragraph`` of ``question``'s answer, sentence by sentence, each with the citations of the
    facts the question names that it says most of, in the order the question names them; the facts
    no sentence says, with the last. Every fact's citations are in one sentence's."""
    told = sentences(paragraph)
    if not told:
        return []
    cited: list[list[Citation]] = [[] for _ in told]
    spread = [_words(sentence) for sentence in told]
    once = frozenset(w for words in spread for w in words if sum(w in other for other in spread) == 1)
    for cues, citations in _facts(dossier, question):
        scores = [_score(sentence, cues, once) for sentence in told]
        best = max(scores)
        at = scores.index(best) if best > 0 else len(told) - 1
        cited[at].extend(citations)
    # A marker covers the sentences since the one before: the last sentences, with no fact of their
    # own, take the markers of the last that has, which would leave them looking unsourced.
    last = max((n for n, cite in enumerate(cited) if cite), default=len(told) - 1)
    if last < len(told) - 1:
        cited[-1], cited[last] = cited[last], []
    return [Supported(sentence, tuple(cite)) for sentence, cite in zip(told, cited, strict=True)]


@dataclass(frozen=True)
class _Cues:
    """What says a fact in a sentence: phrases (dates, terms) and names written whole, a figure, and
    its words."""

    phrases: tuple[str, ...] = ()
    figure: float | int | None = None
    measures: str = ""
    words: frozenset[str] = frozenset()
    names: tuple[str, ...] = ()
    # The forms of the fact's date, which count once, however many a sentence writes; and how much
    # (an event's date names it, a figure's only says as of when).
    dates: tuple[str, ...] = ()
    dated: int = _NAMED
    # Whether the figure is a share: only then is it read in a percentage ("5%" is no count of 5).
    share: bool = False


def _facts(dossier: Dossier, question: Question) -> Iterator[tuple[_Cues, Sequence[Citation]]]:
    """Each fact ``question`` names, with its cues and citations, in the order it names them."""
    for number_id in question.numbers:
        number = dossier.number_by_id[number_id]
        cues = _Cues(
            figure=number.value,
            measures=f"{number.unit or ''} {number.counts}",
            words=_words(number.counts),
            dates=_dates(str(number.as_of)) if number.as_of else (),
            dated=1,
            share=bool(_SHARE.search(number.unit or "")),
        )
        yield cues, number.cite
    for event_id in question.events:
        event = dossier.event_by_id[event_id]
        cues = _Cues(
            words=_words(event.title), names=_names(dossier, event.actors), dates=_dates(str(event.date))
        )
        yield cues, event.cite
    for claim_id in question.claims:
        claim = dossier.claim_by_id[claim_id]
        yield _Cues(words=_words(claim.statement), names=_names(dossier, claim.claimants)), claim.cite
    for actor_id in question.actors:
        actor = dossier.actor_by_id[actor_id]
        # Who an actor is, the fact cited, is said where the answer names it: its name written whole
        # weighs as a term's does. Counted as one name among those an act involves, it weighed less
        # than two words of its description that another sentence shared.
        names = _names(dossier, [actor_id])
        yield _Cues(names, words=_words(actor.description), names=names), actor.cite
    for term_id in question.terms:
        term = dossier.term_by_id[term_id]
        yield _Cues((term.term, *term.aliases)), term.cite


def _score(sentence: str, cues: _Cues, once: frozenset[str]) -> int:
    """How much of a fact ``sentence`` says: each phrase it writes whole and its figure, weighed
    ``_NAMED``; its date, once; each of its words that ``sentence`` alone of the answer has
    (``once``), and one for the names of those it involves."""
    named = sum(1 for phrase in cues.phrases if _writes(sentence, phrase))
    if cues.figure is not None and number_in_text(cues.figure, _figures(sentence, cues.share), cues.measures):
        named += 1
    dated = cues.dated if any(_writes_date(sentence, date) for date in cues.dates) else 0
    # Those a fact involves, named in this sentence alone, count once, however many: a sentence
    # that names every party is not thereby the one that tells each of their acts.
    names = {name for name in cues.names if _writes(sentence, name) and _words(name) & once}
    # A word of a name ("the Vargas say the Vargas did nothing") is the name's, counted there.
    words = cues.words - {w for name in cues.names for w in _words(name)}
    return named * _NAMED + dated + min(len(names), 1) + len(words & _words(sentence) & once)


def _writes(sentence: str, phrase: str) -> bool:
    """Whether ``sentence`` writes ``phrase`` whole: a name or a month as written ("May" is not
    "may"), a term in lower case in any case (at a sentence's start too)."""
    flags = re.IGNORECASE if phrase.islower() else 0
    return bool(phrase) and re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", sentence, flags) is not None


def _writes_date(sentence: str, date: str) -> bool:
    """Whether ``sentence`` writes ``date``: a form without its year ("15 September", "May") only
    where no year follows it. "The board approved the deal in May 2031" does not write the "May" of
    a decision of May 2033, which took a later sentence's markers to it."""
    if re.search(r"\d{4}$", date):
        return _writes(sentence, date)
    return re.search(rf"(?<!\w){re.escape(date)}(?!\w)(?!,?\s+\d{{4}})", sentence) is not None


# A unit that makes a figure a share of something.
_SHARE = re.compile(r"%|\bper ?cent|\bpercentage", re.IGNORECASE)
_MONTHS = "|".join(calendar.month_name[1:])
# A date's day and year, which are no figure's: "4 November 2031", "November 4, 2031", "May 2031".
_DATE = re.compile(
    rf"\b(?:\d{{1,2}} (?:{_MONTHS})(?: \d{{4}})?|(?:{_MONTHS})(?: \d{{1,2}},?)?(?: \d{{4}})?)\b"
)
# A percentage, which is no count: "rates fell to 5%", "5 percent".
_PERCENTAGE = re.compile(r"[\d.,]+\s*(?:%|per ?cent\b|percentage points?\b)", re.IGNORECASE)


def _figures(sentence: str, share: bool) -> str:
    """``sentence`` with what cannot write a figure taken out: its dates ("sentenced on 4 November"
    wrote no 4 of those executed), and unless the figure is a share (``share``) its percentages ("cut
    the rate to 5%" wrote no 5 members who voted for the cut)."""
    kept = _DATE.sub(" ", sentence)
    return kept if share else _PERCENTAGE.sub(" ", kept)


def _dates(date: str) -> tuple[str, ...]:
    """How an answer writes a date: "15 September 2023", "15 September", "September 2023", "September";
    a year alone says too little to place a fact."""
    parsed = PartialDate.parse(date)
    if not parsed.month:
        return ()
    month = calendar.month_name[parsed.month]
    forms = [f"{month} {parsed.year}", month]
    if parsed.day:
        forms[:0] = [f"{parsed.day} {month} {parsed.year}", f"{parsed.day} {month}"]
    return tuple(forms)


def _names(dossier: Dossier, ids: Sequence[str]) -> tuple[str, ...]:
    """The names and aliases of the actors ``ids``."""
    return tuple(
        name for i in ids if (actor := dossier.actor_by_id.get(i)) for name in (actor.name, *actor.aliases)
    )


def _words(text: str) -> frozenset[str]:
    """The words of ``text`` that tell one fact from another, each cut to its first five letters so
    that "closed" meets "closing" and "ferries" "ferry"."""
    return frozenset(
        word[:5]
        for word in re.findall(r"[a-z][a-z'-]+", text.casefold())
        if len(word) > 2 and word not in _STOP
    )
