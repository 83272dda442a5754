"""Mutation testing of generator/format/ and generator/checking/ with mutmut, and its score.

    python scripts/mutation.py [PATTERN ...] [--children N] [--minimum 85]
    python scripts/mutation.py PATTERN ... --sample 60 --seed 24   # a seeded sample per module
    python scripts/mutation.py PATTERN ... --no-run                # the table of results kept

Runs ``mutmut run`` on the mutants whose names match the patterns (``generator.format.*`` by default:
every module of the format; ``generator.checking.journalism.*`` one module), each against the fast
tests that reach the function it changed (``[tool.mutmut]`` in pyproject.toml), then prints a
Markdown table per module: killed (a test failed, or the mutant ran past its time limit), survived,
and not reached by any selected test. The score is killed / (killed + survived + not reached) over
the mutants that were run; exit 1 when it is below ``--minimum``. The result goes to
``mutants/score.md`` too (the weekly workflow writes it to its job summary).

``--sample N`` runs, of each module with more than N mutants, N drawn at random (seeded by
``--seed`` and the module's name, so the same command draws the same mutants); the table then gives
the module's score over its sample with a 95% Wilson interval, and the overall score weighs each
module's score by its number of mutants. A module with results for only some of its mutants (a run
stopped part-way, a sample) is marked the same way; only a random sample makes its interval honest.
"""

from __future__ import annotations

import argparse
import math
import random
import re
import subprocess
import sys
from collections import Counter, defaultdict
from fnmatch import fnmatchcase
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTMUT = Path(sys.executable).parent / "mutmut"
KILLED = {"killed", "timeout"}
COUNTED = {"killed", "timeout", "survived", "no tests", "suspicious", "segfault"}
_RESULT = re.compile(r"^\s*(?P<name>(?P<module>[\w.]+)\.[^.\s]+__mutmut_\d+): (?P<status>[\w ]+?)\s*$")
_Z = 1.959964  # the normal quantile of a two-sided 95% interval


def results() -> dict[str, str]:
    """Every mutant's name -> its state (``not checked`` for one not run yet)."""
    listing = subprocess.run(
        [str(MUTMUT), "results", "--all", "true"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return {found["name"]: found["status"] for found in map(_RESULT.match, listing.splitlines()) if found}


def module_of(mutant: str) -> str:
    found = _RESULT.match(f"{mutant}: x")
    return found["module"] if found else mutant


def chosen(names: list[str], patterns: list[str]) -> list[str]:
    """The mutants named, or whose names match a pattern (``*`` matches anything, as in mutmut)."""
    exact = set(patterns)
    globs = [p for p in patterns if any(c in p for c in "*?[")]
    return [name for name in names if name in exact or any(fnmatchcase(name, g) for g in globs)]


def sample(names: list[str], size: int, seed: int) -> list[str]:
    """Of each module, ``size`` of its mutants drawn at random (all of them when it has fewer)."""
    by_module: dict[str, list[str]] = defaultdict(list)
    for name in sorted(names):
        by_module[module_of(name)].append(name)
    drawn: list[str] = []
    for module, mutants in sorted(by_module.items()):
        drawn += mutants if len(mutants) <= size else random.Random(f"{seed}:{module}").sample(mutants, size)
    return sorted(drawn)


def table(states: dict[str, str], sizes: Counter[str]) -> tuple[str, float]:
    """The Markdown table per module of ``states`` (mutant -> state), and the overall score.

    ``sizes`` is how many mutants each module has; a module with results for fewer of them is
    scored over those, with a 95% Wilson interval, and weighs in the overall score by its size.
    """
    by_module: dict[str, Counter[str]] = defaultdict(Counter)
    for name, state in states.items():
        if state in COUNTED:
            by_module[module_of(name)][state] += 1
    rows = [
        "| Module | Mutants | Run | Killed | Survived | Not reached | Score | 95% interval |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    total: Counter[str] = Counter()
    weighed = variance = 0.0
    for module, counts in sorted(by_module.items()):
        total.update(counts)
        rows.append(_row(f"`{module}`", counts, sizes[module]))
        run, share = sum(counts.values()), _score(counts) / 100
        weighed += sizes[module] * share
        variance += sizes[module] ** 2 * share * (1 - share) / run * (1 - run / sizes[module])
    mutants = sum(sizes[m] for m in by_module)
    overall = 100 * weighed / mutants if mutants else 0.0
    margin = 100 * _Z * math.sqrt(variance) / mutants if mutants else 0.0
    rows.append(_row("**All run**", total, sum(total.values())))
    estimate = f"{overall:.1f}% ± {margin:.1f}" if margin else f"{overall:.1f}%"
    rows.append(f"| **All, each module weighed by its mutants** | {mutants} | | | | | **{estimate}** | |")
    return "\n".join(rows) + "\n", overall


def _row(name: str, counts: Counter[str], size: int) -> str:
    killed = sum(counts[k] for k in KILLED)
    survived = counts["survived"] + counts["suspicious"] + counts["segfault"]
    run = killed + survived + counts["no tests"]
    low, high = wilson(killed, run)
    interval = f"{low:.1f}-{high:.1f}%" if run < size else "all run"
    return (
        f"| {name} | {size} | {run} | {killed} | {survived} | {counts['no tests']} "
        f"| {_score(counts):.1f}% | {interval} |"
    )


def _score(counts: Counter[str]) -> float:
    killed = sum(counts[k] for k in KILLED)
    run = sum(counts[k] for k in COUNTED)
    return 100.0 * killed / run if run else 0.0


def wilson(killed: int, run: int) -> tuple[float, float]:
    """The 95% Wilson score interval of a share killed / run, in percent."""
    if not run:
        return 0.0, 100.0
    share, z2 = killed / run, _Z * _Z
    middle = (share + z2 / (2 * run)) / (1 + z2 / run)
    half = _Z * math.sqrt(share * (1 - share) / run + z2 / (4 * run * run)) / (1 + z2 / run)
    return 100 * (middle - half), 100 * (middle + half)


def run_mutmut(names: list[str], children: int) -> int:
    run = subprocess.run(
        [str(MUTMUT), "run", *names, "--max-children", str(children)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode != 0:
        # mutmut says why on stdout (a test that fails without any mutant, say): its last lines.
        said = (run.stdout + run.stderr).replace("\r", "\n").splitlines()[-15:]
        print(f"mutmut run failed (exit {run.returncode}):", *said, sep="\n", file=sys.stderr)
    return run.returncode


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("patterns", nargs="*", default=["generator.format.*"])
    parser.add_argument("--children", type=int, default=2, help="mutants tested at once")
    parser.add_argument("--minimum", type=float, default=85.0, help="the lowest score that passes")
    parser.add_argument("--sample", type=int, help="run only this many mutants of each module")
    parser.add_argument("--seed", type=int, default=24, help="which mutants --sample draws")
    parser.add_argument("--no-run", action="store_true", help="only the table of the results kept")
    options = parser.parse_args()
    names = options.patterns
    if options.sample or options.no_run:
        # mutmut lists its mutants once it has made them: a first run makes them (and runs them).
        (ROOT / "mutants").is_dir() or run_mutmut(["generator.format.history.*"], options.children)
        names = chosen(sorted(results()), options.patterns)
        names = sample(names, options.sample, options.seed) if options.sample else names
    if not options.no_run and (failed := run_mutmut(names, options.children)):
        return failed
    states = results()
    sizes = Counter(module_of(name) for name in states)
    markdown, score = table({n: states[n] for n in chosen(list(states), names)}, sizes)
    (ROOT / "mutants" / "score.md").write_text(markdown, encoding="utf-8")
    print(markdown)
    print(f"score {score:.1f}% (minimum {options.minimum:g}%)")
    return 0 if score >= options.minimum else 1


if __name__ == "__main__":
    sys.exit(main())
