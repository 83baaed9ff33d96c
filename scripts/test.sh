#!/usr/bin/env bash
# The test command: builds and runs the whole GoogleTest suite twice, as a
# release build and under AddressSanitizer + UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."

for preset in release asan; do
  echo "== $preset"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
  ctest --preset "$preset" -j2
done
