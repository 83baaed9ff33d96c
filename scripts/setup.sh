#!/usr/bin/env bash
# Installs every Debian and npm package newsdesk builds, tests and benchmarks
# with, then builds the release binary. Idempotent and non-interactive.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake pkg-config git
  libgtest-dev libgmock-dev libbenchmark-dev
  libicu-dev libcld2-dev libstemmer-dev libfasttext-dev libuchardet-dev
  libcli11-dev nlohmann-json3-dev libxxhash-dev libfmt-dev zlib1g-dev libdeflate-dev libxml2-dev
  # gazetteer sources (GeoNames translations) and word lists that tell names from words
  python3 libgeonames0 libgeonames-common libhunspell-dev
  hunspell-it hunspell-en-us hunspell-de-de hunspell-fr hunspell-es hunspell-pt-pt hunspell-nl
  # bilingual dictionaries: the English pivot that lets reports in two languages meet
  dict-freedict-deu-eng dict-freedict-eng-deu dict-freedict-fra-eng dict-freedict-eng-fra
  dict-freedict-spa-eng dict-freedict-eng-spa dict-freedict-por-eng dict-freedict-eng-por
  dict-freedict-ita-eng dict-freedict-eng-ita dict-freedict-nld-eng dict-freedict-eng-nld
  dict-freedict-fra-deu dict-freedict-deu-fra dict-freedict-spa-deu dict-freedict-deu-spa
  dict-freedict-por-deu dict-freedict-deu-por dict-freedict-nld-deu dict-freedict-deu-nld
  dict-freedict-ita-deu dict-freedict-deu-ita dict-freedict-fra-ita dict-freedict-ita-spa
  dict-freedict-ita-por dict-freedict-nld-ita
  # ... English irregular forms (WordNet's exception lists), and Apertium's analysers
  # and bilingual dictionaries (printed by lttoolbox-dev's lt-print) for it, es, fr, pt
  wordnet-base lttoolbox-dev apertium-cat-ita apertium-eng-spa apertium-spa-ita apertium-fr-es apertium-es-pt
  # benchmark peers: parsers timed beside ours, readability-lxml run with /usr/bin/python3
  libgumbo-dev python3-readability
  # the store and the server: SQLite (FTS5), cpp-httplib; headless Chromium for the
  # browser test (driven by npm playwright-core), wrk for the server benchmark
  libsqlite3-dev libcpp-httplib-dev chromium wrk
  # scale-out: the PostgreSQL store backend (libpqxx) and the NATS queue (libnats);
  # their servers run on loopback for tests and demos (scripts/cluster-up.sh)
  postgresql libpqxx-dev nats-server libnats-dev
  # fuzzing: clang with libFuzzer and the sanitizer runtimes
  clang libclang-rt-dev
)
# A machine may carry its own Node.js outside Debian's packages; that one will do.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi

sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get update -q
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# npm packages (fastText's language model, and later the browser-test driver),
# pinned by package-lock.json.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

cmake --preset release
cmake --build --preset release
