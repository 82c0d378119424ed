# How the Fashion-MNIST example's recipe was chosen: PyTorch as a fast proxy of modelops's CNN (the same layers
# as the `cnn` family, Keras's initialisers, Adam with epsilon 1e-7, modelops's per-epoch cosine schedule, a
# random mirror per image and epoch, best-val_loss restore when there is a validation split), many configs and
# seeds at once on a GPU machine, so that the CPU's 15-minute budget is spent only on the recipe that wins.
# Its baseline matches modelops's own runs of the same config (BENCHMARKS.md, Fashion-MNIST).
#   python3 bench/fashion-recipe-search.py bench/fashion-recipe-configs.json WORKERS DEADLINE_S OUT.jsonl
# needs PyTorch and the four .gz files of Fashion-MNIST in a data/ folder beside this script (or FASHION_DATA).
import gzip, json, math, os, struct, sys, time, queue
import numpy as np
import torch, torch.nn as nn, torch.nn.functional as F
import torch.multiprocessing as mp

HERE = os.path.dirname(os.path.abspath(__file__))


def load_idx(name):
    with gzip.open(os.path.join(os.environ.get('FASHION_DATA', os.path.join(HERE, 'data')), name)) as f:
        data = f.read()
    ndim = data[3]
    dims = struct.unpack('>' + 'I' * ndim, data[4:4 + 4 * ndim])
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


def he_normal_(w, fan_in):
    std = math.sqrt(2.0 / fan_in) / 0.87962566103423978
    nn.init.trunc_normal_(w, std=std, a=-2 * std, b=2 * std)


def glorot_uniform_(w, fan_in, fan_out):
    lim = math.sqrt(6.0 / (fan_in + fan_out))
    nn.init.uniform_(w, -lim, lim)


class Net(nn.Module):
    def __init__(self, c):
        super().__init__()
        layers, ch, hw, macs = [], 1, 28, 0
        bn = c.get('bn', False)
        for b, f in enumerate(c['filters']):
            for i in range(c.get('convs', 1)):
                k = c.get('k1', c.get('k', 3)) if (b == 0 and i == 0) else c.get('k', 3)
                conv = nn.Conv2d(ch, f, k, padding=k // 2, bias=not bn)
                he_normal_(conv.weight, ch * k * k)
                if conv.bias is not None:
                    nn.init.zeros_(conv.bias)
                layers.append(conv)
                macs += k * k * ch * f * hw * hw
                if bn:
                    layers.append(nn.BatchNorm2d(f, eps=1e-3, momentum=0.01))
                layers.append(nn.ReLU())
                ch = f
            if hw >= 2:
                layers.append(nn.MaxPool2d(2))
                hw //= 2
            if c.get('blockDropout', 0) > 0:
                layers.append(nn.Dropout(c['blockDropout']))
        if c.get('gap'):
            layers += [nn.AdaptiveAvgPool2d(1), nn.Flatten()]
            width = ch
        else:
            layers.append(nn.Flatten())
            width = ch * hw * hw
        for u in c.get('dense', []):
            lin = nn.Linear(width, u)
            he_normal_(lin.weight, width)
            nn.init.zeros_(lin.bias)
            layers += [lin, nn.ReLU()]
            if c.get('dropout', 0) > 0:
                layers.append(nn.Dropout(c['dropout']))
            macs += width * u
            width = u
        out = nn.Linear(width, 10)
        glorot_uniform_(out.weight, width, 10)
        nn.init.zeros_(out.bias)
        layers.append(out)
        macs += width * 10
        self.body = nn.Sequential(*layers)
        self.macs = macs

    def forward(self, x):
        return self.body(x)


def augment(xb, c, gen):
    n = xb.shape[0]
    dev = xb.device
    if c.get('flip', True):
        m = torch.rand(n, device=dev, generator=gen) < 0.5
        xb = torch.where(m[:, None, None, None], xb.flip(3), xb)
    t = c.get('translate', 0)
    if t > 0:
        pad = F.pad(xb, (t, t, t, t))
        dx = torch.randint(0, 2 * t + 1, (n,), device=dev, generator=gen)
        dy = torch.randint(0, 2 * t + 1, (n,), device=dev, generator=gen)
        ar = torch.arange(28, device=dev)
        rows = (dy[:, None] + ar[None, :])  # n,28
        cols = (dx[:, None] + ar[None, :])
        idx_r = rows[:, :, None].expand(n, 28, 28 + 2 * t)
        g = torch.gather(pad[:, 0], 1, idx_r)
        idx_c = cols[:, None, :].expand(n, 28, 28)
        xb = torch.gather(g, 2, idx_c)[:, None]
    p = c.get('erase', 0)
    if p > 0:
        area = torch.empty(n, device=dev).uniform_(0.02, 0.25, generator=gen) * 784
        logr = torch.empty(n, device=dev).uniform_(math.log(0.3), math.log(3.3), generator=gen)
        r = torch.exp(logr)
        h = torch.sqrt(area * r).clamp(1, 27).long()
        w = torch.sqrt(area / r).clamp(1, 27).long()
        y0 = (torch.rand(n, device=dev, generator=gen) * (29 - h).float()).long()
        x0 = (torch.rand(n, device=dev, generator=gen) * (29 - w).float()).long()
        ar = torch.arange(28, device=dev)
        my = (ar[None, :] >= y0[:, None]) & (ar[None, :] < (y0 + h)[:, None])
        mx = (ar[None, :] >= x0[:, None]) & (ar[None, :] < (x0 + w)[:, None])
        on = torch.rand(n, device=dev, generator=gen) < p
        mask = my[:, :, None] & mx[:, None, :] & on[:, None, None]
        xb = xb.masked_fill(mask[:, None], 0.0)
    return xb


def run_one(c, seed, data, dev):
    torch.manual_seed(seed)
    gen = torch.Generator(device=dev)
    gen.manual_seed(seed + 1000)
    X, Y, Xt, Yt = data
    n_all = X.shape[0]
    val_frac = c.get('validation', 0.1)
    rs = np.random.RandomState(seed)
    ycpu = Y.cpu().numpy()
    val_idx = []
    if val_frac > 0:
        for k in range(10):
            ids = np.where(ycpu == k)[0]
            rs.shuffle(ids)
            val_idx += list(ids[: int(round(len(ids) * val_frac))])
    val_mask = np.zeros(n_all, bool)
    val_mask[val_idx] = True
    tr = torch.from_numpy(np.where(~val_mask)[0]).to(dev)
    va = torch.from_numpy(np.where(val_mask)[0]).to(dev)
    Xtr, Ytr, Xva, Yva = X[tr], Y[tr], X[va], Y[va]
    model = Net(c).to(dev).to(memory_format=torch.channels_last)
    lr0 = c.get('lr', 1e-3)
    wd = c.get('wd', 0)
    if wd > 0:
        opt = torch.optim.AdamW(model.parameters(), lr=lr0, eps=1e-7, weight_decay=wd)
    else:
        opt = torch.optim.Adam(model.parameters(), lr=lr0, eps=1e-7)
    E, B = c.get('epochs', 15), c.get('batch', 64)
    lrmin = c.get('lrmin', 5e-5)
    warm = c.get('warmup', 0)
    span = max(1, E - warm - 1)
    ema_decay = c.get('ema', 0)
    ema = [p.detach().clone() for p in model.state_dict().values()] if ema_decay else None
    live = list(model.state_dict().values())
    ema_f = [e for e, v in zip(ema, live) if v.dtype.is_floating_point] if ema else None
    live_f = [v for v in live if v.dtype.is_floating_point]
    ema_i = [(e, v) for e, v in zip(ema, live) if not v.dtype.is_floating_point] if ema else None
    ls = c.get('labelSmoothing', 0)
    best = (float('inf'), None, 0)
    hist = []
    t0 = time.time()

    def evaluate(xs, ys, state=None):
        if state is not None:
            saved = {k: v.clone() for k, v in model.state_dict().items()}
            model.load_state_dict(state)
        model.eval()
        with torch.no_grad():
            correct, loss = 0, 0.0
            for i in range(0, xs.shape[0], 2000):
                o = model(xs[i:i + 2000])
                loss += F.cross_entropy(o, ys[i:i + 2000], reduction='sum').item()
                correct += (o.argmax(1) == ys[i:i + 2000]).sum().item()
        model.train()
        if state is not None:
            model.load_state_dict(saved)
        return correct / xs.shape[0], loss / xs.shape[0]

    for ep in range(E):
        if ep < warm:
            lr = lr0 * (ep + 1) / warm
        else:
            t = ep - warm
            lr = lrmin + (lr0 - lrmin) * (1 + math.cos(math.pi * min(t, span) / span)) / 2
        for g in opt.param_groups:
            g['lr'] = lr
        model.train()
        perm = torch.randperm(Xtr.shape[0], device=dev, generator=gen)
        tl, tc = torch.zeros((), device=dev), torch.zeros((), device=dev)
        for i in range(0, perm.shape[0], B):
            idx = perm[i:i + B]
            xb = augment(Xtr[idx], c, gen).contiguous(memory_format=torch.channels_last)
            yb = Ytr[idx]
            o = model(xb)
            loss = F.cross_entropy(o, yb, label_smoothing=ls)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            if ema is not None:
                with torch.no_grad():
                    if hasattr(torch, '_foreach_lerp_'):
                        torch._foreach_lerp_(ema_f, live_f, 1 - ema_decay)
                    else:
                        for e, v in zip(ema_f, live_f):
                            e.lerp_(v, 1 - ema_decay)
                    for e, v in ema_i:
                        e.copy_(v)
            tl += loss.detach() * idx.shape[0]
            tc += (o.argmax(1) == yb).sum()
        rec = {'epoch': ep + 1, 'loss': round(tl.item() / Xtr.shape[0], 4), 'acc': round(tc.item() / Xtr.shape[0], 4)}
        if Xva.shape[0]:
            va_acc, va_loss = evaluate(Xva, Yva)
            rec.update(val_acc=round(va_acc, 4), val_loss=round(va_loss, 4))
            if va_loss < best[0]:
                best = (va_loss, {k: v.clone() for k, v in model.state_dict().items()}, ep + 1)
        hist.append(rec)
    final_acc, _ = evaluate(Xt, Yt)
    res = {'final_test': final_acc, 'train_s': round(time.time() - t0, 1), 'macs': model.macs,
           'last': hist[-1], 'hist_val': [h.get('val_acc') for h in hist]}
    if best[1] is not None:
        res['best_epoch'] = best[2]
        res['best_test'] = evaluate(Xt, Yt, best[1])[0]
    if ema is not None:
        state = dict(zip(model.state_dict().keys(), ema))
        res['ema_test'] = evaluate(Xt, Yt, state)[0]
    # what modelops would report: best-val_loss weights when there is a validation split
    res['test'] = res.get('best_test', final_acc)
    return res


def worker(rank, tasks, results, deadline):
    dev = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
    torch.backends.cudnn.allow_tf32 = False
    torch.backends.cuda.matmul.allow_tf32 = False
    torch.backends.cudnn.benchmark = True
    X = torch.from_numpy(load_idx('train-images-idx3-ubyte.gz').astype(np.float32) / 255.0)[:, None].to(dev)
    Y = torch.from_numpy(load_idx('train-labels-idx1-ubyte.gz').astype(np.int64)).to(dev)
    Xt = torch.from_numpy(load_idx('t10k-images-idx3-ubyte.gz').astype(np.float32) / 255.0)[:, None].to(dev)
    Yt = torch.from_numpy(load_idx('t10k-labels-idx1-ubyte.gz').astype(np.int64)).to(dev)
    lim = int(os.environ.get('SEARCH_LIMIT', '0'))
    if lim:
        X, Y = X[:lim], Y[:lim]
    while time.time() < deadline:
        try:
            name, c, seed = tasks.get_nowait()
        except queue.Empty:
            break
        try:
            r = run_one(c, seed, (X, Y, Xt, Yt), dev)
            r.update(name=name, seed=seed, config=c)
        except Exception as e:  # report and go on
            r = {'name': name, 'seed': seed, 'error': repr(e)[:300]}
        results.put(r)
    results.put(None)


def main():
    configs = json.load(open(sys.argv[1]))
    workers, limit_s, out = int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
    deadline = time.time() + limit_s
    ctx = mp.get_context('spawn')
    tasks, results = ctx.Queue(), ctx.Queue()
    # seed rounds first, so every config gets its first seeds before any gets its third
    for rnd in range(max(len(e.get('seeds', [0, 1])) for e in configs)):
        for entry in configs:
            seeds = entry.get('seeds', [0, 1])
            if rnd < len(seeds):
                tasks.put((entry['name'], entry['c'], seeds[rnd]))
    procs = [ctx.Process(target=worker, args=(r, tasks, results, deadline)) for r in range(workers)]
    for p in procs:
        p.start()
    done = 0
    with open(out, 'a') as f:
        while done < workers:
            r = results.get()
            if r is None:
                done += 1
                continue
            f.write(json.dumps(r) + '\n')
            f.flush()
            print(r['name'], r['seed'], r.get('test'), r.get('final_test'), r.get('ema_test'), r.get('train_s'), r.get('error', ''), flush=True)
    for p in procs:
        p.join()


if __name__ == '__main__':
    main()
