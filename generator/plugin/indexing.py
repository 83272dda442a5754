"""When Pagefind indexes the written site: at once in a build (which fails if it fails), and under
`mkdocs serve` in a thread after the build, so that an edit shows as soon as its pages are written
and the preview's search catches up a few seconds later. One run at a time: edits that come while
the index is being made are indexed together once it is done. A folder `serve` cleans while
Pagefind reads it is an error logged, never the end of the preview's indexing. Then, in the same
thread, the garbage collector settles (``settled``)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from mkdocs.exceptions import PluginError

from generator.plugin import heap

log = logging.getLogger("mkdocs.plugins.explainer")


class Indexer:
    """Runs the index job of each build, in the background when asked."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._pending: Callable[[], None] | None = None

    def index(self, job: Callable[[], None], *, background: bool) -> None:
        """Runs ``job`` now, or (``background``) in the thread, after the one it runs if any."""
        if not background:
            return job()
        with self._lock:
            self._pending = job
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="explainer-search", daemon=True)
                self._thread.start()
        return None

    def _run(self) -> None:
        try:
            while (job := self._next()) is not None:
                try:
                    job()
                except (PluginError, OSError) as error:  # the preview keeps its former index, and says why
                    log.error(f"explainer: the search index could not be made again: {error}")
        finally:  # whatever stopped it, the next build starts a thread again
            with self._lock:
                if self._thread is threading.current_thread():
                    self._thread = None

    def _next(self) -> Callable[[], None] | None:
        """The job asked for last, or None (then this thread ends, and the next build starts one)."""
        with self._lock:
            job, self._pending = self._pending, None
            if job is None:
                self._thread = None
            return job


def settled(job: Callable[[], None] | None = None) -> None:
    """Runs ``job``, then lets the garbage collector settle (under `serve`, once the edit shows): what
    the builds left is collected, and what is alive is frozen (``gc.freeze``), so that the collections
    during the next rebuild go only over what it makes, not over the stories and pages held between
    rebuilds (at 100 stories they took 0.55 to 0.97 s of a dirty rebuild's 5.2 to 5.7 s of CPU)."""
    try:
        if job is not None:
            job()
    finally:
        heap.settle()
