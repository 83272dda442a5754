"""`pytest --update-goldens` writes the golden pages before collection, so it collects every page."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import goldens

HERE = Path(__file__).parent


def run_page_tests(golden: Path, *options: str) -> tuple[int, str]:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "tests/test_pages.py",
            "-k",
            "golden",
            "-q",
            "-p",
            "no:cacheprovider",
            *options,
        ],
        cwd=HERE.parent,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "EXPLAINER_GOLDEN_DIR": str(golden)},
    )
    return result.returncode, result.stdout


def test_update_writes_before_collection_and_then_the_pages_match(tmp_path: Path) -> None:
    golden = tmp_path / "golden"
    code, out = run_page_tests(golden)
    assert code == 1 and "2 failed" in out, "with no golden files the coverage test fails"

    code, out = run_page_tests(golden, "--update-goldens")
    pages = sum(len(goldens.pages(name).pages) for name in goldens.SITES)
    assert code == 0, out
    assert re.search(rf"\b{pages + len(goldens.SITES)} passed", out), out
    assert sorted(p.name for p in golden.iterdir()) == sorted(goldens.SITES)
    assert (golden / "suez" / "suez-canal-blockage" / "timeline.md").is_file()

    code, out = run_page_tests(golden)
    assert code == 0 and f"{pages + len(goldens.SITES)} passed" in out
