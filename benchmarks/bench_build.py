"""Benchmark: a whole `mkdocs build` of synthetic dossiers of 1,000 and 10,000 entities.

Checks that the site's structure keeps the build linear in the dossier's size (10k takes at most 12x
the time of 1k) and that the generator's own share (load, validate, render Markdown) is at most 10%
of the whole build. Run:  python benchmarks/bench_build.py [--sizes 1000 10000] [--repeat 1]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import write_dossier, write_project

from generator.checking.loader import load_site
from generator.site.pages import build_pages

ROOT = Path(__file__).resolve().parent.parent
MAX_GROWTH = 12.0
MAX_SHARE = 0.10


def make_project(folder: Path, entities: int) -> Path:
    """A site like the shipped one (same mkdocs.yml), holding one synthetic dossier."""
    write_dossier(folder / "content" / "synthetic", entities, seed=0)
    write_project(folder, ROOT / "mkdocs.yml")
    return folder


def time_build(project: Path) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    # Not --quiet: MkDocs drops the warnings it does not show before strict mode counts them.
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "site"]
    start = time.perf_counter()
    done = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"mkdocs build failed:\n{done.stdout}{done.stderr}")
    return elapsed


def time_generator(project: Path) -> float:
    """What the plugin does on every build: load and validate the content, render every page."""
    start = time.perf_counter()
    site = load_site(project / "content").raise_for_problems()
    build_pages(site)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=1, help="best of N runs per size")
    args = parser.parse_args()
    results: dict[int, tuple[float, float, int]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-build-") as temp:
        for entities in args.sizes:
            project = make_project(Path(temp) / f"site-{entities}", entities)
            build = min(time_build(project) for _ in range(args.repeat))
            generator = min(time_generator(project) for _ in range(args.repeat))
            pages = sum(1 for _ in (project / "site").rglob("index.html"))
            results[entities] = (build, generator, pages)
            print(
                f"{entities:>6} entities: {pages:>5} pages, mkdocs build {build:7.2f} s, "
                f"generator {generator:6.2f} s ({generator / build:5.1%} of the build)"
            )
    small, large = args.sizes
    growth = results[large][0] / results[small][0]
    share = max(generator / build for build, generator, _ in results.values())
    linear = large / small
    print(f"growth {large:,} vs {small:,}: {growth:.2f}x (limit {MAX_GROWTH:g}x; linear is {linear:g}x)")
    print(f"largest generator share: {share:.1%} (limit {MAX_SHARE:.0%})")
    if growth > MAX_GROWTH or share > MAX_SHARE:
        raise SystemExit("over the limit")


if __name__ == "__main__":
    main()
