"""How a forecast turned out (`outcome:` on a claim): the event that settled it.

A forecast made before a later event of its story was once taken as overtaken by it, whatever the
event was: a government's assurance that no losses would fall on taxpayers dropped out of "What may
happen next" the day after, when a bridge bank opened. Whether an event settles a forecast is now the
contributor's to say; a forecast with no outcome stays ahead. The checks refuse an outcome on a claim
that is no forecast, or one naming an event that ended before the forecast was made."""

from __future__ import annotations

from pathlib import Path

from flood import FLOOD, built, first_screen, flood_content
from test_rules import D, replace, run_case

FORECAST = """- id: strike-may-spread
  statement: The strike could spread to the rail yards.
  claimants: [dock-union]
  status: forecast
  date: "2024-02-01"
  outcome: walkout
  cite:
    - source: port-news
      evidence: called the stoppage unlawful
"""


def test_an_outcome_on_a_claim_that_is_no_forecast(tmp_path: Path) -> None:
    found = run_case(
        tmp_path, replace("claims.yaml", "  status: disputed\n", "  status: disputed\n  outcome: walkout\n")
    )
    assert found == [
        f"{D}/claims.yaml:6:12: error[claim-outcome]: 'stoppage-unlawful' has an `outcome` but is marked "
        "`status: disputed`: only a warning or forecast turns out one way or another"
    ]


def test_a_forecast_settled_by_a_later_event_is_clean(tmp_path: Path) -> None:
    found = run_case(tmp_path, lambda folder: (folder / "claims.yaml").open("a").write(FORECAST))
    assert found == []


def test_an_outcome_that_ended_before_the_forecast(tmp_path: Path) -> None:
    late = FORECAST.replace('date: "2024-02-01"', 'date: "2024-03-05"')
    found = run_case(tmp_path, lambda folder: (folder / "claims.yaml").open("a").write(late))
    assert found == [
        f"{D}/claims.yaml:14:12: error[claim-outcome]: 'strike-may-spread' was made on 2024-03-05 but its "
        "`outcome` 'walkout' ended before that, on 2024-02"
    ]


def test_an_outcome_naming_no_event(tmp_path: Path) -> None:
    unknown = FORECAST.replace("outcome: walkout", "outcome: stoppage-unlawful")
    found = run_case(tmp_path, lambda folder: (folder / "claims.yaml").open("a").write(unknown))
    assert len(found) == 1 and found[0].startswith(f"{D}/claims.yaml:14:12: error[ref-unknown]: ")


def _flood(tmp_path: Path, outcome: str) -> dict[str, str]:
    """The flood with its events, the lake's warning made before a later event, settled by
    ``outcome`` (or by none)."""
    content = flood_content(tmp_path)
    claims = content / FLOOD / "claims.yaml"
    warned = "  status: forecast\n"
    claims.write_text(
        claims.read_text("utf-8").replace(warned, f'{warned}  date: "2024-01-10"\n{outcome}', 1), "utf-8"
    )
    return built(content)


def test_a_forecast_no_event_settles_stays_ahead_after_later_events(tmp_path: Path) -> None:
    pages = _flood(tmp_path, "")
    assert (
        "A second lake could burst within weeks"
        in first_screen(pages[f"{FLOOD}/index.md"]).split("**What may happen next:**", 1)[1]
    )
    assert "- **Status:** A warning or forecast of what may happen" in pages[f"{FLOOD}/claims.md"]


def test_a_forecast_an_event_settled_is_told_as_made_before_it(tmp_path: Path) -> None:
    pages = _flood(tmp_path, "  outcome: people-leave\n")
    assert "could burst within weeks" not in first_screen(pages[f"{FLOOD}/index.md"])
    assert (
        "- **Status:** A warning or forecast, made before what followed: the timeline tells how it turned "
        "out, on 12 January 2024"
    ) in pages[f"{FLOOD}/claims.md"]
