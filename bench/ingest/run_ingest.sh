#!/usr/bin/env bash
# Ingest benchmark (issue 5): packs ../shared/data/webpages into one WARC, then
# times reading it — alone and with extraction — on 1 and 2 threads, and the
# same archive repeated N times to show that peak RSS stays flat.
#
#   bench/ingest/run_ingest.sh [--repeat N] [--no-extract]
#
# Builds into $NEWSDESK_BUILD_DIR (default build/release); writes the archive
# and results.jsonl under build/bench/ingest/. Targets: >= 1,000 pages/s on 2
# threads (read + extract + group), peak RSS < 500 MB at any input size.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
SHARED=${NEWSDESK_SHARED_DIR:-$ROOT/../shared}
BUILD=${NEWSDESK_BUILD_DIR:-$ROOT/build/release}
OUT=$ROOT/build/bench/ingest
REPEAT=10
EXTRACT=1
while [ $# -gt 0 ]; do
  case "$1" in
    --repeat) REPEAT=$2; shift 2 ;;
    --no-extract) EXTRACT=0; shift ;;
    *) echo "usage: $0 [--repeat N] [--no-extract]" >&2; exit 2 ;;
  esac
done
mkdir -p "$OUT"

if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$BUILD" -j"$(nproc)" --target newsdesk-ingest-bench >/dev/null
TOOL=$(find "$BUILD" -name newsdesk-ingest-bench -type f -perm -u+x | head -1)
NEWSDESK=$BUILD/newsdesk
cmake --build "$BUILD" -j"$(nproc)" --target newsdesk >/dev/null 2>&1 || true

ARCHIVE=$OUT/webpages.warc.gz
PAGES=$SHARED/data/webpages
if [ ! -s "$ARCHIVE" ] || [ "$PAGES" -nt "$ARCHIVE" ]; then
  echo "== packing $PAGES"
  if [ -x "$NEWSDESK" ] && "$NEWSDESK" warc pack --help >/dev/null 2>&1; then
    "$NEWSDESK" warc pack "$PAGES" -o "$ARCHIVE" --quiet
  else
    "$TOOL" pack "$PAGES" -o "$ARCHIVE"
  fi
fi
ls -l "$ARCHIVE"

RESULTS=$OUT/results.jsonl
: > "$RESULTS"
run() {  # label, tool args...
  local label=$1; shift
  local line
  line=$("$TOOL" read "$@")
  echo "{\"run\":\"$label\",${line#\{}" | tee -a "$RESULTS"
}

echo "== read only"
run read-1t --threads 1 "$ARCHIVE"
run read-2t --threads 2 "$ARCHIVE"
run "read-2t-x$REPEAT" --threads 2 --repeat "$REPEAT" "$ARCHIVE"
if [ "$EXTRACT" = 1 ]; then
  echo "== read + extract"
  run extract-1t --threads 1 --extract "$ARCHIVE"
  run extract-2t --threads 2 --extract "$ARCHIVE"
  run "extract-2t-x$REPEAT" --threads 2 --extract --repeat "$REPEAT" "$ARCHIVE"
fi

# End to end through the CLI: read + extract + group (--no-analysis: the
# issue's figure), then with entities and facts as well.
if [ -x "$NEWSDESK" ]; then
  echo "== newsdesk stories --no-analysis (read + extract + group), then with analysis"
  python3 - "$NEWSDESK" "$ARCHIVE" "$REPEAT" <<'PY' | tee -a "$RESULTS"
import json, os, subprocess, sys, time
exe, archive, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
# "whole": stories --format json, every story held to the end (the batch
# grouper). "lines": --format jsonl, the streaming engine writing each story as
# its window closes; the form for inputs of any size.
runs = [("group-1x", ["--no-analysis"], [archive]), ("stories-1x", [], [archive]),
        ("group-x%d" % repeat, ["--no-analysis"], [archive] * repeat),
        ("lines-1x", ["--no-analysis", "--format", "jsonl"], [archive]),
        ("lines-x%d" % repeat, ["--no-analysis", "--format", "jsonl"], [archive] * repeat)]
for label, flags, args in runs:
    for threads in ("1", "2"):
        fmt = [] if "--format" in flags else ["--format", "json"]
        t0 = time.time()
        with open(os.devnull, "wb") as sink:
            p = subprocess.Popen([exe, "stories", "--quiet", "--timings", "--threads", threads] + fmt + flags + args,
                                 stdout=sink, stderr=subprocess.PIPE)
            err = p.stderr.read().decode(errors="replace")
            _, status, usage = os.wait4(p.pid, 0)  # this child's own CPU and peak RSS
        s = time.time() - t0
        code = os.waitstatus_to_exitcode(status)
        cpu = usage.ru_utime + usage.ru_stime
        row = {"run": "%s-%st" % (label, threads), "exit": code, "seconds": round(s, 2),
               "cpu_seconds": round(cpu, 2), "peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}
        # Each stage's CPU seconds (stories --timings): where the time goes.
        for line in err.splitlines():
            if line.startswith("newsdesk: timing: "):
                stage, rest = line[len("newsdesk: timing: "):].split("  ", 1)
                row["cpu_s " + stage.strip()] = float(rest.split("s wall")[1].split("s CPU")[0])
        row["pages_per_s"] = round(1429 * len(args) / s, 1)  # pages in the shared set
        # CPU time: what the machine's other work does not inflate (target: 500 a core).
        row["pages_per_cpu_s"] = round(1429 * len(args) / cpu, 1)
        print(json.dumps(row), flush=True)
PY
fi
echo "results: $RESULTS"
