"""`explainer new KIND`: a unique readable id, every required field, and validation until filled."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.checking.loader import load_site
from generator.cli import cli
from generator.format.model import ActorKind

BASE = Path(__file__).parent / "fixtures" / "rules" / "base"


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(BASE, tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "content"


def new(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["new", *args])
    return result.exit_code, result.stdout, result.stderr


def test_new_actor_is_appended_with_placeholders(content: Path) -> None:
    story = next(content.iterdir())
    before = (story / "actors.yaml").read_text(encoding="utf-8")
    line = len(before.splitlines()) + 1
    code, out, _ = new("actor")
    assert code == 0
    assert out == (
        f"added actor 'new-actor' at content/{story.name}/actors.yaml:{line}\n"
        "fill in every TODO and delete the `review:` line; `explainer validate` lists what is left\n"
    )
    after = (story / "actors.yaml").read_text(encoding="utf-8")
    choices = "one of: " + ", ".join(kind.value for kind in ActorKind)
    assert after.startswith(before)
    assert after[len(before) :] == (
        '- review: "new entry: fill in every placeholder, then delete this line"\n'
        "  id: new-actor\n"
        "  name: TODO\n"
        + "".join(f"  # {line}\n" for line in textwrap.wrap(choices, 90, break_on_hyphens=False))
        + "  kind: TODO\n"
        "  description: TODO\n"
        "  cite:\n"
        "    - source: port-news\n"
        "      evidence: TODO\n"
    )


def test_ids_stay_unique(content: Path) -> None:
    assert new("actor")[1].startswith("added actor 'new-actor' ")
    assert new("actor")[1].startswith("added actor 'new-actor-2' ")
    assert new("number")[1].startswith("added number 'new-number' ")


def test_every_placeholder_is_reported_once_until_filled(content: Path) -> None:
    new("number")
    found = load_site(content).diagnostics
    story = next(content.iterdir()).name
    assert [(d.line, d.rule) for d in found] == [(line, "todo") for line in (12, 13, 16)], [
        (d.path, d.line, d.rule, d.message) for d in found
    ]
    assert {d.path for d in found} == {f"content/{story}/numbers.yaml"}


def test_filled_entry_still_waits_for_review(content: Path) -> None:
    new("term")
    glossary = next(content.iterdir()) / "glossary.yaml"
    text = glossary.read_text(encoding="utf-8")
    text = text.replace("term: TODO", "term: picket line").replace("definition: TODO", "definition: A line.")
    glossary.write_text(text.replace("evidence: TODO", "evidence: more than 2,000 members"), encoding="utf-8")
    result = load_site(content)
    assert [d.rule for d in result.diagnostics] == ["review-pending", "term-unused"]
    assert not result.failed() and result.failed(strict=True)


@pytest.mark.parametrize("kind", ["actor", "number", "term", "event", "claim", "source", "relationship"])
def test_every_kind_appends_valid_yaml(content: Path, kind: str) -> None:
    assert new(kind)[0] == 0
    rules = {d.rule for d in load_site(content).diagnostics}
    assert rules <= {"todo", "review-pending", "source-unused", "term-unused"}, rules


def test_usage_errors_exit_2(content: Path, tmp_path: Path) -> None:
    assert new("unicorn")[0] == 2
    code, _, err = new("actor", "--dossier", "nope")
    assert code == 2
    assert "there is no dossier 'nope' in content" in err
    shutil.copytree(next(content.iterdir()), content / "second")
    code, _, err = new("actor")
    assert code == 2
    assert "holds 2 dossiers; choose one with --dossier" in err
    assert new("actor", "--dossier", "second")[0] == 0
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _, err = new("actor", str(empty))
    assert code == 2
    assert "holds no dossier; start one with `explainer init`" in err
