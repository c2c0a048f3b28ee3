"""Opt-in online geocoding through any geopy service, never the default.

Requests go through geopy's ``RateLimiter`` (one a second by default, as Nominatim asks),
answers are cached in SQLite in the user cache folder, and a failure falls back to
the offline answer with a warning.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

from geopy.location import Location

from .index import cache_dir

log = logging.getLogger("sahelmap")
USER_AGENT = "sahelmap (newsroom mapping tool)"


class OnlineGeocoder:
    """A geopy service behind a rate limiter and a persistent cache, with an offline fallback."""

    def __init__(self, service, *, fallback=None, min_delay_seconds: float = 1.0,
                 error_wait_seconds: float = 5.0, cache_path: Path | None = None, **service_kwargs):
        from geopy.extra.rate_limiter import RateLimiter

        if isinstance(service, str):
            from geopy.geocoders import get_geocoder_for_service

            self.name = service
            service = get_geocoder_for_service(service)(user_agent=USER_AGENT, **service_kwargs)
        else:
            self.name = type(service).__name__.lower()
        self.service = service
        self.fallback = fallback
        self._geocode = RateLimiter(service.geocode, min_delay_seconds=min_delay_seconds,
                                    max_retries=1, error_wait_seconds=error_wait_seconds,
                                    swallow_exceptions=False)
        self._reverse = RateLimiter(service.reverse, min_delay_seconds=min_delay_seconds,
                                    max_retries=1, error_wait_seconds=error_wait_seconds,
                                    swallow_exceptions=False)
        path = cache_path or cache_dir() / "online-cache.sqlite"
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS answers (service TEXT, call TEXT, answer TEXT, "
                         "PRIMARY KEY (service, call))")

    def geocode(self, query: str, *, exactly_one: bool = True, country_codes=None, **kwargs):
        """Ask the service (or the cache); on failure, give the offline answer."""
        call = {"q": str(query), "one": exactly_one, "cc": sorted(country_codes or []), **kwargs}
        if country_codes:
            kwargs["country_codes"] = country_codes
        return self._cached("geocode", call, lambda: self._geocode(query, exactly_one=exactly_one, **kwargs),
                            lambda: self.fallback.geocode(query, exactly_one=exactly_one,
                                                          country_codes=country_codes))

    def reverse(self, query, *, exactly_one: bool = True, **kwargs):
        lat, lon = (query[0], query[1]) if not isinstance(query, str) else map(float, query.split(","))
        call = {"latlon": [lat, lon], "one": exactly_one}
        return self._cached("reverse", call, lambda: self._reverse((lat, lon), exactly_one=exactly_one),
                            lambda: self.fallback.reverse((lat, lon), exactly_one=exactly_one))

    def _cached(self, what, call, ask, offline):
        k = json.dumps([what, call], sort_keys=True, default=str)
        row = self._db.execute("SELECT answer FROM answers WHERE service = ? AND call = ?", (self.name, k)).fetchone()
        if row:
            return _decode(json.loads(row[0]))
        try:
            answer = ask()
        except Exception as e:  # any service failure: geopy errors, timeouts, bad JSON
            log.warning("%s geocoder failed for %s (%s); using the offline answer", self.name, call, e)
            return offline() if self.fallback else None
        self._db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?)", (self.name, k, json.dumps(_encode(answer))))
        self._db.commit()
        return answer


def _encode(answer):
    if answer is None:
        return None
    if isinstance(answer, list):
        return [_encode(a) for a in answer]
    return {"address": answer.address, "point": [answer.latitude, answer.longitude], "raw": answer.raw}


def _decode(data):
    if data is None:
        return None
    if isinstance(data, list):
        return [_decode(d) for d in data]
    return Location(data["address"], tuple(data["point"]), data["raw"])
