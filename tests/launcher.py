"""`python -m generator ARGS` and `python -m mkdocs build ...` as a contributor runs them, without
paying for the interpreter each time.

Each run is still a process of its own, with its own working folder, environment, exit code, standard
output and error (what a contributor sees, tracebacks included). It is forked from a launcher: one
process per test worker that has started Python and imported the generator, MkDocs, the theme and their
libraries (about 0.45 s of CPU for a quick command, most of its time, and 1 s for a build) and then
only forks.
The launcher never runs a command itself, so each run starts from what a fresh interpreter holds after
those imports, never from what an earlier run left.

What Python reads only as it starts (PYTHON* variables, the locale's) cannot change in a fork: a run
whose environment changes one of them starts a real interpreter instead, but for PYTHONWARNINGS, which
the fork applies as Python's start does (its filters over the default ones).
``tests/test_launcher.py`` holds runs through the launcher to runs of a real interpreter, byte for byte.
"""

from __future__ import annotations

import atexit
import json
import locale
import os
import select
import signal
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

# Read by the interpreter as it starts, so a run that sets one differently needs a real interpreter;
# but for PYTHONWARNINGS, which a fork applies itself.
AT_START = ("PYTHON", "LC_", "LANG")
APPLIED = {"PYTHONWARNINGS"}
MODULES = ("generator", "mkdocs")

SERVER = r"""
import io, json, os, runpy, sys, traceback, warnings
python_filters = list(warnings.filters)  # before any import: as Python starts
import generator.cli  # the command line and everything it imports at start
import generator.plugin, mkdocs.__main__, mkdocs.commands.build, mkdocs.plugins  # a build's
import material.plugins.search.plugin, markdown, pymdownx.superfences, pymdownx.highlight
mkdocs.plugins.get_plugins()  # reads every package's entry points once (imported modules stay)
imports_filters = [f for f in warnings.filters if f not in python_filters]  # what imports added

requests, replies = sys.stdin.buffer, sys.stdout.buffer
encodings = (sys.stdout.encoding, sys.stderr.encoding)
for line in requests:
    request = json.loads(line)
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.chdir(request["cwd"])
            os.environ.clear()
            os.environ.update(request["env"])
            # The warning filters as Python's start makes them from PYTHONWARNINGS, then the imports'.
            warnings.filters[:] = python_filters
            sys.warnoptions[:] = [o for o in os.environ.get("PYTHONWARNINGS", "").split(",") if o]
            warnings._processoptions(sys.warnoptions)
            warnings.filters[:0] = imports_filters
            stdin = os.open(os.devnull, os.O_RDONLY)
            os.dup2(stdin, 0)
            for fd, path in ((1, request["out"]), (2, request["err"])):
                os.dup2(os.open(path, os.O_WRONLY | os.O_TRUNC), fd)
            sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False))
            sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encodings[0])
            sys.stderr = io.TextIOWrapper(
                io.FileIO(2, "w", closefd=False), encodings[1], errors="backslashreplace", line_buffering=True
            )
            sys.argv = [request["main"], *request["args"]]
            sys.path[0] = request["cwd"]
            try:
                runpy.run_module(request["module"], run_name="__main__", alter_sys=True)
                code = 0
            except SystemExit as done:
                if done.code is None or isinstance(done.code, int):
                    code = done.code or 0
                else:
                    print(done.code, file=sys.stderr)
            except BaseException:
                traceback.print_exc()
        finally:
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.flush()
                except BaseException:
                    pass
            os._exit(code)
    replies.write(b"%d\n" % pid)
    replies.flush()
    _, status = os.waitpid(pid, 0)
    replies.write(b"%d\n" % os.waitstatus_to_exitcode(status))
    replies.flush()
"""


class Launcher:
    """The forking process of one test worker, started on its first run."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None
        self.started_with: dict[str, str] = {}

    def start(self) -> subprocess.Popen[bytes]:
        if self.process is None or self.process.poll() is not None:
            self.started_with = dict(os.environ)
            self.process = subprocess.Popen(
                [sys.executable, "-c", SERVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE
            )
            atexit.register(self.stop)
        return self.process

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.close()
            self.process.wait(timeout=30)

    def forks_for(self, env: Mapping[str, str]) -> bool:
        """Whether a fork sees ``env`` as an interpreter started with it would."""
        self.start()
        keys = {k for k in {*env, *self.started_with} if k.startswith(AT_START)} - APPLIED
        return all(env.get(k) == self.started_with.get(k) for k in keys)

    def run(
        self, module: str, args: list[str], cwd: Path, env: Mapping[str, str], timeout: float
    ) -> tuple[int, bytes, bytes]:
        process = self.start()
        assert process.stdin is not None and process.stdout is not None
        with tempfile.TemporaryDirectory() as folder:
            out, err = Path(folder) / "out", Path(folder) / "err"
            out.touch()
            err.touch()
            request = {
                "module": module,
                "args": args,
                "cwd": str(Path(cwd).resolve()),
                "env": dict(env),
                "out": str(out),
                "err": str(err),
                "main": module,
            }
            process.stdin.write(json.dumps(request).encode("utf-8") + b"\n")
            process.stdin.flush()
            replies = process.stdout.fileno()
            pid = int(line(replies))
            ready, _, _ = select.select([replies], [], [], timeout)
            if not ready:
                os.kill(pid, signal.SIGKILL)
                line(replies)
                raise subprocess.TimeoutExpired(["explainer", *args], timeout)
            code = int(line(replies))
            return code, out.read_bytes(), err.read_bytes()


def line(fd: int) -> bytes:
    """One line of the launcher's replies, read a byte at a time from the pipe itself: a buffered
    reader could take the exit code along with the pid, and select() would then wait for a reply
    that had already come, until the timeout."""
    read = b""
    while not read.endswith(b"\n"):
        byte = os.read(fd, 1)
        if not byte:
            raise RuntimeError("the test launcher ended")
        read += byte
    return read


LAUNCHER = Launcher()


def text(data: bytes) -> str:
    """Output as ``subprocess.run(text=True)`` gives it: the locale's encoding, universal newlines."""
    decoded = data.decode(locale.getpreferredencoding(False))
    return decoded.replace("\r\n", "\n").replace("\r", "\n")


def python_m(
    module: str, *args: str, cwd: Path, env: Mapping[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """``subprocess.run([python, "-m", module, *args], capture_output=True, text=True)`` for the
    generator or MkDocs, forked from the launcher when the environment allows (``env`` replaces the
    environment, as there)."""
    assert module in MODULES, module
    environment = dict(os.environ if env is None else env)
    command = [sys.executable, "-m", module, *args]
    if not LAUNCHER.forks_for(environment):
        return subprocess.run(
            command, cwd=cwd, env=environment, capture_output=True, text=True, timeout=timeout, check=False
        )
    code, out, err = LAUNCHER.run(module, list(args), cwd, environment, timeout)
    return subprocess.CompletedProcess(command, code, text(out), text(err))


def explainer(
    *args: str, cwd: Path, env: Mapping[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """``python -m generator ARGS``, as ``python_m`` runs it."""
    return python_m("generator", *args, cwd=cwd, env=env, timeout=timeout)
