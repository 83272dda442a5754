"""How a forecast turned out, or what settled a dispute (`outcome:` on a claim): the event that
settled it.

A forecast made before a later event of its story was once taken as overtaken by it, whatever the
event was: a government's assurance that no losses would fall on taxpayers dropped out of "What may
happen next" the day after, when a bridge bank opened. Whether an event settles a forecast is now the
contributor's to say; a forecast with no outcome stays ahead.

A defence's case at a trial, disputed until the jury's verdict, stayed "Also in doubt" on the first
screen after the verdict: a disputed or denied claim may now name the event that decided it (a
verdict, an inquiry's finding), and is told as disputed at the time and settled on the event's date.

The checks refuse an outcome on a claim that is neither a forecast nor disputed or denied, or one
naming an event that ended before the claim was made."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
from flood import FLOOD, built, first_screen, flood_content
from selectolax.lexbor import LexborHTMLParser
from test_rules import D, replace, run_case

from generator.format.model import Event
from generator.site.sequels import settled_on

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


@pytest.mark.parametrize(
    "status", ["established", "confirmed", "stated", "unverified", "opinion", "retracted"]
)
def test_an_outcome_on_a_claim_that_is_no_forecast_nor_in_dispute(tmp_path: Path, status: str) -> None:
    """An established claim is settled already, an opinion is no fact to settle, and a claim only one
    side states awaits a source that confirms it, not an event."""
    found = run_case(
        tmp_path,
        replace("claims.yaml", "  status: disputed\n", f"  status: {status}\n  outcome: walkout\n"),
    )
    # (stated, the port authority's word on its own side also asks whom it is about: another rule's)
    assert [line for line in found if "claim-about-missing" not in line] == [
        f"{D}/claims.yaml:6:12: error[claim-outcome]: 'stoppage-unlawful' has an `outcome` but is marked "
        f"`status: {status}`: only a warning or forecast turns out one way or another, and only a disputed "
        "or denied claim is settled by a later event"
    ]


@pytest.mark.parametrize("status", ["disputed", "denied"])
def test_a_claim_in_dispute_settled_by_a_later_event_is_clean(tmp_path: Path, status: str) -> None:
    found = run_case(
        tmp_path,
        replace(
            "claims.yaml",
            "  status: disputed\n",
            f'  status: {status}\n  date: "2024-01-20"\n  outcome: walkout\n',
        ),
    )
    assert found == []


def test_an_outcome_that_ended_before_the_dispute(tmp_path: Path) -> None:
    """An event cannot decide what was not yet said."""
    found = run_case(
        tmp_path,
        replace(
            "claims.yaml",
            "  status: disputed\n",
            '  status: disputed\n  date: "2024-03-05"\n  outcome: walkout\n',
        ),
    )
    assert found == [
        f"{D}/claims.yaml:7:12: error[claim-outcome]: 'stoppage-unlawful' was made on 2024-03-05 but its "
        "`outcome` 'walkout' ended before that, on 2024-02"
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
    # What followed is told, not only where to read it: "the timeline tells how it turned out" sent the
    # reader away.
    assert (
        "- **Status:** A warning or forecast made before what followed; on 12 January 2024: "
        "[Nine hundred people have left the valley](timeline.md#people-leave)"
    ) in pages[f"{FLOOD}/claims.md"]


# -- A dispute an event settled ------------------------------------------------------------------

# An invented inquiry in the flood story: the district office disputes the army's count of the
# missing, and an official inquiry, reported later, settles it.
DISPUTE_TEXT = "On 10 January 2024 the district office said the army's count of the missing was too low.\n"
INQUIRY_TEXT = (
    "On 20 February 2024 an official inquiry found that 30 people had been missing. "
    "On 4 March 2024 a second inquiry found that soldiers had blocked the road.\n"
)
INQUIRY_SOURCE = """\
- id: inquiry-news
  title: Inquiries report on the valley flood
  published: "2024-03-05"
  snapshot: inquiry.txt
"""
INQUIRY_CLAIM = """\
- id: count-too-low
  statement: The army's count of the missing is too low.
  claimants: [district-office]
  about: [army]
  status: disputed
  date: "2024-01-10"
  note: The army says 12 people are missing.
  outcome: inquiry-count
  cite:
    - source: valley-news
      evidence: the district office said the army's count of the missing was too low
"""
INQUIRY_EVENTS = """\
- id: inquiry-count
  date: "2024-02-20"
  title: An official inquiry finds that 30 people were missing
  cite:
    - source: inquiry-news
      evidence: an official inquiry found that 30 people had been missing
- id: inquiry-road
  date: "2024-03-04"
  title: A second inquiry finds that soldiers blocked the road
  cite:
    - source: inquiry-news
      evidence: a second inquiry found that soldiers had blocked the road
"""


def _inquiry(tmp_path: Path, *, road_settled: bool = False) -> dict[str, str]:
    """The flood with an inquiry that settled the district office's dispute over the count of the
    missing; ``road_settled``: and a second that settled the denied claim that soldiers blocked the
    road."""
    content = flood_content(tmp_path)
    (content / FLOOD / "inquiry.txt").write_text(INQUIRY_TEXT, "utf-8")
    for name, text in (
        ("source.txt", DISPUTE_TEXT),
        ("sources.yaml", INQUIRY_SOURCE),
        ("claims.yaml", INQUIRY_CLAIM),
        ("events.yaml", INQUIRY_EVENTS),
    ):
        path = content / FLOOD / name
        path.write_text(path.read_text("utf-8") + text, "utf-8")
    if road_settled:
        claims = content / FLOOD / "claims.yaml"
        denied = "  status: denied\n"
        claims.write_text(
            claims.read_text("utf-8").replace(denied, f"{denied}  outcome: inquiry-road\n", 1), "utf-8"
        )
    return built(content)


def html(page_markdown: str) -> LexborHTMLParser:
    """The page as MkDocs renders its Markdown (without the theme)."""
    extensions = ["abbr", "admonition", "attr_list", "footnotes", "tables", "toc", "pymdownx.superfences"]
    return LexborHTMLParser(markdown.Markdown(extensions=extensions).convert(page_markdown))


def _status(page: str, claim: str) -> tuple[str, list[str]]:
    """The text of a claim's "Status" line on the claims page, as HTML renders it, and its links."""
    tree = html(page)
    said = tree.css_first(f"#{claim}")
    assert said is not None
    item = said.next
    while item is not None and item.tag != "ul":
        item = item.next
    assert item is not None
    line = next(li for li in item.css("li") if li.text().startswith("Status:"))
    return line.text().strip(), [a.attributes.get("href") or "" for a in line.css("a")]


def test_a_dispute_an_inquiry_settled_is_told_as_settled(tmp_path: Path) -> None:
    pages = _inquiry(tmp_path)
    status, links = _status(pages[f"{FLOOD}/claims.md"], "count-too-low")
    assert status == (
        "Status: Disputed at the time; settled on 20 February 2024: An official inquiry finds that 30 "
        "people were missing"
    )
    assert links == ["timeline.md#inquiry-count"]
    # Its note stays, as a note: what the army said.
    assert "- **Note:** The army says 12 people are missing." in pages[f"{FLOOD}/claims.md"]
    # The claims page counts it with what is settled, not with what is in doubt.
    assert "one disputed and since settled" in pages[f"{FLOOD}/claims.md"]
    # The actor pages say it too, each linked to the timeline from where it is.
    district = html(pages[f"{FLOOD}/actors/district-office.md"])
    told = next(li for li in district.css("li") if "count of the missing is too low" in li.text())
    assert "(disputed at the time; settled on 20 February 2024: An official inquiry finds" in told.text()
    assert "../timeline.md#inquiry-count" in [a.attributes.get("href") for a in told.css("a")]


def test_a_dispute_an_inquiry_settled_is_no_longer_in_doubt(tmp_path: Path) -> None:
    overview = _inquiry(tmp_path)[f"{FLOOD}/index.md"]
    unknown = overview.split("## What is not known", 1)[1].split("\n## ", 1)[0]
    assert "count of the missing is too low" not in first_screen(overview) + unknown
    # The claim the inquiries did not settle is still in doubt: the army's denial.
    assert "Soldiers blocked the mountain road" in first_screen(overview)
    assert "Soldiers blocked the mountain road" in unknown


def test_a_denial_an_inquiry_settled(tmp_path: Path) -> None:
    pages = _inquiry(tmp_path, road_settled=True)
    status, links = _status(pages[f"{FLOOD}/claims.md"], "soldiers-blocked-road")
    assert status == (
        "Status: Denied at the time; settled on 4 March 2024: A second inquiry finds that soldiers "
        "blocked the road"
    )
    assert links == ["timeline.md#inquiry-road"]
    overview = pages[f"{FLOOD}/index.md"]
    assert "Soldiers blocked the mountain road" not in overview.split("## What is not known", 1)[1]
    assert "soldiers blocked the mountain road" not in first_screen(overview).casefold()


@pytest.mark.parametrize(
    ("dates", "told"),
    [
        ({"date": "2023-11-02"}, "on 2 November 2023"),
        # "settled on February 2024" read wrong: a month is "in".
        ({"date": "2024-02"}, "in February 2024"),
        ({"date": "2024-05", "approximate": True}, "around May 2024"),
        # A trial over weeks settles a claim by its end.
        ({"date": "2023-10-03", "end_date": "2023-11-02"}, "by 2 November 2023"),
    ],
)
def test_when_an_event_settled_a_claim(dates: dict[str, object], told: str) -> None:
    event = Event.model_validate(
        {"id": "e", "title": "A verdict", "cite": [{"source": "s", "evidence": "x"}], **dates}
    )
    assert settled_on(event) == told
