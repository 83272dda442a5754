"""The flood fixture with events, one of them still to come when reported, for the tests of a
story's first screen on a topic other than the shipped one."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.checking.loader import load_site
from generator.site.pages import build_pages

DOSSIERS = Path(__file__).parent / "fixtures" / "dossiers"
FLOOD = "glacier-lake-flood"


# Three invented events for the flood: two the report tells, and one it gives as still to come.
EVENTS = """\
- id: lake-burst
  date: "2024-01-09"
  title: The glacial lake bursts its moraine
  actors: [glacial-lake]
  cite:
    - source: valley-news
      evidence: A glacial lake above the valley burst its moraine on Tuesday
- id: people-leave
  date: "2024-01-12"
  title: Nine hundred people have left the valley
  cite:
    - source: valley-news
      evidence: by Friday 900 had left
- id: drain-second-lake
  date: "2024-03"
  title: Engineers are to start draining the second lake
  cite:
    - source: valley-news
      evidence: Engineers are due to start draining the second lake in March
"""


def built(folder: Path) -> dict[str, str]:
    site = load_site(folder).raise_for_problems()
    return {page.path: page.markdown for page in build_pages(site).pages}


def first_screen(overview: str) -> str:
    """What the overview says before its first section."""
    return overview.split("\n## ", 1)[0]


def flood_with(tmp_path: Path, report: str = "", *, slug: str = FLOOD, **appended: str) -> Path:
    """The flood fixture copied into ``tmp_path``/content as ``slug``, ``report`` added to the end of
    its source text and each of ``appended`` (a file's stem: YAML text, such as ``numbers=``) to the
    end of that file; the content folder, to change further or build. A second call with another
    ``slug`` adds a second story to the same folder."""
    folder = tmp_path / "content"
    story = folder / slug
    shutil.copytree(DOSSIERS / FLOOD, story)
    if slug != FLOOD:
        meta = story / "dossier.yaml"
        meta.write_text(meta.read_text("utf-8").replace(f"slug: {FLOOD}", f"slug: {slug}"), "utf-8")
    texts = {"source.txt": report} | {f"{stem}.yaml": text for stem, text in appended.items()}
    for name, text in texts.items():
        path = story / name
        path.write_text(path.read_text("utf-8") + text, "utf-8")
    return folder


def flood_with_events(tmp_path: Path, **meta: str) -> dict[str, str]:
    """The flood story with events (one still to come when reported) and ``meta`` set in its
    dossier.yaml, built."""
    return built(flood_content(tmp_path, **meta))


def flood_content(tmp_path: Path, **meta: str) -> Path:
    """The content folder of ``flood_with_events``, to change further before it is built."""
    folder = flood_with(tmp_path, "Engineers are due to start draining the second lake in March.\n")
    story = folder / FLOOD
    (story / "events.yaml").write_text(EVENTS, "utf-8")
    dossier = story / "dossier.yaml"
    lines = [line for line in dossier.read_text("utf-8").splitlines() if line.split(":", 1)[0] not in meta]
    dossier.write_text(
        "\n".join([*lines, *(f"{key}: {value}" for key, value in meta.items())]) + "\n", "utf-8"
    )
    return folder
