"""Evidence against stored text: no silent skips, the closest passage as a hint, stored-text files."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator.authoring.storing import passages_around, render_stored_text, split_sentences
from generator.checking.evidence import closest_passage
from generator.checking.loader import load_site
from generator.checking.settings import read_settings, share_problems
from generator.checking.yamlfile import read_yaml

BASE = Path(__file__).parent / "fixtures" / "rules" / "base"
D = "content/harbour-strike"
ARTICLE = (BASE / "harbour-strike" / "source.txt").read_text(encoding="utf-8")


def run(tmp_path: Path, edits: dict[str, tuple[str, str]], files: dict[str, str] | None = None) -> list[str]:
    tmp_path.mkdir(exist_ok=True)
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    folder = content / "harbour-strike"
    for name, (old, new) in edits.items():
        text = (folder / name).read_text(encoding="utf-8")
        assert old in text, (name, old)
        (folder / name).write_text(text.replace(old, new, 1), encoding="utf-8")
    for name, text in (files or {}).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        found = load_site(Path("content")).diagnostics
    finally:
        os.chdir(cwd)
    return [f"{d.path}:{d.line}:{d.col}: {d.severity}[{d.rule}]: {d.message} | {d.hint}" for d in found]


def stored(source: str = "port-news", **fields: str) -> str:
    import datetime as dt

    text = render_stored_text(
        source,
        ARTICLE,
        [" ".join(ARTICLE.split())],
        retrieved=dt.date(2024, 2, 12),
        extractor="manual",
        url="https://example.org/dock-workers",
    )
    for key, value in fields.items():
        text = "\n".join(
            f"{key}: {value}" if line.startswith(f"{key}:") else line for line in text.splitlines()
        )
        if f"\n{key}:" not in text:
            text += f"\n{key}: {value}"
    return text + "\n"


def test_a_phrase_not_found_shows_the_closest_passage(tmp_path: Path) -> None:
    assert run(tmp_path, {"events.yaml": ("walked out on Monday", "walked out on Tuesday")}) == [
        f"{D}/events.yaml:8:17: error[evidence-not-found]: the evidence is not in the text of 'port-news' | "
        "the closest passage of the source reads “Dock workers at Port Example walked out on Monday.”; "
        "copy the phrase exactly as it is written"
    ]


def test_stored_text_replaces_the_file_and_is_checked(tmp_path: Path) -> None:
    files = {"snapshots/port-news.yaml": stored()}
    edits = {"sources.yaml": ("  snapshot: source.txt\n", "  url: https://example.org/dock-workers\n")}
    assert run(tmp_path / "a", edits, files) == []
    edits["events.yaml"] = ("walked out on Monday", "walked out on Sunday")
    assert run(tmp_path / "b", edits, files)[0].startswith(
        f"{D}/events.yaml:8:17: error[evidence-not-found]: the evidence is not in the text of 'port-news' | "
        "the closest passage of the source reads “Dock workers at Port Example walked out on Monday.”"
    )


def test_a_todo_url_never_hides_the_evidence_check(tmp_path: Path) -> None:
    edits = {
        "sources.yaml": ("  snapshot: source.txt\n", "  url: TODO\n  snapshot: source.txt\n"),
        "events.yaml": ("walked out on Monday", "walked out on Friday"),
    }
    found = run(tmp_path, edits)
    assert [line.split(" | ")[0] for line in found] == [
        f"{D}/events.yaml:8:17: error[evidence-not-found]: the evidence is not in the text of 'port-news'",
        f"{D}/sources.yaml:4:8: error[todo]: a TODO marker is left here",
    ]


def test_no_text_says_why_and_silences_the_warning(tmp_path: Path) -> None:
    edits = {"sources.yaml": ("  snapshot: source.txt\n", "  no_text: print-only\n")}
    assert run(tmp_path, edits) == []


def test_no_text_takes_a_reason_from_the_list(tmp_path: Path) -> None:
    near = {"sources.yaml": ("  snapshot: source.txt\n", "  no_text: print edition only\n")}
    assert run(tmp_path / "a", near) == [
        f"{D}/sources.yaml:4:12: error[value-invalid]: 'print edition only' is not a valid no_text | "
        "did you mean 'print-only'? (any detail goes in the source's `note:`)"
    ]
    free = {"sources.yaml": ("  snapshot: source.txt\n", "  no_text: we keep no copy\n")}
    assert run(tmp_path / "b", free) == [
        f"{D}/sources.yaml:4:12: error[value-invalid]: 'we keep no copy' is not a valid no_text | "
        "use one of 'paywalled', 'removed', 'not-retrievable-now', 'print-only', 'broadcast-only' or "
        "'copying-forbidden' (any detail goes in the source's `note:`)"
    ]


def test_no_stored_text_is_one_warning_per_source_with_a_fix(tmp_path: Path) -> None:
    edits = {"sources.yaml": ("  snapshot: source.txt\n", "")}
    assert run(tmp_path, edits) == [
        f"{D}/sources.yaml:2:7: warning[text-missing]: 7 evidence phrases cite 'port-news', which has no "
        "stored text, so they are not checked | store it: `explainer snapshot port-news --url URL` "
        "(or --file PATH); if no text can be stored, say why in `no_text:`"
    ]


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {"snapshots/port-news.yaml": stored(url='"x"').replace('url: "x"', 'file: "../../secret.txt"')},
            f"{D}/snapshots/port-news.yaml:4:7: error[snapshot-invalid]: `file:` '../../secret.txt' points "
            "outside the repository | record the file's name only, or a path inside the repository",
        ),
        (
            {"snapshots/port-news.yaml": stored().replace('url: "https://example.org/dock-workers"\n', "")},
            f"{D}/snapshots/port-news.yaml:3:1: error[snapshot-invalid]: say where the text came from: "
            "`url:`, `file:` or both | `url:` for a web page, `file:` for a saved copy (both when the file "
            "is a copy of the page)",
        ),
        (
            {"snapshots/port-newz.yaml": stored("port-newz")},
            f"{D}/snapshots/port-newz.yaml:3:9: error[snapshot-invalid]: no source has the id 'port-newz' | "
            "did you mean 'port-news'?",
        ),
        (
            {"snapshots/port-news.yaml": stored(characters="12")},
            f"{D}/snapshots/port-news.yaml:8:13: error[snapshot-invalid]: the passages hold more characters "
            "than the whole text (12) | store the text again with `explainer snapshot`, which counts it",
        ),
        (
            {"snapshots/port-news.yaml": stored(sha256="abc")},
            f"{D}/snapshots/port-news.yaml:7:9: error[value-invalid]: 'abc' is not a SHA-256 hash",
        ),
        (
            {"snapshots/port-news.yaml": "- source: port-news\n"},
            f"{D}/snapshots/port-news.yaml:1:1: error[snapshot-invalid]: a stored-text file must be a mapping "
            "of fields | start with `source: <source id>` at the left margin",
        ),
    ],
)
def test_malformed_stored_text_is_placed(tmp_path: Path, files: dict[str, str], expected: str) -> None:
    found = run(tmp_path, {}, files)
    assert found and found[0].startswith(expected), found


def test_a_text_read_at_another_host_than_the_source_says_so(tmp_path: Path) -> None:
    """Readers are told where a fact was checked: a stored text read at another host than the
    source's address is a warning until the source names it in `text_from:`."""
    url = "  url: https://news.example/strike\n"
    at_news = {"sources.yaml": ("  snapshot: source.txt\n", url)}
    assert run(tmp_path / "a", at_news, {"snapshots/port-news.yaml": stored()}) == [
        f"{D}/snapshots/port-news.yaml:4:6: warning[text-from-missing]: the text of 'port-news' was read at "
        "example.org, not at the source's address (news.example) | add `text_from: "
        "https://example.org/dock-workers` to the source, so readers are told the text was checked "
        "against a copy"
    ]
    named = {"sources.yaml": ("  snapshot: source.txt\n", url + "  text_from: https://www.example.org/\n")}
    assert run(tmp_path / "b", named, {"snapshots/port-news.yaml": stored()}) == []


def test_split_sentences_and_passages() -> None:
    assert split_sentences("One. Two!\n\nThree? “Four.” Five\nSix。七。") == [
        "One.",
        "Two!",
        "Three?",
        "“Four.”",
        "Five",
        "Six。",
        "七。",
    ]
    found = passages_around(
        "He said so. The U.S. Institute for Peace agreed. Later.", ["U.S. Institute", "nope"]
    )
    # "U.S." ends no sentence here: the two halves are joined back into one passage.
    assert found.passages == ["The U.S. Institute for Peace agreed."]
    assert found.missing == ["nope"]


def test_closest_passage_cuts_long_sentences() -> None:
    long = "Filler words " * 40 + "the ministry announced Tuesday that raids began" + " and more" * 40
    shown = closest_passage("the ministry announced Wednesday", [long])
    assert shown is not None and "the ministry announced Tuesday" in shown and len(shown) <= 242
    assert closest_passage("zzzz qqqq", ["Nothing alike here."]) is None


def test_no_text_and_stored_text_contradict(tmp_path: Path) -> None:
    edits = {"sources.yaml": ("  snapshot: source.txt\n", "  no_text: paywalled\n")}
    assert run(tmp_path, edits, {"snapshots/port-news.yaml": stored()}) == [
        f"{D}/snapshots/port-news.yaml:3:9: error[snapshot-invalid]: 'port-news' says it has no stored text "
        "(`no_text:`), yet this file stores it | delete `no_text:` from the source, or delete this file"
    ]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.authoring import storing

    target = tmp_path / "snapshots" / "port-news.yaml"
    storing.write_atomically(target, "old\n")

    def broken(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(storing.os, "replace", broken)
    with pytest.raises(OSError):
        storing.write_atomically(target, "new\n")
    assert target.read_text("utf-8") == "old\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["port-news.yaml"]


def test_a_broken_stored_text_silences_nothing_else(tmp_path: Path) -> None:
    edits = {
        "sources.yaml": ("  snapshot: source.txt\n", "  snapshot: source.txt\n- id: spare\n  title: Spare\n")
    }
    found = run(tmp_path, edits, {"snapshots/spare.yaml": "source: [unclosed\n"})
    assert [line.split(": ", 2)[1] for line in found] == ["error[yaml-syntax]", "warning[source-unused]"]


# -- The repository's cap on stored passages (content/settings.yaml) ---------------------------------


def share_of(tmp_path: Path, characters: object, *passages: str) -> list[tuple[str, str, tuple, bool, str]]:
    """The share problems of a stored text of ``characters`` with ``passages``, under a 30% cap."""
    path = tmp_path / "stored.yaml"
    lines = [f"characters: {characters}", "passages:", *(f"  - {p!r}" for p in passages)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc, found = read_yaml(path, "stored.yaml")
    assert doc is not None and found == []
    hints = {d.hint for d in share_problems(doc, 0.3)}
    assert hints <= {
        "store it again with `explainer snapshot`, which keeps only the words around each evidence phrase; "
        "if it is still over, cite fewer phrases of this source"
    }
    return [(d.rule, d.path, d.pointer, d.at_key, d.message) for d in share_problems(doc, 0.3)]


def test_passages_up_to_the_cap_pass_and_one_character_more_is_a_warning(tmp_path: Path) -> None:
    assert share_of(tmp_path, 100, "x" * 20, "y" * 10) == []
    assert share_of(tmp_path, 100, "x" * 20, "y" * 11) == [
        (
            "text-stored-share",
            "stored.yaml",
            ("passages",),
            True,
            "the passages keep 31% of the source's text; this repository stores at most 30% "
            "(`stored_text_max_share` in the content folder's settings.yaml)",
        )
    ]


def test_a_stored_text_with_no_length_to_compare_is_left_to_its_own_checks(tmp_path: Path) -> None:
    for characters in (0, -5, "many", "true", "null"):
        assert share_of(tmp_path, characters, "x" * 50) == [], characters
    assert [rule for rule, *_ in share_of(tmp_path, 1, "xy")] == ["text-stored-share"]  # a one-character text
    path = tmp_path / "no-passages.yaml"
    path.write_text("characters: 10\npassages: some text\n", encoding="utf-8")
    doc, _ = read_yaml(path, "no-passages.yaml")
    assert doc is not None and share_problems(doc, 0.3) == []


def test_settings_are_read_from_the_content_folder_and_default_without_the_file(tmp_path: Path) -> None:
    settings, found = read_settings(tmp_path)
    assert settings.stored_text_max_share is None and found == []
    (tmp_path / "settings.yaml").write_text("stored_text_max_share: 0.25\n", encoding="utf-8")
    assert read_settings(tmp_path)[0].stored_text_max_share == 0.25
    (tmp_path / "settings.yaml").write_text("# nothing set yet\n", encoding="utf-8")
    settings, found = read_settings(tmp_path)
    assert settings.stored_text_max_share is None
    assert [(d.rule, d.hint) for d in found] == [("file-empty", "add entries or delete the file")]


def test_a_wrong_setting_is_placed_in_the_settings_file_and_the_default_kept(tmp_path: Path) -> None:
    (tmp_path / "settings.yaml").write_text("# caps\nstored_text_max_share: 2\n", encoding="utf-8")
    settings, found = read_settings(tmp_path)
    assert settings.stored_text_max_share is None
    assert [(d.rule, d.path.endswith("settings.yaml"), d.line, d.col) for d in found] == [
        ("value-invalid", True, 2, 24)
    ]
    (tmp_path / "settings.yaml").write_text("stored_text_max_share: [0.3\n", encoding="utf-8")
    settings, found = read_settings(tmp_path)
    assert settings.stored_text_max_share is None and [d.severity for d in found] == ["error"]
