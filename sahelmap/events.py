"""Events: the typed, dated, located, sourced facts a map draws.

The schema follows ACLED's atomic event and adds date ranges, precision and
sentence-level provenance (see ``shared/reference``). ``base`` and ``deployment``
are intervals (``end`` None while ongoing); the other types are points unless an
end is given.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any, Iterable

from .coords import LatLon, valid_lat, valid_lon
from .exc import EventsFileError, ManyErrors

TYPES = ("base", "coup", "deployment", "withdrawal", "agreement", "protest", "membership", "other")
INTERVAL_TYPES = ("base", "deployment")
SUBTYPES = {
    "coup": ("successful", "failed", "announced"),
    "deployment": ("arrival", "announced", "expansion", "presence"),
    "withdrawal": ("ordered", "announced", "started", "completed", "partial"),
    "base": ("established", "operational", "handed_over", "closed"),
    "agreement": ("signed", "revoked", "expired", "announced"),
    "protest": ("peaceful", "violent"),
    "membership": ("joined", "left", "founded"),
}
ENDINGS = ("revoked", "closed", "handed_over")  # subtypes that end the thing they name: an accord, a base
GEO_PRECISIONS = ("site", "town", "region", "country")
DATE_PRECISIONS = ("day", "week", "month", "year")
FIELDS = (
    "id", "type", "subtype", "actor", "actor_country", "host_country", "place", "lat", "lon",
    "geo_precision", "capital_proxy", "start", "date_precision", "end", "end_precision",
    "is_background", "confidence", "reviewed", "description", "sources",
)
_KNOWN_FIELDS = frozenset(FIELDS) | {"source_count"}
_SOURCE_FIELDS = frozenset(("article", "sentence", "start", "end", "url"))
_ISO3 = re.compile(r"^[A-Z]{3}$")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$")
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclasses.dataclass(frozen=True)
class Source:
    """Where an event is attested: a seed article's sentence, or an outside URL."""

    article: str | None = None
    sentence: str | None = None
    start: int | None = None
    end: int | None = None
    url: str | None = None

    def as_dict(self) -> dict:
        pairs = (("article", self.article), ("sentence", self.sentence), ("start", self.start),
                 ("end", self.end), ("url", self.url))
        return {k: v for k, v in pairs if v is not None}


@dataclasses.dataclass(frozen=True)
class Event:
    """One event. ``start``/``end`` are dates; their precision says how much of them is known."""

    id: str
    type: str
    actor: str
    lat: float
    lon: float
    start: dt.date
    subtype: str | None = None
    actor_country: str | None = None
    host_country: str | None = None
    place: str | None = None
    geo_precision: str = "town"
    capital_proxy: bool = False
    date_precision: str = "day"
    end: dt.date | None = None
    end_precision: str | None = None
    is_background: bool = False
    confidence: float = 1.0
    reviewed: bool = True
    description: str = ""
    sources: tuple[Source, ...] = ()

    @property
    def point(self) -> LatLon:
        return LatLon(self.lat, self.lon)

    @property
    def is_interval(self) -> bool:
        return self.type in INTERVAL_TYPES

    @property
    def last_day(self) -> dt.date | None:
        """The last day the event is in force: None while an interval is ongoing."""
        if self.end is not None:
            return self.end
        return None if self.is_interval else self.start

    def active_on(self, day: dt.date) -> bool:
        """Whether the event is in force on ``day`` (points: from their start on)."""
        if day < self.start:
            return False
        if not self.is_interval:
            return True
        return self.end is None or day <= self.end

    def as_record(self) -> dict[str, Any]:
        """A flat, JSON-ready dict in :data:`FIELDS` order (dates as ISO strings)."""
        rec = {f: getattr(self, f) for f in FIELDS}
        rec["start"] = self.start.isoformat()
        rec["end"] = self.end.isoformat() if self.end else None
        rec["sources"] = [s.as_dict() for s in self.sources]
        return rec


def parse_partial_date(value: Any) -> tuple[dt.date, str]:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` into (first day, precision).

    >>> parse_partial_date("2021-12")
    (datetime.date(2021, 12, 1), 'month')
    """
    if isinstance(value, dt.datetime):
        return value.date(), "day"
    if isinstance(value, dt.date):
        return value, "day"
    m = _PARTIAL_DATE.match(str(value).strip())
    if not m:
        raise ValueError(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    day = dt.date(y, int(mo or 1), int(d or 1))  # raises ValueError on 2023-02-30
    return day, "day" if d else "month" if mo else "year"


class _Checker:
    """Collects one error per bad field of one record, with its line."""

    def __init__(self, path: str, lines: dict[str, int], default_line: int | None):
        self.path, self.lines, self.default_line = path, lines, default_line
        self.errors: list[EventsFileError] = []

    def fail(self, field: str, message: str) -> None:
        line = self.lines.get(field, self.default_line)
        self.errors.append(EventsFileError(message, path=self.path, line=line, field=field))


def event_from_record(rec: dict, *, path: str = "", line: int | None = None,
                      field_lines: dict[str, int] | None = None, reviewed: bool = True) -> Event:
    """Validate one raw record (from YAML, CSV or GeoJSON) into an :class:`Event`.

    Raises :class:`ManyErrors` listing every bad field, each with file, line and field.
    """
    c = _Checker(path, field_lines or {}, line)
    if not isinstance(rec, dict):
        c.fail("event", "must be a mapping of fields")
        raise ManyErrors(c.errors)
    unknown = rec.keys() - _KNOWN_FIELDS
    for key in sorted(unknown, key=str):
        c.fail(str(key), "unknown field")
    out: dict[str, Any] = {"reviewed": reviewed}
    out["id"] = _text(c, rec, "id", required=True)
    if out["id"] and not _ID.match(out["id"]):
        c.fail("id", f"{out['id']!r} is not a valid id (letters, digits, _.:-)")
    out["type"] = _choice(c, rec, "type", TYPES, required=True)
    sub = _text(c, rec, "subtype")
    if sub and out["type"] in SUBTYPES and sub not in SUBTYPES[out["type"]]:
        c.fail("subtype", f"{sub!r} is not a {out['type']} subtype ({', '.join(SUBTYPES[out['type']])})")
    out["subtype"] = sub
    out["actor"] = _text(c, rec, "actor", required=True)
    for f in ("actor_country", "host_country"):
        v = _text(c, rec, f)
        if v and not _ISO3.match(v):
            c.fail(f, f"{v!r} is not an ISO 3166 alpha-3 code such as NER")
        out[f] = v
    out["place"] = _text(c, rec, "place")
    out["lat"] = _number(c, rec, "lat", valid_lat, "a latitude between -90 and 90")
    out["lon"] = _number(c, rec, "lon", valid_lon, "a longitude between -180 and 180")
    out["geo_precision"] = _choice(c, rec, "geo_precision", GEO_PRECISIONS) or "town"
    _dates(c, rec, out)
    for f in ("capital_proxy", "is_background", "reviewed"):
        if rec.get(f) not in (None, ""):
            out[f] = _bool(c, rec, f)
    if rec.get("confidence") not in (None, ""):
        out["confidence"] = _number(c, rec, "confidence", lambda x: 0 <= x <= 1, "a number from 0 to 1")
    out["description"] = _text(c, rec, "description") or ""
    out["sources"] = _sources(c, rec.get("sources"))
    if c.errors:
        raise ManyErrors(c.errors)
    return Event(**{k: v for k, v in out.items() if v is not None or k in ("end", "end_precision")})


def _text(c: _Checker, rec: dict, f: str, required: bool = False) -> str | None:
    v = rec.get(f)
    if v is None or (isinstance(v, str) and not v.strip()):
        if required:
            c.fail(f, "is required")
        return None
    if isinstance(v, (dict, list, bool)):
        c.fail(f, f"must be text, not {type(v).__name__}")
        return None
    return str(v).strip()


def _choice(c: _Checker, rec: dict, f: str, allowed, required: bool = False) -> str | None:
    v = _text(c, rec, f, required)
    if v is not None and v not in allowed:
        c.fail(f, f"{v!r} is not one of {', '.join(allowed)}")
        return None
    return v


def _number(c: _Checker, rec: dict, f: str, ok, what: str) -> float | None:
    v = rec.get(f)
    try:
        x = float(v) if not isinstance(v, bool) else None
    except (TypeError, ValueError):
        x = None
    if x is None or not ok(x):
        c.fail(f, f"{v!r} is not {what}" if v not in (None, "") else "is required")
        return None
    return x


def _bool(c: _Checker, rec: dict, f: str) -> bool | None:
    v = rec.get(f)
    if isinstance(v, bool):
        return v
    s = str(v).strip().lower()
    if s in ("true", "1", "yes"):
        return True
    if s in ("false", "0", "no"):
        return False
    c.fail(f, f"{v!r} is not true or false")
    return None


def _dates(c: _Checker, rec: dict, out: dict) -> None:
    start = end = None
    for f in ("start", "end"):
        v = rec.get(f)
        if v in (None, ""):
            if f == "start":
                c.fail(f, "is required")
            continue
        try:
            day, prec = parse_partial_date(v)
        except ValueError as e:
            c.fail(f, str(e) if "not a date" in str(e) else f"{v!r} is not a real date ({e})")
            continue
        given = rec.get("date_precision" if f == "start" else "end_precision")
        if given not in (None, ""):
            if given not in DATE_PRECISIONS:
                c.fail("date_precision" if f == "start" else "end_precision",
                       f"{given!r} is not one of {', '.join(DATE_PRECISIONS)}")
            else:
                prec = given
        if f == "start":
            start, out["start"], out["date_precision"] = day, day, prec
        else:
            end, out["end"], out["end_precision"] = day, day, prec
    if start and end and end < start:
        c.fail("end", f"{end.isoformat()} is before start {start.isoformat()}")


def _sources(c: _Checker, raw) -> tuple[Source, ...]:
    if raw in (None, "", []):
        c.fail("sources", "at least one source (article sentence or url) is required")
        return ()
    if not isinstance(raw, list):
        c.fail("sources", "must be a list")
        return ()
    out = []
    for i, s in enumerate(raw):
        if isinstance(s, str):
            s = {"url": s} if re.match(r"https?://", s) else {"article": s}
        if not isinstance(s, dict) or not (s.get("article") or s.get("url")):
            c.fail(f"sources[{i}]", "needs an article id or a url")
            continue
        bad = sorted(s.keys() - _SOURCE_FIELDS, key=str)
        if bad:
            c.fail(f"sources[{i}]", f"unknown field(s) {', '.join(bad)}")
            continue
        try:
            out.append(Source(
                article=_opt_str(s.get("article")), sentence=_opt_str(s.get("sentence")),
                start=_opt_int(s.get("start")), end=_opt_int(s.get("end")), url=_opt_str(s.get("url")),
            ))
        except (TypeError, ValueError):
            c.fail(f"sources[{i}]", "start and end must be whole numbers")
    return tuple(out)


def _opt_str(v) -> str | None:
    return None if v is None else str(v)


def _opt_int(v) -> int | None:
    return None if v in (None, "") else int(v)


def sort_events(events: Iterable[Event]) -> list[Event]:
    """Stable published order: by start date, then type, then id."""
    return sorted(events, key=lambda e: (e.start, e.type, e.id))


def check_unique_ids(events: list[Event], path: str, lines: list[int | None]) -> None:
    """Raise :class:`ManyErrors` for ids used twice, naming both lines."""
    seen: dict[str, int | None] = {}
    errors = []
    for ev, line in zip(events, lines):
        if ev.id in seen:
            errors.append(EventsFileError(
                f"duplicate id {ev.id!r} (first at line {seen[ev.id]})", path=path, line=line, field="id"))
        else:
            seen[ev.id] = line
    if errors:
        raise ManyErrors(errors)
