"""The safe, fast YAML reader refuses what a dossier must never contain, with a position."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.checking.yamlfile import read_yaml

CASES = {
    "duplicate": ("a: 1\na: 2\n", "yaml-duplicate-key", 2, 1),
    "python-tag": ("a: !!python/object:os.system x\n", "yaml-tag", 1, 4),
    "custom-tag": ("a: !secret x\n", "yaml-tag", 1, 4),
    "alias": ("a: &x [1]\nb: *x\n", "yaml-alias", 1, 4),
    "bomb": ("a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n", "yaml-alias", 1, 4),
    "syntax": ("a: [1\n", "yaml-syntax", 2, 1),
    "tab": ("a:\n\t- b\n", "yaml-syntax", 2, 1),
    "invalid-utf8": (b"a: ok\nb: \xff\n", "file-encoding", 2, 4),
    "empty": ("", "file-empty", 1, 1),
    "comments-only": ("# nothing\n", "file-empty", 1, 1),
    "deep": ("a: " + "[" * 2000 + "]" * 2000 + "\n", "yaml-too-deep", 1, 1003),
    "complex-key": ("? [a]\n: 1\n", "yaml-key", 1, 3),
    "number-key": ("1: a\n", "yaml-key", 1, 1),
    "two-documents": ("a: 1\n---\nb: 2\n", "yaml-syntax", 2, 1),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_refused_with_position(tmp_path: Path, name: str) -> None:
    text, rule, line, col = CASES[name]
    path = tmp_path / "x.yaml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    doc, found = read_yaml(path, "x.yaml")
    assert doc is None
    assert [(d.rule, d.line, d.col) for d in found] == [(rule, line, col)]
    assert all(d.hint for d in found)


def test_yaml_11_surprises_are_switched_off(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("language: no\npublished: 2023-11-24\nflag: true\nvalue: 31000\n", encoding="utf-8")
    doc, found = read_yaml(path, "x.yaml")
    assert found == []
    assert doc is not None
    assert doc.data == {"language": "no", "published": "2023-11-24", "flag": True, "value": 31000}


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("a: " + "x" * 100 + "\n", encoding="utf-8")
    doc, found = read_yaml(path, "x.yaml", max_bytes=50)
    assert doc is None
    assert [(d.rule, d.line, d.col) for d in found] == [("file-too-large", 1, 1)]


def test_bom_is_a_warning_and_the_data_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(b"\xef\xbb\xbfa: 1\n")
    doc, found = read_yaml(path, "x.yaml")
    assert doc is not None and doc.data == {"a": 1}
    assert [(d.rule, d.severity) for d in found] == [("file-bom", "warning")]


def test_a_bad_byte_after_an_empty_first_line_is_placed_on_its_column(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(b"\n- id: x\xff\n")
    _, found = read_yaml(path, "x.yaml")
    assert [(d.line, d.col, d.rule, d.message, d.hint) for d in found] == [
        (2, 8, "file-encoding", "byte 0xff is not valid UTF-8", "save the file as UTF-8")
    ]
