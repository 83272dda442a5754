"""`serve` learns of edits from the system's file events instead of MkDocs' polling
(``generator.plugin.watching``), on MkDocs' own live-reload server: the same folders are watched, an
edit asks for a rebuild, and polling stays when asked for or when events cannot be had."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from mkdocs.livereload import LiveReloadServer
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

from generator.plugin.watching import POLLING_VARIABLE, with_events


def server_watching(*folders: Path) -> LiveReloadServer:
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(folders[0]))
    for folder in folders:
        server.watch(str(folder))
    return server


def rebuild_asked(server: LiveReloadServer, edited: Path) -> bool:
    """Whether writing ``edited`` makes the server want a rebuild (within 10 s)."""
    edited.write_text("edited\n", "utf-8")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with server._rebuild_cond:
            if server._want_rebuild:
                return True
        time.sleep(0.05)
    return False


def test_serve_watches_the_same_folders_with_events_and_sees_an_edit(tmp_path: Path) -> None:
    content, docs = tmp_path / "content", tmp_path / "docs"
    (content / "story").mkdir(parents=True)
    docs.mkdir()
    server = server_watching(docs, content, content)
    watched = dict(server._watched_paths)
    try:
        assert with_events(server)
        assert not isinstance(server.observer, PollingObserver) and server.observer.is_alive()
        assert server._watched_paths == watched
        server.observer.start()  # as `serve` does: the observer runs already, nothing happens
        glossary = content / "story" / "glossary.yaml"
        assert rebuild_asked(server, glossary)
        with server._rebuild_cond:
            server._want_rebuild = False
        time.sleep(0.5)  # the events of the write are in
        with server._rebuild_cond:
            server._want_rebuild = False
        glossary.read_text("utf-8")  # as a build reads it: no event, or the server would build forever
        time.sleep(0.5)
        with server._rebuild_cond:
            assert not server._want_rebuild
    finally:
        server.observer.stop()


def test_polling_stays_when_asked_for_or_when_events_cannot_be_had(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = server_watching(tmp_path)
    polling, refs = server.observer, dict(server._watch_refs)
    monkeypatch.setenv(POLLING_VARIABLE, "1")
    assert not with_events(server) and server.observer is polling
    monkeypatch.delenv(POLLING_VARIABLE)

    class Refused(Observer):
        def start(self) -> None:
            raise OSError("inotify watch limit reached")

    assert not with_events(server, Refused)
    assert server.observer is polling and server._watch_refs == refs
    assert server._watched_paths == {str(tmp_path): 1}
    polling.start()
    try:
        assert rebuild_asked(server, tmp_path / "page.md")
    finally:
        polling.stop()
