"""Geocoders that speak geopy's interface: ``geocode()`` returns ``geopy.location.Location``.

The offline geocoder is the default; an online geopy service is opt-in by name.
"""

from __future__ import annotations

from .offline import OfflineGeocoder

__all__ = ["OfflineGeocoder", "get_geocoder"]


def get_geocoder(name: str | None = None, **kwargs):
    """``None`` or ``"offline"`` gives the offline geocoder; any geopy service name an online one.

    >>> get_geocoder().__class__.__name__        # doctest: +SKIP
    'OfflineGeocoder'
    """
    if name in (None, "", "offline"):
        return OfflineGeocoder()
    from .online import OnlineGeocoder

    return OnlineGeocoder(name, fallback=OfflineGeocoder(), **kwargs)
