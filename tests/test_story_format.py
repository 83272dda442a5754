"""The format holds what real stories say: ranges, amounts in words, month-precision source dates, claim
notes, unattributed reports, several native names and a dossier's own predicates, checked and shown."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from generator.authoring import changes
from generator.checking.loader import load_site
from generator.site import exports, jsonld
from generator.site.pages import Pages, build_pages

FLOOD = Path(__file__).parent / "fixtures" / "dossiers" / "glacier-lake-flood"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    content = tmp_path_factory.mktemp("flood") / "content"
    shutil.copytree(FLOOD, content / FLOOD.name)
    result = load_site(content)
    assert [d for d in result.diagnostics if d.severity != "note"] == []
    built: Pages = build_pages(result.raise_for_problems(strict=True))
    return {page.path: page.markdown for page in built.pages}


def page(pages: dict[str, str], name: str) -> str:
    return pages[f"{FLOOD.name}/{name}"]


def test_a_range_and_amounts_in_words(pages: dict[str, str]) -> None:
    numbers = page(pages, "numbers.md")
    assert "### 4 million to 6 million cubic metres {: #water-released .explainer-value }" in numbers
    assert "### hundreds {: #residents-evacuated .explainer-value }" in numbers
    assert "- Hundreds of residents evacuated." in numbers
    assert "### several dozen hours {: #road-closed-hours .explainer-value }" in numbers
    assert (
        "- **According to:** the article *Glacial lake bursts above valley*[^3], which does not say whose"
        " figure it is\n" in numbers
    )


def test_the_numbers_download_keeps_the_range_and_the_words(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(FLOOD, content / FLOOD.name)
    dossier = load_site(content).raise_for_problems().dossiers[0]
    rows = {
        row["id"]: row for row in csv.DictReader(io.StringIO(exports.numbers_csv(dossier).decode("utf-8")))
    }
    assert (rows["water-released"]["value"], rows["water-released"]["upper"]) == ("4000000", "6000000")
    assert (rows["road-closed-hours"]["amount"], rows["road-closed-hours"]["unattributed"]) == (
        "several dozen",
        "yes",
    )


def test_a_range_in_json_ld_and_in_a_diff(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(FLOOD, content / FLOOD.name)
    dossier = load_site(content).raise_for_problems().dossiers[0]
    water = next(n for n in dossier.numbers if n.id == "water-released")
    measure = jsonld._measure(water)
    assert (measure["minValue"], measure["maxValue"], "value" in measure) == (4000000, 6000000, False)
    entry = {"value": 4000000, "upper": 6000000, "unit": "cubic metres", "counts": "water released"}
    assert changes.label("number", entry) == "4,000,000 to 6,000,000 cubic metres water released"


def test_an_unattributed_claim_with_a_note(pages: dict[str, str]) -> None:
    claims = page(pages, "claims.md")
    assert "## What reports say without naming a source {: #said-by-no-one-named }" in claims
    assert "No one named in the report says who gave the order;" in claims


def test_several_native_names_with_their_scripts(pages: dict[str, str]) -> None:
    lake = page(pages, "actors/glacial-lake.md")
    assert '<span lang="fr">Lac glaciaire</span>, <span lang="ru-Cyrl">Ледниковое озеро</span>' in lake


def test_a_dossier_predicate_reads_from_both_ends(pages: dict[str, str]) -> None:
    assert "drains into" in page(pages, "relationships.md")
    assert "The river receives water from the [glacial lake]" in page(pages, "actors/river.md")


def test_a_source_dated_to_the_month(pages: dict[str, str]) -> None:
    assert "January 2024" in page(pages, "sources.md")


@pytest.mark.parametrize(
    ("old", "new", "rule"),
    [
        # The evidence is also checked against the stored text (evidence-not-found), so the source
        # text is edited too: number-evidence alone must catch the range and the words.
        ("4 to 6 million", "4 to 7 million", "number-evidence"),
        ("Hundreds of residents", "Many of the residents", "number-evidence"),
        ('published: "2024-01"', 'published: "2024-13"', "date-invalid"),
        ("predicate: drains-into", "predicate: drains-to", "predicate-unknown"),
    ],
)
def test_what_can_be_wrong_is_reported(tmp_path: Path, old: str, new: str, rule: str) -> None:
    content = tmp_path / "content"
    shutil.copytree(FLOOD, content / FLOOD.name)
    for path in (content / FLOOD.name).glob("*.*"):
        if path.suffix in {".yaml", ".txt"}:
            path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    assert [d.rule for d in load_site(content).diagnostics if d.severity == "error"] == [rule]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "Hundreds of residents",
            "Many of the residents",
            "the evidence 'Many of the residents were evacuated' does not contain 'hundreds'",
        ),
        (
            "4 to 6 million",
            "4 to 7 million",
            "the evidence 'releasing 4 to 7 million cubic metres' does not contain the value 4,000,000 to "
            "6,000,000",
        ),
    ],
)
def test_a_number_missing_from_its_evidence_is_named_as_the_dossier_gives_it(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    """In the source's own words when the number has them (`amount:`), else as a value or a range."""
    content = tmp_path / "content"
    shutil.copytree(FLOOD, content / FLOOD.name)
    for path in (content / FLOOD.name).glob("*.*"):
        if path.suffix in {".yaml", ".txt"}:
            path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    assert [d.message for d in load_site(content).diagnostics if d.severity == "error"] == [message]
