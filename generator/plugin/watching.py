"""How `mkdocs serve` learns of an edit: from the operating system's file events, not by polling.

MkDocs' live-reload server polls every folder it watches twice a second (watchdog's
``PollingObserver``): each poll lists and stats every file. The content folder of a publication holds
every story's files (3,751 at 100 stories: 50 ms of CPU a poll, a tenth of a core while serving, and
ten times that at 1,000 stories), and an edit waits up to half a second to be seen. Where watchdog has
an observer of the system's events (inotify on Linux, FSEvents on macOS, ReadDirectoryChangesW on
Windows), the server's observer is swapped for it before it starts, with the same folders watched.
Events do not reach every file system (a Windows drive under WSL, some network or container mounts):
EXPLAINER_POLLING=1 keeps MkDocs' polling, and so does a failure to watch a folder with events.
Only changes are events (``CHANGES``): a file opened or read is not (MkDocs' handler takes any event,
and every build reads watched files, the templates and the story files it digests, so it would
build again and again).

Relies on MkDocs internals (``LiveReloadServer.observer``, ``_watched_paths`` and ``watch``);
``tests/test_plugin_watching.py`` fails when they change.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from functools import partial
from typing import Any

from mkdocs.livereload import LiveReloadServer
from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirModifiedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
)
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

# The environment variable that keeps MkDocs' polling (``1``, ``true`` or ``yes``).
POLLING_VARIABLE = "EXPLAINER_POLLING"

log = logging.getLogger("mkdocs.plugins.explainer")

# The events that mean a change: a file or folder made, written (and closed after writing), moved or
# deleted. Not a file opened, nor closed unwritten.
CHANGES: tuple[type[FileSystemEvent], ...] = (
    FileCreatedEvent,
    FileModifiedEvent,
    FileClosedEvent,
    FileMovedEvent,
    FileDeletedEvent,
    DirCreatedEvent,
    DirModifiedEvent,
    DirMovedEvent,
    DirDeletedEvent,
)


def polling_wanted(environ: dict[str, str] | None = None) -> bool:
    value = (os.environ if environ is None else environ).get(POLLING_VARIABLE, "").strip().lower()
    return value in ("1", "true", "yes", "on")


def with_events(server: LiveReloadServer, observer: Callable[[], Any] = Observer) -> bool:
    """Swaps the ``server``'s polling observer, not started yet, for ``observer`` (the system's
    events), watching the same folders, and starts it; returns whether it did. Keeps polling when
    asked to (``POLLING_VARIABLE``), when the observer is another or runs already, or when a folder
    cannot be watched with events (no such observer here, or past the system's limit of watches)."""
    if polling_wanted() or not isinstance(server.observer, PollingObserver) or server.observer.is_alive():
        return False
    polling = server.observer, server._watched_paths, server._watch_refs
    events = observer()
    schedule = events.schedule
    # MkDocs' ``watch`` schedules a handler of any event: the observer is told to give only changes.
    events.schedule = partial(_changes_only, schedule)
    server.observer, server._watched_paths, server._watch_refs = events, {}, {}
    try:
        for path, count in polling[1].items():
            for _ in range(count):
                server.watch(path)
        events.start()
    except OSError as error:
        events.stop()
        server.observer, server._watched_paths, server._watch_refs = polling
        log.info(f"explainer: serve polls for edits ({error})")
        return False
    events.start = _running  # `serve` starts the observer it finds: this one runs already
    return True


def _running() -> None:
    return None


def _changes_only(schedule: Callable[..., Any], handler: Any, path: str, **options: Any) -> Any:
    return schedule(handler, path, **options, event_filter=list(CHANGES))
