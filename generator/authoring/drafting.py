"""`explainer init --from-article`: a first draft of a dossier from an article's plain text.

Heuristics only, so every drafted entry carries a ``review:`` marker and the draft fails
``validate --strict`` until a person has checked each one. What is looked for:

- numbers with their hedge ("more than 100", "at least four") and what they count;
- dates, including relative ones ("Tuesday", "in September") worked out from the publication date;
- names: runs of capitalised words, acronyms in brackets as aliases, "Chinese officials"-style groups;
- quotes and "X said" / "according to X" attributions, with who said them.

Every evidence phrase is copied verbatim from the article, which becomes the source's ``snapshot:``,
so the validator can check each one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.authoring.formatter import dump_entries
from generator.authoring.scaffold import schema_comment
from generator.authoring.storing import store_drafted_article
from generator.errors import GeneratorError, UsageError
from generator.format import slugs
from generator.format.model import ID_PATTERN, Actor, Claim, Event, Meta, Number, Source
from generator.format.numbers import NUMBER_WORDS

MAX_EVIDENCE = 300
MAX_TITLE = 120

_MONTHS = {name.lower(): index for index, name in enumerate(calendar.month_name) if name}
_WEEKDAYS = {name.lower(): index for index, name in enumerate(calendar.day_name)}
_WORD_VALUES = {word: value for value, word in enumerate(NUMBER_WORDS)}
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_HEDGES = {
    "more than": "more-than",
    "over": "more-than",
    "at least": "at-least",
    "no fewer than": "at-least",
    "at most": "at-most",
    "no more than": "at-most",
    "up to": "up-to",
    "as many as": "up-to",
    "about": "about",
    "around": "about",
    "nearly": "about",
    "almost": "about",
    "roughly": "about",
    "approximately": "about",
    "some": "about",
    "an estimated": "about",
    "fewer than": "fewer-than",
    "less than": "fewer-than",
}
_MONTH_RE = "|".join(name.capitalize() for name in _MONTHS)
_NUMBER = re.compile(
    r"(?:\b(?P<hedge>" + "|".join(sorted(_HEDGES, key=len, reverse=True)) + r")\s+)?"
    r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\b(?:"
    + "|".join(sorted(_WORD_VALUES, key=len, reverse=True))
    + r")\b)"
    r"(?:\s+(?P<scale>thousand|million|billion)\b)?",
    re.IGNORECASE,
)
_DATE = re.compile(
    rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_RE})(?:,?\s+(?P<year>\d{{4}}))?\b"
    rf"|\b(?P<month2>{_MONTH_RE})\s+(?P<day2>\d{{1,2}})(?:,\s+(?P<year2>\d{{4}}))?\b"
    rf"|\b(?P<month3>{_MONTH_RE})(?:\s+(?P<year3>\d{{4}}))?\b"
    r"|\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\bin\s+(?P<year4>(?:19|20)\d{2})\b"
)
_VAGUE = re.compile(
    r"\b(?:early|mid|late|around|about|by|before|after|since)[\s-]+(?:in\s+)?$", re.IGNORECASE
)
_WORD = r"[A-Z][\w’'\-]*(?<![’'])"
_CAPITALISED = re.compile(
    rf"(?:(?:[A-Z]\.){{2,}}|{_WORD})(?:\s+(?:(?:of|for|de|of the|for the)\s+)?(?:(?:[A-Z]\.){{2,}}|{_WORD}))*"
)
_ACRONYM = re.compile(r"^\(([A-Z][A-Z.]{1,9})\)")
_GROUP_KINDS = {
    "officials": "government-body",
    "authorities": "government-body",
    "police": "government-body",
    "government": "government-body",
    "rebels": "armed-group",
    "forces": "armed-group",
    "troops": "armed-group",
    "militias": "armed-group",
    "military": "armed-group",
}
_GROUP = re.compile(
    rf"\b({_WORD}\s+(?:media sources|media|nationals|activists|residents|workers|"
    + "|".join(_GROUP_KINDS)
    + r"))\b"
)
_DIRECTIONS = "northern|southern|eastern|western|northeast|northwest|southeast|southwest|central"
_REGION = re.compile(
    rf"\b((?:{_DIRECTIONS})\s+{_WORD}|{_WORD}(?:\s+[a-z-]+)?\s+"
    r"(?:zone|region|province|state|district|county|city|township|prefecture))\b"
)
_ATTRIBUTION = re.compile(
    r"(?:\b[Aa]ccording to\s+(?P<according>(?:(?:[A-Z]\.){2,}|[^,.;])+?)"
    r"(?=[,.;]|\s+(?:assessment|report)\b|$)"
    r"|(?P<subject>(?:\b[Tt]he\s+)?(?:(?:[A-Z][\w’'.]*|of|for|the)\s+){0,6}[A-Za-z][\w’']*"
    r"(?:\s+\([A-Z]+\))?)"
    r"\s+(?P<verb>said|says|say|reported|stated|claimed|announced|told)\b"
    r"|[”\"],?\s+(?:said|says|added|told reporters)\s+(?P<inverted>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,5}))"
)
_QUOTE = re.compile(r"[“\"](?P<quote>[^”\"]{12,}?)[”\"](?P<after>[^.“\"]{0,80})")
_SENTENCE_END = re.compile(r"(?<=[.!?])[”\"]?\s+(?=[“\"A-Z])")
_ABBREVIATION = re.compile(r"(?:\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|St|No|Gen|Col|Lt|Sgt|Jr|Sr|Prof)\.)$")
_ORG_WORDS = {
    "government-body": {"ministry", "department", "bureau", "police", "office", "government", "commission"},
    "research-institute": {"institute", "university", "centre", "center", "academy"},
    "media-outlet": {"voice", "times", "news", "post", "press", "agency", "tribune", "herald", "journal"},
    "armed-group": {"army", "force", "forces", "guard", "front", "alliance", "militia", "rebels"},
    "organisation": {
        "association",
        "union",
        "organisation",
        "organization",
        "foundation",
        "council",
        "committee",
        "company",
        "corporation",
        "bank",
        "group",
        "party",
        "court",
    },
}
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|to|from|into|across|near|inside|bordering|of|northern|southern|eastern|western|"
    r"north|south|east|west|northeast|northwest|southeast|southwest|central)\s+)$"
)
_NOT_NAMES = {
    *(name.capitalize() for name in _MONTHS),
    *(name.capitalize() for name in _WEEKDAYS),
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "He",
    "She",
    "They",
    "We",
    "I",
    "His",
    "Her",
    "Their",
    "Our",
    "But",
    "And",
    "Or",
    "As",
    "At",
    "By",
    "For",
    "From",
    "If",
    "In",
    "On",
    "When",
    "While",
    "After",
    "Before",
    "Since",
    "Among",
    "According",
    "Most",
    "Many",
    "Some",
    "Other",
    "All",
    "Both",
    "Each",
    "Several",
    "Such",
    "There",
    "Here",
    "Who",
    "What",
    "Where",
    "Why",
    "How",
    "Published",
    "Photo",
    "License",
}
_PHRASAL = re.compile(r"(?:ed|ing|\bhand|\bturn|\btake|\btook)\s*$")
_PLURAL_EXCEPTIONS = {"people", "children", "men", "women", "police", "staff", "personnel"}


class DraftError(GeneratorError):
    """The article cannot be drafted from (empty, unreadable)."""


@dataclass
class Article:
    """An article's plain text, split into what the heuristics need."""

    path: Path
    text: str
    title: str
    published: dt.date | None
    authors: list[str]
    paragraphs: list[str]


def _parse_day(text: str) -> dt.date | None:
    match = _DATE.search(text)
    if not match:
        return None
    day, month, year = match.group("day", "month", "year")
    if not (day and month and year):
        month, day, year = match.group("month2", "day2", "year2")
    if not (day and month and year):
        return None
    try:
        return dt.date(int(year), _MONTHS[month.lower()], int(day))
    except ValueError:
        return None


def read_article(path: Path) -> Article:
    """Title (the first line), byline, publication date and body paragraphs of a plain-text article."""
    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DraftError(f"cannot read {path} as UTF-8 text: {error}") from error
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        raise DraftError(f"{path} holds no text")
    title, published, authors, paragraphs = lines[0], None, [], []
    for line in lines[1:]:
        if re.match(r"^(?:Published|Date|Updated)\s*:", line, re.IGNORECASE):
            published = published or _parse_day(line)
        elif re.match(r"^By\s+[A-Z]", line) and len(line.split()) <= 8:
            authors = [a.strip() for a in re.split(r",\s*|\s+and\s+", line[3:]) if a.strip()]
        elif len(line.split()) >= 8 and not re.search(r"\((?:Photo|Image|Credit|Picture)\s*:", line):
            paragraphs.append(line)
    return Article(path, text, title, published, authors, paragraphs)


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences without cutting after "U.S." or "Dr."."""
    pieces = _SENTENCE_END.split(paragraph)
    out: list[str] = []
    for piece in pieces:
        if out and _ABBREVIATION.search(out[-1]):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return [piece.strip() for piece in out if piece.strip()]


_BREAK = re.compile(r",(?!\d)|;|:|\(|\)|\s[–—]\s")


def clause(sentence: str, start: int, end: int) -> str:
    """The stretch of ``sentence`` between punctuation that contains ``start:end``, as evidence.
    A comma inside a number ("1,000") is not a break."""
    lefts = [m.end() for m in _BREAK.finditer(sentence, 0, start)]
    right_match = _BREAK.search(sentence, end)
    left = lefts[-1] if lefts else 0
    right = right_match.start() if right_match else len(sentence)
    text = sentence[left:right].strip(" .")
    if text.count("“") != text.count("”"):
        text = text.strip("“”")
    if len(text) > MAX_EVIDENCE:
        text = sentence[start:end]
    return text


def slug(text: str, taken: set[str]) -> str:
    base = slugs.slug(text, max_length=60) or "item"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    taken.add(candidate)
    assert re.match(ID_PATTERN, candidate)
    return candidate


def _words(*texts: str, count: int = 6) -> str:
    """A few leading words, for a readable id."""
    words = re.findall(r"[A-Za-z0-9]+", " ".join(texts).replace("’", "").replace("'", ""))
    return " ".join(words[:count])


def _short(text: str, limit: int = MAX_TITLE) -> str:
    text = text.strip(' ,;:.“”"')
    if len(text) <= limit:
        return text[:1].upper() + text[1:]
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut[:1].upper() + cut[1:] + "…"


# -- candidates -----------------------------------------------------------------------------------


@dataclass
class Candidate:
    """One drafted entry, with the evidence phrase it was found in."""

    data: dict[str, Any]
    evidence: str


@dataclass
class Draft:
    """Everything found in one article, as entries of each kind."""

    meta: dict[str, Any]
    source: dict[str, Any]
    actors: list[dict[str, Any]] = field(default_factory=list)
    numbers: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)


def _counts(rest: str) -> str:
    """What a number counts: the words after it, up to the first plural noun or a break."""
    words: list[str] = []
    for raw in rest.split()[:7]:
        word = raw.strip('“”"')
        bare = word.rstrip(",.;:)”")
        if not bare or bare.lower() in {
            "of",
            "in",
            "at",
            "to",
            "from",
            "since",
            "that",
            "who",
            "which",
            "were",
            "was",
            "are",
            "is",
            "have",
            "has",
            "had",
            "on",
            "by",
            "with",
        }:
            break
        words.append(bare)
        lower = bare.lower()
        plural = (lower.endswith("s") and not lower.endswith("ss") and "-" not in lower) or (
            lower in _PLURAL_EXCEPTIONS
        )
        if plural or bare != word.rstrip('”"'):
            break
    return " ".join(words)


def find_numbers(sentence: str) -> Iterator[tuple[int | float, str, str, str]]:
    """(value, qualifier, counts, evidence) for each count in ``sentence``; dates, years and
    numbers in names ("Operation 1027") are skipped."""
    dates = [m.span() for m in _DATE.finditer(sentence)]
    for match in _NUMBER.finditer(sentence):
        start, end = match.span("number")
        if any(a <= start < b for a, b in dates):
            continue
        number, scale, hedge = match.group("number"), match.group("scale"), match.group("hedge")
        if hedge and hedge.lower() == "over" and _PHRASAL.search(sentence[: match.start("hedge")]):
            hedge = None  # "handed over 31,000": a phrasal verb, not a hedge
        before = sentence[:start].rstrip(' “"')
        previous = before.split()[-1] if before.split() else ""
        if previous[:1].isupper() and previous not in _NOT_NAMES and not hedge and before:
            continue  # part of a name: "Operation 1027", "Flight 17"
        if re.fullmatch(r"(?:19|20)\d{2}", number):
            continue  # a year
        word = number.lower()
        if word in _WORD_VALUES:
            rest_word = sentence[end:].split()[:1]
            if word == "one" or not rest_word or not re.fullmatch(r"[a-z][\w-]*s", rest_word[0].strip(",.")):
                continue  # "one of", "two-thirds": only a word number before a plural noun counts
            value: int | float = _WORD_VALUES[word]
        else:
            value = float(number.replace(",", "")) if "." in number else int(number.replace(",", ""))
        if scale:
            value = value * _SCALES[scale.lower()]
            value = int(value) if float(value).is_integer() else value
        counts = _counts(sentence[match.end() :])
        if not counts:
            continue
        phrase_start = match.start("hedge") if hedge else start
        evidence = clause(
            sentence,
            phrase_start,
            match.end() + len(sentence[match.end() :]) - len(sentence[match.end() :].lstrip()) + len(counts),
        )
        qualifier = _HEDGES[hedge.lower()] if hedge else "exact"
        yield value, qualifier, counts, evidence


def find_dates(sentence: str, published: dt.date | None) -> Iterator[tuple[str, bool, str | None, str]]:
    """(date, approximate, date_note, evidence) for each date in ``sentence``."""
    for match in _DATE.finditer(sentence):
        groups = match.groupdict()
        note = None
        approximate = bool(_VAGUE.search(sentence[: match.start()]))
        if groups["weekday"]:
            if published is None:
                continue
            back = (published.weekday() - _WEEKDAYS[groups["weekday"].lower()]) % 7 or 7
            day = published - dt.timedelta(days=back)
            date = day.isoformat()
            note = (
                f"The article says {groups['weekday']!r}: the {groups['weekday']} before its "
                f"publication on {published.day} {calendar.month_name[published.month]} {published.year}."
            )
        elif groups["year4"]:
            date = groups["year4"]
        else:
            month = groups["month"] or groups["month2"] or groups["month3"]
            day_text = groups["day"] or groups["day2"]
            year_text = groups["year"] or groups["year2"] or groups["year3"]
            month_number = _MONTHS[month.lower()]
            if year_text:
                year = int(year_text)
            elif published is not None:
                year = published.year if month_number <= published.month else published.year - 1
                note = f"The article gives no year; taken from its publication in {published.year}."
            else:
                continue
            date = f"{year:04d}-{month_number:02d}" + (f"-{int(day_text):02d}" if day_text else "")
        yield date, approximate, note, clause(sentence, *match.span())


def _kind_of(name: str, before: str) -> str:
    words = {word.lower().strip(".") for word in name.split()}
    for kind, keywords in _ORG_WORDS.items():
        if words & keywords:
            return kind
    if len(name.split()) == 1:
        return "place" if _PLACE_BEFORE.search(before.lower()) else "group"
    if "of" in words or "for" in words:
        return "organisation"
    if 2 <= len(name.split()) <= 3:
        return "person"
    return "organisation"


@dataclass
class _Name:
    name: str
    kind: str
    evidence: str
    aliases: list[str] = field(default_factory=list)
    count: int = 0


def find_names(all_sentences: list[str]) -> list[_Name]:
    """Candidate actors: capitalised names, their bracketed acronyms, and named groups."""
    found: dict[str, _Name] = {}
    mid_sentence = {
        word for sentence in all_sentences for word in re.findall(r"(?<=[a-z,;] )[A-Z][\w’'-]*", sentence)
    }

    def add(name: str, kind: str, evidence: str) -> _Name:
        key = name.lower()
        entry = found.get(key) or found.setdefault(key, _Name(name, kind, evidence))
        entry.count += 1
        return entry

    for sentence in all_sentences:
        for match in _GROUP.finditer(sentence):
            first, last = match.group(1).split()[0], match.group(1).split()[-1]
            if first not in _NOT_NAMES and not first.endswith(("’s", "'s")):
                add(match.group(1), _GROUP_KINDS.get(last, "group"), clause(sentence, *match.span(1)))
        for match in _REGION.finditer(sentence):
            if match.group(1).split()[0] not in _NOT_NAMES:
                add(match.group(1), "place", clause(sentence, *match.span(1)))
        for match in _CAPITALISED.finditer(sentence):
            name = re.sub(r"[’']s$", "", match.group(0))
            words = name.split()
            while words and words[0] in _NOT_NAMES:
                words = words[1:]
            while words and words[-1] in {"of", "for", "the", "de"}:
                words = words[:-1]
            if not words:
                continue
            name = " ".join(words)
            at_start = sentence.startswith(name)
            if len(words) == 1 and (at_start and name not in mid_sentence):
                continue  # a capitalised first word is just the start of a sentence
            if len(words) == 1 and name.endswith(("ese", "ian", "ish")) and name[0].isupper():
                continue  # a demonym: "Chinese" (its groups are found above)
            start = sentence.find(name)
            if re.match(r"\s*[“”\"]?\s*\d", sentence[start + len(name) :]) or any(c.isdigit() for c in name):
                continue  # "Operation 1027": a named operation, not an actor
            if len(name.rstrip(".")) <= 1:
                continue
            kind = _kind_of(name, sentence[:start])
            entry = add(name, kind, clause(sentence, start, start + len(name)))
            if kind == "place":
                entry.kind = "place"  # one "in Myanmar" is enough to make Myanmar a place
            acronym = _ACRONYM.match(sentence[start + len(name) :].lstrip())
            if acronym and acronym.group(1) not in entry.aliases:
                entry.aliases.append(acronym.group(1))
    names = list(found.values())
    text = " ".join(all_sentences)
    longer = {
        entry.name: [other.name for other in names if other.name != entry.name and entry.name in other.name]
        for entry in names
        if " " not in entry.name
    }
    names = [
        entry
        for entry in names
        if not longer.get(entry.name)
        or text.count(entry.name) > sum(text.count(name) for name in longer[entry.name])
    ]
    # A single word that is only ever part of longer names ("Kokang" in "Kokang Border Guard") or an
    # acronym already listed as an alias is not an actor of its own.
    aliases = {alias.lower() for entry in names for alias in entry.aliases}
    return [entry for entry in names if entry.name.lower() not in aliases]


def find_attributions(sentence: str) -> Iterator[tuple[str, str]]:
    """(speaker, what they said) for "X said that ...", "according to X, ..." and quotes."""
    for match in _ATTRIBUTION.finditer(sentence):
        speaker = (
            match.group("according") or match.group("subject") or match.group("inverted") or ""
        ).strip()
        speaker = re.sub(r"^(?:[Tt]he)\s+", "the ", speaker)
        if not speaker or speaker.lower() in {"he", "she", "they", "it", "who", "which", "that"}:
            continue
        if match.group("according"):
            said = (sentence[: match.start()] + sentence[match.end() :]).strip(" ,.")
        else:
            said = sentence[match.end() :].strip(" ,.")
            said = re.sub(
                r"^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+", "", said
            )
            said = re.sub(r"^that\s+", "", said)
            before = sentence[: match.start()].rstrip(" ,")
            if match.group("inverted") or not said or said.startswith(("“", '"')):
                # "“...,” the ministry said." : the quote before is the statement
                quote = _QUOTE.search(sentence)
                said = quote.group("quote").strip(" ,") if quote else before  # "..., the union said."
        if said:
            yield speaker, said


# -- the draft ------------------------------------------------------------------------------------


REVIEW_SOURCE = "check the title, author and date, and add the url"
REVIEW_ACTOR = "is this a real actor of the story? check the name, kind and description"
REVIEW_NUMBER = "check the value, the hedge and what it counts against the evidence"
REVIEW_EVENT = "check the date and write a short title"
REVIEW_CLAIM = "check who says it and restate it in our own words"


class _Actors:
    """The drafted actors, and how a speaker ("the ministry") is matched to one of them."""

    def __init__(self, names: list[_Name], cite: Any) -> None:
        self.cite = cite
        self.taken: set[str] = set()
        self.entries: list[dict[str, Any]] = []
        self.by_name: dict[str, str] = {}
        for name in sorted(names, key=lambda n: (-len(n.name), n.name)):
            self.add(name.name, name.kind, name.evidence, name.aliases)

    def add(self, name: str, kind: str, evidence: str, aliases: list[str] | None = None) -> str:
        if name.lower() in self.by_name:
            return self.by_name[name.lower()]
        actor_id = slug(name, self.taken)
        entry: dict[str, Any] = {"review": REVIEW_ACTOR, "id": actor_id, "name": name, "kind": kind}
        if aliases:
            entry["aliases"] = aliases
        entry["description"] = f"TODO: who or what {name} is, in a sentence."
        entry["cite"] = self.cite(evidence)
        self.entries.append(entry)
        for key in [name, *(aliases or [])]:
            self.by_name[key.lower()] = actor_id
        return actor_id

    def resolve(self, speaker: str) -> str | None:
        """The id of the actor a speaker phrase names: exactly, by alias, or by its head word."""
        bare = re.sub(r"^the\s+", "", speaker.strip(), flags=re.IGNORECASE)
        bare = re.sub(r"\s*\([A-Z]+\)$", "", bare)
        if bare.lower() in self.by_name:
            return self.by_name[bare.lower()]
        head = bare.split()[-1].lower() if bare.split() else ""
        matches = [
            actor_id for name, actor_id in self.by_name.items() if head and head in name.lower().split()
        ]
        return matches[0] if len(set(matches)) == 1 else (matches[0] if matches else None)

    def mentioned(self, text: str) -> list[str]:
        found = []
        for name, actor_id in sorted(self.by_name.items(), key=lambda item: -len(item[0])):
            if re.search(r"\b" + re.escape(name) + r"\b", text, re.IGNORECASE) and actor_id not in found:
                found.append(actor_id)
        return sorted(found)


def draft(article: Article, slug_name: str, snapshot: str, today: dt.date) -> Draft:
    """The draft dossier for ``article``; pure: no file is read or written."""
    author = article.authors[0].split()[-1].lower() if article.authors else "article"
    year = article.published.year if article.published else today.year
    source_id = slug(f"{author}-{year}", set())

    def cite(evidence: str) -> list[dict[str, str]]:
        return [{"source": source_id, "evidence": evidence}]

    source: dict[str, Any] = {
        "review": REVIEW_SOURCE,
        "id": source_id,
        "title": article.title,
        "kind": "article",
        "authors": article.authors,
        "url": "TODO",
        "published": article.published.isoformat() if article.published else "TODO",
        "snapshot": snapshot,
    }
    if not article.authors:
        del source["authors"]
    all_sentences = [s for paragraph in article.paragraphs for s in sentences(paragraph)]
    actors = _Actors(find_names(all_sentences), cite)
    for name in article.authors:
        byline = next((line.strip() for line in article.text.splitlines() if name in line), name)
        actors.add(name, "person", byline)
    result = Draft(meta={}, source=source)

    number_ids: set[str] = set()
    seen_numbers: set[tuple[Any, str]] = set()
    for sentence in all_sentences:
        speakers = [
            actors.resolve(s) or _speaker_actor(actors, s, sentence) for s, _ in find_attributions(sentence)
        ]
        for value, qualifier, counts, evidence in find_numbers(sentence):
            if (value, qualifier) in seen_numbers:
                continue
            seen_numbers.add((value, qualifier))
            entry: dict[str, Any] = {
                "review": REVIEW_NUMBER,
                "id": slug(f"{counts} {value}", number_ids),
                "value": value,
                "counts": counts,
                "qualifier": qualifier,
            }
            if speakers:
                entry["stated_by"] = sorted({s for s in speakers if s})
            entry["cite"] = cite(evidence)
            result.numbers.append(entry)

    event_ids: set[str] = set()
    for sentence in all_sentences:
        for date, approximate, note, evidence in find_dates(sentence, article.published):
            entry = {"review": REVIEW_EVENT, "id": slug(_words(date, evidence), event_ids), "date": date}
            if approximate:
                entry["approximate"] = True
            if note:
                entry["date_note"] = note
            entry["title"] = _short(evidence)
            involved = actors.mentioned(evidence)
            if involved:
                entry["actors"] = involved
            entry["cite"] = cite(evidence)
            result.events.append(entry)

    claim_ids: set[str] = set()
    for sentence in all_sentences:
        for speaker, said in find_attributions(sentence):
            claimant = actors.resolve(speaker) or _speaker_actor(actors, speaker, sentence)
            evidence = said if len(said) <= MAX_EVIDENCE else said[:MAX_EVIDENCE].rsplit(" ", 1)[0]
            if evidence not in sentence:
                continue
            entry = {
                "review": REVIEW_CLAIM,
                "id": slug(_words(speaker, said), claim_ids),
                "statement": _short(said, 1000),
                "claimants": [claimant],
            }
            about = [a for a in actors.mentioned(said) if a != claimant]
            if about:
                entry["about"] = about
            entry["cite"] = cite(evidence)
            result.claims.append(entry)

    result.actors = actors.entries
    result.meta = {
        "title": article.title,
        "slug": slug_name,
        "summary": "TODO: one paragraph saying what the story is about.",
        "language": "en",
        "published": today.isoformat(),
        "last_reviewed": today.isoformat(),
        "licence": "CC-BY-4.0",
    }
    if result.numbers:
        result.meta["key_figure"] = result.numbers[0]["id"]
    return result


def _speaker_actor(actors: _Actors, speaker: str, sentence: str) -> str:
    name = re.sub(r"^the\s+", "", speaker.strip(), flags=re.IGNORECASE)
    name = re.sub(r"\s*\([A-Z]+\)$", "", name)
    start = sentence.find(name)
    evidence = clause(sentence, start, start + len(name)) if start >= 0 else name
    return actors.add(name, "group", evidence if evidence in sentence else name)


def write_draft(
    article_path: Path, slug_name: str, content: Path, today: dt.date | None = None
) -> list[Path]:
    """Write the draft dossier ``content/slug_name/``; refuses to touch an existing folder."""
    if not re.match(ID_PATTERN, slug_name):
        raise UsageError(f"{slug_name!r} is not a valid slug: use lower-case letters, digits and hyphens")
    folder = content / slug_name
    if folder.exists():
        raise UsageError(f"{folder} already exists; choose another --slug")
    article = read_article(article_path)
    result = draft(article, slug_name, "", today or dt.date.today())
    # The article's text is stored inside the dossier (snapshots/), never referenced by a path.
    del result.source["snapshot"]
    files: list[tuple[str, Any, Any]] = [
        (Meta.file_name, result.meta, Meta),
        (Source.file_name, [result.source], Source),
        (Actor.file_name, result.actors, Actor),
        (Number.file_name, result.numbers, Number),
        (Event.file_name, result.events, Event),
        (Claim.file_name, result.claims, Claim),
    ]
    folder.mkdir(parents=True)
    written = []
    for name, data, model in files:
        if not data:
            continue
        path = folder / f"{name}.yaml"
        path.write_text(
            dump_entries(data, model, schema_comment(folder, name)), encoding="utf-8", newline="\n"
        )
        written.append(path)
    written.append(
        store_drafted_article(folder, result.source["id"], article.text, files, article_path.name, today)
    )
    return written
