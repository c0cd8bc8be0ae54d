#!/usr/bin/python3
"""The PyTorch side of `easel bench profile`: per-operation time of the same real-time network
(realtime_bench.TransformerNet, the same card and weights), from torch.profiler.

    /usr/bin/python3 easel-bench/pytorch/profile_realtime.py models/mosaic-fast.json 512 [threads] [passes]
"""
import sys

import torch
from torch.profiler import ProfilerActivity, profile

from realtime_bench import TransformerNet, load_model


def main():
    card_path, size = sys.argv[1], int(sys.argv[2])
    threads = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    passes = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    torch.set_num_threads(threads)
    card, params = load_model(card_path)
    multi = (card.get("settings") or {}).get("conditioning") is not None
    net = TransformerNet(params, card["architecture"] != "johnson", len(card["styles"]) if multi else 1)
    image = torch.zeros(1, 3, size, size)  # the time does not depend on the pixels
    with torch.no_grad():
        net.forward(image)  # warm-up
        with profile(activities=[ProfilerActivity.CPU]) as prof:
            for _ in range(passes):
                net.forward(image)
    print(f"{card['name']} ({card['architecture']}), {size}x{size}, {threads} threads, {passes} passes; "
          "times below are for all passes together")
    print(prof.key_averages().table(sort_by="self_cpu_time_total", row_limit=14))


if __name__ == "__main__":
    main()
