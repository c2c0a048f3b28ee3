"""Every kind of page opened in headless Chromium with the network cut off."""

import dataclasses

import pytest

from sahelmap import build
from sahelmap.eventfiles import events_to_geojson, read_events
from sahelmap.events import Source

from .conftest import PAYLOAD, SEEDS, PageWatch

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


SHOWN_IDS = """() => {
  const map = window[document.querySelector('.folium-map').id];
  const data = JSON.parse(document.querySelector('script[type="application/json"]').textContent);
  const ids = [];
  map.eachLayer(l => { if (l.smIndex !== undefined) ids.push(data.events.id[l.smIndex]); });
  return ids.sort();
}"""


@pytest.fixture(scope="module")
def snapshots(tmp_path_factory):
    out = {}
    for day in ("2015-01-01", "2024-06-01"):
        from sahelmap.maps import MapOptions
        import datetime as dt
        path = tmp_path_factory.mktemp("asof") / day
        build([SEEDS], path, opts=MapOptions(as_of=dt.date.fromisoformat(day)))
        out[day] = path
    return out


def test_as_of_snapshots_draw_different_states(snapshots, watched):
    seen = {}
    for day, path in snapshots.items():
        for name in ("bases", "coups", "deployments", "timeline"):
            page = watched.open(path / f"{name}.html")
            seen[(day, name)] = page.evaluate(SHOWN_IDS)
    assert "USA-NER-AB201" not in seen[("2015-01-01", "bases")]
    assert "USA-NER-AB201" in seen[("2024-06-01", "bases")]
    assert "FRA-MLI-GAO" in seen[("2015-01-01", "bases")] and "FRA-MLI-GAO" not in seen[("2024-06-01", "bases")]
    assert seen[("2015-01-01", "coups")] == [] and "NER-2023-coup" in seen[("2024-06-01", "coups")]
    assert seen[("2015-01-01", "timeline")] != seen[("2024-06-01", "timeline")]
    assert watched.errors == []


def test_time_control_at_chosen_dates(built, watched):
    page = watched.open(built / "timeline.html")
    data = page.evaluate("() => JSON.parse(document.querySelector('script[type=\"application/json\"]').textContent)")
    stops = data["time"]["stops"]

    def at(iso):
        import datetime as dt
        day = (dt.date.fromisoformat(iso) - dt.date(1970, 1, 1)).days
        index = max(i for i, s in enumerate(stops) if s <= day)
        page.locator("#sm-time input[type=range]").fill(str(index))
        return set(page.evaluate(SHOWN_IDS))

    mid_2022 = at("2022-06-01")
    assert {"FRA-MLI-GAO", "USA-NER-AB201", "RUS-MLI-WAGNER", "UN-MLI-MINUSMA"} <= mid_2022
    assert "RUS-NER-INSTRUCTORS" not in mid_2022
    late_2024 = at("2024-10-01")
    assert {"RUS-NER-INSTRUCTORS", "ITA-NER-MISIN"} <= late_2024
    assert not {"USA-NER-AB201", "FRA-MLI-GAO", "UN-MLI-MINUSMA"} & late_2024
    assert "2024" in page.locator("#sm-time output").inner_text()


@pytest.mark.parametrize("name", MAP_PAGES)
def test_every_map_has_images_heading_table_and_dark_scheme(built, browser, name):
    assert (built / f"{name}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in (built / f"{name}.svg").read_bytes()[:2000]
    backgrounds = {}
    for scheme in ("light", "dark"):
        ctx = browser.new_context(color_scheme=scheme, viewport={"width": 900, "height": 700})
        page = PageWatch(ctx.new_page()).open(built / f"{name}.html")
        assert page.locator("h1").is_visible()
        assert page.locator("table").count() == 1 and page.locator("table caption").text_content()
        backgrounds[scheme] = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
        ctx.close()
    assert backgrounds["light"] != backgrounds["dark"]


def test_markers_and_controls_work_from_the_keyboard(built, watched):
    page = watched.open(built / "bases.html")
    marker = page.locator("path.leaflet-interactive[tabindex='0']").first
    marker.focus()
    page.keyboard.press("Enter")
    assert page.locator(".leaflet-popup-content").inner_text().strip()
    assert marker.get_attribute("aria-label")


def test_pages_fit_a_320px_phone_and_draw_something(built, browser):
    from io import BytesIO

    from PIL import Image

    ctx = browser.new_context(viewport={"width": 320, "height": 640})
    page = PageWatch(ctx.new_page()).open(built / "timeline.html")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 320
    shot = Image.open(BytesIO(page.locator(".folium-map").screenshot())).convert("RGB")
    colours = shot.getcolors(maxcolors=1 << 16)
    assert colours is None or len(colours) > 20  # not a blank box
    ctx.close()
