"""Printing geocoder answers for the ``geocode`` command, fast enough for 100,000 lines."""

from __future__ import annotations

import json
from typing import Iterable, TextIO


def answer_record(query: str, loc) -> dict:
    """The JSON shape of one answer; ``name`` is null when nothing was found."""
    if loc is None:
        return {"query": query, "name": None, "lat": None, "lon": None, "country_code": None,
                "kind": None, "source": None, "id": None}
    raw = loc.raw or {}
    return {"query": query, "name": raw.get("name", loc.address), "lat": loc.latitude, "lon": loc.longitude,
            "country_code": raw.get("country_code"), "kind": raw.get("kind"), "source": raw.get("source"),
            "id": raw.get("id")}


def run_queries(geocoder, lines: Iterable[str], countries, as_json: bool, out: TextIO) -> int:
    """Geocode each non-empty line, print one answer per query, return how many were not found."""
    missing = 0
    codes = list(countries) or None
    write = out.write
    for line in lines:
        query = line.strip()
        if not query:
            continue
        loc = geocoder.geocode(query, country_codes=codes)
        missing += loc is None
        if as_json:
            write(json.dumps(answer_record(query, loc), ensure_ascii=False) + "\n")
        elif loc is None:
            write(f"{query}\tnot found\n")
        else:
            rec = answer_record(query, loc)
            write(f"{query}\t{rec['name']}\t{rec['lat']:.5f}\t{rec['lon']:.5f}\t{rec['country_code'] or ''}"
                  f"\t{rec['kind']}\n")
    return missing
