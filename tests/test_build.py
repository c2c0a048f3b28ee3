import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from sahelmap import build
from sahelmap.coords import LatLon, haversine_km
from sahelmap.exc import ManyErrors

from .conftest import ROOT, SEEDS

EXPECTED = {"index.html", "bases.html", "coups.html", "deployments.html", "timeline.html",
            "events.geojson", "events.csv"}
AB201 = LatLon(16.950, 8.014)


def test_build_writes_the_seven_files_and_the_review(built):
    images = {f"{n}.{x}" for n in ("bases", "coups", "deployments", "timeline") for x in ("png", "svg")}
    assert {p.name for p in built.iterdir()} == EXPECTED | {"review.html", "review.csv"} | images


def test_events_geojson_meets_the_story(built):
    feats = json.loads((built / "events.geojson").read_text())["features"]
    types = [f["properties"]["type"] for f in feats]
    assert types.count("base") >= 2 and types.count("coup") >= 8
    assert types.count("deployment") >= 3 and types.count("withdrawal") >= 2
    assert all(f["properties"]["sources"] for f in feats)
    bases = [LatLon.from_lonlat(f["geometry"]["coordinates"]) for f in feats if f["properties"]["type"] == "base"]
    assert min(haversine_km(b, AB201) for b in bases) < 30


def test_article_sources_carry_exact_offsets(built):
    bodies = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    feats = json.loads((built / "events.geojson").read_text())["features"]
    checked = 0
    for f in feats:
        for s in f["properties"]["sources"]:
            if "article" in s:
                assert bodies[s["article"]][s["start"]:s["end"]] == s["sentence"]
                checked += 1
    assert checked > 20


def test_csv_has_lat_lon_and_a_row_per_event(built):
    lines = (built / "events.csv").read_text().splitlines()
    header = lines[0].split(",")
    assert "lat" in header and "lon" in header
    feats = json.loads((built / "events.geojson").read_text())["features"]
    import csv
    assert len(list(csv.DictReader(open(built / "events.csv")))) == len(feats)


def test_failed_build_leaves_previous_output_untouched(tmp_path, seeds_copy):
    out = tmp_path / "out"
    build([SEEDS], out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    bad = tmp_path / "bad.yaml"
    bad.write_text((SEEDS / "events.yaml").read_text().replace("lat: 16.950", "lat: 169.5", 1))
    with pytest.raises(ManyErrors):
        build([SEEDS], out, events_path=bad)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert not list(tmp_path.glob(".sahelmap-*"))


def test_builds_are_identical_across_hash_seeds(tmp_path):
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"o{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "sahelmap", "build", str(SEEDS), "-o", str(out)],
                       check=True, env=env, cwd=ROOT, capture_output=True)
        outs.append({p.name: p.read_bytes() for p in out.iterdir()})
    assert outs[0] == outs[1]


def test_events_read_back_from_csv_and_geojson_rebuild_the_same_maps(built, tmp_path):
    for name in ("events.csv", "events.geojson"):
        out = tmp_path / name
        build([SEEDS], out, events_path=built / name)
        assert (out / "timeline.html").read_bytes() == (built / "timeline.html").read_bytes()


def test_without_a_curated_table_maps_show_extracted_events_unreviewed(tmp_path):
    import shutil
    src = tmp_path / "src"
    src.mkdir()
    for p in SEEDS.glob("*.txt"):
        shutil.copy(p, src / p.name)
    shutil.copy(SEEDS / "articles.yaml", src / "articles.yaml")
    build([src], tmp_path / "out")
    feats = json.loads((tmp_path / "out" / "events.geojson").read_text())["features"]
    assert feats and all(f["properties"]["reviewed"] is False for f in feats)
    assert any(f["properties"]["type"] == "withdrawal" for f in feats)
    page = (tmp_path / "out" / "timeline.html").read_text()
    assert "not yet reviewed" in page and "curated events" not in page


def build_one(tmp_path, day: str, body: str):
    """The output folder of a build of one article, with no curated table."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(f"---\ndate: {day}\n---\n{body}\n")
    build([src], tmp_path / "out")
    return tmp_path / "out"


def test_the_default_time_range_stretches_to_the_events_mapped(tmp_path):
    import re

    out = build_one(tmp_path, "2025-12-08", "Benin's government says it has foiled an attempt by a group of soldiers "
                    "to overthrow President Patrice Talon on Sunday.")
    page = (out / "timeline.html").read_text()
    data = json.loads(re.search(r'<script type="application/json"[^>]*>(.*?)</script>', page, re.S).group(1))
    assert data["time"]["max"] >= (dt.date(2025, 12, 7) - dt.date(1970, 1, 1)).days  # the default spec ends in 2025-03


def test_the_default_frame_stretches_to_events_outside_the_sahel(tmp_path):
    import re

    out = build_one(tmp_path, "2021-07-10", "Rwanda said on Friday it had deployed 1,000 soldiers to Mozambique's "
                    "Cabo Delgado province to fight Islamist insurgents.")
    ev = json.loads((out / "events.geojson").read_text())["features"][0]["geometry"]["coordinates"]
    page = (out / "deployments.html").read_text()
    (s, w), (n, e) = json.loads(re.findall(r"\.fitBounds\(\s*(\[\[.*?\]\])", page, re.S)[-1])  # folium's, after Leaflet's
    assert s < ev[1] < n and w < ev[0] < e and ev[1] < -10  # the default frame ends at 4 degrees north
    drawn = json.loads(re.search(r'<script type="application/json"[^>]*>(.*?)</script>', page, re.S).group(1))
    assert "MOZ" in {c[0] for c in drawn["countries"]}  # the country under the event is drawn, not sea


def test_review_lists_extracted_events_the_table_lacks(built):
    import csv
    rows = list(csv.DictReader(open(built / "review.csv")))
    curated = {(f["properties"]["type"], f["properties"]["host_country"])
               for f in json.loads((built / "events.geojson").read_text())["features"]}
    assert rows and all(r["reviewed"] == "false" for r in rows)
    assert "<table>" in (built / "review.html").read_text()
    assert len(rows) < 17 and curated
