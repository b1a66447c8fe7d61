#!/usr/bin/env bash
# Load-stage scaling (issue 14): the bibliography of a generated corpus written as YAML files
# of 500 works, as one CSL-JSON export and as one BibTeX file, at about 1k, 4k and 16k works;
# `examples/load.rs` times the load stage alone (median of TIMES loads, wall and CPU ms).
# Linear loading gives time(16k)/time(4k) ≈ 4.
#
#   bash bench/load-scaling.sh [SIZES...]     (default 1000 4000 16000; env TIMES=5, KEEP=1)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("$@")
((${#SIZES[@]})) || SIZES=(1000 4000 16000)
TIMES=${TIMES:-5}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/dossier-load.XXXXXX")
if [[ ${KEEP:-0} == 1 ]]; then echo "== keeping $WORK"; else trap 'rm -rf "$WORK"' EXIT; fi

cargo build --release --example corpus --example load >"$WORK/cargo.log" 2>&1 || {
    cat "$WORK/cargo.log" >&2
    exit 1
}
CORPUS=target/release/examples/corpus
LOAD=target/release/examples/load
echo "== load average $(cut -d' ' -f1 /proc/loadavg)"
printf '%-9s %7s %7s %12s %11s\n' format works size "wall ms" "cpu ms"
declare -A cpu
for format in yaml csl-json bibtex; do
    for works in "${SIZES[@]}"; do
        # The generator sizes by pages: about 2.04 pages per work (a page per work and per
        # author, one article per 24 works).
        pages=$(((works * 204 + 50) / 100))
        dir=$WORK/$format-$works
        "$CORPUS" --pages "$pages" --out "$dir" --bibliography "$format" >/dev/null
        line=$("$LOAD" "$dir" "$TIMES")
        read -r _ n _ _ w _ _ c _ <<<"$line"
        cpu[$format-$works]=$c
        printf '%-9s %7s %7s %12s %11s\n' "$format" "$n" "$works" "$w" "$c"
        rm -rf "$dir"
    done
done
n=${#SIZES[@]}
if ((n >= 2)); then
    a=${SIZES[n - 2]}
    b=${SIZES[n - 1]}
    for format in yaml csl-json bibtex; do
        echo "$format cpu($b)/cpu($a) $(awk -v x="${cpu[$format-$b]}" -v y="${cpu[$format-$a]}" 'BEGIN {printf "%.2f", x / y}')"
    done
fi
echo "== load average $(cut -d' ' -f1 /proc/loadavg)"
