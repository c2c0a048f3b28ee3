"""Maps: one self-contained, offline HTML page per view of the events.

Each page is a folium map (no CDN assets, no tiles unless asked) with the events of
its kinds as one JSON block, a legend, a source line, a table of the events as a
text alternative and, where time matters, a time control.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Iterable

from .articles import Article
from .escape import render_html
from .eventfiles import source_label
from .events import Event, sort_events
from .layers import GRID, KINDS, compact_countries, kind_of
from .mapelements import EventData, OfflineMap, Page, RawHtml, deterministic_ids

EPOCH = dt.date(1970, 1, 1)
TYPE_STYLE = {  # Okabe-Ito colours: distinct for colour-blind readers
    "base": ("Foreign base", "#0072B2", 7),
    "coup": ("Coup", "#D55E00", 7),
    "deployment": ("Deployment", "#009E73", 6),
    "withdrawal": ("Withdrawal", "#CC79A7", 6),
    "agreement": ("Agreement", "#E69F00", 5),
    "protest": ("Protest", "#56B4E9", 5),
    "membership": ("Bloc change", "#8C6D1F", 5),
    "other": ("Other", "#7F7F7F", 5),
}
TILES = {
    "osm": ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "&copy; OpenStreetMap contributors"),
    "carto": ("https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}.png",
              "&copy; OpenStreetMap contributors &copy; CARTO"),
}
DEFAULT_BOUNDS = ((4.0, -18.0), (24.0, 25.0))


@dataclasses.dataclass(frozen=True)
class PageSpec:
    """What one page shows: its kinds of event, its words, and whether time is a control."""

    name: str
    title: str
    subtitle: str
    kinds: tuple[str, ...]
    time_control: bool = False
    shade_juntas: bool = False


PAGES = (
    PageSpec("bases", "Foreign military bases in the Sahel",
             "Bases of foreign forces, open and closed; hollow rings have closed.", ("bases",)),
    PageSpec("coups", "The coup belt: military takeovers since 2020",
             "Successful coups in West and Central Africa and the Sahel; shaded countries came under military rule.",
             ("coups",), shade_juntas=True),
    PageSpec("deployments", "Foreign troops arrive and leave",
             "Deployments of foreign forces and their withdrawals.", ("deployments", "withdrawals")),
    PageSpec("timeline", "Foreign forces in the Sahel over time",
             "Move the date to see bases, troops, coups and withdrawals as they stood.",
             tuple(KINDS), time_control=True, shade_juntas=True),
)


@dataclasses.dataclass(frozen=True)
class MapOptions:
    """Build-wide choices: a snapshot date, opt-in tiles, and the source line."""

    as_of: dt.date | None = None
    tiles: str | None = None
    source_line: str = "Sources: sahelmap curated events and the articles and reports they cite."
    recent_days: int = 365


def day_number(d: dt.date | None) -> int | None:
    return None if d is None else (d - EPOCH).days


def when_text(ev: Event) -> str:
    """Human dates at their precision: ``'2019 – 5 Aug 2024'``, ``'since 2018'``."""
    start = _fmt(ev.start, ev.date_precision)
    if ev.is_interval and ev.end is None:
        return f"since {start}"
    if ev.end is None or ev.end == ev.start:
        return start
    return f"{start} – {_fmt(ev.end, ev.end_precision or 'day')}"


def _fmt(d: dt.date, precision: str) -> str:
    if precision == "year":
        return str(d.year)
    if precision == "month":
        return d.strftime("%b %Y")
    return f"{d.day} {d.strftime('%b %Y')}"


def junta_days(events: Iterable[Event]) -> dict[str, int]:
    """Host country -> day of its first successful coup (for shading)."""
    out: dict[str, int] = {}
    for ev in sort_events(events):
        if ev.type == "coup" and ev.subtype in (None, "successful") and ev.host_country:
            out.setdefault(ev.host_country, day_number(ev.start))
    return out


def time_stops(events: list[Event]) -> list[int]:
    """Dates the control can stop at: the first of every month plus every change."""
    if not events:
        return [day_number(dt.date.today().replace(month=1, day=1))]
    changes = {e.start for e in events} | {e.end + dt.timedelta(days=1) for e in events if e.end}
    changes |= {e.end for e in events if e.end}
    first, last = min(changes), max(changes)
    months, d = set(), first.replace(day=1)
    while d <= last:
        months.add(d)
        d = (d + dt.timedelta(days=32)).replace(day=1)
    return sorted(day_number(x) for x in changes | months)


def page_config(spec: PageSpec, events: list[Event], all_events: list[Event],
                articles: dict[str, Article], opts: MapOptions) -> dict:
    """The JSON a page's script draws: columnar events, countries, time settings."""
    types = [t for t in TYPE_STYLE if any(kind_of(t) == k for k in spec.kinds)]
    index = {t: i for i, t in enumerate(types)}
    stops = time_stops(all_events)
    as_of = day_number(opts.as_of)
    return {
        "page": spec.name,
        "grid": GRID,
        "types": types,
        "kinds": {t: {"label": TYPE_STYLE[t][0], "color": TYPE_STYLE[t][1], "radius": TYPE_STYLE[t][2]}
                  for t in types},
        "events": {
            "id": [e.id for e in events],
            "t": [index[e.type] for e in events],
            "lat": [round(e.lat, 4) for e in events],
            "lon": [round(e.lon, 4) for e in events],
            "s": [day_number(e.start) for e in events],
            "e": [day_number(e.end) for e in events],
            "iv": [1 if e.is_interval else 0 for e in events],
            "place": [e.place or "" for e in events],
            "sub": [e.subtype or "" for e in events],
            "actor": [e.actor for e in events],
            "desc": [e.description for e in events],
            "when": [when_text(e) for e in events],
            "rev": [1 if e.reviewed else 0 for e in events],
            "src": [[[source_label(s, articles), s.sentence or "", s.url or ""] for s in e.sources]
                    for e in events],
        },
        "countries": compact_countries(),
        "juntas": junta_days(all_events) if spec.shade_juntas else {},
        "recentDays": opts.recent_days,
        "controlId": "sm-time" if spec.time_control else None,
        "time": {"min": stops[0], "max": stops[-1], "stops": stops, "asOf": as_of,
                 "initial": as_of if as_of is not None else stops[-1]},
    }


HEADER = """<header>
<h1>{{ spec.title }}{% if as_of %} <span class="sm-asof">as of {{ as_of }}</span>{% endif %}</h1>
<p class="sm-sub">{{ spec.subtitle }}</p>
<ul class="sm-legend" aria-label="Legend">
{% for label, color, count in legend %}<li><span class="sm-swatch" style="background:{{ color }}"></span>{{ label }} ({{ count }})</li>
{% endfor %}{% if spec.shade_juntas %}<li><span class="sm-swatch sm-country" style="background:var(--sm-junta)"></span>Under military rule since a coup</li>{% endif %}
</ul>
{% if spec.time_control %}<div class="sm-time" id="sm-time" role="group" aria-label="Date shown on the map">
<button type="button" data-sm="play" aria-pressed="false">Play</button>
<button type="button" data-sm="prev" aria-label="Previous date">&#9664;</button>
<input type="range" aria-label="Date" value="0">
<button type="button" data-sm="next" aria-label="Next date">&#9654;</button>
<output aria-live="polite"></output>
</div>{% endif %}
</header>
"""

FOOTER = """<footer class="sm-foot">
<p>{{ source_line }} Country shapes: Natural Earth.</p>
<p class="sm-alt">Text alternative: the table below lists the {{ rows|length }} events this map shows.</p>
</footer>
<section class="sm-table">
<details><summary>Table of the events on this map</summary>
<table>
<caption>{{ spec.title }}</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Type</th><th scope="col">Place</th><th scope="col">Actor</th><th scope="col">Source</th></tr></thead>
<tbody>
{% for r in rows %}<tr><td>{{ r.when }}</td><td>{{ r.type }}</td><td>{{ r.place }}</td><td>{{ r.actor }}</td><td>{{ r.source }}</td></tr>
{% endfor %}</tbody>
</table>
</details>
</section>
"""


def render_page(spec: PageSpec, all_events: list[Event], articles: dict[str, Article],
                opts: MapOptions = MapOptions()) -> str:
    """Render one page to a string (byte-identical for the same input)."""
    events = [e for e in sort_events(all_events) if kind_of(e.type) in spec.kinds]
    if opts.as_of and not spec.time_control:
        events = [e for e in events if e.start <= opts.as_of]
    config = page_config(spec, events, all_events, articles, opts)
    counts = {t: sum(1 for e in events if e.type == t) for t in config["types"]}
    legend = [(TYPE_STYLE[t][0], TYPE_STYLE[t][1], counts[t]) for t in config["types"] if counts[t]]
    rows = [{"when": when_text(e), "type": TYPE_STYLE[e.type][0], "place": e.place or "", "actor": e.actor,
             "source": "; ".join(source_label(s, articles) for s in e.sources)} for e in events]
    as_of = opts.as_of.isoformat() if opts.as_of else None
    with deterministic_ids():
        page = Page(title=spec.title)
        page.html.add_child(RawHtml(render_html(HEADER, spec=spec, legend=legend, as_of=as_of)))
        fmap = OfflineMap(location=(14.0, 3.0), zoom_start=4, tiles=None, control_scale=True,
                          prefer_canvas=True, height="100%")
        page.add_child(fmap)
        if opts.tiles:
            url, attr = TILES[opts.tiles]
            fmap.add_child(__import__("folium").TileLayer(url, attr=attr, name=opts.tiles))
        fmap.fit_bounds([list(DEFAULT_BOUNDS[0]), list(DEFAULT_BOUNDS[1])])
        footer = render_html(FOOTER, spec=spec, rows=rows, source_line=opts.source_line)
        fmap.add_child(EventData(config, footer))
        return page.render()
