#!/bin/sh
# Facts benchmark (issue 7): builds newsdesk_analyze and the facts driver, then scores
# it on the Recognizers-Text specs beside the dateparser anchor, and times it.
#   bench/facts/run_facts.sh [--langs en,it,...] [--failures N]
# Env: NEWSDESK_BUILD_DIR (default build/facts), NEWSDESK_SHARED_DIR (default ../shared).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${NEWSDESK_BUILD_DIR:-$ROOT/build/facts}
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
TOOL=$BUILD/bench/facts/facts_tool
# The facts_tool target exists once bench/CMakeLists.txt has add_subdirectory(facts);
# until then, compile the driver here against the analyze, text and core libraries.
if ! cmake --build "$BUILD" -j2 --target facts_tool >/dev/null 2>&1; then
  cmake --build "$BUILD" -j2 --target newsdesk_analyze >/dev/null
  mkdir -p "$BUILD/bench/facts"
  if [ ! -x "$TOOL" ] || [ "$ROOT/bench/facts/facts_tool.cc" -nt "$TOOL" ] || \
     [ "$BUILD/src/analyze/libnewsdesk_analyze.a" -nt "$TOOL" ]; then
    g++ -std=c++20 -O2 -I"$ROOT/src" "$ROOT/bench/facts/facts_tool.cc" \
      "$BUILD/src/analyze/libnewsdesk_analyze.a" "$BUILD/src/text/libnewsdesk_text.a" \
      "$BUILD/src/core/libnewsdesk_core.a" $(pkg-config --libs icu-i18n icu-uc) -lstemmer -o "$TOOL"
  fi
fi
exec /usr/bin/python3 "$ROOT/bench/facts/score_facts.py" --tool "$TOOL" "$@"
