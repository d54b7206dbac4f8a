"""Prints the Markdown table of bench/periodogram.sh from OUT/cases.json, radio-*.json and astropy.json."""
import json
import sys

out = sys.argv[1]
cases = {c["name"]: c for c in json.load(open(f"{out}/cases.json"))}
astropy = {r["name"]: r for r in json.load(open(f"{out}/astropy.json"))}
one = {r["name"]: r for r in json.load(open(f"{out}/radio-1.json"))}
full = {r["name"]: r for r in json.load(open(f"{out}/radio-{sys.argv[2]}.json"))}
print("| light curve | periodogram | points | grid | astropy (s) | radio, 1 thread (s) | radio, "
      f"{sys.argv[2]} threads (s) | speed-up (1 / {sys.argv[2]} threads) | best period astropy / radio (d) |")
print("|---|---|---:|---:|---:|---:|---:|---:|---|")
for name, c in cases.items():
    a, r1, rn = astropy[name]["median_s"], one[name]["median_s"], full[name]["median_s"]
    print(f"| {c['light']} | {c['kind']} | {c['points']} | {c['size']} | {a:.3f} | {r1:.3f} | {rn:.3f} | "
          f"{a / r1:.1f}× / {a / rn:.1f}× | {astropy[name]['best_period_days']:.5f} / "
          f"{full[name]['best_period_days']:.5f} |")
