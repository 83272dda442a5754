"""`pytest -n` deals whole modules (those sharing a build together), the longest first, each when a
worker runs out of work (tests/scheduling.py)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import scheduling

COLLECTION = [
    "tests/test_many.py::test_1",
    "tests/test_many.py::test_2",
    "tests/test_many.py::test_3",
    "tests/browser/test_search.py::test_a",
    "tests/browser/test_layout.py::test_b",
    "tests/browser/test_reading.py::test_c",
    "tests/test_long.py::test_one",
    "tests/test_new.py::test_x",
    "tests/test_short.py::test_y",
]


class Worker:
    """What the scheduler sees of an xdist worker: it is sent the indexes of tests to run."""

    def __init__(self, name: str) -> None:
        self.gateway = SimpleNamespace(id=name)
        self.shutting_down = False
        self.sent: list[int] = []

    def send_runtest_some(self, indexes: list[int]) -> None:
        self.sent += indexes

    def shutdown(self) -> None:
        self.shutting_down = True


def scheduled(seconds: dict[str, float]) -> tuple[Any, list[Worker]]:
    """The scheduler and two workers, after xdist's own session has dealt the first tests."""
    cache = SimpleNamespace(get=lambda key, default: seconds if key == scheduling.KEY else default)
    config: Any = SimpleNamespace(
        getvalue={"tx": ["2*popen"]}.get, option=SimpleNamespace(loadscopereorder=True), cache=cache
    )
    scheduler = scheduling.make_scheduler(config, None)
    workers = [Worker("gw0"), Worker("gw1")]
    for worker in workers:
        scheduler.add_node(worker)
        scheduler.add_node_collection(worker, COLLECTION)
    scheduler.schedule()
    return scheduler, workers


def dealt(seconds: dict[str, float]) -> list[list[str]]:
    """The tests each of two workers is first sent."""
    _, workers = scheduled(seconds)
    return [[COLLECTION[i] for i in worker.sent] for worker in workers]


def test_the_scopes_are_modules_and_those_that_share_a_build() -> None:
    assert scheduling.scope_of("tests/test_long.py::test_one[a::b]") == "tests/test_long.py"
    assert scheduling.scope_of("tests/browser/test_layout.py::test_b") == "tests/browser/test_layout.py"
    search = "tests/browser/test_search.py"
    assert scheduling.scope_of(f"{search}::test_a") == search
    assert scheduling.scope_of("tests/browser/test_reading.py::test_c[instant]") == search


def test_untimed_modules_go_first_then_the_longest() -> None:
    seconds = {"b": 1.0, "c": 30.0, "d": 2.0}
    assert scheduling.longest_first(["b", "a", "c", "d", "e"], seconds) == ["a", "e", "c", "d", "b"]


SECONDS = {
    "tests/test_many.py": 3.0,
    "tests/browser/test_search.py": 20.0,
    "tests/browser/test_layout.py": 5.0,
    "tests/test_long.py": 40.0,
    "tests/test_new.py": 0.5,
    "tests/test_short.py": 0.1,
}


def test_the_longest_module_is_dealt_first_whatever_its_number_of_tests() -> None:
    first, second = dealt(SECONDS)
    # Dealt in turn, longest first; a worker sent a module of one test (which it keeps until it is sent
    # the next, to tear down) has run out of work and is sent one more module.
    assert first == ["tests/test_long.py::test_one", "tests/browser/test_layout.py::test_b"]
    assert second == ["tests/browser/test_search.py::test_a", "tests/browser/test_reading.py::test_c"]


def test_a_worker_is_sent_more_only_when_down_to_its_last_test() -> None:
    scheduler, (first, second) = scheduled(SECONDS)
    scheduler.mark_test_complete(second, COLLECTION.index("tests/browser/test_search.py::test_a"))
    assert [COLLECTION[i] for i in second.sent[2:]] == COLLECTION[:3]  # test_many.py, next longest
    scheduler.mark_test_complete(second, COLLECTION.index("tests/test_many.py::test_1"))
    assert len(second.sent) == 5  # two of test_many.py's tests still to run: nothing more yet
    scheduler.mark_test_complete(first, COLLECTION.index("tests/test_long.py::test_one"))
    assert [COLLECTION[i] for i in first.sent[2:]] == ["tests/test_new.py::test_x"]


def test_without_times_the_order_is_xdists_most_tests_first() -> None:
    first, second = dealt({})
    # A worker sent two tests or more has enough for now: the next module goes to the other.
    assert first == COLLECTION[:3]
    assert second == ["tests/browser/test_search.py::test_a", "tests/browser/test_reading.py::test_c"]


def test_each_workers_time_in_tests_and_finish_is_reported() -> None:
    line = scheduling.workers_line({"gw1": 280.4, "gw0": 300.2}, {"gw1": 351.0, "gw0": 309.6})
    assert line == "gw0 300 s, 310 s, gw1 280 s, 351 s"
