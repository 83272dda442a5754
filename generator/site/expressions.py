"""Claims that voice their makers' feeling or courtesy ("The ferry company deeply regrets the
delay", "The club thanks its volunteers", "The mayor offers her condolences to the families"): an
expression, not a statement of fact that another source could confirm. "What is not known", its
line on the first screen and the claims page's count listed a company's regret among "claims no
one else confirms", as if a reporter might yet check it."""

from __future__ import annotations

import re

from generator.format.model import Claim, ClaimStatus
from generator.site.markup import has_second_sentence, plain

# Adjectives of a feeling, after "is", "are", "feels": "is saddened by", "are grateful to".
_FEELINGS = (
    r"saddened|sorry|grateful|thankful|heartbroken|devastated|distraught|grieving|disappointed|"
    r"proud|honou?red|humbled|relieved|delighted|pleased|shocked|appalled|dismayed|sad|glad|happy"
)
# Nouns of a feeling or a courtesy, after a verb of giving or voicing it: "offers its condolences",
# "expresses deep regret", "sends its sympathy".
_COURTESIES = (
    r"condolences|sympathy|sympathies|apologies|apology|thanks|gratitude|regret|regrets|sorrow|"
    r"sadness|grief|appreciation|prayers|thoughts"
)
# A subject of a few words, with no clause of its own ("The company", "The dead man's family"), an
# adverb or two ("deeply", "sincerely"), then the verb of a feeling or a courtesy. Not "thanks to"
# (a cause, "the fire slowed thanks to the rain"), nor "pleased to announce" and the like, which
# wrap a statement of fact in a courtesy.
_EXPRESSION = re.compile(
    r"^(?:(?!(?:that|which|who|whom|whose|because|after|when|if)\b)[^\s,;:]+\s+){1,6}"
    r"(?:(?:also|still|deeply|sincerely|profoundly|greatly|truly|very|most|so|again)\s+){0,2}"
    r"(?:"
    r"(?:regrets?|regretted|apologi[sz]es|apologi[sz]e|apologi[sz]ed|mourns?|mourned|grieves?|grieved)\b"
    r"|(?:thanks?|thanked)\b(?!\s+to\b)"
    r"|(?:is|are|was|were|feels?|felt|remains?|remained)\s+(?:(?:deeply|very|so|truly|profoundly|greatly)\s+)?"
    rf"(?:{_FEELINGS})\b(?!\s+to\s+(?:announce|report|confirm|say|share|inform|tell|note)\b)"
    r"|(?:offers?|offered|sends?|sent|extends?|extended|expresses|expressed|conveys?|conveyed)\s+"
    r"(?:(?:its|their|his|her|our|deepest|deep|sincere|sincerest|heartfelt|warm|warmest|full)\s+){0,3}"
    rf"(?:{_COURTESIES})\b"
    r")",
    re.IGNORECASE,
)
# What follows a feeling that states a fact of its own: a clause ("regrets that its crews started the
# fire", "is sorry that the data of 500 clients was taken"), or a second statement
# joined to it ("apologised for the delay but said the plane was safe", "..., saying the cause is
# not known"). The fact is the speaker's to confirm or not, told as a claim.
_FACT_AFTER = re.compile(
    r"^\s*that\b"
    r"|(?:\bbut|\band|,)\s+(?:(?:also|later)\s+)?"
    r"(?:says?|said|saying|adds?|added|adding|insists?|insisted|insisting|maintains?|maintained|"
    r"confirms?|confirmed|confirming|warns?|warned|warning|denies|denied|denying|admits?|admitted|"
    r"admitting|stresse[sd]|stressing)\b"
    r"|\bbecause\b",
    re.IGNORECASE,
)


def expressed(claim: Claim) -> bool:
    """Whether ``claim``, stated, only voices its makers' feeling or courtesy in one sentence
    (``_EXPRESSION``): regret, sorrow, thanks, an apology, condolences. A claim of several sentences
    or clauses (";"), a feeling about a fact it states ("regrets that its crews started the fire") or
    one joined to a statement ("apologises for the delay but says the plane was safe") states a fact
    besides, and stays a claim."""
    if claim.status is not ClaimStatus.STATED:
        return False
    statement = plain(claim.statement).strip()
    if ";" in statement or has_second_sentence(statement):
        return False
    feeling = _EXPRESSION.match(statement)
    if feeling is None:
        return False
    return _FACT_AFTER.search(statement[feeling.end() :]) is None
