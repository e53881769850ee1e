#!/usr/bin/env bash
# Smoke run of the benchmarks, so they cannot rot: builds the project (Release), generates 1k notes and their
# query mix into a temp folder, builds the index, re-indexes one note, runs one round of the query mix and
# checks that each mode printed its METRICS line. About a minute; exits non-zero on any failure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build "$here/NotesSearch.Benchmarks.csproj" -c Release --nologo -v q -o "$work/bin" >"$work/build.log" 2>&1 \
  || { cat "$work/build.log"; echo "smoke: the benchmarks do not build" >&2; exit 1; }
bench() { dotnet "$work/bin/NotesSearch.Benchmarks.dll" "$@"; }

check() {  # check NAME FILE PHASE : the mode's output has its METRICS line
  grep -q "^METRICS {.*\"phase\":\"$3\"" "$2" || { cat "$2"; echo "smoke: $1 printed no METRICS line" >&2; exit 1; }
  echo "smoke: $1 ok: $(grep '^METRICS' "$2" | cut -c1-160)"
}

bench generate --notes 1000 --out "$work/md" --queries "$work/queries.txt"
[ "$(find "$work/md" -name '*.md' | wc -l)" -eq 1000 ] || { echo "smoke: generate did not write 1000 notes" >&2; exit 1; }
[ "$(grep -vc '^#' "$work/queries.txt")" -eq 200 ] || { echo "smoke: generate did not write 200 queries" >&2; exit 1; }

bench index --content "$work/md" --index "$work/index" >"$work/index.out"
check index "$work/index.out" index
grep -q '"docs":1000,' "$work/index.out" || { echo "smoke: index did not index 1000 notes" >&2; exit 1; }

bench reindex-one --content "$work/md" --index "$work/index" --rounds 3 --warmup 1 >"$work/reindex.out"
check reindex-one "$work/reindex.out" reindex_one

bench query --index "$work/index" --queries "$work/queries.txt" --results "$work/results.jsonl" --warmup 1 --rounds 1 >"$work/query.out"
check query "$work/query.out" query
[ "$(wc -l < "$work/results.jsonl")" -eq 200 ] || { echo "smoke: results.jsonl does not hold 200 lines" >&2; exit 1; }
[ "$(wc -l < "$work/results.jsonl.lat")" -eq 200 ] || { echo "smoke: results.jsonl.lat does not hold 200 lines" >&2; exit 1; }
echo "smoke: benchmarks ok"
