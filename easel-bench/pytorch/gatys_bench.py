#!/usr/bin/python3
"""The Gatys objective of Easel, re-implemented in plain PyTorch, for `easel bench gatys`.

Same VGG19 shards, layers, loss definitions and pixel box as Easel (see easel-core loss/*.java).
Inputs are the raw float32 images that the Java side prepared (planar RGB, 0..255, already resized),
so both implementations see identical pixels. Prints one line: EASEL-BENCH {json}.
Run with Debian's /usr/bin/python3 (python3-torch), 2 threads.
"""
import argparse
import json
import statistics
import sys
import time

import torch
import torch.nn.functional as F

from benchutil import features, load_vgg, read_image, vmhwm_kb

CONTENT_LAYER = "relu3_2"
STYLE_LAYERS = {"relu1_1": 1.0, "relu2_1": 1.0, "relu3_1": 1.0}


def gram(f):
    """F F^T / (H*W) for a 1xCxHxW f, written as a 1x1 convolution (positions as input channels).

    Same math as flat @ flat.T, but Debian's torch 1.13 is built with generic BLAS (a 2048^2 matmul takes
    ~3 s), while convolutions go through oneDNN: with a plain matmul the Grams would dominate the time
    and the comparison would measure Debian's BLAS, not the objective.
    """
    n, c, h, w = f.shape
    assert n == 1, "one image at a time"
    flat = f.reshape(c, h * w)
    positions_as_channels = flat.t().reshape(1, h * w, c, 1)
    return F.conv2d(positions_as_channels, flat.reshape(c, h * w, 1, 1)).reshape(1, c, c) / (h * w)


def total_variation(x):
    dy = x[:, :, 1:, :] - x[:, :, :-1, :]
    dx = x[:, :, :, 1:] - x[:, :, :, :-1]
    return dy.square().mean() + dx.square().mean()




def main():
    p = argparse.ArgumentParser()
    p.add_argument("--vgg", required=True)
    p.add_argument("--content", required=True)
    p.add_argument("--content-size", required=True, help="WxH")
    p.add_argument("--style", required=True)
    p.add_argument("--style-size", required=True, help="WxH")
    p.add_argument("--optimizer", choices=["lbfgs", "adam"], required=True)
    p.add_argument("--iterations", type=int, default=10)
    p.add_argument("--warmup", type=int, default=2)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--lr", type=float, default=5.0)
    p.add_argument("--content-weight", type=float, default=1.0)
    p.add_argument("--style-weight", type=float, default=1e-3)
    p.add_argument("--tv-weight", type=float, default=1e-2)
    a = p.parse_args()
    torch.set_num_threads(a.threads)

    weights = load_vgg(a.vgg)
    content = read_image(a.content, a.content_size)
    style = read_image(a.style, a.style_size)
    wanted = {CONTENT_LAYER, *STYLE_LAYERS}
    with torch.no_grad():  # targets are constants
        content_target = features(weights, content, {CONTENT_LAYER})[CONTENT_LAYER]
        style_targets = {k: gram(v) for k, v in features(weights, style, set(STYLE_LAYERS)).items()}

    def loss_of(x):
        f = features(weights, x, wanted)
        c = a.content_weight * F.mse_loss(f[CONTENT_LAYER], content_target)
        s = sum(wl * F.mse_loss(gram(f[l]), style_targets[l]) for l, wl in STYLE_LAYERS.items())
        return c + a.style_weight * s + a.tv_weight * total_variation(x)

    with torch.no_grad():
        loss0 = loss_of(content).item()  # at the photo: must match Easel's step-0 loss

    x = content.clone().requires_grad_(True)
    evals = [0]

    def closure():
        evals[0] += 1
        opt.zero_grad()
        loss = loss_of(x)
        loss.backward()
        return loss

    if a.optimizer == "lbfgs":
        # Plain torch L-BFGS, one iteration per step(), no line search, clamped after each step
        # (the "plain clamped variant": the clamp is invisible to its curvature pairs).
        opt = torch.optim.LBFGS([x], lr=1, max_iter=1, history_size=10, line_search_fn=None)
    else:
        opt = torch.optim.Adam([x], lr=a.lr)

    times, timed_evals = [], 0
    for i in range(a.warmup + a.iterations):
        before = evals[0]
        start = time.perf_counter()
        if a.optimizer == "lbfgs":
            opt.step(closure)
        else:
            closure()
            opt.step()
        with torch.no_grad():
            x.clamp_(0, 255)
        elapsed = (time.perf_counter() - start) * 1000
        if i >= a.warmup:
            times.append(elapsed)
            timed_evals += evals[0] - before

    result = {"impl": "pytorch", "version": torch.__version__, "size": a.content_size, "optimizer": a.optimizer,
              "iter_ms": [round(t, 3) for t in times], "evaluations": timed_evals, "loss0": loss0,
              "vmhwm_kb": vmhwm_kb(), "stop": "iterations"}
    print("EASEL-BENCH " + json.dumps(result), flush=True)
    print(f"pytorch {a.optimizer} {a.content_size}: median {statistics.median(times):.1f} ms/it", file=sys.stderr)


if __name__ == "__main__":
    main()
