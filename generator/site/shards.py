"""A build split across machines: each shard writes the pages of a share of the stories, and a merge
assembles the site, checks the links between shards and indexes it for search.

A shard (``EXPLAINER_SHARD=i/N`` for `mkdocs build`, or `explainer shard i/N`) loads every story and
knows every page, so its pages' links, menus and sitemap are those of a single build; it makes,
converts and writes only the pages of its own stories (shard 1 also the site-wide and hand-written
pages; of the other stories it knows their outline, ``pages.outline_part``), and leaves the search
index to the merge. What it cannot check, the anchors its pages link to in other
shards' pages, it lists in a manifest with the anchors of its own pages. `explainer merge` puts the
shards' folders together (a file that two shards wrote must be the same), checks every such link,
and runs Pagefind over the whole site as a single build does: the merged site is byte for byte the
site one build makes.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator.errors import OutputError, UsageError
from generator.site import search

SHARD_VARIABLE = "EXPLAINER_SHARD"
# Written by each shard at the top of its folder; the merge reads and removes it.
MANIFEST = ".explainer-shard.json"
# The template a shard lays out the pages of other shards with: it writes nothing.
SKIPPED_TEMPLATE = "explainer-skipped.html"
TEMPLATES = Path(__file__).parent / "templates" / "shard"


@dataclass(frozen=True)
class Shard:
    """Shard ``index`` (from 1) of ``count``."""

    index: int
    count: int

    @classmethod
    def parse(cls, text: str) -> Shard:
        found = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
        if not found or not 1 <= int(found.group(1)) <= int(found.group(2)):
            raise UsageError(f"a shard is written i/N with 1 <= i <= N, such as 2/4, not {text!r}")
        return cls(int(found.group(1)), int(found.group(2)))

    def owns(self, story: str | None, stories: Sequence[str]) -> bool:
        """Whether this shard writes the pages of ``story`` (None: a page of no story, shard 1's);
        stories are dealt out in turn in the order of their slugs."""
        if story is None or story not in stories:
            return self.index == 1
        return story in self.share(stories)

    def share(self, stories: Sequence[str]) -> frozenset[str]:
        """The stories this shard writes: every ``count``-th in the order of their slugs."""
        return frozenset(sorted(stories)[self.index - 1 :: self.count])


def shard_asked_for(configured: str | None, environ: dict[str, str] | None = None) -> Shard | None:
    value = configured or (os.environ if environ is None else environ).get(SHARD_VARIABLE) or None
    return None if value is None else Shard.parse(value)


@dataclass
class Manifest:
    """What a shard tells the merge: the anchors of its pages, and the anchors its pages link to in
    other shards' pages (page -> target page -> anchor -> the link as written)."""

    shard: Shard
    stories: list[str]
    stories_per_index: int
    pagefind: bool
    anchors: dict[str, list[str]] = field(default_factory=dict)
    links: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)

    def write(self, site: Path) -> None:
        data = {
            "shard": [self.shard.index, self.shard.count],
            "stories": self.stories,
            "stories_per_index": self.stories_per_index,
            "pagefind": self.pagefind,
            "anchors": {path: sorted(found) for path, found in sorted(self.anchors.items())},
            "links": self.links,
        }
        (site / MANIFEST).write_text(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n", "utf-8")

    @classmethod
    def read(cls, site: Path) -> Manifest:
        try:
            data = json.loads((site / MANIFEST).read_text("utf-8"))
        except (OSError, ValueError):
            raise OutputError(f"{site} is not a shard's folder: it has no readable {MANIFEST}") from None
        return cls(
            Shard(*data["shard"]),
            data["stories"],
            data["stories_per_index"],
            data["pagefind"],
            data["anchors"],
            data["links"],
        )


def merge(shards: Sequence[Path], out: Path) -> list[str]:
    """Assembles the shards' folders into ``out`` (replaced whole once everything succeeded) and
    returns every broken link between shards, as MkDocs words it; with any, ``out`` is not written."""
    manifests = [Manifest.read(folder) for folder in shards]
    _check_complete(manifests)
    broken = _broken_links(manifests)
    if broken:
        return broken
    out = Path(os.path.abspath(out))
    out.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{out.name}.merge-", dir=out.parent))
    try:
        for folder in shards:
            _copy_into(folder, fresh)
        (fresh / MANIFEST).unlink()
        first = manifests[0]
        if first.pagefind:
            search.index_site(fresh, first.stories, first.stories_per_index)
        if out.exists():
            shutil.rmtree(out)
        fresh.rename(out)
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    return []


def _check_complete(manifests: Sequence[Manifest]) -> None:
    count = manifests[0].shard.count
    indexes = sorted(manifest.shard.index for manifest in manifests)
    if indexes != list(range(1, count + 1)) or any(m.shard.count != count for m in manifests):
        raise UsageError(f"the merge needs each of shards 1/{count} to {count}/{count} once; given {indexes}")


def _broken_links(manifests: Sequence[Manifest]) -> list[str]:
    anchors = {path: set(found) for manifest in manifests for path, found in manifest.anchors.items()}
    broken = []
    for manifest in manifests:
        for page, targets in sorted(manifest.links.items()):
            for target, links in sorted(targets.items()):
                for anchor, written in links.items():
                    if target in anchors and anchor not in anchors[target]:
                        broken.append(
                            f"Doc file '{page}' contains a link '{written}', but the doc '{target}' "
                            f"does not contain an anchor '#{anchor}'."
                        )
    return broken


def _copy_into(folder: Path, target: Path) -> None:
    """Copies ``folder`` into ``target``; a file already there must be the same (shards write the
    assets, downloads and sitemap alike)."""
    for source in sorted(folder.rglob("*")):
        if source.is_dir():
            continue
        path = target / source.relative_to(folder)
        if path.exists():
            if path.name != MANIFEST and path.read_bytes() != source.read_bytes():
                raise OutputError(
                    f"the shards differ on {source.relative_to(folder)}: built from different content?"
                )
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, path)
