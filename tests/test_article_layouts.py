"""The article layouts the README and the contributor guide show: `init` reads each example as they say."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from launcher import explainer
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "contribute" / "index.md"
README = ROOT / "README.md"

# What a draft's source says for each example, in the order the documents show them.
EXPECTED = [
    {
        "title": "Dutch storm barrier closes for the first time in five years",
        "publisher": "Reuters",
        "published": "2025-03-14",
        "url": "TODO",
    },
    {
        "title": "Glacier collapse buries Swiss village",
        "authors": ["Anna Keller", "Marc Dubois"],
        "published": "2025-05-29",
        "url": "TODO",
    },
    {
        "title": "Central bank holds interest rates at 4.5 percent",
        "url": "https://www.example.org/news/2025/central-bank-holds-rates",
        "published": "2025-02-06",
    },
    {"title": "River floods farmland after week of rain", "published": "TODO", "url": "TODO"},
]
# The events each example's first sentence dates ("on Friday" from the dateline's date; "for the first
# time since 2020": the closing before).
EVENT_DATES = [["2025-03-14", "2020"], ["2025-05-28"], ["2025-02-06"], []]


def examples(document: Path) -> list[str]:
    """The ```text blocks of a document's section on article layouts, unindented."""
    text = document.read_text("utf-8")
    section = text[text.index("Article layouts that `init` reads") :]
    section = section[: section.index("\n#", 1)]
    blocks = re.findall(r"```text\n(.*?)\n\s*```", section, flags=re.S)
    return ["\n".join(line.strip() for line in block.splitlines()) + "\n" for block in blocks]


def test_the_readme_and_the_guide_show_the_same_examples() -> None:
    assert examples(README) == examples(GUIDE)
    assert len(examples(GUIDE)) == len(EXPECTED)


@pytest.mark.parametrize("index", range(len(EXPECTED)), ids=["wire", "byline", "url-first", "plain"])
def test_init_reads_each_documented_layout(tmp_path: Path, index: int) -> None:
    article = tmp_path / "article.txt"
    article.write_text(examples(GUIDE)[index], "utf-8")
    # A repository's root, as the guide has it: without its content folder, init would look upwards
    # and take whatever folder above holds stories (other tests' folders in pytest's temporary tree).
    (tmp_path / "content").mkdir()
    done = explainer(
        "init",
        "--from-article",
        "article.txt",
        "--slug",
        "story",
        cwd=tmp_path,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    yaml = YAML(typ="safe")
    source = yaml.load((tmp_path / "content" / "story" / "sources.yaml").read_text("utf-8"))[0]
    assert {
        key: source.get(key) if key == "authors" else str(source.get(key)) for key in EXPECTED[index]
    } == (EXPECTED[index])
    events = tmp_path / "content" / "story" / "events.yaml"
    dates = [str(e["date"]) for e in yaml.load(events.read_text("utf-8")) or []] if events.exists() else []
    assert dates == EVENT_DATES[index]
    # The draft validates apart from its TODO and review markers.
    checked = explainer("validate", "--format", "json", cwd=tmp_path, timeout=120)
    rules = {found["rule"] for found in json.loads(checked.stdout)["diagnostics"]}
    # A drafted question on an article with no drafted fact has nothing to point at yet.
    assert rules <= {"todo", "review-pending", "answer-unreferenced"}, checked.stdout
