"""A figure told with the figure it is measured against (`against:`): "12.6% of patients given the
drug had swelling, against 3.1% of those given a placebo". A share of the treated group alone, or a
change "27% slower" with no baseline, left a reader no way to tell how much it means."""

from __future__ import annotations

from generator.format.dossier import Dossier
from generator.format.model import Number
from generator.site import urls
from generator.site.grammar import caption_text, change_caption
from generator.site.markup import escape, href

# Words that begin a phrase of what a figure counts: a place, a time, a group, or a relative clause.
_PREPOSITIONS = {
    "across", "after", "among", "at", "before", "between", "by", "during", "for", "from", "in", "on",
    "over", "since", "under", "with", "within",
}  # fmt: skip
_RELATIVES = {"that", "where", "which", "who", "whose"}
# Nouns of a scale that a name before them says: "in the Harlow score", after "on the Harlow scale".
_SCALES = {"index", "rating", "scale", "score"}
_ARTICLES = {"a", "an", "the"}


def baseline_of(dossier: Dossier, number: Number) -> Number | None:
    """The figure ``number`` is measured against; None for none (or one that names itself, which
    validation reports)."""
    if number.against is None:
        return None
    other = dossier.number_by_id.get(number.against)
    return other if other is not None and other is not number else None


def against(dossier: Dossier, number: Number, page: str) -> str:
    """What follows a figure and what it counts: ", against [3.1% of people given a placebo](...)",
    linked to that figure's entry on the numbers page, told in the words that tell it apart from
    ``number`` (``compared``); "" for a figure measured against none."""
    if (other := baseline_of(dossier, number)) is None:
        return ""
    target = href(page, urls.section(dossier.slug, "numbers"), other.id)
    return f", against [{escape(compared(number, other))}]({target})"


def linked_baseline(dossier: Dossier, other: Number, page: str) -> str:
    """``other`` with what it counts, linked to its entry on the numbers page."""
    target = href(page, urls.section(dossier.slug, "numbers"), other.id)
    return f"[{escape(caption_text(other))}]({target})"


def compared(number: Number, other: Number) -> str:
    """``other``, the figure ``number`` is measured against, in the words that tell it apart, just
    after ``number`` and what it counts: "12.6% of people given the drug in the trial who had
    swelling, against 3.1% of people given placebo", not "... of people given placebo in the trial
    who had swelling" again, and "a rise of 2.10 points in the placebo group", not "2.10 points for
    the rise in the score (a worse score) over 18 months in the placebo group". The whole caption
    is on the figure's entry, which the comparison links to. What ends both alike is left out, from
    a phrase's start; then a bracket, and a phrase of a place, time or group that ``number`` says
    (``_said``). What begins ``other`` is kept, and so is any relative clause of its own."""
    phrases = _phrases(other.counts)
    own = _folded(number.counts)
    if _within(_folded(other.counts), own):
        # What ``other`` counts is all said within what ``number`` counts ("money the tax raises" of
        # "money the tax raises once refunds are paid"): no words tell it apart, and a phrase cut
        # from its middle left "the money the tax".
        return change_caption(other) or caption_text(other)
    kept = phrases[: _shared_end(phrases, own)]
    kept = kept[:1] + [
        phrase
        for phrase in kept[1:]
        if not phrase[0].startswith("(")
        and not (phrase[0].casefold() in _PREPOSITIONS and _said(phrase, own))
    ]
    short = other.model_copy(update={"counts": " ".join(word for phrase in kept for word in phrase)})
    return change_caption(short) or caption_text(short)


def _folded(text: str) -> list[str]:
    return [word.casefold() for word in text.split()]


def _phrases(counts: str) -> list[list[str]]:
    """What a figure counts, in phrases: its head, then each phrase from a preposition, a relative
    word or a bracket: "people given placebo | in the trial | who had swelling | (grade 2)"."""
    phrases: list[list[str]] = [[]]
    bracket = closed = False
    for word in counts.split():
        starts = word.casefold() in _PREPOSITIONS | _RELATIVES or word.startswith("(")
        if phrases[-1] and not bracket and (starts or closed):
            phrases.append([])
        phrases[-1].append(word)
        bracket = (bracket or word.startswith("(")) and not word.endswith(")")
        closed = word.endswith(")") and not bracket
    return phrases


def _shared_end(phrases: list[list[str]], own: list[str]) -> int:
    """How many of ``phrases`` to keep: those before the first (never the head) that begins where
    the words ``phrases`` end with alike with ``own`` have begun."""
    words = _folded(" ".join(word for phrase in phrases for word in phrase))
    shared = 0
    while shared < min(len(words), len(own)) and words[-1 - shared] == own[-1 - shared]:
        shared += 1
    start = 0
    for index, phrase in enumerate(phrases):
        if index and start >= len(words) - shared:
            return index
        start += len(phrase)
    return len(phrases)


def _said(phrase: list[str], own: list[str]) -> bool:
    """Whether ``own`` says a phrase of place, time or group: word for word ("over 18 months"), or
    a scale by the name that the figure gives it ("in the Harlow score" after "on the Harlow
    scale"). A name with a noun of its own ("in London hospitals") is kept."""
    words = _folded(" ".join(phrase))
    if _within(words, own):
        return True
    names = [w for w in phrase[1:] if w.casefold() != w]
    rest = [w.casefold() for w in phrase[1:] if w.casefold() == w and w.casefold() not in _ARTICLES]
    return bool(names) and all(n.casefold() in own for n in names) and set(rest) <= _SCALES


def _within(words: list[str], own: list[str]) -> bool:
    """Whether ``words`` appear in ``own`` in a row."""
    return any(own[i : i + len(words)] == words for i in range(len(own) - len(words) + 1))
