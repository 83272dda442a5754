"""Benchmark: what reuse, worker processes and shards save on a publication of N stories.

    .venv/bin/python benchmarks/bench_incremental.py [--sizes 10 100] [--workers 1 2] [--shards 2]

Each publication is made as ``bench_publication.py`` makes it (copies of the shipped thread). For each
N it prints, for a `mkdocs build --strict` run as a child process:

* clean: no reuse (EXPLAINER_REUSE=0), with each number of worker processes asked for: CPU seconds
  (the build and its workers and Pagefind), wall seconds, and the peak memory of the whole process
  tree (sampled every 0.1 s: the sum of the proportional set sizes of the build and its workers,
  each page they share counted once in all);
* cold and warm: a build that fills the cache, then one after writing one word into one story's
  glossary; the warm build's CPU as a share of the cold one's;
* with ``--shards K``: each shard's build (``EXPLAINER_SHARD=i/K``), then the merge, and whether the
  merged site is byte-identical to the single build.

Wall time is only meaningful on a quiet machine; the load average is printed with each row. Prints a
Markdown table for docs/performance.md. Not a test: numbers, never a pass or fail.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_publication import SHIPPED, make_project, serve_latency

BASE_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONWARNINGS": "ignore"}


@dataclass(frozen=True)
class Run:
    cpu: float
    wall: float
    peak_mb: float


def _tree_rss_kb(root: int) -> int:
    """The resident memory of ``root`` and every process descending from it (Linux /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            status = (entry / "status").read_text()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        rss[int(entry.name)] = _proportional_kb(entry) or next(
            (int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0
        )
    return sum(rss.get(pid, 0) for pid in descendants(root, parents))


def descendants(root: int, parents: dict[int, int]) -> set[int]:
    """``root`` and every process descending from it, by each process's parent."""
    tree = {root}
    grew = True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    return tree


def _proportional_kb(entry: Path) -> int:
    """A process's proportional set size (Linux 4.14+): its resident pages, each page it shares with
    other processes counted as its share. Forked workers share most of the build's pages, which a
    sum of resident sizes would count once for each of them. 0 where it cannot be read."""
    try:
        rollup = (entry / "smaps_rollup").read_text()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:")), 0)


def run(command: list[str], cwd: Path, env: dict[str, str]) -> Run:
    """CPU (the process and all it waited for), wall, and peak memory of its process tree."""
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(child.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    assert child.stdout is not None
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{output.decode('utf-8', 'replace')}")
    return Run(usage.ru_utime + usage.ru_stime, wall, peak / 1024)


def build(project: Path, site: str, **env: str) -> Run:
    # Not --quiet: MkDocs drops the warnings it does not show before strict mode counts them (``run``
    # keeps the output from the terminal, and shows it if the build fails).
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", site]
    return run(command, project, {**BASE_ENV, **env})


def files(site: Path) -> dict[str, bytes]:
    return {
        path.relative_to(site).as_posix(): path.read_bytes() for path in site.rglob("*") if path.is_file()
    }


def one_word(project: Path, *, undo: bool = False) -> None:
    """One word written into the first story's glossary (or, ``undo``, taken out again)."""
    glossary = project / "content" / SHIPPED.name / "glossary.yaml"
    plain, edited = "definition: ", "definition: zebrafinch "
    before, after = (edited, plain) if undo else (plain, edited)
    glossary.write_text(glossary.read_text("utf-8").replace(before, after, 1), "utf-8")


def load() -> str:
    return f"{os.getloadavg()[0]:.1f}"


def measure_serve(project: Path, stories: int) -> list[str]:
    """Seconds from a one-word edit to `mkdocs serve` (and `serve --dirty`, as `make serve` runs it)
    showing it, the whole publication served (its cache filled by the builds before), and the
    server's CPU meanwhile."""
    rows = []
    for dirty in (False, True):
        seconds = serve_latency(project, SHIPPED.name, False, 600, dirty=dirty)
        shown = "–" if seconds is None else f"{seconds[0]:.1f} s ({seconds[1]:.1f} s CPU)"
        how = "serve --dirty" if dirty else "serve"
        rows.append(
            f"| {stories:,} | {how}, one word changed, edit to visible | | {shown} | | load {load()} |"
        )
    return rows


def measure(project: Path, workers: list[int], shards: int) -> list[str]:
    stories = sum(1 for path in (project / "content").iterdir() if path.is_dir())
    rows = []
    clean: dict[int, Run] = {}
    for count in workers:
        shutil.rmtree(project / f"clean-{count}", ignore_errors=True)
        clean[count] = build(project, f"clean-{count}", EXPLAINER_REUSE="0", EXPLAINER_WORKERS=str(count))
        rows.append(
            f"| {stories:,} | clean, {count} worker{'s' if count > 1 else ''} | {clean[count].cpu:,.1f} s "
            f"| {clean[count].wall:,.1f} s | {clean[count].peak_mb:,.0f} MB | load {load()} |"
        )
    if len(clean) > 1:
        one, most = clean[min(clean)], clean[max(clean)]
        rows.append(f"| {stories:,} | wall, {max(clean)} workers / 1 | | {most.wall / one.wall:.2f} | | |")
    shutil.rmtree(project / ".cache", ignore_errors=True)
    cold = build(project, "cold", EXPLAINER_WORKERS=str(max(workers)))
    one_word(project)
    warm = build(project, "warm", EXPLAINER_WORKERS=str(max(workers)))
    rows.append(
        f"| {stories:,} | cold (fills the cache) | {cold.cpu:,.1f} s | {cold.wall:,.1f} s "
        f"| {cold.peak_mb:,.0f} MB | load {load()} |"
    )
    rows.append(
        f"| {stories:,} | warm, one word changed | {warm.cpu:,.1f} s ({warm.cpu / cold.cpu:.0%} of cold) "
        f"| {warm.wall:,.1f} s | {warm.peak_mb:,.0f} MB | load {load()} |"
    )
    if shards > 1:  # the merge is compared with a clean build of the same stories (before the edit)
        one_word(project, undo=True)
        rows.extend(measure_shards(project, shards, stories, project / f"clean-{min(workers)}"))
    return rows


def measure_shards(project: Path, shards: int, stories: int, single: Path) -> list[str]:
    """Each shard built on its own (one worker each, as on a runner of a matrix), then merged and
    compared with ``single``, a clean build of the same stories in one."""
    rows = []
    for index in range(shards):
        part = build(
            project,
            f"shard-{index}",
            EXPLAINER_REUSE="0",
            EXPLAINER_WORKERS="1",
            EXPLAINER_SHARD=f"{index + 1}/{shards}",
        )
        rows.append(
            f"| {stories:,} | shard {index + 1}/{shards} | {part.cpu:,.1f} s | {part.wall:,.1f} s "
            f"| {part.peak_mb:,.0f} MB | load {load()} |"
        )
    command = [
        sys.executable,
        "-m",
        "generator",
        "merge",
        "--out",
        "merged",
        *[f"shard-{i}" for i in range(shards)],
    ]
    merged = run(command, project, BASE_ENV)
    same = files(project / "merged") == files(single)
    rows.append(
        f"| {stories:,} | merge of {shards} shards | {merged.cpu:,.1f} s | {merged.wall:,.1f} s "
        f"| {merged.peak_mb:,.0f} MB | {'byte-identical' if same else 'DIFFERS'} to one build |"
    )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--shards", type=int, default=0, help="also build in this many shards and merge")
    parser.add_argument("--serve", action="store_true", help="also time a one-word edit under `mkdocs serve`")
    parser.add_argument("--keep", type=Path, help="build in this folder (kept) instead of a temporary one")
    args = parser.parse_args()
    print("| Stories | Build | CPU | Wall | Peak memory (tree) | Note |")
    print("| ---: | --- | ---: | ---: | ---: | --- |")
    with tempfile.TemporaryDirectory(prefix="bench-incremental-") as temp:
        folder = args.keep or Path(temp)
        for stories in sorted(args.sizes):
            project = make_project(folder / f"pub-{stories}", stories)
            for row in measure(project, args.workers, args.shards):
                print(row, flush=True)
            if args.serve:
                print(*measure_serve(project, stories), sep="\n", flush=True)
            if args.keep is None:
                shutil.rmtree(project)


if __name__ == "__main__":
    main()
