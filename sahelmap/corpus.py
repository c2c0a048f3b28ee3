"""Corpus scale: run per-article work (places, event drafts) in parallel.

``serial`` runs in this process; ``local`` (the default) uses a process pool on this machine;
``dask`` maps a dask bag on a Dask cluster: the one at ``--scheduler`` (or
``$SAHELMAP_DASK_SCHEDULER``), else a LocalCluster. Every engine returns the same results in
article order. A progress bar shows on a terminal, never in a pipe or a log.
"""

from __future__ import annotations

import os
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Sequence

from .articles import Article

ENGINES = ("local", "serial", "dask")
SERIAL_BELOW = 40  # under this many articles a pool costs more than it saves
SCHEDULER_ENV = "SAHELMAP_DASK_SCHEDULER"
_local = threading.local()


def _finder():
    """One place finder per process (and thread): each opens its own gazetteer index."""
    if getattr(_local, "finder", None) is None:
        from .places import PlaceFinder

        _local.finder = PlaceFinder()
    return _local.finder


def places_of(article: Article):
    """Every place mention in one article."""
    return _finder().find(article)


def drafts_of(article: Article):
    """Event drafts from one article, before merging across articles."""
    from .extract import Extractor

    if getattr(_local, "extractor", None) is None:
        _local.extractor = Extractor(_finder())
    return _local.extractor.drafts(article)


def run(func: Callable, articles: Sequence[Article], *, engine: str = "local", workers: int | None = None,
        scheduler: str | None = None, label: str = "articles") -> list:
    """``[func(a) for a in articles]`` on the chosen engine, in order."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (one of {', '.join(ENGINES)})")
    if engine == "dask":
        return _dask(func, articles, scheduler or os.environ.get(SCHEDULER_ENV), workers)
    if engine == "serial" or len(articles) < SERIAL_BELOW or (workers or os.cpu_count() or 1) < 2:
        return [func(a) for a in _progress(articles, label)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        chunk = max(1, len(articles) // ((workers or os.cpu_count() or 2) * 8))
        return list(_progress(pool.map(func, articles, chunksize=chunk), label, total=len(articles)))


def _dask(func, articles, scheduler, workers):
    import dask.bag as db
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        parts = max(1, min(len(articles), (workers or 2) * 4))
        return db.from_sequence(list(articles), npartitions=parts).map(func).compute(scheduler=client)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _progress(items, label: str, total: int | None = None):
    """Wrap an iterable in a rich progress bar when stderr is a terminal."""
    if not sys.stderr.isatty():
        yield from items
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task(f"reading {label}", total=total if total is not None else len(items))
        for item in items:
            yield item
            bar.advance(task)
