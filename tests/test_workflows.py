"""Repository automation: the workflows parse, pin their actions and run the README's commands;
editors map every dossier file to its schema; pre-commit runs the validator and the formatter."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.format.model import ENTRY_KINDS, Meta

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
README = (ROOT / "README.md").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")
PINNED = re.compile(r"^\s*(?:-\s+)?uses:\s+[\w.-]+/[\w./-]+@[0-9a-f]{40}\s+#\s+v\d+\.\d+\.\d+\s*$")


def load(path: Path) -> dict[Any, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def steps(workflow: dict[Any, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def commands(workflow: dict[Any, Any]) -> list[str]:
    """Each shell line that calls the project's tools: `make ...` or `.venv/bin/...`."""
    lines = [line.strip() for step in steps(workflow) for line in str(step.get("run", "")).splitlines()]
    return [line for line in lines if line.startswith(("make ", ".venv/bin/"))]


def test_the_workflows_exist() -> None:
    assert [path.name for path in WORKFLOWS] == ["deploy.yml", "mutation.yml", "pr.yml", "sources.yml"]


def test_mutation_testing_runs_weekly_and_fails_below_its_minimum() -> None:
    """The scheduled workflow runs `make mutation`, whose script fails under 85% (docs/mutation.md)."""
    workflow = load(ROOT / ".github" / "workflows" / "mutation.yml")
    minute, hour, day, month, weekday = workflow[True]["schedule"][0]["cron"].split()
    assert (day, month) == ("*", "*") and weekday.isdigit() and minute.isdigit() and hour.isdigit()
    assert "make mutation || status=$?" in [
        line.strip() for step in steps(workflow) for line in str(step.get("run", "")).splitlines()
    ]
    assert "generator.format.* generator.checking.*" in MAKEFILE
    script = (ROOT / "scripts" / "mutation.py").read_text(encoding="utf-8")
    assert 'parser.add_argument("--minimum", type=float, default=85.0' in script


def test_sources_are_re_fetched_weekly_into_the_job_summary() -> None:
    workflow = load(ROOT / ".github" / "workflows" / "sources.yml")
    schedule = workflow[True]["schedule"]  # PyYAML reads the key `on` as True
    minute, hour, day, month, weekday = schedule[0]["cron"].split()
    assert (day, month) == ("*", "*") and weekday.isdigit() and minute.isdigit() and hour.isdigit()
    assert '.venv/bin/explainer sources check content >> "$GITHUB_STEP_SUMMARY" || status=$?' in [
        line.strip() for step in steps(workflow) for line in str(step.get("run", "")).splitlines()
    ]
    assert workflow["permissions"] == {"contents": "read"}


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_actions_are_pinned_to_a_commit_with_their_version(path: Path) -> None:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if "uses:" in line]
    assert lines
    for line in lines:
        assert PINNED.match(line), f"{path.name}: pin by full commit with a version comment: {line.strip()}"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_commands_are_the_readme_commands(path: Path) -> None:
    found = commands(load(path))
    assert found
    for line in found:
        words = shlex.split(line.split(">>")[0])
        if words[0] == "make":
            assert f"make {words[1]}" in README or words[1] == "setup", line
            assert re.search(rf"^{words[1]}:", MAKEFILE, re.MULTILINE), line
            continue
        # A variable part ("origin/$BASE_REF") stands for the README's example value.
        shown = " ".join("origin/main" if "$" in word else word for word in words)
        assert shown in README, f"{path.name} runs `{line}`, which the README does not show"


def test_pull_requests_get_annotations_a_strict_build_tests_and_the_site() -> None:
    workflow = load(ROOT / ".github" / "workflows" / "pr.yml")
    assert "pull_request" in workflow[True]  # PyYAML reads the key `on` as True
    run = commands(workflow)
    assert ".venv/bin/explainer validate content --strict --format github" in run
    assert ".venv/bin/mkdocs build --strict" in run
    assert "make test" in run
    upload = next(step for step in steps(workflow) if "upload-artifact" in step.get("uses", ""))
    assert upload["with"]["path"] == "site/"
    assert workflow["permissions"] == {"contents": "read"}


def test_main_deploys_to_pages() -> None:
    workflow = load(ROOT / ".github" / "workflows" / "deploy.yml")
    assert workflow[True]["push"]["branches"] == ["main"]
    deploy = workflow["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert any("deploy-pages" in step.get("uses", "") for step in deploy["steps"])


def test_deploy_builds_shards_with_their_cache_and_merges_every_one() -> None:
    workflow = load(ROOT / ".github" / "workflows" / "deploy.yml")
    shard = workflow["jobs"]["shard"]
    shards = shard["strategy"]["matrix"]["shard"]
    cache = next(step for step in shard["steps"] if "actions/cache" in step.get("uses", ""))
    assert cache["with"]["path"] == ".cache/explainer" and "restore-keys" in cache["with"]
    built = next(step for step in shard["steps"] if "mkdocs build" in str(step.get("run", "")))
    assert built["env"]["EXPLAINER_SHARD"].endswith(f"/{len(shards)}")
    merge = next(step for step in workflow["jobs"]["merge"]["steps"] if "merge" in str(step.get("run", "")))
    assert merge["run"].split()[-len(shards) :] == [f"shard-{index}" for index in shards]
    assert workflow["jobs"]["deploy"]["needs"] == "merge"


def test_correction_form_asks_for_the_source() -> None:
    form = load(ROOT / ".github" / "ISSUE_TEMPLATE" / "correction.yml")
    fields = {item["id"]: item for item in form["body"] if "id" in item}
    assert {"fact", "correction", "source-url", "source-quote"} <= set(fields)
    assert all(fields[name]["validations"]["required"] for name in ("fact", "correction", "source-url"))
    template = (ROOT / ".github" / "PULL_REQUEST_TEMPLATE.md").read_text(encoding="utf-8")
    assert "## The source" in template


def test_vscode_maps_every_dossier_file_to_its_schema() -> None:
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    schemas = settings["yaml.schemas"]
    for kind in (Meta, *ENTRY_KINDS):
        name = kind.file_name
        assert (ROOT / "schema" / f"{name}.schema.json").is_file()
        assert f"content/*/{name}.yaml" in schemas[f"./schema/{name}.schema.json"]
    assert schemas["./schema/snapshot.schema.json"] == ["content/*/snapshots/*.yaml"]


def test_pre_commit_runs_the_validator_and_the_formatter() -> None:
    config = load(ROOT / ".pre-commit-config.yaml")
    entries = [hook["entry"] for repo in config["repos"] for hook in repo["hooks"]]
    assert ".venv/bin/explainer validate content --strict" in entries
    assert ".venv/bin/explainer fmt --check" in entries
