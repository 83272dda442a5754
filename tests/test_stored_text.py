"""`explainer snapshot --file --url`, the repository's cap on stored passages, and file modes."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from launcher import explainer
from ruamel.yaml import YAML

BASE = Path(__file__).parent / "fixtures" / "rules" / "base"
URL = "https://example.org/dock-workers"
ARTICLE = (
    "Dock workers at Port Example walked out on Monday after months of talks about pay, shifts and "
    "safety rules that the workers say have left crews short-handed through the busiest season. "
    "The union said more than 2,000 members joined the strike, which closed four terminals and left "
    "dozens of ships waiting at anchor outside the breakwater for a berth.\n\n"
    "The port authority called the stoppage unlawful and said it would ask a court to order the "
    "workers back to the quays before the end of the week.\n\n"
    "Port Example handles most of the region's container traffic. Its four terminals opened in "
    "stages over two decades, and the newest can take the largest ships now at sea.\n\n"
    "Shipping lines have begun to divert vessels to other ports along the coast, according to "
    "agents, who expect the backlog to take weeks to clear once work resumes.\n"
)


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return explainer(*args, cwd=cwd, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


@pytest.fixture
def site(tmp_path: Path) -> Path:
    shutil.copytree(BASE, tmp_path / "content")
    sources = tmp_path / "content" / "harbour-strike" / "sources.yaml"
    sources.write_text(
        sources.read_text("utf-8").replace("  snapshot: source.txt\n", f"  url: {URL}\n"), "utf-8"
    )
    (tmp_path / "article.txt").write_text(ARTICLE, "utf-8")
    return tmp_path


def stored(site: Path) -> dict[str, object]:
    data: dict[str, object] = YAML(typ="safe").load(
        (site / "content" / "harbour-strike" / "snapshots" / "port-news.yaml").read_text("utf-8")
    )
    return data


def share(data: dict[str, object]) -> float:
    passages = data["passages"]
    assert isinstance(passages, list) and isinstance(data["characters"], int)
    return sum(len(passage) for passage in passages) / data["characters"]


def test_snapshot_from_a_file_records_the_address_too(site: Path) -> None:
    result = run("snapshot", "port-news", "--file", "article.txt", "--url", URL, cwd=site)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines()[-1] == "6 of 6 evidence phrases are in the text"
    data = stored(site)
    assert (data["url"], data["file"]) == (URL, "article.txt")
    # Without a cap, whole sentences: the three holding the phrases, not the other paragraphs.
    assert len(data["passages"]) == 3 and "container traffic" not in str(data["passages"])  # type: ignore[arg-type]
    assert run("validate", "--strict", cwd=site).returncode == 0


def test_snapshot_files_are_world_readable(site: Path) -> None:
    os.umask(0o022)
    assert run("snapshot", "port-news", "--file", "article.txt", cwd=site).returncode == 0
    path = site / "content" / "harbour-strike" / "snapshots" / "port-news.yaml"
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_a_cap_trims_passages_to_the_words_around_each_phrase(site: Path) -> None:
    (site / "content" / "settings.yaml").write_text("stored_text_max_share: 0.4\n", "utf-8")
    result = run("snapshot", "port-news", "--file", "article.txt", "--url", URL, cwd=site)
    assert (result.returncode, result.stderr) == (0, "")
    assert "warning" not in result.stdout
    data = stored(site)
    assert share(data) <= 0.4
    assert "busiest season" not in str(data["passages"]) and "walked out on Monday" in str(data["passages"])
    clean = run("validate", "--strict", cwd=site)
    assert (clean.returncode, clean.stdout) == (0, "no problems found\n")


def test_over_the_cap_is_a_warning_with_a_fix(site: Path) -> None:
    (site / "content" / "settings.yaml").write_text("stored_text_max_share: 0.1\n", "utf-8")
    result = run("snapshot", "port-news", "--file", "article.txt", cwd=site)
    assert result.returncode == 0
    kept = share(stored(site))
    assert kept > 0.1
    assert f"warning: the passages keep {kept:.0%} of the text, over this repository's cap of 10% " in (
        result.stdout
    )
    lenient = run("validate", cwd=site)
    assert lenient.returncode == 0
    assert lenient.stdout.splitlines()[0] == (
        f"content/harbour-strike/snapshots/port-news.yaml:8:1: warning[text-stored-share]: the passages "
        f"keep {kept:.0%} of the source's text; this repository stores at most 10% "
        "(`stored_text_max_share` in the content folder's settings.yaml)"
    )
    assert "hint: store it again with `explainer snapshot`" in lenient.stdout
    assert run("validate", "--strict", cwd=site).returncode == 1


def test_a_wrong_setting_is_placed(site: Path) -> None:
    (site / "content" / "settings.yaml").write_text("stored_text_max_share: 2\nstore_all: yes\n", "utf-8")
    result = run("validate", cwd=site)
    assert result.returncode == 1
    assert (
        "content/settings.yaml:1:24: error[value-invalid]: 'stored_text_max_share' must be at most 1, not 2"
        in result.stdout.splitlines()
    )
    assert "content/settings.yaml:2:1: error[field-unknown]: unknown field 'store_all'" in result.stdout
