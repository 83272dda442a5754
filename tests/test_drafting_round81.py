"""Forms the first run of held-out round 81 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a firm's results
right after its one word ("Acmeco shipments were down", "Orlatel's revenue rose", "on Tarncell's
network"); a quote's speaker named after a body's name and a post in lower case with no comma
("said Kesselrail's deputy chief executive Ana Ruiz"); a college by its head word (a school's or a
teaching college's, no place of research); the rim of a place and where one lives ("on the outskirts
of Orla Bend", "who lives on Kessel Rise"); initials opening a sentence before a verb of saying
("KNA reports that"); "one" at the end of a tally ("by four votes to one"); a verb of saying as a
participle after a name's own ("Kessco's recently announced tie-up"); the towns of a dateline in capitals
before a wire's credit ("ORLA/TARN VALE (KNA) –"); a rate's period written again after a sum
("from $4 per month to $5 per month"), which counts nothing."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted, kinds

from generator.authoring.figures import find_numbers


def test_a_firms_results_after_its_one_word(tmp_path: Path) -> None:
    body = (
        "In May, Orlatel's revenue rose 4%. On Friday, Tarncell's network went down. This year Kesco"
        " earnings fell and Acmeco shipments were down 3%."
    )
    found = kinds(drafted(tmp_path, body))
    for name in ("Orlatel", "Tarncell", "Kesco", "Acmeco"):
        assert found[name] == "organisation", name
    # a place's network of something, what a country earns, shipments "of" goods from a place
    body = (
        "This year traffic in Tarnby's network of paths grew, and Brightmoor shipments of grain rose. In"
        " May, Norway's earnings from oil fell."
    )
    found = kinds(drafted(tmp_path, body))
    for name in ("Tarnby", "Brightmoor", "Norway"):
        assert found[name] == "place", name


def test_a_quotes_speaker_after_a_bodys_post_with_no_comma(tmp_path: Path) -> None:
    body = (
        "“The new fares are a fair move to help riders,” said Kesselrail’s deputy chief executive Ana"
        " Ruiz.\n\n"
        "“The depot will open in June,” said Kessel Rail finance director Bo Lund.\n\n"
        "“The tills were busy,” said Acme chief executive Jo Hart."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "The new fares are a fair move") == ["Ana Ruiz"]
    assert claimants(result, "The depot will open in June") == ["Bo Lund"]
    assert claimants(result, "The tills were busy") == ["Jo Hart"]
    # the body itself speaking after the quote, or the name first and the post after it
    body = "“The fares are fair,” said Acmeco on Monday.\n\n“The trains are late,” said Tom Bell, Acmeco's chief executive."
    result = drafted(tmp_path, body)
    assert claimants(result, "The fares are fair") == ["Acmeco"]
    assert claimants(result, "The trains are late") == ["Tom Bell"]


def test_a_college_by_its_head_word(tmp_path: Path) -> None:
    body = (
        "Pupils at the Tarnby Sixth Form College sat exams. Ana Ruiz, head of Orla Catholic College,"
        " said the hall was full."
    )
    found = kinds(drafted(tmp_path, body))
    assert found["Tarnby Sixth Form College"] == "organisation"
    assert found["Orla Catholic College"] == "organisation"
    # "College" inside a longer name: a place of research still
    found = kinds(drafted(tmp_path, "Fieldwork by the Kessel College Tarnby team began."))
    assert found["Kessel College Tarnby"] == "research-institute"


def test_the_rim_of_a_place_and_where_one_lives(tmp_path: Path) -> None:
    body = (
        "The application for six homes on the outskirts of Orla Bend was approved. Bo Lund, who lives on"
        " Kessel Rise, said the road was narrow. Families living in Tarn Vale were told to wait."
    )
    found = kinds(drafted(tmp_path, body))
    for name in ("Orla Bend", "Kessel Rise", "Tarn Vale"):
        assert found[name] == "place", name
    # the edge of what a person owns: the person, no place
    found = kinds(drafted(tmp_path, "A barn on the edge of Ana Ruiz's farm burned down."))
    assert found["Ana Ruiz"] == "person"


def test_initials_opening_a_sentence_before_a_verb_of_saying(tmp_path: Path) -> None:
    body = "KNA reports that elsewhere, roofs were blown off and roads were shut in the hills."
    result = drafted(tmp_path, body)
    assert kinds(result)["KNA"] == "media-outlet"
    assert claimants(result, "roofs were blown off") == ["KNA"]
    # initials before a noun each time they are written name a thing, no actor
    result = drafted(tmp_path, "The MRI scans were clear, and the DNA samples matched the records.")
    assert not {"MRI", "DNA"} & set(kinds(result))


def test_one_in_a_votes_tally() -> None:
    assert [f.value for f in find_numbers("The plan was approved by four votes to one.")] == [4, 1]
    assert [f.value for f in find_numbers("The lanes were cut from five lanes to one.")] == [5, 1]
    # one of a whole after "to": no count of one
    assert [f.value for f in find_numbers("He gave four books to one of the pupils.")] == [4]


def test_a_verb_of_saying_as_a_participle_after_a_names_own(tmp_path: Path) -> None:
    body = "Kessco’s recently announced tie-up with Orlasoft cut its sales, according to analyst Ana Ruiz."
    result = drafted(tmp_path, body)
    assert claimants(result, "tie-up with Orlasoft cut its sales") == ["Ana Ruiz"]
    statements = [c["statement"] for c in result.claims]
    assert any(s.startswith("Kessco’s recently announced tie-up") for s in statements), statements
    # the name's own who speaks: a saying
    body = "Kessco’s chief executive, Bo Lund, announced that the plant would close in June."
    assert claimants(drafted(tmp_path, body), "the plant would close in June") == ["Bo Lund"]


def test_the_towns_of_a_dateline_before_a_wires_credit(tmp_path: Path) -> None:
    body = "ORLA/TARN VALE (KNA) – Floods cut roads in the hills on Monday, officials said."
    found = kinds(drafted(tmp_path, body))
    assert found["ORLA"] == "place"
    assert found["TARN VALE"] == "place"
    # initials in capitals with a ticker in brackets and no dash: a company still
    found = kinds(drafted(tmp_path, "Shares in KESCO (KSC.N) fell on Monday, the exchange said."))
    assert found.get("KESCO", "organisation") == "organisation"


def test_a_rates_period_written_again_counts_nothing() -> None:
    # (the end of a change counts what its start counts: round 80's pass, which reads it first)
    figures = list(find_numbers("The fee rose from $4 per month to $5 per month."))
    assert (figures[1].value, figures[1].per) == (5, "month")
    assert figures[1].counts == figures[0].counts and "month" not in figures[1].counts
    figures = list(find_numbers("The fare went from $2 a day to $3 a day."))
    assert all(f.counts not in {"day", "a day", "per day"} for f in figures)
    # what the rate counts stays what it counts
    figures = list(find_numbers("Staff saw 40 boats a day."))
    assert [(f.value, f.counts, f.per) for f in figures] == [(40, "boats", "day")]
