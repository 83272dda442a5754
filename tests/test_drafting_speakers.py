"""Who says it, found from the reporting verb (`generator/authoring/speakers.py`): what news text
puts between a speaker and the verb ("also", a place, an age, titles, a time), a speaker after the
verb ("said witnesses"), "warned of" and "forecast", a statement issued earlier, and a second
statement of the same speaker. Invented sentences from many topics, none from the benchmark's
articles: each is drafted with the real command's drafting and must give its claim to the speaker
(`None`: no one is named, the claim is unattributed)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.authoring.drafting import draft, read_article

SPEAKERS = [
    # "also" and an auxiliary between the speaker and the verb
    (
        "The Finance Ministry also warned that prices would rise again.",
        "Finance Ministry",
        "prices would rise",
    ),
    (
        "The Harbour Authority has also said that the ferry will run.",
        "Harbour Authority",
        "the ferry will run",
    ),
    # a place after the speaker
    (
        "The National Weather Service in Miami said the storm would strengthen overnight.",
        "National Weather Service",
        "the storm would strengthen",
    ),
    (
        "The Red Cross office in Nairobi said that 300 families had lost their homes.",
        "Red Cross",
        "300 families had lost",
    ),
    # "forecast" and "warned of" as reporting verbs
    ("The World Bank forecast slower growth for the region next year.", "World Bank", "slower growth"),
    ("The Met Office warned of flooding in low-lying coastal towns.", "Met Office", "flooding in low-lying"),
    # titles, two of them, before the name
    (
        "Clinic Director Dr. Maria Lopez said the ward had run out of beds.",
        "Maria Lopez",
        "the ward had run out",
    ),
    (
        "The harvest was the worst in decades, Regional Farm Board Chair Dr. Anna Berg said.",
        "Anna Berg",
        "The harvest was the worst in decades",
    ),
    (
        "Police Chief Tom Reyes in Denver said officers had arrested two men.",
        "Tom Reyes",
        "officers had arrested",
    ),
    # an age, a description set off by commas
    (
        "Anna Berg, 62, a farmer near Uppsala, said the harvest had failed.",
        "Anna Berg",
        "the harvest had failed",
    ),
    (
        "The European Commission, the bloc's executive arm, said it would review the merger.",
        "European Commission",
        "it would review the merger",
    ),
    # a time between the speaker and the verb
    (
        "The Transport Ministry on Tuesday said fares would stay at 2 dollars.",
        "Transport Ministry",
        "fares would stay",
    ),
    ("Coach Sam Okafor late on Sunday said his team had played poorly.", "Sam Okafor", "his team had played"),
    # who was told, then what was said; a second statement of the same speaker
    (
        "Coach Sam Okafor told journalists after the match that the referee was wrong and said he would appeal.",
        "Sam Okafor",
        "he would appeal",
    ),
    (
        "Mayor Ruth Adams told reporters in Springfield that the library would close.",
        "Ruth Adams",
        "the library would close",
    ),
    # the speaker after the verb
    (
        "The vote was delayed by a week, said the Electoral Commission.",
        "Electoral Commission",
        "The vote was delayed",
    ),
    ("The shooting at the mall lasted about ten minutes, said witnesses.", None, "The shooting at the mall"),
    # a group that names no one
    ("Scientists using a telescope in Chile say they have found a new comet.", None, "say they have found"),
    ("The road will reopen on Friday, officials said.", None, "The road will reopen"),
    # an act reported as well as a statement: the whole sentence
    (
        "Brazil has reported a sharp rise in dengue cases this month.",
        "Brazil",
        "Brazil has reported a sharp rise",
    ),
    # the statement an actor issued before
    (
        "The Port Authority issued a statement on Monday. The statement also said that two cranes were damaged.",
        "Port Authority",
        "two cranes were damaged",
    ),
    # a pronoun for the body named just before
    (
        "The Health Ministry opened three clinics. It also warned that cases could double.",
        "Health Ministry",
        "cases could double",
    ),
    # a quote before an inverted speaker with two titles
    (
        "“We are ready,” said Fire Chief Capt. Lena Ortiz of the county.",
        "Lena Ortiz",
        "We are ready",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "phrase"), SPEAKERS)
def test_the_speaker_of_each_form(tmp_path: Path, text: str, speaker: str | None, phrase: str) -> None:
    path = tmp_path / "report.txt"
    path.write_text(f"A day of news\n\nThe day began quietly.\n\n{text}\n", encoding="utf-8")
    result = draft(read_article(path), "report", "report.txt", dt.date(2020, 1, 1))
    names = {actor["id"]: actor["name"] for actor in result.actors}
    claims = [c for c in result.claims if phrase.lower() in c["statement"].lower()]
    assert claims, [c["statement"] for c in result.claims]
    who = [names[c["claimants"][0]] if "claimants" in c else None for c in claims]
    assert all(not c["statement"].startswith(("Said", "Told", "Of ")) for c in claims)
    if speaker is None:
        assert None in who, who
    else:
        assert any(w is not None and w.removeprefix("The ").endswith(speaker) for w in who), (who, names)
