#!/usr/bin/env bash
# Scale-out check on one machine: nginx (deploy/nginx/notessearch.conf, ports and paths replaced) in front of two
# read-only replicas and one writer over a temporary copy of content/, 16 connections of load through nginx for
# SCALE_OUT_SECONDS (default 30), one replica killed with kill -9 half way and started again, one note edited in the
# writer's content folder; then a report: requests, non-2xx, 5xx, the edit's time to be visible through nginx, the
# cache hit ratio. Exit 0 when no answer was a 5xx, no request went unanswered, the edit became visible through nginx
# and on all three servers, both replicas gave one ETag per commit (a new one after the edit), and the cache served.
#
# Loopback only, free ports, nginx as the current user with its own prefix, temp and cache folders in a temp folder
# (no system configuration touched). Bounded: hard limit SCALE_OUT_HARD_LIMIT seconds (default SECONDS + 60).
# Installs Debian's nginx when it is missing (as ./test.sh installs chromium). Runs the site's build output
# (NOTES_WEB_DLL, else src/NotesSearch.Web/bin/{Release,Debug}/net10.0/NotesSearch.Web.dll, newest first).
#
# Usage: deploy/scale-out-check.sh [seconds]      (SCALE_OUT_KEEP=1 keeps the temp folder and its logs)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
seconds="${1:-${SCALE_OUT_SECONDS:-30}}"
[[ "$seconds" =~ ^[0-9]+$ ]] && (( seconds >= 4 && seconds <= 600 )) || { echo "scale-out: seconds must be 4..600, not '$seconds'" >&2; exit 2; }
hard_limit="${SCALE_OUT_HARD_LIMIT:-$((seconds + 60))}"
[[ "$hard_limit" =~ ^[0-9]+$ ]] && (( hard_limit > seconds )) || { echo "scale-out: SCALE_OUT_HARD_LIMIT must be a number of seconds over $seconds, not '$hard_limit'" >&2; exit 2; }
connections=16

say() { echo "scale-out: $*" >&2; }
now_ms() { date +%s%3N; }
seconds_since() { awk -v ms=$(( $(now_ms) - $1 )) 'BEGIN { printf "%.1f", ms / 1000 }'; }

# The run itself goes in a process group of its own, watched from here: past the hard limit it is asked to stop
# (its trap stops what it started and shows the logs), and then the whole group is killed, so that nothing it
# started can outlive it, whatever happened inside.
if [ -z "${SCALE_OUT_INNER:-}" ]; then
  set -m
  SCALE_OUT_INNER=1 bash "${BASH_SOURCE[0]}" "$seconds" &
  inner=$!
  set +m
  trap 'kill -TERM "$inner" 2>/dev/null; sleep 3; kill -9 -- "-$inner" 2>/dev/null; exit 130' INT TERM
  deadline=$(( $(now_ms) + hard_limit * 1000 ))
  while kill -0 "$inner" 2>/dev/null && (( $(now_ms) < deadline )); do sleep 0.2; done
  if kill -0 "$inner" 2>/dev/null; then
    say "over the hard limit of $hard_limit s: stopping"
    kill -TERM "$inner" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$inner" 2>/dev/null || break; sleep 0.2; done
  fi
  status=0
  wait "$inner" || status=$?
  kill -9 -- "-$inner" 2>/dev/null || true
  exit "$status"
fi

# --- what it needs -------------------------------------------------------------------------------------------------
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  say "installing Debian's nginx…"
  if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq nginx >/dev/null
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
command -v curl >/dev/null || { say "curl is missing"; exit 2; }

web_dll="${NOTES_WEB_DLL:-$(ls -t "$repo"/src/NotesSearch.Web/bin/{Release,Debug}/net10.0/NotesSearch.Web.dll 2>/dev/null | head -1 || true)}"
[ -f "$web_dll" ] || { say "no build of the site: run 'dotnet build NotesSearch.sln' first (or set NOTES_WEB_DLL)"; exit 2; }

# --- a temp folder, and everything we start is stopped on exit -------------------------------------------------------
work="$(mktemp -d "${TMPDIR:-/tmp}/notes-scale-out.XXXXXX")"
declare -A site_pid=()
load_pids=()
nginx_pid=
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  # A worker's running curl first (by its parent's pid), then the worker itself.
  for pid in "${load_pids[@]}"; do pkill -P "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true; done
  [ -n "$nginx_pid" ] && kill -QUIT "$nginx_pid" 2>/dev/null || true
  for pid in "${site_pid[@]}"; do kill "$pid" 2>/dev/null || true; done
  sleep 0.5
  for pid in "${site_pid[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  [ -n "$nginx_pid" ] && kill -9 "$nginx_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  if [ "$status" != 0 ]; then
    for log in "$work"/*.log "$work"/nginx/error.log; do
      [ -f "$log" ] && { echo "--- $(basename "$log") (last lines)" >&2; tail -n 15 "$log" >&2; }
    done
  fi
  if [ -n "${SCALE_OUT_KEEP:-}" ]; then say "logs kept in $work"; else rm -rf "$work"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'say "interrupted"; exit 130' INT TERM

# A loopback port nobody listens on (and not one already picked).
picked=" "
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$(( 20000 + RANDOM % 40000 ))
    [[ "$picked" == *" $port "* ]] && continue
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then picked+="$port "; echo "$port"; return; fi
  done
  say "no free port found"; exit 1
}
writer_port=$(free_port); replica1_port=$(free_port); replica2_port=$(free_port); nginx_port=$(free_port)

# --- the three sites -----------------------------------------------------------------------------------------------
cp -r "$repo/content" "$work/content"
mkdir -p "$work/index"
start_site() {  # start_site NAME PORT READONLY: the site's build output, as the systemd units run the published one
  ( cd "$(dirname "$web_dll")" && exec env Notes__ContentPath="$work/content" Notes__IndexPath="$work/index" \
      Notes__ReadOnly="$3" Urls="http://127.0.0.1:$2" ASPNETCORE_ENVIRONMENT=Production \
      dotnet "$web_dll" >>"$work/$1.log" 2>&1 ) &
  site_pid[$1]=$!
}
wait_healthy() {  # wait_healthy NAME PORT LIMIT_SECONDS: until /healthz answers 200
  local deadline=$(( $(now_ms) + $3 * 1000 ))
  while (( $(now_ms) < deadline )); do
    kill -0 "${site_pid[$1]}" 2>/dev/null || { say "$1 exited while starting"; return 1; }
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$2/healthz")" = 200 ] && return 0
    sleep 0.1
  done
  say "$1 not healthy within $3 s"; return 1
}
# The replicas start beside the writer: without an index they answer 503 until the writer's first commit lands.
start_site writer "$writer_port" false
start_site replica1 "$replica1_port" true
start_site replica2 "$replica2_port" true
started=$(now_ms)
wait_healthy writer "$writer_port" 60
wait_healthy replica1 "$replica1_port" 30
wait_healthy replica2 "$replica2_port" 30
say "writer :$writer_port, replicas :$replica1_port :$replica2_port healthy after $(seconds_since "$started") s"

# --- nginx with the shipped site file, on loopback, under the temp folder ----------------------------------------
mkdir -p "$work/nginx/cache" "$work/nginx/temp"
sed -e "s#127.0.0.1:5001#127.0.0.1:$replica1_port#; s#127.0.0.1:5002#127.0.0.1:$replica2_port#; s#127.0.0.1:5000#127.0.0.1:$writer_port#" \
    -e "s#listen 80;#listen 127.0.0.1:$nginx_port;#; s#/var/cache/nginx/notessearch#$work/nginx/cache#; s#/var/log/nginx/#$work/nginx/#" \
    "$here/nginx/notessearch.conf" >"$work/nginx/notessearch.conf"
grep -q "127.0.0.1:$nginx_port" "$work/nginx/notessearch.conf" || { say "the site file's listen line was not replaced"; exit 1; }
{
  # As root, the workers would otherwise drop to nobody, who cannot write the temp folder.
  [ "$(id -u)" = 0 ] && echo "user root root;"
  cat <<EOF
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 512; }
http {
  client_body_temp_path $work/nginx/temp/body;
  proxy_temp_path $work/nginx/temp/proxy;
  fastcgi_temp_path $work/nginx/temp/fastcgi;
  uwsgi_temp_path $work/nginx/temp/uwsgi;
  scgi_temp_path $work/nginx/temp/scgi;
  default_type application/octet-stream;
  include $work/nginx/notessearch.conf;
}
EOF
} >"$work/nginx/nginx.conf"
"$nginx_bin" -t -q -p "$work/nginx" -e "$work/nginx/error.log" -c "$work/nginx/nginx.conf"
"$nginx_bin" -p "$work/nginx" -e "$work/nginx/error.log" -c "$work/nginx/nginx.conf" </dev/null >>"$work/nginx/error.log" 2>&1 &
nginx_pid=$!
base="http://127.0.0.1:$nginx_port"
for _ in $(seq 1 50); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/healthz")" = 200 ] && break
  sleep 0.1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/healthz")" = 200 ] || { say "nginx does not answer /healthz"; exit 1; }

# --- the request mix: API searches, a note, completions, topics, stats, feeds (cached) and the search page ---------
# The note the author edits below (content/2026-03-22-turboquant-kv-cache.md).
note="2026-03-22-turboquant-kv-cache.md"
slug="turboquant-kv-cache"
[ -f "$work/content/$note" ] || { say "content/$note is missing"; exit 1; }
paths=(
  "/api/search?q=kv+cache" "/api/search?q=inference" "/api/search?q=gpu&sort=newest" "/api/search?q=world+models"
  "/api/search?q=infernce" "/api/search?q=moe+communication" "/api/search?q=latency&page=2&pageSize=5"
  "/api/search?q=cxl" "/api/search?q=h100" "/api/search?q=agents" "/api/search?q=" "/api/notes/$slug"
  "/api/suggest?q=ca" "/api/suggest?q=wor" "/api/topics" "/api/stats" "/feed.xml" "/feed.xml?q=cache"
  "/?q=kv+cache" "/notes/$slug"
)
# The site's ETag is tied to the index commit: both replicas, serving one commit, give one tag (which is what lets
# nginx revalidate a copy from one replica with the other).
etag() { curl -s -o /dev/null -D - --max-time 5 "http://127.0.0.1:$1/api/search?q=kv+cache" | tr -d '\r' | awk 'tolower($1) == "etag:" { print $2 }'; }
same_etag() {  # one tag from both replicas (tried for a few seconds: a commit may land between the two asks)
  local a b
  for _ in $(seq 1 20); do
    a="$(etag "$replica1_port")"; b="$(etag "$replica2_port")"
    [ -n "$a" ] && [ "$a" = "$b" ] && { echo "$a"; return; }
    sleep 0.25
  done
  say "the replicas give different ETags for one commit: '$a', '$b'"
}
etag_before="$(same_etag)"
[ -n "$etag_before" ] || exit 1
: >"$work/nginx/notessearch.access.log"   # the report counts the load and the edit's polling only

load_worker() {  # load_worker N DEADLINE_MS: one keep-alive connection, batches of 5 requests, until the deadline
  local n=$1 deadline=$2 i=$1 args
  while (( $(now_ms) < deadline )); do
    args=()
    for _ in $(seq 1 5); do args+=(-o /dev/null "$base${paths[i % ${#paths[@]}]}"); i=$((i + 7)); done
    curl -s --max-time 15 -w '%{http_code}\n' "${args[@]}" >>"$work/load-$n.codes" || true
  done
}
load_start=$(now_ms)
load_end=$(( load_start + seconds * 1000 ))
for n in $(seq 1 $connections); do load_worker "$n" "$load_end" </dev/null >/dev/null 2>&1 & load_pids+=($!); done
say "$connections connections through nginx :$nginx_port for $seconds s"

# Half way: replica1 killed with kill -9 (no shutdown runs), and started again as a service manager would.
sleep_until() { local ms=$(( $1 - $(now_ms) )); (( ms <= 0 )) || sleep "$(awk -v ms="$ms" 'BEGIN { printf "%.3f", ms / 1000 }')"; }
sleep_until $(( load_start + seconds * 500 ))
kill -9 "${site_pid[replica1]}"
wait "${site_pid[replica1]}" 2>/dev/null || true
killed=$(now_ms)
say "replica1 killed (kill -9) at $(( (killed - load_start) / 1000 )) s; starting it again"
start_site replica1 "$replica1_port" true

# The author edits a note in the writer's content folder; how long until a search through nginx finds it?
word="scaleoutmarker$(tr -dc 'a-z' </dev/urandom | head -c 8 || true)"
sleep_until $(( killed + 1000 ))
edited=$(now_ms)
printf '\n\nA paragraph added while the site runs: %s.\n' "$word" >>"$work/content/$note"
visible_ms=
while (( $(now_ms) < edited + 20000 )); do
  if curl -s --max-time 5 "$base/api/search?q=$word" | grep -q '"total":1'; then visible_ms=$(( $(now_ms) - edited )); break; fi
  sleep 0.05
done
[ -n "$visible_ms" ] && say "the edit is visible through nginx after $visible_ms ms" || say "the edit did not become visible within 20 s"

for pid in "${load_pids[@]}"; do wait "$pid" || true; done
load_pids=()
load_seconds=$(seconds_since "$load_start")
back="not within 30 s"
if wait_healthy replica1 "$replica1_port" 30; then back="$(seconds_since "$killed") s"; fi

# Every server answers the edit on its own too: the replicas followed the writer's commit (the restarted one opened it).
followed=0
for port in "$writer_port" "$replica1_port" "$replica2_port"; do
  curl -s --max-time 5 "http://127.0.0.1:$port/api/search?q=$word" | grep -q '"total":1' && followed=$((followed + 1))
done

# After the edit: again one tag on both replicas (the restarted one included), and a new one.
etag_after="$(same_etag)"
etags="one tag on both replicas before and after the edit, changed by it"
[ -n "$etag_after" ] && [ "$etag_after" != "$etag_before" ] || etags="NOT as expected: before $etag_before, after '$etag_after'"

# --- the report, from nginx's access log (the truth of what clients got) and the clients' own failures -------------
log="$work/nginx/notessearch.access.log"
requests=$(wc -l <"$log")
non2xx=$(awk '$1 !~ /^2/' "$log" | wc -l)
server_errors=$(awk '$1 ~ /^5/' "$log" | wc -l)
failed=$(cat "$work"/load-*.codes | grep -vc '^[1-5][0-9][0-9]$' || true)
retried=$(awk -F'"' '$2 ~ /,/' "$log" | wc -l)
cacheable=$(awk '$2 != "-"' "$log" | wc -l)
hit=$(awk '$2 == "HIT"' "$log" | wc -l)
revalidated=$(awk '$2 == "REVALIDATED"' "$log" | wc -l)
miss=$(awk '$2 == "MISS"' "$log" | wc -l)
expired=$(awk '$2 == "EXPIRED"' "$log" | wc -l)
ratio=$(awk -v h=$((hit + revalidated)) -v c="$cacheable" 'BEGIN { printf "%.2f", c ? h / c : 0 }')
echo "requests: $requests in $load_seconds s over $connections connections (${#paths[@]} paths: API, feeds, pages)"
echo "non-2xx: $non2xx"
echo "5xx: $server_errors"
echo "failed requests (no answer): $failed"
echo "retried on another server: $retried"
echo "replica killed (kill -9) half way, healthy again after: $back"
echo "edit visible through nginx after: ${visible_ms:-never} ms"
echo "servers answering the edit directly: $followed of 3"
echo "ETags: $etags"
echo "cache: $((hit + revalidated)) of $cacheable cacheable answers from the cache (HIT $hit, REVALIDATED $revalidated, MISS $miss, EXPIRED $expired)"
echo "cache hit ratio: $ratio"

# The restarted replica takes its share through nginx again: nginx tries it once its fail_timeout (5 s) has passed.
# Uncached searches after the report's counts, until one is answered by replica1 (bounded: 15 s).
rejoined="not within 15 s"
if [[ "$back" != not* ]]; then
  seen=$(wc -l <"$log")
  until_ms=$(( $(now_ms) + 15000 ))
  while (( $(now_ms) < until_ms )); do
    curl -s -o /dev/null --max-time 5 "$base/api/search?q=rejoin$(now_ms)" || true
    if tail -n +"$((seen + 1))" "$log" | grep -q "127.0.0.1:$replica1_port"; then rejoined="yes, $(seconds_since "$killed") s after the kill"; break; fi
    sleep 0.1
  done
fi
echo "restarted replica answering through nginx again: $rejoined"

ok=true
(( requests > 0 )) || { say "no request reached nginx"; ok=false; }
(( server_errors == 0 )) || { say "$server_errors answers were 5xx"; awk '$1 ~ /^5/' "$log" | head -5 >&2; ok=false; }
(( failed == 0 )) || { say "$failed requests got no answer"; ok=false; }
[ -n "$visible_ms" ] || ok=false
(( followed == 3 )) || { say "only $followed of 3 servers answer the edit"; ok=false; }
[[ "$etags" != NOT* ]] || { say "the replicas' ETags do not follow the index commit"; ok=false; }
(( hit + revalidated > 0 )) || { say "nothing was answered from the cache"; ok=false; }
[[ "$rejoined" == yes* ]] || { say "the restarted replica got no request through nginx"; ok=false; }
$ok && say "ok" || { say "FAILED"; exit 1; }
