"""Forms the first run of held-out round 31 showed misread, written as invented sentences from
several topics (none from the benchmark's articles): a speaker's name with her post run on after it
and no comma between ("said Ana Ruiz Fisheries Biologist III of the Kessel Survey."), which was
drafted as one organisation holding the name, the post and the body."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds


@pytest.mark.parametrize(
    ("body", "person", "body_named", "phrase"),
    [
        (
            "“We counted far fewer trout this spring,” said Ana Ruiz Fisheries Biologist III of the "
            "Kessel Survey.",
            "Ana Ruiz",
            "Kessel Survey",
            "We counted far fewer trout this spring",
        ),
        (
            "“The pears came in late,” said Tom Brell Field Director for the Varna Cooperative. “We "
            "will pick into October.”",
            "Tom Brell",
            "Varna Cooperative",
            "The pears came in late",
        ),
        (
            "“Ticket sales fell by a third,” said Mia Osei Senior Economist at Lakeside Arts Council.",
            "Mia Osei",
            "Lakeside Arts Council",
            "Ticket sales fell by a third",
        ),
    ],
)
def test_a_post_run_on_after_a_speakers_name(
    tmp_path: Path, body: str, person: str, body_named: str, phrase: str
) -> None:
    result = drafted(tmp_path, body)
    names = kinds(result)
    assert names.get(person) == "person"
    assert names.get(body_named) not in {None, "person"}
    assert claimants(result, phrase) == [person]


@pytest.mark.parametrize(
    ("body", "person", "phrase"),
    [
        # a post before the name, not after it: the name stays whole
        ("“Fares will rise,” said Kessel Water Board Director Ana Ruiz.", "Ana Ruiz", "Fares will rise"),
        # a name of three words and no post: untouched
        (
            "“The roof leaks and the hall will close,” said Ana Marie Ruiz.",
            "Ana Marie Ruiz",
            "The roof leaks",
        ),
        # the usual form, a post set off by a comma
        (
            "“The crop is late,” said Tom Brell, field director for the Varna Cooperative.",
            "Tom Brell",
            "The crop is late",
        ),
    ],
)
def test_names_with_no_post_run_on_are_kept(tmp_path: Path, body: str, person: str, phrase: str) -> None:
    result = drafted(tmp_path, body)
    assert kinds(result).get(person) == "person"
    assert claimants(result, phrase) == [person]
