"""The checks of how stories pass facts on (`generator/checking/storytelling.py`), run in process on
the story of `test_story_telling.py`: each misuse of `via:`, `per:`, `part_of:` and `ongoing:` is one
problem, on the field that is wrong, with its rule, message and hint; each right use is none."""

from __future__ import annotations

from pathlib import Path

from test_story_telling import CLAIMS, EVENTS, NUMBERS, WIRE, story

from generator.checking.loader import load_site

STORY = "content/glacier-lake-flood/"


def problems(
    tmp_path: Path, numbers: str = NUMBERS, claims: str = CLAIMS, events: str = EVENTS
) -> list[tuple]:
    """(rule, file, line, col, message, hint) of each problem but notes, the file within the story.
    A changed value is no longer in its evidence phrase: that check is another module's."""
    content = story(tmp_path, numbers, claims, events)
    found = []
    for d in load_site(content).diagnostics:
        if d.severity != "note" and d.rule != "number-evidence":
            found.append((d.rule, d.path.split(STORY, 1)[-1], d.line, d.col, d.message, d.hint))
    return found


def test_the_story_as_written_has_no_problem(tmp_path: Path) -> None:
    assert problems(tmp_path) == []


def test_a_relay_that_is_also_the_speaker(tmp_path: Path) -> None:
    claims = CLAIMS.replace("claimants: [ana-lima]", "claimants: [ana-lima, newsline]")
    assert problems(tmp_path, claims=claims) == [
        (
            "via-speaker",
            "claims.yaml",
            21,
            8,
            "'newsline' is both who says it (`claimants`) and who relays it (`via`)",
            "keep 'newsline' in `claimants` if it says so itself, or in `via` if it quotes someone else",
        )
    ]


def test_a_relay_with_no_speaker(tmp_path: Path) -> None:
    claims = CLAIMS.replace("  claimants: [ana-lima]\n", "  unattributed: true\n")
    assert problems(tmp_path, claims=claims) == [
        (
            "via-speaker",
            "claims.yaml",
            21,
            8,
            "this claim is relayed by 'newsline' (`via`) but names no one who says it",
            "add the speaker under `claimants:`; when the outlet is the only one who says it, "
            "put 'newsline' in `claimants` and delete `via`",
        )
    ]


def test_a_number_relayed_by_its_own_speaker_and_one_by_another(tmp_path: Path) -> None:
    relayed = NUMBERS.replace(
        "  counts: people on board the ferry\n", "  counts: people on board the ferry\n  via: newsline\n"
    )
    assert problems(tmp_path, numbers=relayed) == []
    numbers = NUMBERS.replace("  counts: people rescued\n", "  counts: people rescued\n  via: coast-guard\n")
    found = problems(tmp_path / "again", numbers=numbers)
    assert [(rule, path, message) for rule, path, _, _, message, _ in found] == [
        (
            "via-speaker",
            "numbers.yaml",
            "'coast-guard' is both who says it (`stated_by`) and who relays it (`via`)",
        )
    ]


def rate(unit: str, counts: str) -> str:
    return NUMBERS.replace(
        "  unit: litres\n  counts: water lost by the old dam\n", f"  unit: {unit}\n  counts: {counts}\n"
    )


def test_a_period_written_again_in_the_unit_or_the_counts(tmp_path: Path) -> None:
    found = problems(tmp_path, numbers=rate("litres a year", "annual loss of the old dam"))
    assert [(rule, path, message, hint) for rule, path, _, _, message, hint in found] == [
        (
            "rate-repeated",
            "numbers.yaml",
            f"the period of this rate is in `per: year` and again in `{field}`: {text!r}",
            f"delete the period from `{field}`; readers see it once, after the figure",
        )
        for field, text in (("unit", "litres a year"), ("counts", "annual loss of the old dam"))
    ]
    assert [(line, col) for _, _, line, col, _, _ in found] == [(82, 9), (83, 11)]


def test_each_way_of_saying_the_period_again_is_found(tmp_path: Path) -> None:
    for number, counts in enumerate(
        ("water lost per year", "water lost every year", "yearly loss", "annually lost water")
    ):
        found = problems(tmp_path / str(number), numbers=rate("litres", counts))
        assert [rule for rule, *_ in found] == ["rate-repeated"], counts


def test_a_year_that_is_not_the_period_is_no_repetition(tmp_path: Path) -> None:
    # "this year" names when, not how often; "yearling" only starts like a period word.
    assert problems(tmp_path, numbers=rate("litres", "water lost this year by yearlings")) == []


def part_of(value: str, whole: str) -> str:
    return NUMBERS.replace("  value: 174\n", f"  value: {value}\n").replace(
        "  part_of: people-on-board\n", f"  part_of: {whole}\n"
    )


def test_a_part_larger_than_its_whole_is_placed_on_part_of(tmp_path: Path) -> None:
    assert problems(tmp_path, numbers=part_of("600", "people-on-board")) == [
        (
            "number-part-of",
            "numbers.yaml",
            76,
            12,
            "600 is more than the 500 of 'people-on-board' it is said to be part of",
            "check both values against the sources, or name the right whole in `part_of`",
        )
    ]


def test_a_part_as_large_as_its_whole_or_within_its_range_is_fine(tmp_path: Path) -> None:
    assert problems(tmp_path, numbers=part_of("500", "people-on-board")) == []
    ranged = part_of("520", "people-on-board").replace("  value: 500\n", "  value: 500\n  upper: 550\n", 1)
    assert problems(tmp_path / "range", numbers=ranged) == []
    ranged = part_of("560", "people-on-board").replace("  value: 500\n", "  value: 500\n  upper: 550\n", 1)
    assert [message for _, _, _, _, message, _ in problems(tmp_path / "over", numbers=ranged)] == [
        "560 is more than the 550 of 'people-on-board' it is said to be part of"
    ]


def test_a_share_in_percent_is_not_compared_with_its_whole(tmp_path: Path) -> None:
    # 600 people of the 500 on board is wrong; 600 per cent of them is a share, whatever it says.
    for number, unit in enumerate(("'%'", "percent", "Per cent")):
        numbers = part_of("600", "people-on-board").replace(
            "  counts: people rescued\n", f"  unit: {unit}\n  counts: people rescued\n"
        )
        assert problems(tmp_path / str(number), numbers=numbers) == [], unit
    numbers = part_of("600", "people-on-board").replace(
        "  counts: people rescued\n", "  unit: people\n  counts: people rescued\n"
    )
    assert [rule for rule, *_ in problems(tmp_path / "people", numbers=numbers)] == ["number-part-of"]


def test_a_number_that_is_part_of_itself(tmp_path: Path) -> None:
    assert problems(tmp_path, numbers=part_of("174", "people-rescued")) == [
        (
            "number-part-of",
            "numbers.yaml",
            76,
            12,
            "'people-rescued' names itself in `part_of`",
            "name the number this one is a subset or share of, or delete `part_of`",
        )
    ]


def test_two_numbers_each_part_of_the_other(tmp_path: Path) -> None:
    numbers = NUMBERS.replace(
        "  counts: people on board the ferry\n",
        "  counts: people on board the ferry\n  part_of: people-rescued\n",
    )
    found = problems(tmp_path, numbers=numbers)
    loop = "a part names its whole; the whole does not name its part: delete one `part_of`"
    assert sorted(
        (line, message, hint) for rule, _, line, _, message, hint in found if rule == "number-part-of"
    ) == [
        (71, "'people-on-board' is part of 'people-rescued', which is (through `part_of`) part of it", loop),
        (77, "'people-rescued' is part of 'people-on-board', which is (through `part_of`) part of it", loop),
    ]


def test_a_part_of_a_part_is_compared_with_its_own_whole(tmp_path: Path) -> None:
    # 174 rescued of 500 on board, 60 of them children: 60 is compared with 174, not 500.
    children = (
        "- id: children-rescued\n  value: 60\n  counts: children rescued\n  part_of: people-rescued\n"
        "  stated_by: [coast-guard]\n  cite: [{source: wire, evidence: 174 were rescued}]\n"
    )
    assert problems(tmp_path, numbers=NUMBERS + children) == []
    too_many = children.replace("value: 60", "value: 300")
    assert [
        message for _, _, _, _, message, _ in problems(tmp_path / "more", numbers=NUMBERS + too_many)
    ] == ["300 is more than the 174 of 'people-rescued' it is said to be part of"]


def test_a_part_of_an_unknown_number_is_only_an_unknown_reference(tmp_path: Path) -> None:
    found = problems(tmp_path, numbers=part_of("174", "people-on-deck"))
    assert [rule for rule, *_ in found] == ["ref-unknown"]


def test_an_ongoing_event_with_an_end(tmp_path: Path) -> None:
    events = EVENTS.replace("  ongoing: true\n", "  ongoing: true\n  end_date: 2024-03-05\n")
    assert problems(tmp_path, events=events) == [
        (
            "event-ongoing-ended",
            "events.yaml",
            4,
            12,
            "this event is marked ongoing but ends on 2024-03-05",
            "delete `ongoing: true` if it has ended, or `end_date` if it goes on",
        )
    ]
    ended = EVENTS.replace("  ongoing: true\n", "  end_date: 2024-03-05\n")
    assert problems(tmp_path / "ended", events=ended) == []


def test_a_chain_of_parts_into_a_loop_or_an_unknown_number_ends(tmp_path: Path) -> None:
    # children -> rescued -> on board -> rescued: the loop is reported, and the check ends.
    looped = NUMBERS.replace(
        "  counts: people on board the ferry\n",
        "  counts: people on board the ferry\n  part_of: people-rescued\n",
    )
    children = (
        "- id: children-rescued\n  value: 60\n  counts: children rescued\n  part_of: people-rescued\n"
        "  stated_by: [coast-guard]\n  cite: [{source: wire, evidence: 174 were rescued}]\n"
    )
    found = problems(tmp_path, numbers=looped + children)
    assert sorted(line for rule, _, line, *_ in found if rule == "number-part-of") == [71, 77, 90]
    # rescued -> an unknown whole: the unknown id is reported once, the part above it checked as usual.
    unknown = NUMBERS.replace("  part_of: people-on-board\n", "  part_of: people-on-deck\n")
    assert [rule for rule, *_ in problems(tmp_path / "unknown", numbers=unknown + children)] == [
        "ref-unknown"
    ]


# -- whom a claim is about, when its makers speak of their own side -------------------------------

_COMMANDER = """- id: ivo-marsh
  name: Ivo Marsh
  kind: person
  description: The commander of the coast guard.
  cite: [{source: wire, evidence: Commander Ivo Marsh of the coast guard}]
"""
_LEADS = """- subject: ivo-marsh
  predicate: leader-of
  object: coast-guard
  cite: [{source: wire, evidence: Commander Ivo Marsh of the coast guard}]
"""
_OWN_SIDE = """- id: searched-all-night
  statement: The coast guard searched the bay all night.
  claimants: [ivo-marsh]
  status: stated
  cite: [{source: wire, evidence: crews searched the bay all night}]
- id: searched-marked
  statement: The coast guard searched the bay all night.
  claimants: [ivo-marsh]
  status: stated
  about: [coast-guard]
  cite: [{source: wire, evidence: crews searched the bay all night}]
- id: came-late
  statement: The coast guard came late.
  claimants: [ana-lima]
  status: stated
  cite: [{source: wire, evidence: the coast guard came late}]
- id: searched-disputed
  statement: The coast guard searched the bay all night.
  claimants: [ivo-marsh]
  status: disputed
  cite: [{source: wire, evidence: crews searched the bay all night}]
"""


def test_a_claim_naming_its_makers_side_with_no_about_is_warned(tmp_path: Path) -> None:
    """A leader's stated claim that names the body they lead, with no `about:`, would read as "only
    one side says so" rather than as that body's own account: one warning, on its statement, with
    the `about:` line to add. Marked with `about:`, made by someone who speaks for no one named
    (a villager on the coast guard), or not `stated`, it is none."""
    content = story(tmp_path, claims=_OWN_SIDE)
    folder = next(path for path in content.iterdir() if path.is_dir())
    (folder / "wire.txt").write_text(
        WIRE + "Commander Ivo Marsh of the coast guard said crews searched the bay all night. Ana Lima "
        "said the coast guard came late.\n",
        encoding="utf-8",
    )
    for name, text in (("actors.yaml", _COMMANDER), ("relationships.yaml", _LEADS)):
        path = folder / name
        path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")
    found = [
        (d.rule, d.path.split(STORY, 1)[-1], d.line, d.col, d.message, d.hint)
        for d in load_site(content).diagnostics
        if d.rule == "claim-about-missing"
    ]
    assert found == [
        (
            "claim-about-missing",
            "claims.yaml",
            19,
            14,
            "this claim names 'Coast guard', the side that makes it, but has no `about:`: readers are told "
            "only one side says so, not that it is that side's own account",
            "if it is their account of themselves, add `about: [coast-guard]` and it reads as their own "
            "account; if it is about others too, list them all",
        )
    ]
