import dataclasses

import pytest

from sahelmap.articles import load_articles
from sahelmap.corpus import SERIAL_BELOW, drafts_of, places_of, run
from sahelmap.extract import Extractor

from .conftest import SEEDS


@pytest.fixture(scope="module")
def many_articles():
    """Enough articles for the process pool to be used: the seeds under new ids."""
    seeds = load_articles([SEEDS])
    n = SERIAL_BELOW + 10
    return [dataclasses.replace(seeds[k % len(seeds)], id=f"copy{k:03d}") for k in range(n)]


def test_process_pool_equals_one_process(many_articles):
    assert run(places_of, many_articles, engine="local", workers=2) == \
        run(places_of, many_articles, engine="serial")


def test_extract_merges_the_same_on_every_engine(many_articles):
    x = Extractor()
    serial = x.extract(many_articles)
    assert x.extract(many_articles, engine="local", workers=2) == serial


def test_dask_local_cluster_equals_one_process(many_articles):
    pytest.importorskip("distributed")
    few = many_articles[:12]
    assert run(drafts_of, few, engine="dask", workers=2) == run(drafts_of, few, engine="serial")


def test_unknown_engine_is_refused(many_articles):
    with pytest.raises(ValueError, match="unknown engine"):
        run(places_of, many_articles, engine="spark")
