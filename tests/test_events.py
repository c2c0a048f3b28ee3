import datetime as dt
import textwrap

import pytest

from sahelmap.eventfiles import events_to_csv, events_to_geojson, read_events
from sahelmap.events import parse_partial_date
from sahelmap.exc import EventsFileError, ManyErrors

from .conftest import SEEDS

GOOD = """\
events:
- id: A1
  type: base
  actor: United States Armed Forces
  actor_country: USA
  host_country: NER
  lat: 16.95
  lon: 8.014
  start: 2019
  end: 2024-08-05
  sources: [https://example.org/a]
- id: A2
  type: coup
  actor: CNSP
  lat: 13.5
  lon: 2.1
  start: 2023-07-26
  sources:
  - url: https://example.org/b
"""


def write(tmp_path, text, name="events.yaml"):
    p = tmp_path / name
    p.write_text(textwrap.dedent(text))
    return p


def test_partial_dates_keep_their_precision():
    assert parse_partial_date("2019") == (dt.date(2019, 1, 1), "year")
    assert parse_partial_date("2021-12") == (dt.date(2021, 12, 1), "month")
    assert parse_partial_date(dt.date(2023, 7, 26)) == (dt.date(2023, 7, 26), "day")
    with pytest.raises(ValueError):
        parse_partial_date("2023-02-30")


def test_good_file_reads_intervals_and_points(tmp_path):
    a1, a2 = read_events(write(tmp_path, GOOD))
    assert a1.is_interval and a1.date_precision == "year" and a1.end == dt.date(2024, 8, 5)
    assert a1.active_on(dt.date(2020, 1, 1)) and not a1.active_on(dt.date(2024, 9, 1))
    assert not a2.is_interval and a2.last_day == a2.start


@pytest.mark.parametrize("change, line, field, words", [
    (("lat: 16.95", "lat: 96.0"), 7, "lat", "latitude"),
    (("type: coup", "type: putsch"), 13, "type", "putsch"),
    (("end: 2024-08-05", "end: 2018-01-01"), 10, "end", "before start"),
    (("start: 2023-07-26", "start: 2023-02-30"), 17, "start", "not a real date"),
    (("id: A2", "id: A1"), 12, "id", "duplicate id"),
    (("actor_country: USA", "actor_country: US"), 5, "actor_country", "alpha-3"),
])
def test_each_problem_names_file_line_and_field(tmp_path, change, line, field, words):
    p = write(tmp_path, GOOD.replace(*change))
    with pytest.raises(ManyErrors) as info:
        read_events(p)
    messages = [str(e) for e in info.value.errors]
    assert any(m.startswith(f"{p}:{line}: {field}: ") and words in m for m in messages), messages


def test_malformed_yaml_names_the_line(tmp_path):
    p = write(tmp_path, "events:\n- id: A1\n  type: [base\n")
    with pytest.raises(EventsFileError, match=r"events.yaml:\d+: not valid YAML"):
        read_events(p)


def test_every_problem_is_reported_at_once(tmp_path):
    p = write(tmp_path, GOOD.replace("lat: 16.95", "lat: north").replace("type: coup", "type: nope"))
    with pytest.raises(ManyErrors) as info:
        read_events(p)
    assert {e.field for e in info.value.errors} == {"lat", "type"}


def test_csv_and_geojson_read_back_the_same_events(tmp_path):
    events = read_events(SEEDS / "events.yaml")
    (tmp_path / "e.csv").write_text(events_to_csv(events))
    (tmp_path / "e.geojson").write_text(events_to_geojson(events))
    key = lambda e: e.id  # noqa: E731
    assert sorted(read_events(tmp_path / "e.csv"), key=key) == sorted(events, key=key)
    assert sorted(read_events(tmp_path / "e.geojson"), key=key) == sorted(events, key=key)


def test_bad_csv_row_names_its_line(tmp_path):
    text = events_to_csv(read_events(write(tmp_path, GOOD)))
    lines = text.splitlines()
    lines[2] = lines[2].replace("13.5", "x13.5")
    p = tmp_path / "bad.csv"
    p.write_text("\n".join(lines) + "\n")
    with pytest.raises(ManyErrors, match=r"bad.csv:3: lat: "):
        read_events(p)


def test_bad_geojson_feature_is_named_by_index(tmp_path):
    p = tmp_path / "bad.geojson"
    p.write_text('{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{}}]}')
    with pytest.raises(EventsFileError, match=r"bad.geojson:feature 0: geometry"):
        read_events(p)
