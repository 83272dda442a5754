"""Forms the first run of held-out round 59 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a page's reading
time glued to its date line's year; a byline "Written by ..., on" a day written day first, the
page's section after it, and the site's name its address in the text spells; a euro's sign typed as
the letter E; what a figure stood at before, in brackets after it; one word relaying what a named
body has done ("According to ..., the ... has begun"); a national service's unit named by its level
and the service's initials."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from drafted import claimants, drafted, kinds

from generator.authoring.drafting import Draft, draft, read_article
from generator.authoring.figures import find_numbers
from generator.authoring.readingtime import without_reading_time
from generator.authoring.siteaddress import names_the_site
from generator.format.numbers import number_in_text


def _paste(tmp_path: Path, text: str) -> Draft:
    """The draft of a text pasted as given."""
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return draft(read_article(path), "page", "page.txt", dt.date(2099, 1, 1))


_MORE = "Repairs will take a week, the harbour board said."


def test_a_reading_time_glued_to_the_date_line_s_year(tmp_path: Path) -> None:
    result = _paste(
        tmp_path,
        "Ferry firm fined\n\nBy The Harbour Wire\nWed., Mar. 3, 20212 min. read\n\n"
        "The Kessel Ferry Company said today it was fined on Feb. 26 for a spill.\n\n"
        f"The firm will appear before the board on May 4.\n\n{_MORE}\n",
    )
    assert result.source["published"] == "2021-03-03"
    assert {"2021-03-03", "2021-02-26", "2021-05-04"} <= {e["date"] for e in result.events}


def test_a_reading_time_spaced_after_a_date_line() -> None:
    assert without_reading_time("May 4, 2016 3 min read") == "May 4, 2016"
    assert without_reading_time("May 4, 2016 | 12 minutes read") == "May 4, 2016"
    assert without_reading_time("Kessel Road 2016") == "Kessel Road 2016"


def test_written_by_a_site_on_a_day_posted_in_a_section(tmp_path: Path) -> None:
    result = _paste(
        tmp_path,
        "Lakeside college opens new hall\n\nWritten by Harbour Review, on 4th Mar 2016. Posted in Sport\n\n"
        "Lakeside College has opened a hall for 400 students, its dean said on Monday.\n\n"
        "For more visit www.harbourreview.com\n",
    )
    assert result.source["published"] == "2016-03-04"
    assert result.source["publisher"] == "Harbour Review"
    assert "authors" not in result.source
    assert "Sport" not in kinds(result)


def test_a_name_the_address_does_not_spell_stays_an_author() -> None:
    assert names_the_site("Harbour Review", "Read more at harbour-review.co.uk today.")
    assert not names_the_site("Ana Ruiz", "Read more at www.harbourreview.com today.")


def test_a_euro_s_sign_typed_as_the_letter_e() -> None:
    sentence = "The port has announced a E40 million investment, and the bank will lend E12.5 million of it."
    assert [n.value for n in find_numbers(sentence)] == [40000000, 12500000]
    assert not list(find_numbers("The E20 road was closed for repairs costing millions."))


def test_what_a_figure_stood_at_before_in_brackets() -> None:
    found = [(n.value, n.counts) for n in find_numbers("The club grew to 900 members (from 700) by May.")]
    assert found == [(900, "members"), (700, "members")]


def test_one_word_relaying_what_a_named_body_has_done(tmp_path: Path) -> None:
    result = drafted(
        tmp_path, "According to Tidewire, the Municipality of Kessel has begun building 12 berths in Tarnby."
    )
    assert kinds(result)["Tidewire"] == "media-outlet"


def test_a_service_s_regional_unit_by_its_initials(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Two officers of the Tarnby Regional KPF in Lakeside were suspended. Tarnby Regional FC won 2-1 on Saturday.",
    )
    assert kinds(result)["Tarnby Regional KPF"] == "government-body"
    assert kinds(result)["Tarnby Regional FC"] != "government-body"


def test_a_constable_s_rank_shortened_ends_no_sentence(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The harbour police said charges were laid against Cst. Ana Ruiz and Const. Bo Lund on Friday.",
    )
    assert any("Cst. Ana Ruiz and Const. Bo Lund on Friday" in c["statement"] for c in result.claims)
    assert "Cst" not in kinds(result)


def test_a_euro_s_sign_typed_as_e_is_evidence_of_a_sum_in_euros() -> None:
    assert number_in_text(40000000, "a E40 million investment", "investment euros")
    assert not number_in_text(40000000, "a E40 million investment", "investment")


def test_what_one_who_would_not_comment_added_is_theirs(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "“We will look at it,” harbour master Ana Ruiz said in an interview. Ruiz declined to comment on "
        "the cost of the repairs, adding that the full report will be published next month.",
    )
    assert claimants(result, "full report will be published") == ["Ana Ruiz"]
