"""Forms round 63's first pass left misread, written as invented sentences (none from the benchmark's
articles), each family in general rather than the one form seen: a sum after a name, its currency's
sign between; an owner's figure compared with one before it, its unit unsaid; an age bound after
the people it bounds; a family name that is a title's word, after a title; a body, the place of its
branch and a post; a paper's name alone on the last line; two papers' titles joined by a hyphen; a
magazine cited by one word; a star's catalogue name; a name set off by one comma before the verb;
"believed" before a clause a name opens; a word quoted at the end of what is said; a document
someone spoke in, cited after; a report named after the body that publishes it; a town opening a
sentence as the first of a list of names; an acronym opening one before a verb in the past."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted, kinds

from generator.authoring.figures import find_numbers
from generator.authoring.names import find_names


def _figures(sentence: str) -> list[tuple[float, str]]:
    return [(figure.value, figure.counts) for figure in find_numbers(sentence)]


def test_a_sum_after_a_name(tmp_path: Path) -> None:
    assert _figures("The ruling said the firm must pay Kessel Freight Co. $412,730 to cover costs.") == [
        (412730, "dollars cover costs")
    ]
    assert [v for v, _ in _figures("The trust gave Orla Rowing Club £18,500 last spring.")] == [18500]
    # a number in a name is still none: "Flight 17", "Route 9"
    assert _figures("Flight 17 landed at Route 9 depot.") == []
    result = drafted(tmp_path, "A judge ordered Norland Timber Ltd. to pay Kessel Mutual €2,500,000.")
    assert [n["value"] for n in result.numbers] == [2500000]


def test_an_owner_s_figure_compared_with_one_before(tmp_path: Path) -> None:
    assert _figures("The van carries 12 crates to the lorry's 40, and costs less.") == [
        (12, "crates"),
        (40, "crates"),
    ]
    assert _figures("The yard flies 30 flags compared to Orla's 45 - far fewer.") == [
        (30, "flags"),
        (45, "flags"),
    ]
    # the owner's figure with its own noun counts that
    assert _figures("Kessel has 12 ferries against Orla's 20 buses.") == [(12, "ferries"), (20, "buses")]


def test_an_age_bound_after_the_people_it_bounds() -> None:
    assert _figures("Lessons for children under six will remain free.") == [(6, "years of age")]
    assert _figures("The pass is free for people over 65.") == [(65, "years of age")]
    assert _figures("Entry for pupils younger than 12 is free.") == [(12, "years of age")]
    # a unit after the figure is what it counts
    assert _figures("Children under 5 years ride free.") == [(5, "years")]
    assert _figures("The rule covers visitors over 200 metres from the gate.") == [(200, "metres")]


def test_a_family_name_that_is_a_title_s_word_after_a_title(tmp_path: Path) -> None:
    result = drafted(tmp_path, "A ranch owned by North Dakota Gov. Tom Bishop has been sold to a land trust.")
    assert kinds(result) == {"North Dakota": "place", "Tom Bishop": "person"}
    assert "Ann King" in kinds(
        drafted(tmp_path, "A bakery run by Mayor Ann King closed its doors on Monday.")
    )
    # a rank before a post names no one
    assert "Fire Chief" not in kinds(
        drafted(tmp_path, "The blaze was put out by noon, Deputy Fire Chief said on Monday.")
    )


def test_a_body_the_place_of_its_branch_and_a_post(tmp_path: Path) -> None:
    result = drafted(
        tmp_path, "But Kessel Rowers Union Leeds president Ana Ruiz said the regatta should go ahead."
    )
    assert kinds(result) == {"Kessel Rowers Union": "organisation", "Leeds": "place", "Ana Ruiz": "person"}
    assert claimants(result, "the regatta should go ahead") == ["Ana Ruiz"]
    two_words = drafted(tmp_path, "Silver Wheels Galicia spokeswoman Bo Lund also felt the fares were fair.")
    assert kinds(two_words)["Silver Wheels"] == "organisation" and kinds(two_words)["Galicia"] == "place"
    # a place inside the body's name stays the name's
    assert "University of Leeds" in kinds(
        drafted(tmp_path, "The University of Leeds president Ana Ruiz said the campus would reopen.")
    )


def test_a_paper_s_name_alone_on_the_last_line(tmp_path: Path) -> None:
    result = drafted(
        tmp_path, "Mooring fees will go up from $40 to $55 in March, the harbour board said.\n\nThe Courier"
    )
    assert kinds(result)["The Courier"] == "media-outlet"
    named = drafted(
        tmp_path,
        "Mooring fees will go up from $40 to $55 in March, the harbour board said.\n\nOrla Daily Times",
    )
    assert kinds(named)["Orla Daily Times"] == "media-outlet"


def test_two_papers_titles_joined_by_a_hyphen(tmp_path: Path) -> None:
    result = drafted(tmp_path, "The quarry was fined $9,000 on Friday, the Orla Star-Tribune reported.")
    assert kinds(result)["Orla Star-Tribune"] == "media-outlet"


def test_a_magazine_cited_by_one_word(tmp_path: Path) -> None:
    result = drafted(tmp_path, "According to Orbit, it is because the probe tracks only the faint stars.")
    assert kinds(result) == {"Orbit": "media-outlet"}
    assert claimants(result, "the probe tracks only the faint stars") == ["Orbit"]
    # a person named in full before is hers
    person = drafted(
        tmp_path, "Ana Ruiz runs the lab. According to Ruiz, the probe tracks only the faint stars."
    )
    assert kinds(person) == {"Ana Ruiz": "person"}
    # a known place is still a place
    assert (
        kinds(drafted(tmp_path, "According to Leeds, the probe tracks only the faint stars."))["Leeds"]
        == "place"
    )


def test_a_star_s_catalogue_name(tmp_path: Path) -> None:
    result = drafted(tmp_path, "Astronomers found two planets orbiting a dwarf star they now call KESTREL-4.")
    assert kinds(result) == {"KESTREL-4": "object"}
    assert (
        kinds(drafted(tmp_path, "The planet ORBS-12b circles its star in three days, the team said."))[
            "ORBS-12b"
        ]
        == "object"
    )
    # a code with a number outside the sky names no actor
    assert (
        kinds(drafted(tmp_path, "The F-35 jets flew low over the town on Monday, the air force said.")) == {}
    )


def test_a_name_set_off_by_one_comma_before_the_verb(tmp_path: Path) -> None:
    result = drafted(
        tmp_path, "Bo Lund, a professor at Orla University said that the fine was far too small for the harm."
    )
    assert claimants(result, "the fine was far too small") == ["Bo Lund"]
    particle = drafted(
        tmp_path,
        "Ana de Vries, a research fellow at KTI said that the comet has been moving fast ever since.",
    )
    assert claimants(particle, "the comet has been moving fast") == ["Ana de Vries"]
    # a phrase of place or time before the comma is no one's name
    place = drafted(tmp_path, "In Kessel County, the harbour master said the fine was far too small.")
    assert "In Kessel County" not in kinds(place)


def test_believed_before_a_clause_a_name_opens(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "But union president Ana Ruiz believed Orla's new ferry levy was fair, even with the $2 rise.",
    )
    assert claimants(result, "Orla's new ferry levy was fair") == ["Ana Ruiz"]
    assert [c.get("status") for c in result.claims if "ferry levy" in c["statement"]] == ["opinion"]
    # believing in someone reports nothing: the sentence is the report's own news
    belief = drafted(tmp_path, "The coach believed in Orla and its young players all season long.")
    assert claimants(belief, "believed in Orla") == [None]


def test_a_word_quoted_at_the_end_of_what_is_said(tmp_path: Path) -> None:
    result = drafted(tmp_path, 'Guild chair Bo Lund also felt the new fee was "reasonable".')
    assert [c["statement"] for c in result.claims if "new fee" in c["statement"]] == [
        'The new fee was "reasonable"'
    ]
    assert [c.get("status") for c in result.claims if "new fee" in c["statement"]] == ["opinion"]


def test_a_document_someone_spoke_in_cited_after(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Judge Ana Ruiz fined Kessel Mining Corp. on Monday. The firm argued it could not pay, but the judge "
        "said in the contempt order that no proof was given. Kessel Mining has seven days to pay before "
        "the fine begins, according to the order.",
    )
    assert claimants(result, "seven days to pay") == ["Ana Ruiz"]
    # an order no one was said to speak in stays as it was read
    plain = drafted(
        tmp_path, "Kessel Mining has seven days to pay before the fine begins, according to the order."
    )
    assert claimants(plain, "seven days to pay") != ["Ana Ruiz"]


def test_a_report_named_after_the_body_that_publishes_it(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Median rents in Orla hit a record of $530 in the June quarter, according to the latest Kessel "
        "Group Rental Report, released Thursday.",
    )
    assert kinds(result) == {"Kessel Group": "organisation", "Orla": "place"}
    assert claimants(result, "Median rents in Orla hit a record") == ["Kessel Group"]
    # a work no body's word names stays whole
    index = drafted(
        tmp_path, "Prices in Orla rose 3 percent in May, the Consumer Price Index showed on Monday."
    )
    assert "Consumer Price Index" in kinds(index)


def test_a_town_opening_a_sentence_as_the_first_of_a_list() -> None:
    def names(sentence: str) -> list[str]:
        return [name.name for name in find_names([sentence])]

    # a large town the text names once, first of a list that opens the sentence
    assert names("Brisbane, Adelaide and Hobart rents were flat last quarter.") == [
        "Brisbane",
        "Adelaide",
        "Hobart",
    ]
    assert names("Sydney, Melbourne, Perth and Darwin recorded rises.")[0] == "Sydney"
    # a common word before a list is still no name, and a town alone opening a sentence is not read
    # as a list's first
    assert names("However, Smith and Jones said the ferry was late.") == ["Smith", "Jones"]
    assert "Brisbane" not in names("Brisbane rents were flat.")


def test_an_acronym_opening_a_sentence_before_a_verb_in_the_past() -> None:
    names = [
        name.name for name in find_names(["KTB processed a record 4,210 loans worth $2 billion in May."])
    ]
    assert names == ["KTB"]
    assert [name.name for name in find_names(["ORBA signed the lease on Monday."])] == ["ORBA"]
    # before a noun it is still a thing, no actor: "GPS collars", "an MRI scan showed"
    assert find_names(["GPS collars were fitted to the wolves."]) == []
    assert find_names(["An MRI scan showed a tear in the ligament."]) == []
