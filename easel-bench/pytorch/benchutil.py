"""Helpers shared by the PyTorch reference benchmarks (Easel passes images as raw float32 files)."""
import argparse
import json
import os
import statistics
import sys
import time

import torch
import torch.nn.functional as F

# The VGG19 layers of the shared blocks 1-3 that the benchmarks use, in order.
CONVS = ["conv1_1", "conv1_2", "pool1", "conv2_1", "conv2_2", "pool2", "conv3_1", "conv3_2"]
MEAN_BGR = [103.939, 116.779, 123.68]


def read_image(path, size):
    """A 1x3xHxW float32 image written by Easel as raw planar RGB; size is "WxH"."""
    w, h = (int(v) for v in size.split("x"))
    return torch.from_file(path, size=3 * w * h, dtype=torch.float32).reshape(1, 3, h, w).clone()


def vmhwm_kb():
    """Peak resident memory of this process, in KB."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return -1


def load_vgg(directory):
    """Conv weights as OIHW tensors, from the shared shards (float32 LE, HWIO kernel then bias)."""
    with open(os.path.join(directory, "manifest.json")) as f:
        manifest = json.load(f)
    weights = {}
    for layer in manifest["layers"]:
        if layer["name"] not in CONVS:
            continue
        cin, cout = layer["in"], layer["out"]
        raw = torch.from_file(os.path.join(directory, layer["file"]), size=9 * cin * cout + cout, dtype=torch.float32)
        kernel = raw[: 9 * cin * cout].reshape(3, 3, cin, cout).permute(3, 2, 0, 1).contiguous()
        weights[layer["name"]] = (kernel, raw[9 * cin * cout:].clone())
    return weights


def features(weights, rgb, wanted):
    """Activations of the wanted relu layers; rgb is 1x3xHxW in 0..255."""
    mean = torch.tensor(MEAN_BGR).view(1, 3, 1, 1)
    x = rgb.flip(1) - mean  # RGB -> BGR, minus the ImageNet mean
    out = {}
    for name in CONVS:
        if name.startswith("pool"):
            x = F.max_pool2d(x, 2, 2)
            continue
        x = F.relu(F.conv2d(x, *weights[name], padding=1))
        relu = "relu" + name[4:]
        if relu in wanted:
            out[relu] = x
        if len(out) == len(wanted):
            break  # stop at the deepest requested layer, as Easel does
    return out


def time_passes(run, repeats):
    """1 warm-up (allocator, oneDNN primitive creation), then `repeats` timed calls of run() without autograd;
    returns (the last output, ms per call)."""
    times = []
    with torch.no_grad():
        out = run()
        for _ in range(repeats):
            start = time.perf_counter()
            out = run()
            times.append((time.perf_counter() - start) * 1000)
    return out, times


def network_arguments(input_help):
    """The arguments of the network benchmarks (realtime, arbitrary); each script adds its own, then calls parse()."""
    p = argparse.ArgumentParser()
    p.add_argument("--card", required=True, help="model card NAME.json (NAME.weights beside it)")
    p.add_argument("--input", required=True, help=input_help)
    p.add_argument("--size", required=True, help="WxH of --input")
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--expect", help="Easel's raw output for the same input: report the max abs difference")
    return p


def parse(parser):
    """The arguments, with torch's intra-op threads set from --threads (Easel's worker has the same count)."""
    a = parser.parse_args()
    torch.set_num_threads(a.threads)
    return a


def time_and_report(run, arch, a):
    """Times run() as time_passes does and prints the EASEL-BENCH line for the parsed network arguments a."""
    out, times = time_passes(run, a.repeats)
    report(out, times, arch, a.size, a.expect)


def report(out, times, arch, size, expect):
    """Prints the EASEL-BENCH line: timings, peak memory, and the largest difference from Easel's output."""
    peak = vmhwm_kb()  # before loading Easel's output, which is not part of the cost
    diff = None
    if expect:
        diff = (out - read_image(expect, size)).abs().max().item()
    result = {"impl": "pytorch", "version": torch.__version__, "arch": arch, "size": size,
              "ms": [round(t, 3) for t in times], "vmhwm_kb": peak, "max_abs_diff": diff}
    print("EASEL-BENCH " + json.dumps(result), flush=True)
    print(f"pytorch {arch} {size}: median {statistics.median(times):.1f} ms", file=sys.stderr)
