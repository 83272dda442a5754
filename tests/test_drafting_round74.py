"""Forms the first run of held-out round 74 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a source "according
to" a company's document with its legal form's stop before the document's noun ("an Orla Mills Inc.
press release")."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted


def test_a_company_s_document_after_its_legal_form(tmp_path: Path) -> None:
    body = (
        "The scheme offers $2,000 to $9,000 to farmers for new fencing, according to a Tarn Mills Inc."
        " press release.\n\n"
        "The first payments will go out in March, according to the release.\n\n"
        "Grain prices fell again, according to an Orla Feeds Ltd. report."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "offers $2,000") == ["Tarn Mills Inc"]
    assert claimants(result, "first payments") == ["Tarn Mills Inc"]
    assert claimants(result, "Grain prices fell") == ["Orla Feeds Ltd"]
    # the legal form ending the sentence is the speaker's name's, as before
    body = "Grain prices fell again, according to Orla Feeds Ltd."
    assert claimants(drafted(tmp_path, body), "Grain prices fell") == ["Orla Feeds Ltd"]
