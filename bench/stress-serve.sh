#!/usr/bin/env bash
# Stress `dossier serve --watch` on a copy of the flagship dossier, on loopback only:
#   1. wrk with 256 connections for 30 s against an article page: errors and memory (RSS)
#      before and after;
#   2. 1,000 saves of a note in a tight loop, then the server must serve the last one;
#   3. content folders deleted and created again while serving.
# Prints figures; exits non-zero when the server died, erred or served stale content.
# Usage: bench/stress-serve.sh [SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
connections=${2:-256}

command -v wrk >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk; }
cargo build --release --quiet
bin=$PWD/target/release/dossier

work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r config.yaml content themes "$work/"
"$bin" serve --watch --port 0 --root "$work" > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do grep -q "serving" "$work/serve.log" && break; sleep 0.1; done
port=$(grep -o '127.0.0.1:[0-9]*' "$work/serve.log" | head -1 | cut -d: -f2)
url="http://127.0.0.1:$port/articles/redefining-natos-indo-pacific-partnerships/"
rss() { awk '/VmRSS/ {print $2}' "/proc/$server/status"; }

curl -sf "$url" > /dev/null
rss_before=$(rss)
echo "== wrk: $connections connections for ${seconds}s"
wrk -t2 -c"$connections" -d"${seconds}s" --latency "$url" | tee "$work/wrk.txt"
rss_after=$(rss)
non2xx=$(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$work/wrk.txt" | grep -o '[0-9]*$' || echo 0)
socket_errors=$(grep -o 'Socket errors:.*' "$work/wrk.txt" || echo "Socket errors: none")
echo "memory: ${rss_before} kB before, ${rss_after} kB after"
echo "errors: non-2xx ${non2xx}; ${socket_errors}"

echo "== 1000 saves in a tight loop"
article="$work/content/articles/redefining-natos-indo-pacific-partnerships.md"
original=$(cat "$article")
start=$(date +%s.%N)
for i in $(seq 1 1000); do
  printf '%s\n' "${original/\[^1\]: /[^1]: Save $i. }" > "$article.tmp"
  mv "$article.tmp" "$article"
done
end=$(date +%s.%N)
echo "1000 saves in $(echo "$end - $start" | bc) s"
ok=""
for _ in $(seq 200); do
  if curl -sf "$url" | grep -q "Save 1000\."; then ok=yes; break; fi
  sleep 0.1
done
[ -n "$ok" ] || { echo "FAIL: the last save is not served"; exit 1; }
echo "the last save is served; server log: $(grep -c '^rebuilt' "$work/serve.log") rebuilds"

echo "== delete and recreate content folders"
mv "$work/content/timeline" "$work/timeline.saved"
sleep 1
curl -sf "http://127.0.0.1:$port/timeline/" | grep -q "Lisbon" && { echo "FAIL: deleted events still served"; exit 1; }
mv "$work/timeline.saved" "$work/content/timeline"
ok=""
for _ in $(seq 100); do
  if curl -sf "http://127.0.0.1:$port/timeline/" | grep -q "Lisbon"; then ok=yes; break; fi
  sleep 0.1
done
[ -n "$ok" ] || { echo "FAIL: recreated timeline not served"; exit 1; }
kill -0 "$server" || { echo "FAIL: the server died"; exit 1; }
echo "server alive, serving the right content; final memory $(rss) kB"
if [ "$non2xx" != "0" ] || grep -q "Socket errors" "$work/wrk.txt"; then echo "FAIL: errors under load"; exit 1; fi
