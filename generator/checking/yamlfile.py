"""Reading one YAML file safely and fast, and recovering positions when there is something to report.

The clean path parses with libyaml (PyYAML's C parser) into plain Python values: no tags, no
aliases, no duplicate keys, YAML 1.1's surprising implicit types (``no`` -> False, dates) switched
off. Positions are recovered only for files that have diagnostics, by composing the text again and
walking to the pointer (see :func:`locate`).
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from generator.checking import text as checks
from generator.checking.diagnostics import Diagnostic, Pointer, problem
from generator.format.numbers import WrittenFloat, written_places

try:  # libyaml ships in PyYAML's wheels; the pure-Python parser is the fallback.
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

MAX_BYTES = 4 * 1024 * 1024
# libyaml refuses nesting deeper than 1,000 levels; constructing stops earlier, at Python's recursion
# limit. Both are reported as yaml-too-deep. Nothing downstream recurses into values.


_ALLOWED_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "map", "seq")
)
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")


class YamlProblem(Exception):
    """Raised inside the loader; turned into a Diagnostic by :func:`read_yaml`."""

    def __init__(self, rule: str, message: str, hint: str, mark: Any = None) -> None:
        super().__init__(message)
        self.rule, self.message, self.hint, self.mark = rule, message, hint, mark


def _resolvers() -> dict[Any, list[tuple[str, re.Pattern[str]]]]:
    """YAML 1.1's implicit resolvers without timestamps and with only true/false as booleans."""
    table: dict[Any, list[tuple[str, re.Pattern[str]]]] = {}
    for first, entries in yaml.SafeLoader.yaml_implicit_resolvers.items():
        kept = []
        for tag, regexp in entries:
            if tag == "tag:yaml.org,2002:timestamp":
                continue
            if tag == "tag:yaml.org,2002:bool":
                regexp = _BOOL
            kept.append((tag, regexp))
        if kept:
            table[first] = kept
    return table


class DossierLoader(_BaseLoader):
    """The YAML loader of dossier files: plain data only; `fmt` reads with it too, so both agree."""

    yaml_implicit_resolvers = _resolvers()

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node in self.constructed_objects or node in self.recursive_objects:
            raise YamlProblem(
                "yaml-alias",
                "anchors and aliases (&name, *name) are not allowed",
                "write the value out in full where it is needed",
                node.start_mark,
            )
        if node.tag not in _ALLOWED_TAGS:
            raise YamlProblem(
                "yaml-tag",
                f"the YAML tag {node.tag!r} is not allowed",
                "remove the tag; dossiers hold only text, numbers, booleans, lists and mappings",
                node.start_mark,
            )
        return super().construct_object(node, deep=deep)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Hashable, Any]:
        mapping: dict[Hashable, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise YamlProblem(
                    "yaml-alias",
                    "merge keys (<<) are not allowed",
                    "write the fields out in full in this entry",
                    key_node.start_mark,
                )
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != "tag:yaml.org,2002:str":
                raise YamlProblem(
                    "yaml-key",
                    "mapping keys must be plain text",
                    "use a field name such as `name:` as the key",
                    key_node.start_mark,
                )
            key = key_node.value
            if key in mapping:
                raise YamlProblem(
                    "yaml-duplicate-key",
                    f"duplicate key {key!r} in this mapping",
                    f"keep one `{key}:` and delete the other",
                    key_node.start_mark,
                )
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


def _mapping(loader: DossierLoader, node: yaml.MappingNode) -> dict[Hashable, Any]:
    return loader.construct_mapping(node, True)


DossierLoader.add_constructor("tag:yaml.org,2002:map", _mapping)
DossierLoader.add_constructor(
    "tag:yaml.org,2002:seq", lambda loader, node: [loader.construct_object(n, True) for n in node.value]
)


def _float(loader: DossierLoader, node: yaml.ScalarNode) -> float:
    """A float, with the decimal places it is written with where it has some (``WrittenFloat``):
    "7.0" read back as 7, and the page showed less precision than the source gave."""
    value: float = loader.construct_yaml_float(node)
    places = written_places(node.value)
    return value if places is None else WrittenFloat(value, places)


DossierLoader.add_constructor("tag:yaml.org,2002:float", _float)


@dataclass(frozen=True)
class YamlDocument:
    """A parsed file: its text (kept for positions and source lines) and its data."""

    path: Path
    display: str
    text: str
    data: Any

    @cached_property
    def suspect(self) -> bool:
        """True when the text may hold HTML, links or TODO markers; only then are values scanned.

        A backslash may be an escape in a double-quoted string ("\\x3cscript>"), which hides the text."""
        return "\\" in self.text or checks.SCANNED.search(self.text) is not None


def _position_of_offset(raw: bytes, offset: int) -> tuple[int, int]:
    line = raw.count(b"\n", 0, offset) + 1
    col = offset - (raw.rfind(b"\n", 0, offset) + 1) + 1
    return line, col


def read_yaml(
    path: Path, display: str, max_bytes: int = MAX_BYTES
) -> tuple[YamlDocument | None, list[Diagnostic]]:
    """Read and parse one file. Never raises for bad content: problems come back as diagnostics."""
    raw, found = _read_bytes(path, display, max_bytes)
    if raw is None:
        return None, found
    text, problems = _decode(raw, display)
    found += problems
    if text is None:
        return None, found
    try:
        data = yaml.load(text, Loader=DossierLoader)
    except (YamlProblem, yaml.YAMLError, RecursionError) as error:
        return None, [*found, _parse_problem(error, text, display)]
    if data is None:
        found.append(
            problem(
                display,
                "file-empty",
                "the file holds no data",
                "add entries or delete the file",
                line=1,
                col=1,
            )
        )
        return None, found
    return YamlDocument(path, display, text, data), found


def _read_bytes(path: Path, display: str, max_bytes: int) -> tuple[bytes | None, list[Diagnostic]]:
    """The file's bytes, or None with the reason it cannot be read (too large, or unreadable)."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return None, [
                problem(
                    display,
                    "file-too-large",
                    f"the file is {size:,} bytes; the limit is {max_bytes:,}",
                    "split the entries over several files in a folder named after the kind",
                    line=1,
                    col=1,
                )
            ]
        return path.read_bytes(), []
    except OSError as error:
        return None, [
            problem(display, "file-encoding", f"cannot read the file: {error.strerror}", line=1, col=1)
        ]


def _decode(raw: bytes, display: str) -> tuple[str | None, list[Diagnostic]]:
    """The text of the file (None when it is not UTF-8), and what is wrong with its bytes: a
    byte-order mark, Windows line endings, a byte that is not UTF-8."""
    found = []
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
        found.append(
            problem(
                display,
                "file-bom",
                "the file starts with a byte-order mark",
                "save the file as UTF-8 without BOM",
                line=1,
                col=1,
            )
        )
    crlf = raw.find(b"\r\n")
    if crlf != -1:
        line, col = _position_of_offset(raw, crlf)
        found.append(
            problem(
                display,
                "file-crlf",
                "the file uses Windows (CRLF) line endings",
                "save it with LF line endings; `explainer fmt` rewrites them",
                line=line,
                col=col,
            )
        )
    try:
        return raw.decode("utf-8"), found
    except UnicodeDecodeError as error:
        line, col = _position_of_offset(raw, error.start)
        message = f"byte 0x{raw[error.start]:02x} is not valid UTF-8"
        found.append(problem(display, "file-encoding", message, "save the file as UTF-8", line=line, col=col))
        return None, found


_TOO_DEEP = "flatten it: dossier entries nest only a few levels deep"


def _parse_problem(
    error: YamlProblem | yaml.YAMLError | RecursionError, text: str, display: str
) -> Diagnostic:
    """What stopped the parser, placed where it stopped."""
    if isinstance(error, YamlProblem):
        line, col = (error.mark.line + 1, error.mark.column + 1) if error.mark else (1, 1)
        return problem(display, error.rule, error.message, error.hint, line=line, col=col)
    if isinstance(error, RecursionError):
        return problem(display, "yaml-too-deep", "the YAML nests too deeply", _TOO_DEEP, line=1, col=1)
    if not isinstance(error, yaml.MarkedYAMLError):
        return problem(display, "yaml-syntax", str(error).strip() or "invalid YAML", line=1, col=1)
    mark = error.problem_mark or error.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    message = (error.problem or error.context or "invalid YAML").strip()
    rule, hint = "yaml-syntax", "check indentation, colons and quotes on this line or the one before"
    lines = text.splitlines()
    if 0 < line <= len(lines) and "\t" in lines[line - 1]:
        hint = "indent with spaces, never tabs"
    if "nesting depth" in message:
        rule, hint = "yaml-too-deep", _TOO_DEEP
    return problem(display, rule, message, hint, line=line, col=col)


def locate(text: str, pointer: Pointer, at_key: bool = False) -> tuple[int, int]:
    """The 1-based line and column of the node at ``pointer``, or of its nearest existing parent."""
    root = yaml.compose(text, Loader=_BaseLoader)
    return _walk(root, pointer, at_key) if root is not None else (1, 1)


def locate_each(text: str, pointers: list[Pointer]) -> list[tuple[int, int]]:
    """The line and column of each pointer's node (as ``locate``); composes the text once."""
    root = yaml.compose(text, Loader=_BaseLoader)
    return [_walk(root, pointer, False) if root is not None else (1, 1) for pointer in pointers]


def locate_all(text: str, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Give every diagnostic of one file its position; composes the file once."""
    try:
        root = yaml.compose(text, Loader=_BaseLoader)
    except yaml.YAMLError:
        root = None
    located = []
    for diagnostic in diagnostics:
        if diagnostic.line:
            located.append(diagnostic)
            continue
        line, col = _walk(root, diagnostic.pointer, diagnostic.at_key) if root is not None else (1, 1)
        located.append(diagnostic.located(line, col))
    return located


def _walk(root: yaml.Node, pointer: Pointer, at_key: bool) -> tuple[int, int]:
    node, mark = root, root.start_mark
    for index, step in enumerate(pointer):
        last = index == len(pointer) - 1
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if key_node.value == step:
                    mark = key_node.start_mark if at_key and last else value_node.start_mark
                    node = value_node
                    break
            else:
                break
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
            node = node.value[step]
            mark = node.start_mark
        else:
            break
    return mark.line + 1, mark.column + 1
