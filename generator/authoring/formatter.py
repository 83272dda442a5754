"""`explainer fmt`: rewrite dossier files into one canonical layout, losing nothing.

The layout: keys in the model's field order (unknown keys after, as written), block style, 2-space
indentation, ``- `` items indented under their key and at the left margin at the top level, lines
wrapped near 100 characters, and quotes only where YAML needs them or where a value would otherwise
read as something else (``"2023-09"``, ``"3850"``, ``"no"``). Comments stay, re-indented with the
line they describe.

ruamel.yaml does the round trip. Every rewrite is checked before it is written: the data as the
validator reads it and the comments must be the same before and after, or the file is left alone.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args

import yaml
from pydantic import BaseModel
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedBase, CommentedMap, CommentedSeq
from ruamel.yaml.emitter import Emitter
from ruamel.yaml.error import CommentMark
from ruamel.yaml.error import YAMLError as RuamelError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, ScalarString
from ruamel.yaml.tokens import CommentToken

from generator.checking.discovery import model_for
from generator.checking.yamlfile import DossierLoader, YamlProblem
from generator.errors import GeneratorError
from generator.format.introspect import inner_model

WIDTH = 100
_INDENT = 2
_DATE_LIKE = re.compile(r"^\d{4}(?:-\d{1,2}){0,2}$")
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_RESOLVER = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"


class FormatError(GeneratorError):
    """A file cannot be put into the canonical layout without changing it; it is left alone."""


@dataclass(frozen=True)
class Formatted:
    """The outcome for one file: whether it changed (or would), or why it could not be formatted."""

    path: Path
    changed: bool
    error: str = ""


class _Emitter(Emitter):
    """Where a value needs quotes, use double quotes: one style, and the one that can say anything."""

    def choose_scalar_style(self) -> Any:
        style = super().choose_scalar_style()
        return '"' if style == "'" else style


def _round_trip() -> YAML:
    handler = YAML(typ="rt")
    handler.Emitter = _Emitter
    handler.indent(mapping=_INDENT, sequence=2 * _INDENT, offset=_INDENT)
    handler.width = WIDTH
    handler.allow_unicode = True
    handler.preserve_quotes = False
    return handler


# -- canonical form of the tree -------------------------------------------------------------------


def _field_types(model: type[BaseModel] | None) -> dict[str, Any]:
    if model is None:
        return {}
    return {(info.alias or name): info.annotation for name, info in model.model_fields.items()}


def _is_date_field(annotation: Any) -> bool:
    return annotation is dt.date or dt.date in get_args(annotation)


def _scalar(value: Any, annotation: Any) -> Any:
    """The canonical representation of one scalar value."""
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return value if _is_date_field(annotation) else DoubleQuotedScalarString(value.isoformat())
    if not isinstance(value, str) or _is_block_scalar(value):
        return value
    text = str(value)
    if _is_date_field(annotation) and _FULL_DATE.match(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    if _DATE_LIKE.match(text) or _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) != _STR_TAG:
        return DoubleQuotedScalarString(text)
    return text


def _space_end_of_line_comments(node: CommentedMap | CommentedSeq) -> None:
    """Two spaces before a comment that ends a line, wherever the value ends."""
    slot = 2 if isinstance(node, CommentedMap) else 0
    for entry in node.ca.items.values():
        token = entry[slot] if len(entry) > slot else None
        if isinstance(token, CommentToken) and token.value.startswith("#"):
            token.column = 0  # ruamel pads to the original column; 0 means "right after the value"
            token.value = " " + token.value


def _last_slot(node: CommentedMap | CommentedSeq) -> tuple[CommentedMap | CommentedSeq, Any, int] | None:
    """Where ruamel keeps the lines that follow a collection: on its innermost last scalar."""
    while node:
        last = next(reversed(node)) if isinstance(node, CommentedMap) else len(node) - 1
        value = node[last]
        if isinstance(value, CommentedMap | CommentedSeq) and value:
            node = value
            continue
        return node, last, 2 if isinstance(node, CommentedMap) else 0
    return None


def _is_block_scalar(value: Any) -> bool:
    return isinstance(value, ScalarString) and getattr(value, "style", None) in {"|", ">"}


def _take_trailing(node: CommentedMap | CommentedSeq) -> str:
    """Detach the comment and blank lines that follow ``node``'s last line, keeping a comment that
    ends that line in place; reordering keys must not carry them into the middle."""
    where = _last_slot(node)
    if where is None:
        return ""
    owner, key, slot = where
    entry = owner.ca.items.get(key)
    token = entry[slot] if entry and len(entry) > slot else None
    if not isinstance(token, CommentToken) or "\n" not in token.value:
        return ""
    if _is_block_scalar(owner[key]):
        entry[slot] = None  # a block scalar ends its own line: every line of the token follows it
        return token.value
    line, _, rest = token.value.partition("\n")
    if line.strip():
        token.value = line + "\n"
    else:
        entry[slot] = None
    return rest


def _put_trailing(node: CommentedMap | CommentedSeq, rest: str) -> None:
    where = _last_slot(node)
    if not rest or where is None:
        return
    owner, key, slot = where
    entry = owner.ca.items.setdefault(key, [None, None, None, None] if slot == 2 else [None, None])
    token = entry[slot]
    if isinstance(token, CommentToken):
        token.value = token.value + rest if token.value.endswith("\n") else token.value + "\n" + rest
    else:
        lead = "" if _is_block_scalar(owner[key]) else "\n"
        entry[slot] = CommentToken(lead + rest, CommentMark(0), None)


def canonical(node: Any, model: type[BaseModel] | None) -> Any:
    """Put ``node`` (a ruamel tree or plain data) into canonical order and style; returns the tree."""
    if isinstance(node, dict):
        if not isinstance(node, CommentedMap):
            node = CommentedMap(node)
        node.fa.set_block_style()
        _space_end_of_line_comments(node)
        trailing = _take_trailing(node)
        types = _field_types(model)
        order = [key for key in types if key in node] + [key for key in node if key not in types]
        if list(node) != order:
            for key in order:
                node.move_to_end(key)
        for key in list(node):
            annotation = types.get(key)
            value = node[key]
            if isinstance(value, dict | list):
                node[key] = canonical(value, inner_model(annotation))
            else:
                node[key] = _scalar(value, annotation)
        _put_trailing(node, trailing)
        return node
    if isinstance(node, list):
        if not isinstance(node, CommentedSeq):
            node = CommentedSeq(node)
        if node:
            node.fa.set_block_style()
        _space_end_of_line_comments(node)
        for index, value in enumerate(node):
            node[index] = canonical(value, model) if isinstance(value, dict | list) else _scalar(value, None)
        return node
    return _scalar(node, None)


def _comments(node: Any) -> list[str]:
    """Every comment line in a ruamel tree, stripped, in a stable order."""
    found: list[str] = []

    def tokens(value: Any) -> Iterator[CommentToken]:
        if isinstance(value, CommentToken):
            yield value
        elif isinstance(value, list | tuple):
            for item in value:
                yield from tokens(item)
        elif isinstance(value, dict):
            for item in value.values():
                yield from tokens(item)

    def walk(value: Any) -> None:
        if isinstance(value, CommentedBase):
            ca = value.ca
            for token in tokens([ca.comment, ca.items, ca.end]):
                found.extend(line.strip() for line in token.value.splitlines() if line.strip())
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(node)
    return sorted(found)


# -- text layout that ruamel does not do ------------------------------------------------------------


def _block_scalar_lines(text: str) -> set[int]:
    """0-based numbers of the lines that belong to the body of a literal or folded scalar."""
    lines: set[int] = set()

    def walk(node: yaml.Node) -> None:
        if isinstance(node, yaml.ScalarNode):
            if node.style in {"|", ">"}:
                end = node.end_mark.line + (1 if node.end_mark.column else 0)
                lines.update(range(node.start_mark.line + 1, end))
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                walk(item)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                walk(key)
                walk(value)

    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if root is not None:
        walk(root)
    return lines


_LONE_KEY = re.compile(r"^ *(?:- )?[A-Za-z_][\w-]*:$")


def _join_lone_scalars(lines: list[str], protected: set[int]) -> list[str]:
    """``url:`` followed by the value alone on the next line (a word too long to fit) goes back on
    one line: a long line reads better than a key cut from its value."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else ""
        after = lines[index + 2] if index + 2 < len(lines) else ""
        indent = len(line) - len(line.lstrip(" ")) + (2 if line.lstrip().startswith("- ") else 0)
        value = following.strip()
        if (
            index not in protected
            and index + 1 not in protected
            and _LONE_KEY.match(line)
            and len(following) - len(following.lstrip(" ")) > indent
            and value
            and " " not in value
            and not value.startswith(("-", "#", "[", "{", "|", ">"))
            and (not after.strip() or len(after) - len(after.lstrip(" ")) <= indent)
        ):
            out.append(f"{line} {value}")
            index += 2
            continue
        out.append(line)
        index += 1
    return out


def _layout(text: str, root_is_list: bool) -> str:
    """Top-level items at the left margin, comments indented like the line they precede, no
    trailing spaces. Lines inside literal and folded scalars are content and are only shifted."""
    protected = _block_scalar_lines(text)
    lines = text.splitlines()
    if root_is_list:
        lines = [line[_INDENT:] if line.startswith(" " * _INDENT) else line for line in lines]
    out: list[str] = []
    for number, line in enumerate(lines):
        if number in protected:
            out.append(line)
            continue
        stripped = line.strip()
        if stripped.startswith("#"):
            following = next(
                (
                    later
                    for index, later in enumerate(lines[number + 1 :], number + 1)
                    if later.strip() and (index in protected or not later.lstrip().startswith("#"))
                ),
                "",
            )
            indent = len(following) - len(following.lstrip(" "))
            out.append(" " * indent + stripped)
        else:
            out.append(line.rstrip())
    return "\n".join(_join_lone_scalars(out, protected)).rstrip("\n") + "\n"


def read_data(text: str, name: str) -> Any:
    """The data exactly as the validator reads it (same loader, same refusals), or FormatError."""
    try:
        return yaml.load(text, Loader=DossierLoader)
    except (YamlProblem, yaml.YAMLError, RecursionError) as error:
        raise FormatError(
            f"{name} is not valid dossier YAML ({error}); run `explainer validate` to see where"
        ) from error


def dump(tree: Any) -> str:
    """Text of a canonical tree, laid out."""
    stream = io.StringIO()
    _round_trip().dump(tree, stream)
    return _layout(stream.getvalue(), isinstance(tree, list))


def format_text(text: str, model: type[BaseModel] | None, name: str = "<text>") -> str:
    """The canonical text of a dossier file. Raises FormatError rather than lose anything."""
    before = read_data(text, name)
    try:
        tree = _round_trip().load(text)
    except RuamelError as error:
        raise FormatError(f"{name} cannot be read: {error}") from error
    comments = _comments(tree)
    result = dump(canonical(tree, model))
    if read_data(result, name) != before:
        raise FormatError(f"{name}: formatting would change a value, so the file is left as it is")
    if _comments(_round_trip().load(result)) != comments:
        raise FormatError(f"{name}: formatting would lose a comment, so the file is left as it is")
    return result


def dump_entries(data: Any, model: type[BaseModel] | None, header: str = "") -> str:
    """Canonical text for new data (a list of entries or a mapping), with an optional first line."""
    text = dump(canonical(data, model))
    return (header + "\n" if header else "") + text


# -- files ------------------------------------------------------------------------------------------


def format_file(path: Path, check: bool, display: str | None = None) -> Formatted:
    """Format one file in place (or only report, with ``check``)."""
    name = display or str(path)
    try:
        text = path.read_bytes().decode("utf-8")
        result = format_text(text, model_for(path), name)
    except (OSError, UnicodeDecodeError) as error:
        return Formatted(path, False, f"{name}: cannot read the file ({error})")
    except FormatError as error:
        return Formatted(path, False, str(error))
    changed = result != text
    if changed and not check:
        path.write_text(result, encoding="utf-8", newline="\n")
    return Formatted(path, changed)
