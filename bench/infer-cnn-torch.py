# PyTorch reference for bench/infer-cnn.ts: the Fashion-MNIST example's network (conv 32 and 64 3x3 same +
# 2x2 max pooling, dense 256, dropout, dense 10, softmax), eval mode under inference_mode, images per second at
# batch 1 and 64 for `seconds` each.   usage: /usr/bin/python3 infer-cnn-torch.py [threads=1] [seconds=2]
import json, sys, time
import torch, torch.nn as nn

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 2.0
torch.set_num_threads(threads)
torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(1, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(), nn.Linear(64 * 7 * 7, 256), nn.ReLU(), nn.Dropout(0.4), nn.Linear(256, 10), nn.Softmax(-1),
).eval()
res = {"version": torch.__version__, "threads": threads}
with torch.inference_mode():
    for batch in (1, 64):
        x = torch.rand(batch, 1, 28, 28)
        for _ in range(5):
            model(x)
        images, t0 = 0, time.perf_counter()
        while time.perf_counter() - t0 < seconds:
            model(x).numpy()
            images += batch
        res["batch%d" % batch] = images / (time.perf_counter() - t0)
print(json.dumps(res))
