"""Regenerate sahelmap/data/us_counties.csv: every US county (parish, borough) with a point.

The point is the median of the county's ZIP code points from the zipcodes package (a by-hand
input, not a dependency): close to the county's middle, which is all "Laurel County" needs.

    .venv/bin/pip install zipcodes==3.0.0 && .venv/bin/python tools/make_us_counties.py
"""

import re
import statistics
from collections import defaultdict
from pathlib import Path

import zipcodes

from tablefile import write_table

OUT = Path(__file__).resolve().parent.parent / "sahelmap" / "data" / "us_counties.csv"
KINDS = re.compile(r" (County|Parish|Borough)$")


def main():
    points = defaultdict(list)
    for z in zipcodes.list_all():
        if z["country"] == "US" and KINDS.search(z["county"] or "") and z["lat"] and z["long"]:
            points[(z["state"], z["county"])].append((float(z["lat"]), float(z["long"])))
    rows = []
    for (state, county), pts in sorted(points.items()):
        rows.append({"state": state, "name": county,
                     "lat": round(statistics.median(p[0] for p in pts), 4),
                     "lon": round(statistics.median(p[1] for p in pts), 4)})
    write_table(OUT, rows)
    print(f"wrote {len(rows)} counties to {OUT}")


if __name__ == "__main__":
    main()
