"""The overview's key questions: what a reader asks first, answered from the dossier's facts.

Each question is a disclosure (``<details>``, which opens without JavaScript) with its own anchor.
Its answer is the contributor's plain words, with actors and terms linked at their first mention
in the questions; its footnotes are the citations of the facts the answer names.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from generator.format.mentions import Target
from generator.format.model import Citation, Question
from generator.site import urls
from generator.site.answers import supported
from generator.site.citations import Footnotes
from generator.site.markup import escape, typographic
from generator.site.story import Story
from generator.site.views import Fact


def key_questions(
    story: Story,
    page: str,
    notes: Footnotes,
    answered: Collection[Question] = (),
    linked: set[Target] | None = None,
) -> tuple[Fact, ...]:
    """The dossier's questions in file order, each with its answer, citations and links; but those
    ``answered`` whole above them, on the first screen (not asked a second time). ``linked``, when
    given, gathers what the answers link."""
    if linked is None:
        linked = set()  # the answers link each actor or term once, at its first mention
    shown = {id(q) for q in answered}
    return tuple(
        Fact(
            escape(typographic(question.question)),
            "",
            urls.question_anchor(question.id),
            body=cited_answer(story, question, page, notes, linked),
        )
        for question in story.dossier.questions
        if id(question) not in shown
    )


def cited_answer(story: Story, question: Question, page: str, notes: Footnotes, linked: set[Target]) -> str:
    """The answer's paragraphs, each sentence followed by the markers of the facts it says
    (``answers.supported``): ten markers after the last sentence told a reader nothing of which
    source said what."""
    dossier = story.dossier
    paragraphs = [p for p in re.split(r"\n\s*\n", question.answer.replace("\r\n", "\n")) if p.strip()]
    told = []
    for paragraph in paragraphs:
        sentences = []
        for sentence in supported(dossier, question, paragraph):
            many = len({c.source for c in sentence.cite}) > SIDE_BY_SIDE
            cite = notes.cite_together if many else notes.cite
            sentences.append(
                story.prose.inline(sentence.text, page=page, linked=linked) + cite(dossier, sentence.cite)
            )
        told.append(" ".join(sentences))
    return "\n\n".join(told)


# Up to this many markers stand side by side after a sentence ("¹,²,³"); a sentence that rests on
# more sources has one marker, whose footnote gives them all (``Footnotes.cite_together``).
SIDE_BY_SIDE = 3


def citations(story: Story, question: Question) -> list[Citation]:
    """The citations of every fact the answer names, in the order it names them."""
    dossier = story.dossier
    found: list[Citation] = []
    for number_id in question.numbers:
        found.extend(dossier.number_by_id[number_id].cite)
    for event_id in question.events:
        found.extend(dossier.event_by_id[event_id].cite)
    for claim_id in question.claims:
        found.extend(dossier.claim_by_id[claim_id].cite)
    for actor_id in question.actors:
        found.extend(dossier.actor_by_id[actor_id].cite)
    for term_id in question.terms:
        found.extend(dossier.term_by_id[term_id].cite)
    return found
