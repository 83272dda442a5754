"""A share of a sum of money reads as a percentage; a share of people or things in words or "1 in N"
(``grammar.share_of``): on the numbers pages of the earthquake and the outage, as built and rendered
to HTML as MkDocs renders them (without the theme), on the vote of the law, and on invented figures."""

from __future__ import annotations

import pytest
from explained import built_fixtures, text

from generator.format.model import Number
from generator.site.grammar import is_money, percent_share, share_of

EARTHQUAKE = "morocco-earthquake-2023"
OUTAGE = "crowdstrike-outage-2024"
LAW = "eu-ai-act"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, EARTHQUAKE, OUTAGE, LAW)


def test_a_share_of_money_is_a_percentage(pages: dict[str, str]) -> None:
    """ "about 1 in 60 of the 120 billion dirhams" counted dirhams one by one; "more than a tenth of
    the $5.4 billion" was vaguer than the 16% it stood for."""
    rebuilding = text(pages[f"{EARTHQUAKE}/numbers.md"])
    assert "Part of: about 1.7% of the 120 billion dirhams of planned spending on rebuilding" in rebuilding
    assert "1 in 60" not in rebuilding
    losses = text(pages[f"{OUTAGE}/numbers.md"])
    assert "Part of: about 16% of the $5.4 billion in direct financial loss" in losses
    assert "Part of: about 36% of the $5.4 billion" in losses
    assert "more than a tenth of the $5.4 billion" not in losses


def test_a_share_of_people_stays_in_words(pages: dict[str, str]) -> None:
    """Members of a parliament and the dead are counted, one by one, as a reader pictures them."""
    assert "Part of: about 1 in 13 of the 618 members of the European Parliament" in text(
        pages[f"{LAW}/numbers.md"]
    )
    assert "Part of: more than half of the" in text(pages[f"{EARTHQUAKE}/numbers.md"])


def _number(value: float, unit: str) -> Number:
    return Number.model_validate(
        {
            "id": "n",
            "value": value,
            "unit": unit,
            "counts": "spending",
            "cite": [{"source": "s", "evidence": "e"}],
        }
    )


@pytest.mark.parametrize(
    ("part", "whole", "unit", "told"),
    [
        (2, 120, "kronor", "about 1.7%"),
        (10, 40, "US dollars", "25%"),
        (359, 1000, "Hong Kong dollars a year", "about 36%"),
        (3, 7000, "euros", "about 0.04%"),
        (995, 1000, "CFA francs", "more than 99%"),
        # People and things: words and "1 in N".
        (2, 120, "people", "about 1 in 60"),
        (359, 1000, "ships", "more than a third"),
    ],
)
def test_shares_on_invented_figures(part: float, whole: float, unit: str, told: str) -> None:
    assert share_of(_number(part, unit), _number(whole, unit)) == told


def test_what_counts_as_money() -> None:
    assert is_money(_number(1, "shekels"))
    assert is_money(_number(1, "GBP"))
    assert not is_money(_number(1, "tonnes of grain"))
    assert not is_money(_number(1, "people"))
    assert percent_share(0, 10) == "none of it"
    assert percent_share(11, 10) == ""
