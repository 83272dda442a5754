#!/usr/bin/env bash
# Vendor Mermaid into the package, so built sites never load it from a CDN.
# Usage: scripts/vendor-mermaid.sh [VERSION]   (default: the version in generator/site/assets/vendor/MERMAID_VERSION)
set -euo pipefail
cd "$(dirname "$0")/.."
vendor=generator/site/assets/vendor
version="${1:-$(cat "$vendor/MERMAID_VERSION")}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "mermaid@$version" >/dev/null && tar -xzf mermaid-*.tgz)
cp "$work/package/dist/mermaid.min.js" "$vendor/mermaid.min.js"
cp "$work/package/LICENSE" "$vendor/mermaid.LICENSE"
grep '"version"' "$work/package/package.json" | sed -E 's/.*"([0-9][^"]*)".*/\1/' > "$vendor/MERMAID_VERSION"
echo "vendored mermaid $(cat "$vendor/MERMAID_VERSION") ($(wc -c < "$vendor/mermaid.min.js") bytes)"
