"""`explainer new KIND`: append an entry with every required field, to be filled in.

The entry is built from the model: a readable unique id (``new-actor``, ``new-actor-2``), "TODO" for
every required value and a ``review:`` marker. The validator reports each TODO as an error and the
marker as a warning, so an unfinished entry cannot slip through CI.
"""

from __future__ import annotations

import os
import re
import textwrap
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from ruamel.yaml.comments import CommentedMap

from generator.authoring.formatter import dump_entries, read_data
from generator.errors import GeneratorError, UsageError
from generator.format.introspect import inner_model, schema_enum
from generator.format.model import ENTRY_KINDS, Citation, Claim, Entry, Item, Meta, Source

TODO = "TODO"
REVIEW = "new entry: fill in every placeholder, then delete this line"
KINDS: dict[str, type[Item]] = {kind.noun: kind for kind in ENTRY_KINDS}
# Optional fields a new entry should still offer, because a contributor almost always needs them.
_OFFERED: dict[type[BaseModel], tuple[str, ...]] = {
    Citation: ("evidence",),
    Source: ("url",),
    Claim: ("claimants",),  # empty only for an unattributed report, which a contributor opts into
}
_ID_LINE = re.compile(r"^[ \t]*(?:-[ \t]+)?id:[ \t]*['\"]?([^'\"\s#]+)", re.MULTILINE)
_FIRST_ITEM = re.compile(r"^([ \t]*)- ", re.MULTILINE)


@dataclass(frozen=True)
class Added:
    """Where a new entry went: its file, its first line and its id (empty for relationships)."""

    path: Path
    line: int
    entry_id: str


def schema_comment(folder: Path, file_name: str) -> str:
    """The editor mode line pointing at the file's JSON Schema, when one is found above ``folder``."""
    for parent in list(folder.resolve().parents)[:4]:
        schema = parent / "schema" / f"{file_name}.schema.json"
        if schema.is_file():
            relative = Path(os.path.relpath(schema, folder.resolve())).as_posix()
            return f"# yaml-language-server: $schema={relative}"
    return ""


def pick_dossier(content: Path, slug: str | None) -> Path:
    """The dossier folder to add to: the one named, or the only one."""
    folders = (
        sorted(p for p in content.iterdir() if p.is_dir() and (p / f"{Meta.file_name}.yaml").exists())
        if content.is_dir()
        else []
    )
    if slug is not None:
        folder = content / slug
        if folder not in folders:
            known = ", ".join(p.name for p in folders) or "none"
            raise UsageError(f"there is no dossier {slug!r} in {content} (dossiers: {known})")
        return folder
    if len(folders) == 1:
        return folders[0]
    if not folders:
        raise UsageError(f"{content} holds no dossier; start one with `explainer init`")
    raise UsageError(
        f"{content} holds {len(folders)} dossiers; choose one with --dossier "
        f"({', '.join(p.name for p in folders)})"
    )


def _placeholder(name: str, info: FieldInfo, kind: type[BaseModel], sources: list[str]) -> Any:
    inner = inner_model(info.annotation)
    if inner is not None:
        item = skeleton(inner, sources)
        return [item] if _is_list(info) else item
    if _is_list(info):
        return [TODO]
    if kind is Citation and name == "source" and len(sources) == 1:
        return sources[0]  # the usual case: a dossier built on one article
    return TODO


def _is_list(info: FieldInfo) -> bool:
    return getattr(info.annotation, "__origin__", None) is list


def _choices(name: str, info: FieldInfo, kind: type[BaseModel], sources: list[str]) -> list[str]:
    """The values a placeholder may become, to show beside it."""
    if isinstance(info.annotation, type) and issubclass(info.annotation, StrEnum):
        return [member.value for member in info.annotation]
    enum = schema_enum(info)
    if isinstance(enum, list):
        return [str(value) for value in enum]
    if kind is Citation and name == "source" and 1 < len(sources) <= 4:
        return sources
    return []


def skeleton(kind: type[BaseModel], sources: list[str]) -> CommentedMap:
    """Required (and offered) fields of ``kind`` with placeholder values, in the model's order; a
    comment beside a placeholder lists the allowed values."""
    entry = CommentedMap()
    offered = _OFFERED.get(kind, ())
    for name, info in kind.model_fields.items():
        if name == "review" or not (info.is_required() or name in offered):
            continue
        key = info.alias or name
        entry[key] = _placeholder(name, info, kind, sources)
        choices = _choices(name, info, kind, sources)
        note = "one of: " + ", ".join(choices)
        if choices and len(note) <= 60:
            entry.yaml_add_eol_comment(note, key)
        elif choices:
            entry.yaml_set_comment_before_after_key(
                key, before="\n".join(textwrap.wrap(note, 90, break_on_hyphens=False))
            )
    return entry


def _existing(folder: Path, kind: type[Entry]) -> list[Path]:
    files = [folder / f"{kind.file_name}.yaml"]
    if (folder / kind.file_name).is_dir():
        files += sorted((folder / kind.file_name).glob("*.y*ml"))
    return [path for path in files if path.is_file()]


def unique_id(taken: set[str], noun: str) -> str:
    base = f"new-{noun}"
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def new_entry(content: Path, noun: str, slug: str | None = None) -> Added:
    """Append a new ``noun`` entry to its file in the chosen dossier."""
    if noun not in KINDS:
        raise UsageError(f"unknown kind {noun!r}; choose one of {', '.join(sorted(KINDS))}")
    kind = KINDS[noun]
    folder = pick_dossier(content, slug)
    files = _existing(folder, kind)
    taken = {match for path in files for match in _ID_LINE.findall(path.read_text(encoding="utf-8"))}
    source_files = _existing(folder, Source)
    sources = sorted(
        {match for path in source_files for match in _ID_LINE.findall(path.read_text(encoding="utf-8"))}
    )
    entry = skeleton(kind, sources)
    entry_id = ""
    if "id" in kind.model_fields:
        entry_id = unique_id(taken, noun)
        entry["id"] = entry_id
    entry["review"] = REVIEW
    path = files[-1] if files else folder / f"{kind.file_name}.yaml"
    return Added(path, _append(path, entry, kind), entry_id)


def _append(path: Path, entry: dict[str, Any], kind: type[BaseModel]) -> int:
    """Append ``entry`` to the list in ``path`` as text, leaving what is there untouched."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    before = read_data(text, str(path)) if text.strip() else None
    block = dump_entries([entry], kind)
    if before is None or before == []:
        kept = [line for line in text.splitlines() if line.lstrip().startswith("#")]
        header = kept or [line for line in [schema_comment(path.parent, kind.file_name)] if line]  # type: ignore[attr-defined]
        new_text = "\n".join([*header, block.rstrip("\n")]) + "\n"
    elif isinstance(before, list):
        match = _FIRST_ITEM.search(text)
        indent = match.group(1) if match else ""
        block = "".join(indent + line if line.strip() else line for line in block.splitlines(keepends=True))
        # Keep the file's habit of a blank line between entries.
        gap = "\n" if "\n\n" in text.strip() else ""
        new_text = text + ("" if text.endswith("\n") else "\n") + gap + block
    else:
        raise GeneratorError(f"{path} does not hold a list of entries; fix it before adding one")
    after = read_data(new_text, str(path))
    if not isinstance(after, list) or after[: len(before or [])] != (before or []):
        raise GeneratorError(f"could not append to {path} safely; add the entry by hand")
    path.write_text(new_text, encoding="utf-8", newline="\n")
    return len(new_text.splitlines()) - len(block.splitlines()) + 1
