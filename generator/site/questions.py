"""The overview's key questions: what a reader asks first, answered from the dossier's facts.

Each question is a disclosure (``<details>``, which opens without JavaScript) with its own anchor.
Its answer is the contributor's plain words, with actors and terms linked at their first mention
in the questions; its footnotes are the citations of the facts the answer names.
"""

from __future__ import annotations

from collections.abc import Collection

from generator.format.mentions import Target
from generator.format.model import Citation, Question
from generator.site import urls
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
            notes.cite(story.dossier, citations(story, question)),
            urls.question_anchor(question.id),
            body=story.prose.block(question.answer, page=page, linked=linked),
        )
        for question in story.dossier.questions
        if id(question) not in shown
    )


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
