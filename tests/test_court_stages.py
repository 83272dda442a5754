"""A court case that moves through stages (tests/fixtures/explained/ftx-fraud-trial: charges, bail, a
plea, a jury trial, a verdict, a sentence with what each side asked for, an appeal argued and not yet
decided), read as a reader who asks where the case stands now; and the same rules on an invented
second case, a lawsuit added to the flood story.

Each test reads the pages as built."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from explained import built_fixtures, explained_content, html
from flood import FLOOD, built, first_screen, flood_content
from selectolax.lexbor import LexborNode

from generator.format.model import Actor, Number
from generator.site.grammar import caption_text, counted_article, penalty_dated
from generator.site.roles import appositive
from generator.site.statuses import said_by_no_one_named

TRIAL = "ftx-fraud-trial"


@pytest.fixture(scope="module")
def trial(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, TRIAL)


# An invented lawsuit in the flood story: two disputes of different days, the lawsuit still going on,
# a fine the court imposed and a payment the district office offers.
LAWSUIT_TEXT = (
    "On 10 January 2024 residents said the office had warned them too late. "
    "On 12 January 2024 residents filed a lawsuit against the district office, which says its warning "
    "was given in time and that the lawsuit has no merit. The district office offered 500 dollars to "
    "each family. On 15 January 2024 a court fined the operator of the lake's dam 2 million dollars. Judge Mira Olsen of the "
    "Valley High Court presides over the lawsuit.\n"
)
LAWSUIT_ACTORS = """\
- id: residents
  name: Valley residents
  kind: group
  description: The people of the flooded valley who sued the district office.
  cite:
    - source: valley-news
      evidence: residents filed a lawsuit against the district office
- id: valley-high-court
  name: Valley High Court
  kind: government-body
  description: The court that hears the residents' lawsuit.
  cite:
    - source: valley-news
      evidence: Judge Mira Olsen of the Valley High Court presides over the lawsuit
- id: mira-olsen
  name: Mira Olsen
  kind: person
  description: The judge who presides over the residents' lawsuit.
  cite:
    - source: valley-news
      evidence: Judge Mira Olsen of the Valley High Court presides over the lawsuit
"""
LAWSUIT_CLAIMS = """\
- id: warned-too-late
  statement: The district office warned the residents too late.
  claimants: [residents]
  status: disputed
  date: "2024-01-10"
  note: The district office says its warning was given in time.
  cite:
    - source: valley-news
      evidence: residents said the office had warned them too late
- id: no-merit
  statement: The warning was given in time, and the lawsuit has no merit.
  claimants: [district-office]
  status: disputed
  date: "2024-01-12"
  note: The residents say the warning came too late.
  cite:
    - source: valley-news
      evidence: says its warning was given in time and that the lawsuit has no merit
- id: operator-fined
  statement: The operator of the lake's dam must pay a fine.
  claimants: [valley-high-court]
  status: established
  cite:
    - source: valley-news
      evidence: a court fined the operator of the lake's dam 2 million dollars
"""
LAWSUIT_EVENT = """\
- id: lawsuit
  date: "2024-01-12"
  ongoing: true
  title: The residents' lawsuit against the district office
  cite:
    - source: valley-news
      evidence: residents filed a lawsuit against the district office
"""
LAWSUIT_NUMBERS = """\
- id: dam-fine
  value: 2000000
  unit: US dollars
  counts: fine imposed on the operator of the lake's dam
  as_of: "2024-01-15"
  unattributed: true
  cite:
    - source: valley-news
      evidence: fined the operator of the lake's dam 2 million dollars
- id: payment-offered
  value: 500
  unit: US dollars
  counts: compensation the district office offered to each family
  stated_by: [district-office]
  cite:
    - source: valley-news
      evidence: The district office offered 500 dollars to each family
"""


@pytest.fixture(scope="module")
def lawsuit(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    content = flood_content(
        tmp_path_factory.mktemp("lawsuit"), key_figures="[water-released, dam-fine, payment-offered]"
    )
    story = content / FLOOD
    for name, text in (
        ("source.txt", LAWSUIT_TEXT),
        ("actors.yaml", LAWSUIT_ACTORS),
        ("claims.yaml", LAWSUIT_CLAIMS),
        ("events.yaml", LAWSUIT_EVENT),
        ("numbers.yaml", LAWSUIT_NUMBERS),
    ):
        path = story / name
        path.write_text(path.read_text("utf-8") + text, "utf-8")
    return built(content)


def _section(page: str, heading: str) -> str:
    return page.split(f"\n{heading}", 1)[1].split("\n#", 1)[0]


def _line(page: str, label: str) -> str:
    return next(line for line in page.splitlines() if line.startswith(label))


# -- The doubt still open is the latest ----------------------------------------------------------


def test_the_first_screen_leads_with_the_appeals_dispute_not_the_trials(trial: dict[str, str]) -> None:
    """ "Still in doubt: There was no theft; ... acted in good faith, says Mark Cohen", the defence's
    opening at a trial the jury has since decided, led the line under a summary that says the appeal
    is pending. The dispute still open is the appeal's."""
    doubt = _line(trial[f"{TRIAL}/index.md"], "**Still in doubt:**")
    assert doubt.startswith(
        "**Still in doubt:** [The judge presumed Bankman-Fried guilty and his rulings kept him from making"
    )
    assert "says Alexandra Shapiro. Disputed: The prosecutors say the trial was fair." in doubt
    assert "acted in good faith" not in doubt
    # The trial's disputes the verdict did not decide are still told, in full, below.
    assert "is innocent and will go on fighting the charges" in _section(
        trial[f"{TRIAL}/index.md"], "### Disputed"
    )


def test_the_defence_case_the_verdict_settled_is_no_longer_in_doubt(trial: dict[str, str]) -> None:
    """ "Also in doubt: three other disputed claims" counted the defence's "he acted in good faith",
    which the jury's verdict has since decided (`outcome: verdict`), and "FTX had plenty of money to
    repay all its debts", which the judge rejected at the sentencing (`outcome: no-loss-rejected`)."""
    overview = trial[f"{TRIAL}/index.md"]
    assert "Also in doubt: [two more claims](#what-is-not-known)." in _line(overview, "**Still in doubt:**")
    assert "acted in good faith" not in first_screen(overview)
    unknown = overview.split("\n## What is not known", 1)[1].split("\n## ", 1)[0]
    assert "### Disputed" in unknown
    assert "acted in good faith" not in unknown
    assert "plenty of money" not in unknown


def _status(claims_page: str, anchor: str) -> LexborNode:
    """The status line of the claim ``anchor`` on the claims page, as HTML renders it."""
    said = html(claims_page).css_first(f"#{anchor}")
    assert said is not None and said.next is not None and said.next.next is not None
    status = said.next.next.css_first("li")
    assert status is not None
    return status


def test_the_argument_the_judge_rejected_at_the_sentencing_says_so(trial: dict[str, str]) -> None:
    """Bankman-Fried's "plenty of money to repay all its debts" was told as still in doubt, with a
    note that the judge had rejected it: it is disputed at the time, then settled by the ruling."""
    status = _status(trial[f"{TRIAL}/claims.md"], "enough-to-repay")
    assert status.text() == (
        "Status: Disputed at the time; settled on 28 March 2024: At the sentencing, Judge Kaplan rejects "
        "the defence's argument that FTX's customers suffered no loss"
    )
    assert [a.attributes["href"] for a in status.css("a")] == ["timeline.md#no-loss-rejected"]


def test_the_defence_case_the_verdict_settled_says_so(trial: dict[str, str]) -> None:
    """On the claims page and on the lawyer's page, as HTML renders them: disputed at the time, then
    settled by the verdict, its date, and the verdict linked to its place on the timeline."""
    status = _status(trial[f"{TRIAL}/claims.md"], "acted-in-good-faith")
    assert status.text() == (
        "Status: Disputed at the time; settled on 2 November 2023: The jury finds Bankman-Fried guilty "
        "on all seven counts"
    )
    assert [a.attributes["href"] for a in status.css("a")] == ["timeline.md#verdict"]
    assert "two disputed and since settled, two disputed" in trial[f"{TRIAL}/claims.md"]
    lawyer = html(trial[f"{TRIAL}/actors/mark-cohen.md"])
    card = next(li for li in lawyer.css("li") if "acted in good faith" in li.text())
    assert (
        "acted in good faith. (disputed at the time; settled on 2 November 2023: The jury finds"
        in card.text()
    )
    assert "../timeline.md#verdict" in [a.attributes["href"] for a in card.css("a")]


def test_the_latest_dispute_leads_in_an_invented_lawsuit(lawsuit: dict[str, str]) -> None:
    doubt = _line(lawsuit[f"{FLOOD}/index.md"], "**Still in doubt:**")
    assert "[The warning was given in time, and the lawsuit has no merit]" in doubt
    assert "warned the residents too late" not in doubt.split(". Also in doubt:")[0]


# -- What happens next names the step under way --------------------------------------------------


def test_what_may_happen_next_names_the_pending_appeal(trial: dict[str, str]) -> None:
    """ "What may happen next" told only a newspaper's forecast of the years he will serve; the
    appeal the reader waits on, under way since April 2024, was on the timeline only."""
    upcoming = _line(trial[f"{TRIAL}/index.md"], "**What may happen next:**")
    assert upcoming.startswith(
        "**What may happen next:** Still under way since April 2024: [Bankman-Fried appeals against his"
        " conviction and sentence](timeline.md#appeal).[^1]"
    )
    # The key question on what happens next says more (the hearing, each side): linked, still asked.
    assert upcoming.endswith("[What happens next?](#q-what-happens-next)")
    assert "What happens next?" in trial[f"{TRIAL}/index.md"].split("## Key questions", 1)[1]


def test_the_timeline_at_a_glance_says_the_appeal_goes_on(trial: dict[str, str]) -> None:
    """ "April 2024: Bankman-Fried appeals against his conviction and sentence" on the overview read
    as an appeal of that month; the timeline page said "Since April 2024, ongoing"."""
    glance = _section(trial[f"{TRIAL}/index.md"], "## Timeline at a glance")
    assert "- Since April 2024, ongoing: [Bankman-Fried appeals against his conviction" in glance
    assert "- April 2024:" not in glance
    actor = trial[f"{TRIAL}/actors/sam-bankman-fried.md"]
    assert "Since April 2024, ongoing: [Bankman-Fried appeals" in actor


def test_an_ongoing_lawsuit_is_what_may_happen_next(lawsuit: dict[str, str]) -> None:
    overview = lawsuit[f"{FLOOD}/index.md"]
    upcoming = _line(overview, "**What may happen next:**")
    assert upcoming.startswith(
        "**What may happen next:** Still under way since 12 January 2024: [The residents' lawsuit against"
        " the district office](timeline.md#lawsuit).[^"
    )
    # Two items in all on the first screen: its event still to come is told after it; the flood's
    # own warning is left to the key question on what happens next, and "What is not known".
    assert "Due in March 2024" in upcoming
    assert "A second lake could burst within weeks." not in upcoming
    assert upcoming.endswith(" More in [What happens next?](#q-what-happens-next)")
    doubts = overview.split("## What is not known", 1)[1].split("\n## ", 1)[0]
    assert "A second lake could burst within weeks." in doubts
    assert "Still under way" in first_screen(overview)
    glance = _section(overview, "## Timeline at a glance")
    assert "- Since 12 January 2024, ongoing: [The residents' lawsuit against the district office]" in glance


# -- Penalties read as what they are ---------------------------------------------------------------


def test_a_sentence_is_the_sentence_not_an_amount_of_one(trial: dict[str, str]) -> None:
    """A card read "25 years of prison sentence passed on Bankman-Fried" and "40 to 50 years of
    prison sentence the prosecutors asked for"."""
    overview, numbers = trial[f"{TRIAL}/index.md"], trial[f"{TRIAL}/numbers.md"]
    assert "of prison sentence" not in overview + numbers
    assert "[25 years](numbers.md#prison-sentence) the prison sentence passed on Bankman-Fried" in overview
    assert "[40 to 50 years](numbers.md#prosecutors-asked) the prison sentence the prosecutors asked for" in (
        overview
    )


def test_a_fine_in_an_invented_lawsuit(lawsuit: dict[str, str]) -> None:
    """A card read "$2 million in fine imposed on the operator of the lake's dam"."""
    figures = _section(lawsuit[f"{FLOOD}/index.md"], "## Key figures")
    assert "in fine imposed" not in figures
    assert (
        "[&#36;2 million](numbers.md#dam-fine) the fine imposed on the operator of the lake's dam" in figures
    )


def _card(page: str, anchor: str) -> str:
    """The text of the key figure card that links to ``anchor`` on the numbers page, as HTML renders
    the overview."""
    tree = html(page)
    cards = [p.text() for p in tree.css("p") if p.css_first(f'a[href="numbers.md#{anchor}"]') is not None]
    assert cards, anchor
    return cards[0]


def test_a_penalty_is_dated_by_when_it_was_imposed(trial: dict[str, str]) -> None:
    """The sentence's card read "as of 28 March 2024", as if a prison sentence were a count that
    might change the next day."""
    overview = trial[f"{TRIAL}/index.md"]
    sentence = _card(overview, "prison-sentence")
    assert sentence.startswith("25 years the prison sentence passed on Bankman-Fried")
    # Its words say it was passed, and the forfeiture's that he was ordered to forfeit: the day
    # alone, not "ordered to forfeit, ..., ordered on 28 March 2024".
    assert "from the District Court, on 28 March 2024" in sentence and "as of" not in sentence
    assert "imposed on" not in sentence
    forfeiture = _card(overview, "forfeiture")
    assert forfeiture.startswith("$11 billion in assets Bankman-Fried was ordered to forfeit, ")
    assert "from the District Court, on 28 March 2024" in forfeiture and "ordered on" not in forfeiture
    # A figure the judge found that is no penalty holds as of the day he found it.
    assert "as of 28 March 2024" in _card(overview, "customer-losses")
    numbers = trial[f"{TRIAL}/numbers.md"]
    assert "### 25 years {: #prison-sentence .explainer-value }\n\n- **Imposed:** 28 March 2024" in numbers
    assert "- **Set:** 22 December 2022" in numbers  # the bail the court set
    # The longest sentence he faced after the verdict was never imposed.
    faced = _line(numbers, '| <span id="maximum-sentence"></span>')
    assert faced.endswith("as of </span>2 November 2023 |")
    court = trial[f"{TRIAL}/actors/district-court.md"]
    assert "was ordered to forfeit (on 28 March 2024)" in court
    assert "the prison sentence passed on Bankman-Fried (on 28 March 2024)" in court
    # Words that do not say it was imposed keep the verb that dates it: the bail the court set.
    assert "the bond on which Bankman-Fried was released before the trial (set on 22 December 2022)" in court


def test_an_invented_fine_is_dated_by_when_it_was_imposed(lawsuit: dict[str, str]) -> None:
    card = _card(lawsuit[f"{FLOOD}/index.md"], "dam-fine")
    assert "on 15 January 2024" in card and "as of" not in card
    # "the fine imposed on the operator ..., imposed on 15 January 2024" said the verb twice.
    assert card.count("imposed") == 1


def _number(value: float, unit: str, counts: str) -> Number:
    return Number.model_validate(
        {
            "id": "n",
            "value": value,
            "unit": unit,
            "counts": counts,
            "unattributed": True,
            "cite": [{"source": "s"}],
        }
    )


@pytest.mark.parametrize(
    ("value", "unit", "counts", "told"),
    [
        (25, "years", "prison sentence passed on him", "25 years, the prison sentence passed on him"),
        (110, "years", "longest prison sentence he faced", "110 years, the longest prison sentence he faced"),
        (2, "billion euros", "fine imposed on the bank", "2 billion euros, the fine imposed on the bank"),
        (5000000, "US dollars", "damages the jury awarded", "$5 million, the damages the jury awarded"),
        (8, "months", "jail term the court set", "8 months, the jail term the court set"),
        # Not a penalty: people fined, and a name that holds the word.
        (40, "people", "people fined for speeding", "40 people fined for speeding"),
        (3, "judges", "Sentence Review Board judges", "3 Sentence Review Board judges"),
    ],
)
def test_how_a_penalty_joins_its_figure(value: float, unit: str, counts: str, told: str) -> None:
    assert caption_text(_number(value, unit, counts)) == told


@pytest.mark.parametrize(
    ("unit", "counts", "by_court", "verb"),
    [
        ("years", "prison sentence passed on him", False, "imposed"),
        ("euros", "fine imposed on the bank", False, "imposed"),
        ("US dollars", "damages the jury awarded", False, "awarded"),
        ("US dollars", "assets he was ordered to forfeit", False, "ordered"),
        ("years", "time she was sentenced to", False, "imposed"),
        # A court that gives the figure imposed it, or set it.
        ("US dollars", "bond on which he was released", True, "set"),
        ("months", "jail term for the driver", True, "imposed"),
        # Nothing says it was imposed.
        ("US dollars", "bond on which he was released", False, ""),
        # Asked for, faced, the most it could be: not imposed, whoever gives it.
        ("years", "prison sentence the prosecutors asked for", True, ""),
        ("years", "longest prison sentence he faced", True, ""),
        ("euros", "fine the regulator may impose", False, ""),
        # No penalty: people fined, a name that holds the word, people sentenced.
        ("people", "people fined for speeding", True, ""),
        ("judges", "Sentence Review Board judges", True, ""),
        ("people", "people who were sentenced to death", True, ""),
    ],
)
def test_when_a_penalty_is_dated_by_its_imposing(unit: str, counts: str, by_court: bool, verb: str) -> None:
    number = _number(1, unit, counts)
    assert penalty_dated(number, by_court=by_court) == verb


def test_a_penalty_takes_the() -> None:
    assert counted_article("prison sentence he faced") == "the "
    assert counted_article("people sentenced") == ""


# -- A side's request is its position, not a doubt ------------------------------------------------


def test_what_the_prosecutors_asked_for_is_not_a_doubt(trial: dict[str, str]) -> None:
    """ "40 to 50 years ... according to the prosecutors; no other source gives it", and "two figures
    only Federal prosecutors give" under "Still in doubt": no one doubts what they asked for."""
    overview = trial[f"{TRIAL}/index.md"]
    assert "no other source gives it" not in overview
    assert "figures only" not in _line(overview, "**Still in doubt:**")
    assert "### Figures only one side gives" not in overview


def test_an_offer_is_not_a_doubt_but_a_count_is(lawsuit: dict[str, str]) -> None:
    """The district office's offer is its own act; its figure for the water released stays its word."""
    overview = lawsuit[f"{FLOOD}/index.md"]
    alone = _section(overview, "### Figures only one side gives")
    assert "numbers.md#water-released" in alone
    assert "payment-offered" not in alone
    card = next(
        line for line in _section(overview, "## Key figures").splitlines() if "#payment-offered" in line
    )
    assert card.strip().startswith(
        "[&#36;500](numbers.md#payment-offered) in compensation the district office offered to each family,"
        " according to the [district office](actors/district-office.md), reported January 2024[^"
    )
    assert "no other source gives it" not in card


# -- Who each party is --------------------------------------------------------------------------


def test_the_defendant_is_introduced_by_what_he_founded(tmp_path: Path) -> None:
    """ "Sam Bankman-Fried, the founder, says:": cut at its "and", the role named nothing. His claim
    the sentencing settled, told as still disputed, is where he is introduced."""
    explained_content(tmp_path, TRIAL)
    claims = tmp_path / "content" / TRIAL / "claims.yaml"
    claims.write_text(claims.read_text("utf-8").replace("  outcome: no-loss-rejected\n", ""), "utf-8")
    disputed = _section(built(tmp_path / "content")[f"{TRIAL}/index.md"], "### Disputed")
    assert "the founder, says" not in disputed
    assert (
        "[Sam Bankman-Fried](actors/sam-bankman-fried.md), the founder and former chief executive of FTX, says:"
        in (disputed)
    )


def _group(page: str, title: str) -> list[str]:
    return re.findall(r"^- \[([^\]]+)\]", _section(page, f"## {title}"), re.M)


def test_the_courts_judges_and_jury_are_listed_apart(trial: dict[str, str]) -> None:
    """Who's who put the trial court and the appeals court among "Government bodies", beside the
    prosecutors, the judges among the lawyers under "People" and the jury among "Groups"."""
    actors = trial[f"{TRIAL}/actors/index.md"]
    deciding = _group(actors, "Courts, judges and juries")
    assert set(deciding) == {
        "Lewis Kaplan",
        "Barrington Parker",
        "Federal District Court in Manhattan",
        "Court of Appeals for the Second Circuit",
        "The jury",
    }
    assert _group(actors, "Government bodies") == ["Federal prosecutors in Manhattan"]
    people = _group(actors, "People")
    assert people[0] == "Sam Bankman-Fried" and "Lewis Kaplan" not in people
    assert (
        actors.index("## People")
        < actors.index("## Courts, judges and juries")
        < actors.index("## Organisations")
    )


def test_an_invented_court_and_judge_are_listed_apart(lawsuit: dict[str, str]) -> None:
    actors = lawsuit[f"{FLOOD}/actors/index.md"]
    assert set(_group(actors, "Courts and judges")) == {"Mira Olsen", "Valley High Court"}
    assert "Valley High Court" not in _group(actors, "Government bodies")
    assert "District office" in _group(actors, "Government bodies")


def test_an_invented_role_keeps_its_noun_phrase() -> None:
    actor = Actor.model_validate(
        {
            "id": "ana-varga",
            "name": "Ana Varga",
            "kind": "person",
            "description": "The owner and chief of Halden Ferries, a ferry company, and of Varga Freight, a"
            " haulier in the port of Halden; the plaintiff.",
            "cite": [{"source": "s"}],
        }
    )
    assert appositive(actor) == "the owner and chief of Halden Ferries"


# -- A court finds; a party says --------------------------------------------------------------------


def test_a_verdict_is_found_not_said(trial: dict[str, str]) -> None:
    """ "The jury — Says: Bankman-Fried is guilty" read as one more party's word beside the lawyers'."""
    claims = trial[f"{TRIAL}/claims.md"]
    verdict = claims.split("## [The jury]", 1)[1].split("\n## ", 1)[0]
    assert "**Finds:** [Bankman-Fried](actors/sam-bankman-fried.md) is guilty of fraud" in verdict
    kaplan = claims.split("## [Lewis Kaplan]", 1)[1].split("\n## ", 1)[0]
    assert "**Finds:** [Bankman-Fried](actors/sam-bankman-fried.md) lied at his trial" in kaplan
    # His opinion at the sentencing is still his view, and the lawyers still say.
    assert "**Argues:** There is a risk" in kaplan
    assert "**Says:** There was no theft" in claims
    # The prosecutors' case, which the verdict upheld, is theirs: said, not found.
    assert "**Say:** [Bankman-Fried](actors/sam-bankman-fried.md) defrauded" in claims
    assert (
        "- [The jury](jury.md) found on 2 November 2023: [Bankman-Fried is guilty"
        in trial[f"{TRIAL}/actors/sam-bankman-fried.md"]
    )


def test_an_invented_courts_ruling_is_found(lawsuit: dict[str, str]) -> None:
    claims = lawsuit[f"{FLOOD}/claims.md"]
    court = claims.split("## [Valley High Court]", 1)[1].split("\n## ", 1)[0]
    assert "**Finds:** The operator of the lake's dam must pay a fine." in court
    # A party's word stays said.
    assert "**Says:** The warning was given in time, and the lawsuit has no merit." in claims


def _counted_on_whos_who(pages: dict[str, str], slug: str) -> str:
    """What the Who's who page's first line counts, as a phrase: "five people, two courts, ..."."""
    first = pages[f"{slug}/actors/index.md"].split("\n\n")[2]
    counted = first.split(" in this story, by kind;", 1)[0]
    return counted[0].lower() + counted[1:]


@pytest.mark.parametrize("story", ["trial", "lawsuit"])
def test_the_overview_counts_everyone_as_the_whos_who_does(
    story: str, request: pytest.FixtureRequest
) -> None:
    """The overview's link said "Everyone in this story: seven people, six organisations and two
    groups" to a page that opened "Five people, two courts, two judges, one jury, ...": the judges
    counted among the people, the courts among the organisations."""
    pages: dict[str, str] = request.getfixturevalue(story)
    slug = TRIAL if story == "trial" else FLOOD
    counted = _counted_on_whos_who(pages, slug)
    assert "court" in counted and "judge" in counted
    overview = pages[f"{slug}/index.md"]
    assert f"[Everyone in this story: {counted}](actors/index.md)" in overview
    assert f"- [Who's who](actors/index.md): {counted}, and who each is" in overview


def test_a_forecast_no_one_named_makes_reads_as_a_sentence(trial: dict[str, str]) -> None:
    """The first screen read "Reports say, naming no one: The appeal could take years", as if the
    reports named no one at all; it is said as a sentence that still names no one. The first screen
    tells two items of what may happen next; this forecast, the third, is told under "What is not
    known", a tap away."""
    overview = trial[f"{TRIAL}/index.md"]
    ahead = first_screen(overview).split("**What may happen next:**", 1)[1]
    assert "More in [What happens next?](#q-what-happens-next)" in ahead
    doubts = overview.split("## What is not known", 1)[1].split("\n## ", 1)[0]
    assert "Reports say, without naming a source, that the " in doubts
    assert "naming no one" not in doubts


@pytest.mark.parametrize(
    ("statement", "told"),
    [
        (
            "The bridge may close again.",
            "Reports say, without naming a source, that the bridge may close again.",
        ),
        ("It could rain for a week.", "Reports say, without naming a source, that it could rain for a week."),
        # A first word that may be a name keeps its capital: the sentence is attributed at its end.
        ("Soldiers blocked the road.", "Soldiers blocked the road, reports say without naming a source."),
        ("Olsen will rule in May.", "Olsen will rule in May, reports say without naming a source."),
        # "Reports say, without naming a source: How many people lost their homes is not yet known."
        # read as a label before a quotation.
        (
            "How many people lost their homes is not yet known.",
            "How many people lost their homes is not yet known, reports say without naming a source.",
        ),
        # Several sentences, or a question, stay after a colon: the attribution is of them all.
        (
            "Soldiers blocked the road. They fired shots.",
            "Reports say, without naming a source: Soldiers blocked the road. They fired shots.",
        ),
        ("Will Olsen rule in May?", "Reports say, without naming a source: Will Olsen rule in May?"),
        # A stop that is an abbreviation's, or inside a quotation, ends no sentence to attribute after.
        ("Aid reached the U.S.", "Reports say, without naming a source: Aid reached the U.S."),
        ('Olsen said "no."', 'Reports say, without naming a source: Olsen said "no."'),
        ("Prices rose 2.5% in May.", "Prices rose 2.5% in May, reports say without naming a source."),
    ],
)
def test_what_no_one_named_says(statement: str, told: str) -> None:
    assert said_by_no_one_named(statement) == told
