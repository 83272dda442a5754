"""Forms the first run of held-out round 32 showed misread, and forms earlier rounds kept showing,
written as invented sentences from several topics (none from the benchmark's articles): what stands
between a speaker's name and the verb (an age and a home town, a bracket, an adverb), a name that is
the object of a participle in a group's subject ("Divers searching Lake Kessel say"), what follows
"said NAME, noting that ...", "they" after a sentence about an unnamed group, a body's figures that
"show" something, "the health ministry" for a "Department of Health", and "according to NAME the
... officer" with no comma."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.drafting import draft, read_article


@pytest.mark.parametrize(
    ("body", "person", "phrase"),
    [
        # an age and a home town between the name and the verb
        (
            "Retired ferry pilot Ana Ruiz, 71, of Port Kessel said she saw the boat go down in the gale.",
            "Ana Ruiz",
            "she saw the boat go down",
        ),
        (
            "Orchard owner Tom Brell, 58, of Varna, Ore., said the frost took half of his pears.",
            "Tom Brell",
            "the frost took half of his pears",
        ),
        # years of life in brackets, then an adverb, before the verb
        (
            "“A town without a library is a town without a memory,” the poet Mia Osei (1901-1978) "
            "famously wrote.",
            "Mia Osei",
            "A town without a library",
        ),
        # a party and a state in brackets
        (
            "Senator Lena Dukes (D-Ore.) said the dam bill would pass before the summer recess.",
            "Lena Dukes",
            "the dam bill would pass",
        ),
    ],
)
def test_what_stands_between_a_name_and_the_verb(tmp_path: Path, body: str, person: str, phrase: str) -> None:
    assert claimants(drafted(tmp_path, body), phrase) == [person]


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        # a group's noun, then a participle whose object is a name: the group speaks, unnamed
        (
            "Shipwreck divers searching Lake Kessel say they found the hull of a lost tug.",
            "they found the hull of a lost tug",
        ),
        ("Climbers crossing the Varna Glacier said the ice had thinned since spring.", "the ice had thinned"),
    ],
)
def test_a_name_after_a_participle_is_not_the_speaker(tmp_path: Path, body: str, phrase: str) -> None:
    assert claimants(drafted(tmp_path, body), phrase) == [None]


def test_what_follows_noting_that_is_the_speakers(tmp_path: Path) -> None:
    body = (
        "“We were glad of the crowd,” said Tom Brell, noting that evening visitors added another 400 "
        "bids to the sale."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "We were glad of the crowd") == ["Tom Brell"]
    assert claimants(result, "evening visitors added another 400 bids") == ["Tom Brell"]


def test_they_after_a_sentence_about_unnamed_people(tmp_path: Path) -> None:
    body = (
        "Acme Mining said it would appeal the ruling. Jurors in Kessel took a day to find for the "
        "town. They also said Acme Mining had not shown that the well was safe."
    )
    assert claimants(drafted(tmp_path, body), "had not shown that the well was safe") == [None]


@pytest.mark.parametrize(
    ("body", "person", "phrase"),
    [
        (
            "“We did not expect the fine,” Harbour Lines Chief Executive Ana van Ruiz said. “We will "
            "appeal it.”",
            "Ana van Ruiz",
            "We did not expect the fine",
        ),
        (
            "Kessel Rail Chairman Piet van der Berg said the line would reopen in spring.",
            "Piet van der Berg",
            "the line would reopen in spring",
        ),
        (
            "“The orchard survived the frost,” Mayor Leo da Costa said.",
            "Leo da Costa",
            "The orchard survived",
        ),
    ],
)
def test_a_family_names_particle_keeps_the_name_whole(
    tmp_path: Path, body: str, person: str, phrase: str
) -> None:
    result = drafted(tmp_path, body)
    assert kinds(result).get(person) == "person"
    assert claimants(result, phrase) == [person]


@pytest.mark.parametrize(
    ("body", "speaker", "phrase"),
    [
        # "according to NAME the ... officer": her post after her name, with no comma between
        (
            "The trout died of warm water, according to Ana Ruiz the Kessel Fisheries Board science officer.",
            "Ana Ruiz",
            "The trout died of warm water",
        ),
        # "according to NAME" in mid-sentence, then the writer's clause after "and"
        (
            "The small landscape opened at $2,000, according to gallery owner Tom Brell, and sold "
            "within minutes to a bidder on the phone.",
            "Tom Brell",
            "The small landscape opened at $2,000",
        ),
        # a post in capitals with "and" in it, set off by commas, then "told STATION 12 that"
        (
            "Mia Osei, Varna Director of Parks and Recreation, told News 12 that the pool would open "
            "in June.",
            "Mia Osei",
            "the pool would open in June",
        ),
    ],
)
def test_more_ways_of_naming_a_speaker(tmp_path: Path, body: str, speaker: str, phrase: str) -> None:
    assert claimants(drafted(tmp_path, body), phrase) == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker", "opening"),
    [
        (
            "New figures released by the Kessel Statistics Office show the county lost 900 residents "
            "last year.",
            "Kessel Statistics Office",
            "The county lost 900 residents",
        ),
        (
            "The Varna Tourism Board report shows hotel stays fell by a fifth in the winter.",
            "Varna Tourism Board",
            "Hotel stays fell by a fifth",
        ),
    ],
)
def test_a_bodys_figures_show_what_the_body_says(
    tmp_path: Path, body: str, speaker: str, opening: str
) -> None:
    result = drafted(tmp_path, body)
    assert claimants(result, opening) == [speaker]
    assert any(claim["statement"].startswith(opening) for claim in result.claims)


def test_the_ministry_is_the_department_named_before(tmp_path: Path) -> None:
    body = (
        "The National Department of Health has approved the vaccine, Health Minister Ana Ruiz said on "
        "Friday.\n\n“The first doses will reach clinics in March,” the health ministry said in a statement."
    )
    assert claimants(drafted(tmp_path, body), "The first doses will reach clinics") == [
        "National Department of Health"
    ]


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        ("“We were very pleased with the turnout,” said Ana Ruiz.", "We were very pleased"),
        ("Tom Brell said he was also disappointed by the late frost.", "he was also disappointed"),
        ("“Sailing is very rewarding for the young ones,” coach Mia Osei said.", "Sailing is very rewarding"),
        (
            "“We found this to be a nice change for the market,” said Lena Dukes.",
            "We found this to be a nice",
        ),
    ],
)
def test_a_feeling_or_a_judgement_is_drafted_as_an_opinion(tmp_path: Path, body: str, phrase: str) -> None:
    result = drafted(tmp_path, body)
    statuses = [c.get("status") for c in result.claims if phrase.lower() in c["statement"].lower()]
    assert statuses == ["opinion"]


def test_a_plain_statement_stays_stated(tmp_path: Path) -> None:
    result = drafted(tmp_path, "“The water was very cold and the ferry left late,” said Ana Ruiz.")
    assert [c.get("status", "stated") for c in result.claims] == ["stated"]


def _report(tmp_path: Path, text: str) -> list[dict[str, object]]:
    path = tmp_path / "lead.txt"
    path.write_text(text, encoding="utf-8")
    return draft(read_article(path), "lead", "lead.txt", dt.date(2099, 1, 1)).claims


def test_the_lead_is_a_claim_no_one_is_named_for(tmp_path: Path) -> None:
    claims = _report(
        tmp_path,
        "Ferry fares to rise\n\nThe Kessel Ferry Company will raise its fares by a tenth from March, "
        "the first rise in six years.\n\n“We held out as long as we could,” said Ana Ruiz.\n",
    )
    lead = [c for c in claims if str(c["statement"]).startswith("The Kessel Ferry Company will raise")]
    assert [c.get("unattributed") for c in lead] == [True]


@pytest.mark.parametrize(
    "text",
    [
        # a lead that names who says it: attributed as before, not drafted twice
        "Fares to rise\n\nThe Kessel Ferry Company will raise its fares from March, its director said.\n",
        # a lead of a few words, no statement to check
        "Fares to rise\n\nThe day began quietly.\n\n“We held out as long as we could,” said Ana Ruiz.\n",
    ],
)
def test_a_lead_already_attributed_or_too_short_adds_nothing(tmp_path: Path, text: str) -> None:
    assert not [c for c in _report(tmp_path, text) if c.get("unattributed")]


@pytest.mark.parametrize(
    ("body", "speaker", "phrase"),
    [
        # an acronym of a body named before, as the subject of its own listing
        (
            "The Kessel Fisheries Board (KFB) manages the lake. The KFB currently lists the brown trout "
            "as a species of concern after years of decline.",
            "Kessel Fisheries Board",
            "lists the brown trout as a species of concern",
        ),
        # a company's advice, after an opening phrase
        (
            "In a report dated May 3, Acme Engineering Inc. recommended 20 repairs to the dam before winter.",
            "Acme Engineering Inc",
            "recommended 20 repairs to the dam",
        ),
    ],
)
def test_a_bodys_listing_or_advice_is_its_claim(tmp_path: Path, body: str, speaker: str, phrase: str) -> None:
    assert claimants(drafted(tmp_path, body), phrase) == [speaker]


def test_a_persons_rank_is_no_bodys_judgement(tmp_path: Path) -> None:
    result = drafted(tmp_path, "Ana Ruiz ranked third in the final of the Kessel Open on Sunday.")
    assert not [c for c in result.claims if "ranked third" in str(c["statement"])]
