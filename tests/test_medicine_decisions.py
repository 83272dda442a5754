"""A medicine's trial and the regulators who weighed it (tests/fixtures/explained/lecanemab-alzheimers:
a relative effect, "decline 27% slower than with placebo", and the same result in points on an
18-point scale; side-effect rates in the treated and the placebo group; a price per year; four
medicines regulators and a body that decides what the health service pays for, deciding differently),
read as a reader who asks: does it work, how well, is it safe, who decided what, what does it cost;
and the same rules on the outbreak fixture and on invented sentences of other topics.

Each test reads the pages as built, rendered to HTML as MkDocs renders them (without the theme)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from explained import EXPLAINED, built_fixtures, card, html, text, validates_but_for_unstored_text
from flood import first_screen

from generator.checking.loader import load_site
from generator.format.model import Actor, Claim, Event, Number
from generator.site.against import compared
from generator.site.decisions import decided, in_this_story
from generator.site.grammar import caption_text
from generator.site.roles import appositive, role
from generator.site.unknowns import dated_apart

MEDICINE = "lecanemab-alzheimers"
OUTBREAK = "rwanda-marburg-2024"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, MEDICINE, OUTBREAK)


def entry(page: str, anchor: str) -> str:
    """The text of the numbers page's entry for ``anchor``: its heading to the next heading."""
    tree = html(page)
    heading = tree.css_first(f'[id="{anchor}"]')
    assert heading is not None, anchor
    parts = []
    node = heading.next
    while node is not None and node.tag not in ("h2", "h3"):
        parts.append(node.text())
        node = node.next
    return " ".join(" ".join(parts).split())


def _actor(description: str, name: str = "Harbour Office", kind: str = "government-body") -> Actor:
    return Actor.model_validate(
        {"id": "a", "name": name, "kind": kind, "description": description, "cite": [{"source": "s"}]}
    )


def _number(value: float, unit: str, counts: str) -> Number:
    return Number.model_validate(
        {
            "id": "n",
            "value": value,
            "unit": unit,
            "counts": counts,
            "cite": [{"source": "s", "evidence": "e"}],
        }
    )


def test_the_medicine_validates_with_no_problem_but_unstored_text(tmp_path: Path) -> None:
    """Every source is cited by short phrases, none stored (as the other explained fixtures)."""
    validates_but_for_unstored_text(MEDICINE, tmp_path)


# -- How well it works: a relative effect with what it is relative to -----------------------------


def test_a_relative_effect_reads_as_one_and_names_its_baseline(pages: dict[str, str]) -> None:
    """The card read "27% for slower decline in memory ...", with nothing to say 27% of what: the
    placebo group's rise of 1.66 points was three cards away on another page."""
    told = card(pages[f"{MEDICINE}/index.md"], "decline-slowed")
    assert told.startswith("27% slower decline in memory, thinking and daily life over 18 months")
    assert "for slower" not in told
    # The baseline in the words that tell it apart: "1.66 points for the rise in the CDR-SB score (a
    # worse score) over 18 months in the placebo group" took three lines of a phone, half of them
    # said just before ("over 18 months").
    assert "on the CDR-SB scale, against a rise of 1.66 points in the placebo group, according to" in told
    # The baseline is a link to its own entry, where its source is.
    overview = html(pages[f"{MEDICINE}/index.md"])
    assert overview.css_first('div.explainer-figure a[href="numbers.md#cdr-sb-placebo"]') is not None


def test_a_difference_in_points_keeps_its_unit(pages: dict[str, str]) -> None:
    """ "0.45 smaller rise in the CDR-SB score ..., on a scale of 18 points": the unit was dropped
    because the counts named "points" at their end, and a reader could not tell 0.45 of what."""
    told = card(pages[f"{MEDICINE}/index.md"], "cdr-sb-difference")
    assert told.startswith("0.45 points smaller rise in the CDR-SB score with lecanemab than with placebo")


def test_a_side_effect_rate_is_told_against_the_placebo_group(pages: dict[str, str]) -> None:
    told = card(pages[f"{MEDICINE}/index.md"], "aria-e-lecanemab")
    assert told.startswith(
        "12.6% of people given lecanemab in the trial who had brain swelling seen on scans (ARIA-E), "
        "against 1.7% of people given placebo, according to"
    )
    difference = card(pages[f"{MEDICINE}/index.md"], "cdr-sb-difference")
    assert ", on a scale of 18 points, against a rise of 1.66 points over 18 months in the placebo group" in (
        difference
    )
    # The numbers page says it on the figure's entry; the placebo group's own entry compares with none.
    numbers = pages[f"{MEDICINE}/numbers.md"]
    assert "Against: 1.7% of people given placebo in the trial" in entry(numbers, "aria-e-lecanemab")
    assert "Against:" not in entry(numbers, "aria-e-placebo")


def test_a_baseline_places_a_figure_on_another_topic(pages: dict[str, str]) -> None:
    """The outbreak's case fatality ratio, against the share who died in earlier outbreaks."""
    told = card(pages[f"{OUTBREAK}/index.md"], "cfr-final")
    assert "against up to 88%, the share of patients who died in earlier Marburg outbreaks" in told
    # In a table of the share over time, the row's remark under the table says it.
    numbers = text(pages[f"{OUTBREAK}/numbers.md"])
    assert (
        "22.7% as of December 2024: Against up to 88%, the share of patients who died in earlier "
        "Marburg outbreaks." in numbers
    )


@pytest.mark.parametrize(
    ("unit", "counts", "told"),
    [
        (
            "percent",
            "more cases than in the same week last year",
            "40% more cases than in the same week last year",
        ),
        ("percent", "lower turnout than in 2019", "40% lower turnout than in 2019"),
        (
            "points",
            "higher score than the control schools",
            "40 points higher score than the control schools",
        ),
        # Not a comparison: what the share is of or for is unchanged.
        ("percent", "voters who backed the plan", "40% of voters who backed the plan"),
        ("percent", "turnout", "40% for turnout"),
    ],
)
def test_a_comparison_is_read_as_one_on_invented_figures(unit: str, counts: str, told: str) -> None:
    assert caption_text(_number(40, unit, counts)) == told


@pytest.mark.parametrize(
    ("counts", "unit", "baseline", "told"),
    [
        # What ends both alike is said once, by the figure.
        (
            "voters who turned out in the north in 2024",
            "percent",
            "voters who turned out in the south in 2024",
            "48% of voters who turned out in the south",
        ),
        # A phrase the figure says word for word, and a bracket, are left out; a change is "a rise of".
        (
            "rise in the reading score over two years at the pilot schools",
            "points",
            "rise in the reading score (out of 100) over two years at the other schools",
            "a rise of 48 points at the other schools",
        ),
        # A scale the figure names, and a name with a noun of its own, which is kept.
        (
            "rise in the Halden index at the pilot schools, on the Halden scale",
            "points",
            "rise in the Halden score at the other schools",
            "a rise of 48 points at the other schools",
        ),
        (
            "people waiting in London in 2024",
            "people",
            "people waiting in London hospitals",
            "48 people waiting in London hospitals",
        ),
        # A relative clause of the baseline's own is kept: "the share of patients in earlier
        # outbreaks" would not say who died.
        (
            "share of confirmed cases who died",
            "percent",
            "share of patients who died in earlier outbreaks",
            "48%, the share of patients who died in earlier outbreaks",
        ),
        # Nothing alike: the whole caption.
        (
            "ships that used the canal",
            "ships",
            "ships waiting at anchor",
            "48 ships waiting at anchor",
        ),
    ],
)
def test_a_baseline_is_told_by_what_tells_it_apart_on_invented_figures(
    counts: str, unit: str, baseline: str, told: str
) -> None:
    assert compared(_number(40, unit, counts), _number(48, unit, baseline)) == told


def test_a_figure_measured_against_itself_or_each_other_is_refused(tmp_path: Path) -> None:
    shutil.copytree(EXPLAINED / MEDICINE, tmp_path / MEDICINE)
    numbers = tmp_path / MEDICINE / "numbers.yaml"
    text_ = numbers.read_text("utf-8")
    # The placebo group's figure measured against the treated group's, which is measured against it.
    text_ = text_.replace(
        "  counts: people given placebo in the trial who had brain swelling seen on scans (ARIA-E)\n",
        "  counts: people given placebo in the trial who had brain swelling seen on scans (ARIA-E)\n"
        "  against: aria-e-lecanemab\n",
    )
    numbers.write_text(text_, "utf-8")
    found = [d.message for d in load_site(tmp_path).diagnostics if d.rule == "number-against"]
    assert found == [
        "'aria-e-lecanemab' and 'aria-e-placebo' are each measured `against` the other",
        "'aria-e-placebo' and 'aria-e-lecanemab' are each measured `against` the other",
    ]


# -- Who decided what: a regulator's role, told whole --------------------------------------------


def test_a_role_with_a_pair_of_names_is_not_cut_between_them(pages: dict[str, str]) -> None:
    """NICE was introduced as "the body that decides whether the NHS in England, says": the role was
    cut at the "and" of "England and Wales", as if it joined two roles."""
    whole = " ".join(text(page) for page in pages.values())
    assert "whether the NHS in England," not in whole
    assert "whether the NHS in England says" not in whole
    people = text(pages[f"{MEDICINE}/actors/index.md"])
    assert (
        "National Institute for Health and Care Excellence: The body that decides whether the NHS in "
        "England and Wales pays for a licensed medicine" in people
    )


def test_a_role_reads_past_an_abbreviation_in_brackets(pages: dict[str, str]) -> None:
    """The agency's role ended "; its human medicines committee", a subject with no verb: the clause
    was cut at the bracket of "(CHMP)"."""
    people = text(pages[f"{MEDICINE}/actors/index.md"])
    assert (
        "European Medicines Agency: The European Union's medicines agency; its human medicines committee "
        "(CHMP) assesses a drug" in people
    )
    assert "its human medicines committee Therapeutic" not in people


@pytest.mark.parametrize(
    ("description", "said"),
    [
        (
            "The court that hears appeals from Aldria and Belmont in civil cases brought since the war.",
            "The court that hears appeals from Aldria and Belmont in civil cases brought since the war",
        ),
        (
            "The port's owner. Its licensing board (the PLB) grants berths to ships and collects harbour dues.",
            "The port's owner; its licensing board (the PLB) grants berths to ships and collects harbour dues",
        ),
        # A bracket that ends the clause still ends it.
        (
            "The armed group of the Dravan (founded 1989), which holds the hills.",
            "The armed group of the Dravan",
        ),
    ],
)
def test_roles_on_invented_actors(description: str, said: str) -> None:
    assert role(_actor(description)) == said


def test_an_appositive_too_short_to_say_what_is_left_out() -> None:
    """Cut before its relative clause, "The body that pays for medicines in Aldria and Belmont as the
    ministry asks" left "the body": the name alone says more."""
    long = (
        "The body that decides which medicines the health service in Aldria and Belmont pays for each year."
    )
    assert appositive(_actor(long, name="Medicines Board")) == ""
    # Two roles joined by "and" are still cut between them.
    two = "A lawyer who represents more than 2,000 flood victims and a former judge of the High Court."
    assert appositive(_actor(two, name="Jon Pell", kind="person")) == (
        "a lawyer who represents more than 2,000 flood victims"
    )


def test_whos_who_says_what_a_deciding_body_last_decided(pages: dict[str, str]) -> None:
    """ "Therapeutic Goods Administration: Australia's medicines regulator" said what the body is, not
    what it did: who decided what was told only by a key question and the timeline. A body with
    decisions in the story says its latest, dated, linked to the timeline."""
    overview = pages[f"{MEDICINE}/index.md"]
    whos_who = overview.split("## Who's who", 1)[1].split("\n## ", 1)[0]
    assert (
        "- [Therapeutic Goods Administration](actors/tga.md): Australia's medicines regulator. Latest in this "
        "story: [approved lecanemab](timeline.md#tga-approval) on 23 September 2025; earlier: [upheld its "
        "refusal](timeline.md#tga-refusal-upheld) in February 2025\n" in whos_who
    )
    assert (
        "Latest in this story: [recommended approval for people with one or no copy of ApoE4]"
        "(timeline.md#ema-positive-opinion) on 14 November 2024; earlier: [recommended against approval in "
        "the EU](timeline.md#ema-negative-opinion) on 26 July 2024\n" in whos_who
    )
    # One decision is "In this story"; a month is "in" it; a company's line is unchanged.
    people = pages[f"{MEDICINE}/actors/index.md"]
    assert (
        "In this story: [licensed lecanemab in Great Britain](../timeline.md#mhra-licence) in August 2024"
        in people
    )
    assert (
        "- [Eisai](actors/eisai.md): The Japanese drug company that developed lecanemab with Biogen and "
        "sells it as Leqembi\n" in whos_who
    )
    # The outbreak's ministry confirms and announces, which decide nothing a reader asks about; it
    # declares the outbreak over with the World Health Organization, named after "and", which does.
    outbreak = pages[f"{OUTBREAK}/index.md"]
    assert "n this story: [confirmed" not in outbreak and "n this story: [announced" not in outbreak
    assert (
        "In this story: [declared the outbreak over](timeline.md#outbreak-declared-over) on 20 December"
        in outbreak
    )


def _event(title: str, actors: list[str], date: str = "2024-05-03") -> Event:
    return Event.model_validate(
        {"id": "e", "date": date, "title": title, "actors": actors, "cite": [{"source": "s"}]}
    )


@pytest.mark.parametrize(
    ("title", "told"),
    [
        ("The Harbour Office rejects the port's appeal, citing safety", "rejected the port's appeal"),
        ("The Harbour Office's board recommends against a licence", "recommended against a licence"),
        ("The Harbour Office gives the ferry line final approval", "gave the ferry line final approval"),
        # Named otherwise in the title: its verb leads it, with no other actor named before it.
        ("The port authority bans night crossings", "banned night crossings"),
        ("The judge revokes his bail and sends him to jail", "revoked his bail"),
        # No decision: a briefing given, a visit, another's decision.
        ("The Harbour Office gives a briefing on the storm", ""),
        ("The Harbour Office visits the port", ""),
        ("Jon Pell rejects the Harbour Office's offer", ""),
    ],
)
def test_a_bodys_decision_on_invented_titles(title: str, told: str) -> None:
    office = _actor("The port's regulator.")
    pell = _actor("A ferry owner.", name="Jon Pell", kind="person")
    assert decided(office, _event(title, ["a", "pell"]), [pell]) == told


def test_a_body_is_told_its_latest_decision_of_several() -> None:
    office = _actor("The port's regulator.")
    events = [
        _event("The Harbour Office refuses a licence", ["a"], "2024-03-01"),
        _event("The Harbour Office grants a licence after a review", ["a"], "2024-09"),
        _event("The Harbour Office opens an inquiry", ["a"], "2024-10-02"),
    ]
    # The refusal before the grant is told too (test_merger_review: a decision and its reversal).
    assert in_this_story("s/index.md", "s", office, events, [office]) == (
        "Latest in this story: [granted a licence after a review](timeline.md#e) in September 2024; "
        "earlier: [refused a licence](timeline.md#e) on 1 March 2024"
    )
    # A company decides nothing a reader asks of a regulator.
    firm = _actor("A ferry line.", name="Harbour Office", kind="organisation")
    assert in_this_story("s/index.md", "s", firm, events, [firm]) == ""


def test_a_regulators_reasons_are_its_own_account(pages: dict[str, str]) -> None:
    """The agency's and NICE's reasons for their own decisions (`about:` the body) are not listed
    among claims no one else confirms; nor is the makers' own word on their drug's risk, against
    their interest (`about:` the makers), which a reader panel read as a doubt on the first screen.
    The agency's ground for its approval, which stands, is no account of itself in doubt either: it
    stands with the decision, on the claims page. NICE's "no evidence yet" of the long-term effects,
    also a ground of its decision, says what is not known, and stays: first, under "Not yet known",
    not again among the accounts."""
    overview = pages[f"{MEDICINE}/index.md"]
    unknown = overview.split("## What is not known", 1)[1].split("\n## ", 1)[0]
    assert "Claims no one else confirms" not in unknown
    own = unknown.split("### Their own account", 1)[1].split("\n### ", 1)[0]
    assert "European Medicines Agency" not in own
    not_yet = unknown.split("### Not yet known", 1)[1].split("\n### ", 1)[0]
    assert "There is no evidence yet on the drug's long-term effects" in not_yet
    assert "There is no evidence yet" not in own
    assert "[Biogen](actors/biogen.md) say: The benefit came with side effects" in own
    assert "severe cases were rare" not in first_screen(overview)


def test_a_bodys_judgements_months_apart_each_say_when(pages: dict[str, str]) -> None:
    """The agency's page read "says: the effect does not outweigh the risk" and "says: the benefits
    are greater than its risks", both present, undated: a body contradicting itself. It judged in
    July, and again after a re-examination in November."""
    agency = text(pages[f"{MEDICINE}/actors/ema.md"])
    assert (
        "The European Medicines Agency said on 26 July 2024: The drug's effect in slowing decline" in agency
    )
    assert "The European Medicines Agency said on 14 November 2024: In people with one or no copy" in agency
    assert "Agency says:" not in agency
    # A speaker whose every claim is of one day, or undated, still "says".
    assert "Matthew Schrag argues: Given the brain swelling" in text(
        pages[f"{MEDICINE}/actors/matthew-schrag.md"]
    )


# -- Jargon explained where it is used ----------------------------------------------------------


def test_jargon_in_an_events_title_is_explained_under_it(pages: dict[str, str]) -> None:
    """ "The FDA gives lecanemab accelerated approval": a heading holds no link, and the timeline
    never said what accelerated approval is."""
    timeline = pages[f"{MEDICINE}/timeline.md"]
    event = timeline.split("accelerated approval in the United States", 1)[1].split("\n### ", 1)[0]
    assert (
        "- **[Accelerated approval](glossary.md#accelerated-approval):** An early approval given before "
        "full proof that a drug helps patients." in event
    )
    assert "**[Phase 3 trial](glossary.md#phase-3-trial):**" in timeline
    # Each term once, under the first heading that uses it; an event of no jargon has no such line.
    assert timeline.count("glossary.md#apoe4):**") == 1
    full = timeline.split("in the New England Journal of Medicine", 1)[1].split("\n### ", 1)[0]
    assert "glossary.md" not in full


def test_jargon_in_a_title_is_explained_on_another_topic(pages: dict[str, str]) -> None:
    timeline = pages[f"{OUTBREAK}/timeline.md"]
    assert (
        timeline.count("- **[Marburg virus disease](glossary.md#marburg-virus-disease):** A severe fever")
        == 1
    )


def test_a_body_that_publishes_its_own_figure_is_named_once(pages: dict[str, str]) -> None:
    """ "According to: National Institute for Health and Care Excellence, in National Institute for
    Health and Care Excellence": the body's own page gives its figure."""
    delay = entry(pages[f"{MEDICINE}/numbers.md"], "delay-months")
    assert "According to: National Institute for Health and Care Excellence" in delay
    assert "in National Institute for Health and Care Excellence" not in delay
    # Another outlet's report of the body's figure still names the outlet.
    eligible = entry(pages[f"{MEDICINE}/numbers.md"], "eligible-england")
    assert "National Institute for Health and Care Excellence, in The Pharmaceutical Journal" in eligible


def test_a_bodys_own_account_of_months_apart_says_when_on_the_overview(pages: dict[str, str]) -> None:
    """ "What is not known" listed the agency's "does not outweigh the risk" and "the benefits are
    greater than its risks" one under the other, each "says", undated: a contradiction. The first,
    its ground for a negative opinion its later positive one replaced, is no longer listed there
    (tests/test_overtaken_claims.py); nor is the standing one, the ground of a decision that stands
    (``statuses.standing_reason``), which the claims page tells with the decision."""
    overview = pages[f"{MEDICINE}/index.md"]
    own = overview.split("### Their own account", 1)[1].split("\n### ", 1)[0]
    assert "The drug's effect" not in own
    assert "In people with" not in own
    # A speaker with one claim there, or claims of one day, still "says".
    assert "[Biogen](actors/biogen.md) say: The benefit came" in own


def _claim(id_: str, claimants: list[str], date: str | None) -> Claim:
    fields = {"id": id_, "statement": "It is so.", "claimants": claimants, "status": "stated"}
    return Claim.model_validate({**fields, **({"date": date} if date else {}), "cite": [{"source": "s"}]})


def test_claims_of_one_speaker_on_different_days_are_dated_on_invented_claims() -> None:
    claims = [
        _claim("a", ["port-board"], "2024-03"),
        _claim("b", ["port-board"], "2024-09-02"),
        _claim("c", ["union"], "2024-03"),
        _claim("d", ["union"], "2024-03"),
        _claim("e", ["harbour-office"], None),
        _claim("f", ["harbour-office"], "2024-05"),
    ]
    assert dated_apart(claims) == {"a", "b"}


def test_a_figure_no_one_is_named_for_names_its_report(pages: dict[str, str]) -> None:
    """The price card ended "the source does not say where this figure comes from": which source,
    the reader asked, and the site knew it. The card names the report and says it names no one."""
    told = card(pages[f"{MEDICINE}/index.md"], "price-us")
    assert re.search(
        r"as of 7 July 2023, reported by Hindustan Times, which does not say whose figure it is\d+$", told
    )
    assert "where this figure comes from" not in "".join(pages.values())
    price = entry(pages[f"{MEDICINE}/numbers.md"], "price-us")
    assert "According to: Hindustan Times8, which does not say whose figure it is" in price
