"""The overview's line that says why, on the first screen: "**Why:** The jurors found that ...
[Why did the jury acquit the mayor?](#q-...)".

A reader who never saw the story asks why it happened, or why it matters, right after what
happened. A dossier answers it in a key question that asks "why" ("Why did the ferry lose power?",
"Why does it matter?"), but the overview asks its questions in the contributor's order, after the
lines on what is in doubt and what may happen next: the answer sat a screen or three down on a
phone, after questions on who and how many. The line gives its first sentences under the summary and
links to the whole answer, with its sources. A story whose first question asks why needs no line:
the answer is the first thing below; nor one whose answer is only the claim that "Still in doubt"
tells just under it.

When the line gives the whole answer, the question is not asked again below it: a phone reader met
the same sentence twice within two screens, and the line's link led to it. The line then carries the
answer's footnotes and the question's anchor (``told_why``; the overview leaves the question out of
"Key questions"), so a link or search result for the question still lands on its answer.

The format has no other place for a cause: events do not link to the events that caused them, and
a claim that gives a reason is a claim like any other, so the line says only what a question does.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from generator.format.dossier import Dossier
from generator.format.mentions import Target
from generator.format.model import Question
from generator.site import urls
from generator.site.citations import Footnotes
from generator.site.markup import escape, typographic
from generator.site.questions import citations
from generator.site.sequels import settled_by
from generator.site.story import Story
from generator.site.threads import first_sentence
from generator.site.unknowns import main_doubt

_WHY = re.compile(r"why\b", re.IGNORECASE)
# The line gives the answer's first sentences up to this many words (at least one sentence): a short
# first sentence ("The command was the largest base in the area.") seldom says why on its own.
WHY_WORDS = 35


def why_question(dossier: Dossier) -> Question | None:
    """The dossier's first question that asks why, of those whose answer no later event overtook
    (``overtaken``); None when none does."""
    return next(
        (q for q in dossier.questions if _WHY.match(q.question.strip()) and not overtaken(dossier, q)), None
    )


def overtaken(dossier: Dossier, asked: Question) -> bool:
    """Whether the answer to ``asked`` rests on a claim that a later event settled (``settled_by``):
    a board's reasons for a first ruling that an appeal then reversed, a union's case for a strike
    the deal ended. Under the summary, which tells how the story ended, "Why: The board found the
    pilot not to blame" read as the reason for the outcome it no longer explains; the question keeps
    its answer, with the claim's status, below."""
    return any(settled_by(dossier.claim_by_id[i], dossier) is not None for i in asked.claims)


def _line_question(dossier: Dossier) -> Question | None:
    """The why-question the line answers; None when no question asks why, the first one does, or
    "Still in doubt" tells its answer."""
    asked = why_question(dossier)
    if asked is None or asked is dossier.questions[0] or _told_as_doubt(dossier, asked):
        return None
    return asked


def told_why(dossier: Dossier) -> Question | None:
    """The why-question whose whole answer the line gives (it fits in ``WHY_WORDS``): the overview
    does not ask it again; None otherwise."""
    asked = _line_question(dossier)
    if asked is None or opening(asked.answer) != " ".join(asked.answer.split()):
        return None
    return asked


def why_line(story: Story, page: str, linked: Collection[Target] = (), notes: Footnotes | None = None) -> str:
    """The first sentences of the answer to the story's first why-question, then that question
    linked to its whole answer; "" when no question asks why, or the first one does. ``linked``:
    what the summary above links (named here without a second link). The whole answer, with
    ``notes`` given, is followed by its footnotes rather than a link to itself."""
    dossier = story.dossier
    asked = _line_question(dossier)
    if asked is None:
        return ""
    told = story.prose.inline(opening(asked.answer), page=page, linked=set(linked))
    if notes is not None and told_why(dossier) is asked:
        return f"{told}{notes.cite(dossier, citations(story, asked))}"
    anchor = urls.question_anchor(asked.id)
    return f"{told} [{escape(typographic(asked.question))}](#{anchor})"


def _told_as_doubt(dossier: Dossier, asked: Question) -> bool:
    """Whether the answer rests on nothing but the claim that "Still in doubt" tells on the same
    screen ("Aldria says technical or human errors may also have played a part"): said there, it
    would be said twice, and a third time in the question below."""
    main = main_doubt(dossier)
    named = asked.references()
    only_claims = not any(ids for field, ids in named.items() if field not in ("claims", "actors", "terms"))
    return main is not None and only_claims and set(asked.claims) == {main.id}


def opening(answer: str) -> str:
    """The answer's first sentences, as many as fit in ``WHY_WORDS`` words (at least one), and of
    the first sentence that does not fit, its main clause when that fits (``_main_clause``). The
    line never ends on a step that leads on to what is cut (``_leads_on``): "The works stopped in
    May. Then the inspectors came back." left out what they found; the step gives way to the next
    sentence, or its main clause, when that fits in its place and does not lean on it by a
    pronoun ("In June the board closed the mine.", not "It closed the mine.")."""
    rest = " ".join(answer.split())
    sentences: list[str] = []
    while rest:
        sentences.append(first_sentence(rest))
        rest = rest[len(sentences[-1]) :].strip()
    told = sentences[:1]
    for sentence in sentences[1:]:
        if _fits([*told, sentence]):
            told.append(sentence)
            continue
        if len(told) > 1 and _leads_on(told[-1]):
            told.pop()
            if _refers_back(sentence):
                break
        ending = sentence if _fits([*told, sentence]) else _main_clause(sentence)
        if ending and _fits([*told, ending]):
            told.append(ending)
        break
    return " ".join(told)


def _fits(sentences: list[str]) -> bool:
    return len(" ".join(sentences).split()) <= WHY_WORDS


# Words that open a step of a sequence ("Then the courts heard the case."): the line does not end
# on one, whose sequel it would cut.
_STEPS = frozenset({"then", "next", "first", "later", "afterwards", "afterward"})
# Words that open a sentence leaning on the one before it: it cannot follow the one before that.
_BACK = frozenset(
    {"it", "its", "they", "their", "them", "he", "his", "she", "her", "this", "that", "these", "those"}
)


def _leads_on(sentence: str) -> bool:
    """Whether ``sentence`` opens with a step of a sequence (``_STEPS``): "Then ...", "After that ..."."""
    words = [w.strip(",").casefold() for w in sentence.split()[:2]]
    return bool(words) and (words[0] in _STEPS or words == ["after", "that"])


def _refers_back(sentence: str) -> bool:
    """Whether ``sentence`` opens with a word that leans on the sentence before (``_BACK``)."""
    first = sentence.split(" ", 1)[0].strip(",").casefold()
    return first in _BACK


# A clause boundary a sentence may end at: a colon or a semicolon and a space. What comes before
# either is a whole clause ("In June the board closed the mine: the shafts were unsafe"); a comma
# may follow a word that needs what comes after it ("before", "that", "of").
_CLAUSE_END = re.compile(r"[:;] ")
# Words a clause that stands alone cannot end with: they lead on to what was cut.
_LEADING = frozenset(
    {
        "a", "about", "after", "against", "an", "and", "as", "at", "because", "before", "but", "by",
        "during", "for", "from", "if", "in", "into", "its", "like", "nor", "of", "on", "or", "since",
        "so", "than", "that", "the", "their", "to", "under", "until", "when", "where", "whether",
        "which", "while", "who", "whom", "whose", "with", "without",
    }
)  # fmt: skip
# Fewer words than this before a colon are a label ("Update: ..."), not a clause.
_CLAUSE_WORDS = 4


def _main_clause(sentence: str) -> str:
    """The first clause of ``sentence`` up to a colon or a semicolon, as a sentence of its own ("In
    June the board closed the mine." of "In June the board closed the mine: the shafts were
    unsafe."); "" when it has none, or the clause is a label, is inside brackets or quotation marks,
    or ends on a word that leads on (``_LEADING``)."""
    found = _CLAUSE_END.search(sentence)
    if found is None:
        return ""
    head = sentence[: found.start()].rstrip()
    words = head.split()
    if len(words) < _CLAUSE_WORDS or words[-1].casefold().strip("\"'”’") in _LEADING:
        return ""
    opened = head.count("(") != head.count(")") or head.count("[") != head.count("]")
    quoted = head.count('"') % 2 == 1 or head.count("“") != head.count("”")
    return "" if opened or quoted else f"{head}."
