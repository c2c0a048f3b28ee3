"""The ``sahelmap`` command line: each command wraps one library call.

Exit codes: 0 ok, 1 bad data (a message names the file, line and field), 2 usage.
Imports are lazy so that small commands start quickly.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys

import click

from .exc import ManyErrors, SahelmapError

log = logging.getLogger("sahelmap")


class _Group(click.Group):
    """Turns sahelmap errors into one message per problem and exit code 1, once, here."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except SahelmapError as e:
            if (ctx.obj or {}).get("debug"):
                raise
            problems = e.errors if isinstance(e, ManyErrors) else [e]
            for p in problems:
                click.echo(f"sahelmap: error: {p}", err=True)
            ctx.exit(1)


class _StderrFormatter(logging.Formatter):
    def format(self, record):
        return f"sahelmap: {record.levelname.lower()}: {record.getMessage()}"


def _setup_logging(verbose: int) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_StderrFormatter())
    log.handlers[:] = [handler]
    log.setLevel(logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    log.propagate = False


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="Say more (-vv for debug output).")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of short error messages.")
@click.version_option(package_name="sahelmap")
@click.pass_context
def cli(ctx, verbose, debug):
    """Turn news articles into embeddable, time-aware offline maps of the Sahel's military story."""
    ctx.obj = {"debug": debug}
    _setup_logging(verbose)


@cli.command()
@click.argument("sources", nargs=-1, type=click.Path())
@click.option("-o", "--out", "out_dir", default="output", show_default=True, type=click.Path(file_okay=False),
              help="Folder to write the maps and tables into.")
@click.option("--events", "events_path", type=click.Path(dir_okay=False),
              help="Events table (.yaml, or the .csv/.geojson a build wrote). Default: events.yaml in SOURCES.")
@click.option("--as-of", "as_of", callback=_date, metavar="YYYY-MM-DD",
              help="Draw every map as the situation stood on this date.")
@click.option("--tiles", type=click.Choice(["osm", "carto"]),
              help="Opt in to web map tiles (needs the network when the page is viewed).")
@click.option("--spec", "spec_path", type=click.Path(dir_okay=False),
              help="Map spec YAML: titles, notes, source and byline, colours, extent, date range, labels.")
def build(sources, out_dir, events_path, as_of, tiles, spec_path):
    """Build every map, events.geojson, events.csv and index.html.

    \b
    Examples:
      sahelmap build                       # seeds/ -> output/
      sahelmap build seeds -o output --as-of 2024-06-01
      sahelmap build seeds --events output/events.csv -o reprint
      sahelmap build seeds --spec map.yaml --tiles carto
    """
    from .build import build as run_build
    from .maps import MapOptions
    from .spec import load_spec

    opts = MapOptions(as_of=as_of, tiles=tiles, spec=load_spec(spec_path))
    result = run_build(sources or ("seeds",), out_dir, events_path, opts)
    click.echo(f"wrote {len(result.files)} files to {result.out_dir} "
               f"({result.events} events, {result.articles} articles)")


@cli.command()
@click.argument("queries", nargs=-1)
@click.option("--country", "countries", multiple=True, metavar="CC",
              help="Prefer places in this country (ISO alpha-2); repeatable.")
@click.option("--geocoder", "service", default="offline", show_default=True,
              help="offline, or any geopy service name (e.g. nominatim): opt-in, needs the network.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per query, in order.")
def geocode(queries, countries, service, as_json):
    """Resolve place names offline; with no QUERY (or -) read one per line from stdin.

    Exit 0 when every query resolved, 1 when some did not (after printing all).

    \b
    Examples:
      sahelmap geocode Agadez "Air Base 201" Tombouctou
      sahelmap geocode Gao --country BF --json
      printf 'Niamey\\nKidal\\n' | sahelmap geocode --json
    """
    from .geocoders import get_geocoder
    from .geocoders.cli_output import run_queries

    lines = sys.stdin if not queries or queries == ("-",) else queries
    missing = run_queries(get_geocoder(service), lines, countries, as_json, sys.stdout)
    if missing:
        sys.stdout.flush()
        click.get_current_context().exit(1)


def engine_options(f):
    """--engine, --workers and --scheduler, shared by the commands that read many articles."""
    f = click.option("--scheduler", envvar="SAHELMAP_DASK_SCHEDULER", metavar="ADDRESS",
                     help="Dask scheduler address for --engine dask (or $SAHELMAP_DASK_SCHEDULER).")(f)
    f = click.option("--workers", type=click.IntRange(1, 512), help="Processes to use (default: all cores).")(f)
    return click.option("--engine", type=click.Choice(["local", "serial", "dask"]), default="local",
                        show_default=True, help="local process pool, this process only, or a Dask cluster.")(f)


@cli.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="One JSON object per mention.")
@engine_options
def places(sources, as_json, engine, workers, scheduler):
    """List every place mention in the articles, resolved offline.

    Offsets are Python string indices into the article body: body[start:end] == text.

    \b
    Examples:
      sahelmap places seeds --json
      sahelmap places seeds/001_9025b684f52d2ec7.txt
      sahelmap places archive/ --engine dask --scheduler tcp://10.0.0.5:8786 --json
    """
    import json

    from .articles import load_articles
    from .corpus import places_of, run

    found = run(places_of, load_articles(sources), engine=engine, workers=workers, scheduler=scheduler)
    for mentions in found:
        for m in mentions:
            if as_json:
                click.echo(json.dumps(m.as_record(), ensure_ascii=False))
            else:
                click.echo(f"{m.article}\t{m.start}\t{m.end}\t{m.text}\t{m.name}\t{m.country_code or ''}"
                           f"\t{m.kind}\t{m.role}")


@cli.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="One JSON event per line.")
@click.option("-o", "--out", "out_path", type=click.Path(dir_okay=False),
              help="Write GeoJSON (.geojson) or CSV (.csv) in the shape build writes.")
@engine_options
def extract(sources, as_json, out_path, engine, workers, scheduler):
    """Draft events from the articles' text alone, each with its supporting sentences.

    Never reads a curated events table: only the text, the gazetteers and language rules.

    \b
    Examples:
      sahelmap extract seeds --json
      sahelmap extract seeds -o drafts.geojson
    """
    import json
    from pathlib import Path

    from .articles import load_articles
    from .extract import Extractor

    if as_json and out_path:
        raise click.UsageError("use --json or -o, not both")
    events = Extractor().extract(load_articles(sources), engine=engine, workers=workers, scheduler=scheduler)
    if out_path:
        from .build import write_atomically
        from .eventfiles import events_to_csv, events_to_geojson

        path = Path(out_path)
        if path.suffix.lower() not in (".geojson", ".json", ".csv"):
            raise click.BadParameter("must end in .geojson or .csv", param_hint="-o")
        text = events_to_csv(events) if path.suffix.lower() == ".csv" else events_to_geojson(events)
        write_atomically(path.parent if str(path.parent) else Path("."), {path.name: text})
        click.echo(f"wrote {len(events)} events to {path}")
        return
    for ev in events:
        rec = ev.as_record()
        if as_json:
            click.echo(json.dumps(rec, ensure_ascii=False))
        else:
            click.echo(f"{rec['start']}\t{ev.type}\t{ev.subtype or ''}\t{ev.actor_country or ''}"
                       f"\t{ev.host_country or ''}\t{ev.place or ''}\t{len(ev.sources)} source(s)")


def main(argv=None) -> None:
    """Console-script entry point."""
    cli.main(args=argv, prog_name="sahelmap")
