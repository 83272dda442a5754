"""How `pytest -n` deals the tests to its workers (loaded by tests/conftest.py).

A test module goes whole to one worker, so its shared builds are made once; so do the browser modules
that share a build other than the shipped site's (TOGETHER). The other browser modules are dealt one by
one like the rest: a worker that runs any of them builds the shipped site and starts Chromium once (about
10 s of CPU), and in return the browser tests (a third of the suite) no longer hold one core alone while
the other runs out of work. The modules go out longest first: a long module dealt last would leave one
core working alone at the end while the other waits; and a worker is sent its next module only when it
is down to the last test of its last one (xdist's own rule is two tests or fewer, which can commit a
module to a worker still busy with a long test while the other idles). How long each module took
is kept in pytest's cache (`.pytest_cache/`) by every run of whole modules (no `-k`, no `-m`); a
module not timed yet goes first, in xdist's own order (most tests first), as all do on a fresh clone.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

import pytest

KEY = "explainer/module-seconds"


# Browser modules that read the same session-scoped build (other than the shipped site): the two
# stories' sites (tests/browser/conftest.py), built twice, serve search and reading.
TOGETHER = {"tests/browser/test_reading.py": "tests/browser/test_search.py"}


def scope_of(nodeid: str) -> str:
    """The unit a worker takes whole: a test module, or the modules that share its builds."""
    module = nodeid.split("::", 1)[0]
    return TOGETHER.get(module, module)


def longest_first(scopes: Iterable[str], seconds: Mapping[str, float]) -> list[str]:
    """``scopes`` in the order to deal them: those never timed first (in the order given), then the
    others by the seconds they took last time, most first."""
    return sorted(scopes, key=lambda scope: (scope in seconds, -seconds.get(scope, 0.0)))


class ModuleTimer:
    """Adds up each module's seconds (setup, call and teardown of its tests) and keeps them; under
    `pytest -n`, also each worker's: its seconds in tests and when it finished its last one."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.seconds: defaultdict[str, float] = defaultdict(float)
        self.started = time.monotonic()
        self.busy: defaultdict[str, float] = defaultdict(float)
        self.done: dict[str, float] = {}

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self.seconds[scope_of(report.nodeid)] += report.duration
        worker = getattr(getattr(report, "node", None), "gateway", None)
        if worker is not None:
            self.busy[worker.id] += report.duration
            self.done[worker.id] = time.monotonic() - self.started

    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        if self.done:
            terminalreporter.line(
                f"workers (seconds in tests, finished after): {workers_line(self.busy, self.done)}"
            )

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


def workers_line(busy: Mapping[str, float], done: Mapping[str, float]) -> str:
    """Each worker's seconds in tests and when it finished, from the start: the gap between the
    first and the last to finish is time one core spent alone."""
    return ", ".join(f"{name} {busy[name]:.0f} s, {done[name]:.0f} s" for name in sorted(done))


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

        def _reschedule(self, node: Any) -> None:
            # A worker keeps its last test until it is sent more (it needs the next to tear down),
            # so one test pending means it has run out of work.
            if not node.shutting_down and self.workqueue and self._pending_of(self.assigned_work[node]) > 1:
                return
            super()._reschedule(node)

    return LongestModuleFirst(config, log)
