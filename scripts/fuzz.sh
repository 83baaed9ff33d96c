#!/usr/bin/env bash
# Builds the libFuzzer targets (preset fuzz: clang, ASan + UBSan), makes their
# seed corpora from the shared data and the tests' inputs, and runs each target
# for a while. Fails when any target crashes, leaks, times out or runs out of memory.
#
#   scripts/fuzz.sh                      # every target, 60 s each (CI)
#   scripts/fuzz.sh --minutes 30 html warc feed
#   FUZZ_JOBS=1 scripts/fuzz.sh ...      # targets one at a time (default: two at once)
#
# Corpora grow in build/fuzz-corpus/<target>; a crashing input lands in
# build/fuzz-artifacts/<target>/ — add it to tests/fuzz-regressions/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
targets=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --minutes) seconds=$(( $2 * 60 )); shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
all=(html extract charset page_blocks warc gzip feed json_lines facts language http)
[[ ${#targets[@]} -eq 0 ]] && targets=("${all[@]}")
jobs=${FUZZ_JOBS:-2}
rss_mb=${FUZZ_RSS_MB:-2048}   # per target process
timeout_s=${FUZZ_TIMEOUT:-10} # one input

declare -A max_len=([html]=32768 [extract]=65536 [charset]=16384 [page_blocks]=16384 [warc]=32768
                    [gzip]=16384 [feed]=32768 [json_lines]=32768 [facts]=4096 [language]=2048
                    [http]=32768)
declare -A dict=([html]=html [extract]=html [warc]=warc [feed]=feed [json_lines]=json [http]=http)

start=$(date +%s)
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]/%/_fuzz}"
built=$(date +%s)

corpus=build/fuzz-corpus
if [[ ! -f $corpus/.made ]]; then
  rm -rf "$corpus"
  python3 scripts/fuzz_corpus.py "$corpus"
  touch "$corpus/.made"
fi
mkdir -p build/fuzz-logs build/fuzz-artifacts

run_target() {
  local t=$1
  local args=(-max_total_time="$seconds" -rss_limit_mb="$rss_mb" -malloc_limit_mb="$rss_mb"
              -timeout="$timeout_s" -max_len="${max_len[$t]}" -print_final_stats=1
              -artifact_prefix="build/fuzz-artifacts/$t/")
  [[ -n ${dict[$t]:-} ]] && args+=(-dict="fuzz/dict/${dict[$t]}.dict")
  mkdir -p "build/fuzz-artifacts/$t" "$corpus/$t"
  # The regression inputs run first, as part of the corpus.
  local dirs=("$corpus/$t")
  [[ -d tests/fuzz-regressions/$t ]] && dirs+=("tests/fuzz-regressions/$t")
  set +e
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "build/fuzz/fuzz/${t}_fuzz" "${args[@]}" "${dirs[@]}" >"build/fuzz-logs/$t.log" 2>&1
  echo $? >"build/fuzz-logs/$t.rc"
  set -e
}

running=0
for t in "${targets[@]}"; do
  run_target "$t" &
  running=$((running + 1))
  if (( running >= jobs )); then wait -n || true; running=$((running - 1)); fi
done
wait

failed=0
printf '%-12s %12s %9s %8s  %s\n' target executions exec/s crashes result
for t in "${targets[@]}"; do
  log=build/fuzz-logs/$t.log
  rc=$(cat "build/fuzz-logs/$t.rc")
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  crashes=$(find "build/fuzz-artifacts/$t" -type f -newermt "@$built" | wc -l)
  result=ok
  if [[ $rc != 0 ]]; then
    result="FAILED (exit $rc): $(grep -m1 -E 'ERROR: |SUMMARY: |==[0-9]+== ?ERROR' "$log" || echo "see $log")"
    failed=1
  fi
  printf '%-12s %12s %9s %8s  %s\n' "$t" "${execs:-?}" "${rate:-?}" "$crashes" "$result"
done
echo "fuzz: build $((built - start)) s, whole run $(( $(date +%s) - start )) s; logs in build/fuzz-logs/"
exit $failed
