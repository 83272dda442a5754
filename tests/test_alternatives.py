"""A rule that gives two figures, one of which applies (`alternative:`): "up to 7% of worldwide
annual turnover, or €35 million, whichever is higher". The law fixture's card gave the 7% alone, half
the rule; read on its built pages, on an invented compensation cap in the flood story, and in the
checks a contributor meets."""

from __future__ import annotations

from pathlib import Path

import pytest
from explained import built_fixtures
from flood import FLOOD, built, flood_with

from generator.checking.loader import load_site

LAW = "eu-ai-act"


@pytest.fixture(scope="module")
def law(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, LAW)


def test_the_fine_s_card_gives_the_whole_rule(law: dict[str, str]) -> None:
    cards = law[f"{LAW}/index.md"].split("## Key figures", 1)[1].split("\n## ", 1)[0]
    assert (
        "[up to 7%](numbers.md#fine-share) of worldwide annual turnover that a company can be fined at most,"
        " or [€35 million](numbers.md#fine-amount), whichever is higher, the official figure from the"
    ) in cards
    # The home page's card of the story, and the Council's page, tell it whole too.
    assert "or [€35 million](eu-ai-act/numbers.md#fine-amount), whichever is higher" in law["index.md"]
    council = law[f"{LAW}/actors/council-of-the-eu.md"]
    assert "or [€35 million](../numbers.md#fine-amount), whichever is higher (as of 21 May 2024)" in council


def test_each_figure_of_the_rule_names_the_other(law: dict[str, str]) -> None:
    numbers = law[f"{LAW}/numbers.md"]
    assert "- **Or:** [€35 million](#fine-amount), whichever is higher\n" in numbers
    # A percentage alone ("or 7%") says nothing: what it is a share of goes with it.
    assert (
        "- **Or:** [7% of worldwide annual turnover that a company can be fined at most](#fine-share),"
        " whichever is higher\n" in numbers
    )
    # Said once, by the field: not again in a note.
    assert "Or 35 million euros" not in numbers


# An invented cap in the flood story: whichever of two figures is lower, a share of each family's
# income told with what it is a share of.
CAP_REPORT = (
    "The district office will pay each family up to 500 dollars or 10% of the family's yearly income, "
    "whichever is less.\n"
)
CAP_NUMBERS = """\
- id: payment-cap
  value: 500
  unit: US dollars
  qualifier: up-to
  counts: compensation the district office will pay each family
  stated_by: [district-office]
  alternative:
    number: payment-share
    whichever: lower
  cite:
    - source: valley-news
      evidence: The district office will pay each family up to 500 dollars
- id: payment-share
  value: 10
  unit: percent
  qualifier: up-to
  counts: each family's yearly income
  stated_by: [district-office]
  cite:
    - source: valley-news
      evidence: 10% of the family's yearly income, whichever is less
"""


def test_a_cap_whichever_is_lower_reads_whole_on_another_topic(tmp_path: Path) -> None:
    folder = flood_with(tmp_path, CAP_REPORT, numbers=CAP_NUMBERS)
    meta = folder / FLOOD / "dossier.yaml"
    meta.write_text(meta.read_text("utf-8") + "key_figures: [payment-cap]\n", "utf-8")
    pages = built(folder)
    cards = pages[f"{FLOOD}/index.md"].split("## Key figures", 1)[1].split("\n## ", 1)[0]
    assert (
        "(numbers.md#payment-cap) in compensation the district office will pay each family, or [10% of each"
        " family's yearly income](numbers.md#payment-share), whichever is lower, according to" in cards
    )
    numbers = pages[f"{FLOOD}/numbers.md"]
    assert "- **Or:** [10% of each family's yearly income](#payment-share), whichever is lower\n" in numbers
    assert "- **Or:** [&#36;500](#payment-cap), whichever is lower\n" in numbers


def _problems(tmp_path: Path, numbers: str) -> list[str]:
    folder = flood_with(tmp_path, CAP_REPORT, numbers=numbers)
    return [d.message for d in load_site(folder).diagnostics if d.rule == "number-alternative"]


def test_a_rule_its_sources_give_passes(tmp_path: Path) -> None:
    assert _problems(tmp_path, CAP_NUMBERS) == []


@pytest.mark.parametrize(
    ("old", "new", "problems"),
    [
        ("number: payment-share", "number: payment-cap", ["'payment-cap' names itself as its `alternative`"]),
        # Given on both figures: the rule is given once.
        (
            "  counts: each family's",
            "  alternative:\n    number: payment-cap\n    whichever: lower\n  counts: each family's",
            [
                "'payment-cap' and 'payment-share' each give the rule (`alternative`)",
                "'payment-share' and 'payment-cap' each give the rule (`alternative`)",
            ],
        ),
        # "Whichever is less" says the lower applies, not the higher.
        (
            "whichever: lower",
            "whichever: higher",
            [
                "no evidence phrase of 'payment-cap' or 'payment-share' says which applies (`whichever: higher`)"
            ],
        ),
    ],
)
def test_a_rule_its_sources_do_not_give_is_refused(
    tmp_path: Path, old: str, new: str, problems: list[str]
) -> None:
    assert old in CAP_NUMBERS
    assert _problems(tmp_path, CAP_NUMBERS.replace(old, new, 1)) == problems
