"""How well `explainer init --from-article` drafts real articles it was not written for.

    .venv/bin/python benchmarks/bench_drafting.py

Each article under tests/fixtures/articles/ (public-domain or openly licensed text, with its address
and licence) has a hand-labelled list beside it: the numbers it states, its actors with their kinds,
and its dated events. The draft is compared with that list:

- numbers, actors, events: recall (expected items drafted) and precision (drafted items expected);
- kinds: of the actors found, how many have the expected kind;
- junk: drafted numbers and actors that are neither expected nor listed as acceptable, as a share
  of all drafted numbers and actors;
- source: whether the source's date and id come from the article (the draft is made "today" in
  2099, so a year taken from the clock shows).

The targets (issue 15) are in TARGETS; tests/test_drafting_articles.py asserts them.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.authoring.drafting import draft, read_article  # noqa: E402

ARTICLES = ROOT / "tests" / "fixtures" / "articles"
TODAY = dt.date(2099, 1, 1)
TARGETS = {
    "numbers recall": 0.90,
    "actors recall": 0.90,
    "kinds right": 0.80,
    "events recall": 0.70,
}
MAX_JUNK = 0.10


@dataclass(frozen=True)
class Score:
    found: int
    expected: int
    drafted: int
    matched_drafted: int

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched_drafted / self.drafted if self.drafted else 1.0


@dataclass(frozen=True)
class ArticleScores:
    name: str
    topic: str
    numbers: Score
    actors: Score
    kinds_right: int
    events: Score
    junk: int
    drafted: int
    source_ok: bool
    source: str

    @property
    def kinds(self) -> float:
        return self.kinds_right / self.actors.found if self.actors.found else 1.0


def _norm(name: str) -> str:
    name = name.replace("’", "'").casefold().strip()
    for prefix in ("the ",):
        name = name.removeprefix(prefix)
    return name.removesuffix("'s")


def _actor_matches(expected: str, entry: dict[str, Any]) -> bool:
    """The drafted actor is the expected one: same name or alias, or the name with a title before it
    ("Chinese President Xi Jinping" for "Xi Jinping")."""
    want = _norm(expected)
    names = [_norm(n) for n in [entry["name"], *entry.get("aliases", [])]]
    return any(name == want or name.endswith(" " + want) for name in names)


def score_article(text_path: Path) -> ArticleScores:
    labels = yaml.safe_load(text_path.with_suffix(".yaml").read_text(encoding="utf-8"))
    result = draft(read_article(text_path), "bench", text_path.name, TODAY)

    numbers = [n["value"] for n in result.numbers]
    wanted = labels["numbers"]
    acceptable = set(wanted) | set(labels.get("acceptable_numbers", []))
    numbers_score = Score(
        sum(1 for v in wanted if v in numbers),
        len(wanted),
        len(numbers),
        sum(1 for v in numbers if v in acceptable),
    )

    actors = result.actors
    expected_actors = labels["actors"]
    found = [
        (want, next((a for a in actors if _actor_matches(want["name"], a)), None)) for want in expected_actors
    ]
    kinds_right = sum(1 for want, got in found if got is not None and got["kind"] == want["kind"])
    allowed = [w["name"] for w in expected_actors] + list(labels.get("acceptable_actors", []))
    actors_ok = sum(1 for a in actors if any(_actor_matches(name, a) for name in allowed))
    actors_score = Score(sum(1 for _, got in found if got), len(expected_actors), len(actors), actors_ok)

    dates = {e["date"] for e in result.events}
    expected_dates = [str(d) for d in labels["events"]]
    events_score = Score(
        sum(1 for d in expected_dates if d in dates),
        len(expected_dates),
        len(dates),
        sum(1 for d in dates if d in expected_dates),
    )

    published = labels.get("published")
    source = result.source
    shown = source.get("published")
    date_ok = (shown == str(published)) if published else shown in (None, "TODO")
    source_ok = date_ok and str(TODAY.year) not in source["id"]
    junk = (numbers_score.drafted - numbers_score.matched_drafted) + (
        actors_score.drafted - actors_score.matched_drafted
    )
    return ArticleScores(
        text_path.stem,
        labels["topic"],
        numbers_score,
        actors_score,
        kinds_right,
        events_score,
        junk,
        numbers_score.drafted + actors_score.drafted,
        source_ok,
        f"{source['id']} published {shown}",
    )


def score_all() -> list[ArticleScores]:
    return [score_article(path) for path in sorted(ARTICLES.glob("*.txt"))]


def totals(scores: list[ArticleScores]) -> dict[str, float]:
    """Micro-averaged over every article: each expected item counts once."""

    def ratio(found: int, total: int) -> float:
        return found / total if total else 1.0

    return {
        "numbers recall": ratio(
            sum(s.numbers.found for s in scores), sum(s.numbers.expected for s in scores)
        ),
        "actors recall": ratio(sum(s.actors.found for s in scores), sum(s.actors.expected for s in scores)),
        "kinds right": ratio(sum(s.kinds_right for s in scores), sum(s.actors.found for s in scores)),
        "events recall": ratio(sum(s.events.found for s in scores), sum(s.events.expected for s in scores)),
        "junk": ratio(sum(s.junk for s in scores), sum(s.drafted for s in scores)),
    }


def _pct(value: float) -> str:
    return f"{value:6.1%}"


def main() -> None:
    scores = score_all()
    header = (
        f"{'article':24} {'topic':15} {'numbers R/P':>15} {'actors R/P':>15} {'kinds':>7} "
        f"{'events R/P':>15} {'junk':>7}  source"
    )
    print(header)
    for s in scores:
        print(
            f"{s.name:24} {s.topic:15} "
            f"{_pct(s.numbers.recall)}/{_pct(s.numbers.precision)} "
            f"{_pct(s.actors.recall)}/{_pct(s.actors.precision)} {_pct(s.kinds)} "
            f"{_pct(s.events.recall)}/{_pct(s.events.precision)} "
            f"{_pct(s.junk / s.drafted if s.drafted else 0.0)}  "
            f"{'ok' if s.source_ok else 'WRONG'}: {s.source}"
        )
    total = totals(scores)
    print("all articles: " + ", ".join(f"{key} {_pct(value).strip()}" for key, value in total.items()))
    print(
        "targets: "
        + ", ".join(f"{key} >= {value:.0%}" for key, value in TARGETS.items())
        + f", junk <= {MAX_JUNK:.0%}"
    )


if __name__ == "__main__":
    main()
