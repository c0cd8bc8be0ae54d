#!/usr/bin/python3
"""Easel's real-time transformer network (easel-core nets/TransformerNet.java), re-implemented in plain
PyTorch, for `easel bench realtime`.

Reads the same model card + fp16 weights Easel loads and the raw input Easel sees (planar float32 RGB,
0..255), times whole-image forward passes, and, given Easel's output for the same input, reports the
largest difference: that validates this reference against Easel before its timings mean anything.
Prints one line: EASEL-BENCH {json}. Run with Debian's /usr/bin/python3 (python3-torch), 2 threads.
"""
import hashlib
import json
import sys

import numpy as np
import torch
import torch.nn.functional as F

from benchutil import network_arguments, parse, read_image, time_and_report


def load_model(card_path):
    """Parameters by name (float32), from NAME.weights beside the card: fp16 LE, in card order."""
    with open(card_path) as f:
        card = json.load(f)
    with open(card_path[: -len(".json")] + ".weights", "rb") as f:
        raw = f.read()
    if hashlib.sha256(raw).hexdigest() != card["weightsSha256"]:
        sys.exit(f"{card_path}: weights checksum does not match the card")
    flat = torch.frombuffer(bytearray(raw), dtype=torch.float16).float()  # x86 is little-endian
    params, offset = {}, 0
    for p in card["parameters"]:
        n = 1
        for d in p["shape"]:
            n *= d
        params[p["name"]] = flat[offset: offset + n].reshape(p["shape"]).clone()
        offset += n
    if offset != flat.numel():
        sys.exit(f"{card_path}: weights file has {flat.numel()} values, the card lists {offset}")
    return card, params


NOISE_SEED = 0x5EED  # PixelNoise.INFERENCE_SEED


def pixel_noise(seed, w, h):
    """PixelNoise.value for every pixel: SplitMix64's finalizer on (seed, x, y), uniform in -1..1."""
    with np.errstate(over="ignore"):
        y, x = np.meshgrid(np.arange(h, dtype=np.uint64), np.arange(w, dtype=np.uint64), indexing="ij")
        z = np.uint64(seed) ^ ((y << np.uint64(32)) | x)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xbf58476d1ce4e5b9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94d049bb133111eb)
        z = z ^ (z >> np.uint64(31))
        v = (z >> np.uint64(40)).astype(np.float64) * 2.0 ** -23 - 1.0
    return torch.from_numpy(v.astype(np.float32)).reshape(1, 1, h, w)


class TransformerNet:
    """The network, derived from the parameter names (so any of the architectures): enc1..3, res{i}{a,b}
    (with res{i}{a,b}.depthwise when separable), up1, up2, out."""

    def __init__(self, p, residual_output, styles=1):
        self.p = p
        # Multi-style models paint an even mix of their styles, as Easel's worker does (RealtimeWorker).
        self.mix = torch.full((1, styles), 1.0 / styles)
        # Architecture.residualOutput: half and compact add their output to the photo; johnson paints from grey.
        self.residual_output = residual_output
        # Architecture.noiseInput: a fourth input channel of PixelNoise
        self.noise_input = p["enc1.weight"].shape[1] == 4
        self.blocks = sum(1 for k in p if k.startswith("res") and k.endswith("a.weight"))

    def conv(self, x, name, stride=1):
        """Reflection padding k//2, then a convolution without zero padding (as Ops.conv)."""
        w = self.p[name + ".weight"]
        pad = w.shape[2] // 2
        if pad:
            x = F.pad(x, (pad, pad, pad, pad), mode="reflect")
        return F.conv2d(x, w, self.p.get(name + ".bias"), stride=stride)

    def block(self, x, name, stride=1, relu=True):
        y = self.conv(x, name, stride)
        gamma, beta = self.p[name + ".gamma"], self.p[name + ".beta"]
        if gamma.dim() == 2:
            # conditional instance norm: normalize, then the mix's blend of the per-style rows (StyleMix.blend)
            y = F.instance_norm(y, eps=1e-5)
            y = y * (self.mix @ gamma)[:, :, None, None] + (self.mix @ beta)[:, :, None, None]
        else:
            # Per instance and channel, biased variance, eps 1e-5, learned scale and shift (as Ops.instanceNorm).
            y = F.instance_norm(y, weight=gamma, bias=beta, eps=1e-5)
        return F.relu(y) if relu else y

    def residual_conv(self, x, name, relu):
        dw = self.p.get(name + ".depthwise")
        if dw is not None:  # compact: depthwise 3x3 (no bias) before the 1x1
            x = F.conv2d(F.pad(x, (1, 1, 1, 1), mode="reflect"), dw, None, groups=x.shape[1])
        return self.block(x, name, relu=relu)

    def forward(self, image):
        h, w = image.shape[2], image.shape[3]
        # Reflection-pad bottom/right to a multiple of 4 (the two stride-2 convolutions), as padToMultiple.
        padded = F.pad(image, (0, (4 - w % 4) % 4, 0, (4 - h % 4) % 4), mode="reflect")
        x = (padded - 127.5) / 127.5
        if self.noise_input:
            noise = pixel_noise(NOISE_SEED, w, h).expand(image.shape[0], 1, h, w)
            x = torch.cat([x, F.pad(noise, (0, padded.shape[3] - w, 0, padded.shape[2] - h), mode="reflect")], 1)
        x = self.block(x, "enc1")
        x = self.block(x, "enc2", 2)
        x = self.block(x, "enc3", 2)
        if "cond.weight" in self.p:
            # Yanai's conditioning: the style vector tiled over the features, then a 1x1 conv (Conditioning.CONCAT)
            vector = self.mix[:, :, None, None].expand(x.shape[0], -1, x.shape[2], x.shape[3])
            x = self.block(torch.cat([x, vector], 1), "cond")
        for i in range(self.blocks):
            y = self.residual_conv(x, f"res{i}a", True)
            y = self.residual_conv(y, f"res{i}b", False)
            x = x + y
        # Nearest 2x upsampling: the same as repeat_interleave(2) on H then W (Ops.upsample2), but one op.
        x = self.block(F.interpolate(x, scale_factor=2, mode="nearest"), "up1")
        x = self.block(F.interpolate(x, scale_factor=2, mode="nearest"), "up2")
        y = self.conv(x, "out")
        return (y * 127.5 + (padded if self.residual_output else 127.5))[:, :, :h, :w]




def main():
    a = parse(network_arguments("raw planar float32 RGB, 0..255"))

    card, params = load_model(a.card)
    multi = (card.get("settings") or {}).get("conditioning") is not None
    net = TransformerNet(params, card["architecture"] != "johnson", len(card["styles"]) if multi else 1)
    image = read_image(a.input, a.size)
    time_and_report(lambda: net.forward(image), card["architecture"], a)


if __name__ == "__main__":
    main()
