"""Map spec: the newsroom chrome of the pages, from a validated YAML file with defaults.

Title and subtitle per page, notes, source and byline line, colours per event type,
initial extent, date range and labels for key places. Every problem is reported with
the file, line and field.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

from . import yamlfile
from .coords import valid_lat, valid_lon
from .exc import ManyErrors, SpecError

_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")
PAGE_NAMES = ("bases", "coups", "deployments", "timeline")
TYPE_NAMES = ("base", "coup", "deployment", "withdrawal", "agreement", "protest", "membership", "other")


@dataclasses.dataclass(frozen=True)
class Label:
    name: str
    lat: float
    lon: float


@dataclasses.dataclass(frozen=True)
class MapSpec:
    """What a graphics desk sets once per story."""

    source: str = "Sources: sahelmap curated events and the articles and reports they cite."
    byline: str = ""
    notes: str = ""
    extent: tuple[tuple[float, float], tuple[float, float]] = ((4.0, -18.0), (24.0, 25.0))
    date_range: tuple[dt.date, dt.date] | None = None
    labels: tuple[Label, ...] = ()
    colors: tuple[tuple[str, str], ...] = ()
    pages: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()

    def page_text(self, page: str, field: str, default: str) -> str:
        return dict(dict(self.pages).get(page, ())).get(field, default)

    def color(self, etype: str, default: str) -> str:
        return dict(self.colors).get(etype, default)


def default_spec() -> MapSpec:
    from importlib.resources import files

    path = files("sahelmap") / "data" / "default_spec.yaml"
    return parse_spec(path.read_text(encoding="utf-8"), "default_spec.yaml")


def load_spec(path: str | Path | None) -> MapSpec:
    """The spec at ``path``, or the default one."""
    if path is None:
        return default_spec()
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise SpecError(f"cannot be read ({e})", path=p) from None
    return parse_spec(text, str(p))


def parse_spec(text: str, path: str) -> MapSpec:
    data, node = yamlfile.parse(text, path, SpecError)
    data = {} if data is None else data
    lines = yamlfile.key_lines(node)
    if not isinstance(data, dict):
        raise SpecError("must be a mapping of fields", path=path, line=1)
    errors: list[SpecError] = []

    def fail(field, message):
        errors.append(SpecError(message, path=path, line=lines.get(field.split(".")[0].split("[")[0]), field=field))

    allowed = {"source", "byline", "notes", "extent", "date_range", "labels", "colors", "pages"}
    for k in sorted(set(data) - allowed, key=str):
        fail(str(k), "unknown field")
    out: dict = {}
    for f in ("source", "byline", "notes"):
        if data.get(f) is not None:
            if not isinstance(data[f], str):
                fail(f, "must be text")
            else:
                out[f] = data[f]
    if "extent" in data:
        out["extent"] = _extent(data["extent"], fail)
    if "date_range" in data:
        out["date_range"] = _date_range(data["date_range"], fail)
    out["labels"] = tuple(_labels(data.get("labels") or [], fail))
    out["colors"] = tuple(_colors(data.get("colors") or {}, fail))
    out["pages"] = tuple(_pages(data.get("pages") or {}, fail))
    if errors:
        raise ManyErrors(errors)
    return MapSpec(**{k: v for k, v in out.items() if v is not None})


def _extent(v, fail):
    try:
        (s, w), (n, e) = v
        s, w, n, e = (float(x) for x in (s, w, n, e))
    except (TypeError, ValueError):
        fail("extent", "must be [[south, west], [north, east]]")
        return None
    if not (valid_lat(s) and valid_lat(n) and valid_lon(w) and valid_lon(e)) or s >= n or w >= e:
        fail("extent", f"{v!r} is not a south-west and north-east corner pair")
        return None
    return ((s, w), (n, e))


def _date_range(v, fail):
    try:
        a, b = (x if isinstance(x, dt.date) else dt.date.fromisoformat(str(x)) for x in v)
    except (TypeError, ValueError):
        fail("date_range", "must be [YYYY-MM-DD, YYYY-MM-DD]")
        return None
    if b < a:
        fail("date_range", f"ends ({b}) before it starts ({a})")
        return None
    return (a, b)


def _labels(items, fail):
    if not isinstance(items, list):
        fail("labels", "must be a list of {name, lat, lon}")
        return
    for i, item in enumerate(items):
        try:
            label = Label(str(item["name"]), float(item["lat"]), float(item["lon"]))
        except (TypeError, KeyError, ValueError):
            fail(f"labels[{i}]", "needs name, lat and lon")
            continue
        if not (valid_lat(label.lat) and valid_lon(label.lon)):
            fail(f"labels[{i}]", "lat or lon out of range")
            continue
        yield label


def _known(items, field, allowed, what, shape, fail):
    """(key, value) of a mapping in key order, failing on anything but a mapping and on keys not in
    ``allowed`` (``what`` they should be, ``shape`` of the whole mapping, for the messages)."""
    if not isinstance(items, dict):
        fail(field, f"must map {shape}")
        return
    for k, v in sorted(items.items(), key=lambda kv: str(kv[0])):
        if k in allowed:
            yield k, v
        else:
            fail(f"{field}.{k}", f"unknown {what} (one of {', '.join(allowed)})")


def _colors(items, fail):
    for k, v in _known(items, "colors", TYPE_NAMES, "event type", "event types to #rrggbb colours", fail):
        if not isinstance(v, str) or not _HEX.match(v):
            fail(f"colors.{k}", f"{v!r} is not a #rrggbb colour")
        else:
            yield (k, v)


def _pages(items, fail):
    for name, fields in _known(items, "pages", PAGE_NAMES, "page", "page names to {title, subtitle}", fail):
        if not isinstance(fields, dict) or set(fields) - {"title", "subtitle"} or \
                not all(isinstance(x, str) for x in fields.values()):
            fail(f"pages.{name}", "takes only title and subtitle, as text")
            continue
        yield (name, tuple(sorted(fields.items())))
