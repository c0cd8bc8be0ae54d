"""Helpers shared by the PyTorch reference benchmarks (Easel passes images as raw float32 files)."""
import torch


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
