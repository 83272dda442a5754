"""The `explainer` command. It parses arguments, calls one core function and prints the result.

Exit codes: 0 clean, 1 problems in the content (or warnings under --strict), 2 usage error.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import click
from rich.console import Console
from rich.text import Text

from generator import report
from generator.diagnostics import Diagnostic
from generator.errors import GeneratorError
from generator.loader import load_site

CONTENT_HELP = "The content folder: one sub-folder per dossier."


def _print_diagnostics(diagnostics: Sequence[Diagnostic], output_format: str) -> None:
    if output_format == "json":
        click.echo(report.as_json(diagnostics), nl=False)
        return
    if output_format == "github":
        click.echo(report.github(diagnostics), nl=False)
        click.echo(report.summary(diagnostics), err=True)
        return
    console = Console(highlight=False, soft_wrap=True)
    for diagnostic in diagnostics:
        for style, line in report.human_lines(diagnostic):
            console.print(Text(line, style=style or ""))
    console.print(Text(report.summary(diagnostics), style="bold"))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="explainer-sites")
def cli() -> None:
    """Turn news-story dossiers (YAML) into explainer pages."""


@cli.command()
@click.argument("content", type=click.Path(path_type=Path), default="content")
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(report.FORMATS),
    default="human",
    show_default=True,
    help="human (with source lines), github (Actions annotations) or json.",
)
def validate(content: Path, strict: bool, output_format: str) -> None:
    """Check every dossier in CONTENT and report every problem at once."""
    result = load_site(content)
    _print_diagnostics(result.diagnostics, output_format)
    sys.exit(1 if result.failed(strict) else 0)


@cli.command()
@click.option(
    "--out", type=click.Path(path_type=Path), default="schema", show_default=True, help="Folder to write to."
)
@click.option("--check", is_flag=True, help="Only report schemas that differ from the model; exit 1 if any.")
def schema(out: Path, check: bool) -> None:
    """Write the JSON Schemas (draft-07) that editors use, derived from the model."""
    from generator.schema import stale_schemas, write_schemas

    if check:
        stale = stale_schemas(out)
        for name in stale:
            click.echo(f"{out / name}: out of date; run `explainer schema`")
        sys.exit(1 if stale else 0)
    for path in write_schemas(out):
        click.echo(f"wrote {path}")


def main(argv: Sequence[str] | None = None) -> None:
    """Console entry point: no traceback ever reaches a contributor."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="explainer", standalone_mode=True)
    except GeneratorError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
