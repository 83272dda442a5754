"""Jinja2 templates that lay out prepared page data as Markdown.

Templates come from the package, or first from a site's own folder of overrides. Autoescape is off
(HTML escaping is wrong for Markdown); page data arrives already escaped, and the ``md`` filter
escapes any raw text an override template chooses to show. Every template error names the template
file and line, the way Jinja's own syntax errors do.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache

from generator.errors import TemplateError
from generator.site.markup import escape

_BLANK_LINES = re.compile(r"\n{3,}")
PACKAGE_TEMPLATES = Path(__file__).parent / "templates"


class MemoryBytecode(jinja2.BytecodeCache):
    """Templates as compiled, kept in memory between the builds of one process (`serve`): Jinja
    compiles a template again only when its source changed (each is kept with its checksum)."""

    def __init__(self) -> None:
        self.kept: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.kept:
            bucket.bytecode_from_string(self.kept[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.kept[bucket.key] = bucket.bytecode_to_string()


class Renderer:
    """Renders the page templates, looking in ``overrides`` before the package's own templates;
    ``bytecode`` keeps them compiled between builds."""

    def __init__(self, overrides: Path | None = None, bytecode: jinja2.BytecodeCache | None = None) -> None:
        folders = [str(overrides)] if overrides is not None else []
        self.folders = (*folders, str(PACKAGE_TEMPLATES))
        self.environment = jinja2.Environment(
            loader=jinja2.FileSystemLoader(self.folders, encoding="utf-8"),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,
            bytecode_cache=bytecode,
        )
        self.environment.filters["md"] = escape

    def render(self, name: str, context: Mapping[str, Any]) -> str:
        """The page's Markdown: one trailing newline, no trailing blank lines."""
        try:
            text = self.environment.get_template(name).render(context)
        except jinja2.TemplateSyntaxError as error:
            where = error.filename or error.name or name
            raise TemplateError(f'{error.message}\n  File "{where}", line {error.lineno}') from error
        except jinja2.TemplateNotFound as error:
            raise TemplateError(f"template {error.name!r} not found in {', '.join(self.folders)}") from error
        except Exception as error:  # UndefinedError, TypeError...: a failure inside a template
            raise TemplateError(_runtime_message(error, name)) from error
        # Templates stay readable with spare blank lines; the pages do not keep them.
        return _BLANK_LINES.sub("\n\n", text).strip("\n") + "\n"


def _runtime_message(error: Exception, name: str) -> str:
    """Jinja rewrites tracebacks so template frames carry the template's file and line."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename.endswith(".j2")]
    message = f"{type(error).__name__}: {error}"
    if not frames:
        return f"{message}\n  in template {name!r}"
    frame = frames[-1]
    source = f"\n    {frame.line.strip()}" if frame.line else ""
    return f'{message}\n  File "{frame.filename}", line {frame.lineno}{source}'
