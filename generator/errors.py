"""The exception tree. Adapters (CLI, plugin) print these as plain sentences, never a traceback."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.checking.diagnostics import Diagnostic


class GeneratorError(Exception):
    """Base of every error the generator raises on purpose."""


class DossierError(GeneratorError):
    """The content has problems; ``diagnostics`` lists every one of them."""

    def __init__(self, diagnostics: Sequence[Diagnostic]) -> None:
        self.diagnostics = tuple(diagnostics)
        errors = sum(1 for d in self.diagnostics if d.severity == "error")
        super().__init__(f"{errors} error(s) in the content")


class TemplateError(GeneratorError):
    """A page template is broken; the message names the template and line."""


class OutputError(GeneratorError):
    """Pages could not be written where they were asked for."""


class UsageError(GeneratorError):
    """A command was asked for something that does not exist; the CLI exits with code 2."""
