#!/usr/bin/env bash
# The test command: builds and runs the whole GoogleTest suite twice, as a
# release build and under AddressSanitizer + UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."

# The PostgreSQL store tests and the queue tests run against local servers.
scripts/cluster-up.sh >/dev/null
set -a
. build/cluster/env
set +a

for preset in release asan; do
  echo "== $preset"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
  ctest --preset "$preset" -j2
done
