"""Claims a later decision overtook (tests/fixtures/explained: a merger a regulator blocked and later
approved in a changed form, a doping case decided, appealed and settled, a bridge's collapse and the
cases after it), read as a newcomer who asks what is still not known; and the same rules on other
topics.

Each test reads the pages as built, rendered to HTML as MkDocs renders them (without the theme)."""

from __future__ import annotations

import pytest
from explained import built_fixtures, invented_story, text

from generator.format.dossier import Dossier
from generator.format.model import Actor, Claim, Event, Relationship
from generator.site.sequels import Closed, Sequel, sequel
from generator.site.statuses import census, overtaken_census, says_claim, status_phrase
from generator.site.unknowns import decider

MERGER = "activision-merger-review"
CASE = "sinner-doping-case"
BRIDGE = "key-bridge-collapse-2024"
DRUG = "lecanemab-alzheimers"

CITE = [{"source": "s", "evidence": "e"}]


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, MERGER, CASE, BRIDGE, DRUG)


def _not_known(overview: str) -> str:
    """The text of the overview's "What is not known" section."""
    return text(overview.split("## What is not known", 1)[1].split("\n## ", 1)[0])


# -- A ground a body gave for a decision it later replaced is no open doubt ----------------------------


def test_the_block_s_ground_leaves_what_is_not_known(pages: dict[str, str]) -> None:
    """ "What is not known" listed, under "Their own account", "The Competition and Markets Authority
    says: The deal would reinforce Microsoft's advantage in cloud gaming ...": its ground, in April,
    for a block it replaced in October by its approval of a changed deal. In the present, with no
    word of what followed, it read as the regulator's standing view. The claims page tells it, with
    the approval."""
    unknown = _not_known(pages[f"{MERGER}/index.md"])
    assert "would reinforce" not in unknown
    # Nor do the grounds of decisions that still stand: they stand with the decisions, no doubt.
    assert "The European Commission says: Microsoft's licences" not in unknown
    assert "The Federal Trade Commission, the US agency that enforces competition law, says" not in unknown
    assert (
        "would reinforce Microsoft's advantage in cloud gaming by giving it control over important gaming"
        " content, just as that market begins to grow rapidly. Status: The reason given for a decision on"
        " 26 April 2023: The UK's Competition and Markets Authority blocks the deal over cloud gaming; later,"
        " on 13 October 2023: The CMA approves the restructured deal"
    ) in text(pages[f"{MERGER}/claims.md"])


def test_a_medicines_regulator_s_first_ground_on_another_topic(pages: dict[str, str]) -> None:
    """The same on a drug: the medicines agency's July ground for advising against approval ("does not
    outweigh the risk") was listed beside its November ground for advising approval, "says" both.
    Neither stays, the standing one a ground of a decision that stands; nor does the health body's
    draft ground, which its final one replaced."""
    unknown = _not_known(pages[f"{DRUG}/index.md"])
    assert "does not outweigh" not in unknown
    assert "benefits are greater" not in unknown
    assert "too small to justify the cost" not in unknown


def _dossier(
    actors: list[Actor], events: list[Event], claims: list[Claim], ties: list[Relationship]
) -> Dossier:
    return invented_story(tuple(actors), tuple(events), tuple(claims), tuple(ties))


def _actor(id: str, name: str, kind: str = "organisation") -> Actor:
    return Actor.model_validate({"id": id, "name": name, "kind": kind, "description": "D.", "cite": CITE})


def _event(id: str, title: str, date: str, *actors: str) -> Event:
    return Event.model_validate(
        {"id": id, "date": date, "title": title, "actors": list(actors), "cite": CITE}
    )


def _claim(
    id: str,
    date: str,
    *claimants: str,
    status: str = "stated",
    outcome: str | None = None,
    statement: str = "The mill's books show it can pay more.",
) -> Claim:
    fields: dict[str, object] = {
        "id": id,
        "statement": statement,
        "claimants": list(claimants),
        "status": status,
        "date": date,
        "cite": CITE,
    }
    if outcome:
        fields["outcome"] = outcome
    return Claim.model_validate(fields)


def test_a_planning_board_s_ground_on_invented_decisions() -> None:
    """A planning board refuses a tower, giving its ground, then permits a lower one: the ground is
    overtaken by the permit. Without a later decision, or said on another day, it is not."""
    board = _actor("board", "Planning Board", "government-body")
    refusal = _event("refusal", "The Planning Board refuses the tower's permit", "2031-03-02", "board")
    permit = _event("permit", "The Planning Board grants a permit for a lower tower", "2031-09-14", "board")
    shade = "The tower would shade the old square."
    ground = _claim("ground", "2031-03-02", "board", statement=shade)
    assert sequel(ground, _dossier([board], [refusal, permit], [ground], [])) == Sequel(
        Closed.REPLACED, permit
    )
    assert sequel(ground, _dossier([board], [refusal], [ground], [])) is None
    later = _claim("ground", "2031-03-05", "board", statement=shade)
    assert sequel(later, _dossier([board], [refusal, permit], [later], [])) is None


# -- What one side said while a dispute was open, before an agreement ended it -------------------------


def test_what_was_said_before_the_settlement_leaves_what_is_not_known(pages: dict[str, str]) -> None:
    """ "Only one side says so" listed the tennis agency's chief on its acceptance of the player's
    account, the day the tribunal cleared him, and the player's dismay at the appeal: both said while
    the finding was disputed, both before the settlement that ended the case. What they said on the
    settlement's day stays. The claims page says what followed each."""
    unknown = _not_known(pages[f"{CASE}/index.md"])
    assert "accepted the player's explanation" not in unknown
    assert "The appeal is a disappointment" not in unknown
    assert "accepting WADA's offer of a three-month ban ends a case" in unknown
    assert "The settlement supports the ITIA's finding" in unknown
    claims = text(pages[f"{CASE}/claims.md"])
    assert (
        "Status: Stated by one side; no other source confirms it; said before what followed, on 15 February"
        " 2025: WADA and Sinner settle the case with a three-month ban, and WADA withdraws its appeal"
    ) in claims
    # On the actor's page, in the past and dated, as what an event settled is.
    assert "Karen Moorhouse said on 20 August 2024: The ITIA accepted" in text(
        pages[f"{CASE}/actors/karen-moorhouse.md"]
    )


def _strike(*claims: Claim, ending: str = "The union and the mill sign a new contract") -> Dossier:
    """A mill's workers on strike: the mill's offer, which the union disputes, and the end of it."""
    actors = [
        _actor("union", "Weavers' Union"),
        _actor("mill", "Calder Mill"),
        _actor("chair", "Ines Varo", "person"),
        _actor("council", "Town Council", "government-body"),
        _actor("court", "Labour Court", "government-body"),
    ]
    events = [
        _event("offer", "The mill offers a 2% raise", "2031-02-01", "mill", "union"),
        _event("end", f"{ending}", "2031-04-20", *(["court"] if "Court" in ending else []), "union", "mill"),
    ]
    offer = _claim(
        "offer-fair", "2031-02-01", "mill", status="disputed", outcome="end", statement="The offer is fair."
    )
    ties = [
        Relationship.model_validate(
            {"subject": "chair", "predicate": "leader-of", "object": "union", "cite": CITE}
        )
    ]
    return _dossier(actors, events, [offer, *claims], ties)


@pytest.mark.parametrize(
    ("claim", "overtaken"),
    [
        # The union's leader, while the offer was disputed: overtaken by the contract.
        (_claim("books", "2031-03-10", "chair"), True),
        # The union itself, on the day of the offer it disputes.
        (_claim("books", "2031-02-01", "union"), True),
        # Said after the contract, or before the dispute opened: no.
        (_claim("books", "2031-04-21", "chair"), False),
        (_claim("books", "2031-01-15", "chair"), False),
        # One who took no part in the dispute: the council's word stays its word.
        (_claim("books", "2031-03-10", "council"), False),
        # An opinion is no statement of fact to overtake.
        (_claim("books", "2031-03-10", "chair", status="opinion"), False),
    ],
)
def test_a_strike_s_statements_on_invented_data(claim: Claim, overtaken: bool) -> None:
    story = _strike(claim)
    followed = sequel(claim, story)
    assert (followed == Sequel(Closed.ENDED, story.event_by_id["end"])) is overtaken
    assert followed is None or overtaken


def test_a_ruling_leaves_a_side_s_statements_its_word() -> None:
    """A court's ruling decides the question put to it, not each statement a side made in support:
    the union's "the mill's books show it can pay more" stays its word, and says nothing of after."""
    claim = _claim("books", "2031-03-10", "chair")
    story = _strike(claim, ending="The Labour Court orders a 4% raise")
    assert sequel(claim, story) is None
    assert status_phrase(claim, story) == "stated by one side; no other source confirms it"
    agreed = _strike(claim)
    assert status_phrase(claim, agreed) == (
        "stated by one side; no other source confirms it; said before what followed, on 20 April 2031: The"
        " union and the mill sign a new contract"
    )


def test_the_first_screen_counts_only_what_is_still_in_doubt(pages: dict[str, str]) -> None:
    """The first screen's "Also in doubt" counted the claims the settlement had overtaken ("five more
    claims") where "What is not known" lists three (two, since the agency's word on its own finding
    says whom it is about and reads as its own account)."""
    overview = pages[f"{CASE}/index.md"]
    assert "Also in doubt: two more claims" in text(overview.split("\n## ", 1)[0])


def _claims_census(claims_page: str) -> str:
    """The claims page's count of its claims, the sentence before its legend."""
    return next(line for line in text(claims_page).split(". ") if " claims from " in line)


def test_the_claims_page_counts_what_was_overtaken_as_told(pages: dict[str, str]) -> None:
    """The claims page counted "five that no other source confirms" where the first screen counted
    three in doubt: two were said before the settlement that ended the case, and their statuses say
    so. The count tells them as their statuses do, and adds up to the claims."""
    case = _claims_census(pages[f"{CASE}/claims.md"])
    assert (
        "one account its makers give of themselves, two that no other source confirms, two said before"
        in case
    )
    assert "five that no other source confirms" not in case
    # The regulator's ground for a block it replaced by an approval is no standing account of itself.
    merger = _claims_census(pages[f"{MERGER}/claims.md"])
    assert (
        "two reasons given for decisions, one that no other source confirms, one reason given"
        " for a decision since followed by another and five opinions"
    ) in merger
    drug = _claims_census(pages[f"{DRUG}/claims.md"])
    assert (
        "three reasons given for decisions, two accounts their makers give of themselves, two reasons"
        " given for decisions since" in drug
    )


def test_a_count_of_invented_claims_tells_what_was_overtaken() -> None:
    """The union leader's word while the mill's offer was disputed, said before the contract that
    ended the strike, and the planning board's ground for a refusal it followed with a permit, are
    counted in the past; the council's word, which nothing overtook, stays one side's word."""
    books = _claim("books", "2031-03-10", "chair")
    roads = _claim("roads", "2031-03-10", "council", statement="The strike has closed two roads.")
    strike = _strike(books, roads)
    overtaken = {c.id: w for c in strike.claims if (w := overtaken_census(c, strike)) is not None}
    assert overtaken == {"books": ("said before what followed", "said before what followed")}
    counted = census(strike.claims, lambda c: f"#{c.id}", settled={"offer-fair"}, overtaken=overtaken)
    assert counted == [
        "one disputed and since settled",
        "one that no other source confirms",
        "one said before what followed",
    ]
    board = _actor("board", "Planning Board", "government-body")
    refusal = _event("refusal", "The Planning Board refuses the tower's permit", "2031-03-02", "board")
    permit = _event("permit", "The Planning Board grants a permit for a lower tower", "2031-09-14", "board")
    shade = _claim("shade", "2031-03-02", "board", statement="The tower would shade the old square.")
    height = _claim("height", "2031-09-14", "board", statement="The lower tower keeps the square in sun.")
    planning = _dossier([board], [refusal, permit], [shade, height], [])
    overtaken = {c.id: w for c in planning.claims if (w := overtaken_census(c, planning)) is not None}
    assert list(overtaken) == ["shade"]
    assert census(planning.claims, lambda c: f"#{c.id}", own={"shade", "height"}, overtaken=overtaken) == [
        "one account its makers give of themselves",
        "one reason given for a decision since followed by another",
    ]


# -- A charge's allegation is alleged ------------------------------------------------------------------


def test_the_indictment_s_allegation_is_alleged(pages: dict[str, str]) -> None:
    """ "Kelly Hayes, the US Attorney for Maryland, says: Had the Dali used its proper fuel supply
    pumps, ..." told the indictment's allegation, the year prosecutors charged the ship's manager, as
    a statement of fact. So did the state's suit, on the first screen ("says Anthony Brown")."""
    overview = text(pages[f"{BRIDGE}/index.md"])
    assert "Kelly Hayes, the US Attorney for Maryland, alleges: Had the Dali used" in overview
    assert (
        "should not have to pay for it, alleges Anthony Brown, the Attorney General of Maryland" in overview
    )
    assert "Kelly Hayes alleges: Had the Dali" in text(pages[f"{BRIDGE}/actors/kelly-hayes.md"])
    # Another's word of the same story is still said.
    assert "Wes Moore, the Governor of Maryland, says" in overview


def _charged(title: str, claim_date: str = "2031-06-02", maker: str = "prosecutor") -> bool:
    actors = [_actor("prosecutor", "Rell Vane", "person"), _actor("office", "Port Prosecutor's Office")]
    actors.append(_actor("owners", "Tarn Shipping"))
    charge = _event("charge", title, "2031-06-02", "office", "owners")
    hull = _claim("hull", claim_date, maker, statement="The owners hid the hull's cracks.")
    ties = [
        Relationship.model_validate(
            {"subject": "prosecutor", "predicate": "employed-by", "object": "office", "cite": CITE}
        )
    ]
    story = _dossier(actors, [charge], [hull], ties)
    return says_claim(hull, [story.actor_by_id[maker]], story) == "alleges"


@pytest.mark.parametrize(
    ("title", "claim_date", "maker", "alleges"),
    [
        ("Prosecutors charge the ferry line's owners over the sinking", "2031-06-02", "prosecutor", True),
        ("The port's prosecutor indicts Tarn Shipping", "2031-06-02", "prosecutor", True),
        ("The port authority sues the owners for the cost of the salvage", "2031-06-02", "office", True),
        # A noun, not a charge brought: the prosecutor drops the charges, the owners face charges.
        ("The prosecutor drops the charges against the owners", "2031-06-02", "prosecutor", False),
        ("The owners face charges in two ports", "2031-06-02", "prosecutor", False),
        # Said on another day, or by one who takes no part in the charge.
        ("Prosecutors charge the ferry line's owners over the sinking", "2031-07-01", "prosecutor", False),
        ("Prosecutors charge the ferry line's owners over the sinking", "2031-06-02", "owners", False),
    ],
)
def test_a_charge_on_invented_titles(title: str, claim_date: str, maker: str, alleges: bool) -> None:
    assert _charged(title, claim_date, maker) is alleges


# -- A deciding body's own estimate is no side's word --------------------------------------------------


def test_the_regulator_s_estimates_are_its_own_figures(pages: dict[str, str]) -> None:
    """ "Figures only one side gives" listed the UK authority's estimates of Microsoft's share of cloud
    gaming, "only the Competition and Markets Authority says so": the body that decided the deal,
    made one of its sides. They are its own figures, which no other source gives."""
    unknown = _not_known(pages[f"{MERGER}/index.md"])
    assert "Figures only one side gives" not in unknown
    assert "Figures no other source gives" in unknown
    assert (
        "60 to 70%, Microsoft's share of cloud gaming services worldwide, according to the Competition and"
        " Markets Authority; no other source gives it"
    ) in unknown
    assert (
        "No other source gives one of the key figures above, from the Competition and Markets Authority: 70%"
        in (unknown)
    )
    # A side's figures in a story with sides stay a side's.
    assert "Figures only one side gives" in _not_known(pages[f"{BRIDGE}/index.md"])


def _port(*claims: Claim, decides: bool = True) -> tuple[Actor, Dossier]:
    """A harbour office that refuses a ferry line's licence (or only visits the port), in a story where
    the line disputes it."""
    office = _actor("office", "Harbour Office", "government-body")
    actors = [office, _actor("line", "Tarn Ferries")]
    title = (
        "The Harbour Office refuses the line's licence" if decides else "The Harbour Office visits the port"
    )
    events = [_event("refusal", title, "2031-05-03", "office", "line")]
    return office, _dossier(actors, events, list(claims), [])


@pytest.mark.parametrize(
    ("claims", "decides", "own"),
    [
        # A body that decided, and whose word no one disputes: its figures are its own.
        ((), True, True),
        (
            (_claim("slots", "2031-05-03", "line", status="disputed", statement="The office miscounted."),),
            True,
            True,
        ),
        # No decision of its own in the story: a government body is one more party.
        ((), False, False),
        # A body whose word others dispute, or that tells one side's word of others, is a side.
        (
            (_claim("slots", "2031-05-03", "office", status="disputed", statement="The line lied."),),
            True,
            False,
        ),
        ((_claim("slots", "2031-05-09", "office", statement="The line hid its losses."),), True, False),
        # The same said on the day of its refusal is the ground it gave for it: its own account.
        ((_claim("slots", "2031-05-03", "office", statement="The line hid its losses."),), True, True),
    ],
)
def test_a_harbour_office_s_figures_on_invented_data(
    claims: tuple[Claim, ...], decides: bool, own: bool
) -> None:
    office, story = _port(*claims, decides=decides)
    assert decider(office, story) is own
