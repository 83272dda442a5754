"""The lock files in requirements/ pin every dependency of their role at a version pyproject allows.

`make lock` rewrites them; this fails when pyproject.toml changed and the locks were not rewritten.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
ROLES = {
    "build": [],
    "authoring": ["authoring"],
    "test": ["authoring", "test"],
}


def pinned(lock: str) -> dict[str, str]:
    text = (ROOT / "requirements" / f"{lock}.lock").read_text("utf-8")
    return {
        canonicalize_name(name): version
        for name, version in re.findall(r"^([A-Za-z0-9_.\-]+)==([^\s;]+)", text, re.M)
    }


def wanted(extras: list[str], *, runtime: bool = True) -> list[Requirement]:
    lines = [line for extra in extras for line in PROJECT["optional-dependencies"][extra]]
    lines = PROJECT["dependencies"] + lines if runtime else lines
    return [
        Requirement(line) for line in lines if canonicalize_name(Requirement(line).name) != "explainer-sites"
    ]


@pytest.mark.parametrize("role", ROLES)
def test_a_lock_pins_each_dependency_of_its_role_within_its_range(role: str) -> None:
    pins = pinned(role)
    for requirement in wanted(ROLES[role]):
        name = canonicalize_name(requirement.name)
        assert name in pins, f"requirements/{role}.lock lacks {name}: run `make lock`"
        assert requirement.specifier.contains(pins[name], prereleases=True), (
            f"requirements/{role}.lock pins {name}=={pins[name]}, outside {requirement}: run `make lock`"
        )


def test_building_pins_no_authoring_or_test_tool() -> None:
    extra = wanted(["authoring", "test"], runtime=False)
    build = pinned("build")
    leaked = {canonicalize_name(r.name) for r in extra} & set(build)
    # charset-normalizer also comes with requests, which MkDocs' theme tooling needs.
    assert leaked <= {"charset-normalizer"}, leaked
