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
    if asked is None or _opening(asked.answer) != " ".join(asked.answer.split()):
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
    told = story.prose.inline(_opening(asked.answer), page=page, linked=set(linked))
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


def _opening(answer: str) -> str:
    """The answer's first sentences, as many as fit in ``WHY_WORDS`` words (at least one)."""
    rest = " ".join(answer.split())
    told: list[str] = []
    while rest:
        sentence = first_sentence(rest)
        if told and len(" ".join([*told, sentence]).split()) > WHY_WORDS:
            break
        told.append(sentence)
        rest = rest[len(sentence) :].strip()
    return " ".join(told)
