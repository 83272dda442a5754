"""`explainer diff BASE HEAD`: facts added, removed and changed, in a reader's terms."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli

NUMBERS = """\
- id: strikers
  value: 2000
  counts: union members on strike
  qualifier: more-than
  cite:
    - source: port-news
      evidence: more than 2,000 members
- id: cranes
  value: 12
  counts: cranes idle
  cite:
    - source: port-news
"""
GLOSSARY = """\
- id: picket
  term: picket line
  definition: A line of strikers.
  cite:
    - source: port-news
"""


def write(content: Path, numbers: str, glossary: str | None = None) -> Path:
    folder = content / "harbour-strike"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "dossier.yaml").write_text("title: Harbour strike\nslug: harbour-strike\n", encoding="utf-8")
    (folder / "numbers.yaml").write_text(numbers, encoding="utf-8")
    if glossary is not None:
        (folder / "glossary.yaml").write_text(glossary, encoding="utf-8")
    return content


def diff(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["diff", *args])
    return result.exit_code, result.stdout, result.stderr


def test_markdown_summary(tmp_path: Path) -> None:
    base = write(tmp_path / "base", NUMBERS)
    changed = NUMBERS.replace("value: 2000", "value: 2500").replace("2,000 members", "2,500 members")
    changed = changed.split("- id: cranes")[0]
    head = write(tmp_path / "head", changed, GLOSSARY)
    code, out, _ = diff(str(base), str(head))
    assert code == 0
    assert out == (
        "## Dossier harbour-strike\n"
        "\n"
        "3 facts: 1 added, 1 removed, 1 changed.\n"
        "\n"
        "### Numbers\n"
        "\n"
        "- **Removed** number `cranes`: 12 cranes idle\n"
        "- **Changed** number `strikers`: more than 2,500 union members on strike\n"
        "  - value: 2,000 → 2,500\n"
        '  - sources: port-news: "more than 2,000 members" → port-news: "more than 2,500 members"\n'
        "\n"
        "### Glossary\n"
        "\n"
        "- **Added** term `picket`: picket line\n"
    )


def test_text_format_and_no_change(tmp_path: Path) -> None:
    base = write(tmp_path / "base", NUMBERS)
    head = write(tmp_path / "head", NUMBERS.replace("qualifier: more-than", "qualifier: about"))
    code, out, _ = diff(str(base), str(head), "--format", "text")
    assert code == 0
    assert out.splitlines()[-2:] == [
        "- Changed number strikers: about 2,000 union members on strike",
        "  - hedge: more-than → about",
    ]
    assert diff(str(base), str(base)) == (0, "No dossier changes.\n", "")


def test_markdown_in_values_is_escaped(tmp_path: Path) -> None:
    base = write(tmp_path / "base", NUMBERS)
    head = write(tmp_path / "head", NUMBERS.replace("union members on strike", "<b>members</b> | *all*"))
    out = diff(str(base), str(head))[1]
    assert r"\<b\>members\</b\> \| \*all\*" in out
    assert "<b>" not in out


def test_git_revisions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = tmp_path / "repo"
    write(repo / "content", NUMBERS)

    def git(*args: str) -> None:
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
            cwd=repo,
            check=True,
            capture_output=True,
        )

    git("init", "-q")
    git("add", "content")
    git("commit", "-qm", "first")
    (repo / "content" / "harbour-strike" / "numbers.yaml").write_text(
        NUMBERS.replace("value: 12", "value: 13"), encoding="utf-8"
    )
    git("commit", "-qam", "second")
    monkeypatch.chdir(repo)
    code, out, _ = diff("HEAD~1", "HEAD")
    assert code == 0
    assert "- **Changed** number `cranes`: 13 cranes idle\n  - value: 12 → 13\n" in out
    assert diff("HEAD", "content")[1] == "No dossier changes.\n"
    code, _, err = diff("no-such-revision", "content")
    assert code == 2
    assert "'no-such-revision' is neither a folder nor a git revision" in err


@pytest.mark.parametrize(
    ("before", "after", "told"),
    [
        ("  official: true\n", "", "  - official figure: marked → not marked"),
        ("", "  official: true\n", "  - official figure: not marked → marked"),
        (
            "  official: true\n",
            '  official: "yes"\n',
            '  - official figure: marked → "yes" (text, not true or false)',
        ),
        (
            "  official: false\n",
            "  official: yes\n",
            '  - official figure: not marked → "yes" (text, not true or false)',
        ),
        (
            "  official: true\n",
            "  official: 1\n",
            '  - official figure: marked → "1" (a number, not true or false)',
        ),
    ],
)
def test_a_true_or_false_field_reads_as_marked(tmp_path: Path, before: str, after: str, told: str) -> None:
    """Deleting `official: true` read "yes → (none)", and `true` changed to the text "yes" read
    "yes → yes": a flag is marked or not, left out is its default, and text is shown as text."""
    base = write(tmp_path / "base", NUMBERS.replace("- id: cranes\n", f"- id: cranes\n{before}"))
    head = write(tmp_path / "head", NUMBERS.replace("- id: cranes\n", f"- id: cranes\n{after}"))
    code, out, _ = diff(str(base), str(head), "--format", "text")
    assert code == 0
    assert out.splitlines()[-1] == told


def test_an_optional_true_or_false_field_reads_as_marked(tmp_path: Path) -> None:
    """An actor's `plural:` may be left out (then guessed): deleting it is "not set"."""
    actors = (
        "- id: union\n  name: Dock union\n  kind: organisation\n  plural: true\n  description: A union.\n"
    )
    base, head = write(tmp_path / "base", NUMBERS), write(tmp_path / "head", NUMBERS)
    (base / "harbour-strike" / "actors.yaml").write_text(actors, encoding="utf-8")
    (head / "harbour-strike" / "actors.yaml").write_text(
        actors.replace("  plural: true\n", ""), encoding="utf-8"
    )
    out = diff(str(base), str(head), "--format", "text")[1]
    assert out.splitlines()[-1] == "  - plural: marked → not set"
