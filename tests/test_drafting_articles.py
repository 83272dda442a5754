"""`init --from-article` on four real articles it was not written for (disaster, election, economy,
science and health), scored against hand-labelled lists by benchmarks/bench_drafting.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from bench_drafting import ARTICLES, MAX_JUNK, TARGETS, score_all, totals


@pytest.fixture(scope="module")
def scores():  # type: ignore[no-untyped-def]
    return score_all()


def test_four_topics_with_their_licence_and_address() -> None:
    labels = sorted(ARTICLES.glob("*.yaml"))
    assert len(labels) >= 4
    text = [path.read_text(encoding="utf-8") for path in labels]
    assert {line.split(": ")[1] for t in text for line in t.splitlines() if line.startswith("topic:")} >= {
        "disaster",
        "election",
        "economy",
        "science-health",
    }
    assert all("\nurl: http" in t and "\nlicence: " in t for t in text)


def test_scores_stay_above_the_targets(scores, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    total = totals(scores)
    with capsys.disabled():
        print(
            "\ninit --from-article on four unseen articles: "
            + ", ".join(f"{k} {v:.0%}" for k, v in total.items())
        )
    for key, target in TARGETS.items():
        assert total[key] >= target, (key, total)
    assert total["junk"] <= MAX_JUNK, total


def test_the_source_date_and_id_come_from_the_article(scores) -> None:  # type: ignore[no-untyped-def]
    assert [(s.name, s.source) for s in scores if not s.source_ok] == []
