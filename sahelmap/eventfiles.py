"""Reading and writing events tables: the curated YAML, and the CSV and GeoJSON a build writes.

All three read back into the same :class:`~sahelmap.events.Event` objects, and every
problem is reported with the file, the line (or GeoJSON feature index) and the field.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path
from typing import Iterable

from . import yamlfile
from .articles import Article
from .events import FIELDS, Event, Source, check_unique_ids, event_from_record, sort_events
from .exc import EventsFileError, ManyErrors

CSV_FIELDS = tuple(f for f in FIELDS if f != "sources") + ("source_count", "sources")


def read_events(path: str | Path) -> list[Event]:
    """Read an events table by its suffix: ``.yaml``/``.yml``, ``.csv``, ``.geojson``/``.json``."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as e:
        raise EventsFileError(f"cannot be read ({e.strerror or e})", path=path) from None
    except UnicodeDecodeError as e:
        raise EventsFileError(f"is not UTF-8 text (byte {e.start})", path=path) from None
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        records = _yaml_records(text, str(path))
    elif suffix == ".csv":
        records = _csv_records(text, str(path))
    elif suffix in (".geojson", ".json"):
        records = _geojson_records(text, str(path))
    else:
        raise EventsFileError("unknown events format (use .yaml, .csv or .geojson)", path=path)
    return _validate(records, str(path))


def _validate(records, path: str) -> list[Event]:
    events, lines, errors = [], [], []
    for rec, line, field_lines in records:
        try:
            events.append(event_from_record(rec, path=path, line=line, field_lines=field_lines))
            lines.append(line)
        except ManyErrors as e:
            errors.extend(e.errors)
    try:
        check_unique_ids(events, path, lines)
    except ManyErrors as e:
        errors.extend(e.errors)
    if errors:
        raise ManyErrors(errors)
    return events


def _yaml_records(text: str, path: str):
    data, node = yamlfile.parse(text, path, EventsFileError)
    items_node = node
    if isinstance(data, dict):
        if not isinstance(data.get("events"), list):
            raise EventsFileError("must hold a list under 'events:'", path=path, line=1, field="events")
        items_node = next(v for k, v in node.value if k.value == "events")
        data = data["events"]
    if not isinstance(data, list):
        raise EventsFileError("must be a list of events", path=path, line=1, field="events")
    out = []
    for item, item_node in zip(data, items_node.value):
        out.append((item, item_node.start_mark.line + 1, yamlfile.key_lines(item_node)))
    return out


def _csv_records(text: str, path: str):
    reader = csv.DictReader(io.StringIO(text))
    missing = {"id", "type", "lat", "lon", "start"} - set(reader.fieldnames or ())
    if missing:
        raise EventsFileError(f"header lacks column(s) {', '.join(sorted(missing))}", path=path, line=1)
    out = []
    try:
        for row in reader:
            line = reader.line_num
            rec = {k: (v if v != "" else None) for k, v in row.items() if k is not None}
            if None in row:
                raise EventsFileError("more values than header columns", path=path, line=line)
            rec.pop("source_count", None)
            raw = rec.get("sources")
            if raw:
                try:
                    rec["sources"] = json.loads(raw)
                except json.JSONDecodeError:
                    raise EventsFileError("is not a JSON list", path=path, line=line, field="sources") from None
            out.append((rec, line, {}))
    except csv.Error as e:
        raise EventsFileError(f"not valid CSV ({e})", path=path, line=reader.line_num) from None
    return out


def _geojson_records(text: str, path: str):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise EventsFileError(f"not valid JSON ({e.msg})", path=path, line=e.lineno) from None
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise EventsFileError("must be a GeoJSON FeatureCollection", path=path, field="type")
    out = []
    for i, feat in enumerate(data.get("features") or []):
        geom = (feat or {}).get("geometry") or {}
        if geom.get("type") != "Point" or not isinstance(geom.get("coordinates"), list) \
                or len(geom["coordinates"]) < 2:
            raise EventsFileError("must be a Point with [lon, lat]", path=path, line=f"feature {i}",
                                  field="geometry")
        rec = dict(feat.get("properties") or {})
        rec.pop("source_count", None)
        rec["lon"], rec["lat"] = geom["coordinates"][0], geom["coordinates"][1]
        # GeoJSON has no useful line numbers: errors name the feature index instead.
        out.append((rec, f"feature {i}", {}))
    return out


def attach_sentences(events: Iterable[Event], articles: Iterable[Article], path: str = "") -> list[Event]:
    """Fill each article source's offsets by finding its sentence in the article body.

    A source naming a sentence the article does not contain is an error: the dot
    would not be traceable to its text.
    """
    bodies = {a.id: a.body for a in articles}
    found: dict[tuple[str, str], int] = {}
    out, errors = [], []
    for ev in events:
        sources, changed = [], False
        for i, s in enumerate(ev.sources):
            if s.article and s.sentence and s.article in bodies:
                k = (s.article, s.sentence)
                if k not in found:
                    found[k] = bodies[s.article].find(s.sentence)
                pos = found[k]
                if pos < 0:
                    errors.append(EventsFileError(
                        f"sentence not found in article {s.article!r}", path=path, field=f"{ev.id}.sources[{i}]"))
                elif (s.start, s.end) != (pos, pos + len(s.sentence)):
                    s, changed = dataclasses.replace(s, start=pos, end=pos + len(s.sentence)), True
            sources.append(s)
        out.append(dataclasses.replace(ev, sources=tuple(sources)) if changed else ev)
    if errors:
        raise ManyErrors(errors)
    return out


def events_to_csv(events: Iterable[Event]) -> str:
    """CSV text with one row per event, ``lat`` and ``lon`` columns and sources as JSON."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n")
    w.writeheader()
    for ev in sort_events(events):
        rec = ev.as_record()
        rec["source_count"] = len(ev.sources)
        rec["sources"] = json.dumps(rec["sources"], ensure_ascii=False, sort_keys=True)
        w.writerow({k: _csv_cell(rec[k]) for k in CSV_FIELDS})
    return buf.getvalue()


def _csv_cell(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return v


def events_to_geojson(events: Iterable[Event]) -> str:
    """A GeoJSON FeatureCollection, one feature per line for readable diffs."""
    lines = []
    for ev in sort_events(events):
        props = ev.as_record()
        lon, lat = props.pop("lon"), props.pop("lat")
        props["source_count"] = len(ev.sources)
        feat = {"type": "Feature", "id": ev.id, "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": props}
        lines.append(json.dumps(feat, ensure_ascii=False, separators=(",", ":")))
    return '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"


def source_label(src: Source, articles: dict[str, Article]) -> str:
    """Human label for a source: outlet and date of a seed article, or the URL's host."""
    if src.article:
        a = articles.get(src.article)
        if a is not None:
            bits = [a.outlet or "unattributed article", a.date.isoformat() if a.date else None]
            return ", ".join(b for b in bits if b) + f" ({src.article})"
        return src.article
    from urllib.parse import urlparse
    return urlparse(src.url or "").netloc or (src.url or "")
