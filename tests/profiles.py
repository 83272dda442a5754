"""Hypothesis profiles, registered and loaded by conftest.py.

``full`` (under CI=true, or with HYPOTHESIS_PROFILE=full) runs each property test with the number
of examples it asks for; ``fast`` (everywhere else: `make test`, `make check`) with a tenth of it, so
the local loop stays quick while CI explores as much as ever. A failure found in CI prints the
example, which a test can then pin with ``@example``.
"""

from __future__ import annotations

import os

from hypothesis import settings
from skip_policy import in_ci

PROFILE = os.environ.get("HYPOTHESIS_PROFILE") or ("full" if in_ci() else "fast")


def register() -> None:
    settings.register_profile("full", deadline=None, print_blob=True)
    settings.register_profile("fast", deadline=None)
    settings.load_profile(PROFILE)


def examples(full: int) -> int:
    """How many examples a property test that asks for ``full`` runs under this profile."""
    return full if PROFILE == "full" else max(min(full, 2), full // 10)
