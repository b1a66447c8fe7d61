#!/usr/bin/env bash
# Side-by-side build benchmark of dossier against Hugo on a synthetic corpus (issue 7).
#
#   bash bench/compare-hugo.sh PAGES            dossier cold, dossier warm and Hugo at ~PAGES pages
#   bash bench/compare-hugo.sh --scaling N      dossier at N, 2N and 4N pages, and Hugo's cold
#                                               build at the same sizes as the reference
#
# Environment: RUNS (timed runs of each kind, default 5), KEEP=1 keeps the temporary folder,
# TMPDIR where that folder goes (default /tmp; /dev/shm measures the tools without the disk).
#
# The corpora come from `cargo run --release --example corpus` (examples/corpus/): a dossier
# and the equivalent Hugo site with the same articles, notes and citations, one page per
# article, work and author in both. Every build is a fresh process with minified output, timed
# by /usr/bin/time (wall seconds, peak RSS, and CPU seconds = user + system, which other work on
# the machine disturbs less than wall time); the kinds of build run in alternation, in an order
# rotated from run to run, so that a slow phase of the machine affects each kind alike. Medians
# are reported.
#
#   dossier cold   `dossier clean` (output/ and the reference cache .dossier-cache/) then
#                  `dossier build`: every reference formatted by the CSL engine, every page
#                  rendered and written.
#   dossier warm   `dossier build` again right after a build, the reference cache kept (and the
#                  previous output/, which the build replaces); one untimed warm-up build first.
#   hugo           `hugo --minify --source H --destination OUT --quiet` after removing OUT, H's
#                  resources/ and the --cacheDir we give it (under the temporary folder): every
#                  Hugo run starts from the same state, as comparable as the dossier cold build
#                  (the site uses no Hugo Pipes or image processing, so the caches hold nothing
#                  that would speed it up anyway). One untimed warm-up run first, so that both
#                  tools find their binaries and the corpus in the page cache.
set -euo pipefail

usage() {
    echo "usage: bash bench/compare-hugo.sh PAGES | --scaling N   (env: RUNS=5, KEEP=1)" >&2
    exit 2
}

MODE=compare
case "${1:-}" in
--scaling)
    MODE=scaling
    PAGES=${2:-}
    ;;
-h | --help | "") usage ;;
*) PAGES=$1 ;;
esac
[[ "$PAGES" =~ ^[0-9]+$ ]] && ((PAGES >= 60)) || usage
RUNS=${RUNS:-5}
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || usage

cd "$(dirname "$0")/.."
ROOT=$(pwd)

# --- tools -----------------------------------------------------------------------------------
need=()
[[ -x /usr/bin/time ]] || need+=(time)
command -v hugo >/dev/null 2>&1 || need+=(hugo)
if ((${#need[@]})); then
    echo "== installing ${need[*]} (Debian)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/dossier-bench.XXXXXX")
if [[ ${KEEP:-0} == 1 ]]; then
    echo "== keeping $WORK"
else
    trap 'rm -rf "$WORK"' EXIT
fi

echo "== building dossier and the corpus generator (release)"
if ! cargo build --release --bin dossier --example corpus >"$WORK/cargo.log" 2>&1; then
    cat "$WORK/cargo.log" >&2
    exit 1
fi
tail -n 1 "$WORK/cargo.log"
DOSSIER=$ROOT/target/release/dossier
CORPUS=$ROOT/target/release/examples/corpus

# --- helpers ---------------------------------------------------------------------------------

# measure LABEL COMMAND...: runs the command under /usr/bin/time, appends "wall_s rss_kb cpu_s
# sys_s" (cpu = user + system; sys = the kernel's part, most of it creating the output's
# files and folders) to $WORK/LABEL.times; on failure prints the command's output and stops.
measure() {
    local label=$1
    shift
    if ! /usr/bin/time -f '%e %M %U %S' -o "$WORK/time.out" "$@" >"$WORK/$label.log" 2>&1; then
        echo "error: $label failed: $*" >&2
        cat "$WORK/$label.log" >&2
        exit 1
    fi
    tail -n 1 "$WORK/time.out" | awk '{printf "%s %s %.2f %.2f\n", $1, $2, $3 + $4, $4}' >>"$WORK/$label.times"
}

# load: the 1-minute load average; other work on the machine inflates wall times.
load() { cut -d' ' -f1 /proc/loadavg; }

# quiet COMMAND...: runs an untimed command, showing its output only if it fails.
quiet() {
    if ! "$@" >"$WORK/quiet.log" 2>&1; then
        echo "error: $*" >&2
        cat "$WORK/quiet.log" >&2
        exit 1
    fi
}

# median FILE COLUMN: the median of a column of numbers.
median() {
    awk -v c="$2" '{print $c}' "$1" | sort -g | awk '
        { v[NR] = $1 }
        END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# all FILE COLUMN: the column's values on one line, in run order.
all() { awk -v c="$2" '{printf "%s%s", (NR > 1 ? " " : ""), $c} END {print ""}' "$1"; }

pages_in() { find "$1" -name index.html -type f | wc -l; }

mb() { awk -v k="$1" 'BEGIN {printf "%.1f", k / 1024}'; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else printf "n/a"}'; }

dossier_cold() {
    quiet "$DOSSIER" clean --root "$1"
    measure "$2" "$DOSSIER" build --root "$1"
}

dossier_warm() { measure "$2" "$DOSSIER" build --root "$1"; }

# order RUN: the kinds of build of run RUN, rotated from run to run so that each kind in turn
# comes first (the first build after a corpus is written or a folder deleted pays the most
# for the disk's state; a warm build always finds a previous dossier output).
order() {
    case $((($1 - 1) % 3)) in
    0) echo cold warm hugo ;;
    1) echo warm hugo cold ;;
    2) echo hugo cold warm ;;
    esac
}

hugo_build() {
    rm -rf "$HUGO_OUT" "$HUGO_CACHE" "$HUGO_SRC/resources"
    measure "$1" hugo --minify --source "$HUGO_SRC" --destination "$HUGO_OUT" \
        --cacheDir "$HUGO_CACHE" --quiet
}

echo "== load average $(load) before the runs (above ~0.5 other work competes for the cores)"
echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); $("$DOSSIER" --version); $(command -v hugo >/dev/null && hugo version | cut -d' ' -f1-2); $RUNS runs each"

# --- scaling mode: dossier at N, 2N, 4N; Hugo at the same sizes ---------------------------------
# Hugo's own ratio tells what of dossier's is the machine's: on a disk where creating files costs
# more after many were deleted (ext4 without a journal), both tools' cold builds pay it.
if [[ $MODE == scaling ]]; then
    rows=()
    for factor in 1 2 4; do
        size=$((PAGES * factor))
        dir=$WORK/dossier-$size
        echo "== corpus of $size pages"
        HUGO_SRC=$WORK/hugo-$size
        HUGO_OUT=$WORK/hugo-public
        HUGO_CACHE=$WORK/hugo-cache
        "$CORPUS" --pages "$size" --out "$dir" --hugo "$HUGO_SRC" | sed 's/^/   /'
        quiet "$DOSSIER" build --root "$dir" # warm-up
        for ((i = 1; i <= RUNS; i++)); do
            for kind in $(order "$i"); do
                case $kind in
                cold) dossier_cold "$dir" "cold-$size" ;;
                warm) dossier_warm "$dir" "warm-$size" ;;
                hugo) hugo_build "hugo-$size" ;;
                esac
            done
        done
        rows+=("$size $(pages_in "$dir/output") $(median "$WORK/cold-$size.times" 1) $(median "$WORK/cold-$size.times" 3) $(median "$WORK/cold-$size.times" 2) $(median "$WORK/warm-$size.times" 1) $(median "$WORK/warm-$size.times" 3) $(median "$WORK/warm-$size.times" 2) $(median "$WORK/cold-$size.times" 4) $(median "$WORK/hugo-$size.times" 1)")
        echo "   cold wall: $(all "$WORK/cold-$size.times" 1)   warm wall: $(all "$WORK/warm-$size.times" 1)   hugo wall: $(all "$WORK/hugo-$size.times" 1)   load $(load)"
        rm -rf "$dir" "$HUGO_SRC" "$HUGO_OUT" "$HUGO_CACHE"
    done
    echo
    printf '%-7s %7s %12s %11s %11s %12s %12s %11s %12s %13s %12s\n' size pages "cold wall s" "cold cpu s" "cold sys s" "cold RSS MB" "warm wall s" "warm cpu s" "warm RSS MB" "cold ms/page" "hugo wall s"
    for row in "${rows[@]}"; do
        read -r size pages cw cc cm ww wc wm cs hw <<<"$row"
        printf '%-7s %7s %12s %11s %11s %12s %12s %11s %12s %13s %12s\n' "$size" "$pages" "$cw" "$cc" "$cs" "$(mb "$cm")" "$ww" "$wc" "$(mb "$wm")" \
            "$(awk -v t="$cw" -v p="$pages" 'BEGIN {printf "%.2f", t * 1000 / p}')" "$hw"
    done
    read -r _ _ cw1 cc1 cm1 ww1 wc1 wm1 cs1 hw1 <<<"${rows[0]}"
    read -r _ _ cw4 cc4 cm4 ww4 wc4 wm4 cs4 hw4 <<<"${rows[2]}"
    echo
    echo "cold time(4N)/time(N) $(ratio "$cw4" "$cw1") wall, $(ratio "$cc4" "$cc1") cpu, $(ratio "$(awk -v c="$cc4" -v k="$cs4" 'BEGIN {print c - k}')" "$(awk -v c="$cc1" -v k="$cs1" 'BEGIN {print c - k}')") user cpu, $(ratio "$cs4" "$cs1") sys (linear: 4.00); memory(4N)/memory(N) $(ratio "$cm4" "$cm1")"
    echo "warm time(4N)/time(N) $(ratio "$ww4" "$ww1") wall, $(ratio "$wc4" "$wc1") cpu (linear: 4.00); memory(4N)/memory(N) $(ratio "$wm4" "$wm1")"
    echo "hugo time(4N)/time(N) $(ratio "$hw4" "$hw1") wall (the reference on this machine and this folder)"
    exit 0
fi

# --- compare mode: dossier cold, dossier warm, Hugo -------------------------------------------
D=$WORK/dossier
HUGO_SRC=$WORK/hugo
HUGO_OUT=$WORK/hugo-public
HUGO_CACHE=$WORK/hugo-cache

echo "== corpora of $PAGES pages"
"$CORPUS" --pages "$PAGES" --out "$D" --hugo "$HUGO_SRC" | sed 's/^/   /'

echo "== warm-up (untimed)"
quiet "$DOSSIER" build --root "$D"
rm -rf "$HUGO_OUT" "$HUGO_CACHE"
quiet hugo --minify --source "$HUGO_SRC" --destination "$HUGO_OUT" --cacheDir "$HUGO_CACHE" --quiet

for ((i = 1; i <= RUNS; i++)); do
    echo "== run $i/$RUNS: $(order "$i")"
    for kind in $(order "$i"); do
        case $kind in
        cold) dossier_cold "$D" dossier-cold ;;
        warm) dossier_warm "$D" dossier-warm ;;
        hugo) hugo_build hugo ;;
        esac
    done
done

DP=$(pages_in "$D/output")
HP=$(pages_in "$HUGO_OUT")
echo
echo "dossier: $(tail -n 1 "$WORK/dossier-cold.log")"
echo "runs (wall s)  dossier cold: $(all "$WORK/dossier-cold.times" 1)"
echo "               dossier warm: $(all "$WORK/dossier-warm.times" 1)"
echo "               hugo:         $(all "$WORK/hugo.times" 1)"
echo "load average $(load) after the runs"
echo
row() { printf '%-14s %7s %17s %16s %16s %22s\n' "$@"; }
row build pages "median wall (s)" "median cpu (s)" "median sys (s)" "median peak RSS (MB)"
for kind in dossier-cold dossier-warm hugo; do
    t=$WORK/$kind.times
    row "${kind/-/ }" "$([[ $kind == hugo ]] && echo "$HP" || echo "$DP")" \
        "$(median "$t" 1)" "$(median "$t" 3)" "$(median "$t" 4)" "$(mb "$(median "$t" 2)")"
done
echo
HUGO_WALL=$(median "$WORK/hugo.times" 1)
echo "dossier/hugo cold wall ratio $(ratio "$(median "$WORK/dossier-cold.times" 1)" "$HUGO_WALL") at $DP pages"
echo "dossier/hugo warm wall ratio $(ratio "$(median "$WORK/dossier-warm.times" 1)" "$HUGO_WALL") at $DP pages"
