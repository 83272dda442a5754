"""Under `serve`, a story none of whose files changed is not read and checked again
(``generator.plugin.fallback.Loaded``): the stories of a publication are read once, then only the
edited one."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.plugin.fallback import Loaded

FLOOD = Path(__file__).parent / "fixtures" / "dossiers" / "glacier-lake-flood"


def test_a_story_is_read_again_only_when_a_file_or_an_option_changed(tmp_path: Path) -> None:
    folder = shutil.copytree(FLOOD, tmp_path / FLOOD.name)
    loaded = Loaded()
    first, found = loaded.load(folder, tmp_path, check_snapshots=True)
    assert first is not None and loaded.load(folder, tmp_path, check_snapshots=True)[0] is first
    found.append(found[0] if found else None)  # type: ignore[arg-type]  # the caller's list is its own
    assert len(loaded.load(folder, tmp_path, check_snapshots=True)[1]) == len(found) - 1
    assert loaded.load(folder, tmp_path, check_snapshots=False)[0] is not first
    claims = folder / "claims.yaml"
    claims.write_text(claims.read_text("utf-8").replace("statement: ", "statement: Heron says ", 1), "utf-8")
    edited, _ = loaded.load(folder, tmp_path, check_snapshots=True)
    assert edited is not None and edited != first
    assert any("Heron says" in claim.statement for claim in edited.claims)
