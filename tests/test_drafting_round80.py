"""Forms the first run of held-out round 80 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a byline line cut
by bars with who wrote it, the town and the day ("Written by Ana Ruiz | Bergen | Updated: Mar 4 2016,
04:40am hrs"); a producer ranked by its size ("Tarn Mills, the country's largest flour producer,"): a
company; what "the court heard that ..." or "the tribunal was told that ...": said by no one named,
not by the court named before; what an opening participle of saying reports ("Stating that the fees
would stay, Ana Ruiz directed ..."), and what follows "saying" after an act in a past tense not in
-ed ("The growers sought a delay, saying ..."); "Organizers also said" after the one body named with
its organisers before ("Kessel Open organizers said"); the end of a change between two rates ("from
$31.20 per month to $34.80 per month"): what its start counts, not the rate's words (a draft's number
that repeated its period did not validate)."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted

from generator.authoring.drafting import read_article
from generator.authoring.figures import find_numbers
from generator.authoring.kinds import kind_of


def test_a_byline_line_cut_by_bars_with_the_writer_the_town_and_the_day(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(
        "Ferry fares to rise\n\n"
        "Written by Ana Ruiz | Bergen | Updated: Mar 4 2016, 04:40am hrs\n"
        "The harbour board will raise fares by April 2, its chair said.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert str(article.published) == "2016-03-04"
    assert article.authors == ["Ana Ruiz"]
    assert article.places == ["Bergen"]
    body = "The harbour board will raise fares by April 2, its chair said."
    result = drafted(tmp_path, body, "By Bo Lund | Tarnby | Updated: Jan 9 2015, 10:05pm hrs")
    dates = [str(e["date"]) for e in result.events]
    assert "2016-04-02" not in dates
    assert "2015-04-02" in dates
    # bars with no day among them: no one's byline is read from them
    path.write_text(
        "Ferry fares to rise\n\nWritten by Ana Ruiz | Orla | Sport\n\nThe board met in May.\n",
        encoding="utf-8",
    )
    assert read_article(path).published is None


def test_a_producer_ranked_by_its_size_is_a_company() -> None:
    after = ", the country's largest flour producer, is also the largest debtor."
    assert kind_of("Tarn Mills", "Last year ", after) == "organisation"
    assert kind_of("Orla Kessel", "and ", ", the second-largest steel maker, has paid.") == "organisation"
    assert kind_of("Dalby Brew", "", ", the region's biggest brewer, said") == "organisation"
    # no ranking by size, or a holder that may be a person: the name's own kind
    assert kind_of("Ana Ruiz", "", ", the film's producer, said") == "person"
    assert kind_of("Jo Hart", "", ", the largest shareholder, said") == "person"
    assert kind_of("Bo Lund", "", ", the world's top marathon runner, said") == "person"


def test_what_a_court_or_an_inquest_heard_is_said_by_no_one_named(tmp_path: Path) -> None:
    body = (
        "Orla Crown Court on Monday jailed a man for two years.\n\n"
        "The court heard that Bo Lund was arrested on May 3 at a hotel in Tarnby.\n\n"
        "The Kessel Tribunal met in June. The tribunal was told that the fees had doubled."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "Bo Lund was arrested on May 3") == [None]
    assert claimants(result, "the fees had doubled") == [None]
    # the court's own ruling, or what it said, is the court's
    body = "Orla Crown Court on Monday jailed a man for two years.\n\nThe court ruled that the fine was fair."
    result = drafted(tmp_path, body)
    assert claimants(result, "the fine was fair") == ["Orla Crown Court"]


def test_words_said_in_an_opening_participle_before_an_act(tmp_path: Path) -> None:
    body = (
        "Ana Ruiz, the harbour master, met the board on Monday.\n\n"
        "Stating that the fees would not rise this year, Ruiz directed the board to cut costs by May 2.\n\n"
        "Noting that the pier was unsafe, Bo Lund closed the harbour on Monday."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "The fees would not rise this year") == ["Ana Ruiz"]
    assert claimants(result, "directed the board to cut costs by May 2") == ["Ana Ruiz"]
    fees = next(c for c in result.claims if c["statement"].startswith("The fees would not rise"))
    assert fees.get("status") == "forecast"  # its own words', not the order's after it
    assert claimants(result, "The pier was unsafe") == ["Bo Lund"]
    # no verb of saying in the opening, or no one named after it: no one's words
    result = drafted(
        tmp_path,
        "Noting the late hour, Ana Ruiz closed the harbour.\n\nNoting that rain fell, the river rose.",
    )
    assert not [c for c in result.claims if c.get("claimants")]


def test_what_follows_saying_after_an_act_in_an_irregular_past(tmp_path: Path) -> None:
    body = "The growers sought a delay in the vote, saying they had lost most of the crop to the rain."
    result = drafted(tmp_path, body)
    assert claimants(result, "they had lost most of the crop to the rain") == [None]
    result = drafted(tmp_path, "Tom Bell sold the boat in May, saying the fees were too high.")
    assert claimants(result, "the fees were too high") == ["Tom Bell"]


def test_organisers_named_bare_after_the_event_they_run(tmp_path: Path) -> None:
    body = (
        "Kessel Open organizers said Monday that the race would start an hour earlier.\n\n"
        "The Kessel Open is held each year in Orla Park.\n\n"
        "Organizers also said Monday that the finish line would move to the east gate."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "the finish line would move to the east gate") == ["Kessel Open"]
    # no organisers named with a body before, or those of two: no one named
    result = drafted(tmp_path, "Organizers said Monday that the finish line would move to the east gate.")
    assert claimants(result, "the finish line would move to the east gate") == [None]
    body = (
        "Kessel Open organizers said the race would start early, and Orla Fair organizers said the gates"
        " would open late.\n\nOrganizers also said Monday that the finish line would move to the east gate."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "the finish line would move to the east gate") == [None]


def test_the_end_of_a_change_between_two_rates_counts_what_its_start_counts() -> None:
    sentence = "The change raised an average gym fee from $31.20 per month to $34.80 per month."
    found = {f.value: (f.counts, f.per) for f in find_numbers(sentence)}
    assert found[34.8] == found[31.2] == ("average gym fee", "month")
    found = {
        f.value: (f.counts, f.per) for f in find_numbers("Pupils' fees went from 40 a year to 45 a year.")
    }
    assert found[45][0] != "year"
    # a rate after a figure that ends no change: what it counts is its own
    found = {f.value: (f.counts, f.per) for f in find_numbers("The ferry fare rose to $9.50 per month.")}
    assert found[9.5] == ("ferry fare", "month")
