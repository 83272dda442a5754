"""Forms the first run of held-out round 70 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: "according to"
a source with an aside on it set off before what it says, "highlighted that" and its kin as verbs
of saying, "the Ministry" named short after the one ministry named in full, one described before
her name ("Orla resident and baker Bo Lund") who goes on "and said", a lone given name set off as
"another" of a trade, a span of days whose one year is written at its end, an outlet
whose title ends "Today", one who holds a post of a body named by its initials ("Chief Executive
Officer (CEO) of KRC Ana Ruiz"), a region numbered in words and a "Grand" place."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from drafted import claimants, drafted, kinds

from generator.authoring.extraction import find_attributions, find_dates
from generator.authoring.kinds import kind_of


def test_according_to_a_source_with_an_aside_on_it(tmp_path: Path) -> None:
    body = (
        "According to the Chief Engineer of Harbours Tomas Varga, who also chairs the dock board, the"
        " north pier has been sinking for a decade."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "north pier has been sinking") == ["Tomas Varga"]
    assert all("chairs the dock board" not in c["statement"] for c in result.claims)
    # the aside after what was said is about the source: what was said is before the name
    body = "The pier is old, according to Ana Ruiz, who runs the docks, and it will be mended."
    result = drafted(tmp_path, body)
    assert claimants(result, "the pier is old") == ["Ana Ruiz"]
    assert all("runs the docks" not in c["statement"] for c in result.claims)


def test_highlighted_that_and_its_kin_report_what_was_said() -> None:
    said = list(find_attributions("Ana Ruiz highlighted that 2015 had been a poor year for the orchards."))
    assert [(s.speaker, s.said) for s in said] == [("Ana Ruiz", "2015 had been a poor year for the orchards")]
    said = list(find_attributions("The mayor underlined that the bridge will stay shut until May."))
    assert [s.said for s in said] == ["the bridge will stay shut until May"]
    # a thing highlighted reports nothing
    assert not [s for s in find_attributions("Bo Lund highlighted the need for new roads.") if s.speaker]


def test_the_ministry_named_short_after_the_one_named_in_full(tmp_path: Path) -> None:
    body = (
        "The Ministry of Culture announced a new grant for painters.\n\n"
        "The Ministry states that more studios have opened in Orla this year."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "more studios have opened") == ["Ministry of Culture"]
    assert "Ministry" not in kinds(result)
    # two ministries named in full: the short name is neither
    body = (
        "The Ministry of Culture and the Ministry of Roads met on the grant.\n\n"
        "The Ministry states that more studios have opened in Orla this year."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "more studios have opened") != ["Ministry of Culture"]


def test_one_described_before_the_name_goes_on_and_said() -> None:
    said = list(
        find_attributions(
            "Orla resident and baker Tomas Varga has been baking for ten years and said the winter was slow."
        )
    )
    assert [(s.speaker, s.said) for s in said] == [("Tomas Varga", "the winter was slow")]
    said = list(find_attributions("Tarnby native Ana Ruiz came home in May and said the town had grown."))
    assert [s.speaker for s in said] == ["Ana Ruiz"]
    # a body's act, then a day's name: the body speaks
    said = list(find_attributions("Kessel Mills cut jobs on Monday and said the winter was slow."))
    assert [s.speaker for s in said] == ["Kessel Mills"]


def test_a_lone_given_name_set_off_as_another_of_a_trade(tmp_path: Path) -> None:
    body = (
        "Tomas Varga, a baker, said the winter was slow.\n\n"
        "Marek, another baker, said he sold less bread this year than the year before."
    )
    result = drafted(tmp_path, body)
    assert kinds(result)["Marek"] == "person"
    assert claimants(result, "he sold less bread") == ["Marek"]


def test_a_span_of_days_whose_one_year_is_written_at_its_end() -> None:
    dates = [d[0] for d in find_dates("The fair runs from Monday 3rd March to Friday 28th March 2031.", None)]
    assert "2031-03-03" in dates and "2031-03-28" in dates
    # a span over the new year: its start falls in the year before
    dates = [d[0] for d in find_dates("The fair runs from November 20 through January 5, 2031.", None)]
    assert dates == ["2030-11-20", "2031-01-05"]
    # a year that ends no span of days leaves the month's year to be found
    dates = [d[0] for d in find_dates("Sales rose in March to 20 million in 2031.", None)]
    assert dates[0].startswith("TODO")
    # a year of its own stays
    dates = [d[0] for d in find_dates("From March 3, 2030 to March 28, 2031.", dt.date(2031, 4, 1))]
    assert dates == ["2030-03-03", "2031-03-28"]


def test_an_outlet_whose_title_ends_today() -> None:
    assert kind_of("Kessel TODAY", "Bo Lund said in an interview with ", " on Monday.") == "media-outlet"
    assert kind_of("Orla Today", "the mayor told ", " on Monday.") == "media-outlet"
    # a person met is no outlet, whatever the day
    assert kind_of("Ana Ruiz", "the mayor told ", " today.") == "person"


def test_the_one_who_holds_a_post_of_a_body_named_by_its_initials(tmp_path: Path) -> None:
    body = (
        "Officials at the Kessel Rail Company (KRC) are ready for the winter.\n\n"
        "Chief Executive Officer (CEO) of KRC Dana Holt said that the trains run late.\n\n"
        "Chief Operating Officer of KRC Bo Lund said that the tracks are old."
    )
    result = drafted(tmp_path, body)
    assert kinds(result)["Dana Holt"] == "person" and kinds(result)["Bo Lund"] == "person"
    assert claimants(result, "trains run late") == ["Dana Holt"]
    assert not [name for name in kinds(result) if name.startswith("KRC ")]
    # a body's name after its initials stays whole
    body = (
        "Officials at the Kessel Rail Company (KRC) are ready for the winter.\n\n"
        "The head of KRC Freight Services said the port is busy."
    )
    assert "KRC Freight Services" in kinds(drafted(tmp_path, body))


def test_a_region_numbered_in_words_and_a_grand_place(tmp_path: Path) -> None:
    body = "The boat landed in Tarnby, Region Four, on Monday, and storms hit Orla and Grand Tarn."
    found = kinds(drafted(tmp_path, body))
    assert found["Region Four"] == "place" and found["Grand Tarn"] == "place"
    # a level's number names nothing
    body = "The Phase Two works at the Tarnby mill begin on Monday."
    assert not [name for name in kinds(drafted(tmp_path, body)) if "Two" in name]
