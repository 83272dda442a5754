"""What a draft says of who speaks: shared by the drafting tests."""

from __future__ import annotations

from generator.authoring.drafting import Draft


def claimants(result: Draft, phrase: str) -> list[str | None]:
    """The claimant of each claim holding the phrase (None when it is drafted unattributed)."""
    names = {actor["id"]: actor["name"] for actor in result.actors}
    claims = [c for c in result.claims if phrase.lower() in c["statement"].lower()]
    assert claims, [c["statement"] for c in result.claims]
    return [names[c["claimants"][0]] if "claimants" in c else None for c in claims]
