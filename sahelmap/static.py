"""Static images: a PNG and an SVG of every map, for print, social and readers without JavaScript.

Drawn with geopandas and matplotlib from the same layers, colours, legend and title as the
HTML page, in the state the page opens in. Output is byte-stable (no dates, fixed SVG ids).
"""

from __future__ import annotations

import io

from .events import Event
from .layers import basemap, basemap_bbox, kind_of
from .maps import MapOptions, PageSpec, day_number, junta_days, page_words, palette

LAND, BORDER, SEA, JUNTA, INK = "#f2efe9", "#a9a9a9", "#dce8f0", "#f3d2bf", "#1a1a1a"
RASTER_OVER = 2000  # past this many points an SVG carries them as one image, not thousands of paths
__all__ = ["render_static", "shown_events", "static_outputs"]


def shown_events(spec: PageSpec, events: list[Event], opts: MapOptions) -> tuple[list[Event], list[Event]]:
    """(in force, ended) events as the page first draws them."""
    mine = [e for e in events if kind_of(e.type) in spec.kinds]
    day = opts.as_of or (max((e.end or e.start) for e in events) if spec.time_control and events else None)
    if day is None:
        return [e for e in mine if not (e.is_interval and e.end)], [e for e in mine if e.is_interval and e.end]
    return [e for e in mine if e.active_on(day)], []


def render_static(spec: PageSpec, events: list[Event], opts: MapOptions, fmt: str) -> bytes:
    """One map as PNG or SVG bytes."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    plt.rcParams["svg.hashsalt"] = "sahelmap"
    plt.rcParams["font.family"] = "DejaVu Sans"
    chrome = opts.chrome
    spec = page_words(spec, events, opts)
    on, ended = shown_events(spec, events, opts)
    (s, w), (n, e) = chrome.extent
    width = 8.0
    fig, ax = plt.subplots(figsize=(width, width * (n - s) / (e - w) + 1.3), dpi=120)
    try:
        ax.set_facecolor(SEA)
        countries = basemap(basemap_bbox(chrome.extent))
        countries.plot(ax=ax, color=LAND, edgecolor=BORDER, linewidth=0.4)
        handles = []
        if spec.shade_juntas:
            last = day_number(opts.as_of) if opts.as_of else max(day_number(e.start) for e in events)
            juntas = [iso for iso, d in junta_days(events).items() if d <= last]
            shaded = countries[countries["iso3"].isin(juntas)]
            if len(shaded):
                shaded.plot(ax=ax, color=JUNTA, edgecolor=BORDER, linewidth=0.4)
            handles.append(Patch(facecolor=JUNTA, edgecolor=BORDER, label="Under military rule since a coup"))
        drawn = on + ended
        entries, colour_of = palette(spec, drawn, chrome)
        for i, (label, color) in enumerate(entries):
            now = [ev for k, (ev, c) in enumerate(zip(drawn, colour_of)) if c == i and k < len(on)]
            old = [ev for k, (ev, c) in enumerate(zip(drawn, colour_of)) if c == i and k >= len(on)]
            if now:
                ax.scatter([v.lon for v in now], [v.lat for v in now], s=70, c=color, edgecolors="white",
                           linewidths=0.8, zorder=3, rasterized=len(now) > RASTER_OVER)
            if old:
                ax.scatter([v.lon for v in old], [v.lat for v in old], s=70, facecolors="none",
                           edgecolors=color, linewidths=1.2, linestyle="--", zorder=3,
                           rasterized=len(old) > RASTER_OVER)
            handles.append(Line2D([], [], marker="o", linestyle="", markerfacecolor=color, markeredgecolor="white",
                                  markersize=8, label=f"{label} ({len(now) + len(old)})"))
        for lb in chrome.labels:
            if s <= lb.lat <= n and w <= lb.lon <= e:
                ax.annotate(lb.name, (lb.lon, lb.lat), xytext=(5, 2), textcoords="offset points", fontsize=7.5,
                            fontweight="bold", color=INK, zorder=4)
        ax.set_xlim(w, e)
        ax.set_ylim(s, n)
        ax.set_aspect("equal")
        ax.set_xticks([])
        ax.set_yticks([])
        ax.set_xlabel("")
        ax.set_ylabel("")
        when = f" (as of {opts.as_of.isoformat()})" if opts.as_of else ""
        height = fig.get_figheight()
        fig.text(0.02, 1 - 0.12 / height, spec.title + when, fontsize=13, fontweight="bold", color=INK, va="top")
        fig.text(0.02, 1 - 0.5 / height, spec.subtitle, fontsize=8.5, color="#555555", va="top")
        if handles:
            ax.legend(handles=handles, loc="lower left", fontsize=7, framealpha=0.9)
        foot = chrome.source + " Country shapes: Natural Earth." + (f" {chrome.byline}." if chrome.byline else "")
        fig.text(0.02, 0.1 / height, foot, fontsize=6.5, color="#555555")
        fig.subplots_adjust(left=0.02, right=0.98, top=1 - 0.8 / height, bottom=0.35 / height)
        buf = io.BytesIO()
        meta = {"Date": None, "Creator": "sahelmap"} if fmt == "svg" else {"Software": "sahelmap"}
        fig.savefig(buf, format=fmt, metadata=meta)
        return buf.getvalue()
    finally:
        plt.close(fig)


def static_outputs(pages, events: list[Event], opts: MapOptions) -> dict[str, bytes]:
    """``{name}.png`` and ``{name}.svg`` for every page."""
    out = {}
    for spec in pages:
        for fmt in ("png", "svg"):
            out[f"{spec.name}.{fmt}"] = render_static(spec, events, opts, fmt)
    return out


