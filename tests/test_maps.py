import dataclasses
import datetime as dt
import os
import re

from sahelmap.eventfiles import read_events
from sahelmap.escape import script_json
from sahelmap.maps import PAGES, MapOptions, render_page, time_stops, when_text

from .conftest import PAYLOAD, ROOT, SEEDS

GOLDEN = ROOT / "tests" / "golden" / "coups_small.html"


def small_events():
    return [e for e in read_events(SEEDS / "events.yaml") if e.id in ("NER-2023-coup", "MLI-2020-coup")]


def strip_leaflet(html: str) -> str:
    """Leaflet's own code is the installed package's, not ours: compare the rest."""
    html = re.sub(r"<script>/\* @preserve\s+\* Leaflet.*?</script>", "<script>LEAFLET</script>", html, flags=re.S)
    return re.sub(r"<style>/\* required styles \*/.*?</style>", "<style>LEAFLET</style>", html, flags=re.S)


def test_golden_coups_page():
    html = strip_leaflet(render_page(PAGES[1], small_events(), {}))
    if os.environ.get("SAHELMAP_UPDATE_GOLDEN"):
        GOLDEN.write_text(html, encoding="utf-8")
    assert html == GOLDEN.read_text(encoding="utf-8")


def test_pages_are_self_contained():
    html = render_page(PAGES[3], read_events(SEEDS / "events.yaml"), {})
    assert "<script src=" not in html and "<link " not in html
    for word in ("jquery", "bootstrap", "font-awesome", "fontawesome", "awesome-markers", "cdn."):
        assert word not in html.lower()
    assert 'id="sm-time"' in html and '<input type="range"' in html


def test_script_json_cannot_close_its_script_block():
    out = script_json({"a": PAYLOAD})
    assert "</" not in out and "<" not in out and "\u2028" not in out and "\u2029" not in out


def test_hostile_text_never_reaches_the_page_raw():
    ev = dataclasses.replace(small_events()[0], place=PAYLOAD, actor=PAYLOAD, description=PAYLOAD)
    html = render_page(PAGES[1], [ev], {})
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert html.count("</script>") == html.count("<script")


def test_when_text_follows_precision():
    events = {e.id: e for e in read_events(SEEDS / "events.yaml")}
    assert when_text(events["USA-NER-AB201"]) == "2019 – 5 Aug 2024"
    assert when_text(events["ITA-NER-MISIN"]) == "since 2018"
    assert when_text(events["RUS-MLI-WAGNER"]) == "since Dec 2021"


def test_time_stops_cover_every_change():
    events = read_events(SEEDS / "events.yaml")
    stops = time_stops(events)
    epoch = dt.date(1970, 1, 1)
    days = {(e.start - epoch).days for e in events}
    assert days <= set(stops) and stops == sorted(stops)


def test_as_of_filters_kind_pages():
    events = read_events(SEEDS / "events.yaml")
    early = render_page(PAGES[1], events, {}, MapOptions(as_of=dt.date(2021, 1, 1)))
    late = render_page(PAGES[1], events, {}, MapOptions(as_of=dt.date(2024, 1, 1)))
    assert "Coup (1)" in early and "Coup (9)" in late


def test_forces_of_no_one_country_are_told_apart_in_the_legend():
    from sahelmap.maps import palette
    from sahelmap.spec import default_spec

    base = small_events()[0]
    actors = [("MINUSMA (UN mission)", None), ("ECOWAS force", None), ("Regional standby force", None),
              ("Takuba task force (European)", None), ("unknown", None), ("Armed forces of Ivory Coast", "CIV"),
              ("French Armed Forces", "FRA")]
    events = [dataclasses.replace(base, actor=a, actor_country=cc) for a, cc in actors]
    entries, index = palette(PAGES[2], events, default_spec())
    assert [entries[i][0] for i in index] == ["UN mission", "Regional force", "Regional force", "European mission",
                                              "Force not named", "Other forces", "France"]
    assert len({c for _, c in entries}) == len(entries)


def test_the_coups_page_says_what_it_draws_older_coups_and_failed_attempts():
    import html as html_lib

    mali, niger = small_events()[1], small_events()[0]
    older = dataclasses.replace(mali, id="MRT-2008-coup", host_country="MRT", start=dt.date(2008, 8, 6))
    failed = dataclasses.replace(niger, id="SLE-2023-coup", host_country="SLE", subtype="failed")
    page = html_lib.unescape(render_page(PAGES[1], [mali, older, failed], {}))
    assert "military takeovers since 2008" in page and "failed coup attempts (grey)" in page
    assert "Coup (2)" in page and "Failed coup attempt (1)" in page
    from sahelmap.build import render_index

    assert "military takeovers since 2008" in html_lib.unescape(render_index(MapOptions(), [mali, older, failed]))
    plain = html_lib.unescape(render_page(PAGES[1], small_events(), {}))
    assert "military takeovers since 2020" in plain and "Successful coups" in plain and "Failed" not in plain
