"""Each dossier's "Updates and corrections" page, from a real git repository's history of its folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.authoring.history import NO_GIT, SHALLOW, histories
from generator.checking.loader import load_site
from generator.site.pages import Pages, build_pages

HERE = Path(__file__).parent
FIXTURE = HERE / "fixtures" / "sites" / "basic" / "content" / "scam-handover"
SLUG = "scam-handover"
# The page's title and the line under it that names its story.
HEADING = (
    "# Updates and corrections\n\nPart of the explainer [Myanmar hands over scam suspects](index.md)\n"
    "{: .explainer-part-of }\n\n"
)
OLD_NOTE = "note: A rounder figure quoted by the *rebels*."
NEW_NOTE = "note: A rounder figure quoted by the alliance."


@pytest.fixture(autouse=True)
def isolated_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A git that sees no repository above the test's folder and no user configuration."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for who in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{who}_NAME", "Editor")
        monkeypatch.setenv(f"GIT_{who}_EMAIL", "editor@example.org")


def git(repo: Path, *args: str, date: str = "2024-01-02T10:00:00+00:00") -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, env=env)


def repository(tmp_path: Path) -> Path:
    """content/scam-handover in two commits: published, then a correction of a number's note."""
    repo = tmp_path / "repo"
    shutil.copytree(FIXTURE, repo / "content" / SLUG)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "Publish the handover dossier", date="2024-01-02T10:00:00+00:00")
    numbers = repo / "content" / SLUG / "numbers.yaml"
    text = numbers.read_text("utf-8")
    assert OLD_NOTE in text
    numbers.write_text(text.replace(OLD_NOTE, NEW_NOTE), "utf-8")
    (repo / "README.md").write_text("not content\n", "utf-8")
    message = (
        "Correction: who gave the rounder figure <script>alert(1)</script>\n\n"
        "The note called them rebels; the source names the alliance."
    )
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message, date="2024-03-05T09:30:00+00:00")
    return repo


def built(content: Path) -> Pages:
    site = load_site(content).raise_for_problems()
    return build_pages(site, histories=histories(content, [d.slug for d in site.dossiers]))


def test_the_page_says_what_changed_when_and_what_was_wrong(tmp_path: Path) -> None:
    repo = repository(tmp_path)
    pages = built(repo / "content")
    page = pages.by_path()[f"{SLUG}/updates.md"].markdown
    correction, publication = page.index("5 March 2024"), page.index("2 January 2024")
    assert correction < publication  # newest first
    # A reader who lands here from a link is told which story the page belongs to.
    assert page.startswith(HEADING)
    assert '## 5 March 2024\n\n!!! explainer-correction "Correction: who gave the rounder figure' in page
    assert "What was wrong: The note called them rebels; the source names the alliance." in page
    assert "One fact corrected." in page
    # The fact's sentence as it is now, then as it was: never a field's name, a path or an id.
    assert (
        "    - **Corrected:** More than 30,000 telecom fraud suspects handed over to China. "
        "A rounder figure quoted by the alliance.\n"
        "        - Before: More than 30,000 telecom fraud suspects handed over to China. "
        "A rounder figure quoted by the \\*rebels\\*." in page
    )
    assert "note:" not in page and "→" not in page and "(none)" not in page
    assert "## 2 January 2024\n" in page and "Publish the handover dossier" not in page
    assert "The story was published with" in page
    assert "with one correction." in page
    assert "<script" not in page
    nav = next(item for item in pages.nav if item.children)
    assert (nav.children[-1].title, nav.children[-1].path) == (
        "Updates and corrections",
        f"{SLUG}/updates.md",
    )
    assert (
        "- [Updates and corrections](updates.md): what changed since the story was first published,"
        " and its one correction\n" in pages.by_path()[f"{SLUG}/index.md"].markdown
    )
    # Same repository state, same bytes.
    assert built(repo / "content").by_path()[f"{SLUG}/updates.md"].markdown == page


def test_only_the_last_commits_are_shown(tmp_path: Path) -> None:
    repo = repository(tmp_path)
    history = histories(repo / "content", [SLUG], limit=1)[SLUG]
    assert history.truncated and [r.subject for r in history.revisions] == [
        "Correction: who gave the rounder figure <script>alert(1)</script>"
    ]


def test_a_shallow_clone_says_the_history_is_not_available(tmp_path: Path) -> None:
    repo = repository(tmp_path)
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", repo.as_uri(), str(clone))
    page = built(clone / "content").by_path()[f"{SLUG}/updates.md"].markdown
    assert page == f"{HEADING}{SHALLOW}\n"


def test_without_a_repository_or_without_git_the_build_still_succeeds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = tmp_path / "plain" / "content"
    shutil.copytree(FIXTURE, content / SLUG)
    assert built(content).by_path()[f"{SLUG}/updates.md"].markdown == f"{HEADING}{NO_GIT}\n"
    repo = repository(tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs"))
    assert histories(repo / "content", [SLUG])[SLUG].reason == NO_GIT


def test_explainer_build_writes_the_page_from_the_repository(tmp_path: Path) -> None:
    repo = repository(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "generator", "build", "content", "--out", str(tmp_path / "out")],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    page = (tmp_path / "out" / SLUG / "updates.md").read_text("utf-8")
    assert "What was wrong: The note called them rebels; the source names the alliance." in page


def test_a_kind_split_into_a_folder_is_read_at_each_commit(tmp_path: Path) -> None:
    repo = repository(tmp_path)
    folder = repo / "content" / SLUG
    (folder / "numbers").mkdir()
    (folder / "numbers.yaml").rename(folder / "numbers" / "main.yaml")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "Numbers in a folder", date="2024-04-01T09:00:00+00:00")
    text = (folder / "numbers" / "main.yaml").read_text("utf-8")
    (folder / "numbers" / "main.yaml").write_text(text.replace(NEW_NOTE, OLD_NOTE), "utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "The note as it was", date="2024-04-02T09:00:00+00:00")
    revisions = histories(repo / "content", [SLUG])[SLUG].revisions
    assert [r.subject for r in revisions][:2] == ["The note as it was", "Numbers in a folder"]
    moved, changed = revisions[1], revisions[0]
    assert moved.entries == ()  # the same entries, in another file
    assert [(e.noun, [f.new for f in e.fields]) for e in changed.entries] == [
        ("number", ["A rounder figure quoted by the *rebels*."])
    ]


def test_each_kind_of_change_is_told_in_reader_words() -> None:
    """Added, removed, corrected and unseen changes, each as the fact's sentence."""
    from generator.format.changes import EntryChange, FieldChange
    from generator.format.history import History, Revision
    from generator.site.updates import updates_view

    glacier = HERE / "fixtures" / "dossiers"
    dossier = next(d for d in load_site(glacier).site.dossiers if d.slug == "glacier-lake-flood")
    relationship = {
        "subject": "glacial-lake",
        "predicate": "drains-into",
        "object": "river",
        "cite": [{"source": "valley-news", "evidence": "burst"}],
    }
    lake = dict(next(a for a in dossier.actors if a.id == "glacial-lake").model_dump(exclude_none=True))
    entries = (
        EntryChange("relationship", "glacial-lake drains-into river", "added", "x", after=relationship),
        EntryChange("relationship", "glacial-lake drains-into river", "removed", "x", before=relationship),
        EntryChange(
            "actor", "glacial-lake", "changed", "x", (FieldChange("wikidata", None, "Q148"),), lake, lake
        ),
    )
    revision = Revision("c", "2024-03-05", "Add the lake's river", entries=entries)
    lines = updates_view(dossier, History(True, revisions=(revision,))).updates[0].lines
    assert lines[0] == "**Added:** The glacial lake drains into the river."
    assert lines[1] == "**Removed:** The glacial lake drains into the river."
    assert lines[2] == "**Updated:** Glacial lake: The lake above the valley."
    assert "wikidata" not in "".join(lines) and "drains-into" not in "".join(lines)


def test_a_claim_is_told_in_the_sites_words_not_in_quotation_marks() -> None:
    """A claim's statement is a paraphrase: the Updates page never shows it as a quotation."""
    from generator.format.changes import EntryChange, FieldChange
    from generator.format.history import History, Revision
    from generator.site.updates import updates_view

    glacier = HERE / "fixtures" / "dossiers"
    dossier = next(d for d in load_site(glacier).site.dossiers if d.slug == "glacier-lake-flood")
    entries = tuple(
        EntryChange("claim", claim.id, "added", "x", after=claim.model_dump(exclude_none=True))
        for claim in dossier.claims
    )
    revision = Revision("c", "2024-03-05", "Add the claims", entries=entries)
    lines = updates_view(dossier, History(True, revisions=(revision,))).updates[0].lines
    assert len(lines) == len(dossier.claims) >= 2
    for line, claim in zip(lines, dossier.claims, strict=True):
        assert "“" not in line and "”" not in line
        assert " ".join(claim.statement.split()).rstrip(".") in line
    # A claim no one named makes is attributed at its end, as a reporter would.
    assert any(
        line.startswith("**Added:** Soldiers blocked the mountain road, reports say without naming a")
        for line in lines
    )
    # A change of status alone is told, in words, as the sentence before and after.
    claim = dossier.claims[0].model_dump(exclude_none=True)
    changed = EntryChange(
        "claim",
        claim["id"],
        "changed",
        "x",
        (FieldChange("status", "unverified", "denied"),),
        {**claim, "status": "unverified"},
        {**claim, "status": "denied"},
    )
    revision = Revision("c", "2024-03-05", "Correction: the status", correction=True, entries=(changed,))
    (line,) = updates_view(dossier, History(True, revisions=(revision,))).updates[0].corrections[0].lines
    assert line.startswith("**Corrected:** ") and "\n    - Before: " in line
    now, before = line.split("\n    - Before: ")
    assert "(denied" in now and "(denied" not in before and "status" not in line
