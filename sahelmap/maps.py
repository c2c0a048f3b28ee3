"""Maps: one self-contained, offline HTML page per view of the events.

Each page is a folium map (no CDN assets, no tiles unless asked) with the events of
its kinds as one JSON block, a legend, a source line, a table of the events as a
text alternative and, where time matters, a time control.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Iterable

import folium

from .articles import Article
from .escape import render_html
from .eventfiles import source_label
from .events import Event, sort_events
from .layers import GRID, KINDS, basemap_bbox, compact_countries, kind_of
from .mapelements import EventData, OfflineMap, Page, RawHtml, deterministic_ids
from .spec import MapSpec, default_spec

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
FAILED_STYLE = ("Failed coup attempt", "#8C8C8C")
COUPS_SINCE = 2020  # the coup belt's story; older coups the articles tell move the title's year back
COUPS_TITLE = "The coup belt: military takeovers since {}"
FAILED_SUBTITLE = "Coups and failed coup attempts (grey) in Africa; shaded countries came under military rule."
TILES = {
    "osm": ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "&copy; OpenStreetMap contributors"),
    "carto": ("https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}.png",
              "&copy; OpenStreetMap contributors &copy; CARTO"),
}
ACTOR_STYLE = {  # who is where: foreign forces by country (Okabe-Ito, with grey for Germany)
    "USA": ("United States", "#0072B2"), "FRA": ("France", "#CC79A7"), "RUS": ("Russia", "#D55E00"),
    "DEU": ("Germany", "#5A5A5A"), "ITA": ("Italy", "#009E73"),
}
MISSION_STYLE = (  # forces of no one country, by the words of their name
    (re.compile(r"\bUN\b|United Nations|MINUS|MONUSCO|blue helmets", re.I), ("UN mission", "#56B4E9")),
    (re.compile(r"ECOWAS|African Union|\bAU\b|SADC|SAMIM|East African|standby|regional|G5", re.I), ("Regional force", "#8C6D1F")),
    (re.compile(r"European|\bEU|Takuba", re.I), ("European mission", "#332288")),
)
UNNAMED_ACTOR = ("Force not named", "#999999")
OTHER_ACTOR = ("Other forces", "#E69F00")
SVG_MAX = 1500
TABLE_INLINE_MAX = 300  # above this many rows the page builds its table when the reader opens it  # up to this many events, markers are SVG and keyboard-focusable; above, one canvas


@dataclasses.dataclass(frozen=True)
class PageSpec:
    """What one page shows: its kinds of event, its words, and whether time is a control."""

    name: str
    title: str
    subtitle: str
    kinds: tuple[str, ...]
    time_control: bool = False
    shade_juntas: bool = False
    color_by: str = "type"  # or "actor": who is where


PAGES = (
    PageSpec("bases", "Foreign military bases in the Sahel",
             "Bases of foreign forces by country, open and closed; dashed rings have closed.", ("bases",),
             color_by="actor"),
    PageSpec("coups", COUPS_TITLE.format(COUPS_SINCE),
             "Successful coups in West and Central Africa and the Sahel; shaded countries came under military rule.",
             ("coups",), shade_juntas=True),
    PageSpec("deployments", "Foreign troops arrive and leave",
             "Deployments of foreign forces and their withdrawals, by country.", ("deployments", "withdrawals"),
             color_by="actor"),
    PageSpec("timeline", "Foreign forces in the Sahel over time",
             "Move the date to see bases, troops, coups and withdrawals as they stood.",
             tuple(KINDS), time_control=True, shade_juntas=True),
)


@dataclasses.dataclass(frozen=True)
class MapOptions:
    """Build-wide choices: a snapshot date, opt-in tiles, and the source line."""

    as_of: dt.date | None = None
    tiles: str | None = None
    spec: MapSpec | None = None
    recent_days: int = 365

    @property
    def chrome(self) -> MapSpec:
        return self.spec or default_spec()

    @property
    def source_line(self) -> str:
        return self.chrome.source


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


def time_stops(events: list[Event], date_range: tuple[dt.date, dt.date] | None = None) -> list[int]:
    """Dates the control can stop at: the first of every month plus every change."""
    if not events:
        return [day_number(date_range[0] if date_range else dt.date(2000, 1, 1))]
    changes = {e.start for e in events} | {e.end + dt.timedelta(days=1) for e in events if e.end}
    changes |= {e.end for e in events if e.end}
    if date_range:
        changes = {d for d in changes if date_range[0] <= d <= date_range[1]} | set(date_range)
    first, last = min(changes), max(changes)
    months, d = set(), first.replace(day=1)
    while d <= last:
        months.add(d)
        d = (d + dt.timedelta(days=32)).replace(day=1)
    return sorted(day_number(x) for x in changes | months)


def actor_style(e: Event) -> tuple[str, str]:
    """Legend label and colour of an event's force: its country's, else its mission's kind ("ECOWAS
    force" is a regional force, "MINUSMA (UN mission)" the UN's), else a force not named."""
    if e.actor_country:
        return ACTOR_STYLE.get(e.actor_country, OTHER_ACTOR)
    return next((style for rx, style in MISSION_STYLE if rx.search(e.actor or "")), UNNAMED_ACTOR)


def palette(spec: PageSpec, events: list[Event], chrome: MapSpec) -> tuple[list[tuple[str, str]], list[int]]:
    """Legend entries (label, colour) and each event's index into them."""
    if spec.color_by == "actor":
        keys = [actor_style(e) for e in events]
    else:  # a failed attempt is told apart from a takeover
        keys = [FAILED_STYLE if _failed(e) else (TYPE_STYLE[e.type][0], chrome.color(e.type, TYPE_STYLE[e.type][1]))
                for e in events]
    entries = list(dict.fromkeys(sorted(set(keys), key=lambda k: (k in (OTHER_ACTOR, UNNAMED_ACTOR), k[0]))))
    where = {k: i for i, k in enumerate(entries)}
    return entries, [where[k] for k in keys]


def _failed(e: Event) -> bool:
    return e.type == "coup" and e.subtype == "failed"


def page_words(spec: PageSpec, events: list[Event], opts: MapOptions) -> PageSpec:
    """A page's title and subtitle: the spec's where it gives them, else the page's own for what it draws."""
    shown = [e for e in events if not opts.as_of or e.start <= opts.as_of]
    return page_text(coup_words(spec, shown), opts.chrome)


def coup_words(spec: PageSpec, events: list[Event]) -> PageSpec:
    """The coups page's words for what it draws: the year its coups begin ("since 2008" when the articles
    tell of older ones) and, when failed attempts are among them, that they are."""
    coups = [e for e in events if e.type == "coup"]
    if spec.name != "coups" or not coups:
        return spec
    title = COUPS_TITLE.format(min(COUPS_SINCE, *(e.start.year for e in coups)))
    subtitle = FAILED_SUBTITLE if any(_failed(e) for e in coups) else spec.subtitle
    return dataclasses.replace(spec, title=title, subtitle=subtitle)


def page_config(spec: PageSpec, events: list[Event], all_events: list[Event],
                articles: dict[str, Article], opts: MapOptions, colours: tuple[list, list[int]]) -> dict:
    """The JSON a page's script draws: columnar events, countries, time settings.

    ``colours`` is :func:`palette` of the page's events: legend entries and each event's index.
    """
    chrome = opts.chrome
    types = [t for t in TYPE_STYLE if any(kind_of(t) == k for k in spec.kinds)]
    index = {t: i for i, t in enumerate(types)}
    stops = time_stops(all_events, chrome.date_range)
    as_of = day_number(opts.as_of)
    entries, colour_of = colours
    shown = display_points(events)
    strings: dict[str, int] = {}
    srcsets: dict[tuple, int] = {}

    def text(value: str) -> int:
        """Grown tables repeat places, actors and sentences: each string is sent once."""
        return strings.setdefault(value, len(strings))

    def sources(e: Event) -> int:
        key = tuple((text(source_label(s, articles)), text(s.sentence or ""), text(s.url or "")) for s in e.sources)
        return srcsets.setdefault(key, len(srcsets))

    return {
        "page": spec.name,
        "grid": GRID,
        "types": types,
        "kinds": {t: {"label": TYPE_STYLE[t][0], "radius": TYPE_STYLE[t][2]} for t in types},
        "palette": [c for _, c in entries],
        "svg": len(events) <= SVG_MAX,
        "labels": [[lb.name, lb.lat, lb.lon] for lb in chrome.labels],
        "events": {
            "c": colour_of,
            "id": [e.id for e in events],
            "t": [index[e.type] for e in events],
            "lat": [round(e.lat, 4) for e in events],
            "lon": [round(e.lon, 4) for e in events],
            "y": [p[0] for p in shown],
            "x": [p[1] for p in shown],
            "s": [day_number(e.start) for e in events],
            "e": [day_number(e.end) for e in events],
            "iv": [1 if e.is_interval else 0 for e in events],
            "place": [text(e.place or "") for e in events],
            "sub": [text(e.subtype or "") for e in events],
            "actor": [text(e.actor) for e in events],
            "desc": [text(e.description) for e in events],
            "when": [text(when_text(e)) for e in events],
            "rev": [1 if e.reviewed else 0 for e in events],
            "src": [sources(e) for e in events],
        },
        "strings": list(strings),
        "srcsets": list(srcsets),
        "tableInline": len(events) <= TABLE_INLINE_MAX,
        "countries": compact_countries(basemap_bbox(chrome.extent)),
        "juntas": junta_days(all_events) if spec.shade_juntas else {},
        "recentDays": opts.recent_days,
        "controlId": "sm-time" if spec.time_control else None,
        "time": {"min": stops[0], "max": stops[-1], "stops": stops, "asOf": as_of,
                 "initial": as_of if as_of is not None else stops[-1]},
    }


def display_points(events: list[Event], step: float = 0.3) -> list[tuple[float, float]]:
    """Where to draw each event: co-located ones (Niamey airport) spread on a small ring."""
    import math

    groups: dict[tuple[float, float], list[int]] = {}
    for i, e in enumerate(events):
        groups.setdefault((round(e.lat, 3), round(e.lon, 3)), []).append(i)
    out = [(round(e.lat, 4), round(e.lon, 4)) for e in events]
    for (lat, lon), members in groups.items():
        if len(members) < 2:
            continue
        radius = step * (1 + len(members) // 8)
        for k, i in enumerate(members):
            angle = 2 * math.pi * k / len(members)
            out[i] = (round(lat + radius * math.sin(angle), 4), round(lon + radius * math.cos(angle), 4))
    return out


def page_text(spec: PageSpec, chrome: MapSpec) -> PageSpec:
    """The page with the spec's title and subtitle, where it gives them."""
    return dataclasses.replace(spec, title=chrome.page_text(spec.name, "title", spec.title),
                               subtitle=chrome.page_text(spec.name, "subtitle", spec.subtitle))


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
{% if notes %}<p>{{ notes }}</p>{% endif %}
<p>{{ source_line }} Country shapes: Natural Earth.{% if byline %} {{ byline }}.{% endif %}</p>
<p class="sm-alt">Text alternative: the table below lists the {{ count }} events this map shows.</p>
</footer>
<section class="sm-table">
<details><summary>Table of the events on this map</summary>
<table>
<caption>{{ spec.title }}</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Type</th><th scope="col">Place</th><th scope="col">Actor</th><th scope="col">Source</th></tr></thead>
<tbody>
{% if not rows and count %}<tr><td colspan="5">Open to list all {{ count }} events (needs JavaScript; the PNG and SVG beside this page show the same map).</td></tr>{% endif %}
{% for r in rows %}<tr><td>{{ r.when }}</td><td>{{ r.type }}</td><td>{{ r.place }}</td><td>{{ r.actor }}</td><td>{{ r.source }}</td></tr>
{% endfor %}</tbody>
</table>
</details>
</section>
"""


def render_page(spec: PageSpec, all_events: list[Event], articles: dict[str, Article],
                opts: MapOptions = MapOptions()) -> str:
    """Render one page to a string (byte-identical for the same input)."""
    chrome = opts.chrome
    events = [e for e in sort_events(all_events) if kind_of(e.type) in spec.kinds]
    if opts.as_of and not spec.time_control:
        events = [e for e in events if e.start <= opts.as_of]
    spec = page_words(spec, events, opts)
    entries, colour_of = palette(spec, events, chrome)
    config = page_config(spec, events, all_events, articles, opts, (entries, colour_of))
    legend = [(label, color, colour_of.count(i)) for i, (label, color) in enumerate(entries)]
    rows = [{"when": when_text(e), "type": TYPE_STYLE[e.type][0], "place": e.place or "", "actor": e.actor,
             "source": "; ".join(source_label(s, articles) for s in e.sources)}
            for e in (events if len(events) <= TABLE_INLINE_MAX else ())]
    as_of = opts.as_of.isoformat() if opts.as_of else None
    with deterministic_ids():
        page = Page(title=spec.title)
        page.html.add_child(RawHtml(render_html(HEADER, spec=spec, legend=legend, as_of=as_of)))
        fmap = OfflineMap(location=(14.0, 3.0), zoom_start=4, tiles=None, control_scale=True,
                          prefer_canvas=True, height="100%")
        page.add_child(fmap)
        if opts.tiles:
            url, attr = TILES[opts.tiles]
            fmap.add_child(folium.TileLayer(url, attr=attr, name=opts.tiles))
        fmap.fit_bounds([list(chrome.extent[0]), list(chrome.extent[1])])
        footer = render_html(FOOTER, spec=spec, rows=rows, count=len(events), source_line=chrome.source,
                             notes=chrome.notes, byline=chrome.byline)
        fmap.add_child(EventData(config, footer))
        return page.render()
