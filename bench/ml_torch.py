"""Baseline for bench/ml.sh (b): spacekit's CNN in PyTorch (Debian's python3-torch), trained on the same exoTrain
CSVs radio wrote, with the same recipe as radio's spacekit architecture (Conv1D 8/16/32/64 filters scaled by WIDTH,
kernel 11, max-pool 2 stride 4, batch norm; dropout 0.5, dense 64, dropout 0.25, dense 64, one logit; Adam lr 1e-3;
balanced batches of BATCH with the flux rolled by a random offset; EPOCHS epochs; threads as torch defaults).
Usage: ml_torch.py DATASET_DIR EPOCHS BATCH WIDTH ; prints seconds per epoch and the test ROC-AUC of the epoch with
the best validation average precision."""
import csv
import sys
import time

import numpy as np
import torch
from sklearn.metrics import average_precision_score, roc_auc_score


def load(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))[1:]
    x = np.array([[float(v) for v in r[1:]] for r in rows], dtype=np.float32)
    y = np.array([1.0 if r[0] == "2" else 0.0 for r in rows], dtype=np.float32)
    return torch.from_numpy(x), torch.from_numpy(y)


def net(length, width):
    f = lambda n: max(2, round(n * width))
    layers, channels, n = [], 1, length
    for i, base in enumerate((8, 16, 32, 64)):
        layers += [torch.nn.Conv1d(channels, f(base), 11), torch.nn.ReLU(), torch.nn.MaxPool1d(2, 4)]
        channels, n = f(base), (n - 10 - 2) // 4 + 1
        if i < 3:
            layers.append(torch.nn.BatchNorm1d(channels))
    layers += [torch.nn.Flatten(), torch.nn.Dropout(0.5), torch.nn.Linear(channels * n, 64), torch.nn.ReLU(),
               torch.nn.Dropout(0.25), torch.nn.Linear(64, 64), torch.nn.ReLU(), torch.nn.Linear(64, 1)]
    return torch.nn.Sequential(*layers)


def scores(model, x):
    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model(x.unsqueeze(1))).squeeze(1).numpy()


def main():
    folder, epochs, batch, width = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
    torch.manual_seed(7)
    rng = np.random.default_rng(7)
    xt, yt = load(folder + "/train.csv")
    xv, yv = load(folder + "/val.csv")
    xs, ys = load(folder + "/test.csv")
    model = net(xt.shape[1], width)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = torch.nn.BCEWithLogitsLoss()
    pos, neg = np.where(yt.numpy() == 1)[0], np.where(yt.numpy() == 0)[0]
    best, best_test, times = -1, None, []
    for epoch in range(epochs):
        start = time.perf_counter()
        model.train()
        for _ in range(max(1, len(yt) // batch)):
            rows = np.empty(batch, dtype=int)
            rows[0::2] = rng.choice(pos, len(rows[0::2]))
            rows[1::2] = rng.choice(neg, len(rows[1::2]))
            x = torch.stack([torch.roll(xt[r], int(rng.integers(xt.shape[1]))) for r in rows]).unsqueeze(1)
            opt.zero_grad()
            loss = loss_fn(model(x).squeeze(1), yt[rows])
            loss.backward()
            opt.step()
        ap = average_precision_score(yv.numpy(), scores(model, xv))
        times.append(time.perf_counter() - start)
        if ap > best:
            best, best_test = ap, roc_auc_score(ys.numpy(), scores(model, xs))
    print("pytorch %s: %.2f s per epoch (median of %d), test ROC-AUC %.3f at the best validation epoch"
          % (torch.__version__, float(np.median(times)), epochs, best_test))


main()
