"""Hostile and broken input: the build goes on, says what is wrong, and writes nothing half-done."""

import json
import shutil

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sahelmap.cli import cli
from sahelmap.eventfiles import read_events
from sahelmap.exc import InputError, ManyErrors
from sahelmap.geocoders import OfflineGeocoder

from .conftest import SEEDS

_geocoder = None


def geocoder():
    global _geocoder
    _geocoder = _geocoder or OfflineGeocoder()
    return _geocoder


def test_folder_of_bad_articles_builds_and_warns_by_name(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(SEEDS / "004_5a9b877ad30be908.txt", src / "good.txt")
    shutil.copy(SEEDS / "events.yaml", src / "events.yaml")
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (src / "latin.txt").write_bytes("Des soldats français ont quitté Niamey. Déjà.".encode("latin-1"))
    with open(src / "huge.txt", "wb") as fh:
        fh.write(b"Troops left Gao. " * (10 * 1024 * 1024 // 17 + 1))
    r = CliRunner().invoke(cli, ["build", str(src), "-o", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    for name in ("empty.txt", "binary.txt", "latin.txt", "huge.txt"):
        assert name in r.output
    assert "Traceback" not in r.output
    assert (tmp_path / "out" / "timeline.html").exists()


def test_malformed_events_exit_1_and_keep_the_previous_output(tmp_path):
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", str(SEEDS), "-o", str(out)]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    for text in ("events: [\n  - id: x\n    type: coup\n   lat: 1\n", '{"type": "Feature"', "id,type\n1,coup\n"):
        suffix = ".geojson" if text.startswith("{") else ".csv" if text.startswith("id,") else ".yaml"
        bad = tmp_path / f"bad{suffix}"
        bad.write_text(text)
        r = CliRunner().invoke(cli, ["build", str(SEEDS), "--events", str(bad), "-o", str(out)])
        assert r.exit_code == 1 and str(bad) in r.output and "Traceback" not in r.output, r.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=60), st.lists(st.text(max_size=3), max_size=3))
def test_geocoder_takes_any_text(query, codes):
    loc = geocoder().geocode(query, country_codes=codes)
    assert loc is None or (-90 <= loc.latitude <= 90 and -180 <= loc.longitude <= 180)


@settings(max_examples=60, deadline=None)
@given(st.floats(-90, 90), st.floats(-180, 180))
def test_reverse_takes_any_point(lat, lon):
    loc = geocoder().reverse((lat, lon))
    assert loc is None or loc.raw["country_code"]


FIELD_VALUES = st.one_of(st.none(), st.text(max_size=12), st.integers(), st.floats(allow_nan=True),
                         st.booleans(), st.lists(st.text(max_size=4), max_size=2))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from(["id", "type", "actor", "lat", "lon", "start", "end", "sources",
                                        "subtype", "geo_precision", "confidence", "bogus"]),
                       FIELD_VALUES, max_size=10))
def test_events_reader_gives_events_or_named_errors(tmp_path_factory, record):
    path = tmp_path_factory.mktemp("ev") / "events.geojson"
    feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [2.1, 13.5]}, "properties": record}
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    try:
        events = read_events(path)
    except ManyErrors as e:
        assert e.errors and all(str(path) in str(x) and x.field for x in e.errors)
    except InputError as e:
        assert str(path) in str(e)
    else:
        assert len(events) == 1
