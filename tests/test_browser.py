"""Every kind of page opened in headless Chromium with the network cut off."""

import dataclasses

import pytest

from sahelmap import build
from sahelmap.eventfiles import events_to_geojson, read_events
from sahelmap.events import Source

from .conftest import PAYLOAD, SEEDS

pytestmark = pytest.mark.browser
MAP_PAGES = ("bases", "coups", "deployments", "timeline")

OPEN_ALL = """() => {
  const map = window[document.querySelector('.folium-map').id];
  const texts = [];
  map.eachLayer(l => {
    if (l.getPopup && l.getPopup() && l.smIndex !== undefined) {
      l.openPopup(); texts.push(document.querySelector('.leaflet-popup-content').innerText);
      l.openTooltip(); texts.push(document.querySelector('.leaflet-tooltip').innerText);
      l.closePopup(); l.closeTooltip();
    }
  });
  return texts;
}"""


@pytest.mark.parametrize("name", MAP_PAGES)
def test_map_page_draws_offline_without_errors(built, watched, name):
    page = watched.open(built / f"{name}.html")
    assert int(page.get_attribute("html", "data-sm-shown")) > 0
    assert page.locator(".leaflet-overlay-pane canvas").count() == 1
    assert page.locator("h1").inner_text().strip()
    assert page.locator("table tbody tr").count() > 0
    texts = page.evaluate(OPEN_ALL)
    assert texts and all(t.strip() for t in texts)
    assert watched.outside == [] and watched.errors == [] and watched.dialogs == []


def test_index_lists_every_map_with_embed_code(built, watched):
    watched.page.goto((built / "index.html").as_uri())
    text = watched.page.inner_text("body")
    for name in MAP_PAGES:
        assert f'<iframe src="{name}.html"' in text
    assert watched.outside == [] and watched.errors == []


def test_timeline_control_changes_what_is_drawn(built, watched):
    page = watched.open(built / "timeline.html")
    rng = page.locator("#sm-time input[type=range]")
    seen = set()
    for value in (rng.get_attribute("min"), rng.get_attribute("max")):
        rng.fill(value)
        seen.add((page.locator("#sm-time output").inner_text(), page.get_attribute("html", "data-sm-shown")))
    assert len(seen) == 2
    rng.focus()
    before = page.locator("#sm-time output").inner_text()
    page.keyboard.press("Home")
    assert page.locator("#sm-time output").inner_text() != before
    page.keyboard.press("ArrowRight")
    assert rng.get_attribute("aria-valuetext") == page.locator("#sm-time output").inner_text()
    assert watched.errors == []


def test_hostile_text_shows_literally_and_runs_nothing(tmp_path, watched):
    events = []
    for e in read_events(SEEDS / "events.yaml"):
        events.append(dataclasses.replace(
            e, place=PAYLOAD, actor=PAYLOAD, description=PAYLOAD, subtype=e.subtype,
            sources=(Source(article=PAYLOAD, sentence=PAYLOAD), Source(url="javascript:alert(4)"))))
    table = tmp_path / "hostile.geojson"
    table.write_text(events_to_geojson(events))
    out = tmp_path / "out"
    build([SEEDS], out, events_path=table)
    for name in MAP_PAGES:
        page = watched.open(out / f"{name}.html")
        texts = page.evaluate(OPEN_ALL)
        assert any("</script><script>alert(1)</script>" in t for t in texts)
        assert page.locator(".leaflet-popup-content a[href^=javascript]").count() == 0
    assert watched.dialogs == [] and watched.errors == [] and watched.outside == []
