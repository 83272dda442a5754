"""Forms the first run of held-out round 38 showed misread, written as invented sentences from
several topics (none from the benchmark's articles): a councillor's or an officer's title shortened
without a stop ("Cr Ana Ruiz", "Lt Col Bo Lund")."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds


@pytest.mark.parametrize(
    ("body", "phrase", "who"),
    [
        (
            "Parks committee chair Mara Voss-Lind said the council would plant trees. "
            "“We want shade on every street,” Cr Voss-Lind said.",
            "shade on every street",
            "Mara Voss-Lind",
        ),
        (
            "Cllr Tom Brennock opened the new library on Monday. "
            "“Reading matters to every family,” Cllr Brennock said.",
            "Reading matters",
            "Tom Brennock",
        ),
    ],
)
def test_a_councillors_title_without_a_stop_is_no_part_of_the_name(
    tmp_path: Path, body: str, phrase: str, who: str
) -> None:
    assert claimants(drafted(tmp_path, body), phrase) == [who]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Lt Col Arun Pradhan, who commanded the rescue, said the road would reopen.", "Arun Pradhan"),
        ("Capt Rhea Solberg said the ferry would sail at dawn.", "Rhea Solberg"),
    ],
)
def test_an_officers_rank_without_a_stop_opens_a_persons_name(tmp_path: Path, body: str, name: str) -> None:
    assert kinds(drafted(tmp_path, body))[name] == "person"
