#!/bin/sh
# Validates every HTML page of a built dossier with the W3C Nu HTML Checker (npm vnu-jar);
# fails on any error. SITE_DIR defaults to the repository's output/.
# Usage: tests/browser/validate.sh   (after `npm ci` here and `cargo run --release -- build`)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
site=${SITE_DIR:-$here/../../output}
jar=$here/node_modules/vnu-jar/build/dist/vnu.jar

[ -f "$jar" ] || { echo "validate: no $jar: run 'npm ci' in $here" >&2; exit 2; }
[ -f "$site/index.html" ] || { echo "validate: no $site/index.html: build the site first" >&2; exit 2; }
command -v java >/dev/null || { echo "validate: java not found (the checker needs Java 11+)" >&2; exit 2; }

pages=$(find "$site" -type f \( -name '*.html' -o -name '*.htm' \) | wc -l | tr -d ' ')
report=$(mktemp)
trap 'rm -f "$report"' EXIT

status=0
# --format gnu: one line per message ("file":line.col-line.col: error: text), on stderr.
java -jar "$jar" --errors-only --skip-non-html --format gnu "$site" 2>"$report" || status=$?
errors=$(grep -c ': error' "$report" || true)

if [ "$status" -ne 0 ] || [ "$errors" -ne 0 ]; then
  sed "s|$site/||" "$report" >&2
  echo "validate: $pages pages checked, $errors errors (vnu exit status $status)" >&2
  exit 1
fi
echo "validate: $pages pages checked, 0 errors"
