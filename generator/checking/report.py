"""Rendering diagnostics for people (with the source line and a caret), for GitHub and as JSON.

Rendering reads no file: a diagnostic carries its source line (``diagnostics.with_sources``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from generator.checking.diagnostics import Diagnostic

FORMATS = ("human", "github", "json")


def summary(diagnostics: Sequence[Diagnostic]) -> str:
    errors = sum(1 for d in diagnostics if d.severity == "error")
    notes = sum(1 for d in diagnostics if d.severity == "note")
    warnings = len(diagnostics) - errors - notes
    files = len({d.path for d in diagnostics})
    if not diagnostics:
        return "no problems found"
    parts = [f"{errors} error{'s' * (errors != 1)}", f"{warnings} warning{'s' * (warnings != 1)}"]
    if notes:
        parts.append(f"{notes} note{'s' * (notes != 1)}")
    return f"{', '.join(parts)} in {files} file{'s' * (files != 1)}"


def human_lines(diagnostic: Diagnostic) -> list[tuple[str, str]]:
    """The lines of one diagnostic as (style, text) pairs; the style is a rich style name or ''."""
    style = {"error": "bold red", "warning": "bold yellow"}.get(diagnostic.severity, "bold blue")
    head = f"{diagnostic.path}:{diagnostic.line}:{diagnostic.col}: {diagnostic.severity}[{diagnostic.rule}]: "
    lines = [(style, head + diagnostic.message)]
    text = diagnostic.source
    if text is not None:
        number = str(diagnostic.line)
        gutter = " " * len(number)
        shown = text.replace("\t", " ")
        lines.append(("", f" {number} | {shown}"))
        lines.append(("bold", f" {gutter} | {' ' * max(diagnostic.col - 1, 0)}^"))
    if diagnostic.hint:
        lines.append(("cyan", f"  hint: {diagnostic.hint}"))
    return lines


def human(diagnostics: Sequence[Diagnostic]) -> str:
    out: list[str] = []
    for diagnostic in diagnostics:
        out.extend(text for _, text in human_lines(diagnostic))
    out.append(summary(diagnostics))
    return "\n".join(out) + "\n"


def _github_escape(text: str, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def github(diagnostics: Sequence[Diagnostic]) -> str:
    """GitHub Actions workflow commands: an annotation on the changed line for each problem."""
    out = []
    for d in diagnostics:
        level = {"error": "error", "warning": "warning"}.get(d.severity, "notice")
        message = d.message + (f" (hint: {d.hint})" if d.hint else "")
        out.append(
            f"::{level} file={_github_escape(d.path, True)},line={d.line},col={d.col},"
            f"title={_github_escape(d.rule, True)}::{_github_escape(message)}"
        )
    return "\n".join(out) + ("\n" if out else "")


def as_json(diagnostics: Sequence[Diagnostic]) -> str:
    records = [
        {
            "path": d.path,
            "line": d.line,
            "col": d.col,
            "severity": d.severity,
            "rule": d.rule,
            "message": d.message,
            "hint": d.hint,
        }
        for d in diagnostics
    ]
    return (
        json.dumps({"diagnostics": records, "summary": summary(diagnostics)}, ensure_ascii=False, indent=2)
        + "\n"
    )
