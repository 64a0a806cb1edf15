#!/usr/bin/env bash
# Startup benchmark: wall-clock seconds from `java … -jar cms-app.jar` to the first 200 from /health,
# on the embedded database, for a first start (fresh data directory: migrations, admin account,
# generated secrets) and for restarts on the same data; plain, and with the class-data-sharing
# archive the build writes (cms-app.jsa). Results go into docs/performance.md.
#
#   bash bench/startup.sh [runs]      (build the jar first: mvn -q -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=cms-app/target/cms-app.jar
[ -f "$jar" ] || { echo "build the jar first: mvn -q -B -DskipTests package" >&2; exit 1; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

start_once() { # data dir, java options... -> seconds to healthy
  local data=$1 t0 t1 pid
  shift
  t0=$(date +%s.%N)
  MICRONAUT_SERVER_PORT=$port CMS_DATA_DIR=$data java "$@" -jar "$jar" >"$data/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    if curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health" 2>/dev/null | grep -q 200; then break; fi
    kill -0 "$pid" 2>/dev/null || { echo "server exited; see $data/server.log" >&2; exit 1; }
    sleep 0.02
  done
  t1=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$t1 - $t0" | bc
}

summary() { # label, values...
  local label=$1; shift
  printf '%s\n' "$@" | sort -n | awk -v l="$label" '{v[NR]=$1} END {printf "%-14s runs=%d min=%.2fs median=%.2fs max=%.2fs\n", l, NR, v[1], v[int((NR+1)/2)], v[NR]}'
}

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for mode in plain cds; do
  opts=(-Dcms.bench=1)
  if [ "$mode" = cds ]; then
    [ -f cms-app/target/cms-app.jsa ] || { echo "no cms-app/target/cms-app.jsa (built with -Dcds.skip?)"; continue; }
    opts=(-XX:SharedArchiveFile=cms-app/target/cms-app.jsa)
  fi
  first=(); again=()
  for _ in $(seq 1 "$runs"); do
    data=$(mktemp -d)
    first+=("$(start_once "$data" "${opts[@]}")")
    again+=("$(start_once "$data" "${opts[@]}")")
    rm -rf "$data"
  done
  summary "$mode first" "${first[@]}"
  summary "$mode restart" "${again[@]}"
done
