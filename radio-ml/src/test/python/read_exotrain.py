"""Reads an exoTrain-layout CSV with Python's csv module, as spacekit and the Kaggle notebooks do, and checks the
layout: header LABEL, FLUX.1 .. FLUX.N; every row LABEL 1 or 2 and N floats. Prints {"rows", "hosts", "length"}."""
import csv
import json
import math
import sys

with open(sys.argv[1], newline="") as f:
    reader = csv.reader(f)
    header = next(reader)
    n = len(header) - 1
    assert header == ["LABEL"] + ["FLUX.%d" % i for i in range(1, n + 1)], header[:3]
    rows = hosts = 0
    for row in reader:
        assert len(row) == n + 1, len(row)
        assert row[0] in ("1", "2"), row[0]
        values = [float(v) for v in row[1:]]
        assert all(math.isfinite(v) for v in values)
        rows += 1
        hosts += row[0] == "2"
print(json.dumps({"rows": rows, "hosts": hosts, "length": n}))
