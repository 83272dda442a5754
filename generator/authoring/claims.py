"""The claims of `explainer init --from-article`: each thing someone is reported to say, as a whole
sentence or quote, with who says it.

``extraction.py`` finds "X said ..." in one sentence; this module follows the article from sentence
to sentence, as a reader does:

- "he" or "she" is the person named last (outside quotes); "it" and "they" a body, never a person
  or a place: the body that spoke last ("it" also the body the sentence before opened with), else
  no one named;
- "an Ohio observer", "a Norland resident": one described by where they are from, no one named;
- "the Toll Authority": the one body drafted under a longer name ending with it;
- "the head coach" or "the astrophysicist" is the person last named with that word before the name
  ("head coach Dan Merrit");
- a quote with no speaker of its own, right after someone spoke ("“...,” Key said. “We ...”", or a
  paragraph that is only a quote), goes on with that speaker's words;
- "This was reported by X" makes the sentence before X's claim.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

from generator.authoring.articles import INTRODUCES, MAX_EVIDENCE
from generator.authoring.extraction import PRONOUNS, Said, find_attributions, opening_saying
from generator.authoring.gazetteer import is_place
from generator.authoring.kinds import DEMONYM
from generator.authoring.speakers import is_post_word, names_no_one, paired
from generator.authoring.stances import appeals, forecasts, judgements, suggest_status, who_appeals
from generator.checking.text import LONGEST
from generator.format.model import VIEWS

REVIEW_CLAIM = "check who says it and restate it in our own words"
# (a paragraph whose speaker is named only at its end: the report's background may open it)
REVIEW_PARAGRAPH = "the whole paragraph its speaker ends: cut any sentence that is the report's own"
_PEOPLE_PRONOUNS = {"he", "she"}
# A verb after a person's name, the clause's subject: "hugged", "says", and the past tenses of saying
# and doing not in -ed ("While Ana Ruiz said the plan was a start, she believes ...": "she" is hers)
_ACTING = (
    r"\s+(?:also\s+)?(?:[a-z]+(?:ed|s)|said|told|wrote|spoke|thought|felt|knew|saw|made|gave|took|held)\b"
)
_OBJECT_PRONOUNS = {"him": "he", "her": "she"}
_NOT_DESCRIPTIONS = {"said", "says", "told", "with", "from", "that", "when", "after", "before", "while"}
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
# A quote that opens a sentence: its words up to the closing mark, or to the end when it goes on
# into the next paragraph (a quote of several paragraphs closes only in the last).
# (a page that doubled its marks opens a quote with "“”": the second mark is no end of it)
_OPENING_QUOTE = re.compile(r"^\s*[“\"][”\"]?(?P<quote>[^”\"]{12,})(?:[”\"]|$)")


# A pronoun adding to what was said: "he added", "she also adds", "added she".
_ADDED = re.compile(r"\b(?:(?:he|she)\s+(?:also\s+)?add(?:ed|s)|add(?:ed|s)\s+(?:he|she))\b", re.IGNORECASE)


# "The Election Board issued a statement": what "the statement" says, the board says.
# "..., the board said in a press release": so does what "the release" says after.
# ("the judge said in the contempt order that": what "the order" says after, the judge says)
_SAID_IN = re.compile(
    r"\b(?:said|says|announced|stated|wrote|writes)\s+(?:\w+\s+)?in\s+(?:a|an|its|the|his|her|their)\s+"
    r"(?:[a-z]+\s+)?(?P<what>statement|report|release|order|ruling|judgment|judgement|decision|filing)\b"
)
# "the Ministry of Roads communique reads": the body whose document it is, before the document's noun
_BODYS_DOCUMENT = re.compile(
    r"(?P<by>[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w’'.-]*)*)\s+(?P<what>communiqu[eé]|circular|notice)\b"
)
# "the official communique said": a document named before, which its body issued
_THE_DOCUMENT = re.compile(
    r"the\s+(?:(?:official|latest|new|written|same)\s+)?(?P<what>communiqu[eé]|circular|notice)"
)
_ISSUED = re.compile(
    r"(?P<by>(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*)(?:\s+\([A-Z]+\))?\s+(?:issued|released|published|put out)"
    r"\s+(?:a|an|its)\s+(?:[a-z]+\s+)?(?P<what>statement|report|release)\b"
)


# "the company said", "the hospital system said": a body described by what it is; when no name was
# written with that word, the body named last speaks.
_BODY_NOUNS = {
    *("company", "firm", "group", "chain", "system", "network", "operator", "carrier", "retailer"),
    *("provider", "maker", "manufacturer", "insurer", "lender", "bank", "airline", "utility", "club"),
    *("team", "agency", "ministry", "department", "board", "body", "organisation", "organization"),
    *("institution", "university", "hospital", "council", "authority", "service", "office", "charity"),
    *("district", "school", "union", "commission", "committee"),
    # "the executive says": a body run by an executive, named by it ("the KHE", its initials' last)
    "executive",
    *("library", "museum", "gallery", "zoo", "archive", "foundation", "trust", "society", "association"),
}
# The last words of the names an institution goes by: a school, a college, a hospital.
_INSTITUTIONS = {"school", "college", "university", "academy", "hospital", "institute", "museum", "library"}
# "the theatre announced", "the orchestra said": a company of the arts described by what it is
_BODY_NOUNS |= {"theatre", "theater", "troupe", "orchestra", "choir", "ensemble", "festival", "studio"}
_BODY_NOUNS |= {"publisher", "label"}
# "the federation said", "the coalition announced": a body of members, by what joins them
_BODY_NOUNS |= {"federation", "confederation", "coalition", "consortium", "cooperative", "co-op"}
# "the telco announced", "the miner said": a business described by its trade's short noun
_BODY_NOUNS |= {"telco", "miner", "distributor", "supplier", "exporter", "importer", "processor"}
# People described by what they do and no name: "truck drivers", "a senior Orlan official", "one
# market trader" (a country's or a body's initials before the noun say whose, not who)
_UNNAMED_NOUNS = (
    r"officials?|drivers?|traders?|vendors?|sources?|officers?|diplomats?|residents?|workers?"
    r"|commuters?|motorists?|shopkeepers?|hawkers?|farmers?|miners?|fishermen|fisherman"
    # owners, sellers and buyers of a trade, and a body's members: "store owners say", "growers said"
    r"|owners?|retailers?|growers?|producers?|sellers?|buyers?|shoppers?|customers?|consumers?"
    r"|members?|parents?|teachers?|nurses?|doctors?|experts?|analysts?|economists?"
    # those who post on a site or a page, none named: "another Kessel Forum user wrote", "one reader"
    r"|users?|readers?|commenters?|followers?|viewers?|listeners?"
)
# "Many of them said", "some of those", "most of the growers": a part of a group named before, no
# one named
_PART_OF_THEM = re.compile(
    r"^(?:many|some|most|several|(?:a\s+)?few|all|half|none|a\s+number|others)\s+of\s+"
    r"(?:them|those|these|the\s+[a-z]+s)$",
    re.IGNORECASE,
)
# "one of the market people who sell near the pier", "some of the drivers who wait at the rank": one
# or some of people described by their trade or what they do, none named (not "one of the
# officials", who speak for a body)
_ONE_OF_THE_PEOPLE = re.compile(
    r"^(?:one|some|many|most|several|two|three|a\s+few)\s+of\s+the\s+(?:[a-z][\w-]*\s+){0,2}"
    rf"(?:people|men|women|(?!officials|officers|sources|members)(?:{_UNNAMED_NOUNS}))"
    r"(?:\s+(?:who|that)\s+[^,;“”\"]+)?$",
    re.IGNORECASE,
)
# (plural and with no "the" before: "the officer" is the one named before)
_UNNAMED_PLURAL = re.compile(
    rf"^(?!(?:the|his|her|its|their)\s)(?:[a-z][\w-]*\s+){{0,3}}(?=[a-z]*(?:s|men)$)(?:{_UNNAMED_NOUNS})$"
)
_UNNAMED_ONE = re.compile(rf"^(?:[A-Za-z][\w-]*\s+){{0,2}}(?:{_UNNAMED_NOUNS})$")


# Those who speak for the body they are of, not for themselves: "officials at the Orla Clinic",
# "members of the Kessel Nurses Union".
_FOR_A_BODY = {
    "officials",
    "officers",
    "sources",
    "spokespeople",
    "spokesmen",
    "spokeswomen",
    "representatives",
    "members",
}
# "the local bakers", "local growers": the people of a trade where the story is, none named (not
# the body named before with their noun in it)
_LOCAL_PEOPLE = re.compile(r"^(?:the\s+)?local\s+[a-z]+(?:ers|ors|ists|men)$")


# Those who run an event, named bare ("Organizers also said"), and the event or body named with
# them before ("Kessel Marathon organizers said", "the Orla Fair's organisers").
_ORGANISERS = re.compile(r"(?:the\s+)?organi[sz]ers")
_NAMED_ORGANISERS = re.compile(
    r"\b(?P<body>[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3})(?:['’]s?)?\s+organi[sz]ers\b"
)
# A body or a gathering that listens: "the court", "the inquest", "the meeting".
_AUDIENCE = re.compile(r"(?:the\s+)?(?:court|jury|inquest|inquiry|tribunal|hearing|meeting|committee|panel)")


def unnamed_people(speaker: str, sentence: str) -> bool:
    """Whether a speaker is people described by their trade, no name given: lower-case words before
    the noun ("truck drivers told ..."), or one of them after "a", "an", "one" ("a senior Orlan
    official told ..."), whatever capitalised words say where they are from."""
    speaker = speaker.strip()
    words = speaker.split()
    if (
        len(words) >= 2
        and re.fullmatch(r"[A-Z][a-z]+", words[0])
        and words[0].lower() not in {"the", "his", "her", "its", "their"}
        and sentence.lstrip(' “"').startswith(speaker)
        and not re.fullmatch(r"officials?|officers?|sources?|spokes\w+|representatives?", words[-1])
    ):
        # "Store owners say ...": the first word capitalised only to open the sentence (not "Park
        # officials said": those who speak for a body named before, as "Park" may be its name)
        speaker = speaker[0].lower() + speaker[1:]
    if _UNNAMED_PLURAL.match(speaker) or _LOCAL_PEOPLE.match(speaker) or _PART_OF_THEM.match(speaker):
        return True
    if _ONE_OF_THE_PEOPLE.match(speaker):
        return True
    at = re.match(r"(?P<people>.+?)\s+(?:at|from|of|in)\s+[A-Z]", speaker)
    if at is not None and _UNNAMED_PLURAL.match(at["people"]) and at["people"].split()[-1] not in _FOR_A_BODY:
        return True  # "nurses at the Orla Clinic": people named by where they work, no one named
    if (own := re.match(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?P<rest>.+)$", speaker)) and _UNNAMED_ONE.match(
        own["rest"]
    ):
        return True  # "Another Kessel Forum user wrote": the determiner taken into the speaker
    if not _UNNAMED_ONE.match(speaker):
        return False
    one = rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){{0,2}}{re.escape(speaker)}\b"
    return re.search(one, sentence) is not None


# "the fisheries watchdog said": nouns only a body of state is described by in news text.
_STATE_NOUNS = {"watchdog", "regulator"}
# "the publication reports", "the newspaper said": the outlet named last, as a body noun is the body.
_MEDIA_NOUNS = {
    "publication",
    "newspaper",
    "paper",
    "magazine",
    "station",
    "broadcaster",
    "outlet",
    "network",
}
_BODY_KINDS = {"organisation", "government-body", "research-institute"}
# A body described by a maker's model it runs: "the Kessel K220 operator".
# A department of state named in lower case, in full: "the department of irrigation", "the department
# of fisheries and ports": a body of state of its own, none other the text names by "department".
LOWER_DEPARTMENT = re.compile(r"the\s+(?P<name>department\s+of\s+[a-z]{4,}(?:\s+(?:and\s+)?[a-z]{4,}){0,2})")
MODELLED_BODY = re.compile(r"[Tt]he\s+[A-Z][\w-]*\s+[A-Z]*\d[\w-]*\s+[a-z]+")
# Two words for one kind of government body: a text names it one way and speaks of it the other.
_SAME_BODY = {"ministry": "department", "department": "ministry"}
# One person who speaks for a body, unnamed: "a state government spokesman", "an agency official".
_ONE_OF_A_BODY = re.compile(
    r"\b(?:spokes(?:man|woman|person)|official|representative|officer|aide|executive)$", re.IGNORECASE
)
_NOT_BODIES = {"person", "place"}
# "this warning", "the latest alert", "that advisory": a notice a body issues, its words the body's
_THIS_NOTICE = re.compile(
    r"(?:this|that|the)\s+(?:(?:latest|new|second|third|first|updated|same)\s+)?"
    r"(?:warning|alert|advisory|bulletin|forecast|outlook|update)"
)
# "Ohio observer", "Ardon resident": a name that only says where someone is from, and a
# word for who they are (what extraction leaves of "an Ohio observer noted")
_DESCRIBED_ONE = re.compile(
    r"^(?:(?:an?|one|another)\s+)?(?:[A-Z][\w.’'-]*,?\s+){1,4}(?:observer|resident|witness|eyewitness|onlooker"
    r"|bystander|passenger|commuter|traveller|traveler|customer|spectator|patient|pilgrim"
    r"|motorist|driver|shopper|visitor|tourist|neighbou?r|student|parent|fan|voter|farmer|fisherman|worker"
    r"|man|woman|boy|girl)$"
)


# "The report, released on Tuesday by the Institute for Fiscal Studies, found ...".
_RELEASED_BY = re.compile(
    r"\b(?P<what>statement|report|release|study|survey)s?,?\s+(?:released|published|issued|written|prepared)"
    r"\s+(?:[^,]{0,30}?\s+)?by\s+(?:the\s+)?(?P<by>(?:[A-Z][\w’'.-]*\s+(?:(?:of|for|on)\s+)?)*[A-Z][\w’'.-]*)"
)


# "the Kessel Park website", "Acme's site": whose words "the website" says after.
_SITE_OF = re.compile(
    r"(?P<by>(?:[A-Z][\w’'.-]*\s+(?:(?:of|for)\s+)?)*[A-Z][\w’'.-]*?)(?:[’']s)?\s+(?:web\s*)?(?P<what>site|website)\b"
)


class Cast(Protocol):
    """The drafted actors, as claims need them (``drafting._Actors``)."""

    kinds: dict[str, str]
    by_name: dict[str, str]

    def resolve(self, speaker: str) -> str | None: ...

    def mentioned(self, text: str) -> list[str]: ...

    def add(
        self, name: str, kind: str, evidence: str, aliases: list[str] | None = None, kind_wins: bool = False
    ) -> str: ...


# "In a Facebook post this morning, the agency said ...", "on its Instagram page": the site a body
# posted on is where it spoke, not who spoke (nor the body "the agency" names).
_MEDIUM_BEFORE = re.compile(r"\b(?:[Ii]n|[Oo]n|[Vv]ia|[Tt]hrough)\s+(?:a|an|its|their|his|her|the)\s+$")
_MEDIUM_AFTER = re.compile(
    r"\s+(?:post|posting|page|account|feed|video|livestream|live\s+stream|message|update|story|channel)s?\b"
)


def _a_medium(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]`` is where something was posted: "in a Facebook post"."""
    return bool(_MEDIUM_BEFORE.search(text[:start]) and _MEDIUM_AFTER.match(text[end:]))


class _Speakers:
    """Who has been named and who has spoken so far, to resolve "he", "the coach" and a quote's
    speaker."""

    def __init__(self, actors: Cast, text: str) -> None:
        self.actors = actors
        self.text = text
        self.last: str | None = None  # whoever spoke last
        # whoever spoke in the sentence just before (None inside when no one was named)
        self.recent: tuple[str | None] | None = None
        self.person: str | None = None  # the person named last, outside quotes
        self.opener: str | None = None  # the person the sentence before opened with, its subject
        # who spoke in the sentence just before as one person (named, or "a spokesman" of a body),
        # and who speaks so in this one: "He said" goes on with them
        self.speaker_before: str | None = None
        self.speaker_now: str | None = None
        self.named_person = False  # the sentence just read named a person, outside its quotes
        self.described = _descriptions(actors, text)
        self.issued: dict[str, str] = {}  # "statement": who last issued one
        self.body: str | None = None  # the body a sentence opened with ("The ministry opened ...")
        self.last_body: str | None = None  # the body named last, outside quotes
        self.bodies: list[str] = []  # every body named so far, outside quotes, in the text's order
        self.last_outlet: str | None = None  # the media outlet named last, outside quotes
        self.ages = _ages(actors, text)  # "Ana Ruiz, 61,": who "the 61-year-old" is
        self.pronouns = pronouns_of(actors, text)  # "Ms Ruiz", "a spokesman": "she" or "he"
        self.people: list[str] = []  # every person named so far, outside quotes, in the text's order
        # the sentence before opened with people no one names ("Jurors in Kessel ..."): "they" are them
        self.group_opened = False
        # the people a sentence named together as its subject ("Judges Ana Ruiz, Bo Lund and Li Wen
        # ruled ..."): whom "they" and "the judges" name after it, until someone else is named
        self.together: list[str] = []
        # the body a sentence's opening researchers work at ("Researchers at the Kessel Institute
        # counted ..."): whom "they" and "the researchers" name after it, when they find something
        self.researched: str | None = None

    def judge(self, name: str) -> str | None:
        """The person drafted by a judge's name ("Ana Ruiz", or "Ruiz" after "Judge")."""
        found = self.actors.resolve(name) or self.actors.resolve(f"Judge {name}")
        return found if found is not None and self.actors.kinds.get(found) == "person" else None

    def seen(self, sentence: str) -> None:
        """Note the person named last in ``sentence``, outside its quotes, and who issues a
        statement or report in it ("The board issued a statement on Thursday")."""
        people = self._people(sentence)
        self.named_person = bool(people)
        together = self._together(sentence)
        if together:
            self.together = together
        elif people:
            self.together = []
        if people:
            self.person = max(people)[1]
            self.people += [actor_id for _, actor_id in sorted(people)]
        # "After the vote, Councillor Ana Ruiz of Kessel made a remark to Tom Lee.": she is its subject
        first = min(people) if people else None
        lead = sentence[: first[0]] if first else ""
        self.opener = first[1] if first and _OPENING_BEFORE_SUBJECT.fullmatch(lead) else None
        bodies = self._named(sentence, _BODY_KINDS)
        if bodies:
            self.last_body = max(bodies)[1]
            self.bodies += [actor_id for _, actor_id in sorted(bodies)]
        outlets = self._named(sentence, {"media-outlet"})
        if outlets:
            self.last_outlet = max(outlets)[1]
        opening = re.match(r"^(?:The\s+)?(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*", sentence.strip())
        found_body = self.actors.resolve(opening[0]) if opening else None
        group = _PEOPLE_OPENING.match(_QUOTED.sub(" ", sentence).strip())
        self.group_opened = group is not None and self.actors.resolve(group["noun"]) is None
        if (at := _RESEARCHERS_AT.match(_QUOTED.sub(" ", sentence).strip())) is not None:
            named = self._named(at.string[at.end() :], _BODY_KINDS)
            self.researched = min(named)[1] if named else None
        if found_body is not None and self.actors.kinds.get(found_body) not in {"person", "place"}:
            self.body = found_body

    def _opening_body(self, sentence: str) -> str | None:
        """The body a sentence opens with as its subject ("The Kessel Rowing Club will close ..."),
        before a verb; no person, place or outlet."""
        opening = re.match(
            r"^(?:The\s+)?(?P<name>(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*)\s+(?:will|has|had|is|was|[a-z]+ed)\b",
            sentence.strip(),
        )
        found = self.actors.resolve(opening["name"]) if opening else None
        kind = self.actors.kinds.get(found) if found is not None else None
        return found if kind in _BODY_KINDS else None

    def _together(self, sentence: str) -> list[str]:
        """The people ``sentence`` names in a row ("A, B and C"), two or more, before a verb: its
        subject."""
        plain = _QUOTED.sub(" ", sentence)
        spans = sorted(
            (match.start(), match.end(), actor_id)
            for name, actor_id in self.actors.by_name.items()
            if self.actors.kinds.get(actor_id) == "person"
            for match in re.finditer(r"\b" + re.escape(name) + r"\b", plain, re.IGNORECASE)
        )
        row: list[tuple[int, int, str]] = []
        for start, end, actor_id in spans:
            if row and start < row[-1][1]:
                continue  # a shorter name inside the one before
            if row and not re.fullmatch(r",\s*|,?\s+and\s+", plain[row[-1][1] : start]):
                if len(row) >= 2:
                    break
                row = []
            row.append((start, end, actor_id))
        ids = list(dict.fromkeys(actor_id for _, _, actor_id in row))
        acts = bool(row) and re.match(r"\s+(?:have\s+|had\s+|also\s+)?[a-z]+(?:ed|s)\b", plain[row[-1][1] :])
        return ids if len(ids) >= 2 and acts else []

    def issuers(self, sentence: str) -> None:
        """Note who issues a statement or report in ``sentence`` ("The board issued a statement on
        Thursday", "The report, released on Tuesday by the institute, found ..."), before its claims
        are read."""
        for issued in [
            *_ISSUED.finditer(sentence),
            *_RELEASED_BY.finditer(sentence),
            *_BODYS_DOCUMENT.finditer(sentence),
        ]:
            found = self.actors.resolve(issued["by"])
            if found is not None:
                self.issued[issued["what"].lower()] = found
        for site in _SITE_OF.finditer(_QUOTED.sub(" ", sentence)):
            found = self.actors.resolve(re.sub(r"^(?:The|According to the)\s+", "", site["by"]))
            if found is not None:
                self.issued["website"] = found  # "the Kessel Park website": what "the website" says

    def _people(self, text: str, acting: bool = False) -> list[tuple[int, str]]:
        """Where each person is named in ``text`` outside quotes; with ``acting``, only where a verb
        follows the name ("Mayor Helen Ostrow hugged them"): the subject of a clause."""
        return self._named(text, {"person"}, _ACTING if acting else "")

    def _opening_next(self, sentence: str) -> str | None:
        """The person drafted whose full name opens the sentence after ``sentence`` in the text."""
        at = self.text.find(sentence)
        if at < 0:
            return None
        opening = _OPENING_NAME.match(self.text[at + len(sentence) :])
        if opening is not None and is_post_word(opening["name"].split()[0]):
            return None  # "Mayor Ana Ruiz said": another post's holder, not the one before
        found = self.actors.resolve(opening["name"]) if opening is not None else None
        return found if found is not None and self.actors.kinds.get(found) == "person" else None

    def _named(self, text: str, kinds: set[str], after: str = "") -> list[tuple[int, str]]:
        """Where each actor of these kinds is named in ``text``, outside quotes."""
        plain = _QUOTED.sub(" ", text)
        spans = [
            (match.start(), match.end(), actor_id)
            for name, actor_id in self.actors.by_name.items()
            if self.actors.kinds.get(actor_id) in kinds
            for match in re.finditer(r"\b" + re.escape(name) + r"\b" + after, plain, re.IGNORECASE)
        ]
        # "Schools" inside "City Schools": the longer name is the one named there
        return [
            (start, actor_id)
            for start, end, actor_id in spans
            if not any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in spans)
            and not _a_medium(plain, start, end)
        ]

    def _subject_before(self, pronoun: str, sentence: str) -> str | None:
        """ "Many ..., so Mayor Helen Ostrow hugged them ..., she said": the person who does
        something earlier in the same sentence is the one "she" names."""
        at = [m.start() for m in re.finditer(rf"\b{pronoun}\b", sentence, re.IGNORECASE)]
        people = self._people(sentence[: at[-1]], acting=True) if at else []
        return max(people)[1] if people else None

    def claimant(self, said: Said, sentence: str, new: Callable[[str, str], str | None]) -> str | None:
        speaker = said.speaker.strip()
        lower = speaker.lower()
        if lower in _PEOPLE_PRONOUNS or lower in _OBJECT_PRONOUNS:
            # "Ana Ruiz said the plant, bought by Acme, will close. He said ...": the one who spoke
            # just before goes on speaking, whoever else the sentence before named ("According to
            # him, ...": the same one, the pronoun the object of "according to")
            here = self._subject_before(lower, sentence)
            before = self.speaker_before
            if (
                before is None
                and self.opener is None
                and _ADDED.search(sentence)
                and self.actors.kinds.get(self.last or "") == "person"
            ):
                # "“...,” she added." after a sentence that only named others as its objects ("the
                # board asked Minister Bo Lund to decide"): the one who spoke last goes on
                before = self.last
            # no one spoke in the sentence before: its subject, else the person it named last
            found = here or before or self.opener or (self.person if self.person is not None else self.last)
            pronoun = _OBJECT_PRONOUNS.get(lower, lower)
            who = self._who_can_be(pronoun, found)
            if who is not None and self.actors.kinds.get(who) == "person":
                # "Ana Ruiz said ... She said ...": the text gives her "she" from now on, so a "he"
                # after it is someone else ("When asked he said ...": the man named last)
                self.pronouns.setdefault(who, pronoun)
            return who
        if _AUDIENCE.fullmatch(lower) and re.search(
            rf"\b{re.escape(speaker)}\s+(?:also\s+)?(?:heard|was\s+told)\s+that\b", sentence, re.IGNORECASE
        ):
            # "The court heard that ...", "the tribunal was told that ...": said to it, by no one the
            # sentence names (not the court named before, which only listened)
            return None
        if re.search(rf"\b{re.escape(speaker)}\s+(?:also\s+)?(?:was|were)\s+told\b", sentence, re.IGNORECASE):
            return None  # "Members of the board were told the road would close": they only listened
        if lower in {"which", "who"}:
            # "..., PURA said it heard the Office of Consumer Counsel, which argued that ...": the
            # one named just before the comma
            return self._antecedent(lower, sentence)
        last_kind = self.actors.kinds.get(self.last) if self.last is not None else None
        if _THIS_NOTICE.fullmatch(lower) and last_kind in _BODY_KINDS:
            # "The Harbour Board says: ...", then "This alert says: ...": the notice of the body
            # that spoke last, its words the body's
            return self.last
        held = _POST_OF_A_PLACE.match(speaker)
        if held is not None:
            # "the Norlandic country's farm minister said": a post of a place the words only
            # describe, held by the one named with that post before, else by no one named yet
            # (the place's adjective is no speaker)
            return self.described.get(held["post"].split()[-1])
        post_alone = _CAPITALISED_POST.fullmatch(speaker)
        # (the post drafted as a name of its own: "Kessel's Trade Minister")
        as_named = self.actors.by_name.get(re.sub(r"^the\s+", "", lower))
        if (
            post_alone is not None
            and is_post_word(post_alone["post"])
            and not [p for _, p in self._named(sentence, {"person"}) if p != as_named]
        ):
            held_by = self.actors.resolve(speaker)
            tag = re.search(rf",\s+{re.escape(speaker)}\s+(?:has\s+|have\s+)?[a-z]+\s*[.!?]?\s*$", sentence)
            if (held_by is None or self.actors.kinds.get(held_by) != "person" or held_by == as_named) and tag:
                # "..., Kessel's Harbours Minister has said. Ana Ruiz told ...": a post the lead
                # names no one for, held by the person the next sentence opens with
                forward = self._opening_next(sentence)
                if forward is not None:
                    return forward
        capitalised = re.fullmatch(r"the\s+([A-Z][a-z]+)", speaker)
        if (
            capitalised is not None
            and is_post_word(capitalised[1])
            and capitalised[1].lower() in self.described
        ):
            # "“...,” says the Principal": a post the outlet's style capitalises, held by the one
            # the text named with it before (not a name of its own)
            return self.described[capitalised[1].lower()]
        headed = _BODY_HEAD.fullmatch(speaker)
        if headed is not None and (head := self._head_of(headed["body"])) is not None:
            # "Orlagas chief vowed that ...": the one the text named as the body's chief before
            return head
        document = re.fullmatch(
            r"the\s+(?:[a-z]+\s+)?(order|ruling|judgment|judgement|decision|filing)", lower
        )
        if document is not None and document[1] in self.issued:
            # "the judge said in the contempt order that ...", then "according to the order": the
            # one who spoke in it
            return self.issued[document[1]]
        issued_by = _ISSUED_BY.match(speaker)
        if issued_by is not None and (issuer := self.actors.resolve(issued_by["body"])) is not None:
            return issuer  # "according to the data from the Harbour Board": the board's figures
        document = _THE_DOCUMENT.fullmatch(lower)
        if document is not None and (issuer := self.issued.get(document["what"])) is not None:
            return issuer  # "the official communique said": the body whose communique was named
        staff = _STAFF_OF_A_PLACE.match(speaker)
        if staff is not None and (named := self._ending_in(staff["noun"])) is not None:
            # "zoo officials said", "museum staff say": the one body the text named with that
            # word last ("the Orla Zoo"); else no one named
            return named
        if _ONE_OF_AN_OWNER.match(speaker):
            return None  # "Norland's largest dairy said": one of the owner's, which no one names
        if (one_of_a_place := _ONE_OF_A_PLACE.match(speaker)) and one_of_a_place["noun"] in _BODY_NOUNS:
            return None  # "A Kessel bank said": one of a place's banks, which no one names
        if unnamed_people(speaker, sentence):
            return None  # "a senior Orlan official told ...", "truck drivers told ...": no one named
        initials = _INITIALS_DESCRIBED.match(speaker)
        body = self.actors.resolve(initials["initials"]) if initials is not None else None
        if (
            initials is not None
            and not is_place(initials["initials"])
            and self.actors.kinds.get(body or "") != "place"
        ):
            # "Norway's KRT rail company said", "the KRT bus operator said": the body its
            # initials name, which the words around them only describe ("the US oil company" is
            # no body named US: a country's initials describe it, as its name would)
            return body or new(initials["initials"], sentence)
        groups = _PEOPLES_GROUP.match(speaker)
        if groups is not None and self.actors.kinds.get(self.actors.resolve(groups["who"]) or "") in {
            "place",
            "group",
            None,
        }:
            return None  # "Norwegian rail unions said": unions of a country, none of them named
        aged = _AGED.match(lower)
        if aged is not None and aged["age"] in self.ages:
            return self.ages[aged["age"]]  # "the 61-year-old said": the one named with that age
        if (
            aged is not None
            and self.last is not None
            and self.actors.kinds.get(self.last) == "person"
            and self.last not in self.ages.values()
        ):
            # "Tom Lee, whose farm floods, said ... The 70-year-old said: ...": no one was named with
            # that age, so the person who spoke last, if no other age was given with that name
            return self.last
        department = LOWER_DEPARTMENT.fullmatch(lower)
        if department is not None and speaker == lower:
            # "the department of irrigation states": that department, not another department named
            return self.actors.by_name.get(department["name"]) or new(speaker, sentence)
        words = lower.split()
        if (
            len(words) == 3
            and words[0] == "the"
            and words[2] == "department"
            and speaker == lower
            and self._holding(words[1:2]) is None
            and any(
                LOWER_DEPARTMENT.fullmatch(f"the {name}") for name in self.actors.by_name if name.islower()
            )
        ):
            # "the met department states" where the text writes its departments in lower case ("the
            # department of irrigation"): a department of its own, none named before holding its word
            return self.actors.by_name.get(" ".join(words[1:])) or new(speaker, sentence)
        called = _NAME_DESCRIBED.match(speaker)
        named_body = self.actors.resolve(called["name"]) if called is not None else None
        if named_body is not None and self.actors.kinds.get(named_body) not in _NOT_BODIES:
            return named_body  # "the Forge union said": the body of that one word, as named before
        body_spoke = self.last is not None and self.actors.kinds.get(self.last) not in _NOT_BODIES
        if self.together and ((lower == "they" and not body_spoke) or self._posts_of_together(lower)):
            # "Judges Ana Ruiz, Bo Lund and Li Wen ruled ... “...,” they declared": the judges (a
            # body that spoke since is who "they" are, as before)
            return self.together[0]
        if (
            self.researched is not None
            and (lower in _RESEARCHERS or (lower == "they" and self.last in {None, self.researched}))
            and _FOUND.search(sentence)
        ):
            # "Researchers at the Kessel Institute counted seals. They found that ...": the body
            # they work at, which the finding is published by
            return self.researched
        if lower == "they" and self.group_opened:
            return None  # "Jurors in Kessel ruled for Acme. They also said ...": the jurors, unnamed
        if lower == "it" and (opener := self._opening_body(sentence)) is not None:
            # "The Kessel Rowing Club will close after it revealed it cannot pay its debts": the body
            # the sentence itself opens with, its subject
            return opener
        if lower in {"it", "they"}:
            # "it" and "they" name a body, never a person or a place: the body that spoke last,
            # else ("it") the body the sentence before opened with; "they" after a person spoke
            # are others, whom no one names
            if self.last is not None and self.actors.kinds.get(self.last) not in _NOT_BODIES:
                return self.last
            # "they" before anyone spoke are the body the sentence before opened with
            return self.body if lower == "it" or self.last is None else None
        if lower in PRONOUNS:
            # "the report": the body last named with "report" before it ("The report by the IPCC")
            issued = self.issued.get(lower.split()[-1]) if lower.startswith("the ") else None
            described = self._description(lower) if " " in lower else None
            spoke_last = self.actors.kinds.get(self.last) if self.last is not None else None
            if lower.startswith("the ") and spoke_last == "person":
                # "according to the report" after a person spoke: a document is a body's, not
                # theirs; no one is named for it
                return issued or described
            return issued or described or self.last
        if lower.startswith(("its ", "their ")) and len(lower.split()) <= 3:
            # "Acme, which is listed in Kessel, mines coal, according to its website": the body the
            # sentence opens with, else the body named last
            opening = re.match(r"^(?:The\s+)?(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*", sentence.strip(' “"'))
            subject = self.actors.resolve(opening[0]) if opening else None
            if subject is not None and self.actors.kinds.get(subject) in _BODY_KINDS:
                return subject
            bodies = self._named(sentence, _BODY_KINDS)
            return max(bodies)[1] if bodies else self.last_body
        if lower in {"the website", "the site", "the web site"}:
            return self.issued.get("website")  # the body whose website was named before
        if _DESCRIBED_ONE.match(speaker):
            return None  # "an Ohio observer noted": one described by where they are, not named
        one = re.search(rf"\b(?:an?|one|another)\s+{re.escape(speaker)}\s+(?P<noun>[a-z]+)\b", sentence)
        if one is not None and _DESCRIBED_ONE.match(f"{speaker} {one['noun']}"):
            return None  # "said one Kesselish commuter": one described by where they are from
        if unnamed_level(speaker):
            return None  # "Norlandic regional officials said": some region's, which no one names
        if _ITS_PEOPLE.match(speaker):
            return None  # "Acme workers said": people of a body who speak for themselves, unnamed
        if _ORGANISERS.fullmatch(lower) and (organiser := self._organiser()) is not None:
            return organiser  # "Kessel Marathon organizers said ...", then "Organizers also said ..."
        body = group_of(speaker)
        if body is not None:
            # "Harbour Board officials say": the board, when it is drafted; else no one named
            return self.actors.resolve(body)
        people = _PEOPLE_OF_A_NOUN.match(speaker)
        if people is not None and speaker[1:] == lower[1:]:
            # "The board members said", "Transit agency officials estimate": the people of a body
            # the text names by its noun, who speak as "the board" or "the agency" would
            return self.claimant(Said("the " + people["noun"].lower(), said.said, said.via), sentence, new)
        voice = _VOICE_OF_A_NOUN.match(speaker)
        if voice is not None and speaker[1:] == lower[1:] and voice["noun"] in _BODY_NOUNS:
            # "A company statement said", "a club spokeswoman said": the body the text names by its
            # noun speaks, through its one voice or its paper
            return self.claimant(Said("the " + voice["noun"], said.said, said.via), sentence, new)
        words = lower.split()
        # "the Tampa, Florida-based company said": the body described by where it is based
        based = bool(words) and words[0].endswith("-based")
        of_a_body = (words[:1] == ["the"] or based) and words[-1] in _BODY_NOUNS
        # "the national flood agency": the body named before with a word of it ("Norland Flood
        # Authority"), rather than a name inside it ("the Danish flood agency" is not Denmark)
        # ("The Orla Rowing Federation": a name written whole is that body, whatever others share its words)
        exact = (
            self.actors.by_name.get(re.sub(r"^the\s+", "", lower))
            if not speaker.islower() and self._ending(speaker) is None
            else None
        )
        found = self._sharing(words[1:-1]) if of_a_body and 4 <= len(words) <= 6 and exact is None else exact
        if of_a_body and len(words) <= 3 and speaker == lower:
            # "the health department", "the department": the body named last whose name holds
            # these words ("Kessel County Health Department"), not one that opens with them
            found = self._holding(words[1:])
            if found is None and len(words) == 3 and words[1] in _BODY_NOUNS:
                # "the hospital group", "the university system": the body of the first noun the
                # text named ("Orla General Hospital"), not a body of another kind named last
                found = self._holding(words[1:2])
        if found is None and of_a_body and len(words) == 3 and self._board_of_a_named_body(words):
            return new(speaker, sentence)
        if found is None and words[:1] == ["the"] and words[-1] in _HEAD_NOUNS:
            found = self._description(lower)  # "the fire boss": a head named before, not a new body
        if (
            found is None
            and re.fullmatch(r"the\s+(?:[A-Z][\w’'.-]*\s+){1,2}[a-z]+", speaker)
            and words[-1] not in _BODY_NOUNS
            and (posted := self._description(speaker)) is not None
            and self.actors.kinds.get(posted) == "person"
        ):
            # "the Kessel officer said": the person named before as one ("Kessel provincial officer
            # Ana Ruiz"), not the place or the body whose officer she is
            found = posted
        if found is None and len(words) == 2 and words[0] == "the" and words[1] in _LOCAL_NOUNS:
            # "The town said ...": the town's own government the text named ("Tarnby Municipality",
            # "Orla Town Council"), not a body a verb of the sentence met after "the town"
            found = self._local_government()
        found = found or self._named_as(speaker) or self._description(lower)
        if found is None and words[:1] == ["the"] and words[-1] == "union" and len(words) <= 3:
            found = self._only_union()  # "The union for nurses says ...", its name given after
        # "the US oil company said", "the Norland ferry operator": the body's country is no company;
        # the body named before is it
        placed = (
            of_a_body
            and not speaker.islower()
            and all(
                word.islower() or self.actors.kinds.get(self.actors.resolve(word) or "") == "place"
                for word in speaker.split()[1:]
            )
        )
        found = None if placed and (found is None or self.actors.kinds.get(found) == "place") else found
        # "the Kessel K220 operator said": a body described by the model it runs, named no other way
        modelled = of_a_body and MODELLED_BODY.fullmatch(speaker) is not None
        if found is None and of_a_body and (len(words) <= 3 or based or placed or modelled):
            # "the hospital system", "the Kessel, Ore.-based household goods maker": the body named
            # before only by its name; in the sentence itself first ("Workers left a Kessel Mining
            # mine, the company said")
            bodies = self._named(sentence, _BODY_KINDS)
            opens = re.match(rf"\W*{re.escape(speaker)}\b", _QUOTED.sub(" ", sentence), re.IGNORECASE)
            if opens is not None:
                # "The charity is calling on the council to ...": the subject opening the sentence is
                # none of the bodies named after it, what it acts on
                bodies = [b for b in bodies if b[0] < opens.end()]
            if words[-1] in _COMPANY_NOUNS:
                # ("The company told the Labour Commission": a body of state is no company)
                bodies = [b for b in bodies if self.actors.kinds.get(b[1]) != "government-body"]
            found = max(bodies)[1] if bodies else self._last_body_for(words[-1])
        if found is None and words[:1] == ["the"] and len(words) <= 3 and words[-1] in _STATE_NOUNS:
            # "the fisheries watchdog said", "the regulator": a body of state the text named, in
            # the sentence first, else last (a company the sentence names is what it speaks of)
            state = [b for _, b in sorted(self._named(sentence, {"government-body"}))]
            state = state or [b for b in self.bodies if self.actors.kinds.get(b) == "government-body"]
            found = state[-1] if state else None
        if found is None and words[:1] == ["the"] and len(words) <= 3 and words[-1] in _MEDIA_NOUNS:
            found = self.last_outlet  # "According to the Kessel Courier, ... the publication reports"
        return found or new(speaker, sentence)

    def _head_of(self, body: str) -> str | None:
        """The one person the text names with a chief's post of ``body``, written as here: "the
        Orlagas Chief Executive Officer (CEO) Ana Ruiz"; None when no one, or more than one."""
        if self.actors.resolve(body) is None:
            return None
        heads = {
            actor_id
            for name, actor_id in self.actors.by_name.items()
            if self.actors.kinds.get(actor_id) == "person"
            and re.search(
                rf"\b{re.escape(body)}\s+(?:Chief|Head|Managing|Executive|Chairman|Chairperson|President)\b"
                rf"[^.;,“”\"]{{0,60}}?\b(?i:{re.escape(name)})\b",
                self.text,
            )
        }
        return heads.pop() if len(heads) == 1 else None

    def _organiser(self) -> str | None:
        """The one drafted body the text names with its organisers after it ("the Kessel Marathon
        organizers"); None when it names none, or more than one."""
        named = {
            found
            for match in _NAMED_ORGANISERS.finditer(self.text)
            if (found := self.actors.resolve(match["body"])) is not None
            and self.actors.kinds.get(found) in _BODY_KINDS
        }
        return named.pop() if len(named) == 1 else None

    def _antecedent(self, pronoun: str, sentence: str) -> str | None:
        """ "X, which argued that", "X, who said": the actor whose name ends just before the comma
        (a body for "which"; a person or a body for "who")."""
        at = re.search(rf",\s+{pronoun}\s", _QUOTED.sub(lambda m: " " * len(m[0]), sentence))
        if at is None:
            return None
        kinds = _BODY_KINDS if pronoun == "which" else {*_BODY_KINDS, "person"}
        before = sentence[: at.start()]
        ending = [
            (start, actor_id)
            for start, actor_id in self._named(before, kinds)
            if self._ends_at(before, start, actor_id)
        ]
        return max(ending)[1] if ending else None

    def _ends_at(self, text: str, start: int, actor_id: str) -> bool:
        """One of the actor's names, written at ``start``, runs to the end of ``text``."""
        rest = text[start:].strip().lower()
        return any(rest == name.lower() for name, found in self.actors.by_name.items() if found == actor_id)

    def _last_body_for(self, noun: str) -> str | None:
        """The body named last that a noun such as "the company" can be: a company is no union of
        workers ("the UAW struck Acme Corp. It came after the company reported ..."); else the body
        named last."""
        initialled = self._initialled(noun)
        if initialled is not None:
            return initialled
        if noun == "institution":
            # "the institution reported" after a school and a ministry: the school, a college or a
            # hospital named last, no body that governs it
            for body in reversed(self.bodies):
                names = [name for name, actor_id in self.actors.by_name.items() if actor_id == body]
                if any(name.split()[-1] in _INSTITUTIONS for name in names):
                    return body
        if noun not in _COMPANY_NOUNS:
            return self.last_body
        # nor a body of state ("Acme told the Labour Commission. The company says ...")
        companies = [
            body
            for body in self.bodies
            if not self._of_workers(body) and self.actors.kinds.get(body) != "government-body"
        ]
        last = self.last_body
        no_company = self._of_workers(last) or self.actors.kinds.get(last or "") == "government-body"
        return companies[-1] if companies and no_company else last

    def _local_government(self) -> str | None:
        """The one drafted body of state that governs a town, a city or a district: its name holds
        "Municipality", "City Council", "Town Council" or "Borough Council", or opens "City of"
        ("Tarnby Municipality", "City of Orla"); None when none or more than one."""
        ids = {
            actor_id
            for name, actor_id in self.actors.by_name.items()
            if self.actors.kinds.get(actor_id) == "government-body" and _LOCAL_GOVERNMENT.search(name)
        }
        return ids.pop() if len(ids) == 1 else None

    def _initialled(self, noun: str) -> str | None:
        """ "The executive says" after "the KHE", "the authority" after "the KPA": the body named
        last by initials whose last letter is the noun's first, the noun its name's last word."""
        for body in reversed(self.bodies):
            initials = [
                name
                for name, actor_id in self.actors.by_name.items()
                if actor_id == body
                and re.fullmatch(r"[a-z]{2,6}", name)
                and re.search(rf"\b{name.upper()}\b", self.text)
            ]
            spelled = [
                name for name, actor_id in self.actors.by_name.items() if actor_id == body and " " in name
            ]
            if spelled and not any(name.split()[-1] == noun for name in spelled):
                continue  # "the company" after "the CPSC" (the Kessel Safety Commission): not its noun
            if any(name[-1].lower() == noun[:1] for name in initials):
                return body
        return None

    def _board_of_a_named_body(self, words: list[str]) -> bool:
        """ "the museum board", "the zoo trustees": the board of a body the text names with the
        first word as its last ("Orla Town Museum"), which that body's name does not hold; no body
        drafted is it."""
        if words[-1] not in {"board", "trustees", "committee", "council"} or words[1] not in _BODY_NOUNS:
            return False
        return any(
            name.lower().split()[-1] == words[1] and self.actors.kinds.get(actor_id) in _BODY_KINDS
            for name, actor_id in self.actors.by_name.items()
        )

    def _of_workers(self, body: str | None) -> bool:
        names = [name for name, found in self.actors.by_name.items() if found == body]
        return any(_WORKERS_BODY.search(name) for name in names)

    def _posts_of_together(self, speaker: str) -> bool:
        """ "the judges", "the justices of the appeals court": the plural of a post the text wrote
        before the people it named together ("Justices Ana Ruiz, Bo Lund and ...")."""
        plural = re.match(r"^the\s+([a-z]+)s(?:\s+of\s+the\s+[a-z\s]+)?$", speaker)
        if plural is None or not is_post_word(plural[1]):
            return False
        first = self.together[0]
        names = [name for name, actor_id in self.actors.by_name.items() if actor_id == first]
        return any(
            re.search(rf"\b{plural[1]}s?\s+{re.escape(name)}\b", self.text, re.IGNORECASE) for name in names
        ) or any(name.lower().startswith(plural[1]) for name in names)

    def _who_can_be(self, pronoun: str, found: str | None) -> str | None:
        """ "Ana Ruiz, a spokeswoman, said ... Mr Lee met the union. She said ...": when the text
        gives the one found the other pronoun, "she" is the person named last whom the text gives
        hers, else the one named last whom it gives neither; with no such cue, the one found."""
        if found is None or self.pronouns.get(found, pronoun) == pronoun:
            return found
        named = [person for person in reversed(self.people) if person != found]
        return next((p for p in named if self.pronouns.get(p) == pronoun), None) or next(
            (p for p in named if p not in self.pronouns), found
        )

    def spoke(self, said: Said, claimant: str | None, sentence: str = "") -> None:
        """Note who spoke in this sentence as one person: a person, or the body of "a spokesman"
        or "an official" no name is given for (also where the words read the body alone: "A senior
        official of the Kessel Growers Association, who asked not to be named, said")."""
        if claimant is None:
            return
        one_of = said.speaker.strip() and re.search(
            r"\b(?:an?|one|the)\s+(?:[a-z]+\s+){0,2}(?:spokes(?:man|woman|person)|official|representative"
            r"|officer|aide|executive)\s+(?:of|for|from|at|with)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:(?:of|and|for)\s+(?:the\s+)?)?)*"
            + re.escape(re.sub(r"^the\s+", "", said.speaker.strip(), flags=re.IGNORECASE)),
            sentence,
            re.IGNORECASE,
        )
        # ("He said" after one of a body spoke: the same one goes on speaking for it)
        person = said.speaker.strip().lower() in _PEOPLE_PRONOUNS
        one = _ONE_OF_A_BODY.search(said.speaker.strip())
        if self.actors.kinds.get(claimant) == "person" or one or one_of or person:
            self.speaker_now = claimant

    def next_sentence(self) -> None:
        """A new sentence: who spoke in the last one is who spoke "before"; a sentence between that
        no one speaks in and that names no person ("Ana Ruiz said ... The flood hit in May. Prices
        will rise, she added.") leaves the one who spoke before it."""
        if self.speaker_now is not None or self.named_person:
            self.speaker_before = self.speaker_now
        self.speaker_now = None

    def _named_as(self, speaker: str) -> str | None:
        """The actor a name stands for; a body drafted under these words alone ("Toll Authority")
        is a piece of the one longer name that ends with them ("Kessel Bay Toll Authority")."""
        found = self.actors.resolve(speaker)
        bare = re.sub(r"^the\s+", "", speaker, flags=re.IGNORECASE).lower()
        names = {name.lower() for name, actor_id in self.actors.by_name.items() if actor_id == found}
        if found is None or names == {bare}:
            return self._ending(speaker) or found
        return found

    def _ending(self, speaker: str) -> str | None:
        """ "The Toll Authority said": the one drafted body whose longer name ends with these words
        ("Kessel Bay Toll Authority")."""
        words = re.sub(r"^the\s+", "", speaker, flags=re.IGNORECASE).split()
        if len(words) < 2 or not all(word[:1].isupper() for word in words):
            return None
        tail = " " + " ".join(words).lower()
        ids = {
            actor_id
            for name, actor_id in self.actors.by_name.items()
            if self.actors.kinds.get(actor_id) in _BODY_KINDS and name.lower().endswith(tail)
        }
        return ids.pop() if len(ids) == 1 else None

    def _ending_in(self, noun: str) -> str | None:
        """ "zoo": the one drafted body whose name ends with the noun ("Orla Zoo")."""
        ids = {
            actor_id
            for name, actor_id in self.actors.by_name.items()
            if self.actors.kinds.get(actor_id) in _BODY_KINDS and name.split()[-1].lower() == noun
        }
        return ids.pop() if len(ids) == 1 else None

    def _holding(self, words: list[str]) -> str | None:
        """The body named last whose name holds every one of these words; else the one drafted; a
        ministry is a department ("the health ministry": the "National Department of Health")."""
        found = self._holding_all(words)
        other = _SAME_BODY.get(words[-1]) if words else None
        return found if found is not None or other is None else self._holding_all([*words[:-1], other])

    def _holding_all(self, words: list[str]) -> str | None:
        ids = {
            actor_id
            for name, actor_id in self.actors.by_name.items()
            if self.actors.kinds.get(actor_id) in _BODY_KINDS
            and set(words) <= {word.lower().strip(".,") for word in name.split()}
        }
        named = [actor_id for actor_id in self.bodies if actor_id in ids]
        if named:
            return named[-1]
        return ids.pop() if len(ids) == 1 else None

    def _sharing(self, words: list[str]) -> str | None:
        """The drafted body whose name shares most of these words (of five letters or more)."""
        wanted = {word for word in words if len(word) >= 5}
        scored = [
            (len(wanted & set(name.lower().split())), actor_id)
            for name, actor_id in sorted(self.actors.by_name.items())
            if self.actors.kinds.get(actor_id) in _BODY_KINDS
        ]
        best = max(scored, default=(0, None), key=lambda pair: pair[0])
        return best[1] if best[0] else None

    def _only_union(self) -> str | None:
        """The one body the text names as a union ("Kessel Nurses' Association", "Orla Dockers
        Union"), before or after "the union" is written."""
        unions = {
            actor_id
            for name, actor_id in self.actors.by_name.items()
            if re.search(r"\b(?:union|association|federation|guild)\b", name)
            and self.actors.kinds.get(actor_id) == "organisation"
        }
        return unions.pop() if len(unions) == 1 else None

    def _posted(self, actor_id: str) -> bool:
        """Whether the text gives the person a post: a description ("head coach Dan Merrit"), or
        one set off after the name ("Ana Ruiz, the Acting Controller, ...")."""
        if actor_id in self.described.values():
            return True
        names = [name for name, found in self.actors.by_name.items() if found == actor_id]
        return any(
            re.search(
                rf"\b(?i:{re.escape(name)}),\s+(?:the|an?)\s+(?:[A-Za-z][\w-]*\s+){{0,3}}[A-Za-z][\w-]*,",
                self.text,
            )
            # or set off before it: "Its Managing Director, Mr Bo Lund, ...", "The head, Ana Ruiz,"
            or re.search(
                r"\b(?:[Ii]ts|[Tt]heir|[Tt]he)\s+(?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*,\s+"
                rf"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?i:{re.escape(name)}),",
                self.text,
            )
            for name in names
        )

    def _description(self, speaker: str) -> str | None:
        """ "the head coach": the person last named with "coach" before the name."""
        words = speaker.removeprefix("the ").split()
        if not words or not speaker.startswith("the ") or len(words) > 3:
            return None
        found = self.described.get(words[-1])
        if (
            found is None
            and words[-1] in _HEAD_NOUNS
            and self.last is not None
            and self.actors.kinds.get(self.last) == "person"
            and self._posted(self.last)
        ):
            # "The fire boss further explained": a head no name was written with, after a person
            # with a post spoke ("Ana Ruiz, the acting controller, said ..."): that person
            return self.last
        return found


# "the city said", "the municipality said": the local government the text named, by its noun
_LOCAL_NOUNS = {"city", "town", "municipality", "borough", "village"}
_LOCAL_GOVERNMENT = re.compile(
    r"\b(?:(?:Local|Metropolitan|District)\s+)?Municipality\b|\b(?:City|Town|Borough|Village)\s+Council\b"
    r"|^(?:The\s+)?(?:City|Town|Municipality|Borough|Village)\s+of\s+\w",
    re.IGNORECASE,  # (names are looked up in lower case)
)
# A body's head named by the body and a head's noun, no name: "Orlagas chief", "the Kessel Port boss".
_BODY_HEAD = re.compile(
    r"(?:the\s+)?(?P<body>[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3})\s+(?:chief|head|boss)"
)
# Nouns for the head of a body, which news writes for its head once named ("the fire boss", "the
# agency chief"); and "the official", for one named with a post ("..., hoped the official")
_HEAD_NOUNS = {"boss", "chief", "head", "official"}


# What may come before a sentence's subject: an opening phrase and its comma ("After the vote,"),
# then a post in capitals ("Councillor", "Board Chair").
_OPENING_BEFORE_SUBJECT = re.compile(r"\s*(?:[A-Z][a-z]+(?:\s+[a-z]+){0,4},\s+)?(?:[A-Z][\w.]*\s+){0,3}")


# A sentence that opens with those who research at a body: "Researchers at the Kessel Institute".
_RESEARCHERS_AT = re.compile(r"^(?:The\s+)?(?:Researchers|Scientists)\s+(?:at|from|of|with)\s+")
_RESEARCHERS = {"the researchers", "the scientists"}
_FOUND = re.compile(r"\b(?:found|find|discovered|concluded|observed|showed)\s+that\b")


# A sentence that opens with people named by what they are or do, no one's name: "Jurors in
# Kessel", "Investigators", "Local residents".
_PEOPLE_OPENING = re.compile(
    r"^(?:(?:Local|Some|Many|Several|Other|The)\s+)?(?P<noun>[A-Za-z][a-z]{2,}(?:ers|ors|ists|ents|ants|ians|ials|ees))"
    r"\s+(?:in|at|from|of|on|for|[a-z]+ed|[a-z]+s|said|say|had|have|were|are|did)\b"
)


# A body's initials described by what it is, and by its country before them: "Norway's KRT rail
# company", "the KRT bus operator", "Norland's state-owned NTA broadcaster".
_INITIALS_DESCRIBED = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w-]+[’']s\s+)?(?:[a-z][\w-]+\s+){0,2}(?P<initials>[A-Z]{2,6})\s+"
    r"(?:[a-z][\w-]+\s+){0,2}(?:company|firm|operator|group|agency|union|broadcaster|carrier|airline"
    r"|network|utility|regulator|watchdog|authority|insurer|lender|bank|maker|manufacturer|giant"
    # ("the KNA report said", "the latest KBS survey found": a body's document speaks for it)
    r"|report|survey|study|review|audit|analysis|statement|notice)$"
)


# "a Kessel bank", "an Orla insurer": one body of a place, with no name of its own
_ONE_OF_A_PLACE = re.compile(r"^[Aa]n?\s+(?:[A-Z][\w’'.-]*\s+){1,2}(?P<noun>[a-z]+)$")


# "the Caribbean-like country's environment minister", "the island nation's finance minister": a
# post of a place named by what it is (a country, an island), not by its name
# A post written with capitals and no one's name: "the Harbours Minister", "Kessel's Health Secretary".
_CAPITALISED_POST = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w-]*[’']s\s+)?(?:[A-Z][\w-]*\s+){0,3}?(?:[A-Z][\w-]*\s+)?(?P<post>[A-Z][a-z-]+)"
)
# A person's full name opening a sentence: "Ana Ruiz told ...", "Bo O'Lund acknowledged ..."
_OPENING_NAME = re.compile(r"[\s“\"]*(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\b(?!\s+[A-Z])")
_POST_OF_A_PLACE = re.compile(
    r"^the\s+(?:[A-Z][\w-]*\s+|[a-z][\w-]*\s+){0,2}(?:country|nation|island|kingdom|republic|province|state)[’']s\s+"
    r"(?P<post>(?:[a-z][\w-]*\s+){0,3}(?:minister|president|premier|governor|secretary|spokesman|spokeswoman"
    r"|spokesperson|chief|leader|head))$"
)
# "the data from the Harbour Board", "figures released by the Kessel Statistics Office", "a report
# by Acme": a document or its figures, issued by the body named after them (who says what they show).
_ISSUED_BY = re.compile(
    r"^(?:the\s+|an?\s+)?(?:(?:latest|new|official|preliminary|monthly|annual|quarterly)\s+)?"
    r"(?:data|figures|statistics|numbers|report|survey|study|tally)\s+"
    r"(?:(?:released|published|compiled|issued)\s+)?(?:from|by|of)\s+(?:the\s+)?(?P<body>[A-Z].*)$"
)
# "Norland's biggest online retailer", "Acme's largest shareholder": one of an owner's, described by
# a superlative, whom no name is given for (not the owner).
_ONE_OF_AN_OWNER = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+(?:[a-z]+est|most\s+[a-z]+)(?:\s+[a-z][\w-]*){1,3}$"
)
# "the Forge union", "the Ardent group": a body named by one capitalised word, and what it is.
_NAME_DESCRIBED = re.compile(
    r"^the\s+(?P<name>[A-Z][a-z][\w-]*)\s+(?:union|company|firm|group|charity|trust|society|association)$"
)
# Nouns for a business, which a union of its workers is not.
_COMPANY_NOUNS = {"company", "firm", "manufacturer", "maker", "retailer", "carrier", "lender", "insurer"}
_WORKERS_BODY = re.compile(
    r"\b(?:workers|unions?|employees|federation of labou?r|teamsters|guild)\b", re.IGNORECASE
)


# "the 61-year-old", "the 45-year-old doctor": a person told by the age given with their name
_AGED = re.compile(r"^the\s+(?P<age>\d{1,3})-year-old(?:\s+[a-z]+)?$")
# ("Ana Ruiz (61) said": the age in brackets, as some papers write it)
_NAME_AND_AGE = re.compile(
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})(?:,\s+(?P<age>\d{1,3}),|\s+\((?P<age_>\d{1,3})\))"
)


def _ages(actors: Cast, text: str) -> dict[str, str]:
    """The age given with each person's name ("Ms Ana Ruiz, 61, ..."), when one person has it."""
    found: dict[str, set[str]] = {}
    for match in _NAME_AND_AGE.finditer(text):
        actor = actors.resolve(match["name"])
        if actor is not None and actors.kinds.get(actor) == "person":
            found.setdefault(match["age"] or match["age_"], set()).add(actor)
    return {age: ids.pop() for age, ids in found.items() if len(ids) == 1}


# Words that give a person's pronoun: a title before the name ("Mr Lee", "Ms. Ruiz"), a post or a
# relation before it ("spokeswoman Ana Ruiz") or after it ("Tom Lee, a spokesman for ...", "said Ana
# Ruiz, chairwoman of ...").
_HE_WORDS = (
    r"Mr|Mister|Sir|Lord|King|Prince|[a-z]*(?:spokes|chair|business|congress|police|fire|sales|fisher|fresh)man"
    r"|father|husband|son|brother|grandfather|uncle|nephew|boyfriend|boy|man|king|prince|widower"
)
_SHE_WORDS = (
    r"Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess|[a-z]*(?:spokes|chair|business|congress|police|fire|sales)woman"
    r"|mother|wife|daughter|sister|grandmother|aunt|niece|girlfriend|girl|woman|actress|queen|princess|widow"
)
_PERSON_NAME = r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){0,3})"
_CUE_BEFORE = re.compile(rf"\b(?:(?P<he>{_HE_WORDS})|(?P<she>{_SHE_WORDS}))\.?\s+{_PERSON_NAME}")
_CUE_AFTER = re.compile(
    rf"{_PERSON_NAME},\s+(?:\d{{1,3}},\s+)?(?:(?:a|an|the|his|her)\s+(?:[\w-]+\s+){{0,2}})?"
    rf"(?:(?P<he>{_HE_WORDS})|(?P<she>{_SHE_WORDS}))\b"
)
# A person named, then "he" or "his", "she" or "her" later in the same sentence: the pronoun is
# theirs when no one else is named in the sentence ("Tom Lee said his crews ...").
_OWN_PRONOUN = re.compile(r"\b(?:(?P<he>he|his|him|himself)|(?P<she>she|her|hers|herself))\b")


def pronouns_of(actors: Cast, text: str) -> dict[str, str]:
    """ "he" or "she" for each person the text gives one, every cue agreeing: a title, a post or a
    relation with the name, or a pronoun in a sentence that names no one else."""
    found: dict[str, set[str]] = {}

    def note(name: str, pronoun: str) -> None:
        actor = actors.resolve(name)
        if actor is not None and actors.kinds.get(actor) == "person":
            found.setdefault(actor, set()).add(pronoun)

    plain = _QUOTED.sub(" ", text)
    for cue in (*_CUE_BEFORE.finditer(plain), *_CUE_AFTER.finditer(plain)):
        note(cue["name"], "he" if cue["he"] else "she")
    person_ids = {a for a, kind in actors.kinds.items() if kind == "person"}
    names = sorted(
        (name for name, actor_id in actors.by_name.items() if actor_id in person_ids), key=len, reverse=True
    )
    if names:
        any_name = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)
        for sentence in re.split(r"(?<=[.!?])\s+", plain):
            # (a name as the text writes it, in capitals: never "will" for a "Will Rogers")
            found_here = [m for m in any_name.finditer(sentence) if m[0][:1].isupper()]
            if len({actors.resolve(m[0]) for m in found_here}) != 1:
                continue
            first = found_here[0]
            pronoun = _OWN_PRONOUN.search(sentence, first.end())
            if pronoun is not None:
                note(first[0], "he" if pronoun["he"] else "she")
    return {actor: pronouns.pop() for actor, pronouns in found.items() if len(pronouns) == 1}


# A people's name, then a level of government below the state's: "Norlandic regional officials".
# ("Norlandian media reported", "Norlandian state media said": a country's press, no outlet named)
_UNNAMED_LEVEL = re.compile(
    r"^(?P<people>[A-Z][a-z]+)\s+(?:(?:regional|provincial|local|municipal|district|village)\s+"
    r"(?:officials|authorities|leaders)|(?:state\s+|local\s+)?media)$"
)


def unnamed_level(speaker: str) -> bool:
    """ "Norlandic regional officials": the officials of some region of a country, which no one names
    (or its press: "Norlandian media")."""
    level = _UNNAMED_LEVEL.match(speaker.strip())
    return level is not None and DEMONYM.match(level["people"]) is not None


# A body's name and a group of its people: "Harbour Board officials", "Acme staff".
_NAMED_GROUP = re.compile(
    # ("A Kessel spokesman said": one of the body's people, unnamed)
    r"^(?:the\s+|(?-i:An?)\s+)?(?P<body>[A-Z][\w.’'&-]*(?:\s+(?:[A-Z][\w.’'&-]*|&|of|and|for))*)\s+"
    r"(?:officials|staff|staffers|spokesman|spokeswoman|spokesperson|authorities|researchers|scientists"
    r"|investigators|officers|experts)$"
)


# A body's workers, customers or pupils: people of it who do not speak for it ("Acme workers said").
_ITS_PEOPLE = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w.’'&-]*\s+){1,4}(?:workers|employees|customers|clients|students|pupils"
    r"|parents|passengers|patients|tenants|shareholders|fans)$"
)


# A people's or a country's word, then groups written in lower case: "Norwegian rail unions said",
# "Norlandic farm groups say" (not "Kessel officials", whom other rules read); and the tail of "a
# committee of Norlandic school boards said", "a group of Kessel farmers said": some of them, unnamed.
_PEOPLES_GROUP = re.compile(
    r"^(?:(?:of|for)\s+)?(?P<who>[A-Z][a-z]+)\s+(?:[a-z-]+\s+){0,2}(?:unions|groups|workers|drivers|farmers"
    r"|commuters|activists|campaigners|protesters|teachers|nurses|doctors|pilots|students|residents|boards)$"
)


# A group of a body's people before its name: "Members of Kessel Nurses United".
_GROUP_OF = re.compile(
    r"^(?:[Mm]embers|[Ss]upporters|[Ss]taff|[Ee]mployees|[Oo]fficials|[Ll]eaders|[Ww]orkers)\s+of\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w.’'&-]*(?:\s+(?:[A-Z][\w.’'&-]*|&|of|and|for))*)$"
)


# The people who speak for a place that is run as a body, named by its noun in lower case: "zoo
# officials", "museum staff" (the text names the body: "the Orla Zoo").
_STAFF_OF_A_PLACE = re.compile(
    r"^(?:the\s+)?(?P<noun>zoo|aquarium|museum|gallery|library|hospital|hospice|college|university|theatre"
    r"|airport|prison)\s+(?:officials|staff|spokesman|spokeswoman|spokesperson)$"
)


# The people of a body named by its noun, with a word of what it does before it: "the board
# members", "Transit agency officials", "the council staff".
_PEOPLE_OF_A_NOUN = re.compile(
    r"^(?:[Tt]he\s+)?(?P<noun>(?:[A-Za-z][a-z]+\s+)?(?:board|agency|council|committee|commission|department"
    r"|authority|district|company|firm|union|school\s+board))\s+(?:members|officials|staff|leaders|directors)$"
)

# One voice of a body named by its noun alone: "a company statement", "the club spokesman", "a
# council spokesperson" (its statement or the one who speaks for it, no name of either)
_VOICE_OF_A_NOUN = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?P<noun>[a-z]+)\s+(?:statement|release|filing|spokes(?:man|woman|person))$"
)


def group_of(speaker: str) -> str | None:
    """The body whose people a speaker names: "Harbour Board" of "Harbour Board officials" or of
    "members of the Harbour Board"."""
    tail = _NAMED_GROUP.match(speaker) or _GROUP_OF.match(speaker)
    return tail["body"] if tail is not None else None


# A post in capitals and its portfolio, set off by a comma before its holder's name: "The Minister for
# Roads and Transport, Ana Ruiz, said", which "the Minister said" names later.
_PORTFOLIO_SET_OFF = (
    r"\b([A-Z][\w.]*\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+(?:and\s+)?[A-Z][\w.]*){0,3},\s+)"
)


def _descriptions(actors: Cast, text: str) -> dict[str, str]:
    """Each lower-case word written just before a name ("head coach Dan Merrit", "USK
    astrophysicist Lena Ashby", "the athletic wear company Under Oak"), with the actor it
    describes last."""
    described: dict[str, tuple[int, str]] = {}
    for name, actor_id in actors.by_name.items():
        if actors.kinds.get(actor_id) == "place":
            continue
        if " " not in name:
            if actors.kinds.get(actor_id) == "person":
                # "Mayor Ruiz" (a family name alone after a post in capitals): "the mayor said"
                posted = r"\b([A-Z][a-z]+)\s+" + re.escape(name) + r"\b"
                for match in re.finditer(posted, text, re.IGNORECASE):
                    word = match.group(1)
                    if (
                        word[:1].isupper()
                        and is_post_word(word)
                        and match.start() >= described.get(word.lower(), (-1, ""))[0]
                    ):
                        described[word.lower()] = (match.start(), actor_id)
            continue
        pattern = r"\b((?:[a-z][\w-]*\s+){1,3})(?:[A-Z][\w.]*\s+){0,2}(?i:" + re.escape(name) + r")\b"
        for match in re.finditer(pattern, text):
            # ("The company told the Labour Commission": a word before an article and the name is
            # the subject of another clause, not the name's description; "a spokesperson with the
            # Orla Airport" is one of the body's)
            words = match.group(1).split()
            last_article = max((i for i, word in enumerate(words) if word in {"the", "a", "an"}), default=-1)
            if last_article >= 1 and words[last_article - 1] in {"with", "for", "at", "of", "from", "by"}:
                last_article = -1
            for word in words[last_article + 1 :]:
                describes = word.islower() and len(word) > 3 and word not in _NOT_DESCRIPTIONS
                if word in _BODY_NOUNS and actors.kinds.get(actor_id) == "person":
                    describes = False  # "company head Ana Ruiz": "the company" is hers, not she
                if describes and match.start() >= described.get(word, (-1, ""))[0]:
                    described[word] = (match.start(), actor_id)
        # "Ardon County Fire Chief Nora Hale": a post in capitals just before the name, which
        # "the chief said" names later
        # "the chief said" names later; so does one with its portfolio after it ("Minister of Health
        # Ana Ruiz", "MINISTER of Finance Bo Lund": "the minister disclosed")
        capitals = (
            r"\b((?:[A-Z][\w.-]*\s+){1,4}|[A-Z][\w.]*\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){1,3})"
        )
        for match in re.finditer(capitals + r"(?i:" + re.escape(name) + r")\b", text):
            for word in match.group(1).split():
                if is_post_word(word) and match.start() >= described.get(word.lower(), (-1, ""))[0]:
                    described[word.lower()] = (match.start(), actor_id)
        # ("The Minister for Roads and Transport, Ana Ruiz, said": the portfolio set off by a comma)
        for match in re.finditer(_PORTFOLIO_SET_OFF + r"(?i:" + re.escape(name) + r")\b", text):
            for word in match.group(1).split():
                if is_post_word(word) and match.start() >= described.get(word.lower(), (-1, ""))[0]:
                    described[word.lower()] = (match.start(), actor_id)
        # "Mark Lee, the mayor, said", "Jane Doe, a spokeswoman for the ministry": after the name
        # ("Ana Ruiz, the city’s treasurer, said": an owner in lower case before the post)
        after = (
            r"\b(?i:"
            + re.escape(name)
            + r"),\s+(?:a|an|the)\s+(?:[a-z][\w-]*(?:[’']s)?\s+){0,4}?"
            + r"([a-z][\w-]*)(?=,|\s+(?:of|for|at|in)\b)"
        )
        # "Kessel High School principal, Ana Ruiz": a post in lower case set off before the name by
        # a comma, which "the principal says" names later
        for match in re.finditer(r"\b([a-z][\w-]*),\s+(?i:" + re.escape(name) + r")\b", text):
            word = match.group(1)
            if is_post_word(word) and match.start() >= described.get(word, (-1, ""))[0]:
                described[word] = (match.start(), actor_id)
        # "Ana Ruiz, officer-in-charge of the station,": a compound post with no article, its head
        bare = r"\b(?i:" + re.escape(name) + r"),\s+([a-z]+)-in-[a-z]+(?=\s+(?:of|for|at)\b)"
        for match in [*re.finditer(after, text), *re.finditer(bare, text)]:
            word = match.group(1)
            if (
                len(word) > 3
                and word not in _NOT_DESCRIPTIONS
                and match.start() >= described.get(word, (-1, ""))[0]
            ):
                described[word] = (match.start(), actor_id)
    return {word: actor_id for word, (_, actor_id) in described.items()}


def _continued_quote(sentence: str, speaker: tuple[str | None] | None, run_on: bool = False) -> list[Said]:
    """A sentence that is only a quote, right after someone spoke (named or not): more of that
    speaker's words; with ``run_on``, a sentence of a quote the paragraph before left open, its
    opening mark not written again (up to its closing mark)."""
    if speaker is not None and run_on:
        return [Said("", sentence.split("”", 1)[0].strip(" ,"))]
    quote = _OPENING_QUOTE.match(sentence)
    if speaker is None or quote is None:
        return []
    return [Said("", quote.group("quote").strip(" ,"))]


def _runs_on(before: list[str], paragraph: list[str]) -> bool:
    """Whether a paragraph goes on with a quote the paragraph before left open, its opening mark left
    out: its first mark closes the quote ("... in class.”"), and the paragraph before's last opened
    one (a paragraph with no mark at all is read as the writer's own; a straight mark, which may
    open as well as close, is no sign)."""
    marks_before = re.findall(r"[“”]", paired(" ".join(before)))
    marks = re.findall(r"[“”]", " ".join(paragraph))
    return marks_before[-1:] == ["“"] and marks[:1] == ["”"]


# A whole quote, its stop inside the closing mark: "“We did all we could.”"
_WHOLE_QUOTE = re.compile(r"^\s*[“\"](?P<quote>[^”\"]{12,}?)[.!]?[”\"]\s*$")


def _quote_said_after(found: list[Said], quote: str | None) -> list[Said]:
    """ "“We did all we could.” Ana Ruiz said.": an attribution that says nothing, right after a whole
    quote its stop closed (in the same paragraph), names who said that quote."""
    if quote is None or len(found) != 1 or found[0].said or not found[0].speaker:
        return found
    return [Said(found[0].speaker, quote, found[0].via)]


# A signature below a pull quote: a name, a comma and a post, no verb and no stop ("Ana Ruiz, KHB
# chairperson", "Bo Lund, head of the Kessel Trust").
_SIGNATURE = re.compile(
    r"^(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}),\s+(?:(?:[A-Z]{2,6}|[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})\s+)?"
    r"(?P<post>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}(?:\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})?)$"
)


# Posts a signature gives besides those `is_post_word` knows.
_SIGNING_POSTS = {"chairperson", "founder", "editor", "coach", "captain", "curator", "professor", "trustee"}
_SIGNING_POSTS |= {"councillor", "councilor", "leader", "owner", "organiser", "organizer", "researcher"}


def _signed(paragraph: list[str]) -> str | None:
    """The name signing a paragraph's words, when it ends with a signature (a post's word in it) and
    no sentence before says who says it; else None."""
    if len(paragraph) < 2:
        return None
    signature = _SIGNATURE.match(paragraph[-1].strip())
    if signature is None or not any(
        word in _SIGNING_POSTS or is_post_word(word) for word in signature["post"].lower().split()
    ):
        return None
    speakers = [said.speaker for sentence in paragraph[:-1] for said in find_attributions(sentence)]
    if any(speaker[:1].isupper() or speaker.lower() in _PEOPLE_PRONOUNS for speaker in speakers):
        return None  # someone the words name says them ("sooner than anyone thinks" names no one)
    return signature["name"]


def draft_claims(
    paragraphs: list[list[str]],
    actors: Cast,
    cite: Callable[[str], list[dict[str, str]]],
    new_speaker: Callable[[str, str], str | None],
    taken: Callable[[str, set[str]], str],
    headline: str = "",
    lead: str = "",
) -> list[dict[str, Any]]:
    """A claim for each attribution in the paragraphs (lists of sentences), as the whole sentence or
    quote; a relay ("told Xinhua", "according to Norpress", "as quoted by") is `via:`. The ``lead``
    (the body's first sentence) is the report's news: a claim of its own, no one named for it, when
    it states something and says no one says it."""
    speakers = _Speakers(actors, " ".join(s for paragraph in paragraphs for s in paragraph))
    # (the sentence after the lead's paragraph, once the lead is read)
    leads, following = [lead], _next_lead(paragraphs, lead)
    # "Acme Files for Bankruptcy", then "The company ... said": the body the headline names, when the
    # text names none before
    named = [actor_id for _, actor_id in sorted(speakers._named(headline, {"organisation"}))]
    speakers.last_body = named[0] if len(set(named)) == 1 else None
    claim_ids: set[str] = set()
    claims: list[dict[str, Any]] = []
    previous = ""
    introduced: tuple[str | None, int] | None = None  # "X said:" and the paragraphs left to it
    for before, paragraph in zip([[], *paragraphs], paragraphs, strict=False):
        if introduced is not None and not _attributed(paragraph):
            statement = " ".join(paragraph)
            entry = _claim(Said("", statement), introduced[0], actors, statement, "", cite)
            if entry is not None:
                entry["id"] = taken(_words(introduced[0] or "", paragraph[0]), claim_ids)
                claims.append(entry)
            introduced = (introduced[0], introduced[1] - 1) if introduced[1] > 1 else None
            continue
        introduced = None
        signed = _signed(paragraph)
        if signed is not None:
            # "... a loss for every child in the valley. Ana Ruiz, KHB chairperson": words signed below
            words = Said(signed, " ".join(paragraph[:-1]).strip())
            claimant = speakers.claimant(words, paragraph[-1], new_speaker)
            entry = _claim(words, claimant, actors, words.said, previous, cite)
            if entry is not None and claimant is not None:
                entry["id"] = taken(_words(signed, words.said), claim_ids)
                claims.append(entry)
                speakers.last = claimant
                previous = paragraph[-1]
                continue
        quote_before: str | None = None  # the sentence before, a whole quote, and its claim if any
        quote_claim: dict[str, Any] | None = None
        drafted = len(claims)  # (claims drafted before this paragraph)
        run_on = _runs_on(before, paragraph)  # a quote going on, up to its closing mark
        for sentence in paragraph:
            if INTRODUCES.search(sentence) and (said := next(iter(find_attributions(sentence)), None)):
                # "Arts Minister Jane Roe said:" on a line of its own: her words are what follows
                speakers.next_sentence()
                introduced = (speakers.claimant(said, sentence, new_speaker), _INTRODUCED_PARAGRAPHS)
                speakers.spoke(said, introduced[0])
                speakers.last = introduced[0] or speakers.last
                continue
            speakers.issuers(sentence)
            found = list(_with_antecedent(find_attributions(sentence), previous))
            if previous and any(f.said == previous.rstrip(" .") for f in found):
                # "That's according to X": the sentence before, drafted as no one's (a lead), is X's
                lead = _statement(previous.rstrip(" ."))
                claims[:] = [c for c in claims if not (c.get("unattributed") and c["statement"] == lead)]
            if previous and (announced := _ANNOUNCED_IT.match(sentence)):
                # "The Harbour Board made the announcement Tuesday after ...": the sentence before is
                # what it announced (not "the findings" the verb seems to report)
                who = announced["who"] or announced["who_"] or announced["who_this"]
                holder = _holder_set_off(announced["set_off"] or "", actors)
                if announced["who_this"] and holder is not None:
                    # "The Kessel Farmers Union, its district chairperson, Ana Ruiz, confirmed this":
                    # the body, her post in it, then her name: she is who says it
                    who = holder
                others = [f for f in found if not (f.speaker and f.speaker.lower() in who.lower())]
                if announced["who_this"]:
                    # "..., made this known when briefing reporters": nothing more said; but "Its head,
                    # Bo Lund, who disclosed this on Friday, noted that ...": the clause of "who" says
                    # the sentence before is theirs, and the verb after it what more they said
                    others = found if re.search(r",\s+who\s+", announced[0]) else []
                    # the sentence before, drafted as no one's (a lead), is the speaker's now
                    lead = _statement(previous.rstrip(" ."))
                    claims[:] = [c for c in claims if not (c.get("unattributed") and c["statement"] == lead)]
                found = [Said(who, previous.rstrip(" .")), *others]
            if previous and (view := _VIEW_OF.match(sentence.strip())):
                # "That is the view of the harbour master, Ana Ruiz, ...": the sentence before is hers
                # (drafted as no one's, a lead, until now), this one says nothing of its own
                lead = _statement(previous.rstrip(" ."))
                claims[:] = [c for c in claims if not (c.get("unattributed") and c["statement"] == lead)]
                found = [Said(view["who"].split(",")[-1].strip(), previous.rstrip(" ."))]
            # "The mayor urged residents to leave": a call or an opinion no verb of saying reports
            appealed = not found and bool(found := appeals(sentence))
            # "The KFB currently lists the trout as endangered": a body's judgement, no verb of saying
            judged = not found and bool(found := judgements(sentence))
            if not found and sentence in leads and _STATES_NEWS.match(sentence.strip()):
                found = [Said("", sentence.strip().rstrip("."))]
            if sentence == lead:
                # ("The crowd urged the referee to stop": a call no one holds opens no news to follow)
                leads = [] if appealed else following
            # "The merger is expected to close next year": a forecast no one is named for
            found = found or forecasts(sentence)
            if run_on and speakers.recent is not None and not any(f.speaker for f in found):
                found = []  # the words of the one quoted before, not the report's own news
            continued = not found and bool(found := _continued_quote(sentence, speakers.recent, run_on))
            run_on = run_on and "”" not in sentence
            # "..., said Ana Ruiz, who also urged drivers to slow down": her call besides her words
            # (in place of the whole sentence drafted as no one's news)
            clauses = [
                w for w in who_appeals(sentence) if not any(f.speaker and w.said in f.said for f in found)
            ]
            found = [*(f for f in found if f.speaker or not any(w.said in f.said for w in clauses)), *clauses]
            opening = opening_saying(sentence)
            if opening is not None and not any(opening.said in f.said for f in found):
                found = [opening, *found]  # "Stating that the fees would stay, Ana Ruiz directed ..."
            recent, speakers.recent = speakers.recent, None
            speakers.next_sentence()
            quote_after = _quote_said_after(found, quote_before) if not continued else found
            if quote_after is not found and quote_claim is not None:
                claims.remove(quote_claim)  # the quote drafted as more of the one before is this one's
            found, quote_before, quote_claim = quote_after, None, None
            whole = _WHOLE_QUOTE.match(sentence)
            if whole is not None and (not found or continued):
                quote_before = whole["quote"]
            covered = len(claims) == drafted and _said_at_paragraph_end(paragraph, sentence, found, leads)
            if covered:
                # "The board has cut its rates. It will cut them again in May, he said.": a speaker
                # named at a paragraph's end says the whole paragraph, no sentence of it anyone else's
                found, sentence = covered
            for said in found:
                claimant = (
                    recent[0] if continued and recent else speakers.claimant(said, sentence, new_speaker)
                )
                if (appealed or said in clauses) and claimant is None:
                    continue  # someone's call or view, and no one named holds it: nothing to draft
                if judged and self_kind(actors, claimant) not in _BODY_KINDS:
                    continue  # "Ana Ruiz ranked third": a person's place, no body's judgement
                speakers.recent = (claimant,)
                speakers.spoke(said, claimant, sentence)
                # (the words before the act its own sentence: their status is theirs, not the act's)
                told_in = (
                    sentence[: sentence.find(said.said) + len(said.said)] if said is opening else sentence
                )
                entry = _claim(said, claimant, actors, told_in, previous, cite)
                if entry is None:
                    continue
                entry["id"] = taken(_words(said.speaker or claimant or "", said.said), claim_ids)
                if covered:
                    entry["review"] += f"; {REVIEW_PARAGRAPH}"
                claims.append(entry)
                if continued and quote_before is not None:
                    quote_claim = entry
                speakers.last = claimant or speakers.last
                if claimant is not None and (said_in := _SAID_IN.search(sentence)):
                    speakers.issued[said_in["what"]] = claimant
            # (the ruling itself drafted as no one's news, or not at all)
            ruled = _RULED.match(sentence) if not any(f.speaker for f in found) else None
            if ruled is not None and (judge := speakers.judge(ruled["who"])) is not None:
                # "Judge Ana Ruiz dismissed the argument ...", then her reasons quoted alone
                speakers.recent = (judge,)
            speakers.seen(sentence)
            previous = sentence
    return claims


# A judge who rules, a name first, then how: "Judge Ana Ruiz dismissed the argument that ...",
# "Judge Ruiz also rejected ...": a quote alone right after it gives her reasons.
_RULED = re.compile(
    r"^(?:The\s+)?(?:Judge|Justice|Magistrate)\s+(?:(?:[Mm]r|[Mm]rs|[Mm]s|[Dd]r)\.?\s+)?"
    r"(?P<who>(?:[A-Z]\.\s*){0,3}[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:also\s+)?"
    r"(?:dismissed|rejected|ruled|held|found|denied|upheld|overruled|refused)\b"
)


# The end of a sentence whose speaker and verb come after what is said: ", he said.", ", Ana Ruiz
# added.", ", said the mayor." (what the paragraph's sentences before it say is said by them too).
_SAID_AT_END = re.compile(r",\s+(?:[A-Za-z][\w’'.-]*\s+){1,6}[a-z]+\.?\s*$")


def _said_at_paragraph_end(
    paragraph: list[str], sentence: str, found: list[Said], leads: list[str]
) -> tuple[list[Said], str] | None:
    """The paragraph's sentences as what its last one's speaker says, and the paragraph as the
    sentence it is told in, when that speaker comes at the end ("..., he said.") and nothing in the
    sentences before is quoted, asked, the report's lead or said by anyone: else None."""
    if len(paragraph) < 2 or sentence != paragraph[-1] or len(found) != 1 or not found[0].speaker:
        return None
    said, before, told = found[0], paragraph[:-1], sentence.lstrip()
    if not told.startswith(said.said) or _SAID_AT_END.search(told[len(said.said) :]) is None:
        return None
    if any(re.search(r"[“”\"?]", s) for s in paragraph) or any(
        s in leads or next(iter(find_attributions(s)), None) for s in before
    ):
        return None
    return [Said(said.speaker, " ".join([*before, said.said]), said.via)], " ".join(paragraph)


def _next_lead(paragraphs: list[list[str]], lead: str) -> list[str]:
    """The sentence that opens the paragraph after the lead's: the report's second fact ("The
    collection was given by ...", "Umpires took the players off at 4:20"), a claim of its own when,
    as the lead, it states something no one is named for."""
    # (not past the news a report gives after its opening quote: the lead is the body's first sentence)
    opening = next((paragraph for paragraph in paragraphs if paragraph), [])
    at = next((i for i, paragraph in enumerate(paragraphs) if paragraph and lead in paragraph), None)
    after = paragraphs[at + 1] if at is not None and at + 1 < len(paragraphs) and lead in opening[:1] else []
    return after[:1]


def news_lead(paragraphs: list[list[str]]) -> str:
    """The body's first sentence: the report's news. A report that opens with a quote someone is
    named for (“We don't know what we want,” NAME once said.) states its news in the paragraph after."""
    if not paragraphs or not paragraphs[0]:
        return ""
    first = paragraphs[0][0]
    quoted = _OPENING_QUOTE.match(first) is not None and any(s.speaker for s in find_attributions(first))
    after = paragraphs[1] if quoted and len(paragraphs[0]) == 1 and len(paragraphs) > 1 else []
    return after[0] if after else first


# A lead that states the news: a sentence of eight words or more, no quote, no question, ending with
# its full stop (not a line of a page's furniture, nor a dateline's fragment); its first word may be
# in lower case where the paste lost the words before it ("| KESSEL, July 23" / "leaders have ...").
_STATES_NEWS = re.compile(r"^(?=(?:\S+\s+){7})[A-Za-z\d][^“”\"?]*[a-z\d)%’‘][.!]$")


def self_kind(actors: Cast, actor_id: str | None) -> str | None:
    """The drafted kind of an actor, None for no one."""
    return actors.kinds.get(actor_id) if actor_id is not None else None


# How many paragraphs after "X said:" are X's statement (unless one has a speaker of its own).
_INTRODUCED_PARAGRAPHS = 3


def _attributed(paragraph: list[str]) -> bool:
    """Whether a paragraph says who says something, or opens a quote of its own."""
    return any(next(iter(find_attributions(s)), None) for s in paragraph) or bool(
        _OPENING_QUOTE.match(paragraph[0] if paragraph else "")
    )


def _claim(
    said: Said,
    claimant: str | None,
    actors: Cast,
    sentence: str,
    previous: str,
    cite: Callable[[str], list[dict[str, str]]],
) -> dict[str, Any] | None:
    text = said.said
    evidence = text if len(text) <= MAX_EVIDENCE else text[:MAX_EVIDENCE].rsplit(" ", 1)[0]
    if (evidence not in sentence and evidence not in previous) or not _statement(text):
        return None  # nothing said but marks and stops: no claim
    # (what is said ends the sentence, or its clause before the speaker's comma: its closing mark no
    # word of a clause that goes on; '... accused of “gross neglect”, the paper said' keeps it)
    after = sentence[sentence.find(text) + len(text) :]
    ends = re.match(r"\s*(?:,|[.!?]?\s*$)", after) is not None
    if not ends and said.speaker and text.rstrip()[-1:] in {"”", '"'}:
        # '... a “quick buck” a local councillor has claimed.': the speaker and the verb after the
        # quote with no comma between, what is said ending with the quote
        ends = (
            re.match(rf"\s+{re.escape(said.speaker)}\s+(?:[a-z]+\s+){{0,2}}[a-z]+\s*[.!?]?\s*$", after)
            is not None
        )
    entry: dict[str, Any] = {"review": REVIEW_CLAIM, "id": "", "statement": _statement(text, ends=ends)}
    via = said.via and (
        actors.resolve(said.via)
        or (actors.add(said.via, "media-outlet", said.via) if said.via[:1].isupper() else None)
    )
    if (
        claimant is None
        and via
        and not names_no_one(said.speaker)
        and not unnamed_people(said.speaker, sentence)
    ):
        # ("local officials told Xinhua": no one named says it, Xinhua relays it)
        claimant, via = via, None  # "..., according to Xinhua": the relay is the one who says it
    if claimant is None:
        entry["unattributed"] = True
    else:
        entry["claimants"] = [claimant]
    if via and via != claimant and claimant is not None:
        entry["via"] = via  # (a relay of no one named is no relay the format can hold)
    # (the one who says it too, where it names itself: "the Coast Guard's crews searched all night",
    # said by the Coast Guard, is its own account, not one side's word no other source confirms)
    about = [a for a in actors.mentioned(text) if a != via]
    if about:
        entry["about"] = about
    suggested = suggest_status(said, sentence)
    if claimant is None and suggested is not None and suggested.status in VIEWS:
        suggested = None  # a view no one is named for, which the `view-unattributed` rule rejects
    if suggested is not None:
        # a guess from the article's words, for a contributor to confirm (a forecast also for a
        # claim no one is named for: "The merger is expected to close in May")
        entry["status"] = suggested.status.value
        entry["review"] += f"; confirm the status: {suggested.status.value} (from “{suggested.because}”)"
    entry["cite"] = cite(evidence)
    return entry


def _statement(text: str, limit: int = 1000, ends: bool = False) -> str:
    opened = text.lstrip(" ,;:.")[:1]
    closed = text.rstrip(" ,;:.")[-1:]
    # "... after 9 p.m.", "... in the U.S.": an abbreviation's own stop stays
    abbreviated = re.search(r"(?:^|\s)(?:[A-Za-z]\.){2,}$", text.rstrip(' ,;:“”"')) is not None
    text = text.strip(' ,;:.“”"') + ("." if abbreviated else "")
    if ends and closed in {"”", '"'} and (text.count("“") > text.count("”") or text.count('"') % 2 == 1):
        text += closed  # 'the rise was "fair".': the mark closing a word quoted at the sentence's end stays
    if text.startswith("(") and text.count("(") > text.count(")"):
        text = text[1:]  # "(A second crew is on its way, the paper reported.)": a sentence in brackets
    if opened in {"“", '"'} and (text.count("”") == 1 > text.count("“") or text.count('"') == 1):
        text = (
            opened + text
        )  # a quote that closes halfway ("“we need to look at” placing ...") keeps its mark
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + "…"
    return _split_long(text[:1].upper() + text[1:])


def _split_long(text: str) -> str:
    """A sentence over ``LONGEST`` words split in two at its middle comma, or at its middle "and"
    when it has no comma, and each half again, as the plain-language rule asks (the evidence keeps
    the source's words; the statement is ours to rewrite)."""
    return " ".join(_halves(sentence) for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", text))


# Words that open a clause after "and": a second verb or a new subject ("and will", "and we").
_CLAUSE_OPENERS = "will|would|can|could|may|must|should|is|was|are|were|has|have|had|we|they|he|she|it|the"


# A clause of time, cause or condition opening a sentence, to its comma: "When the rain came,".
_LEADING_CLAUSE = re.compile(
    r"^[“\"]?(?:When|If|As|Because|Although|Though|While|Since|After|Before|Unless|Once|Until|Whether)\b[^,]*,"
)


def _in_a_list(sentence: str, comma: int) -> bool:
    """Whether the comma at ``comma`` sets off items of a list: a short item (three words at most)
    before it and after it, the list going on after ("bakers, millers, shops and ...")."""
    before = re.split(r"[,;:]\s*", sentence[:comma])[-1].split()
    after = re.split(r",|\s(?:and|or)\s", sentence[comma + 1 :], maxsplit=1)
    return len(before) <= 3 and len(after) > 1 and len(after[0].split()) <= 3


_NAME_AFTER = re.compile(
    r"\s+(?!(?:The|A|An|It|Its|He|She|We|They|This|That|These|Those|There|I|But|And|So|Yet|Or)\b)[A-Z][a-z]"
)


# What opens no independent clause after a comma: a relative word, a word that leads a phrase
# ("including", "with"), a participle ("..., saying", "..., based on") or a verb with no subject.
_DEPENDENT_AFTER = re.compile(
    r"[”’\"]?\s+[“‘\"]?(?:"
    r"(?i:who|whom|whose|which|where|whereby|including|such\s+as|like|for\s+(?:instance|example)|"
    r"especially|particularly|notably|according\s+to|as\s+well\s+as|along\s+with|together\s+with|with|without)\b"
    # a participle, in lower case (not "King", not "something", not "morning")
    r"|(?!(?:some|no|any|every)?thing\b|morning\b|evening\b|spring\b|string\b|ring\b|wing\b)[a-z]+ing\b"
    r"|(?:based|located|known|called|named|led|held|seen|given|taken|backed|funded|owned|built)\b"
    # a verb with no subject of its own: "..., the head of the guild, said ..."
    r"|(?:said|says|told|tells|added|adds|is|are|was|were|has|have|had|will|would|can|could|may|"
    r"might|must|should)\b)"
)


_RELATIVE_AFTER = re.compile(r"[”’\"]?\s+[“‘\"]?(?i:who|whom|whose|which|where|whereby)\b")


def _appositive_after(sentence: str, comma: int) -> bool:
    """Whether the comma at ``comma`` opens an appositive: a short phrase of a determiner and
    nouns ("..., a former teacher, said ...", "..., the head of the guild, told ...") closed by a
    second comma, the sentence going on with its verb after it."""
    # (closed by a comma and then a verb or a relative word: "..., the head of the guild, told
    # ...", not a subject and its own appositive: "..., the head of the guild, a baker, told ...")
    closed = re.match(
        r"[”’\"]?\s+(?:a|an|the|its|his|her|their|our)\s+([^,.;:!?]{1,60}),\s+"
        r"(?!(?:a|an|the|its|his|her|their|our|this|that)\b)[a-z]",
        sentence[comma + 1 :],
    )
    if closed is None:
        return False
    words = closed.group(1).split()
    return len(words) <= 8 and not any(
        _FINITE.fullmatch(word) or (len(word) > 4 and word.endswith("ed")) for word in words
    )


def _opens_a_clause(rest: str) -> bool:
    """Whether the "and" or "but" opening ``rest`` joins a clause with its own subject and verb:
    "and they will", "and the players were paid" (not "and the staff with little work")."""
    # (in lower case: "in May" is no verb)
    words = [word.strip(',;:“”"') for word in rest.split()[1:6]]
    return bool(words) and (
        words[0].lower() in _SUBJECTS or any(_FINITE.fullmatch(word) for word in words[1:])
    )


_SUBJECTS = {"we", "they", "he", "she", "it", "i", "you"}


# Verbs that make a phrase a clause: "..., the crew was sent home, and ...".
_FINITE = re.compile(
    r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|said|says|told|tells|"
    r"did|does|do)"
)


def _halves(sentence: str) -> str:
    if len(sentence.split()) <= LONGEST:
        return sentence
    middle = len(sentence) // 2
    # A comma before a word or an opening quote, or inside a closing one ("in writing,” we ...")
    commas = [m.start() for m in re.finditer(r",[”’\"]?\s+(?=[\w“‘\"])", sentence)]
    # "growers, millers, bakers and shops have said ...": no cut inside a list of short items
    commas = [at for at in commas if not _in_a_list(sentence, at)] or commas
    # "from the depot at Orla Quay, Kessel in the east", "from the yard area, Tarn Quay": a place
    # and the area it is in, no clause between (a name after a comma opens no clause of its own)
    commas = [at for at in commas if not _NAME_AFTER.match(sentence[at + 1 :])]
    # "..., who are due back on Monday", "..., which ...", "..., including ...", "..., leaving
    # ...", "..., the head of the guild, said ...": a relative clause, a participle or an
    # appositive is no sentence of its own, never the opening of a second half
    candidates = commas
    clauses = [
        at
        for at in commas
        if not _DEPENDENT_AFTER.match(sentence[at + 1 :]) and not _appositive_after(sentence, at)
    ]
    # (with every comma gone that way, an "and" must open a clause of its own, a subject and its
    # verb, or the sentence stays whole: "..., leaving the yard empty and the staff idle")
    dependent, commas = bool(commas) and not clauses, clauses
    # "... as we can and will keep ...", "... so the buyer knows ...": a clause joined by "and",
    # "but" or "so", cut before it
    joins = [m.start() for m in re.finditer(rf"\s(?=(?:and|but|so)\s+(?:{_CLAUSE_OPENERS})\b)", sentence)]
    # (not "two Patrol Boats and Staff": "and" between two names joins them; "and “action was
    # taken": a quoted clause after it is one)
    # ("... were covered although most of the ... were closed": a clause of concession is one more
    # place to cut, a sentence of its own)
    joins = joins or [
        m.start()
        for m in re.finditer(r"\s(?=(?:and|but)\s+[“\"]?\w|(?:although|though|whereas)\s+[a-z])", sentence)
        if not (
            re.search(r"[A-Z][\w-]*$", sentence[: m.start()])
            and re.match(r"\s+\w+\s+[A-Z]", sentence[m.start() :])
        )
    ]
    lead = _LEADING_CLAUSE.match(sentence)
    if lead is not None and (len(commas) > 1 or joins):
        # "When the rain came, we ...": a clause of time or condition is no sentence of its own,
        # cut off only when nowhere else will do
        commas = [at for at in commas if at != lead.end() - 1]
        # "If we wait and the price rises, we ...": an "and" inside that clause joins its own words
        later = [
            m.start() for m in re.finditer(r"\s(?=(?:and|but)\s+\w)", sentence) if m.start() >= lead.end()
        ]
        joins = [at for at in joins if at >= lead.end()] or later or (joins if not commas else [])
    if dependent:
        joins = [at for at in joins if _opens_a_clause(sentence[at:])]
    if not commas and not joins:
        apart = _which_apart(sentence)
        dashes = [m.start() for m in re.finditer(r"\s[–—]\s", sentence)]
        if apart == sentence and not candidates and dashes:
            # no comma but a list's, no clause, no "which": a dash set apart with spaces ("... of
            # five towns – Orla, Tarn and Holt – during ..."), where the sentence turns, rather than
            # a sentence over the limit
            cut = min(dashes, key=lambda at: abs(at - middle))
            rest = sentence[cut + 3 :].lstrip()
            return _halves(sentence[:cut].rstrip(",;:") + ".") + " " + _halves(rest[:1].upper() + rest[1:])
        if apart != sentence or not candidates:
            return apart
        # no clause to cut at, nor a "which" to tell apart: the middle comma after all, one that
        # opens no relative clause where there is one, which a person reviews, rather than a
        # sentence over the limit the validator warns of
        commas = [at for at in candidates if not _RELATIVE_AFTER.match(sentence[at + 1 :])] or candidates
    cut = min(commas or joins, key=lambda at: abs(at - middle))
    # a quote closed just after the comma closes the first half too: "... of “in writing.”"
    closing = sentence[cut + 1] if commas and sentence[cut + 1] in '”’"' else ""
    rest = sentence[cut + 1 + len(closing) :].lstrip()
    if not commas:
        rest = rest.split(None, 1)[1]  # the "and" itself opens no sentence
    # the second half opens with a capital, after any opening quote marks ("‘Written ...")
    marks = len(rest) - len(rest.lstrip("“‘\"'"))
    rest = rest[:marks] + rest[marks : marks + 1].upper() + rest[marks + 1 :]
    # (the comma before an "and" cut at goes: "..., and the work" was "...,. The work")
    head = sentence[:cut] if commas else sentence[:cut].rstrip(",;:")
    return _halves(head + "." + closing) + " " + _halves(rest)


# ", which is believed to be ...": a clause on what comes before it, its verb telling one thing or
# several, made a sentence of its own ("It is believed to be ...") where no other place to cut is.
_WHICH_CLAUSE = re.compile(
    r",\s+which\s+(?:(?P<one>is|was|has|will|would|can|could|may|might|must|should)"
    r"|(?P<many>are|were|have))\b"
)


def _which_apart(sentence: str) -> str:
    """``sentence`` cut before its last ", which is ..." (not in a quote), the clause told as a
    sentence of its own, "It is ..." ("They are ..." after "which are"); whole where there is none."""
    found = [
        m
        for m in _WHICH_CLAUSE.finditer(sentence)
        if sentence[: m.start()].count("“") <= sentence[: m.start()].count("”")
    ]
    if not found:
        return sentence
    which = found[-1]
    verb = which["one"] or which["many"]
    subject = "It" if which["one"] else "They"
    rest = f"{subject} {verb}{sentence[which.end() :]}"
    return _halves(sentence[: which.start()] + ".") + " " + _halves(rest)


def _words(*texts: str, count: int = 6) -> str:
    """A few leading words, for a readable id."""
    words = re.findall(r"[A-Za-z0-9]+", " ".join(texts).replace("’", "").replace("'", ""))
    return " ".join(words[:count])


# "The Harbour Board made the announcement Tuesday", "The ministry announced the finding on Friday":
# a body announces what the sentence before says, with no words of its own.
_ANNOUNCED_IT = re.compile(
    r"^(?P<who>(?:[Tt]he\s+)?[A-Z][\w’'.&-]*(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w’'.&-]*){0,6})\s+"
    r"(?:(?:also|later|first)\s+)?(?:made|issued)\s+the\s+announcement\b"
    r"|^(?P<who_>(?:[Tt]he\s+)?[A-Z][\w’'.&-]*(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w’'.&-]*){0,6})\s+"
    r"(?:announced|confirmed|reported)\s+(?:the|its)\s+(?:finding|findings|discovery|news|results?)\b"
    # "Ana Ruiz, the acting director, Kessel Water Board, made this known when ...", "Ruiz disclosed
    # this on Monday", "The minister made the disclosure at ...": the speaker (past a post set off by
    # commas) says what the sentence before said ("said this week" is a time, not what was said)
    r"|^(?P<who_this>(?:[Tt]he\s+)?[A-Z][\w’'.&-]*(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w’'.&-]*){0,6})"
    r"(?P<set_off>(?:,\s+[^,]{3,80}){0,3}),?\s+(?:(?:also|later|further)\s+)?"
    r"(?:made\s+(?:this|these|that|it)\s+(?:known|public)"
    r"|made\s+the\s+(?:disclosure|disclosures|revelation|statement|remarks?|comments?)"
    r"|(?:disclosed|revealed|said|stated|confirmed|announced|explained|noted|gave)\s+(?:this|these)"
    r"(?:\s+information)?(?=\s*[,.;]|\s*$|\s+(?:when|while|in|on|at|during|to|after|before|as|yesterday|today"
    r"|through|via|from|known|public)\b))"
)


# "That’s the view expressed by the harbour master, Ana Ruiz, at Monday’s meeting", "This was the
# message from Bo Lund": a view, a message or a warning that is the sentence before, whose it is after
# "by", "from" or "of" (the last of a post and a name set off by commas)
_VIEW_OF = re.compile(
    r"^(?:That|This)(?:[’']s|\s+is|\s+was)\s+(?:the\s+)?(?:(?:firm|clear|strong|stark|blunt|considered)\s+)?"
    r"(?:view|message|verdict|warning|opinion|assessment|position|belief|conclusion|argument)\s+"
    r"(?:(?:expressed|given|voiced|put\s+forward|delivered|offered|issued|shared|set\s+out)\s+)?(?:by|from|of)\s+"
    r"(?P<who>(?:the\s+)?[A-Za-z][^,.;]{1,60}?(?:,\s+[A-Z][^,.;]{1,60}?)?)"
    r"(?=,|\s+(?:at|in|on|during|to|when|after|yesterday|today|this|last)\b|\.?$)"
)


def _holder_set_off(set_off: str, actors: Cast) -> str | None:
    """The person a body's name is followed by, after her post, both set off by commas (", its
    district chairperson, Ana Ruiz"): the name, when it is a person's drafted."""
    parts = [part.strip() for part in set_off.split(",") if part.strip()]
    if len(parts) < 2 or not is_post_word(parts[-2].split()[-1]):
        return None
    found = actors.resolve(parts[-1])
    return parts[-1] if found is not None and actors.kinds.get(found) == "person" else None


# What stands for the sentence before, before "reported by X" or "according to X": "This was
# reported by X", "That's according to X", "This is according to X".
_ANTECEDENTS = {
    "This",
    "That",
    "It",
    *(f"{this}{be}" for this in ("This", "That") for be in ("'s", "’s", " is")),
}


def _with_antecedent(found: Iterable[Said], previous: str) -> Iterator[Said]:
    """ "This was reported by X", "That's according to X": what X says is the sentence before."""
    for said in found:
        if previous and said.said.split(",")[0].strip() in _ANTECEDENTS:
            yield Said(said.speaker, previous.rstrip(" ."), said.via)
        else:
            yield said
