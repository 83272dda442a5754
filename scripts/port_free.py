"""Exit 1 with one line naming ADDR= when the address `make serve` would listen on is taken.

Run before `mkdocs serve`, which otherwise builds the whole site and then fails with a traceback.
Usage: python scripts/port_free.py HOST:PORT
"""

from __future__ import annotations

import socket
import sys


def taken(host: str, port: int) -> bool:
    """Whether a server already listens on host:port (a bind there fails)."""
    for family, kind, proto, _, address in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM):
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(address)
            except OSError:
                return True
    return False


def main(addr: str) -> int:
    host, _, port = addr.rpartition(":")
    if not host or not port.isdigit():
        print(f"error: ADDR={addr} is not HOST:PORT; e.g. make serve ADDR=127.0.0.1:8001", file=sys.stderr)
        return 1
    if taken(host.strip("[]"), int(port)):
        following = f"{host}:{int(port) + 1}"
        print(
            f"error: {addr} is in use (another server?); serve elsewhere with make serve ADDR={following}",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
