"""sahelmap: news articles in, embeddable time-aware offline maps of the Sahel's military story out.

The data flows one way: articles -> places -> events -> layers -> maps. The public API
below is imported lazily, so that ``sahelmap geocode`` never loads folium or geopandas.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

_EXPORTS = {
    "Article": "articles", "load_articles": "articles", "read_article": "articles",
    "BuildResult": "build", "build": "build",
    "LatLon": "coords", "haversine_km": "coords",
    "events_to_csv": "eventfiles", "events_to_geojson": "eventfiles", "read_events": "eventfiles",
    "Event": "events", "Source": "events",
    "ArticleError": "exc", "BuildError": "exc", "EventsFileError": "exc", "GeocoderError": "exc",
    "InputError": "exc", "ManyErrors": "exc", "SahelmapError": "exc", "SpecError": "exc",
    "OfflineGeocoder": "geocoders", "get_geocoder": "geocoders",
    "PAGES": "maps", "MapOptions": "maps", "render_page": "maps",
    "PlaceFinder": "places", "PlaceMention": "places", "find_places": "places",
    "event_layers": "layers", "countries_frame": "layers",
    "Extractor": "extract", "find_dates": "dates", "MapSpec": "spec", "load_spec": "spec",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'sahelmap' has no attribute {name!r}")


def __dir__():
    return __all__
