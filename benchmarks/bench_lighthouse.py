"""Benchmark: Lighthouse (mobile) scores and cold page weight of every page type of the shipped site.

Builds the site (or takes a built one with --site), serves it on 127.0.0.1 compressed as GitHub
Pages serves it (gzip for text types), runs npm's `lighthouse` with Debian's Chromium on each page
type and prints one Markdown table: performance, accessibility, best practices and SEO, and the
bytes a cold load fetches, uncompressed and as transferred (gzipped).

Setup once:  npm install --no-save lighthouse@12      (a local node_modules; never committed)
Run:         python benchmarks/bench_lighthouse.py [--site DIR] [--lighthouse PATH] [--runs 1]

Scores vary from run to run on a busy machine; --runs N keeps the median of N runs per page.
Targets (issue 11): each page type at most 600 KB uncompressed and 250 KB gzipped cold; performance
at least 95, accessibility, best practices and SEO 100.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map"}
PAGE_TYPES = (
    ("hub", ""),
    ("overview", "{d}/"),
    ("actors index", "{d}/actors/"),
    ("actor page", "{d}/actors/{actor}/"),
    ("numbers", "{d}/numbers/"),
    ("glossary", "{d}/glossary/"),
    ("timeline", "{d}/timeline/"),
    ("claims", "{d}/claims/"),
    ("relationships", "{d}/relationships/"),
    ("sources", "{d}/sources/"),
    ("index A to Z", "a-z/"),
)
HEADER = (
    "| Page type | Performance | Accessibility | Best practices | SEO | Requests | Cold load | Gzipped |\n"
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
)
MAX_BYTES = 600 * 1024
MAX_GZIPPED = 250 * 1024


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, text types gzipped when the client accepts it (as GitHub Pages does)."""

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def send_head(self) -> Any:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not path.is_file() or path.suffix not in COMPRESSED or not accepts:
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        self.wfile.write(body)
        return None


def serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(GzipHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def build_site(target: Path) -> Path:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    # Not --quiet: MkDocs drops the warnings it does not show before strict mode counts them.
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(target)]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"mkdocs build failed:\n{done.stdout}{done.stderr}")
    return target


def busiest_actor(site: Path, dossier: str) -> str:
    """The actor page with the most relationships drawn (the largest page of its type)."""
    pages = sorted((site / dossier / "actors").glob("*/index.html"))
    return max(pages, key=lambda page: (page.stat().st_size, page.parent.name)).parent.name


def lighthouse(command: str, url: str, out: Path) -> dict[str, Any]:
    env = {**os.environ, "CHROME_PATH": str(CHROMIUM)}
    args = [
        command,
        url,
        "--quiet",
        "--output=json",
        f"--output-path={out}",
        "--chrome-flags=--headless --no-sandbox",
        f"--only-categories={','.join(CATEGORIES)}",
    ]
    done = subprocess.run(args, env=env, capture_output=True, text=True)
    if done.returncode != 0 or not out.exists():
        raise SystemExit(f"lighthouse failed on {url}:\n{done.stderr[-2000:]}")
    return json.loads(out.read_text("utf-8"))


def measure(report: dict[str, Any]) -> dict[str, float]:
    scores = {name: round(100 * (report["categories"][name]["score"] or 0)) for name in CATEGORIES}
    requests = report["audits"]["network-requests"]["details"]["items"]
    scores["bytes"] = sum(item.get("resourceSize", 0) for item in requests)
    scores["transferred"] = sum(item.get("transferSize", 0) for item in requests)
    scores["requests"] = len(requests)
    return scores


def kb(size: float) -> str:
    return f"{size / 1024:,.0f} KB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build this checkout)")
    parser.add_argument("--lighthouse", default=str(ROOT / "node_modules" / ".bin" / "lighthouse"))
    parser.add_argument("--dossier", default="myanmar-scam-handover")
    parser.add_argument("--runs", type=int, default=1, help="median of N runs per page")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        site = args.site or build_site(work / "site")
        server, base = serve(site)
        actor = busiest_actor(site, args.dossier)
        print(f"Lighthouse mobile preset, {args.runs} run(s) per page, site served gzipped at {base}")
        print(f"The actor page is /{args.dossier}/actors/{actor}/ (the largest).\n")
        print(HEADER)
        misses = []
        for name, path in PAGE_TYPES:
            url = base + path.format(d=args.dossier, actor=actor)
            reports = [lighthouse(args.lighthouse, url, work / f"run{i}.json") for i in range(args.runs)]
            runs = [measure(report) for report in reports]
            row = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
            cells = [f"{row[c]:.0f}" for c in CATEGORIES]
            print(
                f"| {name} | {' | '.join(cells)} | {row['requests']:.0f} | {kb(row['bytes'])} "
                f"| {kb(row['transferred'])} |",
                flush=True,
            )
            if row["bytes"] > MAX_BYTES or row["transferred"] > MAX_GZIPPED:
                misses.append(f"{name}: over the page-weight budget")
            if row["performance"] < 95 or any(row[c] < 100 for c in CATEGORIES[1:]):
                misses.append(f"{name}: below the score targets")
        server.shutdown()
    print()
    print("All targets met." if not misses else "Missed: " + "; ".join(misses))


if __name__ == "__main__":
    main()
