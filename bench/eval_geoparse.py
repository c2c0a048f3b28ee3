"""Geoparsing evaluation (``make eval``): toponym precision, recall, F1 and accuracy@161 km on the
public corpora in ../shared/eval (skipped when absent), and event recall/precision on the hand-made
gold file of the seeds' events in tests/gold_events.yaml.

A predicted toponym matches a gold one when their spans overlap; accuracy@161 is the share of
matched pairs whose resolved point lies within 161 km (100 miles) of the gold point. docs/s is the
scoring pass (first lookups of each name); warm is a second pass, geoparsing alone.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT))

from sahelmap.coords import LatLon, haversine_km  # noqa: E402
from sahelmap.places import PlaceFinder  # noqa: E402


def load_corpora(limit: int | None = None):
    if not (EVAL / "load_corpora.py").exists():
        return None
    sys.path.insert(0, str(EVAL))
    import load_corpora  # noqa: PLC0415

    corpora = load_corpora.load_all(str(EVAL))
    return {k: v[:limit] if limit else v for k, v in corpora.items()}


def score_corpus(finder: PlaceFinder, docs) -> dict:
    tp_pred = n_pred = tp_gold = n_gold = close = 0
    t = time.perf_counter()
    for text, gold in docs:
        pred = finder.find(text)
        n_pred += len(pred)
        n_gold += len(gold)
        for m in pred:
            if any(s < m.end and m.start < e for s, e, *_ in gold):
                tp_pred += 1
        for s, e, _, lat, lon in gold:
            hit = next((m for m in pred if s < m.end and m.start < e), None)
            if hit is not None:
                tp_gold += 1
                close += haversine_km(hit.point, LatLon(lat, lon)) <= 161
    secs = time.perf_counter() - t
    t = time.perf_counter()
    for text, _ in docs:  # geoparsing alone, once the name lookups are cached
        finder.find(text)
    warm = time.perf_counter() - t
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return {"docs": len(docs), "gold": n_gold, "predicted": n_pred, "precision": p, "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0, "acc161": close / tp_gold if tp_gold else 0.0,
            "docs_per_s": len(docs) / secs, "warm_docs_per_s": len(docs) / warm}


def time_places_cli(docs, n: int = 200) -> dict:
    """`sahelmap places` over n corpus articles as a whole process: start-up, index, geoparsing."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for i, (text, _) in enumerate(docs[:n]):
            Path(tmp, f"a{i:04d}.txt").write_text(text, encoding="utf-8")
        cmd = [sys.executable, "-m", "sahelmap", "places", tmp, "--json", "--workers", "1"]
        runs = []
        for _ in range(3):
            t = time.perf_counter()
            out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT).stdout
            runs.append(time.perf_counter() - t)
    return {"articles": min(n, len(docs)), "seconds": sorted(runs)[1], "mentions": out.count("\n")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, help="only the first N documents of each corpus")
    ap.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "eval.json")
    args = ap.parse_args()
    corpora = load_corpora(args.limit)
    results = {}
    if corpora is None:
        print(f"skipped: no corpora at {EVAL}")
    else:
        finder = PlaceFinder()
        print(f"{'corpus':<10}{'docs':>6}{'P':>7}{'R':>7}{'F1':>7}{'acc@161':>9}{'docs/s':>9}{'warm':>7}")
        for name, docs in corpora.items():
            r = results[name] = score_corpus(finder, docs)
            print(f"{name:<10}{r['docs']:>6}{r['precision']:>7.3f}{r['recall']:>7.3f}{r['f1']:>7.3f}"
                  f"{r['acc161']:>9.3f}{r['docs_per_s']:>9.0f}{r['warm_docs_per_s']:>7.0f}")
    if corpora is not None:
        r = results["places_cli"] = time_places_cli(corpora["LGL"])
        print(f"sahelmap places over {r['articles']} LGL articles, whole process: {r['seconds']:.2f} s "
              f"(median of 3, {r['mentions']} mentions)")
    try:
        from bench_events import score_events  # noqa: PLC0415
    except ImportError:
        score_events = None
    if score_events:
        results["events"] = score_events()
    args.json.parent.mkdir(exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
