"""Forms the first run of held-out round 71 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a post in capitals
with its portfolio set off by a comma before its holder's name ("The Minister for Roads and
Transport, Ana Ruiz,"), whom "the Minister" names later."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted


def test_a_post_with_its_portfolio_set_off_before_the_name(tmp_path: Path) -> None:
    body = (
        "The Minister for Roads and Transport, Ana Ruiz, has announced a new bridge over the river.\n\n"
        "The Minister said: “This bridge will change the lives of the people of the valley.”"
    )
    assert claimants(drafted(tmp_path, body), "change the lives") == ["Ana Ruiz"]
    body = (
        "The Commissioner for Water and Forests, Li Wen, opened the new harbour on Friday.\n\n"
        "The Commissioner said: “These boats will bring the catch home faster than before.”"
    )
    assert claimants(drafted(tmp_path, body), "catch home") == ["Li Wen"]
    # a post named alone, with no one set off after it, is held by no one the text names
    body = (
        "The Minister for Roads and Transport has announced a new bridge over the river.\n\n"
        "Ana Ruiz, a farmer, said: “The old ford floods every spring and cuts the valley off.”\n\n"
        "The Minister said: “This bridge will change the lives of the people of the valley.”"
    )
    assert claimants(drafted(tmp_path, body), "change the lives") != ["Ana Ruiz"]
