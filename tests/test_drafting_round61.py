"""Forms the first run of held-out round 61 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a scaled figure
worked out in binary arithmetic; a text pasted with no space after its stops, its closing credit
glued to its last sentence; "according to the data from" a body; a given name of two syllables
joined by a hyphen; "and" between two trades inside a company's name; a syndicating site's "Outlet
(Town)" line under the date line; a wire's dateline with its agency in words and a dash glued to the
text; a body the same sentence calls the firm; a plan by a time to come; "..., the company informs";
a preposition opening a sentence before a name; a copyright line's outlets; a name ending as a
people's adjective before "there"; initials in brackets after a possessive; the CEO of a body; a
one-word brand someone speaks to; a national network of laboratories."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from drafted import claimants, drafted, kinds

from generator.authoring.drafting import Draft, draft, read_article
from generator.authoring.figures import find_numbers
from generator.authoring.titles import strip_title


def _paste(tmp_path: Path, text: str) -> Draft:
    """The draft of a text pasted as given."""
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return draft(read_article(path), "page", "page.txt", dt.date(2099, 1, 1))


def test_a_scaled_figure_is_its_exact_integer() -> None:
    sentence = (
        "The port spent $4.2 billion on 2.3 million tonnes, and 65.7 million visitors paid $1.15 trillion."
    )
    assert [n.value for n in find_numbers(sentence)] == [4200000000, 2300000, 65700000, 1150000000000]
    assert [n.value for n in find_numbers("Fares rose 3.5 percent to $2.75.")] == [3.5, 2.75]


def test_a_text_pasted_with_no_space_after_its_stops(tmp_path: Path) -> None:
    result = _paste(
        tmp_path,
        "Ferry traffic rose 4.2 percent in the first ten days of May, the harbour board said.Passenger "
        "numbers reached 91,000 in the period, according to the data from the Kessel Harbour Board.Freight "
        "fell 2.1 percent, the board said.Cargo ships carried less grain than a year earlier."
        '"Traffic has grown on every route," said Ana Ruiz, the board\'s director. '
        '"We expect growth to continue for the rest of the year."By route, the island run grew fastest.'
        "Kessel Press",
    )
    assert result.source.get("publisher") == "Kessel Press"
    assert claimants(result, "Passenger numbers reached 91,000") == ["Kessel Harbour Board"]
    assert claimants(result, "Traffic has grown on every route") == ["Ana Ruiz"]
    assert claimants(result, "We expect growth to continue") == ["Ana Ruiz"]
    assert kinds(result)["Ana Ruiz"] == "person"


def test_one_glued_stop_is_left_to_the_sentence_splitter(tmp_path: Path) -> None:
    result = drafted(tmp_path, "The new span was opened on Monday.Officials said it cost 40 million euros.")
    assert any(c["statement"].startswith("It cost 40 million euros") for c in result.claims)


def test_a_given_name_of_two_syllables_joined_by_a_hyphen(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "“Exports fell sharply this year,” said Han Seo-yun, head of port policy at the Kessel Port Office.",
    )
    assert kinds(result)["Han Seo-yun"] == "person"
    assert claimants(result, "Exports fell sharply") == ["Han Seo-yun"]
    assert "Kessel-based" not in kinds(drafted(tmp_path, "A Kessel-based firm said fares would rise."))


def test_and_between_two_trades_inside_a_company_s_name(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The deal, which includes Kessel Motor Corp. and Orla Gas and Electric Co., was agreed on Monday, "
        "the firms said.",
    )
    assert "Orla Gas and Electric Co" in kinds(result)
    assert "Orla Gas" not in kinds(result) and "Electric Co" not in kinds(result)


def test_an_outlet_and_its_town_under_the_date_line(tmp_path: Path) -> None:
    result = _paste(
        tmp_path,
        "12 May 2017\n\nThe Courier (Lyon)\n\nFrance: Bakers Get Flour Subsidy After Long Delay\n\nBy Ana Ruiz\n\n"
        "Bakers started receiving a flour subsidy on Tuesday after a week's delay, the bakers' union said.\n\n"
        "The subsidy is worth 40 euros a tonne, the union said.\n",
    )
    assert result.source["publisher"] == "The Courier"
    assert result.source["title"].startswith("France: Bakers Get Flour Subsidy")
    assert kinds(result)["The Courier"] == "media-outlet"
    assert kinds(result)["Lyon"] == "place"
    assert "Delay" not in kinds(result)


def test_a_body_that_issued_the_report_is_no_outlet(tmp_path: Path) -> None:
    result = _paste(
        tmp_path,
        "12 May 2017\n\nKessel Police Service (Lyon)\n\nFrance: Stolen Cattle Recovered\n\n"
        "Officers recovered 14 stolen cattle on Tuesday and arrested two men, the service said.\n",
    )
    assert result.source.get("publisher") != "Kessel Police Service"


def test_a_wire_dateline_s_agency_in_words_and_a_glued_dash(tmp_path: Path) -> None:
    result = _paste(
        tmp_path,
        "Lyon, May 3 (Kessel Wire)--Three bakeries have said they plan to jointly open a flour mill next "
        "spring in a bid to cut costs.\n\nThe mill will employ 40 people, the firms said.\n",
    )
    assert kinds(result)["Lyon"] == "place"
    assert kinds(result)["Kessel Wire"] == "media-outlet"
    planned = [c for c in result.claims if "plan to jointly open" in c["statement"]]
    assert planned and not any(c["statement"].startswith("Lyon") for c in result.claims)
    assert planned[0].get("status") == "forecast"


def test_a_plan_with_no_time_to_come_stays_a_statement(tmp_path: Path) -> None:
    result = drafted(tmp_path, "Ana Ruiz said they plan to keep the mill open.")
    assert all(c.get("status") != "forecast" for c in result.claims)


def test_a_body_the_same_sentence_calls_the_firm(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The Orla Grain Development Agency (OGDA) managing director Ana Ruiz confirmed that 9,000 growers "
        "affiliated to the firm were paid on Monday.",
    )
    assert kinds(result)["Orla Grain Development Agency"] == "organisation"
    still = drafted(tmp_path, "The Orla Grain Development Agency said 9,000 growers were paid on Monday.")
    assert kinds(still)["Orla Grain Development Agency"] == "government-body"
    # another company named in the text is the one "the company" is
    other = drafted(
        tmp_path,
        "Skyreach Ltd applied for a licence in May. The Orla Grain Development Agency issued it after the "
        "company agreed to its terms.",
    )
    assert kinds(other)["Orla Grain Development Agency"] == "government-body"


def test_what_a_body_informs(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Kessel Lines carried 5 per cent fewer passengers between Lyon and Porto last year, Kessel Lines informs.",
    )
    assert claimants(result, "5 per cent fewer passengers") == ["Kessel Lines"]


def test_a_preposition_opening_a_sentence_before_a_name(tmp_path: Path) -> None:
    result = drafted(tmp_path, "Between Tarnby and Orlavik there were 8 per cent more passengers in 2016.")
    assert "Between Tarnby" not in kinds(result)
    assert kinds(result).get("Tarnby") == "place"


def test_a_copyright_line_crediting_outlets(tmp_path: Path) -> None:
    result = _paste(
        tmp_path,
        "Ferry use rose\n\nKessel Lines carried 6 per cent more passengers last year, the company said.\n\n"
        "The company will add two ferries in May.\n\n© KNA Photo / #Harbour Daily\n",
    )
    assert kinds(result)["KNA Photo"] == "media-outlet"
    assert kinds(result)["Harbour Daily"] == "media-outlet"
    person = _paste(
        tmp_path, "Ferry use rose\n\nKessel Lines carried more passengers.\n\n© Ana Ruiz / Bo Lund\n"
    )
    assert "Ana Ruiz" not in kinds(person)


def test_a_name_ending_as_an_adjective_before_there(tmp_path: Path) -> None:
    result = drafted(tmp_path, "On the Lindbanen there were 8 per cent more passengers than in 2016.")
    assert "Lindbanen" in kinds(result)
    assert "Kenyan" not in kinds(drafted(tmp_path, "The Kenyan side won 2-1 on Saturday."))


def test_initials_in_brackets_after_a_possessive(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The Orla Rail Company’s (ORC) local trains saw 8 per cent more travellers. Travel rose, ORC said.",
    )
    assert claimants(result, "Travel rose") == ["Orla Rail Company"]
    assert "ORC" not in kinds(result)


def test_the_post_of_a_body_names_no_one() -> None:
    assert strip_title("Director of the Kessel Water Board") == ("Kessel Water Board", False)
    assert strip_title("Minister of the Interior Ana Ruiz") == ("Ana Ruiz", True)


def test_the_ceo_of_a_body_and_a_brand_someone_speaks_to(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Speaking to HarbourTalk, CEO of the Kessel Reptile Institute, Ana Ruiz, said that stocks had run low.",
    )
    assert kinds(result)["Kessel Reptile Institute"] == "organisation"
    assert kinds(result)["HarbourTalk"] == "media-outlet"
    assert kinds(result)["Ana Ruiz"] == "person"


def test_a_national_network_of_laboratories(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Samples went to the National Food Laboratories and to the Kessel Marine Laboratory on Monday, "
        "the ministry said.",
    )
    assert kinds(result)["National Food Laboratories"] == "government-body"
    assert kinds(result)["Kessel Marine Laboratory"] == "research-institute"
