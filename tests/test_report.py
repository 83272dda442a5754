"""Diagnostics carry the line they point at; rendering reads no file and keeps nothing between runs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.checking import report
from generator.checking.loader import load_site

BASE = Path(__file__).parent / "fixtures" / "rules" / "base"


def test_source_line_is_read_at_load_time_and_never_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(BASE, tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    actors = Path("content/harbour-strike/actors.yaml")
    actors.write_text(
        actors.read_text(encoding="utf-8").replace("kind: organisation", "kind: organization"),
        encoding="utf-8",
    )
    first = load_site(Path("content")).diagnostics
    assert [d.source for d in first] == ["  kind: organization"]
    shown = report.human(first)
    assert " 4 |   kind: organization\n   |         ^\n" in shown

    actors.write_text(
        actors.read_text(encoding="utf-8").replace("kind: organization", "kind: organisatio"),
        encoding="utf-8",
    )
    assert report.human(first) == shown, "a loaded diagnostic keeps the line it was loaded with"
    second = load_site(Path("content")).diagnostics
    assert [d.source for d in second] == ["  kind: organisatio"]
    assert " 4 |   kind: organisatio\n" in report.human(second)
    assert not hasattr(report, "forget_sources")
