"""`make serve` on a busy address: one line naming ADDR=, before any build, never a traceback."""

from __future__ import annotations

import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


@pytest.fixture
def busy() -> Iterator[str]:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        yield f"127.0.0.1:{server.getsockname()[1]}"


def test_make_serve_on_a_busy_port_says_which_addr_to_use(busy: str) -> None:
    port = int(busy.rsplit(":", 1)[1])
    # -o: the installed packages count as up to date, so only the serve recipe runs.
    result = subprocess.run(
        ["make", "--no-print-directory", "-o", ".venv/.installed-serve", "serve", f"ADDR={busy}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert result.stdout == ""
    ours = [line for line in result.stderr.splitlines() if not line.startswith("make")]
    assert ours == [
        f"error: {busy} is in use (another server?); serve elsewhere with make serve ADDR=127.0.0.1:{port + 1}"
    ]
    assert "Traceback" not in result.stderr and "Building documentation" not in result.stderr


def test_the_readme_documents_addr() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make serve ADDR=127.0.0.1:8001" in readme
