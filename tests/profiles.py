"""Hypothesis profiles, registered and loaded by conftest.py.

``full`` (under CI=true, or with HYPOTHESIS_PROFILE=full) runs each property test with the number
of examples it asks for; ``fast`` (everywhere else: `make test`, `make check`) with a tenth of it, so
the local loop stays quick while CI explores as much as ever. A failure found in CI prints the
example, which a test can then pin with ``@example``.

The same profiles size the tests that sweep a corpus or every page of a site (``sample``): CI goes
over all of it; the fast profile over a fixed share that keeps every kind of case the test names.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from hypothesis import settings
from skip_policy import in_ci

T = TypeVar("T")

PROFILE = os.environ.get("HYPOTHESIS_PROFILE") or ("full" if in_ci() else "fast")


def register() -> None:
    settings.register_profile("full", deadline=None, print_blob=True)
    settings.register_profile("fast", deadline=None)
    settings.load_profile(PROFILE)


def examples(full: int) -> int:
    """How many examples a property test that asks for ``full`` runs under this profile."""
    return full if PROFILE == "full" else max(min(full, 2), full // 10)


def sample(items: Sequence[T], every: int, covering: Iterable[Callable[[T], bool]] = ()) -> list[T]:
    """``items`` under the full profile; under the fast one every ``every``-th item and, for each
    test of ``covering``, the first item that passes it, in the items' order. The share is the same
    every run (no randomness), so a local failure repeats."""
    if PROFILE == "full" or every <= 1:
        return list(items)
    chosen = set(range(0, len(items), every))
    for passes in covering:
        chosen |= {next((i for i, item in enumerate(items) if passes(item)), 0)}
    return [items[i] for i in sorted(chosen)]


def either(full: Sequence[T], fast: Sequence[T]) -> list[T]:
    """``full`` under the full profile, ``fast`` (a part of it named by the test) under the fast one."""
    assert set(fast) <= set(full)
    return list(full if PROFILE == "full" else fast)
