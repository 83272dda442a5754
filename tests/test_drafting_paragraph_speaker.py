"""A speaker named only at a paragraph's end ("..., he said.") says the whole paragraph: reporters
attribute once, and the sentences before that end are the speaker's words too. The draft holds them
in one claim, with a review note to cut a sentence that is the report's own; never where a sentence
before has a speaker of its own, a quote or a question, nor where the speaker opens the sentence."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted

from generator.authoring.claims import REVIEW_PARAGRAPH


def test_a_paragraph_its_speaker_ends(tmp_path: Path) -> None:
    body = (
        "Ana Ruiz runs the Orla ferry service for the county.\n\n"
        "Its two boats carry 400 cars a day.\n\n"
        "The service has cut two crossings a day since the spring. It will add them back in May, once"
        " the new boat arrives, she said."
    )
    result = drafted(tmp_path, body)
    claim = next(c for c in result.claims if "two crossings" in c["statement"])
    assert claim["statement"].startswith("The service has cut two crossings a day since the spring.")
    assert "once the new boat arrives" in claim["statement"]
    assert claimants(result, "two crossings") == ["Ana Ruiz"]
    assert REVIEW_PARAGRAPH in claim["review"]
    # the speaker named after the verb, three sentences before
    body = (
        "Growers from six villages met in Tarnby on Monday to count the losses.\n\n"
        "They came by bus and by tractor from all over the valley.\n\n"
        "The orchard lost half its trees in the frost. Pickers were sent home early. The harvest will"
        " be the smallest in ten years, said Bo Lund, who chairs the growers' guild."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "The orchard lost half its trees") == ["Bo Lund"]
    (claim,) = [c for c in result.claims if "smallest in ten years" in c["statement"]]
    assert "Pickers were sent home early" in claim["statement"]


def test_not_where_a_sentence_before_is_someone_elses_or_quoted(tmp_path: Path) -> None:
    # a sentence before with its own speaker: the last sentence alone is the second speaker's
    body = (
        "The council said the bridge would close for a week. The repairs will cost less than planned,"
        " Bo Lund said."
    )
    result = drafted(tmp_path, body)
    (claim,) = [c for c in result.claims if "repairs will cost" in c["statement"]]
    assert "bridge would close" not in claim["statement"]
    assert REVIEW_PARAGRAPH not in claim["review"]
    # a quote or a question before
    for before in ("“We are ready for the storm,” the harbour master said.", "Will the pumps hold?"):
        result = drafted(tmp_path, f"{before} The pumps are working at full power, Ana Ruiz said.")
        (claim,) = [c for c in result.claims if "pumps are working" in c["statement"]]
        assert claim["statement"].startswith("The pumps are working"), before
    # the speaker opening the sentence: what she says is that sentence's own
    result = drafted(tmp_path, "The river rose overnight. Ana Ruiz said the pumps were working.")
    (claim,) = [c for c in result.claims if "pumps were working" in c["statement"]]
    assert "river rose" not in claim["statement"]
    assert REVIEW_PARAGRAPH not in claim["review"]
