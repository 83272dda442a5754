"""Mutation testing of generator/format/ and generator/checking/ with mutmut, and its score.

    python scripts/mutation.py [PATTERN ...] [--children N] [--minimum 85]

Runs ``mutmut run`` on the mutants whose names match the patterns (``generator.format.*`` by default:
every module of the format; ``generator.checking.journalism*`` one module), each against the fast
tests that reach the function it changed (``[tool.mutmut]`` in pyproject.toml), then prints a
Markdown table per module: killed (a test failed, or the mutant ran past its time limit), survived,
and not reached by any selected test. The score is killed / (killed + survived + not reached) over
the mutants that were run; exit 1 when it is below ``--minimum``. The result goes to
``mutants/score.md`` too (the weekly workflow writes it to its job summary).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTMUT = Path(sys.executable).parent / "mutmut"
KILLED = {"killed", "timeout"}
COUNTED = {"killed", "timeout", "survived", "no tests", "suspicious", "segfault"}
_RESULT = re.compile(r"^\s*(?P<name>[\w.]+)__mutmut_\d+: (?P<status>[\w ]+?)\s*$")


def results() -> dict[str, Counter[str]]:
    """module -> how many of its mutants ended in each state (those not run are left out)."""
    listing = subprocess.run(
        [str(MUTMUT), "results", "--all", "true"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    by_module: dict[str, Counter[str]] = defaultdict(Counter)
    for line in listing.splitlines():
        found = _RESULT.match(line)
        if found and found["status"] in COUNTED:
            module = found["name"].rsplit(".", 1)[0]
            by_module[module][found["status"]] += 1
    return dict(by_module)


def table(by_module: dict[str, Counter[str]]) -> tuple[str, float]:
    rows = [
        "| Module | Mutants | Killed | Survived | Not reached | Score |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    total: Counter[str] = Counter()
    for module, counts in sorted(by_module.items()):
        total.update(counts)
        rows.append(_row(f"`{module}`", counts))
    rows.append(_row("**All**", total))
    return "\n".join(rows) + "\n", _score(total)


def _row(name: str, counts: Counter[str]) -> str:
    killed = sum(counts[k] for k in KILLED)
    survived = counts["survived"] + counts["suspicious"] + counts["segfault"]
    run = killed + survived + counts["no tests"]
    return f"| {name} | {run} | {killed} | {survived} | {counts['no tests']} | {_score(counts):.1f}% |"


def _score(counts: Counter[str]) -> float:
    killed = sum(counts[k] for k in KILLED)
    run = sum(counts[k] for k in COUNTED)
    return 100.0 * killed / run if run else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("patterns", nargs="*", default=["generator.format.*"])
    parser.add_argument("--children", type=int, default=2, help="mutants tested at once")
    parser.add_argument("--minimum", type=float, default=85.0, help="the lowest score that passes")
    options = parser.parse_args()
    run = subprocess.run(
        [str(MUTMUT), "run", *options.patterns, "--max-children", str(options.children)],
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
    wanted = [re.compile(re.escape(p).replace(r"\*", ".*")) for p in options.patterns]
    chosen = {m: c for m, c in results().items() if any(w.match(f"{m}.") for w in wanted)}
    markdown, score = table(chosen)
    (ROOT / "mutants" / "score.md").write_text(markdown, encoding="utf-8")
    print(markdown)
    print(f"score {score:.1f}% (minimum {options.minimum:g}%)")
    return 0 if score >= options.minimum else 1


if __name__ == "__main__":
    sys.exit(main())
