#!/bin/bash
# Entity benchmark: KIND Wikinews NER (exact-span CoNLL P/R/F1, and NERMuD's token-level
# score), the name-variant pairs (pairwise P/R) and speed (MB/s of text per CPU core).
#   bench/entities/run_entities.sh [BUILD_DIR]     (default build/release)
# Needs the entities_bench target built in BUILD_DIR and ../shared/data/ner/kind.
# Prints one JSON object; per-token predictions are left in BUILD_DIR/bench/entities/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:-$root/build/release}"
bench="$build/bench/entities/entities_bench"
kind="$root/../shared/data/ner/kind"
out="$build/bench/entities"
mkdir -p "$out"
[ -x "$bench" ] || { echo "entities_bench not built in $build (cmake --build $build --target entities_bench)" >&2; exit 2; }
py=/usr/bin/python3

"$bench" kind "$kind/original/wikinews_test.tsv" > "$out/kind_test.tsv"
"$bench" kind "$kind/nermud2023/WN_test.tsv" > "$out/nermud_wn_test.tsv"
"$bench" variants "$here/variants.tsv" > "$out/variants.tsv"
text="$out/kind_test_text.txt"
# The test sentences as running text, one paragraph each, for the speed run.
cut -f1 "$kind/original/wikinews_test.tsv" | awk 'BEGIN{ORS=""} /^$/{print "\n\n"; next} {print $0" "}' > "$text"
speed="$("$bench" speed "$text" "$root/../shared/fixtures/seed-page-it.txt")"

"$py" - "$out" "$speed" "$here/score_entities.py" <<'PYEOF'
import json, subprocess, sys
out, speed, scorer = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]
def score(kind, path):
    return json.loads(subprocess.run(["/usr/bin/python3", scorer, kind, path], check=True,
                                     capture_output=True, text=True).stdout)
kind = score("kind", f"{out}/kind_test.tsv")
nermud = score("kind", f"{out}/nermud_wn_test.tsv")
variants = score("variants", f"{out}/variants.tsv")
print(json.dumps({
    "kind_wikinews_test_span": kind["span"],
    "kind_wikinews_test_token": kind["token"]["micro"],
    "nermud_wn_test_token": nermud["token"],
    "nermud_wn_test_span_micro": nermud["span"]["micro"],
    "variants": {k: variants[k] for k in ("pairs", "positive", "negative", "precision", "recall", "errors")},
    "speed": speed,
    "targets": {"kind_span_micro_f1": 0.80, "variants_p_r": 0.95, "mb_per_s_per_core": 5},
    "anchors": {"nermud_wn_test_token_f1": {"extremITA camoscio-LoRA (LLaMA-7B)": 0.90, "extremITA IT5": 0.84}},
}, indent=1, ensure_ascii=False))
PYEOF
