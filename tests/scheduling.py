"""How `pytest -n` deals the tests to its workers (loaded by tests/conftest.py).

A test module goes whole to one worker, so its shared builds are made once, and so do all the browser
tests (one build of the site, one Chromium). The modules go out longest first: a long module dealt
last would leave one core working alone at the end while the other waits. How long each module took
is kept in pytest's cache (`.pytest_cache/`) by every run of whole modules (no `-k`, no `-m`); a
module not timed yet goes first, in xdist's own order (most tests first), as all do on a fresh clone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

import pytest

KEY = "explainer/module-seconds"


def scope_of(nodeid: str) -> str:
    """The unit a worker takes whole: a test module, or all of tests/browser/."""
    module = nodeid.split("::", 1)[0]
    return "tests/browser" if module.startswith("tests/browser/") else module


def longest_first(scopes: Iterable[str], seconds: Mapping[str, float]) -> list[str]:
    """``scopes`` in the order to deal them: those never timed first (in the order given), then the
    others by the seconds they took last time, most first."""
    return sorted(scopes, key=lambda scope: (scope in seconds, -seconds.get(scope, 0.0)))


class ModuleTimer:
    """Adds up each module's seconds (setup, call and teardown of its tests) and keeps them."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.seconds: defaultdict[str, float] = defaultdict(float)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self.seconds[scope_of(report.nodeid)] += report.duration

    def pytest_sessionfinish(self) -> None:
        option, cache = (
            self.config.option,
            getattr(self.config, "cache", None),
        )  # none under -p no:cacheprovider
        if cache is None or not self.seconds or option.keyword or option.markexpr:
            return  # a module part-run would look shorter than it is
        known = dict(cache.get(KEY, {}))
        known.update({scope: round(total, 2) for scope, total in self.seconds.items()})
        cache.set(KEY, known)


def register(config: pytest.Config) -> None:
    """Times the modules in the process that sees every report: the only one, or xdist's controller
    (not its workers, which would write the cache at once)."""
    if not hasattr(config, "workerinput"):
        config.pluginmanager.register(ModuleTimer(config), "explainer-module-timer")


def make_scheduler(config: pytest.Config, log: Any) -> Any:
    from xdist.scheduler import LoadFileScheduling

    cache = getattr(config, "cache", None)
    seconds: dict[str, float] = cache.get(KEY, {}) if cache is not None else {}

    class LongestModuleFirst(LoadFileScheduling):
        ordered = False

        def _split_scope(self, nodeid: str) -> str:
            return scope_of(nodeid)

        def _assign_work_unit(self, node: Any) -> None:
            # Every unit is dealt here, from the front of the queue xdist built: order it once.
            if not self.ordered:
                self.ordered = True
                for scope in longest_first(list(self.workqueue), seconds):
                    self.workqueue.move_to_end(scope)
            super()._assign_work_unit(node)

    return LongestModuleFirst(config, log)
