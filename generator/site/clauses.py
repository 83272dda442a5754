"""A claim told as reported speech: "The bank says rates will fall", not "The bank says: Rates will fall".

"X says: Capitalised sentence." is how a transcript labels a speaker; a reporter writes "X says
rates will fall". A statement becomes the clause after "says" when it is one plain sentence whose
first word is not a name: a word of a closed class ("If", "Most", "By"), or a word the story writes
in lower case and never with a capital inside a sentence ("Rates" in a story that speaks of "interest
rates"). A first word followed by another capitalised one opens a name ("Bank Rate", "High Court")
and stays as it is. Anything else keeps the colon: wrongly lowering a name is worse than a colon.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.format.dossier import Dossier
from generator.site.markup import has_second_sentence

# Words that open a sentence and are never a name: articles, pronouns, determiners, prepositions and
# conjunctions.
_FUNCTION_WORDS = frozenset(
    {
        "A", "About", "After", "All", "Almost", "An", "Any", "As", "At", "Before", "Both", "By",
        "Each", "Even", "Every", "Few", "For", "From", "If", "In", "It", "Its", "Many", "More",
        "Most", "Much", "No", "None", "Nor", "Not", "Of", "On", "Once", "One", "Only", "Other",
        "Our", "Over", "Several", "Since", "So", "Some", "Such", "That", "The", "Their", "There",
        "These", "They", "This", "Those", "Through", "Under", "Unless", "Until", "Up", "We",
        "What", "When", "Whether", "Which", "While", "Who", "With", "Within", "Without",
    }
)  # fmt: skip
# Opening words that read as "says" + a preposition ("says by the end of the century ...") unless
# "that" comes between.
_AFTER_THAT = frozenset(
    {
        "About", "After", "As", "At", "Before", "By", "Even", "For", "From", "If", "In", "Of",
        "On", "Once", "Only", "Over", "Since", "So", "Through", "Under", "Unless", "Until", "Up",
        "When", "While", "With", "Within", "Without",
    }
)  # fmt: skip
# An ending a reported clause cannot have: a question, an exclamation, a colon, a quotation.
_UNENDED = re.compile(r"[?!:;\u201d\"]$")
# The first word and the one after it.
_OPENING = re.compile(r"^([A-Z][a-z]+)(\s+\S+)?")
_WORD = re.compile(r"[A-Za-z][a-z]+")


class Casing:
    """How a story writes its words: those it writes in lower case, and those it capitalises alone
    inside a sentence (after a lower-case word, before another), which are names ("the Bank says").
    A word capitalised in a name of several ("the Glacier Mass Balance study") may still be common
    ("glacier ice"): a statement that opens with it followed by a capital is kept as it is."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.lower: set[str] = set()
        self.named: set[str] = set()
        for text in texts:
            for sentence in re.split(r"[.!?:;]\s+", text):
                words = _WORD.findall(sentence)
                for n, word in enumerate(words):
                    before = words[n - 1] if n else "."
                    after = words[n + 1] if n + 1 < len(words) else "."
                    if word.islower():
                        self.lower.add(word)
                    elif before.islower() and not after[:1].isupper():
                        self.named.add(word.casefold())

    def common(self, word: str) -> bool:
        """Whether ``word``, capitalised at a sentence's start, is a common word of this story."""
        folded = word.casefold()
        return folded in self.lower and folded not in self.named

    @classmethod
    def of(cls, dossier: Dossier) -> Casing:
        texts = [dossier.meta.summary, *(p.text for p in dossier.meta.story)]
        texts += [claim.statement for claim in dossier.claims]
        texts += [q.answer for q in dossier.questions]
        texts += [e.description or "" for e in dossier.events]
        texts += [t.definition for t in dossier.terms]
        return cls(texts)


def reported_clause(statement: str, rendered: str, casing: Casing) -> str | None:
    """``rendered``, the Markdown of ``statement``, as the clause after "says", its first word
    lowered; None when it must stay a sentence of its own after a colon (several sentences, a
    question, a name first). The checks read the contributor's words, not the Markdown, whose links
    carry titles of their own sentences."""
    body = statement.strip()
    if not body or has_second_sentence(body) or _UNENDED.search(body):
        return None
    opening = _OPENING.match(body)
    if opening is None:
        return None
    word, following = opening.group(1), opening.group(2)
    if word not in _FUNCTION_WORDS and not casing.common(word):
        return None
    # "Bank Rate will ...", "High Court judges ...": a capitalised pair opens a name.
    if word not in _FUNCTION_WORDS and following and following.strip()[:1].isupper():
        return None
    # The first letter of the Markdown, perhaps inside a link's brackets: "[Inflation](...) will".
    start = 1 if rendered.startswith("[") else 0
    if rendered[start : start + len(word)] != word:
        return None
    that = "that " if word in _AFTER_THAT else ""
    return that + rendered[:start] + rendered[start].lower() + rendered[start + 1 :]
