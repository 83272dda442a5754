"""What a build holds to its end is out of the collector's sight (``generator.plugin.heap``), and
what it let go of is still collected once the build settles."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from generator.plugin import heap


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def cycle() -> weakref.ref[Node]:
    """A cycle that only the collector can free, known by a weak reference to one of its nodes."""
    first, second = Node(), Node()
    first.other, second.other = second, first
    return weakref.ref(first)


@pytest.fixture(autouse=True)
def unfrozen() -> Iterator[None]:
    yield
    gc.unfreeze()


def test_what_is_taken_is_held_and_the_collector_paused_while_taking() -> None:
    gc.unfreeze()
    runs: list[str] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        runs.append(phase)

    gc.callbacks.append(seen)
    try:
        with heap.taking():
            taken = [{"story": index} for index in range(50_000)]  # well past a young collection
            assert not gc.isenabled()
        assert runs == [] and gc.isenabled()
    finally:
        gc.callbacks.remove(seen)
    assert gc.get_freeze_count() >= len(taken)


def test_a_cycle_let_go_after_it_was_held_is_collected_when_the_build_settles() -> None:
    gc.unfreeze()
    found = cycle()
    heap.hold()
    gc.collect()
    assert found() is not None  # held: the collector does not see it
    heap.settle()
    assert found() is None
    assert gc.get_freeze_count() > 0  # what is alive is held again
    later = cycle()
    heap.hold()
    heap.released()
    assert later() is None
