"""Properties over random dossiers: valid ones always validate and build, `fmt` loses nothing and is
idempotent, and no mutation of a valid dossier makes the validator raise.

The strategy makes model-consistent dossiers: unique slug ids, references to entries that exist,
citations whose evidence is a run of words taken from the source's snapshot text, numbers whose
evidence states the value, dates as precise as YYYY, YYYY-MM or YYYY-MM-DD, end dates after start
dates. Files are written in varied YAML styles (flow or block, sorted keys, indents, widths, comments),
as contributors and their editors would.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from launcher import python_m
from profiles import examples

from generator.authoring.formatter import format_text, read_data
from generator.checking.discovery import model_for
from generator.checking.loader import load_site
from generator.format.model import ActorKind, ClaimStatus, Qualifier, SourceKind
from generator.format.numbers import format_value
from generator.format.rules import RULES
from generator.format.vocabulary import PREDICATES
from generator.site.pages import build_pages
from generator.site.sections import sections_of

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large]}

# -- the pieces of a dossier --------------------------------------------------------------------------

ids = st.from_regex(r"[a-z][a-z0-9]{0,7}(-[a-z0-9]{1,4}){0,2}", fullmatch=True)
# Letters of several scripts, digits; words are what mentions and evidence phrases are made of.
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéüßçñøÅ中文字明学昌ΩλжЯ"
word = st.text(alphabet=LETTERS + "0123456789", min_size=1, max_size=9).filter(
    lambda w: "TODO" not in w and not w.isdigit()
)
name_word = st.text(alphabet=LETTERS, min_size=2, max_size=9).filter(lambda w: "TODO" not in w)
# Punctuation a contributor may type: Markdown and YAML syntax included, never HTML or a link.
PUNCTUATION = [
    ".",
    ",",
    ";",
    ":",
    "?",
    "'",
    '"',
    "(",
    ")",
    "-",
    "*",
    "_",
    "`",
    "#",
    "|",
    "&",
    "%",
    "/",
    "{",
    "}",
]
joiner = st.sampled_from([" ", " ", " ", ", ", ". ", " - ", ": ", " & ", " *", "* ", " `", "` ", " # "])


@st.composite
def texts(draw: st.DrawFn, max_words: int = 14) -> str:
    words = draw(st.lists(word, min_size=1, max_size=max_words))
    out = words[0]
    for next_word in words[1:]:
        out += draw(joiner) + next_word
    if draw(st.booleans()):
        out += draw(st.sampled_from(PUNCTUATION))
    if draw(st.integers(0, 9)) == 0:  # now and then a second paragraph
        out += "\n\n" + draw(word)
    return out


short_texts = texts(max_words=6)
names = st.lists(name_word, min_size=1, max_size=3).map(" ".join)


@st.composite
def partial_dates(draw: st.DrawFn, after: dt.date | None = None) -> tuple[str, dt.date]:
    """A date as precise as a source gives it, and the last day it may stand for."""
    start = after + dt.timedelta(days=400) if after else dt.date(1900, 1, 1)
    day = draw(st.dates(min_value=start, max_value=max(start, dt.date(2090, 12, 31))))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "year":
        return f"{day.year:04d}", dt.date(day.year, 12, 31)
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}", dt.date(day.year, day.month, 28)
    return day.isoformat(), day


def some(draw: st.DrawFn, items: list[str], at_least: int = 0) -> list[str]:
    if not items:
        return []
    chosen = draw(
        st.lists(st.sampled_from(items), min_size=at_least, max_size=min(3, len(items)), unique=True)
    )
    return chosen


@dataclass(frozen=True)
class Generated:
    """A dossier as its files hold it: the data of each file, and the snapshot texts of its sources."""

    slug: str
    files: dict[str, Any]
    snapshots: dict[str, str]


@st.composite
def dossiers(draw: st.DrawFn) -> Generated:
    slug = draw(ids)
    source_ids = draw(st.lists(ids, min_size=1, max_size=3, unique=True))
    sentences = {
        s: draw(st.lists(st.lists(word, min_size=1, max_size=10), min_size=1, max_size=4)) for s in source_ids
    }
    with_snapshot = {s for s in source_ids if draw(st.integers(0, 3))}
    stated: dict[str, list[str]] = {s: [] for s in source_ids}

    def citation(source: str | None = None, stating: str | None = None) -> dict[str, Any]:
        source = source or draw(st.sampled_from(source_ids))
        words = draw(st.sampled_from(sentences[source]))
        start = draw(st.integers(0, len(words) - 1))
        end = draw(st.integers(start + 1, min(len(words), start + 6)))
        evidence = " ".join(words[start:end])
        if stating is not None:  # a number's evidence states its value; the snapshot says so too
            evidence = f"{evidence} {stating}"
            stated[source].append(evidence)
        cited: dict[str, Any] = {"source": source, "evidence": evidence}
        if draw(st.integers(0, 3)) == 0:
            cited["locator"] = draw(short_texts)
        return cited

    def cites() -> list[dict[str, Any]]:
        return [citation() for _ in range(draw(st.integers(1, 2)))]

    def optional(entry: dict[str, Any], key: str, strategy: st.SearchStrategy[Any]) -> None:
        if draw(st.booleans()):
            entry[key] = draw(strategy)

    actor_ids = draw(st.lists(ids, min_size=1, max_size=5, unique=True))
    actors = []
    for actor_id in actor_ids:
        actor: dict[str, Any] = {
            "id": actor_id,
            "name": draw(names),
            "kind": draw(st.sampled_from(list(ActorKind))).value,
        }
        optional(actor, "aliases", st.lists(names, max_size=2))
        optional(
            actor,
            "native_name",
            st.fixed_dictionaries({"text": names, "lang": st.sampled_from(["zh-Hans", "ru", "el"])}),
        )
        actor["description"] = draw(texts())
        actor["cite"] = cites()
        actors.append(actor)

    numbers = []
    number_ids = draw(st.lists(ids, max_size=4, unique=True))
    for number_id in number_ids:
        value = draw(st.integers(0, 10**9) | st.integers(0, 10**6).map(lambda n: n + 0.5))
        number: dict[str, Any] = {"id": number_id, "value": value, "counts": draw(short_texts)}
        optional(number, "unit", short_texts)
        optional(number, "qualifier", st.sampled_from([q.value for q in Qualifier]))
        optional(number, "quantity", st.sampled_from(["quantity-a", "quantity-b"]))
        optional(number, "as_of", partial_dates().map(lambda d: d[0]))
        if draw(st.booleans()):
            start, last = draw(partial_dates())
            number["period"] = {"from": start, "to": draw(partial_dates(after=last))[0]}
        optional(number, "stated_by", st.just(some(draw, actor_ids)))
        optional(number, "note", texts())
        number["cite"] = [citation(stating=format_value(value))]
        numbers.append(number)

    term_ids = draw(st.lists(ids, max_size=4, unique=True))
    terms = []
    for term_id in term_ids:
        term: dict[str, Any] = {"id": term_id, "term": draw(names), "definition": draw(texts())}
        optional(term, "aliases", st.lists(names, max_size=2))
        optional(term, "related", st.just(some(draw, [t for t in term_ids if t != term_id])))
        term["cite"] = cites()
        terms.append(term)

    events = []
    for event_id in draw(st.lists(ids, max_size=4, unique=True)):
        date, last = draw(partial_dates())
        event: dict[str, Any] = {"id": event_id, "date": date, "title": draw(short_texts)}
        optional(event, "end_date", partial_dates(after=last).map(lambda d: d[0]))
        optional(event, "approximate", st.booleans())
        optional(event, "date_note", texts())
        optional(event, "description", texts())
        optional(event, "actors", st.just(some(draw, actor_ids)))
        event["cite"] = cites()
        events.append(event)

    claims = []
    for claim_id in draw(st.lists(ids, max_size=3, unique=True)):
        claim: dict[str, Any] = {
            "id": claim_id,
            "statement": draw(texts()),
            "claimants": some(draw, actor_ids, 1),
        }
        optional(claim, "status", st.sampled_from([s.value for s in ClaimStatus]))
        optional(claim, "about", st.just(some(draw, actor_ids)))
        optional(claim, "date", partial_dates().map(lambda d: d[0]))
        claim["cite"] = cites()
        claims.append(claim)

    relationships = []
    if len(actor_ids) > 1:
        triples = st.tuples(
            st.sampled_from(actor_ids), st.sampled_from(sorted(PREDICATES)), st.sampled_from(actor_ids)
        )
        for subject, predicate, obj in draw(
            st.lists(triples.filter(lambda t: t[0] != t[2]), max_size=4, unique=True)
        ):
            relationship: dict[str, Any] = {"subject": subject, "predicate": predicate, "object": obj}
            optional(relationship, "note", texts())
            relationship["cite"] = cites()
            relationships.append(relationship)

    sources = []
    for source_id in source_ids:
        source: dict[str, Any] = {"id": source_id, "title": draw(short_texts)}
        optional(source, "kind", st.sampled_from([k.value for k in SourceKind]))
        optional(source, "publisher", short_texts)
        optional(source, "authors", st.lists(names, max_size=2))
        optional(source, "url", ids.map(lambda path: f"https://example.org/{path}?q=1"))
        optional(source, "published", st.dates(dt.date(1950, 1, 1), dt.date(2030, 1, 1)).map(str))
        optional(source, "background", st.booleans())
        optional(source, "note", texts())
        if source_id in with_snapshot:
            source["snapshot"] = f"{source_id}.txt"
        sources.append(source)

    term_names = " ".join(t["term"] for t in terms)
    meta: dict[str, Any] = {
        "title": draw(short_texts),
        "slug": slug,
        # The summary mentions every term, so that none is reported unused.
        "summary": draw(texts()) + (f" Terms: {term_names}." if terms else ""),
        "language": draw(st.sampled_from(["en", "fr", "zh-Hans"])),
        "published": "2024-01-01",
        "last_reviewed": "2024-02-01",
        "licence": draw(st.sampled_from(["CC-BY-4.0", "CC0-1.0"])),
    }
    if numbers and draw(st.booleans()):
        meta["key_figure"] = draw(st.sampled_from(number_ids))
    # The story cites every source, so that none is reported unused.
    meta["story"] = [{"text": draw(texts()), "cite": [citation(s) for s in source_ids]}]
    meta["story"] += [{"text": draw(texts()), "cite": cites()} for _ in range(draw(st.integers(0, 2)))]

    snapshots = {
        f"{s}.txt": "\n".join([" ".join(words) + "." for words in sentences[s]] + stated[s]) + "\n"
        for s in with_snapshot
    }
    files = {
        "dossier": meta,
        "sources": sources,
        "actors": actors,
        "numbers": numbers,
        "glossary": terms,
        "events": events,
        "claims": claims,
        "relationships": relationships,
    }
    return Generated(slug, {name: data for name, data in files.items() if data}, snapshots)


styles = st.fixed_dictionaries(
    {
        "sort_keys": st.booleans(),
        "default_flow_style": st.sampled_from([False, None]),
        "width": st.sampled_from([40, 80, 4096]),
        "indent": st.sampled_from([2, 4]),
        "comment": st.booleans(),
    }
)


def write(generated: Generated, content: Path, style: dict[str, Any]) -> Path:
    folder = content / generated.slug
    folder.mkdir(parents=True)
    for name, data in generated.files.items():
        text = yaml.safe_dump(
            data,
            allow_unicode=True,
            sort_keys=style["sort_keys"],
            default_flow_style=style["default_flow_style"],
            width=style["width"],
            indent=style["indent"],
        )
        if style["comment"]:
            text = f"# {name}, as a contributor wrote it\n{text}"
        (folder / f"{name}.yaml").write_text(text, "utf-8")
    for name, text in generated.snapshots.items():
        (folder / name).write_text(text, "utf-8")
    return folder


@contextmanager
def written(generated: Generated, style: dict[str, Any]) -> Iterator[Path]:
    """The dossier in a fresh content folder (hypothesis runs many examples per test)."""
    with tempfile.TemporaryDirectory(prefix="prop-") as temp:
        content = Path(temp) / "content"
        write(generated, content, style)
        yield content


def errors_of(content: Path) -> list[str]:
    return [
        f"{d.path}:{d.line}:{d.col} {d.rule} {d.message}"
        for d in load_site(content).diagnostics
        if d.severity == "error"
    ]


# -- properties ---------------------------------------------------------------------------------------


@settings(max_examples=examples(80), **SETTINGS)
@given(dossiers(), styles)
def test_random_valid_dossiers_validate_and_build_their_pages(
    generated: Generated, style: dict[str, Any]
) -> None:
    with written(generated, style) as content:
        loaded = load_site(content)
        assert [d for d in loaded.diagnostics if d.severity == "error"] == []
        assert loaded.site is not None
        pages = build_pages(loaded.site)
    actors = generated.files["actors"]
    paths = {page.path for page in pages.pages}
    # The hub, the overview, a page per section that has entries (sections_of) and per actor, and the index A to Z.
    sections = sections_of(loaded.site.dossiers[0])
    assert len(paths) == len(pages.pages) == 1 + 1 + len(sections) + len(actors) + 1
    assert {f"{generated.slug}/actors/{a['id']}.md" for a in actors} <= paths
    assert all(page.markdown.startswith("# ") and page.markdown.endswith("\n") for page in pages.pages)


@settings(max_examples=examples(80), **SETTINGS)
@given(dossiers(), styles)
def test_fmt_is_lossless_and_idempotent(generated: Generated, style: dict[str, Any]) -> None:
    with written(generated, style) as content:
        before = load_site(content).site
        for path in sorted((content / generated.slug).glob("*.yaml")):
            text = path.read_text("utf-8")
            once = format_text(text, model_for(path), path.name)
            assert read_data(once, path.name) == read_data(text, path.name)
            assert format_text(once, model_for(path), path.name) == once
            if style["comment"]:
                assert once.startswith(text.splitlines()[0] + "\n")
            path.write_text(once, "utf-8")
        after = load_site(content)
        assert after.site is not None
        assert before is not None
        assert after.site.dossiers == before.dossiers  # the same model, field by field


ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONWARNINGS": "ignore", "NO_COLOR": "1"}


@pytest.mark.slow
@settings(max_examples=examples(4), **SETTINGS)
@given(dossiers(), styles)
def test_random_valid_dossiers_build_with_mkdocs_and_the_cli(
    generated: Generated, style: dict[str, Any]
) -> None:
    with tempfile.TemporaryDirectory(prefix="prop-site-") as temp:
        project = Path(temp)
        write(generated, project / "content", style)
        (project / "docs").mkdir()
        shutil.copyfile(ROOT / "mkdocs.yml", project / "mkdocs.yml")

        def run(module: str, *args: str) -> subprocess.CompletedProcess[str]:
            return python_m(module, *args, cwd=project, env=ENV, timeout=300)

        assert run("generator", "fmt", "content").returncode == 0
        checked = run("generator", "fmt", "--check", "content")
        assert checked.returncode == 0, checked.stdout + checked.stderr
        built = run("mkdocs", "build", "--site-dir", "site")
        assert built.returncode == 0, built.stdout + built.stderr
        assert "ERROR" not in built.stderr and "Traceback" not in built.stderr
        for actor in generated.files["actors"]:
            assert (project / "site" / generated.slug / "actors" / actor["id"] / "index.html").is_file()
        assert (project / "site" / generated.slug / "sources" / "index.html").is_file()


# -- the validator never raises ------------------------------------------------------------------------

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["2023-02-30", "9999-99", "person", "<b>x</b>", "TODO", "31,000", "", "unknown-id"]),
)
values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=10,
)


def containers(data: Any) -> Iterator[Any]:
    """Every mapping and list inside ``data``, ``data`` first."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict | list):
            yield node
            stack.extend(node.values() if isinstance(node, dict) else node)


Mutation = Callable[[st.DrawFn, Any], Any]


def delete_something(draw: st.DrawFn, data: Any) -> Any:
    filled = [n for n in containers(data) if n]
    if not filled:
        return draw(values)
    node = draw(st.sampled_from(filled))
    if isinstance(node, dict) and node:
        del node[draw(st.sampled_from(sorted(node)))]
    elif isinstance(node, list) and node:
        del node[draw(st.integers(0, len(node) - 1))]
    return data


def replace_something(draw: st.DrawFn, data: Any) -> Any:
    if not isinstance(data, dict | list):
        return draw(values)
    node = draw(st.sampled_from(list(containers(data))))
    if isinstance(node, dict) and node:
        node[draw(st.sampled_from(sorted(node)))] = draw(values)
    elif isinstance(node, list) and node:
        node[draw(st.integers(0, len(node) - 1))] = draw(values)
    return data


def add_something(draw: st.DrawFn, data: Any) -> Any:
    if not isinstance(data, dict | list):
        return draw(values)
    node = draw(st.sampled_from(list(containers(data))))
    if isinstance(node, dict):
        node[draw(st.sampled_from(["id", "cite", "x", "name", "value", "from", "source"]))] = draw(values)
    else:
        node.append(draw(values) if draw(st.booleans()) or not node else node[0])  # a duplicate entry
    return data


def replace_everything(draw: st.DrawFn, data: Any) -> Any:
    return draw(values)


MUTATIONS: list[Mutation] = [delete_something, replace_something, add_something, replace_everything]


@settings(max_examples=examples(150), **SETTINGS)
@given(dossiers(), st.data())
def test_the_validator_never_raises_on_mutated_dossiers(generated: Generated, data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(sorted(generated.files)))
    for _ in range(data.draw(st.integers(1, 3))):
        mutation = data.draw(st.sampled_from(MUTATIONS))
        generated.files[name] = mutation(data.draw, generated.files[name])
    style = {"sort_keys": False, "default_flow_style": False, "width": 80, "indent": 2, "comment": False}
    with written(generated, style) as content:
        result = load_site(content)
    for diagnostic in result.diagnostics:
        assert diagnostic.line >= 1 and diagnostic.col >= 1, diagnostic
        assert diagnostic.rule in RULES and diagnostic.message, diagnostic
    assert (result.site is None) == any(d.severity == "error" for d in result.diagnostics)
