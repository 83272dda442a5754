"""Forms the first run of held-out round 69 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: an interview given
to a site named after what it is ("told website X that"), a hope or a doubt held ("is optimistic
that"), a call to people with an aside listing who among them most ("urged residents, particularly
..., to"), said by two each with a post, and an order to those who must carry it out ("directed the
roads office to"), a business that lets rooms ("Tarn Motel"), and a body's name, a post in it and the name of the one who
holds it, set off by commas, before "confirmed this" or after "according to"; a body's call or warning with its initials after
its name ("The Kessel Growers Association (KGA) urged"); a level a measure averaged or peaked at, a
place's, its initials after it ("Orla's pollen index (OPI) averaged 87"); an advisory's advice
by its gerund ("The advisory recommends staying indoors"), the body's that spoke last; a known region
named before the post of its government ("Umbria Health Secretary Bo Lund") a place, no body; what
many predict ("growers predict that"), and the one a figure is measured against ("lower than the
board predicts") no speaker."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted, kinds

from generator.authoring.kinds import kind_of


def test_an_interview_given_to_a_site_named_after_what_it_is(tmp_path: Path) -> None:
    body = (
        "Board chairman Tom Berg told website Kesselwatch that despite the rain, the harvest had grown"
        " by a fifth in July.\n\n"
        "Coach Ben Amis told the news site Tarnpress that the team had trained well all week."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "despite the rain") == ["Tom Berg"]
    assert not [c for c in result.claims if "Kesselwatch" in c["statement"]]
    assert kinds(result)["Kesselwatch"] == "media-outlet"
    assert kinds(result)["Tarnpress"] == "media-outlet"
    # a site that is no one's interviewer is no outlet's name
    body = "The farmers posted the notice on their website Tuesday, the board said."
    assert "Tuesday" not in kinds(drafted(tmp_path, body))


def test_a_hope_or_a_doubt_held_reports_what_is_hoped(tmp_path: Path) -> None:
    body = (
        "The Kessel Farm Board is optimistic that this year's harvest will set another record with a rise"
        " of 8%.\n\nThe harvest came in late last year."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "will set another record") == ["Kessel Farm Board"]
    claim = next(c for c in result.claims if "will set another" in c["statement"])
    assert claim["statement"].startswith("This year's harvest") and claim.get("status") == "forecast"
    body = "Coach Ben Amis, who leads the club, remains confident that the team will stay up."
    assert claimants(drafted(tmp_path, body), "team will stay up") == ["Ben Amis"]
    # confident of a thing, not of a clause: nothing he is reported to say
    body = "Coach Ben Amis is confident of a win on Sunday against the league leaders."
    assert claimants(drafted(tmp_path, body), "a win on Sunday") == [None]


def test_a_call_to_people_with_an_aside_listing_who_among_them(tmp_path: Path) -> None:
    body = (
        "Kessel Chief Minister Ana Ruiz and Senior Minister Lia Kent have urged the anglers, particularly"
        " the young, the old, and those with weak hearts and bad knees, to stay off the thin ice."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "to stay off the thin ice") in (["Ana Ruiz"], ["Lia Kent"])
    assert next(c for c in result.claims if "thin ice" in c["statement"]).get("status") == "call"
    # a far "to" after no aside is no call's ("urged calm ..." then a trip "to the coast")
    body = (
        "Mayor Tom Berg urged calm on Friday after the storm, which flooded a hundred homes and sent"
        " eleven people with cuts and bruises from the valley to the coast."
    )
    assert not [c for c in drafted(tmp_path, body).claims if c.get("status") == "call"]


def test_an_order_to_those_who_must_carry_it_out(tmp_path: Path) -> None:
    body = "Meanwhile, Senior Minister Tom Berg has directed the roads office to close the pass for a week."
    result = drafted(tmp_path, body)
    assert claimants(result, "roads office to close the pass") == ["Tom Berg"]
    body = "Ana Ruiz, the rail manager, instructed staff to check every carriage before it left the yard."
    assert claimants(drafted(tmp_path, body), "staff to check every carriage") == ["Ana Ruiz"]
    # a way shown, no call
    body = "Ben Amis, a steward, directed the cars to the field behind the hall."
    assert not [c for c in drafted(tmp_path, body).claims if c.get("status") == "call"]


def test_a_business_that_lets_rooms() -> None:
    assert kind_of("Tarn Motel", "Cooks at ", " have walked out over pay.") == "organisation"
    assert kind_of("Orla Bay Hotel", "Guests at ", " were moved.") == "organisation"
    assert kind_of("Kessel Ski Resort", "The ", " opened on Friday.") == "organisation"
    # a person's name where guests stay is still a person's
    assert kind_of("Ana Ruiz", "Cooks at the hotel of ", " have walked out.") == "person"


def test_a_body_a_post_in_it_and_the_one_who_holds_it(tmp_path: Path) -> None:
    body = (
        "Cooks at the Orla Motel have walked out over pay for three months.\n\n"
        "Kessel Farmers Union, KFU Orla District Chairperson, Ana Ruiz, confirmed this to Radio Orla."
    )
    assert claimants(drafted(tmp_path, body), "walked out over pay") == ["Ana Ruiz"]
    body = (
        "According to Kessel Growers Association (KGA) Orla branch president, Tom Berg, the fall in prices"
        " is due to the wet spring."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "the fall in prices") == ["Tom Berg"]
    statement = next(c["statement"] for c in result.claims if "fall in prices" in c["statement"])
    assert statement.startswith("The fall")
    # a person, her post, then her body's name: still she who says it
    body = (
        "The Tarn ferry will stop running in May.\n\n"
        "Ben Amis, the acting director, Kessel Water Board, made this known on Monday."
    )
    assert claimants(drafted(tmp_path, body), "stop running in May") == ["Ben Amis"]
    # a list after "according to" a body is no post's holder
    body = "According to the council, Tom Berg, the mayor, and others, the fall is due to rain."
    assert "Tom Berg" not in [c for c in claimants(drafted(tmp_path, body), "due to rain")]


def test_a_body_with_its_initials_after_its_name_calls_or_warns(tmp_path: Path) -> None:
    body = (
        "The Kessel Growers Association (KGA), a body for fruit farmers across the valley, urgently called"
        " on the council to reopen the market.\n\n"
        "The Orla Rowing Club (ORC) has warned that the lake could freeze within a week."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "called on the council") == ["Kessel Growers Association"]
    assert next(c for c in result.claims if "called on" in c["statement"]).get("status") == "call"
    assert next(c for c in result.claims if "could freeze" in c["statement"]).get("status") == "forecast"
    # no one named behind the initials: no one's call
    body = "Farmers (mostly growers of pears) urged the council to reopen the market."
    assert claimants(drafted(tmp_path, body), "reopen the market") == [None]


def test_a_level_a_measure_averaged_or_peaked_at(tmp_path: Path) -> None:
    body = "Orla’s pollen index (OPI) averaged 87 over the past week, a level harmful to hay fever sufferers."
    assert 87 in [n["value"] for n in drafted(tmp_path, body).numbers]
    body = "Kessel's pollen count peaked at 412 on Friday night."
    assert 412 in [n["value"] for n in drafted(tmp_path, body).numbers]
    # a bare number after no such verb stays no figure of its own
    body = "Kessel's pollen count was high, said Ana Ruiz of Flat 412 on Friday."
    assert 412 not in [n["value"] for n in drafted(tmp_path, body).numbers]


def test_an_advisory_recommends_what_should_be_done(tmp_path: Path) -> None:
    body = (
        "The Kessel Water Board said the river had risen overnight. The board also issued an advisory."
        " The advisory recommends staying indoors and, if travel is needed, using the high road."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "staying indoors") == ["Kessel Water Board"]
    assert next(c for c in result.claims if "staying indoors" in c["statement"]).get("status") == "call"
    body = "Mayor Ana Ruiz recommended building a second bridge over the river."
    assert claimants(drafted(tmp_path, body), "second bridge") == ["Ana Ruiz"]
    # after a person spoke, the advisory is no one's named
    body = "Ana Ruiz, a farmer, said the frost came early. The advisory recommends covering young plants."
    assert not [c for c in drafted(tmp_path, body).claims if "covering young plants" in c["statement"]]


def test_a_known_region_before_the_post_of_its_government(tmp_path: Path) -> None:
    body = (
        "Umbria Chief Minister Ana Ruiz has urged drivers to stay home.\n\n"
        "Talks were held with Umbria Health Secretary Bo Lund on Sunday, said Tom Berg."
    )
    found = kinds(drafted(tmp_path, body))
    assert found["Umbria"] == "place" and "Umbria Health" not in found
    assert found["Ana Ruiz"] == "person" and found["Bo Lund"] == "person"
    # a company before its chief's post is no place
    body = "Acme Bank Chief Executive Ben Amis said profits fell."
    assert kinds(drafted(tmp_path, body))["Acme Bank"] == "organisation"


def test_what_many_predict_and_the_one_a_figure_is_measured_against(tmp_path: Path) -> None:
    body = (
        "The fair opened on Monday. The rain kept the crowds away.\n\n"
        "Growers predict that the yearly rise in sales will be lower than the board predicts at 6% for"
        " 2031 as sales edge toward the record."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "lower than the board predicts at 6%") == [None]
    assert not [c for c in result.claims if c["statement"].startswith("At 6%")]
    body = "Analysts at Acme Bank warn that the rate could rise again in May."
    assert claimants(drafted(tmp_path, body), "could rise again") == ["Acme Bank"]
    # "than" another, after one who speaks: the speaker's words, whole
    body = "Prices rose more than Acme said they would, Ana Ruiz said."
    assert claimants(drafted(tmp_path, body), "more than Acme said") == ["Ana Ruiz"]
