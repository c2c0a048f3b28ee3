"""Build: read articles and events, render every page and table, write them atomically.

Everything is rendered in memory first, then written to a staging folder beside the
output and moved in file by file with ``os.replace``: a build that fails leaves the
previous output exactly as it was, and a CMS never sees a half-written file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
import shutil
import tempfile
from pathlib import Path
from typing import Iterable

from .articles import Article, load_articles
from .escape import render_html
from .eventfiles import attach_sentences, events_to_csv, events_to_geojson, read_events
from .events import Event
from .exc import BuildError
from .maps import PAGES, MapOptions, page_words, render_page
from .spec import default_spec

log = logging.getLogger("sahelmap")
EVENTS_NAME = "events.yaml"


@dataclasses.dataclass(frozen=True)
class BuildResult:
    """What a build wrote, for the CLI to report."""

    out_dir: Path
    files: tuple[str, ...]
    events: int
    articles: int


EDGE = 2.5  # degrees kept around the outermost events when the default frame is stretched to them
UNREVIEWED_SOURCE = "Sources: events drafted by sahelmap from the articles' text, not yet reviewed by an editor."


def find_events_file(sources: Iterable[str | Path]) -> Path | None:
    """The ``events.yaml`` of the first source folder that has one."""
    for src in sources:
        p = Path(src)
        folder = p if p.is_dir() else p.parent
        if (folder / EVENTS_NAME).is_file():
            return folder / EVENTS_NAME
    return None


def load_events(events_path: Path, articles: list[Article]) -> list[Event]:
    """Read an events table and tie each quoted sentence to its place in the article."""
    events = read_events(events_path)
    return attach_sentences(events, articles, str(events_path))


def extract_events(articles: list[Article]) -> list[Event]:
    """Draft events from the text (see :mod:`sahelmap.extract`); none without articles."""
    if not articles:
        return []
    from .extract import Extractor

    return Extractor().extract(articles)


def review_events(extracted: list[Event], curated: list[Event]) -> list[Event]:
    """Extracted events the curated table lacks: same type and host, dates within the precision."""
    slack = {"day": 7, "week": 10, "month": 31, "year": 366}

    def known(e: Event) -> bool:
        return any(c.type == e.type and c.host_country == e.host_country and
                   abs((c.start - e.start).days) <= slack.get(e.date_precision, 7) for c in curated)

    return [e for e in extracted if not known(e)]


def render_review(events: list[Event], articles: list[Article]) -> dict[str, str]:
    """review.html and review.csv: extracted events for an editor to accept into the table."""
    from .eventfiles import source_label

    by_id = {a.id: a for a in articles}
    rows = [{"ev": e, "sources": [(source_label(s, by_id), s.sentence or "") for s in e.sources]} for e in events]
    return {"review.html": render_html(REVIEW, rows=rows), "review.csv": events_to_csv(events)}


def render_outputs(events: list[Event], articles: list[Article], opts: MapOptions) -> dict[str, str | bytes]:
    """Every output file's name and text, rendered in memory."""
    by_id = {a.id: a for a in articles}
    out = {f"{spec.name}.html": render_page(spec, events, by_id, opts) for spec in PAGES}
    out["events.geojson"] = events_to_geojson(events)
    out["events.csv"] = events_to_csv(events)
    out["index.html"] = render_index(opts, events)
    from .static import static_outputs

    out.update(static_outputs(PAGES, events, opts))
    return out


def write_atomically(out_dir: Path, files: dict[str, str | bytes]) -> None:
    """Write files to a staging folder on the same disk, then move each into place."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=".sahelmap-", dir=out_dir.parent))
    try:
        for name, data in sorted(files.items()):
            (stage / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        for name in sorted(files):
            os.replace(stage / name, out_dir / name)
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def build(sources: Iterable[str | Path] = ("seeds",), out_dir: str | Path = "output",
          events_path: str | Path | None = None, opts: MapOptions = MapOptions()) -> BuildResult:
    """Build every map, table and the index from the sources into ``out_dir``.

    >>> build(["seeds"], "output")  # doctest: +SKIP
    BuildResult(out_dir=PosixPath('output'), files=('bases.html', ...), events=46, articles=5)
    """
    sources = list(sources)
    articles = load_articles(sources)
    path = Path(events_path) if events_path else find_events_file(sources)
    extracted = extract_events(articles)
    if path is None:
        log.warning("no %s in %s: mapping the %d extracted events, marked unreviewed",
                    EVENTS_NAME, ", ".join(map(str, sources)), len(extracted))
        events = extracted
    else:
        events = load_events(path, articles)
    if not events:
        raise BuildError(f"{path or sources[0]}: no events to map")
    opts = _fit_default_spec(opts, events, curated=path is not None)
    files = render_outputs(events, articles, opts)
    files.update(render_review(review_events(extracted, events if path else []), articles))
    write_atomically(Path(out_dir), files)
    log.info("wrote %d files to %s (%d events, %d articles)", len(files), out_dir, len(events), len(articles))
    return BuildResult(Path(out_dir), tuple(sorted(files)), len(events), len(articles))


def _fit_default_spec(opts: MapOptions, events: list[Event], curated: bool) -> MapOptions:
    """The default spec fitted to what is mapped: its dates and its Sahel frame stretched to the events'
    (it was written for the seeds' story: a base in Somalia must be on the map), and with no curated table
    a source line that says the events are drafts."""
    if opts.spec is not None and opts.spec != default_spec():
        return opts  # a desk's own spec is taken as written
    spec = opts.chrome
    if spec.date_range:
        lo, hi = spec.date_range
        spec = dataclasses.replace(spec, date_range=(min([lo] + [e.start for e in events]),
                                                     max([hi] + [e.end or e.start for e in events])))
    placed = [(e.lat, e.lon) for e in events if (e.lat, e.lon) != (0.0, 0.0)]
    if placed:
        (s, w), (n, e) = spec.extent
        lats, lons = [p[0] for p in placed], [p[1] for p in placed]
        south, west = max(-85.0, min(s, min(lats) - EDGE)), max(-180.0, min(w, min(lons) - EDGE))
        north, east = min(85.0, max(n, max(lats) + EDGE)), min(180.0, max(e, max(lons) + EDGE))
        spec = dataclasses.replace(spec, extent=((south, west), (north, east)))
    if not curated:
        spec = dataclasses.replace(spec, source=UNREVIEWED_SOURCE)
    return dataclasses.replace(opts, spec=spec) if spec != opts.chrome else opts


HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
:root {{ color-scheme: light dark; }}
body {{ font: 15px/1.5 system-ui, sans-serif; max-width: {width}px; margin: 0 auto; padding: 16px; }}
table {{ border-collapse: collapse; width: 100%; }} th, td {{ text-align: left; vertical-align: top; padding: 4px 6px;
border-bottom: 1px solid #9995; }} q {{ font-style: italic; }}
pre {{ white-space: pre-wrap; word-break: break-all; background: rgba(127,127,127,.12); padding: 8px; font-size: 12px; }}
</style>
</head>
"""

REVIEW = HEAD.format(title="sahelmap: extracted events to review", width=1200) + """<body>
<h1>Extracted events to review</h1>
<p>{{ rows|length }} events drafted from the articles' text that the curated table does not hold.
Each is a draft: check it against its sentences before adding it to <code>events.yaml</code>.
The same rows are in <a href="review.csv">review.csv</a>.</p>
<table>
<thead><tr><th scope="col">Date</th><th scope="col">Type</th><th scope="col">Actor</th><th scope="col">Host</th>
<th scope="col">Place</th><th scope="col">Confidence</th><th scope="col">Sentences</th></tr></thead>
<tbody>
{% for r in rows %}<tr><td>{{ r.ev.start }} ({{ r.ev.date_precision }}){% if r.ev.is_background %}, background{% endif %}</td>
<td>{{ r.ev.type }}{% if r.ev.subtype %} ({{ r.ev.subtype }}){% endif %}</td><td>{{ r.ev.actor }}</td>
<td>{{ r.ev.host_country or "" }}</td><td>{{ r.ev.place or "" }}{% if r.ev.capital_proxy %} (capital as proxy){% endif %}</td>
<td>{{ r.ev.confidence }}</td><td>{% for label, sentence in r.sources %}<q>{{ sentence }}</q> ({{ label }})<br>{% endfor %}</td></tr>
{% endfor %}</tbody>
</table>
</body>
</html>
"""

INDEX = HEAD.format(title="sahelmap: maps and embed codes", width=900) + """
<body>
<h1>sahelmap: maps and embed codes</h1>
<p>Each map is one self-contained file: copy it next to your article and paste its embed code.
The script in the embed code lets the map set its own height.{% if as_of %} Maps show the situation as of {{ as_of }}.{% endif %}</p>
{% for spec in pages %}
<section>
<h2><a href="{{ spec.name }}.html">{{ spec.title }}</a></h2>
<p>{{ spec.subtitle }}</p>
<pre><code>{{ embed(spec) }}</code></pre>
</section>
{% endfor %}
<h2>Data</h2>
<ul>
<li><a href="events.geojson">events.geojson</a>: every event as a GeoJSON point with its sources.</li>
<li><a href="events.csv">events.csv</a>: the same, one row per event, with lat and lon columns.</li>
<li><a href="review.html">review.html</a> and <a href="review.csv">review.csv</a>: events extracted from the
articles that the curated table lacks, for an editor to review.</li>
</ul>
</body>
</html>
"""

EMBED = ('<iframe src="{src}" title="{title}" width="100%" height="760" style="border:0;width:100%" '
         'loading="lazy"></iframe>\n'
         '<script>window.addEventListener("message",function(e){{var d=e.data&&e.data.sahelmap;'
         'if(!d||typeof d.height!=="number")return;var f=document.getElementsByTagName("iframe");'
         'for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=(d.height+4)+"px";}});'
         '</script>')


def embed_code(spec, base_url: str = "") -> str:
    """The iframe (plus height script) a CMS pastes to embed one map."""
    from markupsafe import escape

    return EMBED.format(src=escape(base_url + spec.name + ".html"), title=escape(spec.title))


def render_index(opts: MapOptions, events: list[Event]) -> str:
    as_of = opts.as_of.isoformat() if isinstance(opts.as_of, dt.date) else None
    pages = [page_words(spec, events, opts) for spec in PAGES]  # each as its page words it
    return render_html(INDEX, pages=pages, embed=embed_code, as_of=as_of)
