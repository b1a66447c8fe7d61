#!/usr/bin/env bash
# The README's test command: everything the test suites need, then every suite.
#
#   scripts/test.sh           system packages (pandoc, Chromium, fonts, Java), npm packages,
#                             `cargo test`, the flagship build, the W3C validator over every
#                             page and the browser suite (Playwright + Chromium + axe-core)
#   scripts/test.sh --cargo   system packages the Rust suites need (pandoc), then `cargo test`
#
# On a fresh Debian or Ubuntu machine it installs what is missing with apt-get (as root, or
# through sudo); elsewhere install pandoc, chromium and a Java runtime yourself.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo_only=false
case "${1:-}" in
--cargo) cargo_only=true ;;
"") ;;
*)
    echo "usage: scripts/test.sh [--cargo]" >&2
    exit 2
    ;;
esac

apt_install() {
    local missing=()
    for pkg in "$@"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    ((${#missing[@]})) || return 0
    if ! command -v apt-get >/dev/null; then
        echo "missing: ${missing[*]} (no apt-get here: install them, then run again)" >&2
        exit 1
    fi
    local sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    echo "== installing ${missing[*]} (apt-get)"
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# pandoc: the exports' round trip (tests/publishing.rs).
command -v pandoc >/dev/null || apt_install pandoc

echo "== cargo test"
cargo test --locked

$cargo_only && exit 0

echo "== build the flagship dossier"
cargo run --locked --release -- build

echo "== browser checks: Chromium, fonts, Java, the npm packages (tests/browser/README.md)"
apt_install chromium fonts-dejavu-core fonts-liberation
command -v java >/dev/null || apt_install default-jre-headless
node --version
/usr/bin/chromium --version
# --ignore-scripts: vnu-jar's postinstall would download a Java runtime; Debian's java is used.
(cd tests/browser && npm ci --ignore-scripts --no-audit --no-fund)

# Both checks run on the output/ built above, even when the first fails; the run fails if any does.
status=0
echo "== HTML validity of every page (W3C Nu checker, vnu-jar)"
SITE_DIR="$PWD/output" timeout 15m tests/browser/validate.sh || status=1
echo "== browser tests (node --test, playwright-core + Chromium, axe-core, live reload)"
(cd tests/browser && SITE_DIR="$PWD/../../output" DOSSIER_BIN="$PWD/../../target/release/dossier" \
    timeout 30m node --test --test-concurrency=1 --test-timeout=300000) || status=1
if [[ $status -ne 0 ]]; then
    echo "browser checks failed" >&2
    exit 1
fi
echo "== all tests passed"
