"""Forms the first run of held-out round 88 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a quote, then
"said", a body's long name (five words or more, or "of" inside it), its post in lower case and the
name of the one who speaks ("said Kessel Valley Fruit Growers Association president Ana Ruiz"); a
verb of saying and what it reports with its object: a figure projected ("has projected a profit of
$3 million", a forecast), an assurance to those assured ("assured the fishermen that ...") and a
warning against doing something ("warned against buying old boats", a call), the verb kept in what
was said; a pronoun after "but", "yet" or "and" the subject of a second clause of saying in the
sentence ("Ana Ruiz said ..., but she said prices will rise": hers, not "but she", no one); the
report's day in its head: a byline, then the day and the time on one line ("By Ana Ruiz 20 March
2025, 1:00PM"), and a wire dateline whose brackets hold the paper and the day ("ORLA, Kessel Isles
(Kessel Star, Feb. 5, 2013) – ")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from drafted import claimants, drafted, kinds

from generator.authoring.drafting import Draft, draft, read_article


def test_said_a_bodys_long_name_its_post_then_the_speakers_name(tmp_path: Path) -> None:
    body = (
        "“We are glad the pier is open,” said Kessel Valley Fruit Growers Association president Ana Ruiz."
        " “The only issue is the queue.\n\n"
        "“Boats wait for hours.”\n\n"
        "“Prices fell,” said Orla Chamber of Commerce chairman Bo Lund.\n\n"
        "“Trade is slow,” said Tarnby and Orla Ferry Owners Union secretary Ana Lund."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "glad the pier is open") == ["Ana Ruiz"]
    assert claimants(result, "The only issue is the queue") == ["Ana Ruiz"]
    assert claimants(result, "Prices fell") == ["Bo Lund"]
    assert claimants(result, "Trade is slow") == ["Ana Lund"]
    # a body's name of four words, as before
    body = "“Rents rose,” said Kessel Growers Association president Bo Lund."
    assert claimants(drafted(tmp_path, body), "Rents rose") == ["Bo Lund"]


def test_a_verb_of_saying_and_what_it_reports_with_its_object(tmp_path: Path) -> None:
    body = (
        "The Orla Ferry Company has projected a profit of $3 million this year, up from $1 million.\n\n"
        "The harbour minister assured the fishermen that they will not be fined.\n\n"
        "Bo Lund reassured residents that the water is safe.\n\n"
        "In that year, then-Deputy Mayor Ana Ruiz warned against buying old boats.\n\n"
        "Bo Lund cautioned against swimming in the lake."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "a profit of $3 million") == ["Orla Ferry Company"]
    assert [c["status"] for c in result.claims if "a profit of" in c["statement"].lower()] == ["forecast"]
    assert claimants(result, "assured the fishermen that they will not be fined") == [None]
    assert claimants(result, "reassured residents that the water is safe") == ["Bo Lund"]
    assert claimants(result, "warned against buying old boats") == ["Ana Ruiz"]
    assert claimants(result, "cautioned against swimming in the lake") == ["Bo Lund"]
    assert [c["status"] for c in result.claims if "against" in c["statement"]] == ["call", "call"]
    # what is projected to come, and a projected figure: no one named projects them
    body = "Sales are projected to rise.\n\nThe projected cost of the pier is $2 million."
    assert not [c for c in drafted(tmp_path, body).claims if "claimants" in c]


def test_a_pronoun_after_but_or_and_says_a_clause_of_its_own(tmp_path: Path) -> None:
    body = (
        "Bo Lund, the harbour master, spoke on Monday.\n\n"
        "Mr. Lund said the new pier was part of the plan but the work will take a long time, but he"
        " said the ferry will still run.\n\n"
        "Ana Ruiz said the market was busy, but she said prices will rise."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "the ferry will still run") == ["Bo Lund"]
    assert claimants(result, "prices will rise") == ["Ana Ruiz"]
    body = "Bo Lund said rents were high and he said the council will act."
    assert set(claimants(drafted(tmp_path, body), "the council will act")) == {"Bo Lund"}


def _report(tmp_path: Path, text: str) -> Draft:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return draft(read_article(path), "report", "report.txt", dt.date(2099, 1, 1))


def test_a_byline_then_its_day_and_time_on_one_line(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The council voted on Wednesday to close the old pier at Orla.",
        "By Ana Ruiz 20 March 2025, 1:00PM",
    )
    assert result.source["published"] == "2025-03-20"
    assert result.source["authors"] == ["Ana Ruiz"]
    assert "2025-03-19" in [e["date"] for e in result.events]
    result = drafted(tmp_path, "The pier opened.", "By Bo Lund - Lee Tan May 4, 2016")
    assert (result.source["published"], result.source["authors"]) == ("2016-05-04", ["Bo Lund - Lee Tan"])


def test_a_wire_datelines_paper_and_day_in_its_brackets(tmp_path: Path) -> None:
    text = (
        "Ferry fares cut\n\nBy Ana Ruiz\n\nORLA, Kessel Isles (Kessel Star, Feb. 5, 2013) – The ferry board"
        " cut its fares on Monday.\n\nThe board said the cut would last a year.\n"
    )
    result = _report(tmp_path, text)
    assert result.source["published"] == "2013-02-05"
    found = kinds(result)
    assert found.get("Kessel Star") == "media-outlet"
    assert not [name for name in found if "2013" in name]
