"""How stories pass facts on, in the format: who relays a claim or a figure (`via:`), a figure that
is a subset of another (`part_of:`), a rate per period (`per:`) and an event still going on
(`ongoing:`). Each is shown to readers, described in the schema (the editor's hover) and the
reference, and refused where it is misused, with its place, rule and hint."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from flood import flood_with

from generator.authoring import changes
from generator.checking.loader import load_site
from generator.site import exports
from generator.site.pages import build_pages

ROOT = Path(__file__).resolve().parent.parent
FLOOD = Path(__file__).parent / "fixtures" / "dossiers" / "glacier-lake-flood"
WIRE = (
    "Of the 500 people on board, 174 were rescued, the coast guard said. Ana Lima, a villager, told the "
    "agency Newsline that the water rose within minutes. The old dam loses about 14 billion litres a year. "
    "The harbour strike began on 3 March 2024 and goes on.\n"
)
SOURCE = "- id: wire\n  title: Ferry sinks off the coast\n  published: 2024-03-10\n  snapshot: wire.txt\n"
ACTORS = """- id: coast-guard
  name: Coast guard
  kind: government-body
  description: The coast guard.
  cite: [{source: wire, evidence: the coast guard said}]
- id: ana-lima
  name: Ana Lima
  kind: person
  description: A villager.
  cite: [{source: wire, evidence: "Ana Lima, a villager"}]
- id: newsline
  name: Newsline
  kind: media-outlet
  description: A news agency.
  cite: [{source: wire, evidence: the agency Newsline}]
"""
NUMBERS = """- id: people-on-board
  value: 500
  counts: people on board the ferry
  stated_by: [coast-guard]
  cite: [{source: wire, evidence: Of the 500 people on board}]
- id: people-rescued
  value: 174
  counts: people rescued
  part_of: people-on-board
  stated_by: [coast-guard]
  cite: [{source: wire, evidence: 174 were rescued}]
- id: dam-leak
  value: 14000000000
  qualifier: about
  unit: litres
  counts: water lost by the old dam
  per: year
  cite: [{source: wire, evidence: loses about 14 billion litres a year}]
"""
CLAIMS = """- id: water-rose-fast
  statement: The water rose within minutes.
  claimants: [ana-lima]
  via: newsline
  cite: [{source: wire, evidence: the water rose within minutes}]
"""
EVENTS = """- id: harbour-strike
  date: 2024-03-03
  title: The harbour strike begins
  ongoing: true
  cite: [{source: wire, evidence: The harbour strike began on 3 March 2024 and goes on}]
"""


def story(folder: Path, numbers: str = NUMBERS, claims: str = CLAIMS, events: str = EVENTS) -> Path:
    content = flood_with(folder, sources=SOURCE, actors=ACTORS, numbers=numbers, claims=claims)
    dossier = content / FLOOD.name
    (dossier / "wire.txt").write_text(WIRE, encoding="utf-8")
    (dossier / "events.yaml").write_text(events, encoding="utf-8")
    return content


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    result = load_site(story(tmp_path_factory.mktemp("telling")))
    assert [d for d in result.diagnostics if d.severity != "note"] == []
    built = build_pages(result.raise_for_problems(strict=True))
    return {page.path: page.markdown for page in built.pages}


def test_a_relayed_claim_reads_as_quoted(pages: dict[str, str]) -> None:
    claims = pages[f"{FLOOD.name}/claims.md"]
    # Under the speaker's heading, each claim says who relayed it.
    assert "## [Ana Lima](actors/" in claims
    assert "**Says, as quoted by [Newsline](" in claims


def test_a_subset_names_its_whole_and_a_rate_its_period(pages: dict[str, str]) -> None:
    numbers = pages[f"{FLOOD.name}/numbers.md"]
    assert "### 174 of 500 {: #people-rescued" in numbers
    assert (
        "- **Part of:** about a third of the [500 people on board the ferry](#people-on-board)\n" in numbers
    )
    assert "about 14 billion litres a year" in numbers


def test_the_downloads_keep_each_field(tmp_path: Path) -> None:
    dossier = next(
        d for d in load_site(story(tmp_path)).raise_for_problems().dossiers if d.slug == FLOOD.name
    )
    numbers = {row["id"]: row for row in csv.DictReader(io.StringIO(exports.numbers_csv(dossier).decode()))}
    assert (numbers["people-rescued"]["part_of"], numbers["dam-leak"]["per"]) == ("people-on-board", "year")
    events = {row["id"]: row for row in csv.DictReader(io.StringIO(exports.events_csv(dossier).decode()))}
    assert events["harbour-strike"]["ongoing"] == "true"
    claims = json.loads(exports.dossier_json(dossier, "Site"))["claims"]
    assert next(c for c in claims if c["id"] == "water-rose-fast")["via"] == "newsline"


def test_a_rate_in_a_diff() -> None:
    entry = {"value": 300, "unit": "US dollars", "counts": "jobless aid", "per": "week"}
    assert changes.label("number", entry) == "300 US dollars jobless aid a week"


def test_an_ongoing_event_reads_since(pages: dict[str, str]) -> None:
    assert "Since 3 March 2024, ongoing: The harbour strike begins" in pages[f"{FLOOD.name}/timeline.md"]


def test_each_misuse_is_placed_with_its_rule_and_hint(tmp_path: Path) -> None:
    numbers = NUMBERS.replace("  part_of: people-on-board\n", "  part_of: dam-leak\n  via: coast-guard\n")
    numbers = numbers.replace("  counts: water lost by the old dam\n", "  counts: water lost each year\n")
    claims = CLAIMS.replace("  claimants: [ana-lima]\n", "  unattributed: true\n")
    events = EVENTS.replace("  ongoing: true\n", "  ongoing: true\n  end_date: 2024-03-05\n")
    content = story(tmp_path, numbers, claims, events)
    run = subprocess.run(
        [sys.executable, "-m", "generator", "validate", str(content)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert run.returncode == 1 and "Traceback" not in run.stderr
    out = run.stdout
    folder = f"{FLOOD.name}/"
    assert f"{folder}numbers.yaml:" in out
    for rule, hint in (
        ("via-speaker", "put 'newsline' in `claimants` and delete `via`"),
        ("via-speaker", "keep 'coast-guard' in `stated_by` if it says so itself"),
        ("rate-repeated", "delete the period from `counts`"),
        ("event-ongoing-ended", "delete `ongoing: true` if it has ended"),
    ):
        assert f"[{rule}]" in out and hint in out, (rule, out)
    assert "error[number-part-of]: 174 is more than the 14,000,000,000" not in out  # a smaller part is fine


def test_a_part_larger_than_its_whole_and_unknown_ids(tmp_path: Path) -> None:
    numbers = NUMBERS.replace("  value: 174\n", "  value: 600\n").replace(
        "  counts: people rescued\n", "  counts: people rescued\n  via: nobody\n"
    )
    content = story(tmp_path, numbers=numbers)
    found = {(d.rule, d.message) for d in load_site(content).diagnostics}
    assert (
        "number-part-of",
        "600 is more than the 500 of 'people-on-board' it is said to be part of",
    ) in found
    assert any(rule == "ref-unknown" and "nobody" in message for rule, message in found)


def test_the_schema_and_the_reference_describe_each_field() -> None:
    numbers = json.loads((ROOT / "schema" / "numbers.schema.json").read_text("utf-8"))
    claims = json.loads((ROOT / "schema" / "claims.schema.json").read_text("utf-8"))
    events = json.loads((ROOT / "schema" / "events.schema.json").read_text("utf-8"))
    text = json.dumps(numbers) + json.dumps(claims) + json.dumps(events)
    for words in ("as quoted by", "174 of the 500", "a year", "since <date>, ongoing"):
        assert words in text, words
    reference = subprocess.run(
        [sys.executable, "-m", "generator", "reference"], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout
    for field in ("via", "part_of", "per", "ongoing"):
        assert f"`{field}`" in reference, field
