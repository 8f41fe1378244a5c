#!/usr/bin/env bash
# Runs every benchmark case of tools/bench and writes build/bench/results.json and results.md
# (docs/performance.md explains the cases and records the figures).
#
#   tools/bench/run.sh            # the full run: about four minutes on 2 cores
#   tools/bench/run.sh --quick    # one pass per case, shorter service runs: to check the harness
#
# Environment: BUILD (default build), JOBS for ninja (default 1), CLIENTS for the service (default 8),
# SECONDS_PER_RUN for each service run (default 10).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD:-$ROOT/build}
OUT=$BUILD/bench
WORK=$OUT/work
QUICK=0
[ "${1:-}" = "--quick" ] && QUICK=1
CLIENTS=${CLIENTS:-8}
RUN_SECONDS=${SECONDS_PER_RUN:-$([ $QUICK = 1 ] && echo 3 || echo 10)}

say() { echo "run.sh: $*" >&2; }

# 1. Build what the cases run.
if [ ! -f "$BUILD/build.ninja" ]; then
  cmake -S "$ROOT" -B "$BUILD" -G Ninja >/dev/null
fi
say "building trynext, trynext_bench, trynext_loadgen (ninja -j${JOBS:-1})"
ninja -C "$BUILD" -j"${JOBS:-1}" trynext_cli trynext_bench trynext_loadgen catalogue_db python_package >/dev/null
T=$BUILD/tools/trynext/trynext
mkdir -p "$WORK"
rm -f "$WORK"/*.json

# 2. The corpus: 1,000 synthetic assessments, seed 42.
rm -rf "$OUT/corpus"
"$T" corpus --count 1000 --seed 42 --out "$OUT/corpus" 2>/dev/null

# 3. In-process cases (1, 2, 5, 6): default rules, subset vs native, growth, memory.
ARGS=()
[ $QUICK = 1 ] && ARGS+=(--quick)
"$BUILD/tools/bench/trynext_bench" run --corpus "$OUT/corpus" --work "$WORK" --out "$WORK/inprocess.json" "${ARGS[@]}"

# 3b. Instructions per evaluation (valgrind --tool=callgrind): unlike times, the same whatever else
# the machine is doing. The difference between two passes and one over 100 assessments, so that the
# load of the engine is left out.
if command -v valgrind >/dev/null; then
  rm -rf "$WORK/corpus100"
  mkdir -p "$WORK/corpus100"
  FILES=("$OUT"/corpus/*.json)  # sorted; no `ls | head`, whose SIGPIPE would stop the script under pipefail
  cp "${FILES[@]:0:100}" "$WORK/corpus100/"
  count_instructions() {  # rules passes [more loop options]
    valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind.tmp" "$BUILD/tools/bench/trynext_bench" loop \
      --corpus "$WORK/corpus100" --rules "$1" --passes "$2" "${@:3}" 2>&1 | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
  }
  {
    echo "{"
    for set in default ids subset 10 100 1000; do
      more=()
      case $set in
        default) dir=$ROOT/rules ;;
        ids) dir=$ROOT/rules; more=(--evidence ids) ;;  # the result by id, compact
        subset) dir=$WORK/rules-subset ;;
        *) dir=$WORK/rules-$set ;;
      esac
      one=$(count_instructions "$dir" 1 "${more[@]}")
      two=$(count_instructions "$dir" 2 "${more[@]}")
      echo "\"$set\": {\"assessments\": 100, \"one_pass\": $one, \"two_passes\": $two, \"per_evaluation\": $(( (two - one) / 100 ))}$([ $set != 1000 ] && echo ,)"
    done
    echo "}"
  } > "$WORK/instructions.json"
  rm -f "$WORK/callgrind.tmp"
  say "instructions per evaluation, JSON to JSON: $(tr -d '\n' < "$WORK/instructions.json")"
fi

# 3c. From Python (case 7): the trynext package one at a time and with recommend_many, beside C++.
PYTHONPATH=$BUILD/python /usr/bin/python3 "$ROOT/tools/bench/python_bench.py" --corpus "$OUT/corpus" \
  --cxx "$BUILD/tools/bench/trynext_bench" --out "$WORK/python.json" "${ARGS[@]}"

# 4. Peer engines on node (case 3). node_modules comes from package-lock.json through npm ci.
NODE_DIR=$ROOT/tools/bench/node
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  say "node or npm is not installed: the peer-engine case is skipped"
  echo '{"error": "node or npm is not installed (apt-get install nodejs npm)"}' > "$WORK/node.json"
else
  if [ ! -d "$NODE_DIR/node_modules/json-rules-engine" ] || [ ! -d "$NODE_DIR/node_modules/@gorules/zen-engine" ]; then
    say "installing json-rules-engine and @gorules/zen-engine (npm ci)"
    # npm 11's ci refuses this lock file (it reports the other platforms' optional zen-engine binaries
    # as missing from it); npm install --no-save installs the same locked versions and leaves it alone.
    if ! (cd "$NODE_DIR" && { npm ci --no-audit --no-fund || npm install --no-save --no-audit --no-fund; } >"$WORK/npm.log" 2>&1); then
      say "npm ci and npm install failed; see $WORK/npm.log"
      printf '{"error": %s}\n' "$(node -e 'console.log(JSON.stringify("npm failed: " + require("fs").readFileSync(process.argv[1], "utf8").slice(-2000)))' "$WORK/npm.log")" > "$WORK/node.json"
    fi
  fi
  if [ ! -f "$WORK/node.json" ]; then
    NODE_ROUNDS=$([ $QUICK = 1 ] && echo 1 || echo 3)
    node "$NODE_DIR/bench.mjs" --corpus "$OUT/corpus" --decisions "$WORK/subset-decisions.json" --out "$WORK/node.json" \
      --rounds "$NODE_ROUNDS" --reps 3
  fi
fi

# 5. The HTTP service over loopback (case 4): plain, then with the rules reloaded every 100 ms.
head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$WORK/token"
# cpp-httplib keeps a worker thread for each keep-alive connection, so the service gets one worker per
# client plus two (the reload client, and one spare); with fewer, the clients beyond the workers
# wait for a connection to close (up to --read-timeout, 5 s) and so does the reload.
"$T" serve --port 0 --threads $((CLIENTS + 2)) --token-file "$WORK/token" > "$WORK/serve.out" 2> "$WORK/serve.log" &
SERVE_PID=$!
trap 'kill $SERVE_PID 2>/dev/null || true' EXIT
PORT=
for _ in $(seq 1 100); do
  PORT=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\).*|\1|p' "$WORK/serve.out" | head -1)
  [ -n "$PORT" ] && break
  sleep 0.1
done
[ -n "$PORT" ] || { say "trynext serve did not start; see $WORK/serve.log"; exit 1; }
say "trynext serve on 127.0.0.1:$PORT: $CLIENTS clients for ${RUN_SECONDS}s"
L=$BUILD/tools/bench/trynext_loadgen
"$L" --port "$PORT" --corpus "$OUT/corpus" --clients "$CLIENTS" --seconds "$RUN_SECONDS" --max-requests 500000 \
  --out "$WORK/service.json" >/dev/null
"$L" --port "$PORT" --corpus "$OUT/corpus" --clients "$CLIENTS" --seconds "$RUN_SECONDS" --max-requests 500000 \
  --reload-every-ms 100 --token-file "$WORK/token" --out "$WORK/service-reload.json" >/dev/null
kill "$SERVE_PID"
wait "$SERVE_PID" 2>/dev/null || true
trap - EXIT
grep -c '"event":"reload"' "$WORK/serve.log" > "$WORK/serve-reloads.txt" || true

# 6. The report: results.json and results.md, with the machine, the load and the versions.
if command -v node >/dev/null; then
  node "$ROOT/tools/bench/report.mjs" --work "$WORK" --out "$OUT/results" --trynext "$T"
  say "wrote $OUT/results.json and $OUT/results.md"
  cat "$OUT/results.md"
else
  say "node is not installed: the figures are in $WORK/*.json (no report)"
fi
