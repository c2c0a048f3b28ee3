"""Event extraction against the hand-made gold events of the seeds (tests/gold_events.yaml).

A gold event is found when an extracted event citing its article has the same type and host
country, and a start date within the gold precision (day: 3 days, week: 7, month: 31, year: 366).
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sahelmap.articles import load_articles  # noqa: E402
from sahelmap.events import parse_partial_date  # noqa: E402
from sahelmap.extract import Extractor  # noqa: E402

SLACK = {"day": 3, "week": 7, "month": 31, "year": 366}


def gold_events(path: Path = ROOT / "tests" / "gold_events.yaml") -> list[dict]:
    rows = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    for r in rows:
        r["day"] = parse_partial_date(r["start"])[0]
    return rows


def matches(gold: dict, ev) -> bool:
    cites = any(s.article == gold["article"] for s in ev.sources)
    return (cites and ev.type == gold["type"] and ev.host_country == gold["host"]
            and abs((ev.start - gold["day"]).days) <= SLACK[gold["precision"]]
            and (gold.get("actor") is None or ev.actor_country == gold["actor"]))


def score_events(events=None) -> dict:
    events = events if events is not None else Extractor().extract(load_articles([ROOT / "seeds"]))
    gold = gold_events()
    found = [g for g in gold if any(matches(g, e) for e in events)]
    main = [g for g in gold if g.get("main") == "true"]
    main_found = [g for g in main if g in found]
    useful = [e for e in events if any(matches(g, e) for g in gold)]
    result = {"gold": len(gold), "extracted": len(events), "recall": len(found) / len(gold),
              "precision": len(useful) / len(events) if events else 0.0,
              "main_found": len(main_found), "main_total": len(main)}
    print(f"events: recall {result['recall']:.2f} ({len(found)}/{len(gold)}), precision {result['precision']:.2f} "
          f"({len(useful)}/{len(events)}), main events {len(main_found)}/{len(main)}")
    return result


if __name__ == "__main__":
    score_events()
