#!/usr/bin/env bash
# How dossier's own work grows with the dossier, in instructions rather than seconds (issue 14).
#
#   bash bench/instructions.sh [N]      (default 2500; env TMPDIR, KEEP=1)
#
# Builds the generated corpus (examples/corpus/) at N and 4N pages and counts, with
# `valgrind --tool=callgrind`, the instructions of a cold build (`dossier clean`, then
# `dossier build`) and of a warm one (`dossier build` again). Callgrind counts the same total
# for the same binary and input whatever else the machine does, so the ratio 4N/N says whether
# dossier's work is linear without the noise of wall time: on a shared 2-core virtual machine
# the wall time of one build varies by a third from run to run, and more for the larger
# corpus, which touches memory the machine has not backed yet. What it leaves out is what
# instructions cannot show: the kernel's work (files, page faults) and time lost to caches.
# Callgrind runs one thread at a time, about fifty times slower than a build: N = 2500 takes
# about five minutes in all.
set -euo pipefail
N=${1:-2500}
[[ "$N" =~ ^[0-9]+$ ]] && ((N >= 60)) || {
    echo "usage: bash bench/instructions.sh [PAGES]   (env: TMPDIR, KEEP=1)" >&2
    exit 2
}
cd "$(dirname "$0")/.."
ROOT=$(pwd)
if ! command -v valgrind >/dev/null 2>&1; then
    echo "== installing valgrind (Debian)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/dossier-instructions.XXXXXX")
if [[ ${KEEP:-0} == 1 ]]; then echo "== keeping $WORK"; else trap 'rm -rf "$WORK"' EXIT; fi

echo "== building dossier and the corpus generator (release)"
cargo build --release --bin dossier --example corpus >"$WORK/cargo.log" 2>&1 || {
    cat "$WORK/cargo.log" >&2
    exit 1
}
DOSSIER=$ROOT/target/release/dossier
CORPUS=$ROOT/target/release/examples/corpus

# instructions DIR: callgrind's total for one build in DIR.
instructions() {
    (cd "$1" && valgrind --tool=callgrind --callgrind-out-file=/dev/null "$DOSSIER" build 2>&1 >/dev/null) |
        awk '/Collected :/ {print $NF}'
}

declare -A cold warm
for size in "$N" $((N * 4)); do
    dir=$WORK/dossier-$size
    "$CORPUS" --pages "$size" --out "$dir" >/dev/null
    "$DOSSIER" clean --root "$dir" >/dev/null
    cold[$size]=$(instructions "$dir")
    warm[$size]=$(instructions "$dir")
    printf '%6s pages: cold %15s instructions, warm %15s\n' "$size" "${cold[$size]}" "${warm[$size]}"
    rm -rf "$dir"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", a / b}'; }
echo "instructions(4N)/instructions(N): cold $(ratio "${cold[$((N * 4))]}" "${cold[$N]}"), warm $(ratio "${warm[$((N * 4))]}" "${warm[$N]}") (linear: 4.000)"
