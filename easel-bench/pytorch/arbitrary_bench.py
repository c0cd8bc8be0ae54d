#!/usr/bin/python3
"""Easel's arbitrary-style networks re-implemented in plain PyTorch, for `easel bench arbitrary`:
AdaIN (easel-core nets/adain: VGG19 encoder to relu3_1, AdaIN, the trained decoder), style swap (nets/adain
StyleSwap, GuidedSwap, LuminanceGuide: the painting's 3x3 feature patches matched on features and luminance,
then AdaIN and the same decoder) and Yanai's
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
        painting = features(self.vgg, style, {"relu3_1"})["relu3_1"]
        content = features(self.vgg, photo, {"relu3_1"})["relu3_1"]
        style_mean, style_std = mean_std(painting)
        x = self.transfer(content, photo, painting, style)
        mean, std = mean_std(x)
        return self.decode((x - mean) / std * style_std + style_mean)

    def transfer(self, content, photo, painting, style):
        """The features AdaIN gives the painting's statistics: the photo's own."""
        return content

    def decode(self, x):
        for i, (name, upsample) in enumerate(DECODER):
            x = F.conv2d(F.pad(x, (1, 1, 1, 1), mode="reflect"), self.p[name + ".weight"], self.p[name + ".bias"])
            if i < len(DECODER) - 1:
                x = F.relu(x)
            if upsample:
                x = F.interpolate(x, scale_factor=2, mode="nearest")
        return x * 255


def luminance(image):
    """Rec. 601 luminance area-averaged to the relu3_1 grid (LuminanceGuide.luminance: pooled by 4)."""
    y = image[:, 0:1] * 0.299 + image[:, 1:2] * 0.587 + image[:, 2:3] * 0.114
    return F.avg_pool2d(y, 4, 4)


def mean_and_deviation(y):
    mean = y.mean()
    return mean, ((y - mean) ** 2).mean().sqrt().clamp(min=1e-4)


class Swap(AdaIN):
    """Style swap with the luminance guide, then AdaIN to the painting's statistics and the same decoder."""
    MAX_PATCHES = 4096  # AdainModel.MAX_SWAP_PATCHES
    MAX_SCORES = 64 << 20  # StyleSwap.MAX_SCORES: scores held per band of rows
    WEIGHT = 0.1  # LuminanceGuide.WEIGHT

    def transfer(self, content, photo, painting, style):
        style_y, photo_y = luminance(style), luminance(photo)
        style_mean, style_dev = mean_and_deviation(style_y)
        photo_mean, photo_dev = mean_and_deviation(photo_y)
        rms_norm = (painting ** 2).sum(1).mean().sqrt()
        scale = (self.WEIGHT * rms_norm / 9).sqrt() / style_dev
        bank = torch.cat([painting, (style_y - style_mean) * scale], 1)
        guide = (photo_y - photo_mean) * (style_dev / photo_dev * scale)
        channels = painting.shape[1]
        h, w = bank.shape[2:]
        stride = 1
        while ((h - 3) // stride + 1) * ((w - 3) // stride + 1) > self.MAX_PATCHES:
            stride += 1
        n = ((h - 3) // stride + 1) * ((w - 3) // stride + 1)
        patches = F.unfold(bank, 3, stride=stride)[0].t().reshape(n, channels + 1, 3, 3)
        shapes, light = patches[:, :channels], patches[:, channels:]
        filters = torch.cat([shapes / (shapes.flatten(1).norm(dim=1) + 1e-8).view(n, 1, 1, 1), 2 * light], 1)
        bias = -(light ** 2).sum((1, 2, 3))
        centres = shapes[:, :, 1, 1]
        matched = torch.cat([content, guide], 1)
        rows, cols = content.shape[2:]
        band = max(1, min(rows, self.MAX_SCORES // (n * cols)))
        best = []
        for y in range(0, rows, band):
            top, bottom = max(0, y - 1), min(rows, y + band + 1)
            scores = F.conv2d(matched[:, :, top:bottom], filters, bias, padding=1)
            best.append(scores.argmax(1)[:, y - top:y - top + min(band, rows - y)])
        return centres[torch.cat(best, 1).flatten()].t().reshape(1, channels, rows, cols)


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
    nets = {"yanai": lambda: StyleVector(vgg, params, card), "swap": lambda: Swap(vgg, params), "adain": lambda: AdaIN(vgg, params)}
    net = nets[card["architecture"]]()
    photo = read_image(a.input, a.size)
    style = read_image(a.style, a.style_size)
    time_and_report(lambda: net(photo, style), card["architecture"], a)


if __name__ == "__main__":
    main()
