"""The offline geocoder: geopy's interface over the local gazetteer index.

>>> g = OfflineGeocoder()                       # doctest: +SKIP
>>> g.geocode("Gao").raw["country_code"]        # doctest: +SKIP
'ML'
>>> g.geocode("Gao", country_codes=["BF"]).raw["country_code"]  # doctest: +SKIP
'BF'
"""

from __future__ import annotations

import functools
import math
from typing import Iterable, NamedTuple

from geopy.location import Location

from ..coords import LatLon, haversine_km
from .index import open_index
from .normalize import key

KIND_WEIGHT = {"country": 12.0, "continent": 11.0, "site": 9.0, "region": 9.0, "locality": 8.0, "city": 0.0}
HOW_WEIGHT = {"name": 1.0, "alias": 1.0, "demonym": 0.0, "alt": 0.0, "shared": -6.0}  # "shared": a state named like a bigger town
FEATURETYPES = {"country": {"country"}, "state": {"region"}, "city": {"city", "locality"},
                "settlement": {"city", "locality", "site"}}
BIAS = 30.0


class Place(NamedTuple):
    """One gazetteer entry as the index holds it."""

    pid: int
    gid: str
    name: str
    lat: float
    lon: float
    cc: str | None
    pop: int
    kind: str
    source: str
    admin1: str | None = None  # GeoNames first-level division (US: the state's postal code)
    how: str = "name"

    def score(self) -> float:
        return KIND_WEIGHT.get(self.kind, 0.0) + HOW_WEIGHT.get(self.how, 0.0) + math.log10(self.pop + 10)

    def location(self, country_names: dict[str, str]) -> Location:
        country = country_names.get(self.cc or "")
        address = self.name if self.kind == "country" or not country else f"{self.name}, {country}"
        raw = {"id": self.gid, "name": self.name, "kind": self.kind, "country_code": self.cc,
               "population": self.pop, "source": self.source, "lat": self.lat, "lon": self.lon}
        return Location(address, (self.lat, self.lon), raw)


class OfflineGeocoder:
    """Resolve names to places with no network: countries, curated Sahel sites and regions, GeoNames."""

    def __init__(self, index_path=None):
        self._conn = open_index(index_path)
        self.country_names = dict(self._conn.execute("SELECT cc, name FROM places WHERE kind = 'country'"))
        self.candidates = functools.lru_cache(maxsize=65536)(self._candidates)

    def _candidates(self, k: str) -> tuple[Place, ...]:
        rows = self._conn.execute(
            "SELECT p.pid, gid, name, lat, lon, cc, pop, kind, source, admin1, how FROM names n "
            "JOIN places p ON p.pid = n.pid WHERE n.key = ?", (k,)).fetchall()
        return tuple(sorted((Place(*r) for r in rows), key=lambda p: (-p.score(), p.pid)))

    def rank(self, query: str, country_codes: Iterable[str] | None = None, viewbox=None,
             featuretype: str | None = None) -> list[Place]:
        """Candidates for a query, best first."""
        places = self.candidates(key(query or ""))
        if featuretype:
            kinds = FEATURETYPES.get(featuretype, {featuretype})
            places = tuple(p for p in places if p.kind in kinds)
        codes = {c.upper() for c in country_codes or ()}
        if not codes and viewbox is None:
            return list(places)
        return sorted(places, key=lambda p: (-(p.score() + _bias(p, codes, viewbox)), p.pid))

    def geocode(self, query: str, *, exactly_one: bool = True, limit: int | None = None,
                country_codes: Iterable[str] | str | None = None, viewbox=None,
                featuretype: str | None = None, **_ignored):
        """Return the best :class:`geopy.location.Location` (or a list when not ``exactly_one``)."""
        if isinstance(country_codes, str):
            country_codes = [country_codes]
        ranked = self.rank(str(query), country_codes, viewbox, featuretype)
        if exactly_one:
            return ranked[0].location(self.country_names) if ranked else None
        ranked = ranked[:limit] if limit else ranked
        return [p.location(self.country_names) for p in ranked] or None

    def reverse(self, query, *, exactly_one: bool = True, radius_km: float = 200.0, **_ignored):
        """The nearest populated place to (lat, lon), with its country."""
        lat, lon = _latlon(query)
        here = LatLon(lat, lon)
        deg = radius_km / 111.0
        rows = self._conn.execute(
            "SELECT pid, gid, name, lat, lon, cc, pop, kind, source, admin1 FROM places "
            "WHERE lat BETWEEN ? AND ? AND kind IN ('city', 'locality', 'site')", (lat - deg, lat + deg)).fetchall()
        near = sorted(((haversine_km(here, LatLon(r[3], r[4])), r[0], Place(*r)) for r in rows
                       if abs(r[4] - lon) <= deg / max(0.1, math.cos(math.radians(lat)))), key=lambda t: t[:2])
        near = [t for t in near if t[0] <= radius_km]
        if not near:
            return None
        if exactly_one:
            return near[0][2].location(self.country_names)
        return [t[2].location(self.country_names) for t in near[:10]]


def _bias(p: Place, codes: set[str], viewbox) -> float:
    b = BIAS if codes and p.cc in codes else 0.0
    if viewbox is not None:
        (a_lat, a_lon), (b_lat, b_lon) = [_latlon(v) for v in viewbox]
        if min(a_lat, b_lat) <= p.lat <= max(a_lat, b_lat) and min(a_lon, b_lon) <= p.lon <= max(a_lon, b_lon):
            b += BIAS / 2
    return b


def _latlon(q) -> tuple[float, float]:
    if isinstance(q, str):
        a, b = q.split(",")
        return float(a), float(b)
    if hasattr(q, "latitude"):
        return float(q.latitude), float(q.longitude)
    return float(q[0]), float(q[1])
