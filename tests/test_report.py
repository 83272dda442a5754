"""Diagnostics carry the line they point at; rendering reads no file and keeps nothing between runs;
what a person, GitHub and a tool each read of them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.checking import report
from generator.checking.diagnostics import Diagnostic, has_failures, problem, with_sources
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


# -- What each format prints ----------------------------------------------------------------------

ERROR = Diagnostic(
    "content/s/actors.yaml",
    12,
    3,
    "value-invalid",
    "'x' is not a valid kind",
    "see the format reference",
    source="\tkind: x",
)
WARNING = Diagnostic("content/s/claims.yaml", 2, 1, "text-missing", "no text", "", severity="warning")
NOTE = Diagnostic("content/s/sources.yaml", 1, 1, "source-unchecked", "only so much", "", severity="note")


def test_the_summary_counts_each_severity_and_file_in_words() -> None:
    assert report.summary([]) == "no problems found"
    assert report.summary([ERROR]) == "1 error, 0 warnings in 1 file"
    assert report.summary([ERROR, WARNING]) == "1 error, 1 warning in 2 files"
    assert report.summary([ERROR, ERROR, WARNING, WARNING, NOTE]) == "2 errors, 2 warnings, 1 note in 3 files"
    assert report.summary([NOTE, NOTE]) == "0 errors, 0 warnings, 2 notes in 1 file"


def test_a_person_reads_the_place_the_line_a_caret_under_the_column_and_the_hint() -> None:
    assert report.human_lines(ERROR) == [
        ("bold red", "content/s/actors.yaml:12:3: error[value-invalid]: 'x' is not a valid kind"),
        ("", " 12 |  kind: x"),
        ("bold", "    |   ^"),
        ("cyan", "  hint: see the format reference"),
    ]
    # No line read (a file that is gone) and no hint: the head alone, in the colour of its severity.
    assert report.human_lines(WARNING) == [
        ("bold yellow", "content/s/claims.yaml:2:1: warning[text-missing]: no text")
    ]
    assert report.human_lines(NOTE)[0][0] == "bold blue"
    at_start = Diagnostic("f.yaml", 1, 0, "file-empty", "empty", source="")
    assert [text for _, text in report.human_lines(at_start)] == [
        "f.yaml:1:0: error[file-empty]: empty",
        " 1 | ",
        "   | ^",
    ]
    assert report.human([ERROR]).endswith("  hint: see the format reference\n1 error, 0 warnings in 1 file\n")


def test_github_gets_an_annotation_per_problem_with_its_text_escaped() -> None:
    odd = Diagnostic(
        "content/a,b:c.yaml",
        3,
        4,
        "value-invalid",
        "100% wrong\r\nsecond line",
        "fix: it",
        severity="warning",
    )
    assert report.github([odd, NOTE]) == (
        "::warning file=content/a%2Cb%3Ac.yaml,line=3,col=4,title=value-invalid::"
        "100%25 wrong%0D%0Asecond line (hint: fix: it)\n"
        "::notice file=content/s/sources.yaml,line=1,col=1,title=source-unchecked::only so much\n"
    )
    assert report.github([ERROR]).startswith("::error file=content/s/actors.yaml,line=12,col=3,")
    assert report.github([]) == ""


def test_json_lists_every_field_a_tool_needs_and_the_summary() -> None:
    data = json.loads(report.as_json([ERROR, NOTE]))
    assert data == {
        "diagnostics": [
            {
                "path": "content/s/actors.yaml",
                "line": 12,
                "col": 3,
                "severity": "error",
                "rule": "value-invalid",
                "message": "'x' is not a valid kind",
                "hint": "see the format reference",
            },
            {
                "path": "content/s/sources.yaml",
                "line": 1,
                "col": 1,
                "severity": "note",
                "rule": "source-unchecked",
                "message": "only so much",
                "hint": "",
            },
        ],
        "summary": "1 error, 0 warnings, 1 note in 2 files",
    }
    assert "明" in report.as_json([Diagnostic("明.yaml", 1, 1, "file-empty", "empty")])
    assert report.as_json([]).endswith("}\n")
    # Read in a terminal too: one field a line, indented by two spaces a level.
    assert report.as_json([NOTE]).splitlines()[:4] == [
        "{",
        '  "diagnostics": [',
        "    {",
        '      "path": "content/s/sources.yaml",',
    ]


def test_errors_always_fail_warnings_only_when_strict_and_notes_never() -> None:
    assert has_failures([ERROR], strict=False) and has_failures([WARNING], strict=True)
    assert not has_failures([WARNING, NOTE], strict=False)
    assert not has_failures([NOTE], strict=True)
    assert not has_failures([], strict=True)


def test_each_diagnostic_quotes_its_line_without_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_bytes("\ufeff- id: a\n  kind: x\nXL: size\n".encode())
    shown = str(path)
    found = with_sources(
        [
            Diagnostic(shown, 1, 1, "file-empty", "a"),
            Diagnostic(shown, 2, 9, "value-invalid", "b"),
            Diagnostic(shown, 3, 1, "file-empty", "a line of its own"),
            Diagnostic(shown, 4, 1, "file-empty", "past the end"),
            Diagnostic(shown, 0, 0, "file-empty", "no line"),
            Diagnostic(str(tmp_path / "gone.yaml"), 1, 1, "file-empty", "gone"),
        ]
    )
    assert [d.source for d in found] == ["- id: a", "  kind: x", "XL: size", None, None, None]
    assert problem(shown, "text-missing", "m", "h", line=2, col=3).severity == "warning"
    bare = problem(shown, "file-empty", "m")
    assert (bare.line, bare.col, bare.hint) == (0, 0, "")  # placed later, from its pointer
    moved = bare.located(4, 5)
    assert (moved.path, moved.line, moved.col, moved.severity) == (shown, 4, 5, "error")
