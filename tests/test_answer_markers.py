"""Which sentence of a key question's answer carries each fact's markers (``answers.supported``), where
a sentence tells a fact through a pronoun or ties with another (tests/fixtures/explained: a bridge's
collapse and who pays for it, a crew's return from space, a budget's critics); and the same rules on
other topics.

The suit against the ship's owner and manager had its markers on "The ship's owner and manager paid
$102 million for clearing the channel", not on "Maryland is suing them"; the crew's splashdown on the
launch, not on "They came home 286 days later"; and of two sentences that said as much of a claim,
the first took it, though the second named the one who made it."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from explained import built_fixtures, described, invented_story, text

from generator.format.model import Claim, Event, Question
from generator.site.answers import supported

BRIDGE = "key-bridge-collapse-2024"
CREW = "starliner-crew-flight-2024"
BUDGET = "uk-budget-2024"

_MARKERS = re.compile(r"(?:\[\^\d+\](?:<sup class=\"explainer-comma\">,</sup>)?)+")
CITE = [{"source": "s", "evidence": "e"}]


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, BRIDGE, CREW, BUDGET)


def _said(overview: str, question: str) -> list[tuple[str, int]]:
    """The answer to ``question``: its sentences as its markers end them, each with how many markers
    end it (a sentence that ends with none is joined to the next)."""
    answer = overview.split(f"/// details | {question}\n", 1)[1].split("\n\n", 1)[1].split("\n///", 1)[0]
    runs = [run.count("[^") for run in _MARKERS.findall(answer)]
    said = [text(part) for part in _MARKERS.split(answer) if part.strip()]
    return list(zip(said, runs, strict=False))


def test_the_suit_is_marked_where_them_stands_for_the_owner_and_manager(pages: dict[str, str]) -> None:
    said = _said(pages[f"{BRIDGE}/index.md"], "Who pays?")
    assert said[-2:] == [
        ("The ship's owner and manager paid $102 million for clearing the channel.", 1),
        (
            "Maryland is suing them for the rest; they asked a court to cap what they owe at about $43.7 million.",
            1,
        ),
    ]
    # Its one marker's footnote gives the suit's source beside the petition's.
    overview = pages[f"{BRIDGE}/index.md"]
    label = re.findall(r"\[\^(\d+)\]", overview.split("Maryland is suing them", 1)[1])[0]
    note = overview.split(f"\n[^{label}]: ", 1)[1].split("\n[^", 1)[0]
    assert "fox5-2024-maryland-suit" in note


def test_the_return_is_marked_where_they_came_home(pages: dict[str, str]) -> None:
    said = _said(pages[f"{CREW}/index.md"], "What happened?")
    assert said[0][0].startswith("On 5 June 2024 Boeing's Starliner") and said[0][1] == 1
    assert said[-1] == ("They came home 286 days later, on a SpaceX capsule.", 3)


def test_of_two_sentences_that_say_as_much_the_one_naming_the_maker_is_marked(
    pages: dict[str, str],
) -> None:
    """Paul Johnson's "the pretence risks undermining trust" tied with the sentence before it, which
    took its marker: Mike Brewer's sentence ended with none of its own."""
    said = _said(pages[f"{BUDGET}/index.md"], "What do critics say?")
    assert [n for _, n in said] == [1, 1, 1]
    assert said[-1][0] == "Paul Johnson of the IFS says that pretence risks undermining trust."


def _port(answer: str, **facts: object) -> list[int]:
    """How many facts each sentence of ``answer`` carries, in an invented story: a port sues a ship's
    owner over its quay, a climber is rescued, a fee is disputed."""
    actors = (
        described("The body that runs the port.", "government-body", "Vell Port Authority", "port"),
        described("The company that owns the ship.", "organisation", "Corran Shipping", "corran"),
        described("A climber.", "person", "Nia Okafor", "okafor"),
        described("A mountain rescue team.", "organisation", "Tarn Rescue", "tarn"),
        described("A union leader.", "person", "Bo Lenz", "lenz"),
        described("The port's chief.", "person", "Ada Rill", "rill"),
    )
    events = (
        Event.model_validate(
            {"id": "salvage", "date": "2032-02-01", "title": "The ship's owner pays for the salvage",
             "actors": ["corran"], "cite": CITE}
        ),
        Event.model_validate(
            {"id": "suit", "date": "2032-06-01", "title": "The port authority sues the ship's owner for the"
             " damage to the quay", "actors": ["port", "corran"], "cite": CITE}
        ),
        Event.model_validate(
            {"id": "storm", "date": "2031-02-02", "title": "A storm grounds the rescue helicopter",
             "actors": [], "cite": CITE}
        ),
        Event.model_validate(
            {"id": "fee-starts", "date": "2032-05-01", "title": "The port starts charging the fee",
             "actors": ["port"], "cite": CITE}
        ),
        Event.model_validate(
            {"id": "rescue", "date": "2031-02-03", "title": "Tarn Rescue lifts Nia Okafor off the ridge, 19"
             " hours after her fall", "actors": ["tarn", "okafor"], "cite": CITE}
        ),
    )  # fmt: skip
    fair = Claim.model_validate(
        {"id": "fair", "statement": "The new fee is fair to ferries.", "claimants": ["rill"],
         "status": "stated", "cite": CITE}
    )  # fmt: skip
    story = invented_story(actors, events, (fair,))
    asked = Question.model_validate({"id": "q", "question": "What happened?", "answer": answer, **facts})
    return [len(s.cite) for s in supported(replace(story, questions=(asked,)), asked, answer)]


def test_a_pronoun_counts_as_the_one_it_stands_for_on_another_topic() -> None:
    """ "It" stands for the ship's owner of the sentence before: the suit is told where it is."""
    told = _port(
        "The Vell Port Authority closed the quay. The ship's owner paid $3 million for the salvage. The"
        " Vell Port Authority is suing it for the rest of the damage.",
        events=["salvage", "suit"],
    )
    assert told == [0, 1, 1]


def test_a_figure_of_a_title_tells_its_event_on_another_topic() -> None:
    """The rescue's "19 hours after her fall" is told by "19 hours later", not by the fall, which
    names the climber and the ridge as the title does, and came first."""
    told = _port(
        "Nia Okafor, a climber, fell on the north ridge. The storm kept the helicopter grounded overnight."
        " Tarn Rescue reached her 19 hours later.",
        events=["storm", "rescue"],
    )
    assert told == [0, 1, 1]


def test_a_tie_goes_to_the_sentence_that_names_the_maker_on_another_topic() -> None:
    """Two sentences share as many words of the chief's "the new fee is fair to ferries"; the one that
    names her tells it."""
    told = _port(
        "Bo Lenz calls the port's new fee a tax on ferries. Ada Rill says the fee is fair. The port will"
        " charge it from May.",
        claims=["fair"],
        events=["fee-starts"],
    )
    assert told == [0, 1, 1]
