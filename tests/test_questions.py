"""Key questions, claim statuses, translations and what is not known: the format's rules, with
positions, and the pages they make (the flood fixture has a series, a true conflict, a forecast
and a denial)."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from generator.checking.loader import load_site
from generator.format.conflicts import agree, compare
from generator.format.dossier import Site
from generator.format.model import Claim, ClaimStatus, Number
from generator.site import jsonld
from generator.site.pages import build_pages

FIXTURES = Path(__file__).parent / "fixtures" / "dossiers"
FLOOD = "glacier-lake-flood"


def copy(tmp_path: Path, slug: str = FLOOD) -> Path:
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / slug, content / slug)
    return content


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), "utf-8")


def problems(content: Path) -> list[str]:
    found = load_site(content).diagnostics
    return [
        f"{Path(d.path).name}:{d.line}:{d.col}: {d.severity}[{d.rule}]: {d.message} | {d.hint}" for d in found
    ]


# -- the format ------------------------------------------------------------------------------------


def test_every_reference_of_an_answer_is_checked_with_its_place(tmp_path: Path) -> None:
    content = copy(tmp_path)
    questions = content / FLOOD / "questions.yaml"
    edit(
        questions,
        "numbers: [left-by-wednesday, left-by-friday]",
        "numbers: [left-by-wednesday, left-by-fryday]",
    )
    edit(questions, "claims: [second-lake-may-burst]", "claims: [third-lake]")
    assert problems(content) == [
        "questions.yaml:4:32: error[ref-unknown]: no number has the id 'left-by-fryday' | "
        "did you mean 'left-by-friday'?",
        "questions.yaml:13:12: error[ref-unknown]: no claim has the id 'third-lake' | "
        "add a claim with id 'third-lake' first",
    ]


def test_an_answer_that_names_no_fact_is_a_warning_of_its_own(tmp_path: Path) -> None:
    content = copy(tmp_path)
    edit(content / FLOOD / "questions.yaml", "  claims: [second-lake-may-burst]\n", "")
    found = problems(content)
    assert found == [
        "questions.yaml:12:3: warning[answer-unreferenced]: this answer names no fact of the dossier, so it "
        "shows the reader no source | list the ids the answer rests on under `numbers:`, `events:`, "
        "`claims:`, `actors:` or `terms:`"
    ]
    assert load_site(content).failed(strict=True) and not load_site(content).failed()


def test_a_claim_status_that_does_not_exist_names_the_choices(tmp_path: Path) -> None:
    content = copy(tmp_path)
    edit(content / FLOOD / "claims.yaml", "status: forecast", "status: likely")
    [found] = problems(content)
    assert found.startswith("claims.yaml:14:11: error[value-invalid]: 'likely' is not a claim status | ")
    for status in ClaimStatus:
        assert status.value in found


def test_the_old_status_reported_still_reads_as_stated_by_one_side() -> None:
    claim = Claim.model_validate(
        {"id": "x", "statement": "S.", "claimants": ["a"], "status": "reported", "cite": [{"source": "s"}]}
    )
    assert claim.status is ClaimStatus.STATED


def test_evidence_in_another_language_needs_a_translation_and_shows_it(tmp_path: Path) -> None:
    content = copy(tmp_path)
    folder = content / FLOOD
    edit(folder / "sources.yaml", "  snapshot: source.txt\n", "  snapshot: source.txt\n  language: de\n")
    found = problems(content)
    assert len(found) == 17 and all("warning[translation-missing]" in line for line in found)
    assert found[0].startswith("actors.yaml:13:17: warning[translation-missing]: this evidence is in 'de'")

    # With the dossier in the source's language nothing is foreign; a translation is shown after the words.
    edit(folder / "dossier.yaml", "language: en", "language: de")
    edit(
        folder / "claims.yaml",
        "      evidence: warned that a second lake could burst within weeks\n",
        "      evidence: warned that a second lake could burst within weeks\n"
        "      translation: warnte vor einem zweiten See\n",
    )
    assert problems(content) == []
    claims = build_pages(load_site(content).raise_for_problems(strict=True)).by_path()[f"{FLOOD}/claims.md"]
    assert (
        "“warned that a second lake could burst within weeks” (in English: warnte vor einem zweiten See)"
        in (claims.markdown)
    )


# -- figures that disagree and figures over time ------------------------------------------------------


def number(id: str, value: int, as_of: str | None = None, qualifier: str = "exact") -> Number:
    data = {"id": id, "value": value, "counts": "x", "qualifier": qualifier, "cite": [{"source": "s"}]}
    return Number.model_validate({**data, **({"as_of": as_of} if as_of else {})})


def test_a_running_total_at_two_dates_is_a_series_not_a_conflict() -> None:
    compared = compare([number("later", 44000, "2024-01-30"), number("earlier", 31000, "2023-11-21")])
    assert compared.series and not compared.conflicts
    assert [n.id for n in compared.numbers] == ["earlier", "later"]


def test_different_values_for_the_same_date_conflict() -> None:
    compared = compare([number("a", 12, "2024-01-10"), number("b", 30, "2024-01-10")])
    assert not compared.series
    assert [[n.id for n in group] for group in compared.conflicts] == [["a", "b"]]


@pytest.mark.parametrize(
    ("first", "second", "agreeing"),
    [
        (number("a", 100, qualifier="more-than"), number("b", 130, qualifier="more-than"), True),
        (number("a", 100, qualifier="about"), number("b", 108), True),
        (number("a", 100, qualifier="about"), number("b", 120), False),
        (number("a", 100, qualifier="up-to"), number("b", 130), False),
        (number("a", 100, qualifier="at-least"), number("b", 90, qualifier="at-most"), False),
    ],
)
def test_figures_agree_when_their_hedges_allow_a_common_value(
    first: Number, second: Number, agreeing: bool
) -> None:
    assert agree(first, second) is agreeing


# -- the pages ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def flood(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    content = copy(tmp_path_factory.mktemp("flood"))
    built = build_pages(load_site(content).raise_for_problems(strict=True))
    return {page.path: page.markdown for page in built.pages}


def test_the_questions_come_first_each_with_its_anchor_and_its_facts_citations(flood: dict[str, str]) -> None:
    overview = flood[f"{FLOOD}/index.md"]
    assert (
        overview.index("## Key questions") < overview.index("## Key figures") < overview.index("## What is")
    )
    assert "/// details | How many people are missing?\n    type: explainer-question\n" in overview
    assert "    attrs: {id: q-how-many-are-missing}\n" in overview
    # The answer carries the footnotes of the two figures it names, which quote their evidence.
    answer = overview.split("attrs: {id: q-how-many-are-missing}", 1)[1].split("///", 1)[0]
    marker = answer.strip().rsplit(".", 1)[1]
    assert marker == "[^3]"  # after the warning on the first screen and the first question
    assert "“the army said 12 people were missing”; “the district office said 30 were missing”" in overview


def test_what_is_not_known_flags_the_conflict_but_not_the_series(flood: dict[str, str]) -> None:
    overview = flood[f"{FLOOD}/index.md"]
    known = overview.split("## What is not known", 1)[1].split("\n## ", 1)[0]
    assert "### Figures that disagree" in known
    assert "People missing (10 January 2024): [12 people]" in known
    assert "left-by" not in known  # 300 then 900 people: one count over time
    assert (
        "### Denied\n\n- Reports say, without naming a source: Soldiers blocked the mountain road." in known
    )
    # The warning is said on the first screen ("What may happen next"), not again here.
    assert "### Warnings and forecasts" not in known and "burst within weeks" not in known
    numbers = flood[f"{FLOOD}/numbers.md"]
    series, conflict = numbers.split("## People missing", 1)
    assert "The same count at different dates, earliest first" in series.split("## People who had left", 1)[1]
    assert (
        "The sources disagree, and their figures cannot all be right: for 10 January 2024, one gives 12"
        " people and another 30 people." in conflict
    )


def test_a_story_with_nothing_in_doubt_has_no_such_section(tmp_path: Path) -> None:
    content = copy(tmp_path)
    dossier = load_site(content).raise_for_problems().dossiers[0]
    undisputed = tuple(n for n in dossier.numbers if n.unattributed)
    calm = dataclasses.replace(dossier, claims=(), questions=(), numbers=undisputed)
    overview = build_pages(Site(content, (calm,))).by_path()[f"{FLOOD}/index.md"].markdown
    assert "## Key figures" in overview
    assert "What is not known" not in overview and "Key questions" not in overview


def test_a_status_is_said_in_words_and_a_paraphrase_is_never_quoted(flood: dict[str, str]) -> None:
    claims = flood[f"{FLOOD}/claims.md"]
    assert "- **Status:** A warning or forecast of what may happen" in claims
    # A denied claim's note says who denies it, as its status.
    assert (
        "- **Status:** Denied: No one named in the report says who gave the order; [the army](actors/army.md)"
        " denies it.\n" in claims
    )
    assert "\n> " not in claims  # no blockquote: the statement is in our words
    office = flood[f"{FLOOD}/actors/district-office.md"]
    assert (
        "says: [A second lake could burst within weeks.](../claims.md#second-lake-may-burst) (a warning"
        in office
    )
    assert "“[A second lake" not in office


def test_the_questions_are_an_faq_page_in_json_ld(tmp_path: Path) -> None:
    dossier = load_site(copy(tmp_path)).raise_for_problems().dossiers[0]
    data = jsonld.dossier_pages(dossier)[f"{FLOOD}/index.md"]
    dataset, faq = data["@graph"]
    assert data["@context"] == "https://schema.org" and dataset["@type"] == "Dataset"
    assert faq["@type"] == "FAQPage"
    first = faq["mainEntity"][0]
    assert first["@type"] == "Question" and first["@id"] == "#q-how-many-left"
    assert first["name"] == "How many people left the valley?"
    assert first["acceptedAnswer"]["text"].startswith("Three hundred people had left by Wednesday")
    assert [c["name"] for c in first["acceptedAnswer"]["citation"]] == ["Glacial lake bursts above valley"]


def test_figures_left_out_of_what_is_not_known_leave_no_footnote_behind(tmp_path: Path) -> None:
    """Past eight one-sided figures the section says "N more figures" and who gives them: those
    figures get no footnote, so every footnote the overview defines is referenced (mkdocs --strict
    fails on one that is not)."""
    content = copy(tmp_path)
    dossier = load_site(content).raise_for_problems().dossiers[0]
    one_sided = next(n for n in dossier.numbers if len(n.stated_by) == 1 and not n.quantity)
    extra = tuple(
        one_sided.model_copy(update={"id": f"extra-figure-{i}", "value": 1000 + i, "cite": [cite]})
        for i, cite in enumerate(
            c for item in (*dossier.numbers, *dossier.events, *dossier.claims) * 2 for c in item.cite
        )
    )
    assert len(extra) > 8 + 6  # past the glance, besides the six that make key figures
    crowded = dataclasses.replace(dossier, numbers=(*dossier.numbers, *extra))
    overview = build_pages(Site(content, (crowded,))).by_path()[f"{FLOOD}/index.md"].markdown
    section = overview.split("### Figures only one side gives", 1)[1].split("\n## ", 1)[0]
    assert "more figures, each given by one side only: " in section
    defined = {line.split("]:", 1)[0] for line in overview.splitlines() if line.startswith("[^")}
    body = "\n".join(line for line in overview.splitlines() if not line.startswith("[^"))
    assert defined and all(f"{marker}]" in body for marker in defined)
