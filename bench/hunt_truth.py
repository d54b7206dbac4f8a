"""Compares radio hunt's candidates (CSV) with the simulator's truth (pscomppars: hostname, pl_orbper).

Usage: /usr/bin/python3 hunt_truth.py CANDIDATES.csv TRUTH.csv TARGETS.txt
Prints how many of the targets' simulated planets a candidate has at their period (within 1 %), how many of those
are judged 'likely planet', and the verdicts of the others.
"""
import csv
import sys


def main():
    truth = {}
    with open(sys.argv[2]) as fh:
        for r in csv.DictReader(fh):
            truth.setdefault(r["hostname"], []).append(float(r["pl_orbper"]))
    with open(sys.argv[1]) as fh:
        candidates = [c for c in csv.DictReader(fh) if c["period_days"]]
    with open(sys.argv[3]) as fh:
        targets = [t.strip() for t in fh if t.strip()]
    planets = found = judged_planet = likely = likely_true = 0
    others = []
    for t in targets:
        periods = truth.get(t, [])
        mine = [c for c in candidates if c["target"] == t]
        for p in periods:
            planets += 1
            hits = [c for c in mine if abs(float(c["period_days"]) - p) <= 0.01 * p]
            found += bool(hits)
            judged_planet += any(c["verdict"] == "likely_planet" for c in hits)
            others += [f"{t} {p:.4f} d: {c['reasons']}" for c in hits if c["verdict"] != "likely_planet"]
        for c in mine:
            if c["verdict"] == "likely_planet":
                likely += 1
                likely_true += any(abs(float(c["period_days"]) - p) <= 0.01 * p for p in periods)
    print(f"simulated planets: {planets}; found at their period (1 %): {found}; judged likely planet: {judged_planet}")
    print(f"'likely planet' candidates: {likely}, of which simulated planets: {likely_true}")
    for o in others:
        print("  not called a planet:", o)


if __name__ == "__main__":
    main()
