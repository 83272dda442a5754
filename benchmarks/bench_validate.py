"""Load + validate vs a plain libyaml parse of the same files, side by side in one run.

    .venv/bin/python benchmarks/bench_validate.py [--entities 10000] [--repeat 3]

Reports the ratio (load+validate CPU time) / (PyYAML CSafeLoader parse time), each the best of
--repeat runs. Issue 2 asks for <= 2x.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_all import best_of, yaml_stages
from synthetic import write_dossier


def measure(entities: int, repeat: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        content = Path(tmp) / "content"
        write_dossier(content / "synthetic", entities)
        files = sorted((content / "synthetic").glob("*.yaml"))
        texts = [f.read_text(encoding="utf-8") for f in files]
        c_parse, load_validate = yaml_stages(content)

        parse = best_of(repeat, c_parse)
        ours = best_of(repeat, load_validate)
        return {
            "entities": entities,
            "bytes": sum(len(t.encode()) for t in texts),
            "c_parse_s": parse,
            "load_validate_s": ours,
            "ratio": ours / parse,
        }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--entities", type=int, nargs="*", default=[100, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"{'entities':>9} {'bytes':>10} {'C parse s':>10} {'load+validate s':>16} {'ratio':>6}")
    for entities in args.entities:
        row = measure(entities, args.repeat)
        print(
            f"{row['entities']:>9,} {row['bytes']:>10,} {row['c_parse_s']:>10.3f} "
            f"{row['load_validate_s']:>16.3f} {row['ratio']:>6.2f}"
        )


if __name__ == "__main__":
    main()
