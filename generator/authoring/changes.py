"""`explainer diff BASE HEAD`: what a change does to the dossiers, in a reader's terms.

BASE and HEAD are content folders or git revisions (read with ``git archive``, so the working tree
is never touched). Entries are matched by id, and compared field by field, from the files as written:
a change that breaks validation still gets a summary. The output is Markdown, ready to be posted as
a pull-request comment, or plain text.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

from generator.checking.discovery import files_under, model_for
from generator.checking.selection import Selection, select
from generator.checking.yamlfile import read_yaml
from generator.errors import UsageError
from generator.format.changes import EntryChange, FieldChange
from generator.format.model import ENTRY_KINDS, KIND_BY_FILE, Meta, Number, Relationship
from generator.format.numbers import format_value

FORMATS = ("markdown", "text")
_QUALIFIER_WORDS = {
    "exact": "",
    "about": "about ",
    "more-than": "more than ",
    "at-least": "at least ",
    "at-most": "at most ",
    "up-to": "up to ",
    "fewer-than": "fewer than ",
}
_FIELD_WORDS = {
    "cite": "sources",
    "counts": "what it counts",
    "qualifier": "hedge",
    "stated_by": "stated by",
    "as_of": "as of",
    "end_date": "end date",
    "date_note": "date note",
    "native_name": "native name",
    "key_figure": "key figure",
    "last_reviewed": "last reviewed",
    "official": "official figure",
    "background": "background source",
}
# The model of each kind of entry, to read a field as its type says (a true-or-false field).
_MODELS: dict[str, Any] = {"dossier": Meta, **{kind.noun: kind for kind in ENTRY_KINDS}}
# A true-or-false field's values as a reader says them: "official figure: marked → not marked".
_FLAG_WORDS = {True: "marked", False: "not marked"}
_HEADINGS = {
    "dossier": "The dossier",
    **{kind.noun: f"{kind.file_name.capitalize()}" for kind in ENTRY_KINDS},
}
_ORDER = ["dossier", *(kind.noun for kind in ENTRY_KINDS)]


@dataclass
class DossierChanges:
    slug: str
    status: str  # "added", "removed" or "changed"
    entries: list[EntryChange] = field(default_factory=list)


# -- reading --------------------------------------------------------------------------------------


def read_entries(content: Path) -> dict[str, dict[tuple[str, str], dict[str, Any]]]:
    """slug -> (noun, id) -> entry as written. Files that do not parse are skipped."""
    dossiers: dict[str, dict[tuple[str, str], dict[str, Any]]] = {}
    if not content.is_dir():
        return dossiers
    for path in files_under([content]):
        model = model_for(path)
        folder = path.parent.parent if path.parent.name in KIND_BY_FILE else path.parent
        entries = dossiers.setdefault(folder.name, {})
        doc, _ = read_yaml(path, str(path))
        if doc is None or model is None:
            continue
        if model is Meta:
            if isinstance(doc.data, dict):
                entries[("dossier", folder.name)] = doc.data
            continue
        if not isinstance(doc.data, list):
            continue
        noun = model.noun  # type: ignore[attr-defined]
        for index, item in enumerate(doc.data):
            if isinstance(item, dict):
                entries[(noun, _entry_id(model, item, index))] = item
    return dossiers


def _entry_id(model: Any, item: dict[str, Any], index: int) -> str:
    if model is Relationship:
        return " ".join(str(item.get(key, "?")) for key in ("subject", "predicate", "object"))
    return str(item.get("id", f"#{index + 1}"))


@contextmanager
def content_at(spec: str, content: str = "content") -> Iterator[Path]:
    """A content folder for ``spec``: the one holding that path, or ``content`` at a git revision."""
    if Path(spec).exists():
        yield select(Path(spec)).content
        return
    top = _git("rev-parse", "--show-toplevel")
    if top is None or _git("rev-parse", "--verify", "--quiet", f"{spec}^{{commit}}") is None:
        raise UsageError(f"{spec!r} is neither a folder nor a git revision")
    root = Path(top.strip())
    relative = Path(content).resolve().relative_to(root) if Path(content).is_absolute() else Path(content)
    with tempfile.TemporaryDirectory(prefix="explainer-diff-") as folder:
        archive = subprocess.run(
            ["git", "archive", "--format=tar", spec, "--", relative.as_posix()],
            cwd=root,
            capture_output=True,
            check=False,
        )
        if archive.returncode == 0:  # otherwise the revision has no content folder: all is new
            with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
                tar.extractall(folder, filter="data")
        yield Path(folder) / relative


def _git(*args: str) -> str | None:
    try:
        done = subprocess.run(["git", *args], capture_output=True, text=True, check=False)
    except OSError:
        return None
    return done.stdout if done.returncode == 0 else None


# -- comparing ------------------------------------------------------------------------------------


def label(noun: str, entry: dict[str, Any]) -> str:
    """How a reader would name the entry."""
    if noun == Number.noun:
        value, upper = entry.get("value"), entry.get("upper")
        shown = format_value(value) if isinstance(value, int | float) else str(value)
        if isinstance(upper, int | float):
            shown = f"{shown} to {format_value(upper)}"
        if isinstance(entry.get("amount"), str):
            shown = f"{entry['amount']} (at least {shown})"
        hedge = _QUALIFIER_WORDS.get(str(entry.get("qualifier", "exact")), "")
        per = f" a {entry['per']}" if isinstance(entry.get("per"), str) else ""  # "$300 a week"
        return f"{hedge}{shown} {entry.get('unit') or ''} {entry.get('counts', '')}{per}".replace(
            "  ", " "
        ).strip()
    for key in ("name", "term", "title", "statement", "question"):
        if isinstance(entry.get(key), str):
            text: str = entry[key]
            prefix = f"{entry['date']}: " if noun == "event" and entry.get("date") else ""
            return prefix + (text if len(text) <= 90 else text[:87].rsplit(" ", 1)[0] + "…")
    if noun == Relationship.noun:
        predicate = str(entry.get("predicate", "")).replace("-", " ")
        return f"{entry.get('subject')} {predicate} {entry.get('object')}"
    return str(entry.get("id", noun))


def _tagged(value: Any) -> Any:
    """``value`` with each true or false tagged as such: in Python `True == 1`, and `official: 1`
    for `official: true` was no change."""
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, dict):
        return {key: _tagged(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_tagged(item) for item in value]
    return value


def _same(before: Any, after: Any) -> bool:
    return bool(_tagged(before) == _tagged(after))


def compare(base: dict[str, Any], head: dict[str, Any]) -> list[DossierChanges]:
    """Every dossier that differs, with its entries added, removed and changed, in a stable order."""
    result = []
    for slug in sorted(set(base) | set(head)):
        old, new = base.get(slug, {}), head.get(slug, {})
        if _same(old, new):
            continue
        status = "added" if slug not in base else "removed" if slug not in head else "changed"
        changes = DossierChanges(slug, status)
        keys = sorted(set(old) | set(new), key=lambda key: (_ORDER.index(key[0]), key[1]))
        for noun, entry_id in keys:
            before, after = old.get((noun, entry_id)), new.get((noun, entry_id))
            if _same(before, after):
                continue
            if before is None:
                changes.entries.append(EntryChange(noun, entry_id, "added", label(noun, after), after=after))
            elif after is None:
                changes.entries.append(
                    EntryChange(noun, entry_id, "removed", label(noun, before), before=before)
                )
            else:
                fields = tuple(
                    FieldChange(name, before.get(name), after.get(name))
                    for name in [*before, *(k for k in after if k not in before)]
                    if not _same(before.get(name), after.get(name))
                )
                changes.entries.append(
                    EntryChange(noun, entry_id, "changed", label(noun, after), fields, before, after)
                )
        result.append(changes)
    return result


def diff(base: str, head: str, content: str = "content") -> list[DossierChanges]:
    """The changes from BASE to HEAD; a dossier folder or file as either narrows the summary to it."""
    scope = next((s for s in (_selection(base), _selection(head)) if s and s.scope is not None), None)
    if scope is not None:
        content = str(scope.content)
    with content_at(base, content) as base_dir, content_at(head, content) as head_dir:
        old, new = read_entries(base_dir), read_entries(head_dir)
    if scope is not None:
        old, new = _narrow(old, scope), _narrow(new, scope)
    return compare(old, new)


def _selection(spec: str) -> Selection | None:
    return select(Path(spec)) if Path(spec).exists() else None


def _narrow(
    dossiers: dict[str, dict[tuple[str, str], dict[str, Any]]], scope: Selection
) -> dict[str, dict[tuple[str, str], dict[str, Any]]]:
    """Only the selected dossier, and for a file only the entries of its kind."""
    entries = dossiers.get(scope.slug or "")
    if entries is None:
        return {}
    kind = scope.kind_file
    if kind is not None:
        noun = "dossier" if kind == Meta.file_name else KIND_BY_FILE[kind].noun
        entries = {key: value for key, value in entries.items() if key[0] == noun}
    return {scope.slug or "": entries}


# -- rendering ------------------------------------------------------------------------------------

_MARKDOWN_SPECIAL = str.maketrans({char: f"\\{char}" for char in "\\`*_[]<>|#~"})


def _is_flag(annotation: Any) -> bool:
    """Whether a field's type is true or false, optional or not (``StrictBool | None``)."""
    return annotation is bool or any(_is_flag(arg) for arg in get_args(annotation))


def _show_field(noun: str, name: str, value: Any, markdown: bool) -> str:
    """A field's value as a reader reads it (``_show``); a true-or-false field's as "marked" or "not
    marked", left out being its default. A flag deleted read "yes → (none)", and `true` changed to
    the text "yes" read "yes → yes": what is not true or false is shown as the text it is."""
    model = _MODELS.get(noun)
    field = model.model_fields.get(name) if model is not None else None
    if field is None or not _is_flag(field.annotation):
        return _show(value, markdown)
    if value is None:
        value = field.default
    if isinstance(value, bool):
        return _FLAG_WORDS[value]
    if value is None:
        return "not set"
    shown = _show(value, markdown)
    kind = "text" if isinstance(value, str) else "a number" if isinstance(value, int | float) else "a list"
    return f'"{shown}" ({kind}, not true or false)'


def _show(value: Any, markdown: bool) -> str:
    """A value as a reader reads it: numbers with separators, citations as "source: evidence"."""
    if value is None:
        text = "(none)"
    elif isinstance(value, bool):
        text = "yes" if value else "no"
    elif isinstance(value, int | float):
        text = format_value(value)
    elif isinstance(value, list):
        text = "; ".join(_show_item(item) for item in value) or "(none)"
    elif isinstance(value, dict):
        text = _show_item(value)
    else:
        text = str(value)
    text = " ".join(text.split())
    return text.translate(_MARKDOWN_SPECIAL) if markdown else text


def _show_item(item: Any) -> str:
    if isinstance(item, dict) and "source" in item:
        evidence = f': "{item["evidence"]}"' if item.get("evidence") else ""
        return f"{item['source']}{evidence}"
    if isinstance(item, dict):
        return ", ".join(f"{key}: {_show_item(value)}" for key, value in item.items())
    return format_value(item) if isinstance(item, int | float) and not isinstance(item, bool) else str(item)


def _summary(changes: DossierChanges) -> str:
    counts = {
        action: sum(1 for e in changes.entries if e.action == action)
        for action in ("added", "removed", "changed")
    }
    parts = [f"{count} {action}" for action, count in counts.items() if count]
    if not parts:
        return "no entry changed"
    total = sum(counts.values())
    return f"{total} {'fact' if total == 1 else 'facts'}: " + ", ".join(parts)


def render(dossiers: list[DossierChanges], output_format: str = "markdown") -> str:
    """The summary as Markdown (for a pull-request comment) or plain text."""
    markdown = output_format == "markdown"
    if not dossiers:
        return "No dossier changes.\n"
    lines: list[str] = []
    for changes in dossiers:
        heading = f"Dossier {changes.slug}" + ("" if changes.status == "changed" else f" ({changes.status})")
        lines += [f"## {heading}" if markdown else heading, "", _summary(changes) + ".", ""]
        for noun in _ORDER:
            group = [entry for entry in changes.entries if entry.noun == noun]
            if not group:
                continue
            lines += [f"### {_HEADINGS[noun]}" if markdown else f"{_HEADINGS[noun]}:", ""]
            for entry in group:
                name = _show(entry.label, markdown)
                ident = f"`{entry.entry_id}`" if markdown else entry.entry_id
                verb = f"**{entry.action.capitalize()}**" if markdown else entry.action.capitalize()
                lines.append(f"- {verb} {noun} {ident}: {name}")
                for change in entry.fields:
                    words = _FIELD_WORDS.get(change.name, change.name.replace("_", " "))
                    old, new = (_show_field(noun, change.name, v, markdown) for v in (change.old, change.new))
                    lines.append(f"  - {words}: {old} → {new}")
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
