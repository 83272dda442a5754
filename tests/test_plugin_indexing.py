"""When Pagefind runs (``generator.plugin.indexing``): at once in a build, where its failure stops the
build; under `serve` in a thread, one run at a time, the edits that came meanwhile indexed together
once it is done, and a failure logged while the preview goes on; then the garbage collector settles."""

from __future__ import annotations

import gc
import logging
import threading
import weakref
from collections.abc import Callable

import pytest
from mkdocs.exceptions import PluginError

from generator.plugin.indexing import Indexer, settled


def test_a_build_indexes_at_once_and_stops_on_a_failure() -> None:
    done: list[str] = []
    indexer = Indexer()
    indexer.index(lambda: done.append("built"), background=False)
    assert done == ["built"]

    def failing() -> None:
        raise PluginError("Pagefind could not index the site")

    with pytest.raises(PluginError):
        indexer.index(failing, background=False)


def test_serve_indexes_in_the_background_and_catches_up_with_the_last_edit(
    caplog: pytest.LogCaptureFixture,
) -> None:
    done: list[str] = []
    started, release, finished = threading.Event(), threading.Event(), threading.Event()

    def first() -> None:
        started.set()
        release.wait(10)
        done.append("first")

    def last(name: str) -> Callable[[], None]:
        def job() -> None:
            done.append(name)
            finished.set()

        return job

    indexer = Indexer()
    indexer.index(first, background=True)
    assert started.wait(10) and done == []  # the build went on while the index is made
    indexer.index(lambda: done.append("second"), background=True)
    indexer.index(last("third"), background=True)  # replaces the second, which has not run yet
    release.set()
    assert finished.wait(10) and done == ["first", "third"]

    failed = threading.Event()

    def failing() -> None:
        failed.set()
        release.wait(10)
        raise PluginError("Pagefind could not index the site")

    release.clear()
    finished.clear()
    with caplog.at_level(logging.ERROR, logger="mkdocs.plugins.explainer"):
        indexer.index(failing, background=True)
        assert failed.wait(10)
        indexer.index(last("after"), background=True)  # runs once the failed one is done
        release.set()
        assert finished.wait(10)
    assert "could not be made again: Pagefind could not index the site" in caplog.text
    assert done == ["first", "third", "after"]

    def vanished() -> None:
        failed.set()
        release.wait(10)
        raise FileNotFoundError("site/pagefind")  # `serve` cleaned the site meanwhile

    failed.clear()
    release.clear()
    finished.clear()
    with caplog.at_level(logging.ERROR, logger="mkdocs.plugins.explainer"):
        indexer.index(vanished, background=True)
        assert failed.wait(10)
        indexer.index(last("later"), background=True)
        release.set()
        assert finished.wait(10)
    assert "could not be made again: site/pagefind" in caplog.text
    assert done == ["first", "third", "after", "later"]


class Node:
    """An object in a cycle: only the garbage collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_settling_collects_what_builds_left_even_frozen_and_freezes_what_lives() -> None:
    ran: list[str] = []
    left, kept = Node(), Node()
    gc.freeze()  # as a settling after an earlier build would have left it
    gone = weakref.ref(left)
    del left
    try:
        with pytest.raises(PluginError):
            settled(lambda: (ran.append("indexed"), _raise())[0])
        assert ran == ["indexed"] and gone() is None  # collected though the job failed
        assert gc.get_freeze_count() > 0 and kept.me is kept
        settled()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def _raise() -> None:
    raise PluginError("Pagefind could not index the site")
