"""The package's shape holds: no module reaches for another module's private names.

The layers and which module may import mkdocs, click and jinja2 are import-linter contracts in
pyproject.toml, checked by `lint-imports` (run by `make test`).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "generator"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def private_uses(source: str, own: str) -> list[str]:
    """`from generator.x import _name` and `x._name` on an imported generator module, in module ``own``."""
    tree = ast.parse(source)
    found: list[str] = []
    modules: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("generator"):
            for alias in node.names:
                if alias.name.startswith("_") and node.module != own:
                    found.append(f"{own}: from {node.module} import {alias.name}")
                modules.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("generator"):
                    modules.add(alias.asname or alias.name.split(".")[0])
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
            and isinstance(node.value, ast.Name)
            and node.value.id in modules
        ):
            found.append(f"{own}: {node.value.id}.{node.attr}")
    return found


def test_no_module_imports_another_modules_private_name() -> None:
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 30
    found = [use for path in modules for use in private_uses(path.read_text("utf-8"), module_name(path))]
    assert found == []


def test_the_check_sees_a_private_import() -> None:
    source = "from generator.checking.yamlfile import _Hidden\nfrom generator.checking import report\nreport._lines\n"
    assert private_uses(source, "generator.authoring.formatter") == [
        "generator.authoring.formatter: from generator.checking.yamlfile import _Hidden",
        "generator.authoring.formatter: report._lines",
    ]
    assert (
        private_uses("from generator.checking.yamlfile import _Hidden\n", "generator.checking.yamlfile") == []
    )


def test_the_linter_reads_every_module_of_the_package() -> None:
    """ruff's excludes once matched every folder named `site`, so generator/site went unchecked."""
    ruff = Path(sys.executable).with_name("ruff")
    listed = subprocess.run(
        [str(ruff), "check", "--show-files", str(PACKAGE)],
        cwd=PACKAGE.parent,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    checked = {Path(line.strip()).resolve() for line in listed.splitlines() if line.strip().endswith(".py")}
    missing = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py") if p.resolve() not in checked)
    assert not missing, f"ruff skips {missing}: see extend-exclude in pyproject.toml"
