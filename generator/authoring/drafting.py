"""`explainer init --from-article`: a first draft of a dossier from an article's plain text.

The heuristics live in ``extraction.py``; this module turns what they find into dossier entries.
Every drafted entry carries a ``review:`` marker, so the draft fails ``validate --strict`` until a
person has checked each one. Every evidence phrase is copied verbatim from the article, which
becomes the source's ``snapshot:``, so the validator can check each one.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.authoring import towns
from generator.authoring.aliases import initials_of
from generator.authoring.articles import (
    MAX_TITLE,
    Article,
    DraftError,
    clause,
    is_address,
    parse_day,
    read_article,
    sentences,
)
from generator.authoring.claims import (
    LOWER_DEPARTMENT,
    MODELLED_BODY,
    draft_claims,
    group_of,
    news_lead,
    unnamed_level,
    unnamed_people,
)
from generator.authoring.daylists import listed_days
from generator.authoring.dayslater import counts_a_day, day_counted, is_day
from generator.authoring.extraction import (
    PRONOUNS,
    find_attributions,
    find_dates,
    headline_source,
    is_proper_name,
)
from generator.authoring.figures import Figure, find_numbers
from generator.authoring.formatter import dump_entries
from generator.authoring.gazetteer import is_place
from generator.authoring.kinds import ACRONYM_NAME, DEMONYM, STATE_OUTLET, kind_of
from generator.authoring.names import Name, find_names, reports_as_outlet
from generator.authoring.namewords import AGENCIES, ORG_WORDS, TITLES
from generator.authoring.notnames import NOT_NAMES
from generator.authoring.sameday import clock_time, report_day
from generator.authoring.scaffold import schema_comment
from generator.authoring.speakers import group_of_a_place
from generator.authoring.storing import store_drafted_article
from generator.authoring.tables import Table, find_tables, row_names, table_figures
from generator.authoring.titles import is_post, strip_title
from generator.errors import UsageError
from generator.format import slugs
from generator.format.model import ID_PATTERN, Actor, Claim, Event, Meta, Number, Question, Source

__all__ = [
    "Article",
    "DraftError",
    "draft",
    "find_attributions",
    "find_dates",
    "find_numbers",
    "read_article",
    "sentences",
    "write_draft",
]


def slug(text: str, taken: set[str]) -> str:
    base = slugs.slug(text, max_length=60) or "item"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    taken.add(candidate)
    assert re.match(ID_PATTERN, candidate)
    return candidate


def _words(*texts: str, count: int = 6) -> str:
    """A few leading words, for a readable id (a figure's thousands kept whole: "1,000" one word)."""
    joined = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", " ".join(texts))
    words = re.findall(r"[A-Za-z0-9]+", joined.replace("’", "").replace("'", ""))
    return " ".join(words[:count])


def _short(text: str, limit: int = MAX_TITLE) -> str:
    text = text.strip(' ,;:.“”"')
    if len(text) <= limit:
        return text[:1].upper() + text[1:]
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut[:1].upper() + cut[1:] + "…"


# -- the draft ------------------------------------------------------------------------------------


@dataclass
class Draft:
    """Everything found in one article, as entries of each kind."""

    meta: dict[str, Any]
    source: dict[str, Any]
    actors: list[dict[str, Any]] = field(default_factory=list)
    numbers: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    questions: list[dict[str, Any]] = field(default_factory=list)


REVIEW_SOURCE = "check the title, author and date, and add the url"
REVIEW_ACTOR = "is this a real actor of the story? check the name, kind and description"
REVIEW_NUMBER = "check the value, the hedge and what it counts against the evidence"
REVIEW_EVENT = "check the date and write a short title"
REVIEW_QUESTION = "a question readers ask: answer it in plain words from the facts it names, or delete it"
# The questions every story raises, each with the drafted facts most likely to answer it.
QUESTIONS = (
    ("what-happened", "What happened?", "events"),
    ("who-is-involved", "Who is involved?", "actors"),
    ("why-does-it-matter", "Why does it matter?", "claims"),
    ("what-happens-next", "What happens next?", "later events"),
)


# A name after its owner's: "Kessel's Orla Field Airport says": the owned name, when drafted, is
# the one who speaks (the owner is only where it is).
_OWNED_BY_PLACE = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}[’']s\s+(?P<owned>[A-Z].*)$")


class _Actors:
    """The drafted actors, and how a speaker ("the ministry") is matched to one of them."""

    def __init__(self, names: list[Name], cite: Any) -> None:
        self.cite = cite
        self.taken: set[str] = set()
        self.entries: list[dict[str, Any]] = []
        self.by_name: dict[str, str] = {}
        self.kinds: dict[str, str] = {}
        for name in sorted(names, key=lambda n: (-len(n.name), n.name)):
            self.add(name.name, name.kind, name.evidence, name.aliases)

    def add(
        self, name: str, kind: str, evidence: str, aliases: list[str] | None = None, kind_wins: bool = False
    ) -> str:
        if name.lower() in self.by_name:
            actor_id = self.by_name[name.lower()]
            if kind_wins:
                next(e for e in self.entries if e["id"] == actor_id)["kind"] = kind
            return actor_id
        actor_id = slug(name, self.taken)
        entry: dict[str, Any] = {"review": REVIEW_ACTOR, "id": actor_id, "name": name, "kind": kind}
        if aliases:
            entry["aliases"] = aliases
        entry["description"] = f"TODO: who or what {name} is, in a sentence."
        entry["cite"] = self.cite(evidence)
        self.entries.append(entry)
        self.kinds[actor_id] = kind
        for key in [name, *(aliases or [])]:
            self.by_name[key.lower()] = actor_id
        return actor_id

    def given_names(self, title: str) -> None:
        """ "Ana Ruiz May Ride One" over a text that names her "Mayor Ruiz" and "Ruiz" only: the
        headline's full name is hers, the family name an alias (a title before it is no given name)."""
        for entry in self.entries:
            name = entry["name"]
            if entry["kind"] != "person" or " " in name:
                continue
            full = re.search(rf"(?<![\w’'])([A-Z][a-z]+)\s+{re.escape(name)}\b", title)
            if (
                full is None
                or full[1].lower() in TITLES
                or full[1] in NOT_NAMES
                or full[0].lower() in self.by_name
                or strip_title(full[0])[1]
            ):
                continue
            entry["name"] = full[0]
            entry["aliases"] = [name, *entry.get("aliases", [])]
            self.by_name[full[0].lower()] = entry["id"]

    def resolve(self, speaker: str) -> str | None:
        """The id of the actor a speaker phrase names: exactly, by alias, by its head word ("the
        bank" for "Russia's central bank"), or by a capitalised word ("the Dravan administration")."""
        bare = re.sub(r"^the\s+", "", speaker.strip(), flags=re.IGNORECASE)
        bare = re.sub(r"\s*\([A-Z]+\)$", "", bare)
        if bare.lower() in self.by_name:
            return self.by_name[bare.lower()]
        owned = _OWNED_BY_PLACE.match(bare)
        if owned is not None and owned["owned"].lower() in self.by_name:
            return self.by_name[owned["owned"].lower()]  # "Kessel's Orla Field Airport": the airport
        # "Mr Ana Ruiz of Seven Peaks Tours": the person before "of", without the honorific
        person = strip_title(bare.partition(" of ")[0])[0].lower()
        if " of " in bare and person in self.by_name and self.kinds[self.by_name[person]] == "person":
            return self.by_name[person]
        post, (bare, titled) = bare, strip_title(bare)
        if titled and bare.lower() in self.by_name:
            return self.by_name[bare.lower()]
        if titled and (by_post := self._titled(post)) is not None:
            return by_post  # "the Prime Minister": a post of two title words, one person drafted with it
        phrase = bare.lower().replace("’", "'")
        starting = {i for name, i in self.by_name.items() if name.replace("’", "'").startswith(phrase + " ")}
        if len(starting) == 1:
            return starting.pop()  # "the Prosecutor's Office" for "Prosecutor's Office of the ..."
        by_post = self._titled(bare)
        if by_post is not None:
            return by_post
        core = re.split(r"\s+(?:in|from|at|of)\s+", bare)[0].split()
        for words in (core[-1:], [w for w in core if w[:1].isupper() and w not in NOT_NAMES]):
            for word in words:
                key = word.lower().replace("’", "'").removesuffix("'s")
                matches = {
                    actor_id
                    for name, actor_id in self.by_name.items()
                    if key in name.replace("’", "'").replace("'s", "").split()
                }
                if len(matches) > 1 and word is not core[-1]:
                    # "the Dravan administration": the place's institution, not the place itself
                    matches = {i for i in matches if self.kinds[i] != "place"}
                if len(matches) == 1:
                    return matches.pop()
        if core and core[-1].islower():
            # "the railway" for "Orla Railways", "the mill" for "Kessel Mills": the one body
            # whose name ends with the word in the plural
            plural = {
                actor_id
                for name, actor_id in self.by_name.items()
                if name.split()[-1] == core[-1] + "s" and self.kinds[actor_id] not in {"person", "place"}
            }
            if len(plural) == 1:
                return plural.pop()
        return self._misspelt_family(bare)

    def _misspelt_family(self, word: str) -> str | None:
        """ "Ana Kalumo ... Kulamo said": one word that is the family name of one drafted person
        with two of its letters swapped, a slip of the writer's (five letters or more, the first
        the same), is that person."""
        if not re.fullmatch(r"[A-Z][a-z]{4,}", word):
            return None
        ids = set()
        for entry in self.entries:
            family = entry["name"].split()[-1]
            if entry["kind"] != "person" or " " not in entry["name"] or len(family) != len(word):
                continue
            apart = [i for i, (a, b) in enumerate(zip(family, word, strict=True)) if a != b]
            if len(apart) == 2 and apart[0] > 0 and sorted(family) == sorted(word):
                ids.add(entry["id"])
        return ids.pop() if len(ids) == 1 else None

    def _titled(self, post: str) -> str | None:
        """ "the Federal Minister": the one person drafted with that post written before their name,
        every word of it ("Federal Water Resources Minister Ana Ruiz", not "Chief Minister Bo Lund");
        None when no one or several are. A title's initials alone will do ("the MP", "the CS" for
        "Transport CS Ana Ruiz"): no word of common speech."""
        words = post.split()
        initials = len(words) == 1 and re.fullmatch(r"[A-Z]{2,4}", post) is not None
        if (len(words) < 2 and not initials) or words[-1].lower() not in TITLES:
            return None
        if not all(w[:1].isupper() for w in words):
            return None
        ids = set()
        for entry in self.entries:
            evidence = entry["cite"][0]["evidence"]
            before = re.search(rf"((?:[A-Z][\w.’'-]*\s+){{1,6}}){re.escape(entry['name'])}\b", evidence)
            if (
                entry["kind"] == "person"
                and before is not None
                and before[1].split()[-1] == words[-1]
                and set(words) <= set(before[1].split())
            ):
                ids.add(entry["id"])
        return ids.pop() if len(ids) == 1 else None

    def sharing(self, phrase: str) -> bool:
        """Whether a drafted body's name shares a word of five letters or more with the lower-case
        words of a phrase ("aviation" of "the Norlandic aviation agency")."""
        wanted = {word for word in phrase.split()[1:-1] if len(word) >= 5 and word.islower()}
        return any(
            wanted & set(name.split()) and self.kinds[actor_id] not in {"person", "place"}
            for name, actor_id in self.by_name.items()
        )

    def mentioned(self, text: str) -> list[str]:
        found = []
        for name, actor_id in sorted(self.by_name.items(), key=lambda item: -len(item[0])):
            if re.search(r"\b" + re.escape(name) + r"\b", text, re.IGNORECASE) and actor_id not in found:
                found.append(actor_id)
        return sorted(found)


def _draft_source(article: Article, snapshot: str) -> dict[str, Any]:
    # The source's id and date come from the article (its byline, title and dateline), never from
    # the day the draft is made: an article without a date gets an id without a year.
    author = article.authors[0].split()[-1].lower() if article.authors else _words(article.title, count=4)
    year = article.published_as[:4] if article.published_as else ""
    source: dict[str, Any] = {
        "review": REVIEW_SOURCE,
        "id": slug(f"{author}-{year}" if year else author, set()),
        "title": article.title,
        "kind": "article",
        "authors": article.authors,
        "url": article.url or "TODO",
        "published": article.published_as or "TODO",
        "snapshot": snapshot,
    }
    if article.url:
        source["review"] = "check the title, author, date and url"
    if article.dated_by:
        source["review"] += f" (the date is read from {article.dated_by})"
    if not article.authors:
        del source["authors"]
    if article.publisher:
        source["publisher"] = article.publisher
    return source


# A byline longer than this is a paragraph that ends in its credit, too long to quote as evidence.
_LONGEST_BYLINE = 200
# "By Orlalive", "By KesselNews": a byline of one word with a press word in it, the outlet's own name
# "By THE KESSEL HERALD": a paper's title in words, by its first or its last (none a family name)
_PAPER_BYLINE = re.compile(
    r"Daily\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|(?:[A-Z][a-z]+\s+){1,2}(?:Monitor|Times|Herald|Tribune|Gazette"
    r"|Chronicle|Courier|Observer|Inquirer|Sentinel)"
)
_OUTLET_BYLINE = re.compile(
    r"[A-Z][a-z]*(?:times|news|live|post|herald|mail|daily|tribune|gazette|online|press|wire|today)"
    r"|[A-Z][a-z]+(?:Times|News|Live|Post|Herald|Mail|Daily|Tribune|Gazette|Online|Press|Wire|Today|TV|FM)"
)


def _draft_actors(article: Article, all_sentences: list[str], cite: Any) -> _Actors:
    actors = _Actors(find_names(all_sentences), cite)
    text = " ".join(all_sentences)
    # A title cut from the text's first sentence ("... held at Kessel…") is no headline: its names
    # are the text's, and a name cut with it quotes no phrase of the text.
    own_title = article.title if article.title and not article.title.endswith("…") else None
    for headline in find_names([own_title]) if own_title else []:
        # "Six trapped as shaft collapses in Ardon mine": a place the headline alone names; "Drones
        # close Kessel Airport", then "over Kessel": a site named with its kind, the text its name
        known = is_place(headline.name) or towns.is_town(headline.name)
        words = headline.name.split()
        site = (
            headline.sure
            and len(words) == 2
            and words[1].lower() in ORG_WORDS["place"]
            and not DEMONYM.match(words[0])
            and re.search(rf"\b{re.escape(words[0])}\b", text) is not None
        )
        if headline.kind == "place" and (known or site):
            actors.add(headline.name, "place", headline.evidence)
    if article.title:
        actors.given_names(article.title)
    for place in article.places:
        # A wire dateline's place ("MOSCOW, April 25 (Reuters) -"), written as a name.
        # its kind wins: "TAMPA" in capitals is no acronym's body
        actors.add(
            place.title() if place.isupper() and len(place) > 3 else place, "place", place, kind_wins=True
        )
    if article.publisher:
        # "(CBS/AP)": a wire's credit of two outlets that filed together, each an outlet
        joint = article.publisher.split("/")
        # (or "KNA Photo/Harbour Daily", a copyright line's credits, of a few words each)
        if len(joint) > 1 and all(
            re.fullmatch(r"[A-Z][\w.&-]{1,20}(?:\s+[A-Z][\w.&-]{1,20}){0,3}", part.strip()) for part in joint
        ):
            for part in joint:
                actors.add(part.strip(), "media-outlet", part.strip(), kind_wins=True)
        else:
            actors.add(article.publisher, "media-outlet", article.publisher, kind_wins=True)
    for issuer in article.issuers:
        # "Source:" over "Kessel University": the body whose release the page reprints, its
        # initials ("KU") the same actor
        initials = initials_of(issuer)
        short = actors.by_name.get(initials.lower()) if len(initials) > 1 else None
        if short is not None:
            entry = next(e for e in actors.entries if e["id"] == short)
            entry["aliases"] = [entry["name"], *entry.get("aliases", [])]
            entry["name"], entry["kind"] = issuer, kind_of(issuer, "")
            actors.by_name[issuer.lower()] = short
            actors.kinds[short] = entry["kind"]
        else:
            actors.add(issuer, kind_of(issuer, ""), issuer)
    for name in [*article.authors, *article.editors]:
        byline = next((line.strip() for line in article.text.splitlines() if name in line), name)
        if len(byline) > _LONGEST_BYLINE:
            byline = name  # a credit closing a text pasted as one paragraph: the name alone
        # ("By AGENCY" in capitals or not: a news agency's own name, the agency's report)
        outlet = _OUTLET_BYLINE.fullmatch(name) or _PAPER_BYLINE.fullmatch(name) or name.lower() in AGENCIES
        kind = "media-outlet" if outlet else "person"
        actors.add(name, kind, byline, kind_wins=True)
    for table in find_tables(article.text):
        for name, kind, row in row_names(table):
            actors.add(name, kind, row)  # "GridLine" in a table of outages by utility
    return actors


def _draft_events(
    all_sentences: list[str], article: Article, actors: _Actors, cite: Any
) -> list[dict[str, Any]]:
    """An event for each date; one the article gives no year for is `TODO-MM-DD`, to look up."""
    event_ids: set[str] = set()
    events = []
    stand_in = _dateline_stand_in(article, all_sentences)
    # "LAKESIDE, June 25 -- ... opened today": the day has no weekday to count the others from, so
    # it dates the lead's "today" alone
    lead = _LEAD_DAY.search(all_sentences[0]) if all_sentences else None
    today_only = lead is not None and lead[1] == "today"
    # "... shut on Friday, March 6, 2020": with no date of its own, the page's weekday written once
    # with its date is that day wherever it is named alone
    named = _dated_weekday(all_sentences) if article.published is None and stand_in is None else None
    # "... from Friday, March 14 ... as of March 11, 2011": with no date of the page, a day
    # of a month the text gives a full date in takes that date's year
    years = _years_of_months(all_sentences) if article.published is None and stand_in is None else {}
    last_day: str | None = None  # the last day dated: where "two days later" counts from
    # "Ferry crews stopped work this morning ... Sailings restarted at 11.15am": one day's events
    one_day = report_day(all_sentences, article.published)
    for number, sentence in enumerate(all_sentences):
        anchor = stand_in if not (today_only and number > 0) else None
        found = list(find_dates(sentence, anchor or article.published))
        if named is not None:
            found = _with_dated_weekday(found, list(find_dates(sentence, named[1])), named)
        found += listed_days(sentence, found)
        found += _days_beside(sentence, found)
        found += _counted_day(sentence, found, last_day)
        if number == 0 and not found and article.dateline_dated and article.published is not None:
            # "LAKESIDE, March 3, 2019 - The council was fined ...": a lead naming no day of its own
            # reports what its dateline's day brought
            lead_note = "The dateline's day: the lead names no day of its own; check it happened then."
            found = [(article.published.isoformat(), False, lead_note, sentence)]
        if not found and one_day is not None and (span := clock_time(sentence)) is not None:
            told = f"{one_day.day} {calendar.month_name[one_day.month]} {one_day.year}"
            clock_note = (
                "A time of the clock in a report of one day ('this morning', 'today'): the day it was "
                f"published, {told}."
            )
            found = [(one_day.isoformat(), False, clock_note, clause(sentence, *span))]
        found = [_in_the_year_of_its_month(item, years) for item in found]
        last_day = next((date for date, *_ in reversed(found) if is_day(date)), last_day)
        for date, approximate, note, evidence in found:
            if anchor is not None and date[:4].isdigit() and abs(int(date[:4]) - anchor.year) <= 1:
                # the lead's own weekday is the dateline's day: its year is left to look up
                day = f"{anchor.day} {calendar.month_name[anchor.month]}"
                date = "TODO" + date[4:]
                note = (
                    f"Worked out from the dateline's day, {day}, taken as the day the text's first weekday "
                    "or “today” names; the article gives no year: find the date and write it here."
                )
            entry: dict[str, Any] = {
                "review": REVIEW_EVENT,
                "id": slug(_words(date.replace("TODO", "undated"), evidence), event_ids),
                "date": date,
            }
            if approximate:
                entry["approximate"] = True
            if note:
                entry["date_note"] = note
            entry["title"] = _short(evidence)
            involved = actors.mentioned(evidence)
            if involved:
                entry["actors"] = involved
            entry["cite"] = cite(evidence)
            events.append(entry)
    return events


_FULL_DATE = re.compile(
    r"\b(?:(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)\s+(?P<day>\d{1,2}),\s+"
    r"|(?P<day2>\d{1,2})\s+(?P<month2>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)\s+)"
    r"(?P<year>(?:19|20)\d{2})\b"
)


def _years_of_months(all_sentences: list[str]) -> dict[str, str]:
    """The one year of each month the text gives full dates in ("March 11, 2011": "03": "2011")."""
    found: dict[str, set[str]] = {}
    for sentence in all_sentences:
        for m in _FULL_DATE.finditer(sentence):
            day = parse_day(m[0])
            if day is not None:
                found.setdefault(f"{day.month:02d}", set()).add(m["year"])
    return {month: years.pop() for month, years in found.items() if len(years) == 1}


def _in_the_year_of_its_month(item: Found, years: dict[str, str]) -> Found:
    """A day of a month with no year (`TODO-03-14`), in the year the text dates that month in."""
    date, approximate, _note, evidence = item
    year = years.get(date[5:7]) if re.fullmatch(r"TODO-\d{2}-\d{2}", date) else None
    if year is None:
        return item
    told = f"The article gives no year for this day; it dates another day of the month in {year}."
    return f"{year}{date[4:]}", approximate, told, evidence


_FULL_WEEKDAY = re.compile(
    r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+(?P<date>"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4})"
)


def _dated_weekday(all_sentences: list[str]) -> tuple[str, dt.date] | None:
    """The one weekday the text writes with its full date ("on Friday, March 6, 2020"), and the day."""
    days = {
        (m["weekday"], day)
        for sentence in all_sentences
        for m in _FULL_WEEKDAY.finditer(sentence)
        if (day := parse_day(m["date"])) is not None and calendar.day_name[day.weekday()] == m["weekday"]
    }
    return days.pop() if len(days) == 1 else None


Found = tuple[str, bool, "str | None", str]


def _with_dated_weekday(found: list[Found], dated: list[Found], named: tuple[str, dt.date]) -> list[Found]:
    """Each date of a sentence, a weekday named alone read as the day the text gives it in full."""
    if len(dated) != len(found):
        return found
    weekday, day = named
    note = f"The article says {weekday!r}; the {weekday} it dates in full, {day.isoformat()}."
    return [
        (day.isoformat(), was[1], note, was[3])
        if was[0] == "TODO" and now[0] == day.isoformat() and _named_alone(weekday, was[3])
        else was
        for was, now in zip(found, dated, strict=True)
    ]


def _named_alone(weekday: str, evidence: str) -> bool:
    """The weekday named as one day, not in a schedule ("open Monday through Friday", "every
    Friday")."""
    return bool(re.search(rf"\b{weekday}\b", evidence)) and not re.search(
        rf"\b(?:[A-Z][a-z]+day\s+(?:through|to|thru|and|or|-|–)\s+{weekday}|{weekday}\s+(?:through|to|thru|-|–)"
        rf"\s+[A-Z][a-z]+day|(?:every|each)\s+{weekday})\b",
        evidence,
    )


# "shut Friday, the day after its ice plant failed": what the words after it tell, a day apart.
_DAY_BESIDE = re.compile(
    r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+the\s+day\s+"
    r"(?P<side>after|before)\s+(?P<what>[^,.;:]{8,160})"
)


def _counted_day(sentence: str, found: list[Found], last_day: str | None) -> list[Found]:
    """The day "two days later" or "a week earlier" counts from the date given just before: one
    earlier in the sentence, or (when the sentence gives none) the last day dated before it."""
    at = counts_a_day(sentence)
    if at is None:
        return []
    before = [date for date, _, _, evidence in found if is_day(date) and 0 <= sentence.find(evidence) < at]
    base = before[-1] if before else (last_day if not found else None)
    counted = day_counted(sentence, base) if base is not None else None
    if counted is None:
        return []
    date, note, span = counted
    return [(date, False, note, clause(sentence, *span))]


def _days_beside(sentence: str, found: list[Found]) -> list[Found]:
    """The day before or after a dated weekday, for what the sentence says happened then."""
    out: list[Found] = []
    for match in _DAY_BESIDE.finditer(sentence):
        day = next(
            (
                dt.date.fromisoformat(date)
                for date, _, _, evidence in found
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) and match["weekday"] in evidence
            ),
            None,
        )
        if day is None:
            continue
        other = day + dt.timedelta(days=-1 if match["side"] == "after" else 1)
        note = (
            f"The article says {match[0].split(',')[0]!r}, the day {match['side']} it: {other.isoformat()}."
        )
        out.append((other.isoformat(), False, note, sentence[match.end("weekday") : match.end()].strip(" ,")))
    return out


_LEAD_DAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today)\b")


def _yesterday_alone(all_sentences: list[str]) -> bool:
    """Whether the text says "yesterday" and names no weekday (nothing to count another day from)."""
    text = " ".join(all_sentences)
    return bool(re.search(r"\byesterday\b", text, re.IGNORECASE)) and not re.search(
        r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", text
    )


def _dateline_stand_in(article: Article, all_sentences: list[str]) -> dt.date | None:
    """ "VIENTIANE, July 24 -- ... on Tuesday": a dateline's day with no year is the day the lead's
    first weekday (or its "today") names, so the other weekdays can be counted from it. The day in a
    stand-in year (no year a news text names) with that weekday; None when the lead names neither."""
    if article.published is not None or article.dateline_day is None or not all_sentences:
        return None
    lead = _LEAD_DAY.search(all_sentences[0])
    month, day = article.dateline_day
    if lead is None and not article.dateline_alone and _yesterday_alone(all_sentences):
        # "LAKESIDE (March 3): ... The firm yesterday admitted ...": with no weekday in the text,
        # "yesterday" is the day before the dateline's (a stand-in year with that day)
        return dt.date(1004 if (month, day) == (2, 29) else 1005, month, day)
    if lead is None or (article.dateline_alone and lead[1] != "today"):
        return None
    for year in range(1004, 1033):
        with contextlib.suppress(ValueError):
            # "KUALA LUMPUR, March 9 — ... fined by the court here today": the dateline's day itself
            if lead[1] == "today" or dt.date(year, month, day).weekday() == list(calendar.day_name).index(
                lead[1]
            ):
                return dt.date(year, month, day)
    return None


def draft(article: Article, slug_name: str, snapshot: str, today: dt.date) -> Draft:
    """The draft dossier for ``article``; pure: no file is read or written."""
    source = _draft_source(article, snapshot)

    def cite(evidence: str) -> list[dict[str, str]]:
        return [{"source": source["id"], "evidence": evidence}]

    split = [sentences(paragraph) for paragraph in article.paragraphs]
    all_sentences = [s for paragraph in split for s in paragraph]
    actors = _draft_actors(article, all_sentences, cite)
    result = Draft(meta={}, source=source)
    result.numbers = _draft_numbers(
        all_sentences + _headline_with_its_own_figure(article.title, all_sentences),
        actors,
        cite,
        find_tables(article.text),
    )
    result.events = _draft_events(all_sentences, article, actors, cite)
    # a headline that says who says it ("Four tornadoes touched down: NWS") is a claim as well
    # (not a stand-in cut short from the lead, "Lagos: The board has …": its words are not the page's)
    own_title = bool(article.title) and not article.title.endswith("…")
    headline = [[article.title]] if own_title and headline_source(article.title) else []
    result.claims = draft_claims(
        headline + split,
        actors,
        cite,
        lambda speaker, sentence: _speaker_actor(actors, speaker, sentence),
        slug,
        article.title,
        news_lead(split),
    )
    result.actors = actors.entries
    result.questions = draft_questions(result)
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


def _headline_with_its_own_figure(title: str | None, all_sentences: list[str]) -> list[str]:
    """The headline, when it states a figure the text does not ("Over 700 people affected" over a
    text that counts villages and cases): a figure of the story, written only there. Not a title
    cut from the text's first sentence ("... a budget of Sh4.2…"): its figures are the text's, and a
    cut one is half a figure."""
    if not title or title.endswith("…"):
        return []
    stated = {figure.value for sentence in all_sentences for figure in find_numbers(sentence)}
    body = " ".join(all_sentences).replace(",", "")
    own = [
        figure
        for figure in find_numbers(title)
        # not a figure the text writes in a name ("the 305 bridge" of "Highway 305")
        if figure.value not in stated and not re.search(rf"\b{figure.value:g}\b", body)
    ]
    return [title] if own else []


def _draft_numbers(
    all_sentences: list[str], actors: _Actors, cite: Any, tables: list[Table]
) -> list[dict[str, Any]]:
    """A number entry for each figure (of the sentences, then of the tables), once per value and
    what it counts; a subset names the figure it is part of ("14 of 44 economists": `part_of:`)."""
    number_ids: set[str] = set()
    seen: set[tuple[Any, str, str]] = set()
    wholes_of: dict[tuple[Any, str, str], set[str]] = {}
    sides: dict[tuple[Any, str, str], set[str | None]] = {}
    entries: list[dict[str, Any]] = []
    wholes: list[tuple[dict[str, Any], Any]] = []
    found = _figures_in_order(all_sentences)
    found += [("", list(table_figures(table))) for table in tables]
    for sentence, figures in found:
        speakers = [
            actors.resolve(said.speaker) or _speaker_actor(actors, said.speaker, sentence)
            for said in find_attributions(sentence)
            if said.speaker.lower() not in PRONOUNS
        ]
        here: Counter[tuple[Any, str, str]] = Counter()
        clauses: dict[tuple[Any, str, str], list[str]] = {}
        for figure in figures:
            # one person "injured" and one "pronounced dead" are two;
            # each score counts its own goals: "won 2-1", then "drew 1-1" drafts both sides of each,
            # while one score written twice (a headline's "2-1", then the text's) is drafted once
            # ("70-80%" then "70%": a range and one of its ends are two figures)
            key = (
                figure.value,
                figure.qualifier,
                figure.counts
                + (f" {figure.score}" if figure.score else "")
                + (f" {figure.fate}" if figure.fate else "")
                + (f" to {figure.upper}" if figure.upper is not None else ""),
            )
            # a list of three or more figures of one unit ("rose 9 cents in A, 7 cents in B, ..."):
            # each item counts its own thing, even where an earlier sentence had its value
            listed = sum(1 for other in figures if other.counts == figure.counts) >= 3
            # so two ranges of one unit ("20-40 cm on the plains, but 60-90 cm on the passes"): each
            # the amount of its own place or time
            ranges = [other for other in figures if other.counts == figure.counts and other.upper is not None]
            listed = listed or (figure.upper is not None and len(ranges) >= 2)
            # the same score of another game, its side named ("made it 2-0", then "Eastvale beat
            # Kessel 2-0"), counts again; not one a later sentence names no side of ("the 2-0 win")
            again = figure.side is not None and figure.side not in sides.get(key, set())
            # the same figure twice in a sentence, each of its own thing ("4 inches of rain, 4 inches
            # of snow"), counts twice; two rules reading one phrase draft it once
            twice = here[key] < _times_written(figure, sentence)
            # ("paid from 20 to 22 crowns, and the others 20 crowns and another 17": the same value
            # again in a clause of its own, no part of the one read before, is a figure of its own)
            read = clauses.get(key, [])
            twice = twice or all(figure.evidence not in e and e not in figure.evidence for e in read)
            # ("40 per cent of city buses ..., 40 per cent of rural buses": two shares, each of
            # its own whole, count twice; a share restated with no whole counts once)
            whole = _share_of(figure)
            other_whole = bool(whole) and bool(wholes_of.get(key)) and whole not in wholes_of[key]
            if (key in here and not twice) or (
                key in seen and key not in here and not listed and not again and not other_whole
            ):
                continue
            seen.add(key)
            wholes_of.setdefault(key, set()).add(whole)
            here[key] += 1
            clauses.setdefault(key, []).append(figure.evidence)
            sides.setdefault(key, set()).add(figure.side)
            entry: dict[str, Any] = {
                "review": REVIEW_NUMBER,
                "id": slug(f"{figure.counts} {figure.value}", number_ids),
                "value": figure.value,
            }
            if figure.upper is not None and figure.upper > figure.value:
                entry["upper"] = figure.upper
            entry["counts"] = figure.counts
            if figure.per:
                entry["per"] = figure.per
            entry["qualifier"] = figure.qualifier
            if figure.derivation:
                entry["derivation"] = figure.derivation
            if speakers and any(speakers):
                entry["stated_by"] = sorted({s for s in speakers if s})
            entry["cite"] = cite(figure.evidence)
            entries.append(entry)
            if figure.whole is not None:
                wholes.append((entry, figure.whole))
    for entry, whole in wholes:
        # The whole is the figure of that value drafted from the same phrase, or else any of that value.
        same = [e for e in entries if e["value"] == whole and e is not entry]
        near = [e for e in same if e["cite"][0]["evidence"] == entry["cite"][0]["evidence"]]
        if near or same:
            entry["part_of"] = (near or same)[0]["id"]
    return entries


def _figures_in_order(all_sentences: list[str]) -> list[tuple[str, list[Figure]]]:
    """Each sentence's figures; a ranking's figure that leaves what it counts unsaid counts what the
    last figure of the sentence before did ("... who have 29 members. Forward is the second largest
    on 10")."""
    found: list[tuple[str, list[Figure]]] = []
    earlier = ""
    for sentence in all_sentences:
        figures = list(find_numbers(sentence, earlier))
        earlier = figures[-1].counts if figures else ""
        found.append((sentence, figures))
    return found


def _share_of(figure: Any) -> str:
    """What a percentage is a share of, as its evidence writes it after "of", up to its first plural
    ("40 per cent of city buses ran ...": "city buses"); "" for any other figure, or a share
    of no plural written."""
    if figure.counts != "percent":
        return ""
    value = re.escape(f"{figure.value:,}" if isinstance(figure.value, int) else str(figure.value))
    share = re.search(
        rf"(?<![\d.,]){value}\s*(?:%|percent\b|per\s+cent\b)\s+of\s+"
        r"(?P<whole>(?:[\w’'-]+\s+){0,4}?[a-z][\w’'-]*s)\b",
        figure.evidence,
    )
    return share["whole"].lower() if share else ""


def _times_written(figure: Any, sentence: str) -> int:
    """How often the sentence writes the figure's value and unit ("4 inches of rain, 4 inches of
    snow": twice), its score ("won 3-6, 6-2, 6-2": 6-2 twice) or an age after a name; 1 for any
    other figure."""
    if figure.score:
        pattern = r"\b" + re.escape(figure.score).replace("\\-", "[-–]") + r"\b"
    elif figure.counts == "years of age":
        # "Bo Ruiz, 54, and Cy Tam, 54,": each an age set off after a name
        pattern = rf"[A-Za-z],\s+{figure.value},"
    else:
        unit = figure.counts.split()[0] if figure.counts else ""
        value = f"{figure.value:,}" if isinstance(figure.value, int) else str(figure.value)
        pattern = rf"(?<![\d.,]){re.escape(value)}\s+{re.escape(unit)}\b" if unit else ""
    return max(1, len(re.findall(pattern, sentence))) if pattern else 1


def draft_questions(result: Draft) -> list[dict[str, Any]]:
    """Candidate questions to answer, each naming up to three drafted facts it may rest on."""
    drafted = {
        "events": result.events[:3],
        "actors": result.actors[:3],
        "claims": result.claims[:3],
        "numbers": result.numbers[:3],
    }
    drafted["later events"] = result.events[-3:]
    questions = []
    for question_id, question, facts_of in QUESTIONS:
        # With no dated event, what happened is what was said or counted: a question names a fact.
        facts_of = next(
            (
                kind
                for kind in (facts_of, "claims", "numbers", "actors")
                if drafted.get(kind) or kind == "actors"
            ),
            facts_of,
        )
        entry: dict[str, Any] = {
            "review": REVIEW_QUESTION,
            "id": question_id,
            "question": question,
            "answer": "TODO: two to four plain sentences that say only what the facts below say.",
        }
        facts = [item["id"] for item in drafted[facts_of]]
        if facts:
            entry[facts_of.split()[-1]] = facts
        questions.append(entry)
    return questions


# "the Norlandic aviation agency": a people's adjective, then what a body does, in lower case.
_DESCRIBED_BODY = re.compile(r"^the\s+[A-Z][\w-]*\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*$")


# a post written in title case with no name after it: "Deputy Mayor", "Vice President"
# "the met department": a department named by one word in lower case (a speaker `claims` finds new
# only where the text writes its departments in lower case).
_LOWER_NAMED_DEPARTMENT = re.compile(r"the\s+(?P<name>[a-z]{3,}\s+department)")
_UNNAMED_POST = re.compile(r"[A-Z][a-z]+(?:[\s-]+[A-Z][a-z]+){1,2}")


# A state's outlet with what it is after its name ("KBN state media"): the outlet is KBN
_STATE_OUTLET = re.compile(rf"(?<=[A-Za-z])\s+{STATE_OUTLET}$")


def _speaker_actor(actors: _Actors, speaker: str, sentence: str) -> str | None:
    """A new actor for a speaker that names someone; None for "authorities say" (unattributed)."""
    department = LOWER_DEPARTMENT.fullmatch(speaker.strip())
    lower_case = any(LOWER_DEPARTMENT.fullmatch(f"the {entry['name']}") for entry in actors.entries)
    if department is None and lower_case:
        department = _LOWER_NAMED_DEPARTMENT.fullmatch(speaker.strip())  # (in a text that writes them so)
    if department is not None and re.search(rf"\b{re.escape(department['name'])}\b", sentence):
        # "the department of irrigation states", "the met department states": a body of state
        return actors.add(department["name"], "government-body", department["name"])
    if not is_proper_name(speaker, sentence) or unnamed_level(speaker):
        return None
    body = group_of(speaker.strip())
    if body is not None and (found := actors.resolve(body)) is not None:
        return found  # "Harbour Board officials said": the drafted board's people, as in its claims
    if group_of_a_place(speaker):
        return None  # "Residents of Lakeside said": people of a place, no one named
    if unnamed_people(speaker, sentence):
        return None  # "one of the traders who work at Orla Pier": no one named, as in its claims
    if re.match(r"[Aa]n?\s+(?:[A-Z][\w’'.-]*\s+){1,2}[a-z]+$", speaker.strip()):
        return None  # "A Kessel bank said": one of a place's banks, which no name is given for
    if re.fullmatch(r"the\s+(?:[\w-]+\s+){0,2}(?:boss|chief|head)", speaker.strip(), re.IGNORECASE):
        return None  # "the fire boss": the head of a body named before, a person, no new actor
    if MODELLED_BODY.fullmatch(speaker.strip()):
        return None  # "the Kessel K220 operator": a body described by the model it runs, no name
    if _DESCRIBED_BODY.match(speaker.strip()) and actors.sharing(speaker):
        return None  # "the Norlandic aviation agency": described, and a drafted body shares its words
    name = re.sub(r"^the\s+", "", speaker.strip(), flags=re.IGNORECASE)
    if is_post(name):
        return None  # "the Director of Field Operations said": no one named
    if _UNNAMED_POST.fullmatch(name) and all(word.lower() in TITLES for word in name.split()):
        return None  # "Deputy Mayor stated “...”": a post of title words alone, no one named
    name = re.sub(r"\s*\([A-Z]+\)$", "", name)
    name = _STATE_OUTLET.sub("", name)  # "KBN state media reported": the outlet is KBN
    spelled: list[str] = [
        entry["id"]
        for entry in actors.entries
        if ACRONYM_NAME.match(name) and " " in entry["name"] and initials_of(entry["name"]) == name
    ]
    if len(spelled) == 1:
        return spelled[0]  # "according to the KHA notification": the Kessel Harbour Authority's
    start = sentence.find(name)
    evidence = clause(sentence, start, start + len(name)) if start >= 0 else name
    # (a title's word before a number names a station or a unit, no person: "Prince 4")
    titled = any(word.lower() in TITLES for word in name.split()) and not re.search(r"\s\d{1,2}$", name)
    after = sentence[start + len(name) :] if start >= 0 else ""  # "KXYZ news channel reported"
    kind = "person" if titled else kind_of(name, sentence[:start] if start >= 0 else "", after)
    if kind in {"group", "organisation"} and reports_as_outlet(name, sentence):
        kind = "media-outlet"  # ", KXYZ reports.": a speaker no name found, cited as found ones are
    return actors.add(
        name, "group" if kind == "person" and not titled else kind, evidence if evidence in sentence else name
    )


# What `init --published` takes: a day, a month or a year, as a source's `published:` field.
_GIVEN_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _given_date(value: str) -> str:
    """``value`` when it is a real day, month or year written YYYY-MM-DD, YYYY-MM or YYYY."""
    with contextlib.suppress(ValueError):
        if _GIVEN_DATE.fullmatch(value):
            dt.date.fromisoformat((value + "-01-01")[:10])
            return value
    raise UsageError(f"--published {value!r} is not a date: write it 2024-03-14, 2024-03 or 2024")


def write_draft(
    article_path: Path,
    slug_name: str,
    content: Path,
    today: dt.date | None = None,
    *,
    url: str | None = None,
    published: str | None = None,
) -> list[Path]:
    """Write the draft dossier ``content/slug_name/``; refuses to touch an existing folder.

    ``url`` and ``published`` are the page's address and date as the contributor knows them; they
    stand before what the article's text says of them.
    """
    if not re.match(ID_PATTERN, slug_name):
        raise UsageError(f"{slug_name!r} is not a valid slug: use lower-case letters, digits and hyphens")
    if url is not None and not is_address(url):
        raise UsageError(f"--url {url!r} is not a web address: write it https://...")
    if published is not None:
        published = _given_date(published)
    folder = content / slug_name
    if folder.exists():
        raise UsageError(f"{folder} already exists; choose another --slug")
    article = read_article(article_path, url, published)
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
        (Question.file_name, result.questions, Question),
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
