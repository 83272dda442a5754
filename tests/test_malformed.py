"""A corpus of malformed dossiers: each gets positioned diagnostics with a rule id, exit 1, no traceback.

Every case starts from the clean fixture dossier and breaks it one way. The real CLI runs on each
(``--strict``, so warnings such as a BOM count too). How long each case takes is reported by
benchmarks/bench_malformed.py, not asserted here.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from launcher import explainer

BASE = Path(__file__).parent / "fixtures" / "rules" / "base"
LINE = re.compile(
    r"^(?P<path>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning)\[(?P<rule>[a-z0-9-]+)\]: .+"
)

Break = Callable[[Path], None]


def put(file: str, data: str | bytes) -> Break:
    def apply(content: Path) -> None:
        path = content / "harbour-strike" / file
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))

    return apply


def edit(file: str, old: str, new: str) -> Break:
    def apply(content: Path) -> None:
        path = content / "harbour-strike" / file
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return apply


def transform(file: str, change: Callable[[bytes], bytes]) -> Break:
    def apply(content: Path) -> None:
        path = content / "harbour-strike" / file
        path.write_bytes(change(path.read_bytes()))

    return apply


def remove_all(content: Path) -> None:
    shutil.rmtree(content / "harbour-strike")


def symlink_file_outside(content: Path) -> None:
    secret = content.parent / "secret.yaml"
    secret.write_text("- id: secret\n", encoding="utf-8")
    target = content / "harbour-strike" / "claims.yaml"
    target.unlink()
    target.symlink_to(secret)


def symlink_folder_outside(content: Path) -> None:
    outside = content.parent / "outside"
    shutil.copytree(content / "harbour-strike", outside)
    (content / "elsewhere").symlink_to(outside, target_is_directory=True)


def empty_dossier_folder(content: Path) -> None:
    (content / "empty-story").mkdir()


BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
)

CASES: dict[str, Break] = {
    "unclosed-bracket": edit("actors.yaml", "name: Dock Union", "name: [Dock Union"),
    "unclosed-quote": edit("actors.yaml", "name: Dock Union", 'name: "Dock Union'),
    "bad-indentation": edit("actors.yaml", "  kind: organisation", "    kind: organisation"),
    "missing-colon": edit("actors.yaml", "  kind: organisation", "  kind organisation\n  x"),
    "tab-indent": edit("actors.yaml", "  kind: organisation", "\tkind: organisation"),
    "duplicate-key": edit("actors.yaml", "  kind: organisation\n", "  kind: organisation\n  kind: group\n"),
    "duplicate-key-nested": edit(
        "numbers.yaml", "      evidence:", "      source: port-news\n      evidence:"
    ),
    "python-object-tag": put("claims.yaml", "- !!python/object/apply:os.system ['echo hi']\n"),
    "custom-tag": edit("actors.yaml", "name: Dock Union", "name: !include secrets.yaml"),
    "binary-tag": edit("actors.yaml", "name: Dock Union", "name: !!binary aGVsbG8="),
    "set-tag": put("claims.yaml", "!!set {a, b}\n"),
    "timestamp-tag": edit("events.yaml", 'date: "2024-02"', "date: !!timestamp 2024-02-01"),
    "billion-laughs": put("claims.yaml", BOMB),
    "merge-key": put("claims.yaml", "- &base {id: a}\n- <<: *base\n  statement: x\n"),
    "deep-flow-nesting": put("claims.yaml", "- " + "[" * 5000 + "]" * 5000 + "\n"),
    "deep-block-nesting": put("claims.yaml", "".join("  " * i + "- \n" for i in range(600))[:-1] + "x\n"),
    "huge-file": put("claims.yaml", "- id: big\n  statement: " + "x" * (5 * 1024 * 1024) + "\n"),
    "invalid-utf8": put("claims.yaml", b"- id: caf\xc3\x28\n"),
    "latin1-file": put("actors.yaml", "- id: x\n  name: Jos\u00e9\n".encode("latin-1")),
    "utf16-file": put("claims.yaml", "- id: x\n".encode("utf-16")),
    "nul-byte": put("claims.yaml", b"- id: x\x00y\n"),
    "control-character": put("claims.yaml", b"- id: x\x07y\n"),
    "bom": transform("glossary.yaml", lambda raw: b"\xef\xbb\xbf" + raw),
    "crlf": transform("glossary.yaml", lambda raw: raw.replace(b"\n", b"\r\n")),
    "empty-file": put("claims.yaml", ""),
    "whitespace-only": put("claims.yaml", "   \n\n  \n"),
    "comments-only": put("claims.yaml", "# to do\n"),
    "scalar-top-level": put("claims.yaml", "just a sentence\n"),
    "mapping-top-level": put("actors.yaml", "id: dock-union\nname: Dock Union\n"),
    "list-as-dossier-meta": put("dossier.yaml", "- title: x\n"),
    "scalar-list-items": put("claims.yaml", "- one\n- two\n"),
    "two-documents": put("claims.yaml", "- id: a\n---\n- id: b\n"),
    "yaml-directive": put("claims.yaml", "%YAML 2.0\n---\n- id: a\n"),
    "number-key": edit("actors.yaml", "  kind: organisation\n", "  kind: organisation\n  42: x\n"),
    "complex-key": edit("actors.yaml", "  kind: organisation\n", "  kind: organisation\n  ? [a, b]\n  : x\n"),
    "value-as-text": edit("numbers.yaml", "value: 2000", 'value: "2,000"'),
    "aliases-as-text": edit(
        "actors.yaml", "  kind: organisation\n", "  kind: organisation\n  aliases: Dockers\n"
    ),
    "cite-as-mapping": edit(
        "claims.yaml",
        "  cite:\n    - source: port-news\n",
        "  cite:\n    source: port-news\n",
    ),
    "null-required": edit("actors.yaml", "name: Dock Union", "name:"),
    "unknown-field": edit("actors.yaml", "name: Dock Union", "name: Dock Union\n  nickname: Dockers"),
    "date-as-number": edit("events.yaml", 'date: "2024-02"', "date: 2024"),
    "impossible-date": edit("dossier.yaml", "published: 2024-03-01", "published: 2024-02-31"),
    "very-long-text": edit("actors.yaml", "Runs the port.", "x" * 20_000),
    # `official:` and `revises:` on a number, as a browser editor writes them (each exit 1, placed).
    "official-as-text": edit(
        "numbers.yaml", "  stated_by: [dock-union]\n", '  stated_by: [dock-union]\n  official: "yes"\n'
    ),
    "official-as-number": edit(
        "numbers.yaml", "  stated_by: [dock-union]\n", "  stated_by: [dock-union]\n  official: 1\n"
    ),
    "official-null": edit(
        "numbers.yaml", "  stated_by: [dock-union]\n", "  stated_by: [dock-union]\n  official:\n"
    ),
    "official-twice": edit(
        "numbers.yaml",
        "  stated_by: [dock-union]\n",
        "  stated_by: [dock-union]\n  official: true\n  official: false\n",
    ),
    "official-unattributed": edit(
        "numbers.yaml", "  stated_by: [dock-union]\n", "  unattributed: true\n  official: true\n"
    ),
    "revises-as-list": edit(
        "numbers.yaml", "  stated_by: [dock-union]\n", "  stated_by: [dock-union]\n  revises: [strikers]\n"
    ),
    "revises-itself": edit(
        "numbers.yaml", "  stated_by: [dock-union]\n", "  stated_by: [dock-union]\n  revises: strikers\n"
    ),
    "revises-a-claim": edit(
        "numbers.yaml",
        "  stated_by: [dock-union]\n",
        "  stated_by: [dock-union]\n  revises: stoppage-unlawful\n",
    ),
    "revises-html": edit(
        "numbers.yaml",
        "  stated_by: [dock-union]\n",
        '  stated_by: [dock-union]\n  revises: "<script>x</script>"\n',
    ),
    "revises-markdown": edit(
        "numbers.yaml",
        "  stated_by: [dock-union]\n",
        '  stated_by: [dock-union]\n  revises: "[x](javascript:1)"\n',
    ),
    "revises-very-long-id": edit(
        "numbers.yaml",
        "  stated_by: [dock-union]\n",
        "  stated_by: [dock-union]\n  revises: " + "a" * 5000 + "\n",
    ),
    "revises-mapping": edit(
        "numbers.yaml",
        "  stated_by: [dock-union]\n",
        "  stated_by: [dock-union]\n  revises: {id: strikers}\n",
    ),
    "missing-dossier-yaml": lambda content: (content / "harbour-strike" / "dossier.yaml").unlink(),
    "empty-dossier-folder": empty_dossier_folder,
    "no-dossiers": remove_all,
    # A missing content folder is a usage error (exit 2), not malformed content: tests/test_cli_paths.py.
    "symlink-file-outside": symlink_file_outside,
    "symlink-folder-outside": symlink_folder_outside,
}


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize("name", sorted(CASES))
def test_malformed_dossier(tmp_path: Path, name: str) -> None:
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    CASES[name](content)
    result = explainer("validate", "content", "--strict", cwd=tmp_path, env={**os.environ, "NO_COLOR": "1"})
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output
    heads = [LINE.match(line) for line in result.stdout.splitlines() if LINE.match(line)]
    assert heads, output
    for head in heads:
        assert int(head["line"]) >= 1 and int(head["col"]) >= 1
