#!/usr/bin/env bash
# LDA token passes per second: kcat's SparseLDA Gibbs sampler vs scikit-learn's batch variational LDA,
# same bag of words (exported by bench_topics_lda), K = 50, one thread each.
#   tests/bench/topics/bench_lda_vs_sklearn.sh [BUILD_DIR] [CORPUS] [KCAT_ITERATIONS] [SKLEARN_ITERATIONS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../../build}
corpus=${2:-wordnet}
ours_iter=${3:-200}
theirs_iter=${4:-10}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
ours=$("$build/bin/bench_topics_lda" --corpus "$corpus" --k 50 --iterations "$ours_iter" --export "$tmp/counts.mtx")
echo "$ours"
theirs=$("${PYTHON:-/usr/bin/python3}" "$here/sklearn_lda.py" "$tmp/counts.mtx" 50 "$theirs_iter")
echo "$theirs"
python3 - "$ours" "$theirs" <<'PY'
import json, sys
a, b = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"corpus: {a['docs']} documents, {a['vocab']} words, {a['tokens']} tokens, K = {a['k']}, one thread each")
print(f"{'implementation':48} {'iterations':>10} {'wall s':>8} {'CPU s':>8} {'passes/wall s':>14} {'passes/CPU s':>14}")
for r in (a, b):
    print(f"{r['implementation']:48} {r['iterations']:>10} {r['seconds']:>8.2f} {r['cpu_seconds']:>8.2f} "
          f"{r['token_passes_per_second']:>14,.0f} {r['token_passes_per_cpu_second']:>14,.0f}")
wall = a['token_passes_per_second'] / b['token_passes_per_second']
cpu = a['token_passes_per_cpu_second'] / b['token_passes_per_cpu_second']
print(f"speed-up: {wall:.1f}x by wall time, {cpu:.1f}x by CPU time "
      f"(target >= 10x: {'met' if min(wall, cpu) >= 10 else 'MISSED'})")
PY
