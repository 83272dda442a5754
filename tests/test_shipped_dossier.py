"""The shipped dossier: clean under --strict, its evidence checked against the article, complete.

The article lives outside the repository, in ../shared/seed/ (the dossier's source points at it as
its text snapshot). When it is absent, the evidence tests are skipped with a message saying so.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.checking.loader import load_site
from generator.checking.validate import normalise
from generator.format.model import Source

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "content" / "myanmar-scam-handover"
ARTICLE_ID = "ljubas-2023-myanmar-handover"
ARTICLE = (FOLDER / "../../../shared/seed/myanmar-hands-over-31000-telecom-scammers.txt").resolve()
needs_article = pytest.mark.skipif(
    not ARTICLE.exists(),
    reason=f"the seed article is absent ({ARTICLE}): evidence phrases are NOT checked against it",
)


@pytest.fixture(scope="module")
def result():
    return load_site(ROOT / "content")


@pytest.fixture(scope="module")
def dossier(result):
    site = result.raise_for_problems(strict=True)
    return next(d for d in site.dossiers if d.slug == "myanmar-scam-handover")


def test_validates_clean_under_strict(result) -> None:
    blocking = [d for d in result.diagnostics if d.severity != "note"]
    assert blocking == []


@needs_article
def test_the_article_snapshot_was_read(result) -> None:
    assert [d for d in result.diagnostics if d.rule == "snapshot-missing"] == []


@needs_article
def test_every_evidence_phrase_for_the_article_is_verbatim_and_short(dossier) -> None:
    text = normalise(ARTICLE.read_text(encoding="utf-8"))
    phrases = [
        citation.evidence
        for item in [*dossier.items(), *dossier.meta.story]
        for citation in getattr(item, "cite", ())
        if citation.source == ARTICLE_ID and citation.evidence
    ]
    assert len(phrases) > 50
    assert [p for p in phrases if normalise(p) not in text] == []
    assert max(len(p.split()) for p in phrases) <= 15, "evidence is a phrase, never a paragraph"


@needs_article
def test_the_dossier_never_holds_the_article_text(dossier) -> None:
    """No sentence of the article of more than 15 words appears whole in the dossier's files."""
    yaml_text = normalise(" ".join(p.read_text(encoding="utf-8") for p in FOLDER.glob("*.yaml")))
    sentences = re.split(r"(?<=[.!?”])\s+", normalise(ARTICLE.read_text(encoding="utf-8")))
    long_ones = [s for s in sentences if len(s.split()) > 15]
    assert long_ones
    assert [s for s in long_ones if s in yaml_text] == []


def test_every_fact_cites_the_article_or_is_background_with_a_url(dossier) -> None:
    sources = dossier.source_by_id
    for item in [*dossier.items(), *dossier.meta.story]:
        if isinstance(item, Source):
            assert item.id == ARTICLE_ID or (item.background and item.url), item.id
            continue
        cited = [sources[c.source] for c in item.cite]
        assert any(s.id == ARTICLE_ID for s in cited) or all(s.background for s in cited), item


def test_hedged_and_attributed_numbers_keep_their_hedge(dossier) -> None:
    by_value = {(n.value, n.qualifier.value) for n in dossier.numbers}
    for expected in [
        (31000, "exact"),
        (63, "exact"),
        (100000, "more-than"),
        (1000, "at-least"),
        (100, "more-than"),
        (4, "at-least"),
    ]:
        assert expected in by_value
    daily = next(n for n in dossier.numbers if n.value == 100000)
    assert [dossier.actor_by_id[a].name for a in daily.stated_by] == ["Chinese media sources"]


def test_relative_date_resolved_and_explained(dossier) -> None:
    announced = next(e for e in dossier.events if e.date == "2023-11-21")
    assert announced.date_note and "Tuesday" in announced.date_note
    crackdown = next(e for e in dossier.events if e.id == "crackdown-launched")
    assert crackdown.date == "2023-09", "the article says only 'in September'"


def test_complete_actors_and_terms(dossier) -> None:
    names = {a.name for a in dossier.actors} | {alias for a in dossier.actors for alias in a.aliases}
    for name in [
        "Ming Guoping",
        "Ming Julan",
        "Ming Zhenzhen",
        "Ming Xuechang",
        "Voice of America",
        "Myanmar",
    ]:
        assert name in names
    terms = {t.term.casefold() for t in dossier.terms} | {
        a.casefold() for t in dossier.terms for a in t.aliases
    }
    for term in [
        "telecom network fraud",
        "scam centre",
        "fraud den",
        "financier",
        "ringleader",
        "self-administered zone",
        "kokang",
        "junta",
        "border guard force",
        "operation 1027",
        "transnational crime",
    ]:
        assert term in terms
