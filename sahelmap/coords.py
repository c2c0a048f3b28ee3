"""The one place that knows coordinate order.

Humans, geopy and Leaflet speak (lat, lon); GeoJSON and shapely speak (lon, lat).
Everything else in sahelmap calls these helpers instead of indexing tuples.
"""

from __future__ import annotations

import math
from typing import NamedTuple


class LatLon(NamedTuple):
    """A WGS84 point in the order people and Leaflet use.

    >>> LatLon(16.95, 8.014).lonlat
    (8.014, 16.95)
    """

    lat: float
    lon: float

    @property
    def lonlat(self) -> tuple[float, float]:
        return (self.lon, self.lat)

    @classmethod
    def from_lonlat(cls, xy) -> "LatLon":
        return cls(float(xy[1]), float(xy[0]))

    def rounded(self, digits: int = 4) -> "LatLon":
        return LatLon(round(self.lat, digits), round(self.lon, digits))


def valid_lat(value: float) -> bool:
    return isinstance(value, (int, float)) and math.isfinite(value) and -90 <= value <= 90


def valid_lon(value: float) -> bool:
    return isinstance(value, (int, float)) and math.isfinite(value) and -180 <= value <= 180


def haversine_km(a: LatLon, b: LatLon) -> float:
    """Great-circle distance in kilometres between two points (or anything with .lat and .lon).

    >>> round(haversine_km(LatLon(13.514, 2.110), LatLon(16.973, 7.991)))
    747
    """
    r = 6371.0088
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(h)))
