"""What `explainer init --from-article` finds in an article's plain text: the extraction heuristics.

Each finder takes text and returns what it found with the phrase it found it in; none of them builds
dossier entries (``drafting.py`` does). What is looked for:

- numbers with their hedge ("more than 100", "at least four") and what they count;
- dates, including relative ones ("Tuesday", "in September") worked out from the publication date;
- names: runs of capitalised words, acronyms in brackets as aliases, "Chinese officials"-style groups;
- quotes and "X said" / "according to X" attributions, with who said them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator.errors import GeneratorError
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
    # Digits, or a word (or two joined by a hyphen) that text2num reads as a number: "sixty-eight".
    r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\b[a-z]+(?:-[a-z]+)?\b)"
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
    "government-body": {
        "ministry",
        "department",
        "bureau",
        "police",
        "office",
        "government",
        "commission",
        "survey",
        "agency",
        "service",
        "administration",
        "authority",
    },
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
        "coalition",
        "technologies",
        "inc",
        "corp",
        "ltd",
        "llc",
        "group",
        "party",
        "court",
    },
}
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|to|from|into|across|near|inside|bordering|of|throughout|around|outside|within|northern|southern|eastern|western|"
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
    # The publication date as precisely as the article gives it: YYYY-MM-DD, YYYY-MM or YYYY.
    published_as: str | None = None
    # Who published it, when a line of the head names an outlet ("VOA News") or a wire dateline its
    # agency ("(Reuters)").
    publisher: str | None = None
    # Where it was read, when a line of the head is a web address.
    url: str | None = None


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


# A dateline: a short line near the top that is only a date ("Tuesday, July 23, 2013", "02 February 2010",
# "October 2010"), optionally after "Published:" or "Updated:".
_DATELINE_PREFIX = re.compile(r"^(?:Published|Date|Updated|Posted)\s*:?\s*", re.IGNORECASE)
_DATELINE_WORDS = 6
_HEAD_LINES = 6
# "ACCRA, GHANA - Official results ...": a place dateline in capitals before the first sentence.
_DATELINE_PLACE = re.compile(r"^([A-Z][A-Z.' ]+(?:,\s*[A-Z][A-Z.' ]+)*)\s+[-—–]{1,2}\s+")


# A wire dateline opening the first paragraph: "ROTTERDAM, March 14, 2025 (Reuters) - ...".
_WIRE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.' ]*[A-Z](?:,\s*[A-Z][A-Z.' ]*[A-Z])?),\s+"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})\s*"
    r"\((?P<agency>[^()]{2,40})\)\s*[-—–]{1,2}\s*"
)
# A web address alone on a line of the head: where the article was read.
_URL_LINE = re.compile(r"^https?://\S+$")


def parse_dateline(line: str) -> str | None:
    """The date a dateline gives, as precisely as it gives it; None when the line is not a date.

    dateparser reads the many ways dates are written; it is asked for absolute dates only, so the
    result never depends on the day the draft is made.
    """
    import dateparser  # imported here: only `explainer init` needs it

    text = _DATELINE_PREFIX.sub("", line).strip(" .,")
    if not text or len(text.split()) > _DATELINE_WORDS or not re.search(r"\b\d{4}\b", text):
        return None
    settings = {"STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is not None:
        return str(parsed.date().isoformat())
    for parts, width in ((["year", "month"], 7), (["year"], 4)):
        partial = dateparser.parse(
            text,
            languages=["en"],
            settings={"REQUIRE_PARTS": parts, "PREFER_DAY_OF_MONTH": "first"},
        )
        if partial is not None and not re.search(
            r"\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)", text.replace(str(partial.year), "")
        ):
            return str(partial.date().isoformat())[:width]
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
    url = next((line for line in lines[: _HEAD_LINES + 1] if _URL_LINE.match(line)), None)
    lines = [line for line in lines if line != url] or lines
    title, published, authors = lines[0], None, []
    paragraphs: list[str] = []
    published_as: str | None = None
    publisher: str | None = None
    for number, line in enumerate(lines[1:]):
        dateline = parse_dateline(line) if number < _HEAD_LINES and published_as is None else None
        wire = _WIRE_DATELINE.match(line) if not paragraphs else None
        if wire is not None and parse_dateline(wire["date"]) is not None:
            published_as = published_as or parse_dateline(wire["date"])
            published = published or _parse_day(wire["date"])
            publisher = publisher or wire["agency"].strip()
            paragraphs.append(f"{wire['place']}. {line[wire.end() :]}")
        elif dateline is not None:
            published_as = dateline
            published = dt.date.fromisoformat(dateline) if len(dateline) == 10 else None
        elif re.match(r"^(?:Published|Date|Updated)\s*:", line, re.IGNORECASE):
            published = published or _parse_day(line)
            published_as = published_as or (published.isoformat() if published else None)
        elif number < _HEAD_LINES and publisher is None and _is_outlet(line):
            publisher = line
        elif re.match(r"^By\s+[A-Z]", line) and len(line.split()) <= 8:
            authors = [a.strip() for a in re.split(r",\s*|\s+and\s+", line[3:]) if a.strip()]
        elif len(line.split()) >= 8 and not re.search(r"\((?:Photo|Image|Credit|Picture)\s*:", line):
            paragraphs.append(_DATELINE_PLACE.sub(r"\1. ", line))
    return Article(path, text, title, published, authors, paragraphs, published_as, publisher, url)


def _is_outlet(line: str) -> bool:
    """A head line that is only an outlet's name: a few capitalised words, one of them a media word."""
    words = line.split()
    return (
        1 < len(words) <= 4
        and all(word[:1].isupper() for word in words)
        and bool({word.lower() for word in words} & _ORG_WORDS["media-outlet"])
    )


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


def _word_number(word: str) -> int | None:
    """The value of a number written as a word ("nineteen", "sixty-eight"), read by text2num."""
    from text_to_num import text2num  # imported here: only `explainer init` needs it

    try:
        return int(text2num(word, "en"))
    except ValueError:
        return None


def _plural(word: str) -> bool:
    lower = word.lower().strip(",.;:")
    return (lower.endswith("s") and not lower.endswith("ss")) or lower in _PLURAL_EXCEPTIONS


# "the death toll climbed to 94", "the number of valid votes cast was 13,434,574": what a number
# counts, said before it.
_STATED_BEFORE = re.compile(
    r"(?:^|\b(?:the|a|an|its|their)\s+)(?P<what>(?:[a-z][\w-]*\s+){0,5}[a-z][\w-]*)\s+"
    r"(?:climbed|rose|fell|dropped|reached|stood|stands|was|is|were|are|totalled|totaled|hit)"
    r"(?:\s+(?:to|at))?\s*$"
)


def _counts_before(before: str) -> str:
    match = _STATED_BEFORE.search(before.rstrip(' “"'))
    return match.group("what") if match else ""


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
        if not word[0].isdigit():
            word_value = _word_number(word)
            counted = _counts(sentence[end:])
            if word_value is None or word == "one" or not counted or not _plural(counted.split()[-1]):
                continue  # "one of", "two-thirds": only a word number before a plural noun counts
            value: int | float = word_value
        else:
            value = float(number.replace(",", "")) if "." in number else int(number.replace(",", ""))
        if scale:
            value = value * _SCALES[scale.lower()]
            value = int(value) if float(value).is_integer() else value
        counts = "percent" if sentence[match.end() :].startswith("%") else _counts(sentence[match.end() :])
        if not counts:
            counts = _counts_before(sentence[: match.start()])
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
            # A weekday in a news report is the last such day up to its publication: "Tuesday" in
            # an article of Tuesday is that day.
            back = (published.weekday() - _WEEKDAYS[groups["weekday"].lower()]) % 7
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


@functools.cache
def _gazetteer() -> frozenset[str]:
    """Names of countries and their subdivisions (pycountry: ISO 3166 data shipped in the package, so
    the answer never depends on the network or the day). Cities are told by their context instead
    ("the city of Dingxi", "throughout Accra"): a city list would weigh more than the whole site."""
    import pycountry

    names: set[str] = set()
    for country in pycountry.countries:
        names.update(getattr(country, key, "") for key in ("name", "common_name", "official_name"))
        names.add(country.alpha_2)
        names.add(country.alpha_3)
    names.update(subdivision.name for subdivision in pycountry.subdivisions)
    names.discard("")
    return frozenset(name.casefold() if len(name) > 3 else name for name in names)


def is_place(name: str) -> bool:
    """A known country, region or city. Codes (US, GBR) only in capitals; names in any case."""
    places = _gazetteer()
    bare = name.removeprefix("the ").removeprefix("The ")
    return bare in places if len(bare) <= 3 else bare.casefold() in places


_MEDIA_BEFORE = re.compile(
    r"\b(?:journal|newspaper|magazine|broadcaster|channel|network|news agency)\s+(?:the\s+)?$"
)
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ese|ian|ish|ean)$")
# Words that put a title before a person's name ("President Xi Jinping", "former president John Mahama").
TITLES = {
    "president",
    "vice",
    "prime",
    "minister",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "governor",
    "mayor",
    "senator",
    "sen.",
    "rep.",
    "general",
    "gen.",
    "colonel",
    "dr.",
    "dr",
    "mr.",
    "mrs.",
    "ms.",
    "professor",
    "prof.",
    "judge",
    "chairman",
    "chairwoman",
    "spokesman",
    "spokeswoman",
    "former",
    "incumbent",
    "leader",
    "chief",
}


def strip_title(name: str) -> tuple[str, bool]:
    """The name without a leading title (and a demonym before it): ("Xi Jinping", True)."""
    words = name.split()
    cut = 0
    if len(words) > 2 and _DEMONYM.match(words[0]) and words[1].lower() in TITLES:
        cut = 1
    while cut < len(words) - 1 and words[cut].lower() in TITLES:
        cut += 1
    if cut and len(words) - cut >= 1 and words[cut - 1].lower() in TITLES:
        return " ".join(words[cut:]), True
    return name, False


def _kind_of(name: str, before: str) -> str:
    words = {word.lower().strip(".") for word in name.split()}
    if _MEDIA_BEFORE.search(before.lower()):
        return "media-outlet"
    for kind, keywords in _ORG_WORDS.items():
        if words & keywords:
            return kind
    if is_place(name):
        return "place"
    if len(name.split()) == 1:
        return "place" if _PLACE_BEFORE.search(before.lower()) else "group"
    if _DEMONYM.match(name.split()[0]):
        return "organisation"  # "Chinese Red Cross": a person's name does not start with a nationality
    if "of" in words or "for" in words:
        return "organisation"
    if 2 <= len(name.split()) <= 3:
        return "person"
    return "organisation"


@dataclass
class Name:
    name: str
    kind: str
    evidence: str
    aliases: list[str] = field(default_factory=list)
    count: int = 0


def find_names(all_sentences: list[str]) -> list[Name]:
    """Candidate actors: capitalised names, their bracketed acronyms, and named groups."""
    found: dict[str, Name] = {}
    mid_sentence = {
        word for sentence in all_sentences for word in re.findall(r"(?<=[a-z,;] )[A-Z][\w’'-]*", sentence)
    }

    def add(name: str, kind: str, evidence: str) -> Name:
        key = name.lower()
        entry = found.get(key) or found.setdefault(key, Name(name, kind, evidence))
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
            # "Harvard's Daniel Lieberman", "Ghana's Electoral Commission": the name after the possessive.
            owners = [i for i, word in enumerate(words[:-1]) if word.endswith(("'s", "’s"))]
            if owners:
                words = words[owners[-1] + 1 :]
            name, titled = strip_title(" ".join(words))
            words = name.split()
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
            kind = "person" if titled else _kind_of(name, sentence[:start])
            entry = add(name, kind, clause(sentence, start, start + len(name)))
            if titled:
                entry.kind = "person"
            if kind == "place":
                entry.kind = "place"  # one "in Myanmar" is enough to make Myanmar a place
            acronym = _ACRONYM.match(sentence[start + len(name) :].lstrip())
            if acronym and acronym.group(1) not in entry.aliases:
                entry.aliases.append(acronym.group(1))
    names = _fold(list(found.values()))
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


_PLACE_TYPES = {"province", "region", "state", "district", "county", "city", "prefecture", "township"}


def _fold(names: list[Name]) -> list[Name]:
    """One actor per thing: a person's surname alone ("Mahama" for "John Mahama") and a place with
    its type ("Gansu province" for "Gansu") become aliases of the fuller or plainer entry."""
    by_name = {entry.name.casefold(): entry for entry in names}
    people = [entry for entry in names if entry.kind == "person" and " " in entry.name]
    kept = []
    for entry in names:
        words = entry.name.split()
        owner = None
        if len(words) == 1:
            matches = [p for p in people if p.name.split()[-1].casefold() == entry.name.casefold()]
            owner = matches[0] if len(matches) == 1 else None
        elif len(words) == 2 and words[1].casefold() in _PLACE_TYPES:
            owner = by_name.get(words[0].casefold())
        if owner is not None and owner is not entry:
            owner.count += entry.count
            if entry.name not in owner.aliases:
                owner.aliases.append(entry.name)
            owner.kind = "place" if owner.kind != "person" and len(words) == 2 else owner.kind
            continue
        kept.append(entry)
    return kept


def is_proper_name(phrase: str, sentence: str) -> bool:
    """Whether a speaker phrase names someone: a capitalised word that is not only the sentence's
    first word, a weekday or a month ("Authorities say" and "State media said" name no one)."""
    words = re.sub(r"^the\s+", "", phrase.strip(), flags=re.IGNORECASE).split()
    if not words:
        return False
    first = sentence.lstrip(' “"').startswith(phrase.strip())
    for index, word in enumerate(words):
        if not word[:1].isupper() or word in _NOT_NAMES or word.endswith(("'s", "’s")):
            continue  # "Ghana's electoral laws" are no one
        if index == 0 and first and len(words) > 1 and not words[1][:1].isupper():
            continue
        if index == 0 and first and len(words) == 1:
            continue
        return True
    return False


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
