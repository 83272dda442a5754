"""`explainer init --from-article`: a first draft of a dossier from an article's plain text.

The heuristics live in ``extraction.py``; this module turns what they find into dossier entries.
Every drafted entry carries a ``review:`` marker, so the draft fails ``validate --strict`` until a
person has checked each one. Every evidence phrase is copied verbatim from the article, which
becomes the source's ``snapshot:``, so the validator can check each one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.authoring.extraction import (
    MAX_EVIDENCE,
    MAX_TITLE,
    Article,
    DraftError,
    Name,
    clause,
    find_attributions,
    find_dates,
    find_names,
    find_numbers,
    is_proper_name,
    read_article,
    sentences,
)
from generator.authoring.formatter import dump_entries
from generator.authoring.scaffold import schema_comment
from generator.authoring.storing import store_drafted_article
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
    """A few leading words, for a readable id."""
    words = re.findall(r"[A-Za-z0-9]+", " ".join(texts).replace("’", "").replace("'", ""))
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
REVIEW_CLAIM = "check who says it and restate it in our own words"
REVIEW_QUESTION = "a question readers ask: answer it in plain words from the facts it names, or delete it"
# The questions every story raises, each with the drafted facts most likely to answer it.
QUESTIONS = (
    ("what-happened", "What happened?", "events"),
    ("who-is-involved", "Who is involved?", "actors"),
    ("why-does-it-matter", "Why does it matter?", "claims"),
    ("what-happens-next", "What happens next?", "later events"),
)


class _Actors:
    """The drafted actors, and how a speaker ("the ministry") is matched to one of them."""

    def __init__(self, names: list[Name], cite: Any) -> None:
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
    # The source's id and date come from the article (its byline, title and dateline), never from
    # the day the draft is made: an article without a date gets an id without a year.
    author = article.authors[0].split()[-1].lower() if article.authors else _words(article.title, count=4)
    year = article.published_as[:4] if article.published_as else ""
    source_id = slug(f"{author}-{year}" if year else author, set())

    def cite(evidence: str) -> list[dict[str, str]]:
        return [{"source": source_id, "evidence": evidence}]

    source: dict[str, Any] = {
        "review": REVIEW_SOURCE,
        "id": source_id,
        "title": article.title,
        "kind": "article",
        "authors": article.authors,
        "url": article.url or "TODO",
        "published": article.published_as or "TODO",
        "snapshot": snapshot,
    }
    if article.url:
        source["review"] = "check the title, author, date and url"
    if not article.authors:
        del source["authors"]
    if article.publisher:
        source["publisher"] = article.publisher
    all_sentences = [s for paragraph in article.paragraphs for s in sentences(paragraph)]
    actors = _Actors(find_names(all_sentences), cite)
    if article.publisher:
        actors.add(article.publisher, "media-outlet", article.publisher)
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
            }
            if claimant is None:
                entry["unattributed"] = True
            else:
                entry["claimants"] = [claimant]
            about = [a for a in actors.mentioned(said) if a != claimant]
            if about:
                entry["about"] = about
            entry["cite"] = cite(evidence)
            result.claims.append(entry)

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


def draft_questions(result: Draft) -> list[dict[str, Any]]:
    """Candidate questions to answer, each naming up to three drafted facts it may rest on."""
    drafted = {"events": result.events[:3], "actors": result.actors[:3], "claims": result.claims[:3]}
    drafted["later events"] = result.events[-3:]
    questions = []
    for question_id, question, facts_of in QUESTIONS:
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


def _speaker_actor(actors: _Actors, speaker: str, sentence: str) -> str | None:
    """A new actor for a speaker that names someone; None for "authorities say" (unattributed)."""
    if not is_proper_name(speaker, sentence):
        return None
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
