"""sahelmap: news articles in, embeddable time-aware offline maps of the Sahel's military story out.

The data flows one way: articles -> places -> events -> layers -> maps.
"""

from .articles import Article, load_articles, read_article
from .build import BuildResult, build
from .coords import LatLon, haversine_km
from .eventfiles import events_to_csv, events_to_geojson, read_events
from .events import Event, Source
from .exc import (ArticleError, BuildError, EventsFileError, GeocoderError, InputError, ManyErrors,
                  SahelmapError, SpecError)
from .maps import PAGES, MapOptions, render_page

__version__ = "0.1.0"
__all__ = [
    "Article", "ArticleError", "BuildError", "BuildResult", "Event", "EventsFileError", "GeocoderError",
    "InputError", "LatLon", "ManyErrors", "MapOptions", "PAGES", "SahelmapError", "Source", "SpecError",
    "build", "events_to_csv", "events_to_geojson", "haversine_km", "load_articles", "read_article",
    "read_events", "render_page",
]
