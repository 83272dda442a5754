"""The `explainer` command. It parses arguments, calls one core function and prints the result.

Exit codes: 0 clean, 1 problems in the content (or warnings under --strict), 2 usage error,
3 a bug in the generator (reported in one sentence, never as a traceback).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from generator.checking import report
from generator.checking.diagnostics import Diagnostic, has_failures
from generator.checking.loader import display_path, load_site
from generator.checking.selection import Selection, find_content, select_here
from generator.errors import GeneratorError, UsageError
from generator.format.model import ENTRY_KINDS

if TYPE_CHECKING:
    from generator.authoring.fetching import Limits

CONTENT_HELP = "The content folder: one sub-folder per dossier (default: found from the working folder)."


# What `init`, `snapshot` and `sources check` import beyond building: the `authoring` extra.
AUTHORING_MODULES = (
    "httpx",
    "trafilatura",
    "charset_normalizer",
    "lxml_html_clean",
    "dateparser",
    "text_to_num",
    "pycountry",
)


def _require_authoring(command: str) -> None:
    """Stop before any work, in one line, when the authoring extra is not installed (exit 2)."""
    missing = [name for name in AUTHORING_MODULES if importlib.util.find_spec(name) is None]
    if missing:
        raise UsageError(
            f"`explainer {command}` needs the authoring extra ({', '.join(missing)} missing): "
            "pip install 'explainer-sites[authoring]', or `make setup-authoring` in a clone"
        )


def _select(path: Path | None) -> Selection:
    """The content folder and the part of it a command was pointed at (when none, the one found from
    the working folder: the repository, the content folder or a dossier folder); exit 2 for a wrong path."""
    try:
        return select_here(path)
    except UsageError as error:
        raise click.UsageError(str(error)) from error


def _content(path: Path | None) -> Path:
    """The content folder a command reads as a whole: given, or found from the working folder."""
    return path if path is not None else _select(None).content


def _print_diagnostics(diagnostics: Sequence[Diagnostic], output_format: str) -> None:
    if output_format == "json":
        click.echo(report.as_json(diagnostics), nl=False)
        return
    if output_format == "github":
        click.echo(report.github(diagnostics), nl=False)
        click.echo(report.summary(diagnostics), err=True)
        return
    from rich.console import Console  # only here: the other formats and commands start without it
    from rich.text import Text

    console = Console(highlight=False, soft_wrap=True)
    for diagnostic in diagnostics:
        for style, line in report.human_lines(diagnostic):
            console.print(Text(line, style=style or ""))
    console.print(Text(report.summary(diagnostics), style="bold"))


# How diagnostics are written, for `validate` and `sources check` alike.
format_option = click.option(
    "--format",
    "output_format",
    type=click.Choice(report.FORMATS),
    default="human",
    show_default=True,
    help="human (with source lines), github (Actions annotations) or json.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="explainer-sites")
def cli() -> None:
    """Turn news-story dossiers (YAML) into explainer pages."""


@cli.command()
@click.argument("content", type=click.Path(path_type=Path), required=False)
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@format_option
def validate(content: Path | None, strict: bool, output_format: str) -> None:
    """Check every dossier in CONTENT and report every problem at once.

    CONTENT is a content folder, a dossier folder (or a story's name) or one dossier file; by
    default, the content folder (or dossier) the working folder is in. The whole content folder is
    always loaded (so references between dossiers resolve); only problems in CONTENT are reported.
    """
    selection = _select(content)
    result = load_site(selection.content)
    if selection.scope is None:
        _print_diagnostics(result.diagnostics, output_format)
        sys.exit(1 if result.failed(strict) else 0)
    shown = [d for d in result.diagnostics if selection.covers(d.path)]
    _print_diagnostics(shown, output_format)
    sys.exit(1 if has_failures(shown, strict) else 0)


@cli.command()
@click.argument("content", type=click.Path(path_type=Path), required=False)
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    required=True,
    help="Folder to write the pages to. It is replaced whole, and only if `explainer build` wrote it.",
)
@click.option(
    "--templates",
    type=click.Path(path_type=Path, exists=True, file_okay=False),
    help="Folder of page templates that override the package's own.",
)
@click.option("--strict", is_flag=True, help="Treat content warnings as errors.")
def build(content: Path | None, out: Path, templates: Path | None, strict: bool) -> None:
    """Write the explainer pages of CONTENT as Markdown, for use without the MkDocs plugin."""
    from generator.authoring.history import histories
    from generator.errors import DossierError
    from generator.site.output import build_site

    selection = _select(content)
    if selection.scope is not None and content is not None:
        raise click.UsageError(
            f"{display_path(content)!r} is not a content folder: build needs the whole site"
        )
    content = selection.content
    try:
        pages = build_site(
            content, out, templates, strict=strict, histories=lambda slugs: histories(content, slugs)
        )
    except DossierError as error:
        _print_diagnostics(error.diagnostics, "human")
        sys.exit(1)
    click.echo(f"wrote {len(pages.pages)} pages to {out}")


# The site's configuration, for the commands that build it (Zensical reads MkDocs' file too).
_config_file = click.option(
    "-f",
    "--config-file",
    "config_file",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    default="mkdocs.yml",
    show_default=True,
    help="The site's MkDocs configuration (Zensical reads it too).",
)


@cli.command()
@_config_file
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder to write the site to (default: the configuration's site_dir).",
)
@click.option("--strict", is_flag=True, help="Treat content warnings and Zensical's warnings as errors.")
def zensical(config_file: Path, out: Path | None, strict: bool) -> None:
    """Build the whole site with Zensical, Material for MkDocs' successor, instead of MkDocs."""
    from generator.errors import DossierError
    from generator.zensical import build_with_zensical

    try:
        built = build_with_zensical(config_file, out, strict=strict)
    except DossierError as error:
        _print_diagnostics(error.diagnostics, "human")
        sys.exit(1)
    stories = len(built.stories)
    click.echo(f"built {built.pages} generated pages of {stories} stories with Zensical in {built.site}")


@cli.command()
@click.argument("share", metavar="I/N")
@_config_file
@click.option(
    "--site-dir",
    type=click.Path(path_type=Path, file_okay=False),
    required=True,
    help="Folder to write the shard to.",
)
def shard(share: str, config_file: Path, site_dir: Path) -> None:
    """Build shard I of N with `mkdocs build --strict`: every Nth story's pages, for `explainer merge`."""
    from generator.site.shards import SHARD_VARIABLE, Shard

    try:
        Shard.parse(share)
    except UsageError as error:
        raise click.UsageError(str(error)) from error
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "-f",
        str(config_file),
        "--site-dir",
        str(site_dir),
    ]
    sys.exit(subprocess.run(command, env={**os.environ, SHARD_VARIABLE: share}, check=False).returncode)


@cli.command()
@click.argument(
    "shards", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True, file_okay=False)
)
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    required=True,
    help="Folder to write the site to.",
)
def merge(shards: tuple[Path, ...], out: Path) -> None:
    """Assemble the site from the folders of shards 1/N to N/N (`explainer shard`): check the links
    between them and index the whole site for search. The site is the one a single build makes."""
    from generator.site.shards import merge as merge_shards

    broken = merge_shards(shards, out)
    for line in broken:
        click.echo(f"WARNING - {line}", err=True)
    if broken:
        click.echo(f"error: {len(broken)} broken link(s) between shards; {out} was not written", err=True)
        sys.exit(1)
    click.echo(f"merged {len(shards)} shards into {out}")


@cli.command()
@click.option(
    "--out", type=click.Path(path_type=Path), default="schema", show_default=True, help="Folder to write to."
)
@click.option("--check", is_flag=True, help="Only report schemas that differ from the model; exit 1 if any.")
def schema(out: Path, check: bool) -> None:
    """Write the JSON Schemas (draft-07) that editors use, derived from the model."""
    from generator.format.schema import stale_schemas, write_schemas

    if check:
        if not out.is_dir():
            raise click.UsageError(f"{display_path(out)!r} is not a folder of schemas")
        stale = stale_schemas(out)
        for name in stale:
            click.echo(f"{out / name}: out of date; run `explainer schema`")
        sys.exit(1 if stale else 0)
    for path in write_schemas(out):
        click.echo(f"wrote {path}")


@cli.command(name="fmt")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--check", is_flag=True, help="Change nothing; list the files that would change and exit 1.")
def fmt(paths: tuple[Path, ...], check: bool) -> None:
    """Rewrite dossier files into the canonical layout, keeping every value and comment.

    PATHS are content folders, dossier folders or files (default: content).
    """
    from generator.authoring.formatter import format_file
    from generator.checking.discovery import files_under

    selections = [_select(path) for path in paths] if paths else [_select(None)]
    failed = changed = 0
    for path in files_under([selection.scope or selection.content for selection in selections]):
        result = format_file(path, check, display_path(path))
        if result.error:
            failed += 1
            click.echo(f"error: {result.error}", err=True)
        elif result.changed:
            changed += 1
            click.echo(f"{display_path(path)}: {'would reformat' if check else 'reformatted'}")
    if check and changed:
        click.echo(
            f"{changed} file{'s' * (changed != 1)} would be reformatted; run `explainer fmt`", err=True
        )
    sys.exit(1 if failed or (check and changed) else 0)


@cli.command()
@click.argument("kind", type=click.Choice(sorted(kind.noun for kind in ENTRY_KINDS)))
@click.argument("content", type=click.Path(path_type=Path), required=False)
@click.option("--dossier", "slug", help="The dossier's folder name; needed when CONTENT holds several.")
def new(kind: str, content: Path | None, slug: str | None) -> None:
    """Add a new KIND entry with a unique id and TODO placeholders to fill in.

    Run inside a dossier folder, the entry goes to that dossier.
    """
    from generator.authoring.scaffold import new_entry

    if content is None:
        here = _select(None)
        content, slug = here.content, slug or here.slug
    try:
        added = new_entry(content, kind, slug)
    except UsageError as error:
        raise click.UsageError(str(error)) from error
    what = f"{kind} {added.entry_id!r}" if added.entry_id else kind
    click.echo(f"added {what} at {display_path(added.path)}:{added.line}")
    click.echo("fill in every TODO and delete the `review:` line; `explainer validate` lists what is left")


@cli.command()
@click.option(
    "--from-article",
    "article",
    required=True,
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="The article as plain UTF-8 text.",
)
@click.option("--slug", required=True, help="The new dossier's folder name, e.g. aldria-smuggling-transfer.")
@click.option("--url", help="The page's address, when the text does not start with it.")
@click.option(
    "--published",
    help="The page's date (2024-03-14, 2024-03 or 2024), when the text does not give it; "
    "relative dates ('on Thursday', 'last year') are read from it.",
)
@click.argument("content", type=click.Path(path_type=Path), required=False)
def init(article: Path, slug: str, url: str | None, published: str | None, content: Path | None) -> None:
    """Draft a new dossier from an article: every entry is marked for review.

    CONTENT is the content folder: by default the one found from the working folder, else content.
    """
    _require_authoring("init")
    from generator.authoring.drafting import write_draft

    if content is None:
        found = find_content(Path.cwd())
        content = found.content if found is not None else Path("content")
    if content.exists() and not content.is_dir():
        raise click.UsageError(f"{display_path(content)!r} is not a content folder")
    try:
        written = write_draft(article, slug, content, url=url, published=published)
    except UsageError as error:
        raise click.UsageError(str(error)) from error
    for path in written:
        click.echo(f"wrote {display_path(path)}")
    click.echo("every entry is a draft: `explainer validate --strict` lists what to check")


@cli.command(name="diff")
@click.argument("base")
@click.argument("head", default="content")
@click.option(
    "--content", default="content", show_default=True, help="The content folder inside the repository."
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["markdown", "text"]),
    default="markdown",
    show_default=True,
    help="markdown (for a pull-request comment) or text.",
)
def diff_command(base: str, head: str, content: str, output_format: str) -> None:
    """Summarise what changes from BASE to HEAD: facts added, removed and changed.

    BASE and HEAD are content folders or git revisions, e.g. `explainer diff main content`.
    """
    from generator.authoring.changes import diff, render

    try:
        click.echo(render(diff(base, head, content), output_format), nl=False)
    except UsageError as error:
        raise click.UsageError(str(error)) from error


def _limits(timeout: float) -> Limits:
    from generator.authoring.fetching import Limits

    return Limits(timeout=timeout, deadline=max(3 * timeout, timeout + 5))


@cli.command()
@click.argument("source_id")
@click.option("--url", help="Fetch the source's page from this address (with --file: where it came from).")
@click.option(
    "--file",
    "file_path",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="Read the source's text from a saved file (.html is extracted, anything else is plain text).",
)
@click.option("--content", type=click.Path(path_type=Path), help=CONTENT_HELP)
@click.option(
    "--timeout", type=float, default=20.0, show_default=True, help="Seconds to wait for the server."
)
def snapshot(
    source_id: str, url: str | None, file_path: Path | None, content: Path | None, timeout: float
) -> None:
    """Store SOURCE_ID's text in its dossier (snapshots/) and re-check the evidence citing it.

    Only the passages around each evidence phrase are kept, with the hash and length of the whole
    text, the address and/or file, the date and the extractor. With both --file and --url, the text
    is read from the file, a saved copy of the page at that address, and both are recorded.
    """
    _require_authoring("snapshot")
    from generator.authoring.fetching import FetchError
    from generator.authoring.snapshotting import store_source_text

    if url is None and file_path is None:
        raise click.UsageError("give --url, --file, or both (a saved copy of the page at --url)")
    try:
        stored = store_source_text(
            _content(content),
            source_id,
            url=url,
            file=file_path,
            limits=_limits(timeout),
        )
    except UsageError as error:
        raise click.UsageError(str(error)) from error
    except FetchError as error:
        click.echo(f"error: {url or file_path}: {error}; nothing was written", err=True)
        sys.exit(1)
    passages = f"{stored.passages} passage{'s' * (stored.passages != 1)}"
    click.echo(
        f"stored {passages} of a {stored.characters:,}-character text ({stored.extractor}) "
        f"in {display_path(stored.path)}"
    )
    if stored.final_url:
        click.echo(f"note: {url} redirected to {stored.final_url}")
    if stored.note:
        click.echo(f"note: {stored.note}")
    if stored.over_cap:
        click.echo(f"warning: {stored.over_cap}")
    found = stored.phrases - len(stored.missing)
    click.echo(f"{found} of {stored.phrases} evidence phrases are in the text")
    for phrase, closest in stored.missing:
        near = f"; the closest passage reads “{closest}”" if closest else ""
        click.echo(f"not found: {phrase!r}{near}")
    sys.exit(1 if stored.missing else 0)


@cli.group()
def sources() -> None:
    """Watch the sources that dossiers cite."""


@sources.command(name="check")
@click.argument("content", type=click.Path(path_type=Path, exists=True, file_okay=False), required=False)
@click.option("--strict", is_flag=True, help="Treat warnings (moved, unreachable) as errors.")
@format_option
@click.option(
    "--timeout", type=float, default=20.0, show_default=True, help="Seconds to wait for each server."
)
def sources_check(content: Path | None, strict: bool, output_format: str, timeout: float) -> None:
    """Re-fetch every source URL in CONTENT and say whether its text, and its evidence, still stand."""
    _require_authoring("sources check")
    from generator.authoring.sourcecheck import check_sources
    from generator.checking.diagnostics import has_failures

    found = check_sources(_content(content), _limits(timeout))
    _print_diagnostics(found, output_format)
    sys.exit(1 if has_failures(found, strict) else 0)


@cli.command()
def reference() -> None:
    """Print the field-by-field format reference (Markdown), generated from the model."""
    from generator.authoring.reference import format_reference_markdown

    click.echo(format_reference_markdown(), nl=False)


def main(argv: Sequence[str] | None = None) -> None:
    """Console entry point: no traceback ever reaches a contributor; a usage error is one line, exit 2."""
    try:
        code = cli.main(
            args=list(argv) if argv is not None else None, prog_name="explainer", standalone_mode=False
        )
    except click.UsageError as error:
        where = f" (see `{error.ctx.command_path} -h`)" if error.ctx is not None else ""
        click.echo(f"error: {error.format_message()}{where}", err=True)
        sys.exit(2)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except click.Abort:
        click.echo("aborted", err=True)
        sys.exit(1)
    except UsageError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(2)
    except GeneratorError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
    except Exception as error:  # a bug of ours: say so in one sentence; EXPLAINER_DEBUG=1 shows it all
        if os.environ.get("EXPLAINER_DEBUG"):
            raise
        click.echo(
            f"internal error ({type(error).__name__}: {error}). This is a bug in the generator, not in "
            "your content: please report it with the command you ran (EXPLAINER_DEBUG=1 shows details).",
            err=True,
        )
        sys.exit(3)
    sys.exit(code if isinstance(code, int) else 0)
