"""The shipped dossier: clean under --strict, every evidence phrase checked against stored text, complete.

Each source's text is stored inside the dossier (snapshots/<source-id>.yaml: the passages around each
evidence phrase, with provenance), so these tests need nothing outside the repository.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.checking.evidence import SNAPSHOT_FOLDER, normalise
from generator.checking.loader import load_site
from generator.checking.yamlfile import read_yaml
from generator.format.model import Source, StoredText

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "content" / "myanmar-scam-handover"
ARTICLE_ID = "ljubas-2023-myanmar-handover"


@pytest.fixture(scope="module")
def result():
    return load_site(ROOT / "content")


@pytest.fixture(scope="module")
def dossier(result):
    site = result.raise_for_problems(strict=True)
    return next(d for d in site.dossiers if d.slug == "myanmar-scam-handover")


@pytest.fixture(scope="module")
def stored() -> dict[str, StoredText]:
    texts = {}
    for path in sorted((FOLDER / SNAPSHOT_FOLDER).glob("*.yaml")):
        doc, problems = read_yaml(path, str(path))
        assert doc is not None and problems == []
        texts[path.stem] = StoredText.model_validate(doc.data)
    return texts


def _phrases(dossier, source_id: str) -> list[str]:
    locations = [item.location for item in dossier.items() if getattr(item, "location", None)]
    return [
        citation.evidence
        for item in [*dossier.items(), *dossier.meta.story, *locations]
        for citation in getattr(item, "cite", ())
        if citation.source == source_id and citation.evidence
    ]


def test_validates_clean_under_strict(result) -> None:
    assert list(result.diagnostics) == []


def test_nothing_in_the_dossier_points_outside_the_repository() -> None:
    for path in FOLDER.rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        assert "../" not in text.replace("../../../schema/", "").replace("../../schema/", ""), path
        assert "shared/" not in text, path


def test_every_source_has_stored_text_and_every_phrase_is_in_it(dossier, stored) -> None:
    assert sorted(stored) == sorted(s.id for s in dossier.sources)
    checked = 0
    for source in dossier.sources:
        text = normalise("\n".join(stored[source.id].passages))
        phrases = _phrases(dossier, source.id)
        assert phrases, source.id
        assert [p for p in phrases if normalise(p) not in text] == [], source.id
        checked += len(phrases)
    assert checked > 150


def test_evidence_is_a_short_phrase(dossier) -> None:
    phrases = [p for source in dossier.sources for p in _phrases(dossier, source.id)]
    assert max(len(p.split()) for p in phrases) <= 15, "evidence is a phrase, never a paragraph"


def test_stored_text_keeps_passages_not_whole_articles(stored) -> None:
    for source_id, text in stored.items():
        assert text.passages, source_id
        assert sum(len(p) for p in text.passages) <= text.characters, source_id
        assert (text.url is None) != (text.file is None), source_id
    article = stored[ARTICLE_ID]
    assert article.file == "myanmar-hands-over-31000-telecom-scammers.txt"
    assert article.characters == 2148


def test_the_dossier_never_holds_the_article_text(dossier, stored) -> None:
    """No stored sentence of more than 15 words appears whole in the dossier's entry files."""
    yaml_text = normalise(" ".join(p.read_text(encoding="utf-8") for p in FOLDER.glob("*.yaml")))
    sentences = [
        s for passage in stored[ARTICLE_ID].passages for s in re.split(r"(?<=[.!?”])\s+", normalise(passage))
    ]
    long_ones = [s for s in sentences if len(s.split()) > 15]
    assert long_ones
    assert [s for s in long_ones if s in yaml_text] == []


def test_a_changed_phrase_is_caught(tmp_path: Path) -> None:
    """The evidence check is live on the shipped dossier: one altered word is an error, placed."""
    import shutil

    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    numbers = content / "myanmar-scam-handover" / "numbers.yaml"
    text = numbers.read_text(encoding="utf-8")
    numbers.write_text(text.replace("issued four arrest warrants", "issued five arrest warrants"), "utf-8")
    found = [d for d in load_site(content).diagnostics if d.rule == "evidence-not-found"]
    assert [d.message for d in found] == [
        "the evidence is not in the text of 'myanmar-now-2023-arrest-warrants'"
    ]
    assert "China’s government issued four arrest warrants on Sunday" in found[0].hint


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


def test_a_counted_number_says_how(dossier) -> None:
    wanted = dossier.number_by_id["ring-leaders-wanted"]
    assert wanted.derivation and "a fourth leader" in wanted.derivation


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
