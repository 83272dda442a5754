"""Actors shared across dossiers: resolution, placed errors with a did-you-mean, and the pages.

Each test builds a real content folder from the clean rule fixture: ``harbour-strike`` defines the
actors, and copies of it under other slugs take ``dock-union`` from it by reference.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from described import jsonld_of

from generator.checking import duplicates
from generator.checking.loader import load_site, load_story
from generator.site.pages import build_pages

ROOT = Path(__file__).resolve().parent.parent
BASE = Path(__file__).parent / "fixtures" / "rules" / "base" / "harbour-strike"

# The dock union's own record, deleted from a copy so that the copy takes it from harbour-strike.
LOCAL_UNION = """- id: dock-union
  name: Dock Union
  kind: organisation
  description: The union of the dock workers, which called the strike.
  cite:
    - source: port-news
      evidence: The union said
"""


def shared(target: str, local_id: str = "dock-union") -> str:
    return (
        f"- id: {local_id}\n"
        f"  actor: {target}\n"
        "  description: The union that called the strike, in this story.\n"
        "  cite:\n"
        "    - source: port-news\n"
        "      evidence: The union said\n"
    )


def add_story(content: Path, slug: str, target: str = "harbour-strike/dock-union") -> Path:
    """A copy of harbour-strike under ``slug`` that takes the dock union from ``target``."""
    folder = content / slug
    shutil.copytree(BASE, folder)
    meta = folder / "dossier.yaml"
    meta.write_text(
        meta.read_text(encoding="utf-8")
        .replace("slug: harbour-strike", f"slug: {slug}")
        .replace("title: Harbour strike", f"title: {slug.replace('-', ' ').capitalize()}"),
        encoding="utf-8",
    )
    actors = folder / "actors.yaml"
    # The copy's port authority is another port's: one actor, one record (see the duplicate tests).
    text = actors.read_text(encoding="utf-8").replace(LOCAL_UNION, "")
    actors.write_text(text.replace("name: Port Authority", f"name: Port Authority of {slug}"), "utf-8")
    (folder / "shared-actors.yaml").write_text(shared(target), encoding="utf-8")
    return folder


@pytest.fixture
def content(tmp_path: Path) -> Iterator[Path]:
    root = tmp_path / "content"
    shutil.copytree(BASE, root / "harbour-strike")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        yield Path("content")
    finally:
        os.chdir(cwd)


def lines(content: Path) -> list[str]:
    result = load_site(content)
    return [
        f"{d.path}:{d.line}:{d.col}: {d.severity}[{d.rule}]: {d.message} | {d.hint}"
        for d in result.diagnostics
    ]


def test_a_shared_actor_takes_the_record_and_adds_its_own_facts(content: Path) -> None:
    add_story(content, "harbour-aftermath")
    result = load_site(content)
    assert result.diagnostics == ()
    assert result.site is not None
    first, second = result.site.dossiers
    assert (first.slug, second.slug) == ("harbour-aftermath", "harbour-strike")
    union = first.actor_by_id["dock-union"]
    assert (union.name, union.kind.value) == ("Dock Union", "organisation")
    assert union.description == "The union that called the strike, in this story."
    assert [(a.slug, a.actor_id) for a in first.appearances["dock-union"]] == [
        ("harbour-strike", "dock-union")
    ]
    assert [(a.slug, a.actor_id) for a in second.appearances["dock-union"]] == [
        ("harbour-aftermath", "dock-union")
    ]
    assert "port-authority" not in first.appearances


def test_actor_pages_link_across_stories(content: Path) -> None:
    add_story(content, "harbour-aftermath")
    site = load_site(content).raise_for_problems(strict=True)
    pages = build_pages(site).by_path()
    aftermath = pages["harbour-aftermath/actors/dock-union.md"].markdown
    strike = pages["harbour-strike/actors/dock-union.md"].markdown
    assert "**In other stories:** [Harbour strike](../../harbour-strike/actors/dock-union.md)" in aftermath
    assert "**In other stories:** [Harbour aftermath](../../harbour-aftermath/actors/dock-union.md)" in strike
    assert "In other stories" not in pages["harbour-strike/actors/port-authority.md"].markdown


def test_unknown_dossier_is_placed_with_a_did_you_mean(content: Path) -> None:
    add_story(content, "harbour-aftermath", target="harbour-strik/dock-union")
    assert lines(content) == [
        "content/harbour-aftermath/shared-actors.yaml:2:10: error[shared-unknown]: "
        "no dossier has the slug 'harbour-strik' | did you mean 'harbour-strike/dock-union'?"
    ]


def test_unknown_actor_is_placed_with_a_did_you_mean(content: Path) -> None:
    add_story(content, "harbour-aftermath", target="harbour-strike/dock-unoin")
    assert lines(content) == [
        "content/harbour-aftermath/shared-actors.yaml:2:10: error[shared-unknown]: dossier 'harbour-strike' has "
        "no actor 'dock-unoin' (deleted or renamed?); 1 shared-actor entry uses it: "
        "content/harbour-aftermath/shared-actors.yaml:2 | did you mean 'harbour-strike/dock-union'?"
    ]


def test_deleting_a_shared_actor_names_every_user(content: Path) -> None:
    add_story(content, "harbour-aftermath")
    add_story(content, "harbour-inquiry")
    actors = content / "harbour-strike" / "actors.yaml"
    actors.write_text(
        actors.read_text(encoding="utf-8").replace("id: dock-union", "id: dockers"), encoding="utf-8"
    )
    for path in ("events.yaml", "numbers.yaml", "relationships.yaml"):
        file = content / "harbour-strike" / path
        file.write_text(file.read_text(encoding="utf-8").replace("dock-union", "dockers"), encoding="utf-8")
    users = "content/harbour-aftermath/shared-actors.yaml:2, content/harbour-inquiry/shared-actors.yaml:2"
    message = (
        f"error[shared-unknown]: dossier 'harbour-strike' has no actor 'dock-union' (deleted or renamed?); "
        f"2 shared-actor entries use it: {users} | "
        "restore the actor in harbour-strike/actors.yaml, or give each user its own actor"
    )
    assert lines(content) == [
        f"content/harbour-aftermath/shared-actors.yaml:2:10: {message}",
        f"content/harbour-inquiry/shared-actors.yaml:2:10: {message}",
    ]


def test_a_shared_actor_must_point_at_the_record(content: Path) -> None:
    add_story(content, "harbour-aftermath")
    add_story(content, "harbour-inquiry", target="harbour-aftermath/dock-union")
    assert lines(content) == [
        "content/harbour-inquiry/shared-actors.yaml:2:10: error[shared-unknown]: harbour-aftermath/dock-union is "
        "itself shared from harbour-strike/dock-union | point at the record: `actor: harbour-strike/dock-union`"
    ]


def test_a_shared_actor_of_its_own_dossier_is_an_error(content: Path) -> None:
    (content / "harbour-strike" / "shared-actors.yaml").write_text(
        shared("harbour-strike/port-authority", "authority"), encoding="utf-8"
    )
    assert lines(content) == [
        "content/harbour-strike/shared-actors.yaml:2:10: error[shared-unknown]: "
        "a shared actor names an actor of its own dossier | use the actor's id directly"
    ]


def test_a_local_actor_and_a_shared_one_cannot_share_an_id(content: Path) -> None:
    folder = add_story(content, "harbour-aftermath")
    (folder / "actors.yaml").write_text(
        (folder / "actors.yaml").read_text(encoding="utf-8") + LOCAL_UNION, encoding="utf-8"
    )
    found = lines(content)
    assert len(found) == 1
    assert found[0].startswith("content/harbour-aftermath/shared-actors.yaml:1:7: error[id-duplicate]: ")


def test_a_dossier_that_fails_to_load_is_not_reported_again(content: Path) -> None:
    add_story(content, "harbour-aftermath")
    (content / "harbour-strike" / "dossier.yaml").write_text("title: [broken\n", encoding="utf-8")
    found = lines(content)
    assert found and all("harbour-strike/" in line for line in found)
    assert not any("shared-unknown" in line for line in found)


def test_the_cli_reports_an_unknown_shared_actor_and_exits_1(content: Path) -> None:
    add_story(content, "harbour-aftermath", target="harbour-strike/dock-unoin")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "validate", str(content)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert result.returncode == 1
    assert "content/harbour-aftermath/shared-actors.yaml:2:10: error[shared-unknown]" in result.stdout
    assert "did you mean 'harbour-strike/dock-union'?" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


# -- The thread, the site-wide index and JSON-LD -------------------------------------------------


def follow(folder: Path, slug: str) -> None:
    meta = folder / "dossier.yaml"
    meta.write_text(meta.read_text(encoding="utf-8") + f"follows: {slug}\n", encoding="utf-8")


def republish(folder: Path, published: str, summary: str) -> None:
    meta = folder / "dossier.yaml"
    text = meta.read_text(encoding="utf-8")
    text = text.replace("published: 2024-03-01", f"published: {published}")
    text = text.replace("summary: Dock workers at Port Example went on strike.", f"summary: {summary}")
    meta.write_text(text, encoding="utf-8")


def test_a_thread_reads_in_order_and_each_story_ends_with_what_happened_next(content: Path) -> None:
    aftermath_folder = add_story(content, "harbour-aftermath")
    follow(aftermath_folder, "harbour-strike")
    # Its own summary: one that says again what the story before says is not followed by its gist.
    meta = aftermath_folder / "dossier.yaml"
    summary = "summary: Dock workers at Port Example went on strike."
    meta.write_text(
        meta.read_text("utf-8").replace(summary, "summary: The port stayed shut for a week."), "utf-8"
    )
    # Published before the story it follows: the thread's order comes from `follows:`, not the dates.
    settlement = add_story(content, "harbour-settlement")
    follow(settlement, "harbour-aftermath")
    republish(settlement, "2024-02-01", "The strike ended on 4 March. Both sides signed the U.S. draft.")
    site = load_site(content).raise_for_problems(strict=True)
    # The story before comes first, whatever the slugs ("harbour-settlement" sorts before "-strike").
    middle = next(dossier for dossier in site.dossiers if dossier.slug == "harbour-aftermath")
    assert [(link.label, link.slug) for link in middle.thread] == [
        ("Previously", "harbour-strike"),
        ("Next", "harbour-settlement"),
    ]
    built = build_pages(site)
    pages = built.by_path()
    strike = pages["harbour-strike/index.md"].markdown
    aftermath = pages["harbour-aftermath/index.md"].markdown
    # The story before, and what happened there: a title alone told a newcomer little.
    assert (
        "**Previously:** [Harbour strike](../harbour-strike/index.md): Dock workers at Port Example went on strike."
        in aftermath
    )
    assert "**Where it began:** [Harbour strike]" in pages["harbour-settlement/index.md"].markdown
    assert "Next:" not in strike
    assert (
        "## What happened next\n\n**[Harbour aftermath](../harbour-aftermath/index.md)**: "
        "The port stayed shut for a week.\n"
    ) in strike
    # Only the first sentence of the next story's summary.
    assert (
        "**[Harbour settlement](../harbour-settlement/index.md)**: The strike ended on 4 March.\n"
        in aftermath
    )
    assert "What happened next" not in pages["harbour-settlement/index.md"].markdown
    # The hub shows the thread as one item, its stories oldest period first.
    hub = pages["index.md"].markdown
    assert hub.count("!!! explainer-card") == 1
    order = [
        hub.index("1. [Harbour strike](harbour-strike/index.md)"),
        hub.index("2. [Harbour aftermath](harbour-aftermath/index.md)"),
        hub.index("3. [Harbour settlement](harbour-settlement/index.md)"),
    ]
    assert order == sorted(order)
    (item,) = jsonld_of(built)["index.md"]["itemListElement"]
    assert item["item"]["@type"] == "CreativeWorkSeries"
    assert [part["name"] for part in item["item"]["hasPart"]] == [
        "Harbour strike",
        "Harbour aftermath",
        "Harbour settlement",
    ]


def test_the_hub_json_ld_describes_only_the_stories_its_page_shows(content: Path) -> None:
    for number in range(22):
        add_story(content, f"harbour-story-{number:02d}")
    built = build_pages(load_site(content).raise_for_problems(strict=True))
    first, second = jsonld_of(built)["index.md"], jsonld_of(built)["page/2.md"]
    assert len(first["itemListElement"]) == 20
    assert len(second["itemListElement"]) == 3
    shown = [item["item"]["url"] for item in first["itemListElement"]]
    assert all(f"({url}index.md)" in built.by_path()["index.md"].markdown for url in shown)
    assert {item["item"]["url"] for item in second["itemListElement"]} <= {
        f"../../harbour-story-{number:02d}/" for number in range(22)
    } | {"../../harbour-strike/"}


def test_follows_names_an_existing_other_dossier(content: Path) -> None:
    follow(add_story(content, "harbour-aftermath"), "harbour-strik")
    follow(content / "harbour-strike", "harbour-strike")
    assert lines(content) == [
        "content/harbour-aftermath/dossier.yaml:10:10: error[follows-unknown]: no dossier has the slug "
        "'harbour-strik' | did you mean 'harbour-strike'?",
        "content/harbour-strike/dossier.yaml:10:10: error[follows-unknown]: a dossier cannot follow itself | "
        "name the dossier whose story this one carries forward",
    ]


def test_the_people_index_lists_a_shared_actor_once_with_every_story(content: Path) -> None:
    add_story(content, "harbour-aftermath")
    pages = build_pages(load_site(content).raise_for_problems(strict=True))
    # The site's two pages of its own, after the stories: people, then figures across stories.
    assert [item.title for item in pages.nav[-2:]] == [
        "People, organisations and places",
        "Figures across stories",
    ]
    index = pages.by_path()["people.md"].markdown
    assert index.count("[Dock Union]") == 1
    # Under the two stories it is in, named once; its page there links the other.
    both = "In [Harbour aftermath](harbour-aftermath/index.md) and [Harbour strike](harbour-strike/index.md):"
    assert (
        f"{both}\n{{: .explainer-people-story }}\n\n"
        "- **[Dock Union](harbour-aftermath/actors/dock-union.md)**: The union that called the strike.\n"
    ) in index
    # Not shared: the two dossiers each hold their own record of two different actors.
    assert (
        "- **[Port Authority of harbour-aftermath](harbour-aftermath/actors/port-authority.md)**: Runs the port.\n"
        in index
    )
    assert "- **[Port Authority](harbour-strike/actors/port-authority.md)**: Runs the port.\n" in index


def redefine_port_authority(content: Path) -> None:
    """harbour-aftermath (published later) writes out harbour-strike's port authority again, under
    another id, with the first story's name as an alias."""
    actors = content / "harbour-aftermath" / "actors.yaml"
    actors.write_text(
        actors.read_text(encoding="utf-8")
        .replace(
            "name: Port Authority of harbour-aftermath",
            "name: Port Example Authority\n  aliases: [Port Authority]",
        )
        .replace("id: port-authority", "id: authority"),
        encoding="utf-8",
    )
    for name in ["claims.yaml", "relationships.yaml", "events.yaml", "numbers.yaml"]:
        path = content / "harbour-aftermath" / name
        path.write_text(path.read_text(encoding="utf-8").replace("port-authority", "authority"), "utf-8")
    meta = content / "harbour-aftermath" / "dossier.yaml"
    meta.write_text(
        meta.read_text(encoding="utf-8").replace("published: 2024-03-01", "published: 2024-04-01"), "utf-8"
    )


def test_an_actor_recorded_by_two_stories_is_a_warning_giving_the_shared_entry(content: Path) -> None:
    add_story(content, "harbour-aftermath")
    redefine_port_authority(content)
    assert lines(content) == [
        "content/harbour-aftermath/actors.yaml:2:7: warning[actor-duplicate]: actor 'authority' "
        "(Port Authority) is also recorded by the story 'harbour-strike' as 'port-authority': one actor, "
        "one record | if they are one actor, delete this record and add to shared-actors.yaml "
        "`- id: authority` / `actor: harbour-strike/port-authority` with this story's description and cite "
        "(other entries keep using the id); if not, tell them apart by name"
    ]


def test_validate_strict_fails_on_an_actor_recorded_by_two_stories(content: Path) -> None:
    add_story(content, "harbour-aftermath")
    redefine_port_authority(content)
    validate = subprocess.run(
        [sys.executable, "-m", "generator", "validate", "--strict"],
        capture_output=True,
        text=True,
        cwd=content.resolve().parent,
        timeout=60,
    )
    assert validate.returncode == 1
    assert "warning[actor-duplicate]" in validate.stdout and "0 errors, 1 warning" in validate.stdout


def test_the_people_index_never_lists_one_actor_twice(content: Path) -> None:
    add_story(content, "harbour-aftermath")
    redefine_port_authority(content)
    index = build_pages(load_site(content).raise_for_problems()).by_path()["people.md"].markdown
    assert index.count("Port") == 1, index
    # The stories in reading order (the strike was published first), the name linking its page there.
    both = "In [Harbour strike](harbour-strike/index.md) and [Harbour aftermath](harbour-aftermath/index.md):"
    assert (
        f"{both}\n{{: .explainer-people-story }}\n\n"
        "- **[Port Authority](harbour-strike/actors/port-authority.md)**: Runs the port.\n"
    ) in index


def test_a_lone_dossier_has_no_people_index(content: Path) -> None:
    pages = build_pages(load_site(content).raise_for_problems(strict=True))
    assert "people.md" not in pages.by_path()


def test_a_shared_actor_has_one_json_ld_id_and_its_wikidata_same_as(content: Path) -> None:
    actors = content / "harbour-strike" / "actors.yaml"
    actors.write_text(
        actors.read_text(encoding="utf-8").replace(
            "  kind: organisation\n", "  kind: organisation\n  wikidata: Q42\n"
        ),
        encoding="utf-8",
    )
    add_story(content, "harbour-aftermath")
    metadata = jsonld_of(build_pages(load_site(content).raise_for_problems(strict=True)))
    own = metadata["harbour-strike/actors/dock-union.md"]
    shared_page = metadata["harbour-aftermath/actors/dock-union.md"]
    listing = metadata["harbour-aftermath/actors/index.md"]["itemListElement"]
    # Served with directory URLs, each relative @id resolves to /harbour-strike/actors/dock-union/#actor.
    assert own["@id"] == "./#actor"
    assert shared_page["@id"] == "../../../harbour-strike/actors/dock-union/#actor"
    assert [i["item"]["@id"] for i in listing if i["item"]["name"] == "Dock Union"] == [
        "../../harbour-strike/actors/dock-union/#actor"
    ]
    assert own["sameAs"] == shared_page["sameAs"] == "https://www.wikidata.org/wiki/Q42"
    assert metadata["harbour-strike/actors/port-authority.md"]["@id"] == "./#actor"
    assert "sameAs" not in metadata["harbour-strike/actors/port-authority.md"]


def test_a_story_adds_its_own_aliases_and_native_names_to_a_shared_actor(content: Path) -> None:
    folder = add_story(content, "harbour-aftermath")
    entry = folder / "shared-actors.yaml"
    entry.write_text(
        entry.read_text(encoding="utf-8").replace(
            "  actor: harbour-strike/dock-union\n",
            "  actor: harbour-strike/dock-union\n"
            "  aliases: [dockers' union]\n"
            "  native_names:\n"
            "    - text: Havenbond\n"
            "      lang: nl\n",
        ),
        encoding="utf-8",
    )
    site = load_site(content).raise_for_problems(strict=True)
    aftermath, strike = site.dossiers
    union = aftermath.actor_by_id["dock-union"]
    assert union.aliases == ["dockers' union"]
    assert [(n.text, n.lang) for n in union.native_names] == [("Havenbond", "nl")]
    # The record itself, and the story it lives in, are unchanged.
    assert (
        strike.actor_by_id["dock-union"].aliases == [] and strike.actor_by_id["dock-union"].native_names == []
    )
    pages = build_pages(site).by_path()
    assert "Havenbond" in pages["harbour-aftermath/actors/dock-union.md"].markdown
    assert "Havenbond" not in pages["harbour-strike/actors/dock-union.md"].markdown


def test_a_name_the_record_already_gives_is_a_warning(content: Path) -> None:
    folder = add_story(content, "harbour-aftermath")
    entry = folder / "shared-actors.yaml"
    entry.write_text(
        entry.read_text(encoding="utf-8").replace(
            "  actor: harbour-strike/dock-union\n",
            "  actor: harbour-strike/dock-union\n  aliases: [dock union]\n",
        ),
        encoding="utf-8",
    )
    assert lines(content) == [
        "content/harbour-aftermath/shared-actors.yaml:2:10: warning[shared-name-known]: 'dock union' is "
        "already a name of harbour-strike/dock-union in its record | delete it here: a story adds only "
        "names its record does not give"
    ]


def test_the_later_story_is_warned_whatever_its_name(content: Path) -> None:
    # "aardvark-strike" sorts before "harbour-strike" but was published later: it is the one warned.
    add_story(content, "aardvark-strike")
    actors = content / "aardvark-strike" / "actors.yaml"
    actors.write_text(
        actors.read_text("utf-8").replace("name: Port Authority of aardvark-strike", "name: Port Authority"),
        "utf-8",
    )
    meta = content / "aardvark-strike" / "dossier.yaml"
    meta.write_text(
        meta.read_text("utf-8").replace("published: 2024-03-01", "published: 2024-05-01"), "utf-8"
    )
    warned = [(d.path, d.line, d.col, d.rule) for d in load_site(content).diagnostics]
    assert warned == [("content/aardvark-strike/actors.yaml", 2, 7, "actor-duplicate")]
    # Published first, it is the record; the other story is warned.
    meta.write_text(
        meta.read_text("utf-8").replace("published: 2024-05-01", "published: 2024-01-01"), "utf-8"
    )
    warned = [(d.path, d.line, d.col, d.rule, d.message) for d in load_site(content).diagnostics]
    assert warned == [
        (
            "content/harbour-strike/actors.yaml",
            9,
            7,
            "actor-duplicate",
            "actor 'port-authority' (Port Authority) is also recorded by the story 'aardvark-strike' as "
            "'port-authority': one actor, one record",
        )
    ]


def test_an_alias_in_small_letters_is_no_name_two_stories_share(content: Path) -> None:
    """Two stories' actors described alike ("the port authority", each of another port) are two
    actors: no warning, and the people index lists both."""
    add_story(content, "harbour-aftermath")
    for slug in ("harbour-strike", "harbour-aftermath"):
        actors = content / slug / "actors.yaml"
        name = "name: Port Authority\n" if slug == "harbour-strike" else f"name: Port Authority of {slug}\n"
        actors.write_text(
            actors.read_text("utf-8").replace(name, name + "  aliases: [the port authority]\n"), "utf-8"
        )
    result = load_site(content)
    assert result.diagnostics == ()
    index = build_pages(result.raise_for_problems()).by_path()["people.md"].markdown
    assert "Port Authority of harbour-aftermath" in index and "[Port Authority](" in index


def test_a_name_in_its_own_script_is_enough_to_match(content: Path) -> None:
    add_story(content, "harbour-aftermath")
    native = "  native_name: {text: 港务局, lang: zh}\n"
    for slug, name in (
        ("harbour-strike", "name: Port Authority\n"),
        ("harbour-aftermath", "name: Port Authority of harbour-aftermath\n"),
    ):
        actors = content / slug / "actors.yaml"
        actors.write_text(actors.read_text("utf-8").replace(name, name + native), "utf-8")
    meta = content / "harbour-aftermath" / "dossier.yaml"
    meta.write_text(
        meta.read_text("utf-8").replace("published: 2024-03-01", "published: 2024-04-01"), "utf-8"
    )
    found = [(d.path, d.rule, d.message) for d in load_site(content).diagnostics]
    assert found == [
        (
            "content/harbour-aftermath/actors.yaml",
            "actor-duplicate",
            "actor 'port-authority' (港务局) is also recorded by the story 'harbour-strike' as 'port-authority': "
            "one actor, one record",
        )
    ]


def test_a_record_in_a_folder_of_actor_files_is_placed_in_its_file(content: Path) -> None:
    add_story(content, "harbour-aftermath")
    redefine_port_authority(content)
    story = content / "harbour-aftermath"
    (story / "actors").mkdir()
    (story / "actors.yaml").rename(story / "actors" / "ports.yaml")
    found = [(d.path, d.line, d.col, d.rule) for d in load_site(content).diagnostics]
    assert found == [("content/harbour-aftermath/actors/ports.yaml", 2, 7, "actor-duplicate")]


def placed_with(
    content: Path, kept: duplicates.Placements | None, placed: list[str] | None = None
) -> list[str]:
    """The warnings on actors recorded twice, placed given ``kept`` (as `serve` keeps them between
    rebuilds) or from scratch; ``placed`` lists the stories placed by this check alone."""
    dossiers = load_site(content).raise_for_problems().dossiers
    if placed is not None:
        placed.clear()  # what loading placed
    return [
        f"{d.path}:{d.line}:{d.col}: {d.message}" for d in duplicates.duplicate_actors(dossiers, {}, kept)
    ]


def test_warnings_kept_between_rebuilds_follow_every_edit_that_changes_them(
    content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under `serve` each story's warnings are placed once and kept while what they read holds: a kept
    warning is always the one a fresh check gives (its story's own, on the line its actor is now on,
    naming the record and the name they share as they are now)."""
    add_story(content, "harbour-aftermath")
    redefine_port_authority(content)
    inquiry = add_story(content, "harbour-inquiry")
    actors = inquiry / "actors.yaml"
    actors.write_text(
        actors.read_text("utf-8").replace(
            "name: Port Authority of harbour-inquiry", "name: Port Authority\n  aliases: [Harbour Board]"
        ),
        "utf-8",
    )
    meta = inquiry / "dossier.yaml"
    meta.write_text(
        meta.read_text("utf-8").replace("published: 2024-03-01", "published: 2024-05-01"), "utf-8"
    )
    placed: list[str] = []
    real = duplicates._placed

    def counted(dossier: Any, *args: Any) -> Any:
        placed.append(dossier.slug)
        return real(dossier, *args)

    monkeypatch.setattr(duplicates, "_placed", counted)
    kept: duplicates.Placements = {}
    first = placed_with(content, kept, placed)
    assert [line.split(":")[0].split("/")[-2] for line in first] == ["harbour-aftermath", "harbour-inquiry"]
    assert "(Port Authority) is also recorded by the story 'harbour-strike' as 'port-authority'" in first[1]
    assert placed == ["harbour-aftermath", "harbour-inquiry"] and len(kept) == 2
    assert placed_with(content, kept, placed) == first and placed == []  # nothing placed again

    # A line above the repeated record: that story's warning moves down a line, the other stays.
    actors.write_text("# kept apart for now\n" + actors.read_text("utf-8"), "utf-8")
    moved = placed_with(content, kept, placed)
    assert placed == ["harbour-inquiry"]
    assert moved == placed_with(content, None) and moved != first
    # The record now goes by the later story's alias: the warning names the name they now share.
    record = content / "harbour-strike" / "actors.yaml"
    record.write_text(
        record.read_text("utf-8").replace("name: Port Authority", "name: Harbour Board"), "utf-8"
    )
    renamed = placed_with(content, kept)
    assert renamed == placed_with(content, None)
    assert (
        len(renamed) == 1 and "'port-authority' (Harbour Board) is also recorded by the story" in renamed[0]
    )


def test_a_repeated_record_is_named_by_its_path_as_a_contributor_types_it(content: Path) -> None:
    """Given the content folder by its absolute path, the warning still names the file relative to
    the working folder, as every other diagnostic does."""
    add_story(content, "harbour-aftermath")
    redefine_port_authority(content)
    found = [(d.path, d.line, d.col, d.rule) for d in load_site(content.resolve()).diagnostics]
    assert found == [("content/harbour-aftermath/actors.yaml", 2, 7, "actor-duplicate")]


def test_previewing_one_story_reads_only_it_and_the_stories_it_draws_on(content: Path) -> None:
    """`serve` on one story of a large repository (``load_story``): the story, the record its shared
    actor points at and the story it follows are read; the story's own problems are reported, not
    those of the stories it draws on, and no other story is read."""
    add_story(content, "harbour-aftermath")
    follow(content / "harbour-aftermath", "harbour-strike")
    broken = add_story(content, "harbour-unrelated")
    (broken / "dossier.yaml").write_text("title: [\n", encoding="utf-8")
    for slug in ("harbour-strike", "harbour-aftermath"):
        (content / slug / "notes.yml").write_text("- a note\n", encoding="utf-8")
    result = load_story(content, "harbour-aftermath")
    assert [d.slug for d in result.dossiers] == ["harbour-aftermath", "harbour-strike"]
    assert [(d.path, d.rule) for d in result.diagnostics] == [
        ("content/harbour-aftermath/notes.yml", "file-unknown")
    ]
    assert result.site is not None and [d.slug for d in result.site.dossiers] == [
        "harbour-aftermath",
        "harbour-strike",
    ]
    assert load_story(content, "harbour-unrelated").site is None


def test_a_shared_actor_of_an_unknown_story_says_what_to_name(content: Path) -> None:
    (content / "harbour-strike" / "shared-actors.yaml").write_text(
        shared("zzz/dock-union", "the-union"), encoding="utf-8"
    )
    assert lines(content) == [
        "content/harbour-strike/shared-actors.yaml:2:10: error[shared-unknown]: no dossier has the slug 'zzz' "
        "| name a dossier folder of this site"
    ]


def test_a_shared_actor_keeps_the_records_native_name_and_location(content: Path) -> None:
    """A story that adds a name in its own script to a record with one keeps both, as a list; the
    record's place (its location) comes with it."""
    record = content / "harbour-strike" / "actors.yaml"
    record.write_text(
        record.read_text(encoding="utf-8").replace(
            "  kind: organisation\n",
            "  kind: place\n  native_name: {text: 码头工会, lang: zh}\n  location:\n    latitude: 51.5\n"
            "    longitude: 4\n    cite:\n      - source: port-news\n        evidence: The union said\n",
            1,
        ),
        encoding="utf-8",
    )
    entry = add_story(content, "harbour-aftermath") / "shared-actors.yaml"
    entry.write_text(
        entry.read_text(encoding="utf-8").replace(
            "  actor: harbour-strike/dock-union\n",
            "  actor: harbour-strike/dock-union\n  native_names:\n    - text: Havenbond\n      lang: nl\n",
        ),
        encoding="utf-8",
    )
    aftermath, strike = load_site(content).raise_for_problems().dossiers
    union = aftermath.actor_by_id["dock-union"]
    assert union.native_name is None
    assert [(n.text, n.lang) for n in union.native_names] == [("码头工会", "zh"), ("Havenbond", "nl")]
    location = strike.actor_by_id["dock-union"].location
    assert location is not None and union.location == location
