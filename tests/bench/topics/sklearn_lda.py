#!/usr/bin/python3
"""scikit-learn's LatentDirichletAllocation (batch, one job) on a MatrixMarket count matrix; one JSON line."""
import json
import sys
import time

import scipy.io
from sklearn.decomposition import LatentDirichletAllocation


def main():
    path, k, iterations = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    x = scipy.io.mmread(path).tocsr()
    lda = LatentDirichletAllocation(n_components=k, learning_method="batch", max_iter=iterations, n_jobs=1,
                                    evaluate_every=-1, random_state=1)
    start, cpu_start = time.perf_counter(), time.process_time()
    lda.fit(x)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    tokens = int(x.sum())
    print(json.dumps({"implementation": "scikit-learn LatentDirichletAllocation (batch)", "docs": x.shape[0],
                      "vocab": x.shape[1], "tokens": tokens, "k": k, "iterations": iterations,
                      "seconds": seconds, "cpu_seconds": cpu_seconds,
                      "token_passes_per_second": tokens * iterations / seconds,
                      "token_passes_per_cpu_second": tokens * iterations / cpu_seconds}))


if __name__ == "__main__":
    main()
