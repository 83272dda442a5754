"""Who an actor is, in a few words.

A list of bare names tells a newcomer nothing; "Jon Pell: A lawyer who represents more than
2,000 flood victims" does. The role is the first clause of the actor's own description, so it
says only what the contributor wrote and cited.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from generator.format.model import Actor, ActorKind
from generator.site.grammar import is_plural
from generator.site.markup import escape, plain, typographic
from generator.site.threads import first_sentence

# Where a description's first clause ends: a comma, semicolon, colon or dash followed by a space,
# or an opening parenthesis ("The armed group of the Dravan, founded in 1989").
_CLAUSE_END = re.compile(r"[,;:]\s|\s[(\u2013\u2014]|\s-\s")
# A relative clause: a role too long to glance at is cut before it ("The military government").
# Words that open a noun phrase: after "where" or "that", a subject, not a verb.
_DETERMINERS = {
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "this",
    "these",
    "those",
    "most",
    "many",
}
_RELATIVE = re.compile(r"\s(?:that|who|whom|which|whose|where|when)\b")
# Words that open an adverbial, not a role: "Before the fall of Tarnby, the leader of ...".
_OPENERS = {"after", "before", "since", "until", "during", "in", "on", "from", "when", "while", "as"}
ROLE_WORDS = 16
# The most words of a list's later items after a comma ("the DLF and the Northern Army").
LIST_ITEM_WORDS = 10
# A role this short takes the next sentence's first clause when that sentence is about the actor.
SHORT_ROLE_WORDS = 6
# A person's role this short that repeats a word of the name (a family name) says little beyond
# kinship ("Mother of Ana Ruiz and Luis Ruiz" of "Carmen Ruiz"); another's, ``SHORT_ROLE_WORDS``.
KINSHIP_ROLE_WORDS = 8
# An owner's name ending in its possessive: "Aldria's", "Veltria’s".
# Words that open no main clause after an opening adverbial's comma: "..., so that ...", "..., which".
_NOT_MAIN = {"so", "which", "that", "and", "but", "or", "because", "where", "whereby", "although", "though"}
_POSSESSIVE = ("'s", "’s")
_PRONOUNS = {"He", "She", "It", "They", "His", "Her", "Its", "Their"}
# A date that closes a role ("... who died in the flood in 2001", "... since 3 May 2019").
_CLOSING_DATE = re.compile(
    r",?\s(?:in|on|since|until|from|by|during)\s(?:early\s|late\s|mid-)?(?:\d{1,2}\s)?(?:[A-Z][a-z]+\s)?\d{4}$"
)
# Words a clause cannot end on ("it gave the figure of 40 brokers and").
_DANGLING = {"and", "or", "of", "the", "a", "an", "to", "in", "by", "with"}


def _is_list_comma(sentence: str, end: int) -> bool:
    """Whether the comma ending at ``end`` separates a list's items ("The Smith, Jones, Lee and Park
    families"; "the NLA, the DLF and the Northern Army") rather than a clause."""
    rest = sentence[end:]
    following = re.split(r"[,;:.]", rest, maxsplit=1)[0]
    words = following.split()
    if _RELATIVE.search(" ".join(["", *words[:2]])):  # ", and which sailed home ...": a second clause
        return False
    if re.search(r"\s(?:and|or)\s", f" {following} ") and len(words) <= LIST_ITEM_WORDS:
        return True
    # A short item followed by another comma ("Smith, Jones, Lee and Park"): a list if one follows.
    after = len(following) + 1
    return len(words) <= 3 and rest[after - 1 : after] == "," and _is_list_comma(sentence, end + after)


# The most words of an aside in brackets that a clause reads past: "Its appeals board (the APB)
# hears ...", where cutting at the bracket left a subject with no verb.
ASIDE_WORDS = 3


def _is_aside(sentence: str, start: int) -> int:
    """The index just past the closing bracket when the bracket opening at ``start`` holds a short
    aside (an abbreviation, a short name) inside a clause that goes on after it ("Its appeals board
    (the APB) hears ..."); 0 when the bracket ends the clause ("The armed group (founded 1989)")."""
    close = sentence.find(")", start)
    if close < 0 or len(sentence[start + 1 : close].split()) > ASIDE_WORDS:
        return 0
    following = sentence[close + 1 :].split()
    return close + 1 if following and following[0][:1].islower() else 0


# A relative clause that says for whom its actor acts: "who represents the families", "who spoke on
# behalf of the union", "who spoke for the opposition", "who stood for the Green Party". "for" is
# followed by a name or by a side in a dispute, not by a thing ("who voted for the cut").
_FOR_WHOM = re.compile(
    r"\brepresent\w*\b|\bon behalf of\b|\bfor\s(?:the\s)?(?:[A-Z]|(?:opposition|defen[cs]e|prosecution|"
    r"government|plaintiffs?|claimants?|defendants?|families|family|victims|workers|union|employers?)\b)"
)


def _acts_for(sentence: str, end: int) -> bool:
    """Whether the relative clause after the comma ending at ``end`` says for whom a person acts
    ("A lawyer, who represents the families"), in a role short enough to keep it whole: cut at its
    comma, "A lawyer" said no more of whose side he is on than his name did. A body's clause ("which
    licensed the drug for Aldria") tells what it did, which its line tells after the role."""
    rest = sentence[end:]
    if not re.match(r"who\s", rest):
        return False
    following = _CLAUSE_END.split(rest, maxsplit=1)[0]
    return bool(_FOR_WHOM.search(following)) and len(sentence[: end + len(following)].split()) <= ROLE_WORDS


def _first_clause(sentence: str, *, apposed: bool = True, named: bool = True) -> str:
    """``sentence`` up to its first clause break, read past the commas of a list, past an
    opening adverbial ("Before the fall of Tarnby, the leader of a village militia"), past a short
    aside in brackets ("Its appeals board (the APB) hears appeals") and, when ``apposed``, past the
    comma before an appositive that says which one a general noun is ("A Veltrian diplomat, the envoy
    to the talks"); past an appositive on the name that ends its head only when ``named``
    (``_glossed``)."""
    start = 0
    while match := _CLAUSE_END.search(sentence, start):
        if match.group().endswith("(") and (past := _is_aside(sentence, match.end() - 1)):
            start = past
            continue
        if match.group().startswith(","):
            if _is_list_comma(sentence, match.end()):
                start = match.end()
                continue
            if past := _past_region(sentence, match.start()):
                start = past
                continue
            if sentence.split(" ", 1)[0].casefold() in _OPENERS and start == 0:
                rest = sentence[match.end() :]
                if rest.split(" ", 1)[0].casefold() in _NOT_MAIN:
                    # "When a loan goes unpaid, so that the lender may seize ...": what follows the
                    # opening is no main clause, so the opening is the definition; read past, the
                    # gloss began "So that ...", of nothing.
                    return sentence[: match.start()].strip()
                return _first_clause(rest, apposed=apposed, named=named)
            head = sentence[: match.start()].split()
            if start == 0 and len(head) <= 2 and head[0].casefold() in {"a", "an", "the"}:
                # "A service, hosted at a university, that ...": a bare noun is no role ("A
                # service"); the aside that follows it says which one, or the relative clause after
                # the aside does (``_relative_after_aside``).
                if defined := _relative_after_aside(sentence, match.end(), apposed=apposed, named=named):
                    return f"{' '.join(head)} {defined}"
                start = match.end()
                continue
            if (
                start == 0
                and _PLACE_BEFORE.search(sentence[: match.start()])
                and (defined := _relative_after_aside(sentence, match.end(), apposed=apposed, named=named))
            ):
                # "The court in Tarnby, the province's capital, that hears ...": the aside says what
                # the place is, the relative clause after it what the court does. Cut at the place's
                # comma, "The court in Tarnby" told no more of the court than its name.
                return f"{sentence[: match.start()].strip()} {defined}"
            if _acts_for(sentence, match.end()):
                start = match.end()
                continue
            if apposed and start == 0 and _names_which(sentence, match.start()):
                start = match.end()
                continue
            if apposed and start == 0 and (glossed := _glossed(sentence, match.start(), named=named)):
                return glossed
        return sentence[: match.start()].strip()
    return sentence


# A place named with its region between commas, after a preposition of place: "in Tarnby, Veltria, who
# ...". The words before the first comma and the region are capitalised, the region one or two words.
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|from)\s(?:[A-Z][\w.'’-]*\s){0,2}[A-Z][\w.'’-]*$")
_REGION = re.compile(r",\s[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?,\s")


def _past_region(sentence: str, comma: int) -> int:
    """The index just past the region's closing comma when the comma at ``comma`` sets off the region
    of a place ("The court in Tarnby, Veltria, that ..."); 0 when it does not. Cut at the place's own
    comma, the role lost the region and all that followed it: "The judge in Tarnby", of "..., who
    hears the port's case"."""
    region = _REGION.match(sentence, comma)
    return region.end() if region and _PLACE_BEFORE.search(sentence[:comma]) else 0


def _before_region(text: str) -> str:
    """``text`` up to the region of its first place ("The court in Tarnby" of "The court in Tarnby,
    Veltria, that ..."): what a role says of what the actor is, without what it says of the place and
    what the actor did there."""
    for region in _REGION.finditer(text):
        if _PLACE_BEFORE.search(text[: region.start()]):
            return text[: region.start()]
    return text


# What opens a relative clause after an aside, a preposition before its pronoun included ("to which",
# "in whom"); not "when", which may open an adverbial.
_RELATIVE_PREPOSITIONS = {"to", "in", "on", "at", "by", "for", "from", "with", "under", "through", "into"}
_RELATIVE_OPENING = re.compile(
    rf"(?:(?:{'|'.join(sorted(_RELATIVE_PREPOSITIONS))})\s)?(?:that|which|who|whom|whose|where)\b"
)


def _relative_after_aside(sentence: str, after: int, *, apposed: bool, named: bool = True) -> str:
    """The relative clause, up to its own first clause break, that follows the aside opening at
    ``after`` after a bare noun ("A permit, issued by the port office, that lets a ship carry
    passengers"); "" when the aside is not followed by one. The relative clause says what the thing
    is for or does, the aside only something of it: the first clause, cut at the aside's end, read
    "A permit, issued by the port office", and "A yard, near the harbour" of "..., where crews mend
    nets", which told a reader nothing of what a permit or that yard is."""
    close = _CLAUSE_END.search(sentence, after)
    if close is None or not close.group().startswith(","):
        return ""
    rest = sentence[close.end() :]
    if not _RELATIVE_OPENING.match(rest):
        return ""
    return _first_clause(rest, apposed=apposed, named=named)


# The most words of a general noun phrase that an appositive after it may say more of ("A Veltrian
# diplomat, the envoy to the talks"), and the fewest words of that appositive.
GENERAL_WORDS = 5
APPOSED_LEAST = 3


def _names_which(sentence: str, comma: int) -> bool:
    """Whether the comma at ``comma`` ends a general noun phrase ("A Veltrian diplomat") followed by an
    appositive that says which one this is ("the envoy to the talks"), the two short enough to be one
    role: cut at the comma, two people of one kind were told apart by nothing on the Who's who page."""
    head = sentence[:comma].split()
    rest = sentence[comma + 1 :]
    apposed = _CLAUSE_END.split(rest, maxsplit=1)[0].split()
    return (
        1 < len(head) <= GENERAL_WORDS
        and head[0].casefold() in {"a", "an"}
        and len(apposed) >= APPOSED_LEAST
        and apposed[0] in {"the", "a", "an"}
        and not _RELATIVE.search(f" {apposed[1]}")
        and len(head) + len(apposed) <= ROLE_WORDS
    )


def _role_ands(text: str) -> list[int]:
    """Where ``text``'s "and"s start that may join two roles: not one between two names ("England
    and Wales", "Smith and Jones"), which joins the parts of one name or list inside a role ("The
    body that pays for medicines in England and Wales" was cut to "... in England")."""
    return [
        m.start()
        for m in re.finditer(r"\sand\s", text)
        if (
            not (text[: m.start()].split()[-1:] and text[: m.start()].split()[-1][:1].isupper())
            or not text[m.end() :][:1].isupper()
        )
        and not _ends_a_list(text, m.start())
    ]


def _ends_a_list(text: str, at: int) -> bool:
    """Whether the "and" at ``at`` joins the last item of a list whose items are set apart by commas
    ("its cost to farmers, the mills, their buyers and shippers"): cut there, the role lost
    the list's last item."""
    if text[:at].endswith(","):
        return False  # ", and the first to ...": a clause after a comma, no list's last item
    comma = text.rfind(", ", 0, at)  # not the comma of a figure ("60,000 victims and ...")
    item = text[comma + 1 : at].split()
    return comma >= 0 and 0 < len(item) <= LIST_ITEM_WORDS and _is_list_comma(text, comma + 1)


# Words ending as a doer's noun does ("owner", "operator") that are none.
_NOT_DOERS = {"after", "either", "ever", "later", "neither", "never", "nor", "or", "other", "over", "per",
              "rather", "under", "whether"}  # fmt: skip


def _doer(word: str) -> bool:
    return word.isalpha() and word.islower() and word.endswith(("er", "or")) and word not in _NOT_DOERS


def _shortened(clause: str, *, apposed: bool = True) -> str:
    """A clause too long to glance at, cut before its first "and" that follows four words or more
    and does not join two names (the second of two roles goes whole), else before its first
    relative clause ("A military government"; a head opened by "the" keeps its relative clause up to
    a phrase that ends it, ``_relative_kept``), else before a list's second item ("A ferry line,
    the operator of the Tarn crossing" of "..., the operator of the Tarn crossing, the Lake Vell
    route and the Kessel night boat"), else after ``ROLE_WORDS`` words. An "and" between two
    doers' nouns joins one phrase, cut after the second: "The agency that sued the mill's owner
    and operator", where "... sued the mill's owner" told half of whom it sued."""
    for cut in _role_ands(clause):
        before, after = clause[:cut].split(), clause[cut:].split()[1:2]
        end = cut + len(" and ") + len(after[0]) if after and _doer(before[-1]) and _doer(after[0]) else cut
        if 4 <= len(clause[:end].split()) <= ROLE_WORDS:
            return clause[:end].rstrip(",;")
    relative = _RELATIVE.search(clause)
    head = clause[: relative.start()].split() if relative else []
    # The preposition before its pronoun opens the relative clause too: "The harbour from which the
    # ferries sail ..." was cut to "The harbour from".
    while head and head[-1].casefold() in _RELATIVE_PREPOSITIONS:
        head.pop()
    # "The body", cut before "that decides which medicines ...", is a bare noun, no role.
    if len(head) >= 2 and not (len(head) == 2 and head[0].casefold() in {"a", "an", "the"}):
        kept = _relative_kept(clause, relative) if relative and head[0].casefold() == "the" else ""
        return kept or (apposed and _placeless(clause, relative)) or " ".join(head)
    # A bare noun needs its relative clause ("A panel that fills the opening for an extra exit"), cut
    # at a phrase's end rather than after ``ROLE_WORDS`` words: "... for an extra exit in the
    # ferry's…", an unfinished phrase ending on an ellipsis.
    if relative and head and (kept := _relative_kept(clause, relative)):
        return kept
    for comma in re.finditer(",", clause):
        if 4 <= len(clause[: comma.start()].split()) <= ROLE_WORDS and _is_list_comma(clause, comma.end()):
            return clause[: comma.start()]
    return " ".join(clause.split()[:ROLE_WORDS]).rstrip(",;") + "\u2026"


def _placeless(clause: str, relative: re.Match[str] | None) -> str:
    """``clause`` without the place that ends its head, its relative clause kept whole or cut at a
    phrase's end: "A bakery chain that recalled its bread after a scare", of "A bakery chain in Tarnby
    that ...". Cut before its relative clause, the role said where the actor is and not what it did in
    the story ("A bakery chain in Tarnby"); "" when the head ends in no place or the rest is too long."""
    if relative is None or not (place := _PLACE_BEFORE.search(clause[: relative.start()])):
        return ""
    if len(clause[: place.start()].split()) < 2:
        return ""
    shorter = clause[: place.start()].rstrip() + clause[relative.start() :]
    if len(shorter.split()) <= ROLE_WORDS:
        return shorter
    moved = _RELATIVE.search(shorter, place.start() - 1)
    return _relative_kept(shorter, moved) if moved else ""


# Words that open a phrase a long relative clause may end before: a preposition, or a participle
# after its object ("the grain barges sent from ...").
_TAIL_OPENERS = {"from", "to", "in", "on", "at", "by", "for", "with", "under", "over", "since", "after",
                 "before", "during", "across", "into", "through"}  # fmt: skip
_PARTICIPLES = {"sent", "held", "given", "paid", "made", "taken", "known", "built", "run", "set", "kept",
                "brought", "bought", "sold", "found", "told", "shown", "seen", "won", "lost"}  # fmt: skip
# Words after which a participle is the clause's verb, not a phrase's opening: "who slept in the hall",
# "while it was shut", cut before it, read "who" and "while it was".
_VERB_BEFORE = {"who", "which", "that", "is", "are", "was", "were", "be", "been", "has", "have", "had"}
# The fewest words of a relative clause kept, its pronoun included ("that agreed to take ...").
RELATIVE_KEPT = 4


def _relative_kept(clause: str, relative: re.Match[str]) -> str:
    """``clause`` cut inside its relative clause, before the last phrase that ends it within
    ``ROLE_WORDS`` words: "The government of the island state that agreed to take in the refugees",
    of "... that agreed to take in the refugees sent from the mainland". Cut before its relative
    clause, a head opened by "the" had lost what made it "the" one: "The government of the island
    state", "The former prime minister" of several, read as if the page had named them before. ""
    when no such phrase ends it, or what is kept of the clause is too short."""
    words = clause.split()
    start = len(clause[: relative.start()].split())
    if listed := _first_of_list(clause, relative) or _up_to_region(clause, relative):
        return listed
    for end in range(min(len(words), ROLE_WORDS + 1) - 1, start + RELATIVE_KEPT - 1, -1):
        last, following = words[end - 1], words[end].casefold().strip(",;")
        if following not in _TAIL_OPENERS or last.casefold() in _DANGLING | _TAIL_OPENERS:
            continue
        while (words[end - 1].casefold() in _PARTICIPLES or words[end - 1].endswith("ed")) and words[
            end - 2
        ].casefold() not in _VERB_BEFORE:
            end -= 1  # "the refugees sent from ...": the participle goes with its phrase
        kept = words[start:end]
        # An aside inside the clause ("that, investigators say, ran ...") is no place to cut.
        if any(w.endswith((",", ";")) for w in kept[:-1]):
            return ""
        if len(kept) >= RELATIVE_KEPT and kept[-1].casefold() not in _DANGLING:
            return " ".join(words[:end]).rstrip(",;")
    return ""


# Words that open an appositive, a noun phrase that says what its head is ("The choir's singers, all
# students"; "A dam, one of the oldest in the valley"); a figure opens one too ("A dam, 90 metres
# high and the oldest ..."). Not a participle's phrase ("founded in 1989"), which says when, not what.
_APPOSITIVE_OPENERS = {"the", "a", "an", "all", "both", "each", "one", "its", "their", "his", "her",
                       "most", "many", "some", "several"}  # fmt: skip
# Words that may open what follows a gloss's last comma: another clause or phrase, not the verb of a
# main clause whose subject the gloss was ("The mayor, a former judge, ran ...": no role).
_AFTER_GLOSS = (
    _NOT_MAIN | _TAIL_OPENERS | _APPOSITIVE_OPENERS | {"who", "whom", "whose", "when", "while", "as"}
)


def _before_infinitive(rest: str) -> bool:
    """Whether ``rest`` opens on "to" and a verb ("to accept", not "to the port" or "to Tarnby"): cut
    before it, "which chose which mills" lost what it chose them for."""
    words = rest.split()
    return len(words) > 1 and words[0] == "to" and words[1].islower() and words[1] not in _DETERMINERS


# A name that ends a role's head after a preposition: "The harbour police of Orvik", "A lawyer for the
# Varga family", "A member of the Dune Alliance". An appositive after its comma ("of Orvik, a port on
# the gulf") says what the name is, not what the actor is or did. Not after "by", which ends a
# participle's phrase: "A bank founded by Ola Berg, the sister company of ..." is the bank.
_NAME_BEFORE = re.compile(
    r"\b(?:of|for|to|with|in|at|near|outside|from)\s"
    r"(?:the\s(?:[A-Z][\w.'’&-]*\s){1,3}[a-z]+|(?:the\s)?(?:[A-Z][\w.'’&-]*\s){0,3}[A-Z][\w.'’-]*)$"
)


def _on_name(sentence: str, comma: int) -> bool:
    """Whether what follows the comma at ``comma`` is an appositive on the name that ends the head before
    it (``_NAME_BEFORE``): "The harbour police of Orvik, a port on the gulf". A relative clause there
    ("The government of Orvik, which seized the boat") tells what the actor did, and is none."""
    relative = re.match(r"\s*(?:who|whom|whose|which|where)\b", sentence[comma + 1 :])
    return bool(_NAME_BEFORE.search(sentence[:comma])) and not relative


def _glossed(sentence: str, comma: int, *, named: bool = True) -> str:
    """``sentence`` up to the end of the appositives and relative clauses set off by commas after the
    noun phrase that ends at ``comma``, within ``ROLE_WORDS`` words, a relative clause too long cut at
    a phrase's end (``_relative_kept``): "The choir's 12 singers, all students, who slept in the hall
    while it was shut"; "" when none follows or none fits. Cut at the first comma, the role kept a bare head
    ("The choir's 12 singers", "The mill's lender") and lost what said who they are or what they do.
    Without ``named``, none that is an appositive on the name ending the head (``_on_name``)."""
    head = sentence[:comma]
    # After a place, an appositive says what the place is ("in Tarnby, a town of 4,000"), not the actor.
    if _RELATIVE.search(f" {head}") or len(head.split()) < 2 or _PLACE_BEFORE.search(head):
        return ""
    if not named and _on_name(sentence, comma):
        return ""
    kept, at = head, comma
    while at < len(sentence):
        following = _CLAUSE_END.search(sentence, at + 1)
        end = following.start() if following else len(sentence)
        part = sentence[at + 1 : end].strip()
        first = part.split(" ", 1)[0].casefold()
        whole = f"{kept}, {part}"
        # A part cut mid-list or on a word that joins ("which sold the looms and, in May, ..."): none.
        if part.split()[-1].casefold() in _DANGLING or (following and _is_list_comma(sentence, end + 1)):
            break
        if relative := re.match(r"(?:who|whom|whose|which|where)\b", part):
            if len(whole.split()) > ROLE_WORDS:
                pronoun = re.compile(rf"\s{re.escape(relative.group())}\b").search(whole, len(kept))
                cut = _relative_kept(whole, pronoun) if pronoun else ""
                if cut and len(cut.split()) <= ROLE_WORDS and not _before_infinitive(whole[len(cut) :]):
                    kept = cut
                break
        elif (
            not (first in _APPOSITIVE_OPENERS or first[:1].isdigit())
            or len(whole.split()) > ROLE_WORDS
            or (kept != head and _is_list_comma(sentence, at + 1))  # a list's second item
        ):
            break
        kept, at = whole, end
        if not following or not following.group().startswith(","):
            break
    if kept == head:
        return ""
    rest = sentence[len(kept) :].lstrip(", ").split(" ", 1)[0].casefold()
    listed = _is_list_comma(sentence, len(kept) + 1)  # "which buys fruit, sets its price and ..."
    if (
        rest
        and rest.isalpha()
        and rest not in _AFTER_GLOSS
        and not rest.endswith(("ing", "ed"))
        and not listed
    ):
        return ""
    return kept


def _up_to_region(clause: str, relative: re.Match[str]) -> str:
    """``clause`` up to the region of a place that closes its relative clause, before a second
    relative clause ("The mill that built the barges at its yard in Tarnby, Veltria", of "..., where
    the hull cracked"); "" when there is none within ``ROLE_WORDS`` words. Cut before the last phrase,
    the role lost the place: "... at its yard"."""
    for region in _REGION.finditer(clause, relative.end()):
        kept = clause[: region.end()].rstrip(", ")
        if (
            _PLACE_BEFORE.search(clause[: region.start()])
            and _RELATIVE_OPENING.match(clause[region.end() :])
            and len(kept.split()) <= ROLE_WORDS
        ):
            return kept
    return ""


def _first_of_list(clause: str, relative: re.Match[str]) -> str:
    """``clause`` cut before the second item of a list of what its relative clause says the actor
    does ("The agency that inspects the mills, sets quotas and hears appeals" to "The agency that
    inspects the mills"); "" when the relative clause holds no such list, or its first item is too
    short to keep. The relative clause's commas read as an aside's, and the role was cut before it:
    "The agency", a bare noun that told a reader nothing of what the agency does."""
    comma = clause.find(", ", relative.end())
    if comma < 0 or not _is_list_comma(clause, comma + 1):
        return ""
    kept = clause[relative.start() : comma].split()
    return clause[:comma] if len(kept) >= RELATIVE_KEPT and len(clause[:comma].split()) <= ROLE_WORDS else ""


# A measure set off by commas between a noun and its relative clause: "A dam, 90 metres high, that
# holds back the river". Cut at its first comma, the role kept only the noun ("A dam").
_MEASURE_ASIDE = re.compile(
    r",\s(?:aged\s\d+|[\d.,]+\s(?:[a-z]+\s)?(?:long|wide|high|tall|deep|old|thick|heavy)),(?=\s(?:that|which|who)\b)"
)


def _clause(sentence: str, *, apposed: bool = True, named: bool = True) -> str:
    whole = _MEASURE_ASIDE.sub("", sentence.rstrip(".").strip())
    clause = _first_clause(whole, apposed=apposed, named=named)
    relatives = list(_RELATIVE.finditer(clause))
    # "whose capital", "that": a relative clause cut off before its verb. Cut at a comma, one that
    # holds only its subject has none yet either: "The country where the outbreak, its first, took
    # place" read "The country where the outbreak" ("a company that makes tyres, ..." has its verb).
    after = clause[relatives[-1].end() :].split() if relatives else []
    subject_only = (
        clause != whole
        and len(after) <= 3
        and after[0].casefold() in _DETERMINERS
        and not _closes_clause(whole, clause)
        if after
        else False
    )
    if relatives and (len(after) <= 1 or subject_only):
        head = clause[: relatives[-1].start()]
        clause = head if len(head.split()) >= 2 else clause
    if len(clause.split()) > ROLE_WORDS:
        clause = _shortened(clause, apposed=apposed)
    return clause


def _closes_clause(whole: str, clause: str) -> bool:
    """Whether what follows ``clause`` in ``whole`` opens a clause of its own (", which is suing ...",
    ", and ..."): the relative clause before it had its verb ("The county where the dam stood"), which
    cut at its relative read "The county". An aside that the verb follows (", its first, took place")
    opens none."""
    at = whole.find(clause)
    rest = whole[at + len(clause) :].lstrip(",;: ") if at >= 0 else ""
    return bool(re.match(r"(?:which|who|whose|where|when|and|but)\b", rest))


def role(actor: Actor, *, second: bool = True, apposed: bool = True, named: bool = True) -> str:
    """The first clause of ``actor``'s description as Markdown-safe text, without a final full stop:
    "A judge of the High Court", "Oren Varga's son"; "" when it has no description. A role
    that short, shared by many ("A judge of the High Court"), takes the first clause of a next
    sentence about the actor (``second``): "A judge of the High Court; he wrote the dissent". A
    general noun keeps the appositive that says which one it is (``apposed``): "A Veltrian diplomat,
    the envoy to the talks"; inside a sentence, where a second pair of commas would follow the
    name's, it is left out. An appositive on the name that ends the head ("The harbour police of
    Orvik, a port on the gulf") is kept unless ``named`` is false, and never in place of that next
    sentence: "The harbour police of Orvik; they seized the boat" says what the actor did."""
    text = plain(actor.description)
    sentence = first_sentence(text)
    following = text[len(sentence) :].lstrip(". ")
    clause = _clause(sentence, apposed=apposed, named=named)
    if second:
        clause = _with_next(clause, following)
        if apposed and named and "; " not in clause:
            bare = _with_next(_clause(sentence, apposed=apposed, named=False), following)
            clause = bare if "; " in bare else clause
    return escape(typographic(clause[:1].upper() + clause[1:]))


def _with_next(clause: str, following: str) -> str:
    """``clause`` followed by the first clause of ``following`` when that is about the actor (opens on
    a pronoun) and the two are short enough for a role: "A judge of the High Court; he wrote the
    dissent"; ``clause`` alone otherwise."""
    pronoun = following.split(" ", 1)[0]
    if len(clause.split()) > SHORT_ROLE_WORDS or pronoun not in _PRONOUNS:
        return clause
    more = _clause(first_sentence(following), apposed=False)  # one clause after the semicolon
    whole = f"{clause}; {pronoun.lower()}{more[len(pronoun) :]}"
    if len(whole.split()) <= ROLE_WORDS and more.split()[-1] not in _DANGLING and "\u2026" not in more:
        return whole
    return clause


# A definition's first sentence this short is given whole: cut at its first comma or relative clause
# as a role is, "A yard where crews, mostly hired locally, mend fishing nets" was "A yard".
GIST_WORDS = 20


def gist(text: str) -> str:
    """A definition in a few words, as Markdown-safe text without a final full stop: its first
    sentence when that is short ("A yard where crews, mostly hired locally, mend fishing nets"), else
    its first clause, cut as a role is; "" for none."""
    sentence = first_sentence(plain(text)).strip().rstrip(".")
    clause = sentence if len(sentence.split()) <= GIST_WORDS else _clause(sentence)
    return escape(typographic(clause[:1].upper() + clause[1:]))


def is_weak(actor: Actor, text: str) -> bool:
    """Whether ``text``, ``actor``'s role, says little beyond its name: a short phrase with no
    clause of its own that repeats a word of the name ("The river below the lake" of "The river",
    "The harbour's administration" of "Harbour office")."""
    most = KINSHIP_ROLE_WORDS if actor.kind == ActorKind.PERSON else SHORT_ROLE_WORDS
    if "; " in text or len(text.split()) > most or _RELATIVE.search(text):
        return False
    aliases = (
        [untitled(a, actor.name) for a in actor.aliases] if actor.kind is ActorKind.PERSON else actor.aliases
    )
    return bool(_content_words(text) & _content_words(" ".join([actor.name, *aliases])))


def untitled(alias: str, name: str) -> str:
    """A person's alias without the title before the name ("Judge Pell" of "Ana Pell": "Pell"). A
    role that gives the title ("the country's president", of "President Lind") says what the name
    does not, the office, which the alias only carries: followed by a tie that says the office
    again ("; a leader of the president's office"), it said it twice."""
    named = {w.casefold() for w in name.split()}
    words = alias.split()
    first = next((i for i, w in enumerate(words) if w.casefold() in named), None)
    return " ".join(words[first:]) if first is not None else alias


def fuller(actor: Actor, deeds: Iterable[tuple[str, Sequence[str]]], *, apposed: bool = True) -> str:
    """``actor``'s role; when it says little (``is_weak``), followed by the first of ``deeds`` (verb
    phrases the dossier gives of it, Markdown-safe, each with the names of the other actor it
    involves, in order of preference: its relationships, what it claims, what it counts) that keeps
    it short and names no one the role names: "The river below the lake; it receives water from
    Crater lake". A deed that says what the actor is ("is a leader of ...") follows as a noun
    phrase, for any actor ("Mother of Ana Ruiz; a leader of ..."); another needs a pronoun,
    which is not ours to guess for a person or a group. ``apposed`` as for ``role``.

    An appositive on the name that ends the role's head ("The harbour police of Orvik, a port on the
    gulf") says what the name is: it gives way to a deed that the role without it would take
    ("The harbour police of Orvik; it seized the boat"), and stays when there is none."""
    text = role(actor, apposed=apposed)
    bare = role(actor, apposed=apposed, named=False) if apposed else text
    if bare != text and is_weak(actor, bare):
        deeds = list(deeds)
        if told := _with_deed(actor, bare, deeds):
            return told
    if not is_weak(actor, text):
        return text
    return _with_deed(actor, text, deeds) or text


def _with_deed(actor: Actor, text: str, deeds: Iterable[tuple[str, Sequence[str]]]) -> str:
    """``text``, ``actor``'s role, followed by the first of ``deeds`` that fits (``fuller``); "" when
    none does."""
    pronoun = "they" if is_plural(actor) else "it"
    for deed, other in deeds:
        first, _, rest = deed.partition(" ")
        if first in ("is", "are") and rest.split(" ", 1)[0] in ("a", "an", "the"):
            whole = f"{text}; {rest}"
        elif actor.kind in (ActorKind.PERSON, ActorKind.GROUP):
            continue
        else:
            whole = f"{text}; {pronoun} {deed}"
        # "The bridge bank's subsidiary; it is part of the Kessel Bridge Bank" named the bank twice.
        if any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE) for name in other):
            continue
        if len(whole.split()) <= ROLE_WORDS and deed.split()[-1] not in _DANGLING:
            return whole
    return ""


def lowered(statement: str) -> str:
    """A statement as a clause after "says": its first word lowered when it is an article or a
    pronoun ("says a second lake could burst"), kept when it may be a name ("says Congress")."""
    first = statement.split(" ", 1)[0]
    return statement[:1].lower() + statement[1:] if first in _LOWERED else statement


_LOWERED = {"A", "An", "The", "It", "Its", "There", "This", "That", "These", "Those", "No", "Some", "Many"}


# Words too common to show that a role repeats its name ("the highest court" of "High Court").
_SHORT = 3
APPOSITIVE_WORDS = 12
# An appositive of fewer words ("the founder") names a role but not of what.
APPOSITIVE_LEAST = 3


def _content_words(text: str) -> set[str]:
    return {w.removesuffix("'s") for w in re.findall(r"[\w']+", text.casefold()) if len(w) > _SHORT}


def appositive(actor: Actor) -> str:
    """Who ``actor`` is, to follow its name inside a sentence ("Jon Pell, a lawyer who
    represents more than 2,000 flood victims, says"): its role, cut before an "and" or a
    relative clause when long, if that is a short noun phrase ("a", "an" or "the") that does not
    repeat the name ("Varga family, the family" tells nothing); "" otherwise."""
    text = role(actor, second=False, apposed=False).removesuffix("\u2026")
    # For whom a person acts (``_acts_for``) is kept inside a sentence when the appositive stays
    # short, read without its comma: "Jon Pell, a lawyer who represents the families, says".
    head, comma, kept = text.partition(", who ")
    if comma:
        text = head if len(text.split()) > APPOSITIVE_WORDS else f"{head} who {kept}"
    if len(text.split()) > APPOSITIVE_WORDS and (ands := _role_ands(text)):
        head = text[: ands[0]]
        if len(head.split()) < APPOSITIVE_LEAST and "," in text:
            # "The founder and former chief executive of Kestrel Pay, a ..." cut at its "and" left "the
            # founder", of nothing: the "and" joined two nouns of one phrase, which ends at the comma.
            head = text.split(",", 1)[0]
        text = head
    # A closing date is the least a reader needs: "the mother of a young woman who died in the flood"
    # tells who she is, "the mother of a young woman", cut before its relative clause, does not.
    if len(text.split()) > APPOSITIVE_WORDS:
        text = _CLOSING_DATE.sub("", text)
    relative = _RELATIVE.search(text)
    if len(text.split()) > APPOSITIVE_WORDS and relative:
        text = text[: relative.start()]
        # "the body", cut before "that decides whether ...", says nothing of what it does.
        if len(text.split()) < APPOSITIVE_LEAST:
            return ""
    first, _, rest = text.partition(" ")
    # An owner's name opens a noun phrase as "the" does: "Jon Pell, Aldria's lead lawyer at the
    # trial, says" told whose lawyer he is, where the name alone left the reader to guess.
    owner = _owned(text)
    if (first not in ("A", "An", "The") and not owner) or not rest or len(text.split()) > APPOSITIVE_WORDS:
        return ""
    if _content_words(rest) & _content_words(" ".join([actor.name, *actor.aliases])):
        return ""
    # "The port's owner" opens on an article before its owner: inside a sentence it is lowered as
    # any other ("the Harbour Office, the port's owner, says"); an owner's name keeps its capital.
    return f"{first.lower()} {rest}" if first in ("A", "An", "The") else text


# The most words of an owner's name before its possessive: "Kessel Pay's", "the Aldrian Medical
# Council's" is not one.
OWNER_WORDS = 4


def _owned(text: str) -> bool:
    """Whether ``text`` opens on an owner's name in capitals, ending in its possessive ("Aldria's
    lead lawyer", "Kessel Pay's founder"), as a noun phrase opens on "the"."""
    words = text.split()
    for i, word in enumerate(words[:OWNER_WORDS]):
        if not word[:1].isupper() or word in ("It's", "It’s"):
            return False
        if word.endswith(_POSSESSIVE):
            return i < len(words) - 1  # what is owned follows
    return False


# On the first screen a speaker is introduced in a few words: "Jon Pell, a lawyer, says" reads in a
# glance, where a twelve-word role ran a forecast to three lines on a phone. Its page, a tap away on
# its name, says the rest.
BRIEF_APPOSITIVE_WORDS = 7


def brief_appositive(actor: Actor) -> str:
    """Who ``actor`` is in a few words, for a dense line on the first screen: ``appositive`` cut
    before its first "and", relative clause or comma ("a glaciologist at a university and the
    study's manager" -> "a glaciologist at a university"), if what is left still says of what
    (``APPOSITIVE_LEAST``) in at most ``BRIEF_APPOSITIVE_WORDS`` words; "" otherwise. A news outlet
    is named only: what it reported is what it says next, and "a newspaper that reported ..." told
    the reader twice."""
    if actor.kind is ActorKind.MEDIA_OUTLET:
        return ""
    text = appositive(actor)
    if len(text.split()) > BRIEF_APPOSITIVE_WORDS:
        relative = _RELATIVE.search(text)
        cut = min(
            [i for i in (text.find(" and "), text.find(","), relative.start() if relative else -1) if i > 0],
            default=len(text),
        )
        text = text[:cut]
    if not APPOSITIVE_LEAST <= len(text.split()) <= BRIEF_APPOSITIVE_WORDS:
        return ""
    return text


# Words after a role's noun that say of what or where: "a senator from Aldria", "a lawyer for the mill".
_ROLE_PREPOSITIONS = {"at", "by", "for", "from", "in", "of", "on", "to", "with"}


def shared_appositive(told: Sequence[str]) -> str:
    """Who several speakers are, when each is told the same ("a senator from Aldria" of each of two),
    in the plural, to follow their joined names: "Ana Lind and Jon Pell, senators from Aldria, say",
    where the names alone left a newcomer asking who they were. "" unless every one is the same short
    noun phrase opening on "a" or "an", with no clause of its own ("a lawyer who represents the
    families" would need its verb in the plural too) and a noun whose plural adds "s"."""
    if len(told) < 2 or len(set(told)) != 1:
        return ""
    article, _, rest = told[0].partition(" ")
    words = rest.split()
    if article not in ("a", "an") or not words or _RELATIVE.search(f" {rest}") or "and" in words:
        return ""
    at = next((i for i, w in enumerate(words) if w in _ROLE_PREPOSITIONS), len(words)) - 1
    noun = words[at] if at >= 0 else ""
    if not (noun.isalpha() and noun.islower()) or noun.endswith(("s", "sh", "ch", "x", "z", "y", "man")):
        return ""
    return " ".join([*words[:at], f"{noun}s", *words[at + 1 :]])


# A body whose name says it judges ("the High Court", "an employment tribunal"): its verdicts and
# rulings decide a question; they are not one side's word in it. A monarch's court ("the Royal
# Court", "the imperial court") is a household and its office, which judges nothing: its statements
# are its own word, and it is no court on the Who's who page. A royal court "of" a place or of
# justice ("the Royal Court of Jersey", "the Royal Courts of Justice") does judge.
_COURT = re.compile(
    r"\b(?:(?<!royal )(?<!imperial )(?:court|tribunal)s?|(?:court|tribunal)s?(?=\s+of\b))\b", re.IGNORECASE
)
# A group whose name says it gives a verdict: "The jury", "Jurors in the second trial".
_JURY = re.compile(r"\b(?:jury|juries|jurors)\b", re.IGNORECASE)
# A person whose role says they judge: "A judge of the High Court", "The presiding judge", "A
# federal magistrate", "One of the three appeals judges"; not "The justice minister" or "A Justice
# Department lawyer".
_JUDGE = re.compile(
    r"^(?:an?|the|one\s+of\s+the)\s+(?:[\w-]+\s+){0,2}(?:judge|justice|magistrate)s?\b"
    r"(?!\s+(?:minister|ministry|department|secretary|official|spokes\w*|lawyer)\b)",
    re.IGNORECASE,
)


def judges(actor: Actor) -> bool:
    """Whether ``actor`` is a court, a tribunal, a judge or a jury: what it finds is a ruling or a
    verdict, not the word of one side to the story (a government body, an armed group) that no other
    source confirms."""
    if actor.kind is ActorKind.PERSON:
        return bool(_JUDGE.match(role(actor, second=False)))
    if actor.kind in {ActorKind.GOVERNMENT_BODY, ActorKind.ORGANISATION}:
        return any(_COURT.search(name) for name in (actor.name, *actor.aliases))
    if actor.kind is ActorKind.GROUP:
        return any(_JURY.search(name) for name in (actor.name, *actor.aliases))
    return False


def observes(actor: Actor) -> bool:
    """Whether ``actor`` comments on the story from outside it: a research body, or a person whose
    role is a scholar's or an analyst's ("a professor at a war college", "an analyst at a ratings
    firm", "a senior fellow at a think tank"). What they say is their reading of it, not the word
    of one side to the story: "Only one side says so" above a professor's view made a party of him."""
    if actor.kind is ActorKind.RESEARCH_INSTITUTE:
        return True
    return actor.kind is ActorKind.PERSON and bool(_OBSERVER.match(role(actor, second=False)))


# A scholar's or an analyst's role, after its article and up to three words in lower case: "a
# professor of law at", "an independent analyst", "a senior research fellow at"; not a body's own
# ("a NASA researcher"), nor one who works for a party ("an analyst for the ministry").
_OBSERVER = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:professor|analyst|researcher|scholar|academic|lecturer|historian|commentator|fellow)s?\b"
    r"(?!\s+(?:for|to|with)\s+the\s+(?:government|ministry|company|party|army|military|police)\b)"
)


# The fewest words of another's role or name that a description repeats to say where it belongs.
TIE_WORDS = 2
# Words that join a name's parts: "Department of Harbours", "Council for Ports and Canals".
_NAME_LINKS = {"of", "the", "for", "and", "in", "on", "at"}
# Nouns that say what a body is: a name's other words tell which one ("the Orla Minister of Harbours"
# of the "Orla Ministry of Harbours"); before a name, they open an apposition ("the armed group KPA").
BODY_NOUNS = frozenset(
    {
        "administration", "agency", "alliance", "army", "assembly", "authority", "bank", "board", "body",
        "coalition", "commission", "committee", "company", "council", "court", "department", "force",
        "forces", "group", "institute", "militia", "ministry", "office", "organisation", "organization",
        "parliament", "party", "regulator", "service", "tribunal", "union",
    }
)  # fmt: skip


def names_its_tie(actor: Actor, other: Actor) -> bool:
    """Whether ``actor``'s description already says that it belongs to ``other``: it names it (its
    name or an alias: "The chief executive of Kessel Pay"; or every word of its name but the noun of
    what it is: "The Orla Secretary of Harbours" of the "Orla Department of Harbours"), or says of
    ``actor`` what ``other``'s role says, but for the common noun that tells what ``other`` is ("The
    harbour judge in Orla who heard the case" of "The harbour court in Orla"). A tie "is a leader of
    Kessel Pay" under it said the same thing twice."""
    description = plain(actor.description)
    if any(_names(description, name) for name in [other.name, *other.aliases]):
        return True
    ours = _content_words(description) | {w.casefold() for w in re.findall(r"\w+", description)}
    words = [w for w in re.findall(r"[\w']+", other.name) if w.casefold() not in _NAME_LINKS]
    # A body named by its members ("Kessel Pay's brokers") is said by one of them ("its broker").
    unsaid = [
        w for w in words if not {w.casefold().removesuffix("'s"), w.casefold().removesuffix("s")} & ours
    ]
    if (
        len(words) - len(unsaid) >= TIE_WORDS
        and len(unsaid) <= 1
        and all(w.casefold() in BODY_NOUNS for w in unsaid)
    ):
        return True
    theirs = [w for w in re.findall(r"[\w']+", _before_region(role(other, second=False))) if len(w) > _SHORT]
    ours = _content_words(description)
    missing = [w for w in theirs if w.casefold().removesuffix("'s") not in ours]
    matched = len(theirs) - len(missing)
    return matched >= TIE_WORDS and len(missing) <= 1 and all(w[:1].islower() for w in missing)


# The one who does what a dossier's own relation describes: "A broker who sells for the object at
# auction" gives "broker"; a description that names no such doer ("The subject brings ...") gives none.
_DOER = re.compile(
    r"^(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?P<doer>[a-z-]+)\s+(?:who|that|which|whose)\b", re.IGNORECASE
)


def states_its_own_tie(actor: Actor, other: Actor, relation: str | None) -> bool:
    """Whether ``actor``'s description already says what a tie to ``other`` of a dossier's own
    relation says: it names ``other`` (its name or an alias, "Kessel Pay's") and the doer the
    relation's ``relation`` description names ("A broker who sells for the object at auction"
    under "Kessel Pay's broker at the sale"). "Jon Pell sells for Kessel Pay" under that description
    said it twice, in the story's own verb."""
    doer = _DOER.match((relation or "").strip())
    if doer is None:
        return False
    description = plain(actor.description)
    noun = doer["doer"]
    said = re.search(rf"(?<![\w-]){re.escape(noun)}s?(?![\w-])", description, re.IGNORECASE)
    return bool(said) and any(_names(description, name) for name in [other.name, *other.aliases])


def _names(text: str, name: str) -> bool:
    return bool(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE))
