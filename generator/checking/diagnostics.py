"""Diagnostics: one problem, its place, its rule and a hint to fix it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from generator.format.rules import RULES, Severity

# A place inside a YAML document: mapping keys and sequence indexes from the root.
Pointer = tuple[str | int, ...]


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem. ``line`` and ``col`` are 1-based; 0 means "not known yet" (see ``pointer``)."""

    path: str
    line: int
    col: int
    rule: str
    message: str
    hint: str = ""
    severity: Severity = "error"
    # Where in the YAML document, for diagnostics found before positions are recovered.
    pointer: Pointer = field(default=(), compare=False)
    # True when the diagnostic is about a mapping key rather than its value.
    at_key: bool = field(default=False, compare=False)
    # The text of line ``line`` of the file, quoted under the message (see ``with_sources``).
    source: str | None = field(default=None, compare=False)

    def located(self, line: int, col: int) -> Diagnostic:
        return replace(self, line=line, col=col)


def problem(
    path: str,
    rule: str,
    message: str,
    hint: str = "",
    *,
    line: int = 0,
    col: int = 0,
    pointer: Pointer = (),
    at_key: bool = False,
) -> Diagnostic:
    """Build a diagnostic with the rule's default severity."""
    return Diagnostic(
        path=path,
        line=line,
        col=col,
        rule=rule,
        message=message,
        hint=hint,
        severity=RULES[rule].severity,
        pointer=pointer,
        at_key=at_key,
    )


def has_failures(diagnostics: Iterable[Diagnostic], strict: bool) -> bool:
    """Errors always fail; warnings fail under ``strict``; notes never do."""
    return any(d.severity == "error" or (strict and d.severity == "warning") for d in diagnostics)


def with_sources(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """The diagnostics with the line each points at, read now: each file once, none kept afterwards."""
    files: dict[str, list[str]] = {}
    quoted: list[Diagnostic] = []
    for diagnostic in diagnostics:
        if diagnostic.path not in files:
            files[diagnostic.path] = _lines(diagnostic.path)
        lines = files[diagnostic.path]
        if 0 < diagnostic.line <= len(lines):
            diagnostic = replace(diagnostic, source=lines[diagnostic.line - 1].lstrip("\ufeff"))
        quoted.append(diagnostic)
    return quoted


def _lines(path: str) -> list[str]:
    try:
        return Path(path).read_bytes().decode("utf-8", errors="replace").splitlines()
    except OSError:
        return []
