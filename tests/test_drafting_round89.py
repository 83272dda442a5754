"""Forms the first run of held-out round 89 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: more said after
words already quoted, the verb after "went on to" ("Ana Ruiz went on to add: “...”", "he goes on to
say that ..."); a name, a comma, then a post in lower case with no comma before the verb ("Cllr Bo
Lund, cabinet member for parks said: “...”"); and a partial quote after the verb of a named speaker set
off by commas ('Jo Hart, head of the club, said the fee was "far too high."'), no speaker after the
verb."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted


def test_more_said_after_went_on_to(tmp_path: Path) -> None:
    body = (
        "Ana Ruiz, who chairs the Kessel Growers Association, said the harvest was late.\n\n"
        "Ana Ruiz went on to add: “The orchards need more pickers. Our pay covers around 40% of the"
        " cost.”\n\n"
        "Bo Lund of Orla Ferries goes on to say that the timetable will change in May."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "The orchards need more pickers") == ["Ana Ruiz"]
    assert claimants(result, "Our pay covers around 40%") == ["Ana Ruiz"]
    assert claimants(result, "the timetable will change in May") == ["Bo Lund"]


def test_a_name_then_a_post_in_lower_case_with_no_closing_comma(tmp_path: Path) -> None:
    body = (
        'Cllr Bo Lund, cabinet member for parks and roads said: "The decision to shut the pool was weighed'
        ' for many months."\n\n'
        "Ana Ruiz, head of libraries at Kessel says the reading room will reopen in June."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "The decision to shut the pool was weighed") == ["Bo Lund"]
    assert claimants(result, "the reading room will reopen") == ["Ana Ruiz"]


def test_a_partial_quote_after_the_verb_of_a_speaker_set_off_by_commas(tmp_path: Path) -> None:
    body = (
        'Cllr Jo Hart, leader of the Orla Green group, said the ruling was "very sad but not a shock."\n\n'
        'The Tarnby Rowing Club, which has 300 members, said the fee was "far too high."'
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "very sad but not a shock") == ["Jo Hart"]
    assert claimants(result, "far too high") == ["Tarnby Rowing Club"]
