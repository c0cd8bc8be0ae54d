#!/usr/bin/python3
"""Easel's arbitrary-style networks re-implemented in plain PyTorch, for `easel bench arbitrary`:
AdaIN (easel-core nets/adain: VGG19 encoder to relu3_1, AdaIN, the trained decoder) and Yanai's
style-vector network (nets/yanai: standardized VGG statistics -> MLP -> style vector [1, s] -> the conditional
transformer of realtime_bench.py).

Reads the same model card + fp16 weights and the same VGG19 shards as Easel, and the raw inputs Easel sees
(planar float32 RGB, 0..255, already resized). One timed pass is what a user waits for: encoding the style
image, then painting the photo. Given Easel's output, reports the largest difference, which validates this
reference before its timings mean anything. Prints one line: EASEL-BENCH {json}.
Run with Debian's /usr/bin/python3 (python3-torch), 2 threads.
"""
import sys

import torch
import torch.nn.functional as F

from benchutil import features, load_vgg, network_arguments, parse, read_image, time_and_report
from realtime_bench import TransformerNet, load_model

EPSILON = 1e-5  # FeatureStats.EPSILON
STYLE_LAYERS = ["relu1_1", "relu2_1", "relu3_1"]  # StyleEncoder.LAYERS
# AdainNet's decoder for relu3_1: (name, 2x upsampling after it)
DECODER = [("dec3_1", True), ("dec2_2", False), ("dec2_1", True), ("dec1_2", False), ("dec1_1", False)]


def mean_std(f):
    """Per image and channel: mean and sqrt(biased variance + eps), as N x C x 1 x 1 (FeatureStats.of)."""
    flat = f.flatten(2)
    mean = flat.mean(2, keepdim=True)
    std = ((flat - mean) ** 2).mean(2, keepdim=True).add(EPSILON).sqrt()
    return mean.unsqueeze(3), std.unsqueeze(3)


class AdaIN:
    def __init__(self, vgg, params):
        self.vgg, self.p = vgg, params

    def __call__(self, photo, style):
        style_mean, style_std = mean_std(features(self.vgg, style, {"relu3_1"})["relu3_1"])
        content = features(self.vgg, photo, {"relu3_1"})["relu3_1"]
        mean, std = mean_std(content)
        x = (content - mean) / std * style_std + style_mean
        for i, (name, upsample) in enumerate(DECODER):
            x = F.conv2d(F.pad(x, (1, 1, 1, 1), mode="reflect"), self.p[name + ".weight"], self.p[name + ".bias"])
            if i < len(DECODER) - 1:
                x = F.relu(x)
            if upsample:
                x = F.interpolate(x, scale_factor=2, mode="nearest")
        return x * 255


class StyleVector:
    def __init__(self, vgg, params, card):
        self.vgg, self.p = vgg, params
        # the transformer's own architecture is in the card's settings (the card's architecture is "yanai")
        residual = card["settings"]["transformer"] != "johnson"
        self.transformer = TransformerNet(params, residual, params["style.fc2.bias"].numel() + 1)

    def __call__(self, photo, style):
        found = features(self.vgg, style, set(STYLE_LAYERS))
        stats = []
        for layer in STYLE_LAYERS:
            mean, std = mean_std(found[layer])
            stats += [mean.flatten(1), std.flatten(1)]
        described = (torch.log1p(torch.cat(stats, 1)) - self.p["style.input.mean"]) * self.p["style.input.scale"]
        hidden = F.leaky_relu(described @ self.p["style.fc1.weight"] + self.p["style.fc1.bias"], 0.1)
        vector = torch.tanh(hidden @ self.p["style.fc2.weight"] + self.p["style.fc2.bias"])
        self.transformer.mix = torch.cat([torch.ones(1, 1), vector], 1)  # the row [1, s]
        return self.transformer.forward(photo)


def main():
    p = network_arguments("raw planar float32 RGB photo, 0..255")
    p.add_argument("--vgg", required=True, help="the shared VGG19 blocks 1-3 directory")
    p.add_argument("--style", required=True, help="raw planar float32 RGB style image, as the model's encoder sees it")
    p.add_argument("--style-size", required=True, help="style WxH")
    a = parse(p)

    card, params = load_model(a.card)
    if (card.get("settings") or {}).get("encoderLayer", "relu3_1") != "relu3_1":
        sys.exit("the PyTorch reference implements the relu3_1 (shared blocks 1-3) encoder only")
    vgg = load_vgg(a.vgg)
    net = StyleVector(vgg, params, card) if card["architecture"] == "yanai" else AdaIN(vgg, params)
    photo = read_image(a.input, a.size)
    style = read_image(a.style, a.style_size)
    time_and_report(lambda: net(photo, style), card["architecture"], a)


if __name__ == "__main__":
    main()
