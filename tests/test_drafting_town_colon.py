"""A text pasted from its address, with no headline, whose lead opens with a known town written
plainly and a colon ("Lagos: The board ..."): the town is where it was filed, not who says the
lead, and the lead stands in for the headline without it. A stand-in headline cut short is never
drafted as a claim (its "…" is no word of the page, so its evidence could not be found)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.authoring.drafting import Draft, draft, read_article
from generator.cli import cli


def _draft(tmp_path: Path, text: str) -> Draft:
    path = tmp_path / "text.txt"
    path.write_text(text, encoding="utf-8")
    return draft(read_article(path), "text", "text.txt", dt.date(2099, 1, 1))


LEADS = [
    "Lagos: The state water board has opened bids for the repair of forty public boreholes in the "
    "city's eastern districts and nearby towns.",
    "Lisbon: Harbour pilots have started a two-day stoppage over night shifts, leaving cargo ships "
    "waiting at anchor off the river's mouth.",
]


@pytest.mark.parametrize("lead", LEADS)
def test_a_known_town_and_a_colon_is_the_dateline_not_the_speaker(tmp_path: Path, lead: str) -> None:
    town = lead.split(":")[0]
    result = _draft(tmp_path, f"https://news.example/2099/story-123\n\n{lead}\n\nThe work takes a year.\n")
    assert not result.source["title"].startswith(town), result.source["title"]
    opening = [c for c in result.claims if lead.split(": ", 1)[1][:30] in c["statement"]]
    assert opening and all("claimants" not in c for c in opening), opening
    assert all(not c["statement"].startswith(town + ":") for c in result.claims)


def test_a_plain_word_and_a_colon_is_no_town(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "Warning: The river is expected to crest above the flood stage by Friday evening, the weather "
        "office said in its morning bulletin.\n\nSandbags are handed out at the depot.\n",
    )
    assert "Warning" not in {a["name"] for a in result.actors}


def test_every_claim_of_a_headless_text_quotes_the_page(tmp_path: Path) -> None:
    """The real `init` then `validate`: no evidence the page does not hold."""
    article = tmp_path / "article.txt"
    article.write_text(
        "https://news.example/2099/story-123\n\n"
        "Lisbon: Harbour pilots have started a two-day stoppage over night shifts, leaving cargo ships "
        "waiting at anchor off the river's mouth and the container terminal short of berths.\n\n"
        "According to union leader Rita Sousa, a total of 31 ships were waiting on Tuesday.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    made = runner.invoke(
        cli, ["init", "--from-article", str(article), "--slug", "pilots", str(tmp_path / "c")]
    )
    assert made.exit_code == 0, made.output
    checked = runner.invoke(cli, ["validate", str(tmp_path / "c"), "--format", "json"])
    import json

    found = json.loads(checked.output)
    diagnostics = found["diagnostics"] if isinstance(found, dict) else found
    assert [d["rule"] for d in diagnostics if d["rule"] not in {"todo", "review-pending"}] == []
