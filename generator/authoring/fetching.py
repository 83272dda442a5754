"""Fetching a source's page and extracting its main text: the only module that touches the network.

HTTP goes through httpx (connections, TLS, proxies from the environment); this module adds what a
source check needs on top. Every request has a connect/read timeout, an overall deadline, a
redirect limit (a loop is told as one) and a size cap; the
body is decoded by a byte-order mark, then strict UTF-8, then the declared charset, then detection.
HTML goes through trafilatura; plain text is taken as it is; anything else is refused. Every failure
is a ``FetchError`` with a kind and one sentence, never a traceback.
"""

from __future__ import annotations

import codecs
import re
import socket
import ssl
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from generator.errors import GeneratorError

if TYPE_CHECKING:  # httpx is imported where it is used: building a site never needs it
    import httpx

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
    import httpx

    started = time.monotonic()
    current = url
    visited: list[str] = []
    # Proxies and certificates from the environment are honoured, as by any well-behaved client.
    with httpx.Client(headers=_HEADERS, follow_redirects=False) as client:
        for _ in range(limits.max_redirects + 1):
            remaining = _remaining(current, limits, started)
            try:
                request = client.build_request("GET", current, timeout=min(limits.timeout, remaining))
                response = client.send(request, stream=True)
                try:
                    following = _next(response, current, visited)
                    if following is None:
                        body = _read_capped(response, limits, started, current)
                        content_type, charset = _content_type(response.headers.get("Content-Type", ""))
                        return Page(url, current, response.status_code, content_type, charset, body)
                finally:
                    response.close()
            except httpx.HTTPError as error:
                raise _fault(error, limits, current) from error
            except httpx.InvalidURL as error:
                raise FetchError(
                    "unreachable", f"{current!r} is not a valid address", final_url=current
                ) from error
            visited.append(current)
            current = following
    raise FetchError("unreachable", f"more than {limits.max_redirects} redirects", final_url=current)


_HEADERS = {
    "User-Agent": USER_AGENT,
    "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
    "Accept-Encoding": "identity",
}


def _remaining(current: str, limits: Limits, started: float) -> float:
    """Seconds left before the deadline for a request to ``current``, which must be http(s)."""
    parts = urlsplit(current)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError("unreachable", f"{current!r} is not an http(s) address", final_url=current)
    remaining = limits.deadline - (time.monotonic() - started)
    if remaining <= 0:
        raise FetchError("unreachable", f"no complete answer within {limits.deadline:g} s", final_url=current)
    return remaining


def _next(response: httpx.Response, current: str, visited: list[str]) -> str | None:
    """Where a redirect leads (None for an answer that is not one); a page gone or an error status
    is a ``FetchError``."""
    status = response.status_code
    if status in _REDIRECTS:
        # httpx resolves the Location against the address and keeps what the standard keeps.
        redirect = response.next_request
        if redirect is None:
            raise FetchError("unreachable", f"HTTP {status} without a Location", status, current)
        following = str(redirect.url)
        if following in visited or following == current:
            raise FetchError("unreachable", "the address redirects in a loop", status, following)
        return following
    if status in (404, 410):
        raise FetchError("gone", f"HTTP {status}: the page is gone", status, current)
    if status >= 400:
        raise FetchError("unreachable", f"HTTP {status} {response.reason_phrase}".strip(), status, current)
    return None


def _fault(error: httpx.HTTPError, limits: Limits, url: str) -> FetchError:
    """A failure of the connection or of the protocol, in one sentence."""
    import httpx

    if isinstance(error, httpx.TimeoutException):
        return FetchError("unreachable", f"no answer within {limits.timeout:g} s", final_url=url)
    cause = _root(error)
    if isinstance(cause, ssl.SSLCertVerificationError):
        reason = cause.verify_message or cause.reason or "the certificate is not valid"
        return FetchError("unreachable", f"cannot connect securely: {reason}", final_url=url)
    if isinstance(cause, ssl.SSLError):
        return FetchError("unreachable", f"cannot connect securely: {cause.reason or cause}", final_url=url)
    if isinstance(cause, socket.gaierror):
        host = urlsplit(url).hostname
        return FetchError("unreachable", f"cannot connect: no address found for {host}", final_url=url)
    if isinstance(error, httpx.NetworkError):
        reason = (
            (cause.strerror if isinstance(cause, OSError) else None) or str(cause) or type(cause).__name__
        )
        return FetchError("unreachable", f"cannot connect: {reason}", final_url=url)
    return FetchError("unreachable", f"a broken HTTP answer ({error})", final_url=url)


def _root(error: BaseException) -> BaseException:
    """The first error in the chain of causes (httpx wraps the socket's and the TLS layer's)."""
    while error.__cause__ is not None or error.__context__ is not None:
        error = error.__cause__ or error.__context__  # type: ignore[assignment]
    return error


def _read_capped(response: httpx.Response, limits: Limits, started: float, url: str) -> bytes:
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > limits.max_bytes:
        raise FetchError("too-large", _too_large(int(declared), limits), final_url=url)
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():  # what has arrived, so the deadline is checked often
        if time.monotonic() - started > limits.deadline:
            raise FetchError("unreachable", f"no complete answer within {limits.deadline:g} s", final_url=url)
        size += len(chunk)
        if size > limits.max_bytes:
            raise FetchError("too-large", _too_large(None, limits), final_url=url)
        chunks.append(chunk)
    return b"".join(chunks)


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
