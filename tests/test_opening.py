"""What a reader meets on a story's first screen, on several topics: when and where it happens
(``generator.site.opening``), whose word the doubts are (``generator.site.unknowns.still_open``),
and, on the key figures under it, what the figures that contradict one say."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from flood import DOSSIERS, FLOOD, built, first_screen, flood_with, flood_with_events

from generator.site.unknowns import NEXT_GLANCE, next_glance

CONTENT = Path(__file__).parent.parent / "content"
COURT = "purdue-sackler-ruling"
SHIP = "suez-canal-blockage"


@pytest.fixture(scope="module")
def fixtures() -> dict[str, str]:
    return built(DOSSIERS)


@pytest.fixture(scope="module")
def shipped() -> dict[str, str]:
    return built(CONTENT)


def test_a_flood_without_events_says_when_it_was_reported_and_where(fixtures: dict[str, str]) -> None:
    """The flood's summary says what happened ("a glacial lake burst") but neither when nor in which
    country: the line under it says both, the place by the country its located places are in. The
    lake, linked in the summary just above, is named without a second link."""
    top = first_screen(fixtures[f"{FLOOD}/index.md"])
    summary = "A [glacial lake](actors/glacial-lake.md) burst its moraine and flooded a valley.\n\n"
    line = (
        "**When:** reported in January 2024. **Where:** the glacial lake and [the river](actors/river.md),"
        " in Kyrgyzstan.\n\n"
    )
    assert summary + line in top


def test_a_summary_that_says_when_and_where_gets_no_line(
    fixtures: dict[str, str], shipped: dict[str, str]
) -> None:
    """ "In March 2021 the Ever Given ... in the Suez Canal" and "In January 2024 ... in Laukkai,
    the capital of Myanmar's Kokang zone" say both: a line repeating them would be noise."""
    for overview in (fixtures[f"{SHIP}/index.md"], shipped["the-fall-of-laukkai/index.md"]):
        top = first_screen(overview)
        assert "**When:**" not in top and "**Where:**" not in top
    # A contributor's `place` whose country the summary names is not said again.
    handover = first_screen(shipped["myanmar-scam-handover/index.md"])
    assert "**Where:**" not in handover


def test_the_contributors_place_is_said_when_the_summary_has_none(tmp_path: Path) -> None:
    """A summary that names no place and no country: the contributor's `place` says where."""
    pages = flood_with_events(tmp_path, place="The upper valley")
    assert "**Where:** The upper valley.\n" in first_screen(pages[f"{FLOOD}/index.md"])


def test_a_summary_naming_the_country_by_its_short_form_needs_no_city(
    fixtures: dict[str, str], tmp_path: Path
) -> None:
    """ "In June 2024 the US Supreme Court struck down ..." has placed the story in its country:
    "Where: Washington, DC" after it told a reader only where the court sits, and "US" is the
    country as news writes it. The word "us" is no country, nor the currency "US$"."""
    top = first_screen(fixtures[f"{COURT}/index.md"])
    assert "**Where:**" not in top and "**When:**" not in top
    for n, (summary, said) in enumerate(
        (
            ("In June 2024 the U.S. top court struck down a deal.", False),
            ("In June 2024 the top court told us it struck down a deal.", True),
            ("In June 2024 the top court struck down a US$5 billion deal.", True),
        )
    ):
        folder = tmp_path / str(n)
        shutil.copytree(DOSSIERS / COURT, folder / COURT)
        dossier = folder / COURT / "dossier.yaml"
        text = dossier.read_text("utf-8")
        start = text.index("summary: >-")
        end = text.index("language:")
        dossier.write_text(f"{text[:start]}summary: {summary}\n{text[end:]}", "utf-8")
        court = first_screen(built(folder)[f"{COURT}/index.md"])
        assert ("**Where:** Washington, DC." in court) is said


def test_events_give_the_span_and_a_year_in_the_summary_hides_it(tmp_path: Path) -> None:
    """With events, "when" is their span; one the report gave as still to come is not part of it.
    A summary that names the year has said when: only where is added."""
    top = first_screen(flood_with_events(tmp_path / "a")[f"{FLOOD}/index.md"])
    # The month and year said once: "9 to 12 January 2024", not "9 January 2024 to 12 January 2024".
    assert "**When:** 9 to 12 January 2024. **Where:** " in top
    dated = flood_with_events(
        tmp_path / "b", summary="In January 2024 a glacial lake burst and flooded a valley."
    )
    top = first_screen(dated[f"{FLOOD}/index.md"])
    assert "**When:**" not in top
    assert "**Where:** the glacial lake and [the river](actors/river.md), in Kyrgyzstan." in top


def test_a_contributors_place_is_escaped(tmp_path: Path) -> None:
    """The contributor's `place` is their text: its Markdown is shown as written, never acted on."""
    pages = flood_with_events(tmp_path, place='"The _upper_ valley [near] the pass"')
    line = next(
        line for line in first_screen(pages[f"{FLOOD}/index.md"]).splitlines() if "**Where:**" in line
    )
    assert line.endswith(r"**Where:** The \_upper\_ valley \[near\] the pass.")


def test_doubts_name_whose_word_they_are(fixtures: dict[str, str], shipped: dict[str, str]) -> None:
    """ "Two claims only one side makes" left a reader asking which side: one side alone is said in
    the count ("one figure only the district office gives"). After the main doubt, told with who says
    it, the rest is only counted: "two other disputed claims, from A and B; and one claim only C make
    (its first words)" ran the line to six lines on a phone: they are counted in one link to "What
    is not known", which names each claim and whose word it is."""
    flood = first_screen(fixtures[f"{FLOOD}/index.md"])
    line = next(line for line in flood.splitlines() if line.startswith("**Still in doubt:**"))
    assert line.endswith(" and [one more figure](#what-is-not-known).")
    assert "([4 million" not in line
    laukkai = first_screen(shipped["the-fall-of-laukkai/index.md"])
    assert "Also in doubt: [two more claims and four figures](#what-is-not-known)." in laukkai
    trial = first_screen(shipped["kokang-crime-families-on-trial/index.md"])
    assert "Also in doubt: [four more claims and 11 figures](#what-is-not-known)." in trial
    # A tap away, each claim is named with whose word it is.
    doubts = shipped["the-fall-of-laukkai/index.md"].split("## What is not known", 1)[1]
    assert "(actors/zachary-abuza.md)" in doubts.split("\n## ", 1)[0]


def test_a_key_figure_card_says_what_the_others_say(tmp_path: Path) -> None:
    """A card said "other sources differ" and left a reader asking by how much: it names the
    figures that contradict it and who gives them, two at most, then counts the rest, linked to
    "What is not known"."""
    extra = "".join(
        f"""- id: missing-{value}
  value: {value}
  unit: people
  counts: people missing
  quantity: people-missing
  as_of: "2024-01-10"
  unattributed: true
  cite:
    - source: valley-news
      evidence: {evidence}
"""
        for value, evidence in ((45, "One report said 45 were missing"), (50, "another 50"))
    )
    folder = flood_with(tmp_path, "One report said 45 were missing, another 50.\n", numbers=extra)
    cards = built(folder)[f"{FLOOD}/index.md"].split("## Key figures", 1)[1].split("\n## ", 1)[0]
    assert (
        "people missing, according to [the army](actors/army.md), as of 10 January 2024; other sources differ:"
        " [30 people](numbers.md#missing-according-to-district) according to the [district office]"
        "(actors/district-office.md); [45 people](numbers.md#missing-45) from an unnamed source;"
        " [one more](#what-is-not-known)"
    ) in cards


def test_a_located_place_says_which_country_it_is_in(
    fixtures: dict[str, str], shipped: dict[str, str]
) -> None:
    """ "A place." and coordinates left a reader reading the map for the country. A point within a
    few kilometres of a border is in neither (a town on a border river, Myawaddy on the Thai border,
    fell on the wrong bank at the borders' scale): it is near the border between both, which "A
    place." alone left to the map."""
    assert "\n    - A place in Kyrgyzstan.\n" in fixtures[f"{FLOOD}/actors/river.md"]
    lake = fixtures[f"{FLOOD}/actors/glacial-lake.md"]  # 2 km from a border
    assert "\n    - A place near the border between Kazakhstan and Kyrgyzstan.\n" in lake
    assert "\n    - A place in Myanmar.\n" in shipped["the-fall-of-laukkai/actors/lashio.md"]
    myawaddy = shipped["kokang-crime-families-on-trial/actors/myawaddy.md"]
    assert "\n    - A place near the border between Myanmar and Thailand.\n" in myawaddy
    assert "A place in" not in myawaddy


def _flood_with_places(where: Path, points: dict[str, tuple[str, str, str]]) -> dict[str, str]:
    """The flood with invented places at ``points`` (id: latitude, longitude, the source's words),
    its own places unplaced: one map around far-apart points costs a minute of borders."""
    folder = flood_with(where, " ".join(t for *_, t in points.values()) + "\n")
    actors = folder / FLOOD / "actors.yaml"
    own = re.sub(r"  location:\n(?:    .*\n)+", "", actors.read_text("utf-8"))
    extra = "".join(
        f"- id: {key}\n  name: The {key.replace('-', ' ')}\n  kind: place\n  description: A point.\n"
        f'  cite:\n    - source: valley-news\n      evidence: "{text}"\n'
        f"  location:\n    latitude: {lat}\n    longitude: {lon}\n"
        f'    cite:\n      - source: valley-news\n        evidence: "{text}"\n'
        for key, (lat, lon, text) in points.items()
    )
    actors.write_text(own + extra, "utf-8")
    return built(folder)


def test_a_place_on_a_coast_or_a_border_says_which_countries(tmp_path: Path) -> None:
    """Invented points: a harbour a kilometre off a coast is on or near the coast of its country; a
    point well out at sea is near none; a point where three borders meet names all three."""
    coast = _flood_with_places(
        tmp_path / "coast",
        {
            "harbour": ("31.21", "29.92", "A harbour lies at 31.21° N, 29.92° E."),
            "open-sea": ("33.5", "30.0", "A buoy lies at 33.5° N, 30.0° E."),
        },
    )
    assert "\n    - A place on or near the coast of Egypt.\n" in coast[f"{FLOOD}/actors/harbour.md"]
    assert "\n    - A place.\n" in coast[f"{FLOOD}/actors/open-sea.md"]
    borders = _flood_with_places(
        tmp_path / "borders", {"tripoint": ("48.01", "17.16", "Three borders meet at 48.01° N, 17.16° E.")}
    )
    assert (
        "\n    - A place near the borders of Austria, Hungary and Slovakia.\n"
        in borders[f"{FLOOD}/actors/tripoint.md"]
    )


def test_an_ongoing_event_makes_when_a_since(tmp_path: Path) -> None:
    """An outbreak or a siege still going on has no end to give: "since" its start."""
    pages = flood_with_events(tmp_path / "a")
    events = tmp_path / "b" / "content" / FLOOD / "events.yaml"
    shutil.copytree(tmp_path / "a" / "content", tmp_path / "b" / "content")
    events.write_text(
        events.read_text("utf-8").replace(
            '  date: "2024-01-12"\n', '  date: "2024-01-12"\n  ongoing: true\n'
        ),
        "utf-8",
    )
    assert "**When:** 9 to 12 January 2024." in pages[f"{FLOOD}/index.md"]
    top = first_screen(built(tmp_path / "b" / "content")[f"{FLOOD}/index.md"])
    assert "**When:** since 9 January 2024, still going on when last reported. **Where:**" in top


def test_a_home_card_says_where_and_when_without_a_place_or_events(fixtures: dict[str, str]) -> None:
    """The flood's card said what happened and when we published it: now the country its places
    are in, and when it was reported. A contributor's `place` is still the card's own."""
    hub = fixtures["index.md"]
    flood = hub.split(f"## [Glacial lake flood]({FLOOD}/index.md)", 1)[1].split("!!! ", 1)[0]
    assert "\n    *Kyrgyzstan*\n" in flood
    assert "\n    *Reported in January 2024. Published 1 February 2024," in flood
    court = hub.split(f"]({COURT}/index.md)", 1)[1].split("!!! ", 1)[0]
    assert "\n    *Washington, DC* · [courts](topic/courts.md)" in court


def test_a_card_names_the_outlet_and_a_report_once(fixtures: dict[str, str], tmp_path: Path) -> None:
    """On a one-report story every card said "according to <two reporters>, in <outlet>, reported
    <day>": the reporters' names filled more of each card than the figure. A card names the outlet,
    and a card after one from the same report says "according to the same report". The numbers page
    still names the reporters."""
    court = fixtures[f"{COURT}/index.md"]
    cards = court.split("## Key figures", 1)[1].split("\n## ", 1)[0]
    assert "according to Associated Press, as of 27 June 2024" in cards
    assert "Mark Sherman" not in cards
    assert "Mark Sherman, in Associated Press" in fixtures[f"{COURT}/numbers.md"]
    # An invented flood told by one report.
    folder = flood_with(
        tmp_path,
        "Three lower villages were evacuated.\n",
        sources="  publisher: Valley News\n  authors: [Ana Ruiz, Jon Kessel]\n",
        numbers="""- id: villages-evacuated
  value: 3
  counts: lower villages evacuated
  cite:
    - source: valley-news
      evidence: Three lower villages were evacuated
""",
        dossier="key_figures: [residents-evacuated, villages-evacuated, water-released]\n",
    )
    overview = built(folder)[f"{FLOOD}/index.md"]
    cards = [line for line in overview.split("## Key figures", 1)[1].splitlines() if line.startswith("    [")]
    assert re.search(
        r"residents evacuated, according to Valley News, reported January 2024\[\^\d+\]$", cards[0]
    )
    assert re.search(r"lower villages evacuated, according to the same report\[\^\d+\]$", cards[1])
    # A figure a speaker gives breaks the run: named as ever.
    assert "according to the [district office](actors/district-office.md)" in cards[2]
    assert "Ana Ruiz" not in "\n".join(cards)


def test_where_names_a_long_place_short(tmp_path: Path) -> None:
    """The when-and-where line is a dense line too: a place with a long official name is named by
    its alias, the full name in the link's title."""
    folder = flood_with(tmp_path)
    actors = folder / FLOOD / "actors.yaml"
    actors.write_text(
        actors.read_text("utf-8").replace(
            "  name: The river\n",
            "  name: Upper Kessel River of the Northern Valley District\n  aliases: [Kessel River]\n",
        ),
        "utf-8",
    )
    top = first_screen(built(folder)[f"{FLOOD}/index.md"])
    assert (
        '**Where:** the glacial lake and the [Kessel River](actors/river.md "Upper Kessel River of the Northern'
        ' Valley District"), in Kyrgyzstan.'
    ) in top


@pytest.mark.parametrize(
    ("counts", "shown"),
    [
        # An appeal under way, nothing due, three forecasts: the appeal and the first forecast.
        ((1, 0, 3), (1, 0, 1)),
        # Two stages due and three forecasts: the next stage and the first forecast.
        ((0, 2, 3), (0, 1, 1)),
        # One of each: the appeal and the date; the forecast is counted.
        ((1, 1, 1), (1, 1, 0)),
        # Forecasts only: two of them.
        ((0, 0, 4), (0, 0, 2)),
        ((0, 0, 1), (0, 0, 1)),
        ((0, 0, 0), (0, 0, 0)),
    ],
)
def test_what_may_happen_next_tells_two_items_in_all(
    counts: tuple[int, int, int], shown: tuple[int, int, int]
) -> None:
    """Two of each kind ran "What may happen next" to six items, ten lines on a phone: the line tells
    two in all, one of each kind in turn; the rest are counted and linked."""
    assert next_glance(*counts) == shown
    assert sum(shown) == min(NEXT_GLANCE, sum(counts))


def test_a_second_forecast_of_the_same_speakers_says_they_also_say(tmp_path: Path) -> None:
    """Two forecasts of the same three authorities named all three twice, with their links, in one
    line on the first screen: the second says "They also say", and what they say as a clause of it."""
    shutil.copytree(Path(__file__).parent / "fixtures" / "threads" / "silicon-valley-bank", tmp_path / "c")
    overview = built(tmp_path / "c")["svb-deposits-guaranteed/index.md"]
    line = next(line for line in overview.splitlines() if line.startswith("**What may happen next:**"))
    assert line.count("[Federal Reserve]") == 1
    assert "fall on taxpayers.[^1] They also say any loss to the [Deposit Insurance Fund]" in line
    # One speaker twice: named again, unlinked ("It" read as the forecast's subject).
    content = tmp_path / "rate"
    shutil.copytree(
        Path(__file__).parent / "fixtures" / "explained" / "bank-rate-cut", content / "bank-rate-cut"
    )
    rate = built(content)["bank-rate-cut/index.md"]
    line = next(line for line in rate.splitlines() if line.startswith("**What may happen next:**"))
    assert line.count("[Bank of England]") == 1 and "[^4] The Bank of England also says [inflation](" in line
