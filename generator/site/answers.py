"""Which sentence of a key question's answer each of its facts supports, so that its footnote markers
stand after that sentence, not in one run after the last.

An answer names the facts it rests on (``Question.numbers``, ``events``, ...), not the sentence each
supports; its markers all stood after its last sentence, up to ten in a row, and a reader could not
tell which source said what. Each fact goes to the sentence that says most of it: its figure, its
date, the names of those it names, its words; a fact no sentence says goes to the last, as before.
A pronoun counts as the one it stands for, the subject of the sentence before ("The owner paid the
fine. The port is suing it"); of sentences that say as much of a fact, the one that names more of
those it involves tells it, else the first. A marker covers the sentences since the marker before it,
so last sentences that say no fact of their own take the markers of the one before them. Every fact
stays cited; a sentence that rests on many sources has one marker for them all
(``questions.SIDE_BY_SIDE``).
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
# A figure an event's title writes weighs less than its date, which names the event: "42 days pass
# after the last patient leaves" tells a rule, "the last patient left on 8 November" the event of
# the title "the last patient leaves, and the 42-day countdown begins".
_TITLE_FIGURE_WEIGHT = 2


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
    # What each sentence's pronoun stands for, read with it: "The county is suing them" after "The
    # quarry's owner and manager paid..." names them; "once" still counts each word where written.
    stands_for = [
        _subject(told, n - 1) if n and _refers_back(sentence) else "" for n, sentence in enumerate(told)
    ]
    read = [f"{sentence} {subject}".strip() for sentence, subject in zip(told, stands_for, strict=True)]
    for cues, citations in _facts(dossier, question):
        scores = [
            _score(sentence, cues, once, subject, told)
            for sentence, subject in zip(told, stands_for, strict=True)
        ]
        best = max(scores)
        tied = [n for n, score in enumerate(scores) if score == best]
        # Of sentences that say as much of the fact, the one that names more of those it involves, a
        # pronoun counted as the one it stands for: "The county is suing them" tells the suit, beside
        # "The quarry's owner and manager paid" with the same words of its title; else the first.
        at = max(tied, key=lambda n: (_named(read[n], cues), -n)) if best > 0 else len(told) - 1
        cited[at].extend(citations)
    # A marker covers the sentences since the one before: the last sentences, with no fact of their
    # own, take the markers of the last that has, which would leave them looking unsourced.
    last = max((n for n, cite in enumerate(cited) if cite), default=len(told) - 1)
    if last < len(told) - 1:
        cited[-1], cited[last] = cited[last], []
    return [Supported(sentence, tuple(cite)) for sentence, cite in zip(told, cited, strict=True)]


# A pronoun that stands for someone named before: "They reached the summit", "The county is suing them". Not
# "its" or "their", which mostly stand for one named in the same sentence ("the port and its workers").
_PRONOUN = re.compile(r"\b(?:they|them|he|him|she|it)\b", re.IGNORECASE)
# What may open a sentence before its subject: "On 5 June 2031", "Early in May", "Later".
_OPENING = frozenset(
    {
        "on",
        "in",
        "at",
        "after",
        "before",
        "by",
        "early",
        "late",
        "during",
        "since",
        "until",
        "then",
        "later",
        "also",
    }
    | {month.casefold() for month in calendar.month_name[1:]}
)
# The verbs that most often end an answer's subject, which no ending shows ("The owner paid", "The
# board found"); a lower-case word ending in "ed" ends it too ("The port reopened").
_VERBS = frozenset(
    {
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might",
        "must", "should", "did", "does", "do", "said", "says", "say", "paid", "pays", "made", "makes",
        "took", "takes", "gave", "gives", "got", "came", "went", "found", "left", "held", "told", "sent",
        "won", "lost", "fell", "rose", "began", "became", "brought", "kept", "met", "ran", "saw", "set",
        "sold", "spent", "stood", "struck", "wrote", "put", "cut", "hit", "let", "led", "flew", "knew",
        "grew", "drew", "chose", "broke", "bought", "built", "caught", "fought", "shut", "sat", "now",
        "still",
    }
)  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"})


def _refers_back(sentence: str) -> bool:
    """Whether ``sentence`` has a pronoun that may stand for someone named before it (``_PRONOUN``)."""
    return _PRONOUN.search(sentence) is not None


def _subject(told: Sequence[str], at: int) -> str:
    """The subject of sentence ``at`` of ``told``, what a pronoun in the next sentence most likely
    stands for: its words before its verb, after what opens it ("On 5 June 2031 the harbour's pilots
    walked out": "the harbour's pilots"); a pronoun's own, from the sentence before it ("It also
    found..." stands for the one the sentence before it names first). "" when no verb is found."""
    words = told[at].split()
    while words and (words[0].casefold().strip(",") in _OPENING or re.fullmatch(r"[\d,]+", words[0])):
        words = words[1:]
    for n, word in enumerate(words):
        bare = word.casefold().strip(",;:")
        before = words[n - 1].casefold() if n else ""
        if n and (bare in _VERBS or (len(bare) > 3 and bare.endswith("ed") and before not in _DETERMINERS)):
            subject = " ".join(words[:n])
            if _PRONOUN.fullmatch(subject) and at:
                return _subject(told, at - 1)
            return "" if _PRONOUN.fullmatch(subject) else subject
    return ""


def _named(sentence: str, cues: _Cues) -> int:
    """How many of those a fact involves ``sentence`` names, however many other sentences name them."""
    return sum(1 for name in cues.names if _writes(sentence, name))


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
    # Figures an event's title writes ("... 286 days after launch"), each a cue as a phrase is.
    figures: tuple[str, ...] = ()


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
            words=_words(event.title),
            names=_names(dossier, event.actors),
            dates=_dates(str(event.date)),
            figures=_title_figures(event.title),
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


def _score(
    sentence: str, cues: _Cues, once: frozenset[str], stands_for: str = "", answer: Sequence[str] = ()
) -> int:
    """How much of a fact ``sentence`` says: each phrase it writes whole and its figure, weighed
    ``_NAMED``; its date, once; each of its words that ``sentence`` alone of the answer has
    (``once``), and one for the names of those it involves. ``stands_for``: what a pronoun of the
    sentence stands for (``_subject``), whose words and names count as the sentence's own for a fact
    that involves someone: a figure involves no one a pronoun could stand for ("It sentenced 11 of
    them" said no more of the 11 executed for the court that "it" was)."""
    if not cues.names:
        stands_for = ""
    named = sum(1 for phrase in cues.phrases if _writes(sentence, phrase))
    # A title's figure is written where no date holds it ("on 4 June" writes no 4 of a title).
    figured = sum(1 for written in cues.figures if _writes(_figures(sentence, share=True), written))
    if cues.figure is not None and number_in_text(cues.figure, _figures(sentence, cues.share), cues.measures):
        named += 1
    dated = cues.dated if any(_writes_date(sentence, date) for date in cues.dates) else 0
    # Those a fact involves, named in this sentence alone, count once, however many: a sentence
    # that names every party is not thereby the one that tells each of their acts.
    read = f"{sentence} {stands_for}".strip()
    names = {
        name for name in cues.names if _writes(read, name) and sum(_writes(s, name) for s in answer) <= 1
    }
    # A word of a name ("the Vargas say the Vargas did nothing") is the name's, counted there.
    words = cues.words - {w for name in cues.names for w in _words(name)}
    shared = len(words & _words(read) & once)
    return named * _NAMED + figured * _TITLE_FIGURE_WEIGHT + dated + min(len(names), 1) + shared


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


# A figure in a title: "286", "43.7", "1,200"; a year is a date, not a figure (``_title_figures``).
_TITLE_FIGURE = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\w,]*\d)")


def _title_figures(title: str) -> tuple[str, ...]:
    """The figures ``title`` writes, its dates and years left out: "Wilmore and Williams splash down
    286 days after launch" tells the return that an answer's "286 days later" tells."""
    kept = _DATE.sub(" ", title)
    return tuple(f for f in _TITLE_FIGURE.findall(kept) if not re.fullmatch(r"(?:1[89]|2[01])\d\d", f))


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
