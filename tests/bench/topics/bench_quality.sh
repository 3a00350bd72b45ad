#!/usr/bin/env bash
# Retrieval quality: LDA on bag of words vs semantic-locality features (cluster pairs alone, and with the
# words appended) under LDA and Replicated Softmax, on a labelled corpus (default: the WordNet noun glosses),
# same split and seed. Prints a Markdown table.
#   tests/bench/topics/bench_quality.sh [BUILD_DIR] [CORPUS] [K] [LDA_SWEEPS] [RSM_EPOCHS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../../build}
corpus=${2:-wordnet}
k=${3:-50}
sweeps=${4:-100}
epochs=${5:-10}
kcat="$build/bin/kcat"
common=(topics fit --corpus "$corpus" -k "$k" --seed 1 --test-fraction 0.1 --max-queries 1000)
# Each result is also echoed on stderr as it arrives, so a long run shows its progress.
run() { "$kcat" "${common[@]}" "$@" | tee /dev/stderr; }
results=()
results+=("$(run --model lda --features bow --iterations "$sweeps")")
results+=("$(run --model lda --features semantic-locality --iterations "$sweeps")")
results+=("$(run --model lda --features semantic-locality --with-words --iterations "$sweeps")")
results+=("$(run --model rsm --features semantic-locality --iterations "$epochs")")
results+=("$(run --model rsm --features bow --iterations "$epochs")")
python3 - "$corpus" "$sweeps" "$epochs" "${results[@]}" <<'PY'
import json, sys
corpus, sweeps, epochs = sys.argv[1:4]
rows = [("LDA", "bag of words", sweeps), ("LDA", "semantic locality", sweeps),
        ("LDA", "semantic locality + words", sweeps), ("RSM", "semantic locality", epochs),
        ("RSM", "bag of words", epochs)]
res = [json.loads(s) for s in sys.argv[4:]]
fmt = lambda v: "-" if v is None else f"{v:.4f}"
print(f"corpus: {corpus}, {res[0]['docs']} documents, vocabulary {res[0]['vocab']}")
print("| model | features | sweeps/epochs | feature count | mAP | NPMI | UMass | perplexity | train s |")
print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
for (m, f, n), r in zip(rows, res):
    perplexity = "-" if r["perplexity"] is None else f"{r['perplexity']:.1f}"
    print(f"| {m} | {f} | {n} | {r['features']} | {fmt(r['map'])} | {fmt(r['npmi'])} | {fmt(r['umass'])} | "
          f"{perplexity} | {r['seconds']:.1f} |")
base = res[0]["map"]
best = max(r["map"] for r in res[1:4])
print(f"semantic locality (best model) / LDA bag of words: {best / base:.3f}x "
      f"(target >= 1.10x: {'met' if best / base >= 1.10 else 'MISSED'})")
PY
