#!/usr/bin/python3
"""Training throughput of the kcat engine (C++ LibTorch) against PyTorch in Python on the same work:
LeNet-5 on Fashion-MNIST, batch 64, SGD with momentum, the same number of steps and intra-op threads,
the same per-step work (gather a shuffled batch, normalise, forward, cross-entropy, backward, step, read
the loss and the batch accuracy). Prints both numbers and the ratio.

  tests/bench/engine/bench_vs_pytorch.py BUILD_DIR [--steps N] [--threads T] [--repeats R]

Needs Debian's python3-torch (the same LibTorch 1.13 as libtorch-dev); bench only.
"""
import argparse
import gzip
import json
import os
import subprocess
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

DATA = "/usr/share/datasets/fashion-mnist"


def read_idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    rank = data[3]
    dims = [int.from_bytes(data[4 + 4 * i: 8 + 4 * i], "big") for i in range(rank)]
    return torch.frombuffer(bytearray(data), dtype=torch.uint8, offset=4 + 4 * rank).reshape(dims)


def lenet5():
    # The engine's LeNet-5: conv 5x5 (6, pad 2) - pool - conv 5x5 (16) - pool - 120 - 84 - 10, ReLU.
    return nn.Sequential(
        nn.Conv2d(1, 6, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
        nn.Linear(400, 120), nn.ReLU(), nn.Linear(120, 84), nn.ReLU(), nn.Linear(84, 10))


def python_run(steps, threads, batch, seed=1):
    torch.set_num_threads(threads)
    torch.manual_seed(seed)
    images = read_idx(f"{DATA}/train-images-idx3-ubyte.gz").unsqueeze(1)
    labels = read_idx(f"{DATA}/train-labels-idx1-ubyte.gz").long()
    x01 = images.float() / 255.0
    mean, std = x01.mean().item(), x01.std(unbiased=False).item()
    scale, shift = 1.0 / (255.0 * std), mean / std
    model = lenet5()
    opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    model.train()
    n = images.shape[0]
    per_epoch = n // batch
    rng = torch.Generator().manual_seed(seed)
    done, seconds = 0, 0.0
    while done < steps:
        order = torch.randperm(n, generator=rng)
        for s in range(per_epoch):
            if done >= steps:
                break
            t0 = time.perf_counter()
            idx = order[s * batch:(s + 1) * batch]
            x = images.index_select(0, idx).float().mul_(scale).sub_(shift)
            y = labels.index_select(0, idx)
            opt.zero_grad()
            logits = model(x)
            loss = F.cross_entropy(logits, y)
            loss.backward()
            opt.step()
            loss.item()
            logits.argmax(1).eq(y).sum().item()
            seconds += time.perf_counter() - t0
            done += 1
    return done * batch / seconds


def engine_run(build, steps, threads, batch):
    exe = os.path.join(build, "tests/bench/engine/bench_train_throughput")
    out = subprocess.run([exe, "--steps", str(steps), "--threads", str(threads), "--batch", str(batch)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main():
    p = argparse.ArgumentParser()
    p.add_argument("build")
    p.add_argument("--steps", type=int, default=1500)
    p.add_argument("--threads", type=int, default=os.cpu_count())
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--repeats", type=int, default=3)
    a = p.parse_args()
    print(f"torch {torch.__version__} (python), {a.threads} intra-op threads, LeNet-5, batch {a.batch}, "
          f"{a.steps} steps, best of {a.repeats} alternating runs", flush=True)
    cpp, py = [], []
    for r in range(a.repeats):
        e = engine_run(a.build, a.steps, a.threads, a.batch)
        cpp.append(e["images_per_second"])
        py.append(python_run(a.steps, a.threads, a.batch))
        print(f"  run {r + 1}: C++ {cpp[-1]:.0f} img/s (loader {100 * e['loader_fraction']:.2f}% of step time), "
              f"Python {py[-1]:.0f} img/s", flush=True)
    best_cpp, best_py = max(cpp), max(py)
    ratio = best_cpp / best_py
    print(json.dumps({"cpp_images_per_second": round(best_cpp, 1), "python_images_per_second": round(best_py, 1),
                      "ratio_cpp_over_python": round(ratio, 3), "threads": a.threads, "batch": a.batch,
                      "steps": a.steps, "target_met": ratio >= 1.0}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
