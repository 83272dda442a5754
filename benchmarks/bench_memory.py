"""Benchmark: which process of a build holds the memory, and in which phase.

    .venv/bin/python benchmarks/bench_memory.py [--stories 300] [--workers 2] [--keep FOLDER] [--rebuild]

Makes a publication of N stories as ``bench_publication.py`` does, then runs one cold
`mkdocs build --strict` (the cache emptied first) and samples every process of its tree every
0.2 s: the proportional set size of each (``bench_incremental._proportional_kb``: a page shared by
forked workers counted once in all). Each sample is put in a phase by which processes are alive
(the build alone, the build and its workers, the build and Pagefind). Prints, for each phase in
turn, its seconds, the tree's peak and each process's share then, and the tree's CPU. Not a test:
numbers, never a pass or fail. With ``--rebuild``, then a build after one word written into one
story's glossary (``bench_incremental.one_word``), the cache as the cold build filled it, measured the
same way (the edit is undone after). A failing build (strict mode counts warnings) is reported, not
hidden: its phases are measured all the same.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_incremental import BASE_ENV, _proportional_kb, descendants, one_word
from bench_publication import make_project


@dataclass
class Phase:
    kind: str
    start: float
    end: float = 0.0
    peak_mb: int = 0
    shares: list[tuple[str, int]] = field(default_factory=list)


def _tree(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
    return sorted(descendants(root, parents))


def _name(pid: int, root: int) -> str:
    if pid == root:
        return "build"
    try:
        command = (Path("/proc") / str(pid) / "cmdline").read_bytes()
    except OSError:
        return "?"
    return "pagefind" if b"pagefind" in command else "worker" if b"mkdocs" in command else "other"


def sample(root: int, done: threading.Event) -> list[Phase]:
    """The phases of the build under ``root`` until ``done``, each with its peak."""
    phases: list[Phase] = []
    start = time.perf_counter()
    while not done.is_set():
        now = time.perf_counter() - start
        shares = [
            (_name(pid, root), _proportional_kb(Path("/proc") / str(pid)) // 1024) for pid in _tree(root)
        ]
        names = {name for name, _ in shares}
        kind = "pagefind" if "pagefind" in names else "workers" if "worker" in names else "build alone"
        if not phases or phases[-1].kind != kind:
            phases.append(Phase(kind, now))
        phase = phases[-1]
        phase.end = now
        total = sum(mb for _, mb in shares)
        if total >= phase.peak_mb:
            phase.peak_mb, phase.shares = total, shares
        time.sleep(0.2)
    return phases


def measure(project: Path, workers: int, *, cold: bool = True) -> None:
    if cold:
        shutil.rmtree(project / ".cache", ignore_errors=True)
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "site"]
    env = {**BASE_ENV, "EXPLAINER_WORKERS": str(workers)}
    before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    child = subprocess.Popen(command, cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    done = threading.Event()
    phases: list[Phase] = []
    sampler = threading.Thread(target=lambda: phases.extend(sample(child.pid, done)), daemon=True)
    sampler.start()
    _, errors = child.communicate()
    done.set()
    sampler.join()
    wall = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print("| Phase | Seconds | Tree peak | Each process then |")
    print("| --- | ---: | ---: | --- |")
    for phase in phases:
        if phase.end - phase.start >= 1:
            each = " + ".join(f"{name} {mb}" for name, mb in phase.shares if mb)
            print(f"| {phase.kind} | {phase.start:.0f}-{phase.end:.0f} | {phase.peak_mb:,} MB | {each} |")
    peak = max(p.peak_mb for p in phases)
    cpu = usage.ru_utime + usage.ru_stime - before.ru_utime - before.ru_stime
    print(f"\nCPU {cpu:.1f} s; wall {wall:.1f} s; peak {peak:,} MB; load {os.getloadavg()[0]:.1f}\n")
    if child.returncode != 0:
        print(f"The build failed:\n{errors.decode('utf-8', 'replace')[-2000:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="make the project in this folder (kept)")
    parser.add_argument("--rebuild", action="store_true", help="then a build after a one-word edit")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as temp:
        folder = args.keep or Path(temp)
        project = folder / f"pub-{args.stories}"
        if not project.is_dir():
            make_project(project, args.stories)
        print(f"Cold build, {args.stories} stories, {args.workers} workers:\n")
        measure(project, args.workers)
        if args.rebuild:
            print("After one word written into one story's glossary:\n")
            one_word(project)
            try:
                measure(project, args.workers, cold=False)
            finally:
                one_word(project, undo=True)


if __name__ == "__main__":
    main()
