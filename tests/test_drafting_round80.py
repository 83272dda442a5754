"""Forms the first run of held-out round 80 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a byline line cut
by bars with who wrote it, the town and the day ("Written by Ana Ruiz | Orla | Updated: Mar 4 2016,
04:40am hrs"); a producer ranked by its size ("Tarn Mills, the country's largest flour producer,"): a
company; what "the court heard that ..." or "the tribunal was told that ...": said by no one named,
not by the court named before; what an opening participle of saying reports ("Stating that the fees
would stay, Ana Ruiz directed ..."), and what follows "saying" after an act in a past tense not in
-ed ("The growers sought a delay, saying ..."); "Organizers also said" after the one body named with
its organisers before ("Kessel Open organizers said")."""

from __future__ import annotations

from pathlib import Path

from drafted import drafted

from generator.authoring.drafting import read_article
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
