#!/usr/bin/env bash
# Runs each libFuzzer target for a set time and reports executions, coverage and crashes.
#
#   tools/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]      e.g. tools/fuzz.sh 600
#
# Targets: assessment (Engine::recommend on arbitrary bytes), rules (arbitrary Lua as a rule file),
# capi (trynext_evaluate), report (the HTML, Markdown, text and cards renderers on a result with
# hostile strings: input '<' must come out escaped), import (an exported team history, as `trynext
# import` reads it, into a fresh SQLite store), survey (a release request, or a compact survey shape, given to the
# aggregation; every release is checked against the anonymity rules). Default: all, 60 seconds each, one after the other.
#
# Builds with clang into $FUZZ_BUILD (default build-fuzz) with -DTRYNEXT_FUZZ=ON -DTRYNEXT_SANITIZE=ON.
# Seeds come from tests/fuzz/corpus/<target>/ (kept small, in git); what the fuzzer learns goes to
# $FUZZ_BUILD/corpus/<target>/ and is kept between runs. Crashes, leaks and timeouts are written to
# $FUZZ_BUILD/artifacts/<target>/; the script exits 1 if a run produced any. Turn each into a test
# in tests/hostile/fuzz_regressions_test.cpp (or save it as tests/fuzz/corpus/<target>/regression-*).
#
# Environment: FUZZ_BUILD, FUZZ_JOBS (parallel build jobs, default 2), FUZZ_TIMEOUT (seconds for one
# input before it counts as a hang, default 10), FUZZ_RSS_MB (default 2048), FUZZ_ARGS (more
# libFuzzer flags), FUZZ_NO_BUILD=1 to use the binaries as they are.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(assessment rules capi report import survey)
build="${FUZZ_BUILD:-$root/build-fuzz}"
jobs="${FUZZ_JOBS:-2}"
timeout="${FUZZ_TIMEOUT:-10}"
rss="${FUZZ_RSS_MB:-2048}"

case "$seconds" in ''|*[!0-9]*) echo "usage: $0 [SECONDS_PER_TARGET] [assessment|rules|capi|report|import|survey ...]" >&2; exit 2 ;; esac

if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
  if [ ! -f "$build/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DTRYNEXT_FUZZ=ON -DTRYNEXT_SANITIZE=ON -DTRYNEXT_BUILD_TESTS=OFF >/dev/null
  fi
  ninja -C "$build" -j "$jobs" fuzz_targets catalogue_db >/dev/null
fi

# Leaks are findings too; UBSan stops at the first report (the build uses -fno-sanitize-recover).
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1:handle_abort=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

status=0
summary=()
for target in "${targets[@]}"; do
  binary="$build/tests/fuzz/fuzz_$target"
  if [ ! -x "$binary" ]; then
    echo "fuzz.sh: no $binary (is the target built? capi needs engine/include/trynext/trynext.h)" >&2
    status=1
    continue
  fi
  seeds="$root/tests/fuzz/corpus/$target"
  corpus="$build/corpus/$target"
  artifacts="$build/artifacts/$target"
  log="$build/fuzz-$target.log"
  mkdir -p "$corpus" "$artifacts" "$seeds"
  dict=()
  [ -f "$root/tests/fuzz/$target.dict" ] && dict=(-dict="$root/tests/fuzz/$target.dict")
  before=$(find "$artifacts" -type f | wc -l)
  echo "== fuzz_$target for ${seconds}s (log: $log)"
  started=$SECONDS
  set +e
  # shellcheck disable=SC2086
  "$binary" "$corpus" "$seeds" "${dict[@]}" -max_total_time="$seconds" -timeout="$timeout" \
    -rss_limit_mb="$rss" -artifact_prefix="$artifacts/" -print_final_stats=1 -use_value_profile=1 \
    ${FUZZ_ARGS:-} >"$log" 2>&1
  rc=$?
  set -e
  ran=$((SECONDS - started))  # less than asked after a finding; more when replaying a large corpus took long
  after=$(find "$artifacts" -type f | wc -l)
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  cov=$(grep -oE '(DONE|pulse|NEW|REDUCE|INITED) +cov: [0-9]+ ft: [0-9]+' "$log" | tail -1 | grep -oE 'cov: [0-9]+ ft: [0-9]+')
  units=$(find "$corpus" -type f | wc -l)
  line="fuzz_$target: ${ran}s of ${seconds}s, ${execs:-?} executions, ${cov:-cov: ?}, corpus $units, exit $rc, new artifacts $((after - before))"
  summary+=("$line")
  echo "$line"
  if [ "$rc" -ne 0 ] || [ "$after" -gt "$before" ]; then
    status=1
    grep -E 'ERROR: |SUMMARY: |Test unit written to|deadly signal|timeout after' "$log" | head -20 || true
  fi
done

echo
echo "== summary"
printf '%s\n' "${summary[@]}"
exit $status
