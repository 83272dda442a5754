"""`explainer snapshot` and `explainer sources check` against a real HTTP server on 127.0.0.1.

The server, started here on a free port, serves pages that change, vanish, redirect in a loop or too
often, time out, fail with 500, send 50 MB, declare the wrong charset, are not HTML, or carry their
text only in script; a second one speaks TLS with a certificate no one signed. A closed port and a
host that cannot exist (``.invalid``) stand for a refused connection and a failed DNS lookup. Each
case gets one clear line, never a traceback, and leaves nothing half-written on disk. No request
may leave 127.0.0.1: any other address fails the test.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.authoring.fetching import FetchError, Limits, decode, extract, fetch
from generator.cli import cli
from generator.format.rules import SOURCE_CHECK_RULES

BASE = Path(__file__).parent / "fixtures" / "rules" / "base"
ARTICLE = (BASE / "harbour-strike" / "source.txt").read_text(encoding="utf-8")
PARAGRAPHS = [" ".join(part.split()) for part in ARTICLE.split(". ") if part.strip()]
# Long enough for a local page on a busy machine (at 0.4 s a snapshot failed once at load 9), short
# enough for the page that answers after 2 s to fail.
TIMEOUT = "1.5"


def html(paragraphs: list[str], charset: str = "utf-8") -> bytes:
    body = "".join(f"<p>{p.rstrip('.')}.</p>" for p in paragraphs)
    return (
        f'<html><head><meta charset="{charset}"><title>Dock workers walk out</title></head><body>'
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f"<article><h1>Dock workers walk out</h1>{body}</article>"
        "<footer>Copyright Example News</footer></body></html>"
    ).encode(charset)


class Pages:
    """What the server answers, per path; tests change it between requests."""

    def __init__(self) -> None:
        self.article = html(PARAGRAPHS)
        self.hosts: list[str] = []


class Handler(BaseHTTPRequestHandler):
    pages: Pages

    def log_message(self, *args: object) -> None:  # keep the test output quiet
        pass

    def send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, status: int, location: str) -> None:
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        self.pages.hosts.append(self.headers.get("Host", ""))
        path = self.path
        try:
            if path == "/article":
                self.send(200, self.pages.article)
            elif path == "/moved":
                self.redirect(301, "/article")
            elif path in ("/loop-a", "/loop-b"):
                self.redirect(302, "/loop-b" if path == "/loop-a" else "/loop-a")
            elif path.startswith("/hop-"):
                self.redirect(302, f"/hop-{int(path.removeprefix('/hop-')) + 1}")
            elif path == "/no-location":
                self.send_response(302)
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif path == "/to-ftp":
                self.redirect(302, "ftp://127.0.0.1/article")
            elif path == "/gone":
                self.send(404, b"<html><body>Not found</body></html>")
            elif path == "/removed":
                self.send(410, b"<html><body>Gone</body></html>")
            elif path == "/error":
                self.send(500, b"<html><body>Internal error</body></html>")
            elif path == "/slow":
                time.sleep(2)
                self.send(200, self.pages.article)
            elif path == "/huge":
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                chunk = b"<p>" + b"x" * (1024 * 1024 - 7) + b"</p>\n"
                for _ in range(50):
                    self.wfile.write(chunk)
            elif path == "/huge-declared":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(50 * 1024 * 1024))
                self.end_headers()
            elif path == "/wrong-charset":
                # Declared Latin-1 by header and meta tag, sent as UTF-8.
                page = html([*PARAGRAPHS, "Zürich’s dockers joined too"], "utf-8").replace(
                    b'charset="utf-8"', b'charset="iso-8859-1"'
                )
                self.send(200, page, "text/html; charset=iso-8859-1")
            elif path == "/cp1252-as-utf8":
                page = html([*PARAGRAPHS, "Zürich’s dockers joined too"], "cp1252")
                self.send(200, page.replace(b'charset="cp1252"', b'charset="utf-8"'))
            elif path == "/drip":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(40):
                    self.wfile.write(b"<p>x</p>")
                    self.wfile.flush()
                    time.sleep(0.1)
            elif path == "/pdf":
                self.send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "application/pdf")
            elif path == "/plain":
                self.send(200, ARTICLE.encode("utf-8"), "text/plain; charset=utf-8")
            elif path == "/script":
                script = "document.body.innerText = " + repr(ARTICLE) + ";"
                self.send(
                    200,
                    f"<html><head><title>App</title></head><body><script>{script}</script></body></html>".encode(),
                )
            else:
                self.send(404, b"no such page")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading (the size cap): that is the point


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, Pages]]:
    pages = Pages()
    handler = type("BoundHandler", (Handler,), {"pages": pages})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", pages
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(autouse=True)
def only_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any connection to another host than 127.0.0.1 fails the test."""
    original = socket.create_connection

    def guarded(address: tuple[str, int], *args: object, **kwargs: object) -> socket.socket:
        # A `.invalid` name never resolves (RFC 2606): the lookup fails before any connection.
        local = address[0] in ("127.0.0.1", "localhost") or address[0].endswith(".invalid")
        assert local, f"a request left 127.0.0.1: {address}"
        return original(address, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "create_connection", guarded)


@pytest.fixture(autouse=True)
def fresh_article(server: tuple[str, Pages]) -> None:
    server[1].article = html(PARAGRAPHS)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(BASE, folder)
    sources = folder / "harbour-strike" / "sources.yaml"
    sources.write_text(
        sources.read_text("utf-8").replace("  snapshot: source.txt\n", "  url: https://example.org/x\n"),
        "utf-8",
    )
    return folder


def point_at(content: Path, url: str) -> None:
    sources = content / "harbour-strike" / "sources.yaml"
    lines = [
        f"  url: {url}" if line.startswith("  url:") else line
        for line in sources.read_text("utf-8").split("\n")
    ]
    sources.write_text("\n".join(lines), "utf-8")


def snapshot(content: Path, url: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(
        cli, ["snapshot", "port-news", "--url", url, "--content", str(content), "--timeout", TIMEOUT]
    )
    return result.exit_code, result.stdout, result.stderr


def check(content: Path, *extra: str) -> tuple[int, list[str]]:
    """The exit code and each verdict line, as `line:col: severity[rule]: message` (the path dropped)."""
    result = CliRunner().invoke(cli, ["sources", "check", str(content), "--timeout", TIMEOUT, *extra])
    assert "Traceback" not in result.output
    lines = [line for line in result.stdout.splitlines() if "[source-" in line]
    assert all(line.split(":", 1)[0].endswith("harbour-strike/sources.yaml") for line in lines), lines
    return result.exit_code, [line.split(":", 1)[1] for line in lines]


def stored_files(content: Path) -> list[str]:
    folder = content / "harbour-strike" / "snapshots"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_snapshot_stores_passages_and_rechecks_evidence(server: tuple[str, Pages], content: Path) -> None:
    url, _ = server
    sources = content / "harbour-strike" / "sources.yaml"
    sources.write_text(
        sources.read_text("utf-8").replace("  url: https://example.org/x\n", f"  url: {url}/article\n"),
        "utf-8",
    )
    code, out, err = snapshot(content, f"{url}/article")
    assert (code, err) == (0, "")
    assert out.splitlines()[0].startswith("stored 3 passages of a 209-character text (trafilatura ")
    assert out.splitlines()[1] == "6 of 6 evidence phrases are in the text"
    assert stored_files(content) == ["port-news.yaml"]
    text = (content / "harbour-strike" / "snapshots" / "port-news.yaml").read_text("utf-8")
    assert f'url: "{url}/article"' in text and "Copyright Example News" not in text and "Home" not in text
    validate = CliRunner().invoke(cli, ["validate", str(content), "--strict"])
    assert validate.exit_code == 0, validate.output
    # Read at a copy on another host: readers must be told, with `text_from:`.
    sources.write_text(
        sources.read_text("utf-8").replace(f"  url: {url}/article\n", "  url: https://example.org/x\n"),
        "utf-8",
    )
    validate = CliRunner().invoke(cli, ["validate", str(content), "--strict"])
    assert validate.exit_code == 1 and "warning[text-from-missing]" in validate.output
    sources.write_text(
        sources.read_text("utf-8").replace(
            "  url: https://example.org/x\n", f"  url: https://example.org/x\n  text_from: {url}/article\n"
        ),
        "utf-8",
    )
    validate = CliRunner().invoke(cli, ["validate", str(content), "--strict"])
    assert validate.exit_code == 0, validate.output


def test_a_page_that_changes_unchanged_then_changed_then_evidence_missing(
    server: tuple[str, Pages], content: Path
) -> None:
    url, pages = server
    pages.article = html(PARAGRAPHS)
    assert snapshot(content, f"{url}/article")[0] == 0
    point_at(content, f"{url}/article")
    assert check(content) == (0, ["4:8: note[source-unchanged]: 'port-news': unchanged since it was stored"])
    pages.article = html([*PARAGRAPHS, "Talks resume on Friday"])
    today = dt.date.today().isoformat()
    assert check(content) == (
        0,
        [
            f"4:8: note[source-changed]: 'port-news': changed since {today}, "
            "but every evidence phrase (6) is still there"
        ],
    )
    pages.article = html([p.replace("walked out on Monday", "walked out on Tuesday") for p in PARAGRAPHS])
    result = CliRunner().invoke(cli, ["sources", "check", str(content), "--timeout", TIMEOUT])
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if "[source-" in line]
    assert len(lines) == 1
    assert lines[0].endswith(
        "error[source-evidence-missing]: 'port-news': the evidence 'walked out on Monday' is no longer in the source"
    )
    assert (
        "hint: the closest passage now reads “Dock workers at Port Example walked out on Tuesday.”"
        in result.stdout
    )
    pages.article = html(PARAGRAPHS)


@pytest.mark.parametrize(
    ("path", "rule", "message", "code"),
    [
        (
            "/moved",
            "warning[source-moved]",
            "'port-news': moved to {url}/article; its evidence is still there",
            0,
        ),
        ("/gone", "error[source-gone]", "'port-news': HTTP 404: the page is gone", 1),
        ("/removed", "error[source-gone]", "'port-news': HTTP 410: the page is gone", 1),
        (
            "/loop-a",
            "warning[source-unreachable]",
            "'port-news': the address redirects in a loop (HTTP 302)",
            0,
        ),
        ("/error", "warning[source-unreachable]", "'port-news': HTTP 500 Internal Server Error", 0),
        ("/slow", "warning[source-unreachable]", f"'port-news': no answer within {TIMEOUT} s", 0),
        ("/huge", "warning[source-unreachable]", "'port-news': the page exceeds 10 MB", 0),
        (
            "/huge-declared",
            "warning[source-unreachable]",
            "'port-news': the page is 50 MB; the limit is 10 MB",
            0,
        ),
        (
            "/pdf",
            "warning[source-unreachable]",
            "'port-news': the page is application/pdf, not HTML or plain text; save its text and use --file",
            0,
        ),
        (
            "/script",
            "warning[source-unreachable]",
            "'port-news': the page holds no readable text (it may be built by script); save its text and use --file",
            0,
        ),
    ],
)
def test_each_fault_is_one_line(
    server: tuple[str, Pages], content: Path, path: str, rule: str, message: str, code: int
) -> None:
    url, _ = server
    point_at(content, f"{url}{path}")
    started = time.monotonic()
    exit_code, lines = check(content)
    assert time.monotonic() - started < 10
    assert lines == [f"4:8: {rule}: {message.format(url=url)}"]
    assert exit_code == code
    strict_code, _ = check(content, "--strict")
    assert strict_code == (1 if "note[" not in rule else 0)


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/gone", "HTTP 404: the page is gone"),
        ("/loop-a", "the address redirects in a loop"),
        ("/error", "HTTP 500 Internal Server Error"),
        ("/slow", f"no answer within {TIMEOUT} s"),
        ("/huge", "the page exceeds 10 MB"),
        ("/pdf", "the page is application/pdf, not HTML or plain text; save its text and use --file"),
        (
            "/script",
            "the page holds no readable text (it may be built by script); save its text and use --file",
        ),
    ],
)
def test_a_failed_snapshot_writes_nothing_and_keeps_the_old_text(
    server: tuple[str, Pages], content: Path, path: str, message: str
) -> None:
    url, _ = server
    assert snapshot(content, f"{url}/article")[0] == 0
    before = (content / "harbour-strike" / "snapshots" / "port-news.yaml").read_bytes()
    code, out, err = snapshot(content, f"{url}{path}")
    assert (code, out) == (1, "")
    assert err == f"error: {url}{path}: {message}; nothing was written\n"
    assert stored_files(content) == ["port-news.yaml"], "no temporary file is left behind"
    assert (content / "harbour-strike" / "snapshots" / "port-news.yaml").read_bytes() == before


def test_wrong_charset_is_read_right(server: tuple[str, Pages], content: Path) -> None:
    url, _ = server
    for path in ("/wrong-charset", "/cp1252-as-utf8"):
        code, out, _ = snapshot(content, f"{url}{path}")
        assert code == 0
        stored = (content / "harbour-strike" / "snapshots" / "port-news.yaml").read_text("utf-8")
        assert "declared" in out.splitlines()[1], out
        assert "Dock workers at Port Example walked out on Monday." in stored
        page = fetch(f"{url}{path}", Limits(timeout=float(TIMEOUT)))
        assert (
            "Zürich’s dockers joined too."
            in extract(page.body, page.content_type, page.declared_charset).text
        )
    assert decode("Zürich".encode(), "iso-8859-1") == ("Zürich", "utf-8", "declared iso-8859-1 but is UTF-8")


def test_plain_text_pages_are_taken_whole(server: tuple[str, Pages], content: Path) -> None:
    url, _ = server
    code, out, _ = snapshot(content, f"{url}/plain")
    assert code == 0 and "(plain text)" in out and "6 of 6 evidence phrases are in the text" in out


def test_a_missing_phrase_shows_the_closest_passage_and_fails(
    server: tuple[str, Pages], content: Path
) -> None:
    url, pages = server
    pages.article = html([p.replace("2,000 members", "1,500 members") for p in PARAGRAPHS])
    try:
        code, out, _ = snapshot(content, f"{url}/article")
    finally:
        pages.article = html(PARAGRAPHS)
    assert code == 1
    assert (
        "not found: 'more than 2,000 members'; the closest passage reads “The union said more than 1,500"
        in out
    )
    validate = CliRunner().invoke(cli, ["validate", str(content)])
    assert "error[evidence-not-found]" in validate.stdout
    assert (
        "the closest passage of the source reads “The union said more than 1,500 members" in validate.stdout
    )


def test_the_real_command_prints_one_line_and_no_traceback(server: tuple[str, Pages], content: Path) -> None:
    url, _ = server
    explainer = Path(sys.executable).parent / "explainer"
    done = subprocess.run(
        [
            str(explainer),
            "snapshot",
            "port-news",
            "--url",
            f"{url}/loop-a",
            "--content",
            str(content),
            "--timeout",
            TIMEOUT,
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == f"error: {url}/loop-a: the address redirects in a loop; nothing was written\n"


def test_every_source_check_rule_has_a_case() -> None:
    covered = {"source-unchanged", "source-changed", "source-evidence-missing", "source-moved", "source-gone"}
    covered |= {"source-unreachable", "source-unchecked"}
    assert covered == SOURCE_CHECK_RULES


def test_a_source_without_url_is_a_note(content: Path) -> None:
    sources = content / "harbour-strike" / "sources.yaml"
    sources.write_text(sources.read_text("utf-8").replace("  url: https://example.org/x\n", ""), "utf-8")
    code, lines = check(content)
    assert code == 0
    assert [line.split(": ", 1)[1] for line in lines] == [
        "note[source-unchecked]: 'port-news' has no web address, so it cannot be re-fetched"
    ]


def test_a_hand_copied_text_is_not_compared_by_hash(server: tuple[str, Pages], content: Path) -> None:
    url, _ = server
    assert snapshot(content, f"{url}/article")[0] == 0
    stored = content / "harbour-strike" / "snapshots" / "port-news.yaml"
    text = stored.read_text("utf-8")
    stored.write_text(re.sub(r'extractor: "[^"]*"', 'extractor: "manual"', text), "utf-8")
    point_at(content, f"{url}/article")
    assert check(content) == (
        0,
        [
            "4:8: note[source-unchanged]: 'port-news': unchanged since it was stored",
        ],
    )
    stored.write_text(
        re.sub(r'sha256: "[0-9a-f]+"', 'sha256: "' + "0" * 64 + '"', stored.read_text("utf-8")), "utf-8"
    )
    assert check(content) == (
        0,
        [
            "4:8: note[source-changed]: 'port-news': changed from the hand-copied text (its hash is not "
            "comparable), but every evidence phrase (6) is still there"
        ],
    )


def test_a_source_without_stored_text_has_only_its_address_checked(
    server: tuple[str, Pages], content: Path
) -> None:
    url, _ = server
    sources = content / "harbour-strike" / "sources.yaml"
    sources.write_text(sources.read_text("utf-8") + "  no_text: paywalled\n", "utf-8")
    point_at(content, f"{url}/article")
    assert check(content) == (
        0,
        ["4:8: note[source-unchecked]: 'port-news': reachable; its text is not stored (paywalled)"],
    )
    point_at(content, f"{url}/gone")
    assert check(content) == (1, ["4:8: error[source-gone]: 'port-news': HTTP 404: the page is gone"])


def test_a_source_not_retrievable_before_is_told_to_store_its_text_now(
    server: tuple[str, Pages], content: Path
) -> None:
    url, _ = server
    sources = content / "harbour-strike" / "sources.yaml"
    sources.write_text(sources.read_text("utf-8") + "  no_text: not-retrievable-now\n", "utf-8")
    point_at(content, f"{url}/article")
    result = CliRunner().invoke(cli, ["sources", "check", str(content), "--timeout", TIMEOUT])
    assert "its text is not stored (not-retrievable-now)" in result.stdout
    assert (
        "hint: store its text now: `explainer snapshot port-news --url URL`, then delete `no_text:`"
        in result.stdout
    )


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["port-news"], "give --url, --file, or both (a saved copy of the page at --url)"),
        (["no-such-source", "--url", "http://127.0.0.1:9/x"], "no source has the id 'no-such-source' in "),
    ],
)
def test_snapshot_usage_errors_exit_2(content: Path, arguments: list[str], message: str) -> None:
    result = CliRunner().invoke(cli, ["snapshot", *arguments, "--content", str(content)])
    assert result.exit_code == 2 and message in result.stderr
    assert stored_files(content) == []


def test_a_trickling_page_stops_at_the_deadline(server: tuple[str, Pages]) -> None:
    url, _ = server
    started = time.monotonic()
    with pytest.raises(FetchError) as error:
        fetch(f"{url}/drip", Limits(timeout=0.5, deadline=1.0))
    assert str(error.value) == "no complete answer within 1 s"
    assert error.value.kind == "unreachable"
    assert time.monotonic() - started < 3


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """An HTTPS server on 127.0.0.1 whose certificate is self-signed, so no client may trust it."""
    folder = tmp_path_factory.mktemp("tls")
    request = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"]
    names = ["-addext", "subjectAltName=IP:127.0.0.1"]
    files = ["-keyout", str(folder / "key.pem"), "-out", str(folder / "cert.pem")]
    subprocess.run(
        ["openssl", *request, *names, *files],
        check=True,
        capture_output=True,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    handler = type("BoundHandler", (Handler,), {"pages": Pages()})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{httpd.server_address[1]}", folder / "cert.pem"
    finally:
        httpd.shutdown()
        httpd.server_close()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("{url}/hop-0", "more than 5 redirects"),
        ("{url}/no-location", "HTTP 302 without a Location"),
        ("{url}/to-ftp", "'ftp://127.0.0.1/article' is not an http(s) address"),
        ("http://127.0.0.1:{closed}/article", "cannot connect: Connection refused"),
        ("http://no-such-host.invalid/article", "cannot connect: no address found for no-such-host.invalid"),
        ("{tls}/article", "cannot connect securely: self-signed certificate"),
    ],
)
def test_each_connection_fault_is_one_sentence(
    server: tuple[str, Pages], tls_server: tuple[str, Path], address: str, message: str
) -> None:
    """Redirects past the limit or to nowhere, a refused connection, a failed DNS lookup and an
    untrusted certificate: each a FetchError of kind "unreachable", with one sentence."""
    url = address.format(url=server[0], closed=closed_port(), tls=tls_server[0])
    with pytest.raises(FetchError) as error:
        fetch(url, Limits(timeout=2.0, deadline=5.0))
    # OpenSSL before 3.0 writes "self signed".
    assert (error.value.kind, str(error.value).replace("self signed", "self-signed")) == (
        "unreachable",
        message,
    )


def test_a_trusted_certificate_is_fetched(
    tls_server: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same server, once its certificate is trusted (``SSL_CERT_FILE``, as for a company's own
    authority), answers: the failure above is about trust, not about TLS itself."""
    url, certificate = tls_server
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate))
    page = fetch(f"{url}/article", Limits(timeout=2.0, deadline=5.0))
    assert (page.status, page.content_type, page.redirected) == (200, "text/html", False)
    assert b"Dock workers walk out" in page.body
