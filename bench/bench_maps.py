"""Map benchmark: sahelmap's timeline page next to the naive folium page, from the same events.

The seeds' own events.csv is grown to 1k, 10k and 100k events (seeded jitter of place and
date). For each size: time to build (a whole process: read the CSV, make the page, write it),
peak memory, HTML bytes, and time until the map is drawn in headless Chromium with the
network cut off. The naive page is one ``folium.Marker`` with a ``Popup`` per event, its CDN
scripts served from installed packages so that it can draw offline. Prints a table and
writes bench/results/maps.json.

    .venv/bin/python bench/bench_maps.py [--sizes 1000 10000 100000] [--naive-max 10000]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
CHROMIUM = "/usr/bin/chromium"

OURS = """
import sys, time
t = time.perf_counter()
from sahelmap.articles import load_articles
from sahelmap.build import load_events, write_atomically
from sahelmap.maps import PAGES, MapOptions, render_page
from pathlib import Path
articles = load_articles([sys.argv[1]])
events = load_events(Path(sys.argv[2]), articles)
html = render_page(PAGES[3], events, {a.id: a for a in articles}, MapOptions())
write_atomically(Path(sys.argv[3]), {"timeline.html": html})
print(time.perf_counter() - t)
"""

NAIVE = """
import csv, json, sys, time
t = time.perf_counter()
import folium
m = folium.Map(location=(14, 3), zoom_start=4)
for row in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    sources = json.loads(row["sources"])
    html = (f"<b>{row['place']}</b><br>{row['type']} ({row['subtype']}) {row['start']}<br>{row['actor']}"
            f"<p>{row['description']}</p>" + "".join(f"<q>{s.get('sentence', '')}</q> {s.get('url', '')}<br>"
                                                        for s in sources))
    folium.Marker((float(row["lat"]), float(row["lon"])), popup=folium.Popup(html, max_width=320),
                  tooltip=row["place"]).add_to(m)
m.save(sys.argv[2])
print(time.perf_counter() - t)
"""


def grow(src: Path, n: int, dst: Path, seed: int = 20240419) -> Path:
    """Copy the seed events until there are ``n``, jittering places and dates."""
    import datetime as dt

    rows = list(csv.DictReader(open(src, encoding="utf-8")))
    rng = random.Random(seed)
    with open(dst, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        for k in range(n):
            r = dict(rows[k % len(rows)])
            r["id"] = f"{r['id']}-g{k}"
            r["lat"] = f"{max(-60, min(60, float(r['lat']) + rng.uniform(-2, 2))):.4f}"
            r["lon"] = f"{max(-170, min(170, float(r['lon']) + rng.uniform(-3, 3))):.4f}"
            shift = dt.timedelta(days=rng.randint(-700, 300))
            start = dt.date.fromisoformat(r["start"]) + shift
            r["start"] = start.isoformat()
            if r["end"]:
                r["end"] = max(start, dt.date.fromisoformat(r["end"]) + shift).isoformat()
            w.writerow(r)
    return dst


def run_timed(code: str, *args) -> tuple[float, float, float]:
    """(whole-process seconds, in-process seconds, peak RSS MB) of a Python snippet."""
    t = time.perf_counter()
    out = subprocess.run(["/usr/bin/time", "-f", "%M", sys.executable, "-c", code, *map(str, args)],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    wall = time.perf_counter() - t
    return wall, float(out.stdout.strip().splitlines()[-1]), int(out.stderr.strip().splitlines()[-1]) / 1024


def draw_time(page_path: Path, kind: str, n: int, timeout_s: float = 600) -> float:
    """Seconds from navigation to a drawn map in headless Chromium, outside requests refused."""
    from playwright.sync_api import sync_playwright
    from xstatic.pkg import jquery, leaflet

    base = Path(leaflet.BASE_DIR)
    jq = Path(jquery.BASE_DIR) / "jquery.min.js"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu",
                                                                   "--disable-background-networking"])
        page = browser.new_page(viewport={"width": 1000, "height": 800})

        def route(r):
            url = r.request.url
            if url.startswith("file:"):
                return r.continue_()
            name = url.rsplit("/", 1)[-1].split("?")[0]
            local = base / name if (base / name).exists() else base / "images" / name
            if name.startswith("jquery"):
                local = jq
            if local.exists():  # the naive page's Leaflet, from the installed package
                return r.fulfill(body=local.read_bytes(), content_type="application/javascript"
                                 if name.endswith(".js") else "text/css" if name.endswith(".css") else "image/png")
            return r.fulfill(body="", status=200)  # jQuery, Bootstrap, Font Awesome: not needed to draw

        page.route("**/*", route)
        page.set_default_timeout(timeout_s * 1000)
        t = time.perf_counter()
        page.goto(page_path.resolve().as_uri(), wait_until="load")
        if kind == "ours":
            page.wait_for_selector("html[data-sm-ready]", state="attached")
        else:
            page.wait_for_function(f"document.querySelectorAll('.leaflet-marker-icon').length >= {n}")
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        secs = time.perf_counter() - t
        browser.close()
    return secs


def main() -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--naive-max", type=int, default=10000, help="skip the naive page above this size")
    args = ap.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    seeds_csv = RESULTS / "seed_events.csv"
    subprocess.run([sys.executable, "-m", "sahelmap", "build", "seeds", "-o", str(RESULTS / "seed_build")],
                   cwd=ROOT, check=True, capture_output=True)
    seeds_csv.write_bytes((RESULTS / "seed_build" / "events.csv").read_bytes())
    rows = []
    for n in args.sizes:
        grown = grow(seeds_csv, n, RESULTS / f"events_{n}.csv")
        out = RESULTS / f"ours_{n}"
        wall, inner, mem = run_timed(OURS, ROOT / "seeds", grown, out)
        page = out / "timeline.html"
        row = {"events": n, "ours": {"build_s": wall, "build_inner_s": inner, "peak_mb": mem,
                                     "bytes": page.stat().st_size, "draw_s": draw_time(page, "ours", n)}}
        if n <= args.naive_max:
            naive_page = RESULTS / f"naive_{n}.html"
            wall, inner, mem = run_timed(NAIVE, grown, naive_page)
            row["naive"] = {"build_s": wall, "build_inner_s": inner, "peak_mb": mem,
                            "bytes": naive_page.stat().st_size, "draw_s": draw_time(naive_page, "naive", n)}
        rows.append(row)
        print_row(row)
    (RESULTS / "maps.json").write_text(json.dumps(rows, indent=2))
    return {"rows": rows}


def print_row(row: dict) -> None:
    o, v = row["ours"], row.get("naive")
    line = (f"{row['events']:>7,} events | ours: build {o['build_s']:6.2f}s  {o['bytes'] / 1e6:7.2f} MB  "
            f"draw {o['draw_s']:6.2f}s  peak {o['peak_mb']:5.0f} MB")
    if v:
        line += (f" | naive: build {v['build_s']:6.2f}s  {v['bytes'] / 1e6:7.2f} MB  draw {v['draw_s']:6.2f}s"
                 f"  peak {v['peak_mb']:5.0f} MB | ratios bytes {o['bytes'] / v['bytes']:.2f} "
                 f"draw {o['draw_s'] / v['draw_s']:.2f} build {o['build_s'] / v['build_s']:.2f}")
    print(line, flush=True)


if __name__ == "__main__":
    main()
