"""Benchmark: every stage on synthetic dossiers of 100, 1,000 and 10,000 entities, side by side in one run.

    .venv/bin/python benchmarks/bench_all.py [--sizes 100 1000 10000] [--repeat 3] [--build-repeat 1]

For each size, in one process and one run, so that the ratios compare like with like:

* C parse: PyYAML's libyaml loader (CSafeLoader) reading every file, the floor for any YAML tool;
* load + validate: ``load_site``, everything `explainer validate` does;
* render: ``build_pages``, the Markdown of every page;
* mkdocs build: the whole `mkdocs build --strict` in a child process, with the shipped mkdocs.yml;
* peak memory (maximum resident set size) of that build, and of a child that only loads, validates
  and renders (its Python and imports alone are reported as the baseline).

Derived: load+validate / C parse, the generator's share of the build ((load+validate+render) / build),
and the growth from one size to the next (10x more entities; linear growth is 10x).
Times are CPU seconds (user + system), which other work on a shared machine disturbs far less than
wall-clock time; the build's wall-clock time is shown too. In-process stages are the best of
``--repeat`` runs; builds the best of ``--build-repeat``. Prints Markdown tables for
docs/performance.md.
"""

from __future__ import annotations

import argparse
import itertools
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import write_dossier, write_project

from generator.checking.loader import load_site
from generator.site.pages import build_pages

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONWARNINGS": "ignore"}
GENERATOR_ONLY = (
    "import sys\nfrom pathlib import Path\nfrom generator.checking.loader import load_site\n"
    "from generator.site.pages import build_pages\n"
    "if sys.argv[1] != '-': build_pages(load_site(Path(sys.argv[1])).raise_for_problems())\n"
)


@dataclass(frozen=True)
class Row:
    entities: int
    yaml_bytes: int
    pages: int
    c_parse: float
    load_validate: float
    render: float
    build: float
    build_wall: float
    build_rss_mb: float
    generator_rss_mb: float
    baseline_rss_mb: float

    @property
    def generator(self) -> float:
        return self.load_validate + self.render

    @property
    def share(self) -> float:
        return self.generator / self.build

    @property
    def validate_ratio(self) -> float:
        return self.load_validate / self.c_parse


def yaml_stages(content: Path) -> tuple[Callable[[], None], Callable[[], None]]:
    """The two stages compared for issue 2: a bare libyaml parse, and our load + validate."""
    files = sorted(content.rglob("*.yaml"))

    def c_parse() -> None:
        for path in files:
            yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)

    def load_validate() -> None:
        result = load_site(content)
        assert result.site is not None and not result.diagnostics, result.diagnostics[:3]

    return c_parse, load_validate


def best_of(repeat: int, action: Callable[[], object]) -> float:
    """The least CPU time ``action`` takes in ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        action()
        times.append(time.process_time() - start)
    return min(times)


@dataclass(frozen=True)
class Child:
    cpu: float
    wall: float
    rss_mb: float


def run_child(command: list[str], cwd: Path) -> Child:
    """CPU time, wall time and peak resident memory of one child process, which must succeed."""
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert child.stdout is not None
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{output.decode('utf-8', 'replace')}")
    # ru_maxrss is in kilobytes on Linux.
    return Child(usage.ru_utime + usage.ru_stime, elapsed, usage.ru_maxrss / 1024)


def measure(folder: Path, entities: int, repeat: int, build_repeat: int) -> Row:
    project = folder / f"site-{entities}"
    content = project / "content"
    write_dossier(content / "synthetic", entities, seed=0)
    write_project(project, ROOT / "mkdocs.yml")
    c_parse, load_validate = yaml_stages(content)

    # Parsing and validating first: a loaded site kept alive makes every garbage collection slower.
    c_time = best_of(repeat, c_parse)
    lv_time = best_of(repeat, load_validate)
    site = load_site(content).raise_for_problems()
    render_time = best_of(repeat, lambda: build_pages(site))

    # Not --quiet: MkDocs drops the warnings it does not show before strict mode counts them.
    build_command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "site"]
    builds = [run_child(build_command, project) for _ in range(build_repeat)]
    generator_command = [sys.executable, "-c", GENERATOR_ONLY]
    generator_rss = run_child([*generator_command, str(content)], project).rss_mb
    baseline_rss = run_child([*generator_command, "-"], project).rss_mb
    return Row(
        entities=entities,
        yaml_bytes=sum(path.stat().st_size for path in content.rglob("*.yaml")),
        pages=sum(1 for _ in (project / "site").rglob("index.html")),
        c_parse=c_time,
        load_validate=lv_time,
        render=render_time,
        build=min(b.cpu for b in builds),
        build_wall=min(b.wall for b in builds),
        build_rss_mb=max(b.rss_mb for b in builds),
        generator_rss_mb=generator_rss,
        baseline_rss_mb=baseline_rss,
    )


def tables(rows: list[Row]) -> str:
    lines = [
        "| Entities | YAML | Pages | C parse | Load + validate | Render | `mkdocs build` (wall) "
        "| Load + validate / C parse | Generator share of the build | Build peak memory "
        "| Generator peak memory |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        lines.append(
            f"| {r.entities:,} | {r.yaml_bytes / 1024:,.0f} KB | {r.pages:,} | {r.c_parse:.3f} s "
            f"| {r.load_validate:.3f} s | {r.render:.3f} s | {r.build:.1f} s ({r.build_wall:.1f} s) "
            f"| {r.validate_ratio:.2f}x "
            f"| {r.share:.1%} | {r.build_rss_mb:,.0f} MB | {r.generator_rss_mb:,.0f} MB |"
        )
    lines += [
        "",
        "| Growth (10x more entities) | C parse | Load + validate | Render | `mkdocs build` "
        "| Build peak memory |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for small, large in itertools.pairwise(rows):
        lines.append(
            f"| {large.entities:,} vs {small.entities:,} | {large.c_parse / small.c_parse:.1f}x "
            f"| {large.load_validate / small.load_validate:.1f}x | {large.render / small.render:.1f}x "
            f"| {large.build / small.build:.1f}x | {large.build_rss_mb / small.build_rss_mb:.1f}x |"
        )
    baseline = rows[0].baseline_rss_mb
    lines += [
        "",
        "Times are CPU seconds, best of several runs; the build's wall-clock time is in brackets.",
        f"Generator peak memory includes {baseline:,.0f} MB for Python and the generator's imports alone.",
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}.",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=3, help="best of N for in-process stages")
    parser.add_argument("--build-repeat", type=int, default=1, help="best of N for `mkdocs build`")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-all-") as temp:
        for entities in sorted(args.sizes):
            row = measure(Path(temp), entities, args.repeat, args.build_repeat)
            rows.append(row)
            print(
                f"{entities:>6,} entities: C parse {row.c_parse:.3f} s, "
                f"load+validate {row.load_validate:.3f} s ({row.validate_ratio:.2f}x), "
                f"render {row.render:.3f} s, build {row.build:.1f} s "
                f"(generator {row.share:.1%}), peak {row.build_rss_mb:,.0f} MB",
                flush=True,
            )
    print()
    print(tables(rows))


if __name__ == "__main__":
    main()
