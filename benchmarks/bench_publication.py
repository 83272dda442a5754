"""Benchmark: a publication of N stories, each of the shipped dossiers' size and shape.

    .venv/bin/python benchmarks/bench_publication.py [--sizes 1 10 100 1000] [--serve-max 100]
                                                     [--stories thread|first]

For each N, a project holds N stories and the shipped ``mkdocs.yml`` and ``docs/``. With ``--stories
thread`` (the default) they are copies of the shipped thread, a story and its follow-up
(``content/myanmar-scam-handover``, then ``content/the-fall-of-laukkai``, whose shared actors point
at the copy of the first story it follows); with ``--stories first``, copies of the first story
alone. The first copy of each keeps its slug, so the hand-written pages' links hold; the others get
their own slug, date, names, places and tags, so pages and search are realistic. Each copy of the
thread has a cast of its own: every actor it records is a record of its own, as in a publication
whose stories are about different people (one word of each name, alias and native name carries a
mark of that copy, in every file, snapshots included, so evidence still matches), and the copy
passes ``validate`` with no warning. It prints:

* the CPU seconds (user + system) and peak resident memory of one ``mkdocs build --strict``;
* the pages and bytes of the built site, per story too;
* the bytes a reader downloads for a first search: Material's worker, its one index and, when a
  Pagefind index was built, what a one-word Pagefind search fetches (its script, entry, WebAssembly,
  metadata, the largest index chunk and five result fragments), as worked out from the files, and
  as a browser measures it (Chromium through Playwright: the bytes fetched from opening the search
  box on the home page to the first query's results shown);
* the largest page: its HTML, and its cold load in a browser (every byte a fresh Chromium fetches
  to show it), of the three largest HTML pages the heaviest; the site's limit is 600 KB;
* the seconds from writing one word into a story's file to ``mkdocs serve`` serving it: for the whole
  publication, and with ``EXPLAINER_ONLY`` naming the story being worked on (up to ``--serve-max``).

With ``--serve-only`` it measures only the live preview of the whole publication, ``--repeat`` times
(a new server each time), as ``make serve`` runs it (``serve --dirty``) unless ``--no-dirty``: wall
seconds, the server's CPU seconds and the load average before and after. With ``--keep`` the project
made there (and the caches a first server fills) is used again.

Prints a Markdown table for docs/performance.md. Not a test: numbers, never a pass or fail.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "content" / "myanmar-scam-handover"
# The shipped thread in reading order: each story after the first shares actors with the first.
THREAD = (SHIPPED, ROOT / "content" / "the-fall-of-laukkai")
from bench_all import run_child  # noqa: E402  (the benchmarks folder is on sys.path when run)
from weighing import largest_pages, weigh  # noqa: E402

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONWARNINGS": "ignore"}
# The first search a reader makes: a word every copy of the stories holds.
SEARCH_QUERY = "police"

# Each copy swaps these words (and the Chinese surname) everywhere in its files, so stories differ.
SURNAMES = [
    "Ming",
    "Zhao",
    "Qian",
    "Sun",
    "Wu",
    "Zheng",
    "Wang",
    "Feng",
    "Chen",
    "Chu",
    "Wei",
    "Jiang",
    "Shen",
    "Han",
    "Yang",
    "Zhu",
    "Qin",
    "You",
    "Xu",
    "He",
]
HANZI = "明赵钱孙吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何"
REGIONS = [
    "Kokang",
    "Wa",
    "Mong",
    "La",
    "Tachileik",
    "Laukkai",
    "Hpakant",
    "Myawaddy",
    "Lashio",
    "Muse",
    "Chinshwehaw",
]
COUNTRIES = [
    "Myanmar",
    "Laos",
    "Cambodia",
    "Thailand",
    "Vietnam",
    "Malaysia",
    "Indonesia",
    "Philippines",
    "Nepal",
    "Bhutan",
]
TOPICS = ["fraud", "crime", "borders", "policing", "conflict", "migration", "finance", "courts"]
# The mark of a copy of the thread: one syllable per base-65 digit of its number (the first copy has
# none), so no two copies spell a name alike and the words stay pronounceable.
SYLLABLES = [consonant + vowel for consonant in "bdgklmnprstvz" for vowel in "aeiou"]
# A word of a name, as marked everywhere: letters not inside an id, a path or an address (a hyphen,
# slash or dot before it, a hyphen or slash after it), so ids, slugs and URLs keep theirs.
NAME_WORD = r"(?<![\w/.-]){}(?![\w/-])"


@dataclass(frozen=True)
class Row:
    stories: int
    pages: int
    cpu: float
    wall: float
    rss_mb: float
    site_bytes: int
    material_search_bytes: int
    pagefind_search_bytes: int | None
    serve_all: tuple[float, float] | None
    serve_one: tuple[float, float] | None
    # The heaviest of the largest pages: its path, its HTML and its cold load in a browser.
    largest: str = ""
    largest_html: int = 0
    largest_cold: int | None = None
    search_browser: int | None = None


def slug_of(stories: tuple[Path, ...], index: int) -> str:
    """Story ``index``'s slug: a copy of ``stories[index % len(stories)]``, the first copy keeping its
    shipped slug."""
    return stories[index].name if index < len(stories) else f"story-{index:04d}"


def copy_story(target: Path, index: int, stories: tuple[Path, ...] = (SHIPPED,)) -> str:
    """Copy story ``index`` of a publication made of copies of ``stories`` (a thread: each story after
    the first refers to the first's actors); returns its slug. The stories of one copy of the thread
    get the same swapped names, so what they share still matches."""
    shipped = stories[index % len(stories)]
    slug = slug_of(stories, index)
    thread = index // len(stories)
    swaps = {}
    if thread:
        swaps = {
            "Ming": SURNAMES[thread % len(SURNAMES)],
            "明": HANZI[thread % len(HANZI)],
            "Kokang": REGIONS[(thread // len(SURNAMES)) % len(REGIONS)],
            "Myanmar": COUNTRIES[(thread // 7) % len(COUNTRIES)],
        }
    first = slug_of(stories, index - index % len(stories))
    if first != stories[0].name:
        swaps[f"{stories[0].name}/"] = f"{first}/"
    mark = _cast_marker(stories, thread)
    # Newest thread first; within a thread, each story a day after the one it follows.
    published = dt.date(2026, 11, 29) - dt.timedelta(days=thread * len(stories) - index % len(stories))
    for source in sorted(shipped.rglob("*")):
        path = target / source.relative_to(shipped)
        if source.is_dir():
            path.mkdir(parents=True, exist_ok=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        text = source.read_text("utf-8")
        # A snapshot outside the dossier is copied into it, so the copy stands alone.
        for match in re.finditer(r"^(\s*snapshot: )(.+)$", text, flags=re.M):
            outside = (shipped / match.group(2).strip()).resolve()
            if outside.is_file():
                stored = outside.read_text("utf-8")
                copied = _with_characters(_swapped(mark(stored), swaps), stored)
                (target / outside.name).write_text(copied, "utf-8")
                text = text.replace(match.group(0), f"{match.group(1)}{outside.name}")
        swapped = _swapped(mark(text), swaps)
        text = _with_characters(swapped, text) if source.parent.name == "snapshots" else swapped
        if source.name == "dossier.yaml":
            text = re.sub(r"^slug: .*$", f"slug: {slug}", text, flags=re.M)
            # Only the day it came out moves: its last review stays after the day its events were
            # checked to, however far back a copy is dated (else `currency-unreviewed` at 1,000).
            text = re.sub(r"^published: .*$", f"published: {published}", text, flags=re.M)
            # A follow-up follows its own thread's first story, not the shipped one.
            text = re.sub(r"^follows: .*$", f"follows: {first}", text, flags=re.M)
            if thread and "\ntags:" not in text and _meta_has("tags"):
                tags = sorted({TOPICS[index % len(TOPICS)], TOPICS[(index // 3) % len(TOPICS)]})
                text += f"tags: [{', '.join(tags)}]\n"
            if thread and "\nplace:" not in text and _meta_has("place"):
                text += f"place: {swaps['Kokang']}, {swaps['Myanmar']}\n"
        path.write_text(text, "utf-8")
    return slug


def thread_mark(thread: int) -> str:
    """What copy ``thread`` of the stories adds to a word of each of its actors' names ("" for the
    first): base-65 digits as syllables, least significant first, so each copy's is its own."""
    mark = ""
    while thread:
        thread, digit = divmod(thread, len(SYLLABLES))
        mark += SYLLABLES[digit]
    return mark


@functools.cache
def cast_words(stories: tuple[Path, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The words that tell the actors the stories record apart from those of another copy: a word in
    Latin letters (as ``NAME_WORD`` finds it) of each name, alias and native name, or, with none, the
    whole name (Chinese names, written without spaces). Few words, to change little of the text:
    names of fewer words first, each taking a word already taken or else its longest. Returned as
    (words, names)."""
    spelled: set[str] = set()
    for story in stories:
        for path in sorted(story.glob("actors*.yaml")):
            for actor in yaml.safe_load(path.read_text("utf-8")) or []:
                natives = [actor.get("native_name"), *actor.get("native_names", [])]
                spelled.update([actor["name"], *actor.get("aliases", [])])
                spelled.update(native["text"] for native in natives if native)
    latin = {name: re.findall(NAME_WORD.format("[A-Za-z]+"), name) for name in spelled}
    words: set[str] = set()
    for name in sorted(spelled, key=lambda name: (len(latin[name]), name)):
        if latin[name] and not words.intersection(latin[name]):
            words.add(max(latin[name], key=len))
    return frozenset(words), frozenset(name for name in spelled if not latin[name])


def _cast_marker(stories: tuple[Path, ...], thread: int) -> Callable[[str], str]:
    """Marks the words of ``cast_words`` in a text of copy ``thread`` (each at once, longest first)."""
    suffix = thread_mark(thread)
    if not suffix:
        return lambda text: text
    words, names = cast_words(stories)
    by_length = sorted(words, key=lambda word: (-len(word), word))
    latin = re.compile(NAME_WORD.format(f"(?:{'|'.join(map(re.escape, by_length))})"))
    whole = re.compile("|".join(map(re.escape, sorted(names, key=lambda name: (-len(name), name)))))

    def marked(text: str) -> str:
        text = latin.sub(lambda m: m.group() + suffix, text)
        return whole.sub(lambda m: m.group() + suffix, text) if names else text

    return marked


def _swapped(text: str, swaps: dict[str, str]) -> str:
    for old, new in swaps.items():
        text = text.replace(old, new)
    return text


def _with_characters(snapshot: str, stored: str) -> str:
    """A longer name makes the passages longer: the whole text they came from grows as much."""
    grown = max(0, len(snapshot.partition("\npassages:")[2]) - len(stored.partition("\npassages:")[2]))
    return re.sub(
        r"^characters: (\d+)$", lambda m: f"characters: {int(m.group(1)) + grown}", snapshot, flags=re.M
    )


def _meta_has(name: str) -> bool:
    from generator.format.model import Meta

    return name in Meta.model_fields


def make_project(folder: Path, stories: int, shipped: tuple[Path, ...] = THREAD) -> Path:
    (folder / "content").mkdir(parents=True)
    for index in range(stories):
        copy_story(folder / "content" / slug_of(shipped, index), index, shipped)
    shutil.copytree(ROOT / "docs", folder / "docs")
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    return folder


def build(project: Path) -> tuple[float, float, float]:
    """CPU seconds, wall seconds and peak memory (MB) of `mkdocs build --strict`, which must succeed.
    Not ``--quiet``: MkDocs drops the warnings it does not show before strict mode counts them (the
    output is kept from the terminal all the same, and shown if the build fails)."""
    child = run_child([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "site"], project)
    return child.cpu, child.wall, child.rss_mb


def material_search_bytes(site: Path) -> int:
    """Material downloads its search worker and the whole index on the first search."""
    index = site / "search" / "search_index.json"
    workers = list((site / "assets" / "javascripts" / "workers").glob("search.*.js"))
    if not index.is_file():
        return 0
    return index.stat().st_size + sum(worker.stat().st_size for worker in workers)


def pagefind_search_bytes(site: Path) -> int | None:
    """What a first one-word Pagefind search fetches: the search box's UI (script and styles), the
    Pagefind loader, its web worker (which Chromium's count through Playwright leaves out: 41 KB), its
    WebAssembly and the list of the index's parts; then from each part (the main one and those in
    ``parts.json``) its entry and metadata and the largest index chunk a word can need; and five
    result fragments (the five largest, to be safe). The parts merged into the main
    one use its WebAssembly (Pagefind's ``mergeIndex`` loads it once; until 2026-12-04 this counted
    it again for each part, about 72 KB a part too many)."""
    folder = site / "pagefind"
    if not folder.is_dir():
        return None
    fixed = [
        folder / name
        for name in (
            "pagefind-ui.js",
            "pagefind-ui.css",
            "pagefind.js",
            "pagefind-worker.js",
            "parts.json",
            "wasm.en.pagefind",
        )
    ]
    parts_file = folder / "parts.json"
    parts = (
        [folder / part for part in json.loads(parts_file.read_text("utf-8"))] if parts_file.is_file() else []
    )
    loader = sum(path.stat().st_size for path in fixed if path.is_file())
    fragments: list[int] = []
    for bundle in (folder, *parts):
        each = [bundle / "pagefind-entry.json", *bundle.glob("pagefind.en_*.pf_meta")]
        chunks = [path.stat().st_size for path in (bundle / "index").glob("*.pf_index")]
        loader += sum(path.stat().st_size for path in each if path.is_file()) + max(chunks, default=0)
        fragments += [path.stat().st_size for path in (bundle / "fragment").glob("*.pf_fragment")]
    return loader + sum(sorted(fragments)[-5:])


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) a running process has used so far (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def settled(pid: int, timeout: float) -> None:
    """Until the process has started no other (Pagefind) and used under 0.2 s of CPU in 2 s: under
    `serve` the search index is made in the background once a build's pages are written."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        before = cpu_seconds(pid)
        time.sleep(2)
        if not _children(pid) and cpu_seconds(pid) - before < 0.2:
            return


def _children(pid: int) -> list[int]:
    """The processes ``pid`` started that are still running (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if parent == pid:
            found.append(int(entry.name))
    return found


def serve_latency(
    project: Path, slug: str, only: bool, timeout: float, *, dirty: bool = False
) -> tuple[float, float] | None:
    """Seconds from writing a new word into the story's glossary to the served page showing it, and
    the CPU seconds the server spent meanwhile (which a busy shared machine does not inflate).
    ``dirty``: `serve --dirty` (as `make serve` runs it), which writes again only changed pages."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/{slug}/glossary/"
    env = {**ENV, "EXPLAINER_ONLY": slug} if only else ENV
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "serve",
        *(["--dirty"] if dirty else []),
        "--dev-addr",
        f"127.0.0.1:{port}",
    ]
    glossary = project / "content" / slug / "glossary.yaml"
    original = glossary.read_text("utf-8")
    server = subprocess.Popen(
        command, cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + timeout
        while "</html>" not in fetch(url):
            if time.monotonic() > deadline or server.poll() is not None:
                return None
            time.sleep(0.5)
        settled(server.pid, timeout)  # the first build's search index is made after its pages show
        word = f"zebrafinch{port}"
        cpu = cpu_seconds(server.pid)
        start = time.perf_counter()
        glossary.write_text(original.replace("definition: ", f"definition: {word} ", 1), "utf-8")
        while word not in fetch(url):
            if time.perf_counter() - start > timeout:
                return None
            time.sleep(0.1)
        return time.perf_counter() - start, cpu_seconds(server.pid) - cpu
    finally:
        server.terminate()
        server.wait(timeout=60)
        glossary.write_text(original, "utf-8")


def measure(
    folder: Path,
    stories: int,
    serve_max: int,
    serve_timeout: float,
    keep: bool = False,
    shipped: tuple[Path, ...] = THREAD,
) -> Row:
    project = make_project(folder / f"pub-{stories}", stories, shipped)
    cpu, wall, rss = build(project)
    site = project / "site"
    serving = stories <= serve_max
    files = [path for path in site.rglob("*") if path.is_file()]
    weighed, search = weigh(site, largest_pages(site), SEARCH_QUERY)
    heaviest = max(weighed, key=lambda page: (page.cold or 0, page.html))
    row = Row(
        stories=stories,
        pages=sum(1 for path in files if path.name == "index.html"),
        cpu=cpu,
        wall=wall,
        rss_mb=rss,
        site_bytes=sum(path.stat().st_size for path in files),
        material_search_bytes=material_search_bytes(site),
        pagefind_search_bytes=pagefind_search_bytes(site),
        serve_all=serve_latency(project, SHIPPED.name, False, serve_timeout) if serving else None,
        serve_one=serve_latency(project, SHIPPED.name, True, serve_timeout) if serving else None,
        largest=heaviest.path or "/",
        largest_html=heaviest.html,
        largest_cold=heaviest.cold,
        search_browser=search,
    )
    if not keep:
        shutil.rmtree(project)
    return row


def _mb(size: int | None) -> str:
    return "–" if size is None else f"{size / 1e6:,.2f} MB"


def _kb(size: int | None) -> str:
    return "–" if size is None else f"{size / 1024:,.0f} KB"


def _s(seconds: tuple[float, float] | None) -> str:
    return "–" if seconds is None else f"{seconds[0]:.1f} s ({seconds[1]:.1f} s CPU)"


def table(rows: list[Row]) -> str:
    lines = [
        "| Stories | Pages | CPU | CPU per story | Peak memory | Site | Site per story "
        "| First search (Material) | First search (Pagefind) | First search (browser) "
        "| Largest page | its HTML | its cold load | Edit to visible: all | one story |",
        "|" + " ---: |" * 10 + " --- |" + " ---: |" * 4,
    ]
    for r in rows:
        lines.append(
            f"| {r.stories:,} | {r.pages:,} | {r.cpu:,.1f} s | {r.cpu / r.stories:.2f} s "
            f"| {r.rss_mb:,.0f} MB "
            f"| {_mb(r.site_bytes)} | {_mb(r.site_bytes // r.stories)} | {_mb(r.material_search_bytes)} "
            f"| {_mb(r.pagefind_search_bytes)} | {_mb(r.search_browser)} | `{r.largest}` "
            f"| {_kb(r.largest_html)} | {_kb(r.largest_cold)} | {_s(r.serve_all)} | {_s(r.serve_one)} |"
        )
    return "\n".join(lines)


def serve_only(folder: Path, stories: int, repeat: int, dirty: bool, timeout: float) -> None:
    """The live preview of the whole publication alone (see the module), a line per server."""
    project = folder / f"pub-{stories}"
    if not (project / "content").is_dir():
        make_project(project, stories)
    for _ in range(repeat):
        before = os.getloadavg()[0]
        seconds = serve_latency(project, SHIPPED.name, False, timeout, dirty=dirty)
        print(
            f"| {stories:,} | `mkdocs serve{' --dirty' if dirty else ''}` | {_s(seconds)} "
            f"| load {before:.1f} to {os.getloadavg()[0]:.1f} |",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100, 1000])
    parser.add_argument("--serve-max", type=int, default=100, help="measure `mkdocs serve` up to this many")
    parser.add_argument("--serve-timeout", type=float, default=600, help="give up on serve after seconds")
    parser.add_argument("--keep", type=Path, help="build in this folder (kept) instead of a temporary one")
    parser.add_argument(
        "--stories",
        choices=["thread", "first"],
        default="thread",
        help="copy the shipped thread (a story and its follow-up) or its first story alone",
    )
    parser.add_argument("--serve-only", action="store_true", help="measure only the preview of every story")
    parser.add_argument("--repeat", type=int, default=1, help="with --serve-only: servers started in turn")
    parser.add_argument("--no-dirty", action="store_true", help="with --serve-only: no --dirty")
    args = parser.parse_args()
    if args.serve_only:
        with tempfile.TemporaryDirectory(prefix="bench-publication-") as temp:
            folder, dirty = args.keep or Path(temp), not args.no_dirty
            for stories in sorted(args.sizes):
                serve_only(folder, stories, args.repeat, dirty, args.serve_timeout)
        return
    shipped = THREAD if args.stories == "thread" else (SHIPPED,)
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-publication-") as temp:
        folder = args.keep or Path(temp)
        for stories in sorted(args.sizes):
            row = measure(folder, stories, args.serve_max, args.serve_timeout, args.keep is not None, shipped)
            rows.append(row)
            print(table([row]).splitlines()[-1], flush=True)
    print()
    print(table(rows))


if __name__ == "__main__":
    main()
