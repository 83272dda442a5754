"""What a draft says of who speaks: shared by the drafting tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.authoring.drafting import Draft, draft, read_article


def drafted(tmp_path: Path, body: str, published: str = "", *, headline: str = "A day of news") -> Draft:
    """The draft of a short report: ``headline``, the line ``published`` (a date or a byline) when
    given, a first sentence, then ``body``."""
    path = tmp_path / "report.txt"
    head = f"{headline}\n\n{published}\n\n" if published else f"{headline}\n\n"
    path.write_text(f"{head}The day began quietly.\n\n{body}\n", encoding="utf-8")
    return draft(read_article(path), "report", "report.txt", dt.date(2099, 1, 1))


def kinds(result: Draft) -> dict[str, str]:
    """Each drafted actor's kind by its name (without "the")."""
    return {actor["name"].removeprefix("the "): actor["kind"] for actor in result.actors}


def claimants(result: Draft, phrase: str) -> list[str | None]:
    """The claimant of each claim holding the phrase (None when it is drafted unattributed)."""
    names = {actor["id"]: actor["name"] for actor in result.actors}
    claims = [c for c in result.claims if phrase.lower() in c["statement"].lower()]
    assert claims, [c["statement"] for c in result.claims]
    return [names[c["claimants"][0]] if "claimants" in c else None for c in claims]
