"""README's "What is where" table names every module under generator/, in its folder's row."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text("utf-8")


def table() -> list[str]:
    section = README.split("## What is where", 1)[1].split("\n## ", 1)[0]
    return [line for line in section.splitlines() if line.startswith("| `")]


def test_every_module_under_generator_is_named_in_its_folders_row() -> None:
    rows = table()
    missing = []
    for module in sorted((ROOT / "generator").rglob("*.py")):
        relative = module.relative_to(ROOT)
        if module.name == "__init__.py":  # a package is its folder's row
            continue
        if len(relative.parts) == 2:  # generator/cli.py: named anywhere in the table
            named = any(f"`{relative.as_posix()}`" in row for row in rows)
        else:  # generator/site/pages.py: `pages.py` in the row of `generator/site/`
            folder = f"`{relative.parent.as_posix()}/`"
            own = [row for row in rows if folder in row.split(" | ", 1)[0]]
            named = any(f"`{module.name}`" in row for row in own)
        if not named:
            missing.append(relative.as_posix())
    assert not missing, f"README's 'What is where' does not name: {missing}"
