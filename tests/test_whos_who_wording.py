"""How Who's who and an actor's page word a person's or a body's line, read as a newcomer scanning it: a body's decision
told whole, not cut at a comma before its second half; a role that keeps whom its holder acts for;
a tie to another actor that the role already says, not said twice.

Each test reads the pages as built (tests/fixtures/explained), rendered to HTML as MkDocs renders
them (without the theme), or invented data where no second story has the form."""

from __future__ import annotations

import pytest
from explained import built_fixtures, text
from flood import first_screen

from generator.format.model import Actor, Event
from generator.site.decisions import decided
from generator.site.roles import appositive, brief_appositive, fuller, names_its_tie, role

OUTAGE = "crowdstrike-outage-2024"
TRIAL = "ftx-fraud-trial"
BUDGET = "uk-budget-2024"
ELECTION = "venezuela-election-2024"
LAW = "eu-ai-act"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, OUTAGE, TRIAL, BUDGET, ELECTION, LAW)


def _actor(description: str, name: str = "Harbour Court", kind: str = "government-body") -> Actor:
    return Actor.model_validate(
        {"id": "a", "name": name, "kind": kind, "description": description, "cite": [{"source": "s"}]}
    )


def _event(title: str) -> Event:
    return Event.model_validate(
        {"id": "e", "date": "2024-05-03", "title": title, "actors": ["a"], "cite": [{"source": "s"}]}
    )


# -- A decision told whole ------------------------------------------------------------------------


def test_a_ruling_in_two_halves_is_told_whole(pages: dict[str, str]) -> None:
    """The court "ruled that parts of Delta's lawsuit can go ahead": cut at the comma, the line
    dropped "and dismissed others", half of what the court decided."""
    people = text(pages[f"{OUTAGE}/actors/index.md"])
    assert (
        "In this story: ruled that parts of Delta's lawsuit can go ahead, and dismissed others on 16 May 2025"
        in people
    )
    # A decision with another act after its "and" still ends before it: the trial's jury and judge.
    trial = text(pages[f"{TRIAL}/actors/index.md"])
    assert "In this story: found Bankman-Fried guilty on all seven counts on 2 November 2023" in trial


@pytest.mark.parametrize(
    ("title", "told"),
    [
        (
            "The Harbour Court rules that the claim can go ahead, and dismisses the rest",
            "ruled that the claim can go ahead, and dismissed the rest",
        ),
        ("The Harbour Court upholds the fine but quashes the ban", "upheld the fine but quashed the ban"),
        (
            "The Harbour Court approves the berth, but refuses a second, citing safety",
            "approved the berth, but refused a second",
        ),
        # Another act after the decision is no part of it: it would read in the present.
        ("The Harbour Court revokes the licence and sends the case back", "revoked the licence"),
        ("The Harbour Court fines the ferry line, and says it will appeal", "fined the ferry line"),
        ("The Harbour Court rejects the appeal, citing delays", "rejected the appeal"),
    ],
)
def test_a_decision_in_two_halves_on_invented_titles(title: str, told: str) -> None:
    assert decided(_actor("The port's court."), _event(title)) == told


# -- For whom a person acts -------------------------------------------------------------------------


def test_a_role_keeps_for_whom_its_holder_acts(pages: dict[str, str]) -> None:
    """Cut at the comma before "who", the former prime minister's role dropped that he replied to
    the Budget for the opposition, and the president's that he stood for his party: each line said
    what the person was, not for whom they act in the story."""
    budget = text(pages[f"{BUDGET}/actors/index.md"])
    assert (
        "Rishi Sunak: The former Conservative prime minister, who replied to the Budget for the opposition"
        in budget
    )
    election = text(pages[f"{ELECTION}/index.md"])
    assert (
        "Nicolás Maduro: Venezuela's president, who stood for re-election for the United Socialist Party "
        "of Venezuela" in election
    )
    # A clause that says what a person did, not for whom, is still cut: the governor's vote.
    assert "the Governor of the Bank of England, who voted" not in " ".join(text(p) for p in pages.values())


@pytest.mark.parametrize(
    ("description", "said", "inside"),
    [
        (
            "The port's outside lawyer, who represents the Harbour Office in the dispute.",
            "The port's outside lawyer, who represents the Harbour Office in the dispute",
            "the port's outside lawyer who represents the Harbour Office in the dispute",
        ),
        (
            "A union leader, who spoke on behalf of the dock workers.",
            "A union leader, who spoke on behalf of the dock workers",
            "a union leader who spoke on behalf of the dock workers",
        ),
        (
            "A councillor, who stood for the Green Party in Tarnby.",
            "A councillor, who stood for the Green Party in Tarnby",
            "a councillor who stood for the Green Party in Tarnby",
        ),
        # What a person did, not for whom: kept in a role, not inside a sentence.
        (
            "A member of the port board, who voted for the levy.",
            "A member of the port board, who voted for the levy",
            "a member of the port board",
        ),
        ("A ferry owner, who lives in Orla.", "A ferry owner, who lives in Orla", "a ferry owner"),
        # Too long to keep whole inside a sentence: the appositive ends at the comma.
        (
            "The chief executive of the Orla Ferry Line, who spoke for the union at the hearing.",
            "The chief executive of the Orla Ferry Line, who spoke for the union at the hearing",
            "the chief executive of the Orla Ferry Line",
        ),
        # Too long for a role: the relative clause cut at a phrase's end; inside a sentence, at the comma.
        (
            "The chief executive of the Orla Ferry Line, who spoke for the union at the two hearings.",
            "The chief executive of the Orla Ferry Line, who spoke for the union",
            "the chief executive of the Orla Ferry Line",
        ),
    ],
)
def test_for_whom_on_invented_people(description: str, said: str, inside: str) -> None:
    person = _actor(description, name="Jon Pell", kind="person")
    assert role(person) == said
    assert appositive(person) == (inside or said[:1].lower() + said[1:])
    assert "," not in brief_appositive(person)


def test_a_bodys_clause_after_its_role_is_kept_on_invented_actors() -> None:
    """A body's clause tells what it did ("which licensed the drug for Aldria"): kept in its role;
    Who's who leaves it out when the line tells the same decision after it, dated
    (``decisions.without_decision``)."""
    body = _actor("Aldria's medicines regulator, which licensed the drug for Aldria.")
    assert role(body) == "Aldria's medicines regulator, which licensed the drug for Aldria"


# -- A tie the description already says -------------------------------------------------------------


def test_a_tie_the_description_says_is_not_said_again(pages: dict[str, str]) -> None:
    """ "George Kurtz is a leader of CrowdStrike" under "The chief executive of CrowdStrike", and
    "Lewis Kaplan is a member of the Federal District Court in Manhattan" under "The federal judge in
    Manhattan who presided over the trial": each page said its person's place twice."""
    kurtz = text(pages[f"{OUTAGE}/actors/george-kurtz.md"])
    assert "The chief executive of CrowdStrike" in kurtz
    assert "is a leader of" not in kurtz
    assert "Relationships" not in kurtz
    kaplan = text(pages[f"{TRIAL}/actors/lewis-kaplan.md"])
    assert "The federal judge in Manhattan who presided over the trial" in kaplan
    assert "is a member of" not in kaplan
    # Every word of the body's name but what it is: a secretary of the department of that name.
    buttigieg = text(pages[f"{OUTAGE}/actors/pete-buttigieg.md"])
    assert "The US Secretary of Transportation at the time of the outage" in buttigieg
    assert "is a leader of" not in buttigieg
    johnson = text(pages[f"{BUDGET}/actors/paul-johnson.md"])
    assert "is a leader of" not in johnson
    # The other side of the tie says what its description does not: the company is led by him.
    assert "CrowdStrike is led by George Kurtz" in text(pages[f"{OUTAGE}/actors/crowdstrike.md"])
    # A tie of the dossier's own verb whose doer and other end the description names is said once
    # (tests/test_plain_telling.py), as is his place among the lawyers his description is one of.
    cohen = text(pages[f"{TRIAL}/actors/mark-cohen.md"])
    assert "Mark Cohen represents Sam Bankman-Fried" not in cohen
    assert "is a member of" not in cohen


@pytest.mark.parametrize(
    ("description", "other", "told"),
    [
        ("The chief executive of Kessel Pay.", ("Kessel Pay", "A payments company in Aldria."), True),
        ("The harbour judge in Orla who heard the case.", ("Orla Court", "The harbour court in Orla."), True),
        ("The head of the KPA.", ("Kessel Port Authority", "The port's owner."), True),
        ("The Orla Secretary of Harbours.", ("Orla Department of Harbours", "A body."), True),
        ("A ferry owner in Orla.", ("Orla Council", "A body."), False),
        # One of a body named by its members: "Kessel Pay's lawyers".
        ("Kessel Pay's lead lawyer at the hearing.", ("Kessel Pay's lawyers", "Its lawyers."), True),
        # Another place's board: the word it lacks is a name, not what the body is.
        ("A member of the port board of Orla.", ("Tarnby Port Board", "The port board of Tarnby."), False),
        # Nothing of the other said: the tie tells who employs the person.
        ("A lawyer who speaks for the ferry crews.", ("Kessel Pay", "A payments company in Aldria."), False),
        ("A judge.", ("Orla Court", "The court."), False),
    ],
)
def test_a_tie_said_by_a_description_on_invented_actors(
    description: str, other: tuple[str, str], told: bool
) -> None:
    person = _actor(description, name="Jon Pell", kind="person")
    body = Actor.model_validate(
        {
            "id": "b",
            "name": other[0],
            "kind": "organisation",
            "aliases": ["KPA"] if other[0] == "Kessel Port Authority" else [],
            "description": other[1],
            "cite": [{"source": "s"}],
        }
    )
    assert names_its_tie(person, body) is told


# -- An appositive inside a sentence -----------------------------------------------------------------


def test_an_owners_role_opening_on_an_article_is_lowered_inside_a_sentence(pages: dict[str, str]) -> None:
    """The law's first screen read "The European Commission, The EU's executive, says": a role that
    opens on "The" before an owner's name kept its capital in the middle of the sentence."""
    screen = text(first_screen(pages[f"{LAW}/index.md"]))
    assert "The European Commission, the EU's executive, says" in screen
    assert ", The EU's" not in " ".join(text(page) for page in pages.values())


@pytest.mark.parametrize(
    ("description", "inside"),
    [
        ("The port's owner.", "the port's owner"),
        ("The Orla Ferry Line's owner.", "the Orla Ferry Line's owner"),
        # An owner's name keeps its capital.
        ("Aldria's lead lawyer at the trial.", "Aldria's lead lawyer at the trial"),
    ],
)
def test_an_owners_role_inside_a_sentence_on_invented_actors(description: str, inside: str) -> None:
    assert appositive(_actor(description, name="Jon Pell", kind="person")) == inside


# -- What follows a role's comma: an appositive, a relative clause -------------------------------------


@pytest.mark.parametrize(
    ("description", "said"),
    [
        # An appositive and a relative clause that say who they are and what they did: kept whole.
        (
            "The choir's 12 singers, all students, who slept in the hall while it was shut.",
            "The choir's 12 singers, all students, who slept in the hall while it was shut",
        ),
        # A second clause after ", and which" is cut; the first kept.
        (
            "The mill's lender, which holds a charge on its looms, and which sued the owner in May.",
            "The mill's lender, which holds a charge on its looms",
        ),
        # Too long: the relative clause cut at a phrase's end, not after a word that joins.
        (
            "The county's water board, whose engineers drew up the new dam plans for the valley in 2031.",
            "The county's water board, whose engineers drew up the new dam plans for the valley",
        ),
        (
            "A hat maker, 40 years old and one of the last in the town.",
            "A hat maker, 40 years old and one of the last in the town",
        ),
        # Not before a verb of the infinitive, nor before a list's second item, nor on "and".
        (
            "The town's school board, which chose the books and decided which of the old schools to close.",
            "The town's school board",
        ),
        (
            "The orchard cooperative, which buys fruit, sets its price and ships it.",
            "The orchard cooperative",
        ),
        # A main clause after the appositive: the sentence is no role's noun phrase.
        ("The mayor's deputy, a former judge, ran the council for a year.", "The mayor's deputy"),
        # After a place, the appositive says what the place is: cut at the place.
        ("The bakery in Tarnby, a town of 900 people.", "The bakery in Tarnby"),
        # Too long with its place: what the actor did is kept, the place left out.
        (
            "A bakery chain in Tarnby that recalled its bread after a mould scare spread across the region.",
            "A bakery chain that recalled its bread after a mould scare spread across the region",
        ),
    ],
)
def test_what_follows_a_roles_comma_on_invented_actors(description: str, said: str) -> None:
    assert role(_actor(description)) == said


# -- An appositive on the name that ends a role's head ----------------------------------------------


# A deed of the kind ``Story.deeds`` gives: a verb phrase, with the other actor it names.
_SEIZED = ("seized the trawler Sea Wren", ("Sea Wren",))


@pytest.mark.parametrize(
    ("description", "name", "said"),
    [
        # The appositive says what the town is, and the role without it says little: the deed.
        ("The harbour police of Orvik, a fishing port on the gulf.", "Orvik Harbour Police",
         "The harbour police of Orvik; they seized the trawler Sea Wren"),
        ("The customs office at Brenna, the northern ferry port.", "Brenna Customs Office",
         "The customs office at Brenna; it seized the trawler Sea Wren"),
        ("The coastguard of the Dune Islands, a chain of 40 islets.", "Dune Islands Coastguard",
         "The coastguard of the Dune Islands; it seized the trawler Sea Wren"),
        # The role without it says enough (it repeats no word of the name): the appositive stays, on the
        # name or not; a deed follows only a role that says little.
        ("A member of the Gulf Fishing League, the Orvik crews' main rival.", "Tarn Fishers",
         "A member of the Gulf Fishing League, the Orvik crews' main rival"),
        ("The owner of Kessel Nets, the largest net maker on the gulf.", "Harbour Holdings",
         "The owner of Kessel Nets, the largest net maker on the gulf"),
        # A relative clause after the name tells what the actor did: kept, no deed.
        ("The harbour police of Orvik, which fined the crew in May.", "Orvik Harbour Police",
         "The harbour police of Orvik, which fined the crew in May"),
        # After a participle's "by" and its name, the appositive is on the actor: kept.
        ("A bank founded by Ola Berg, the sister company of Tarn Trading.", "Berg Savings Bank",
         "A bank founded by Ola Berg, the sister company of Tarn Trading"),
        # An appositive after a possessive head is on the actor: kept.
        ("Orvik's harbour police, the port's only armed force.", "Orvik Harbour Police",
         "Orvik's harbour police, the port's only armed force"),
    ],
)  # fmt: skip
def test_an_appositive_on_a_name_gives_way_to_what_the_actor_did(
    description: str, name: str, said: str
) -> None:
    """The role "The harbour police of Orvik, a fishing port on the gulf" told what Orvik is and
    nothing of the police: the role without it, followed by what the police did, says who they are."""
    assert fuller(_actor(description, name=name), [_SEIZED]) == said


def test_an_appositive_on_a_name_stays_when_the_actor_did_nothing_told() -> None:
    """With no deed to follow the bare role, what the name is says more than the name alone."""
    police = _actor("The harbour police of Orvik, a fishing port on the gulf.", name="Orvik Harbour Police")
    assert fuller(police, []) == "The harbour police of Orvik, a fishing port on the gulf"
    assert role(police) == "The harbour police of Orvik, a fishing port on the gulf"
    assert role(police, named=False) == "The harbour police of Orvik"
    # A deed that names what the role names is no better: the appositive stays.
    assert fuller(police, [("patrols Orvik's harbour", ("Orvik",))]) == role(police)


def test_an_appositive_on_a_name_gives_way_to_the_descriptions_next_sentence() -> None:
    """The description's own next sentence about the actor tells what it did, as a deed does."""
    police = _actor(
        "The harbour police of Orvik, a fishing port. They seized the trawler in May.",
        name="Orvik Harbour Police",
    )
    assert role(police) == "The harbour police of Orvik; they seized the trawler in May"
    # Without the next sentence (inside a sentence's appositive, say), the name's appositive stays.
    assert role(police, second=False) == "The harbour police of Orvik, a fishing port"
