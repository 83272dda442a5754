"""Fetching a source's page and extracting its main text: the only module that touches the network.

Every request has a connect/read timeout, an overall deadline, a redirect limit and a size cap; the
body is decoded by a byte-order mark, then strict UTF-8, then the declared charset, then detection.
HTML goes through trafilatura; plain text is taken as it is; anything else is refused. Every failure
is a ``FetchError`` with a kind and one sentence, never a traceback.
"""

from __future__ import annotations

import codecs
import http.client
import re
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from generator.errors import GeneratorError

USER_AGENT = "explainer-sites source check (+https://github.com/)"
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_REDIRECTS = {301, 302, 303, 307, 308}


@dataclass(frozen=True)
class Limits:
    """How long, how far and how much a fetch may go."""

    timeout: float = 20.0  # seconds for connecting and for each read
    deadline: float = 60.0  # seconds for the whole fetch, redirects included
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5


DEFAULT_LIMITS = Limits()


class FetchError(GeneratorError):
    """A page could not be fetched or read. ``kind`` is gone, unreachable, too-large or no-text."""

    def __init__(self, kind: str, message: str, status: int | None = None, final_url: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.status = status
        self.final_url = final_url


@dataclass(frozen=True)
class Page:
    """A fetched body and what the server said about it."""

    url: str
    final_url: str
    status: int
    content_type: str
    declared_charset: str
    body: bytes

    @property
    def redirected(self) -> bool:
        return self.final_url != self.url


@dataclass(frozen=True)
class Extracted:
    """The main text of a page or file, and how it was obtained."""

    text: str
    extractor: str
    charset: str
    note: str = ""


def fetch(url: str, limits: Limits = DEFAULT_LIMITS) -> Page:
    """GET ``url``, following at most ``limits.max_redirects`` redirects, reading at most max_bytes."""
    started = time.monotonic()
    current = url
    visited: list[str] = []
    for _ in range(limits.max_redirects + 1):
        parts = urlsplit(current)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError("unreachable", f"{current!r} is not an http(s) address", final_url=current)
        remaining = limits.deadline - (time.monotonic() - started)
        if remaining <= 0:
            raise FetchError(
                "unreachable", f"no complete answer within {limits.deadline:g} s", final_url=current
            )
        connection_class = (
            http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        )
        connection = connection_class(parts.hostname, parts.port, timeout=min(limits.timeout, remaining))
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        try:
            connection.request(
                "GET",
                target,
                headers={
                    "User-Agent": USER_AGENT,
                    "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
                    "Accept-Encoding": "identity",
                },
            )
            response = connection.getresponse()
            if response.status in _REDIRECTS:
                location = response.getheader("Location")
                if not location:
                    raise FetchError(
                        "unreachable", f"HTTP {response.status} without a Location", response.status, current
                    )
                visited.append(current)
                current = urljoin(current, location)
                if current in visited:
                    raise FetchError(
                        "unreachable", "the address redirects in a loop", response.status, current
                    )
                continue
            if response.status in (404, 410):
                raise FetchError(
                    "gone", f"HTTP {response.status}: the page is gone", response.status, current
                )
            if response.status >= 400:
                raise FetchError(
                    "unreachable",
                    f"HTTP {response.status} {response.reason}".strip(),
                    response.status,
                    current,
                )
            body = _read_capped(response, limits, started, current)
            content_type, charset = _content_type(response.getheader("Content-Type") or "")
            return Page(url, current, response.status, content_type, charset, body)
        except TimeoutError as error:  # socket.timeout is TimeoutError
            raise FetchError(
                "unreachable", f"no answer within {limits.timeout:g} s", final_url=current
            ) from error
        except (http.client.HTTPException, ValueError) as error:
            raise FetchError("unreachable", f"a broken HTTP answer ({error})", final_url=current) from error
        except OSError as error:
            reason = error.strerror or str(error) or type(error).__name__
            raise FetchError("unreachable", f"cannot connect: {reason}", final_url=current) from error
        finally:
            connection.close()
    raise FetchError("unreachable", f"more than {limits.max_redirects} redirects", final_url=current)


def _read_capped(response: http.client.HTTPResponse, limits: Limits, started: float, url: str) -> bytes:
    declared = response.getheader("Content-Length")
    if declared and declared.isdigit() and int(declared) > limits.max_bytes:
        raise FetchError("too-large", _too_large(int(declared), limits), final_url=url)
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() - started > limits.deadline:
            raise FetchError("unreachable", f"no complete answer within {limits.deadline:g} s", final_url=url)
        chunk = response.read1(64 * 1024)  # what has arrived, so the deadline is checked often
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limits.max_bytes:
            raise FetchError("too-large", _too_large(None, limits), final_url=url)
        chunks.append(chunk)


def _too_large(size: int | None, limits: Limits) -> str:
    limit = f"{limits.max_bytes / 1024 / 1024:g} MB"
    return (
        f"the page is {size / 1024 / 1024:.0f} MB; the limit is {limit}"
        if size
        else f"the page exceeds {limit}"
    )


def _content_type(header: str) -> tuple[str, str]:
    kind, _, params = header.partition(";")
    match = re.search(r"charset\s*=\s*\"?([^\";\s]+)", params, re.IGNORECASE)
    return kind.strip().lower(), match.group(1) if match else ""


def decode(body: bytes, declared: str = "") -> tuple[str, str, str]:
    """The text of ``body``, the charset used and a note when the declared charset was wrong."""
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if body.startswith(bom):
            return body.decode(name, errors="replace"), name.removesuffix("-sig"), ""
    if not declared:
        meta = _META_CHARSET.search(body[:4096])
        declared = meta.group(1).decode("ascii", errors="ignore") if meta else ""
    declared_name = _codec_name(declared)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        # Valid UTF-8 with non-ASCII bytes is almost never another encoding, whatever the page says.
        wrong = declared_name not in ("", "utf-8", "ascii") and not body.isascii()
        return text, "utf-8", f"declared {declared} but is UTF-8" if wrong else ""
    if declared_name:
        try:
            return body.decode(declared_name), declared_name, ""
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(body).best()
    if best is None or _single_byte(best.encoding):
        # Among single-byte guesses, Windows-1252 is what mislabelled Western pages are (WHATWG's default).
        try:
            text = body.decode("cp1252")
        except UnicodeDecodeError:
            pass
        else:
            return text, "cp1252", f"declared {declared} but is cp1252" if declared else ""
    if best is not None:
        note = f"declared {declared} but is {best.encoding}" if declared else ""
        return str(best), best.encoding, note
    return body.decode("cp1252", errors="replace"), "cp1252", "charset unknown; read as Windows-1252"


def _single_byte(label: str) -> bool:
    """True for a one-byte-per-character code page (cp775, koi8-r), false for UTF-8, GB18030, Shift JIS."""
    import importlib

    try:
        module = importlib.import_module("encodings." + codecs.lookup(label).name.replace("-", "_"))
    except (LookupError, ImportError):
        return False
    return hasattr(module, "decoding_table")


def _codec_name(label: str) -> str:
    if not label:
        return ""
    try:
        return codecs.lookup(label).name
    except LookupError:
        return ""


def _looks_like_html(content_type: str, body: bytes) -> bool:
    if content_type in ("text/html", "application/xhtml+xml"):
        return True
    head = body[:1024].lstrip().lower()
    return not content_type and (head.startswith(b"<!doctype html") or head.startswith(b"<html"))


def extract(body: bytes, content_type: str = "", declared_charset: str = "") -> Extracted:
    """The main text of an HTML page (trafilatura) or a plain-text body; refuse anything else."""
    if not _looks_like_html(content_type, body) and content_type not in ("text/plain", ""):
        raise FetchError(
            "no-text", f"the page is {content_type}, not HTML or plain text; save its text and use --file"
        )
    if b"\x00" in body[:4096] and not body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise FetchError(
            "no-text", "the page is binary, not HTML or plain text; save its text and use --file"
        )
    text, charset, note = decode(body, declared_charset)
    if not _looks_like_html(content_type, body):
        return Extracted(_tidy(text), "plain text", charset, note)
    import trafilatura

    # No `deduplicate`: trafilatura's cache spans calls, so a page fetched twice would lose its text.
    main = trafilatura.extract(text, include_comments=False, include_tables=True)
    if not main or not main.strip():
        raise FetchError(
            "no-text",
            "the page holds no readable text (it may be built by script); save its text and use --file",
        )
    return Extracted(_tidy(main), f"trafilatura {trafilatura.__version__}", charset, note)


def extract_file(path: Path) -> Extracted:
    """The main text of a saved file: HTML by its suffix, otherwise plain text."""
    try:
        body = path.read_bytes()
    except OSError as error:
        raise FetchError("unreachable", f"cannot read {path}: {error.strerror or error}") from error
    kind = "text/html" if path.suffix.lower() in (".html", ".htm", ".xhtml") else "text/plain"
    return extract(body, kind)


def _tidy(text: str) -> str:
    """Line endings unified and trailing space dropped, so the same text always hashes the same."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip() + "\n"


__all__ = [
    "DEFAULT_LIMITS",
    "Extracted",
    "FetchError",
    "Limits",
    "Page",
    "decode",
    "extract",
    "extract_file",
    "fetch",
]
