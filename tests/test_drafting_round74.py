"""Forms the first run of held-out round 74 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a source "according
to" a company's document with its legal form's stop before the document's noun ("an Orla Mills Inc.
press release"); the cause a speaker gives for a change ("chalked up the rise to"); "That's the view
of X" after the view; a body of a region numbered in digits ("the Regional Water Board of Region 4");
a post in a body with its initials before a speaker's name at a sentence's end; two clauses either
side of ", she said, and"; a sum in words of a currency the same in the plural ("Twelve thousand
euro"), a number in words starting a change ("from six down to three"); a request made and an appeal
said "in a statement to the press"; a librarian's post before a name; and a committee named for what
a council decides ("the Planning Committee")."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted, kinds

from generator.authoring.drafting import Draft
from generator.authoring.figures import find_numbers
from generator.authoring.kinds import kind_of


def test_a_company_s_document_after_its_legal_form(tmp_path: Path) -> None:
    body = (
        "The scheme offers $2,000 to $9,000 to farmers for new fencing, according to a Tarn Mills Inc."
        " press release.\n\n"
        "The first payments will go out in March, according to the release.\n\n"
        "Grain prices fell again, according to an Orla Feeds Ltd. report."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "offers $2,000") == ["Tarn Mills Inc"]
    assert claimants(result, "first payments") == ["Tarn Mills Inc"]
    assert claimants(result, "Grain prices fell") == ["Orla Feeds Ltd"]
    # the legal form ending the sentence is the speaker's name's, as before
    body = "Grain prices fell again, according to Orla Feeds Ltd."
    assert claimants(drafted(tmp_path, body), "Grain prices fell") == ["Orla Feeds Ltd"]


def _status(result: Draft, words: str) -> str:
    return str(next(c for c in result.claims if words in c["statement"]).get("status", "stated"))


def test_the_cause_a_speaker_gives_for_a_change(tmp_path: Path) -> None:
    """ "Ruiz chalked up the rise to ...", "put the fall down to ...", "cited ... as part of the
    drop": the cause the speaker gives, her view, with no verb of saying."""
    body = (
        "Ana Ruiz chalked up the rise to longer opening hours, like the late shifts at the Orla pool.\n\n"
        "Ruiz also cited new rules on parking fees as potentially part of the drop.\n\n"
        "Bo Lund put the fall in visitors down to the cold spring.\n\n"
        "The bank credited $500 to the account on Monday.\n\n"
        "Bo Lund cited the river as the border of the county."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "chalked up the rise") == ["Ana Ruiz"]
    assert _status(result, "chalked up the rise") == "opinion"
    assert claimants(result, "cited new rules on parking fees") == ["Ana Ruiz"]
    assert claimants(result, "put the fall in visitors down to") == ["Bo Lund"]
    assert _status(result, "put the fall in visitors down to") == "opinion"
    # money put to an account, a thing cited as what it is: no cause given
    assert not [
        c for c in result.claims if "credited $500" in c["statement"] or "the border" in c["statement"]
    ]


def test_that_is_the_view_of_one_named_after_it(tmp_path: Path) -> None:
    """ "That's the view expressed by the transit manager, Ana Ruiz, at ...": the sentence before is
    hers; "This was the message from Bo Lund" the same."""
    body = (
        "The valley cannot afford to lose any more bus routes, as drivers are “stretched”.\n\n"
        "That’s the view expressed by the transit manager, Ana Ruiz, at this week’s board meeting in Orla.\n\n"
        "Rents in the valley must be capped before the winter.\n\n"
        "This was the message from Bo Lund on Monday.\n\n"
        "Prices rose by 4% last year.\n\n"
        "That is the view of many people in the town."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "cannot afford to lose") == ["Ana Ruiz"]
    assert claimants(result, "must be capped") == ["Bo Lund"]
    assert not [c for c in result.claims if "the view expressed" in c["statement"]]
    # a view no one named holds: the sentence before stays no one's
    assert claimants(result, "Prices rose by 4%") == [None]


def test_a_body_of_a_region_numbered_in_digits(tmp_path: Path) -> None:
    """ "the Regional Water Board of Region 4": the body's own name, and the region a place; a
    number that ends a longer name ("the Kessel Guard District 5") is no region of its own."""
    body = (
        "Ana Ruiz said crews have been working with the Regional Water Board of Region 4 to assess the damage.\n\n"
        "Roads in District 12 reopened on Friday.\n\n"
        "The Kessel Guard District 5 said the boat sank near the pier."
    )
    found = kinds(drafted(tmp_path, body))
    assert found["Regional Water Board"] == "government-body"
    assert found["Region 4"] == "place"
    assert found["District 12"] == "place"
    assert "District 5" not in found
    # a district numbered in digits before a post in it is the body whose post it is
    found = kinds(
        drafted(
            tmp_path, "In an email to parents, District 40 Superintendent Ana Ruiz said the school was shut."
        )
    )
    assert found["District 40"] == "government-body"
    assert found["Ana Ruiz"] == "person"


def test_a_post_in_a_body_with_its_initials_before_the_speaker(tmp_path: Path) -> None:
    """ "..., former head of the Orla Roads Authority (ORA) Bo Lund said": her post and its body,
    its initials after it, are no part of what was said."""
    body = (
        "Roads in the hills should have been paved years ago, former head of the Orla Roads Authority (ORA)"
        " Bo Lund said on Tuesday.\n\n"
        "Ferries to the islands should run daily, chairman of the Tarn Ferry Users Group (TFUG) Ian Berg said.\n\n"
        "Prices rose, a sign of the Kessel Board's failure, Ana Ruiz said."
    )
    result = drafted(tmp_path, body)
    statements = [c["statement"] for c in result.claims]
    assert "Roads in the hills should have been paved years ago" in statements
    assert "Ferries to the islands should run daily" in statements
    # what is said of a body, no post in it, stays what was said
    assert any(s.startswith("Prices rose, a sign of the Kessel Board") for s in statements)


def test_a_speaker_set_off_between_two_clauses_joined_by_and(tmp_path: Path) -> None:
    """ "Sales are up 9 percent, she said, and the queues are shorter": both clauses hers; "..., she
    said, and added that ..." is a verb of hers after "and", read as before."""
    body = (
        "Ana Ruiz, who runs the fair at Orla, said the weather helped.\n\n"
        "Ticket sales rose 12 percent, she said, and the queues at the gate were shorter than last year."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "Ticket sales rose 12 percent") == ["Ana Ruiz"]
    assert claimants(result, "the queues at the gate were shorter") == ["Ana Ruiz"]
    assert not [c for c in result.claims if c["statement"].startswith("And ")]


def test_a_sum_in_words_of_a_currency_the_same_in_the_plural() -> None:
    """ "Twelve thousand euro in grants": a currency whose plural is its singular counts as a
    plural noun does after a number in words."""
    found = [(f.value, f.counts) for f in find_numbers("Twelve thousand euro in grants will go to the hall.")]
    assert found == [(12000, "euro")]
    assert [f.value for f in find_numbers("The club got nine thousand rand in grants.")] == [9000]
    # the currency named, no figure
    assert list(find_numbers("The euro fell against the dollar.")) == []


def test_a_number_in_words_that_starts_a_change() -> None:
    """ "the number of rangers has fallen from six down to three": both ends are figures, the start
    counting what the end counts or the number's noun before it."""
    sentence = "Since 1990, the number of rangers has fallen from six down to three."
    assert sorted(f.value for f in find_numbers(sentence)) == [3, 6]
    assert next(f for f in find_numbers(sentence) if f.value == 6).counts == "rangers"
    crews = {f.value: f.counts for f in find_numbers("Crews grew from five to 10 men.")}
    assert crews == {5: "men", 10: "men"}
    # "from one to another": no change of a count
    assert list(find_numbers("The band went from four to another city.")) == []


def test_a_request_made_and_an_appeal_said_in_a_statement(tmp_path: Path) -> None:
    """ "He had made a request for blankets ...": a call, as "made an appeal for" is; "Bo Lund on
    Saturday in a statement to the press appealed for help": when and where it was said stand
    between the name and the call."""
    body = (
        "Ana Ruiz spoke first.\n\n"
        "Town Chairman Bo Lund on Monday in a statement to reporters appealed for help for about 60 families"
        " hit by the flood.\n\n"
        "He had made a request for blankets and food to help the families.\n\n"
        "The clerk made a request to the archive on Monday."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "appealed for help") == ["Bo Lund"]
    assert _status(result, "appealed for help") == "call"
    assert claimants(result, "made a request for blankets") == ["Bo Lund"]
    assert _status(result, "made a request for blankets") == "call"
    # a request made to someone, nothing asked for: no call
    assert not [c for c in result.claims if "request to the archive" in c["statement"]]


def test_a_librarian_s_post_before_her_name(tmp_path: Path) -> None:
    """ "[Tarn Branch Librarian Bo Lund]": a post, as a curator's or a registrar's is, before a
    person's name."""
    body = (
        "Ana Ruiz, who runs the Orla library, said visits rose.\n\n"
        '"On Saturday, [Tarn Branch Librarian Bo Lund] sent pictures of 14 kids playing chess," Ruiz said.\n\n'
        "Head Archivist Li Wen said the roof leaked."
    )
    found = kinds(drafted(tmp_path, body))
    assert found["Bo Lund"] == "person"
    assert found["Li Wen"] == "person"


def test_a_committee_named_for_what_a_council_decides() -> None:
    """ "the Planning Committee", "the Joint Policing Committee": a council's or a state's own body;
    a festival's organising committee or a club's finance committee stays an organisation."""
    assert kind_of("Joint Policing Committee", "at this week’s ", " meeting in Orla.") == "government-body"
    assert kind_of("Planning Committee", "the council’s ", " approved the homes.") == "government-body"
    assert kind_of("Tarn Licensing Sub-Committee", "the ", " met on Monday.") == "government-body"
    assert kind_of("Organising Committee", "the festival’s ", " met on Monday.") == "organisation"
    assert kind_of("Finance Committee", "the rowing club’s ", " met on Monday.") == "organisation"


def test_an_aside_of_the_subject_on_those_the_sentence_names(tmp_path: Path) -> None:
    """ "Bo Lund appealed for help for 60 families, who he said were hit by the flood": his call,
    read whole; the aside "who he said were hit" is no claim of its own."""
    body = (
        "Ana Ruiz spoke first.\n\n"
        "Town Chairman Bo Lund on Saturday appealed for help for about 60 families, who he said were hit"
        " by the flood."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "appealed for help") == ["Bo Lund"]
    assert _status(result, "appealed for help") == "call"
    assert not [c for c in result.claims if c["statement"].startswith("Were hit")]


def test_a_speaker_s_family_name_misspelt_by_its_last_s(tmp_path: Path) -> None:
    """ "Ferri said" after "Ana Ferris said": one speaker whose name the page misspelt; a family
    name alone that speaks and is no typo of anyone's stays its own."""
    body = (
        "Roads in the valley should have been paved by now, Ana Ferris said on Monday.\n\n"
        "“Give the farmers their road,” Ferri said at a meeting in Orla.\n\n"
        "“The road is fine,” Berg said."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "Give the farmers their road") == ["Ana Ferris"]
    assert "Ferri" not in kinds(result)
