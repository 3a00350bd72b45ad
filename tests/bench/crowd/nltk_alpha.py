#!/usr/bin/env python3
"""Krippendorff's alpha of a label TSV (item, annotator, label; several lines = a label set) with NLTK.

    nltk_alpha.py FILE nominal|masi|jaccard [REPEATS]   prints "<alpha, 17 digits> <median wall ms> <median cpu ms>" of alpha()
"""
import statistics
import sys
import time

from nltk.metrics.agreement import AnnotationTask
from nltk.metrics.distance import binary_distance, jaccard_distance, masi_distance


def main():
    path, distance = sys.argv[1], sys.argv[2]
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    cells = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            item, coder, label = line.rstrip("\n").split("\t")[:3]
            cells.setdefault((coder, item), set()).add(label)
    # Single labels: plain strings (binary distance); label sets: frozensets, as NLTK's MASI expects.
    data = [(coder, item, frozenset(labels)) for (coder, item), labels in cells.items()]
    func = {"nominal": binary_distance, "masi": masi_distance, "jaccard": jaccard_distance}[distance]
    task = AnnotationTask(data=data, distance=func)
    wall, cpu = [], []
    value = None
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        value = task.alpha()
        cpu.append((time.process_time() - start_cpu) * 1000.0)
        wall.append((time.perf_counter() - start) * 1000.0)
    print("%.17g %.6f %.6f" % (value, statistics.median(wall), statistics.median(cpu)))


if __name__ == "__main__":
    main()
