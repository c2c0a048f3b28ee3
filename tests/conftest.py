import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CHROMIUM = os.environ.get("SAHELMAP_CHROMIUM", "/usr/bin/chromium")

# Text that breaks pages which put strings into HTML or scripts raw.
PAYLOAD = "</script><script>alert(1)</script><img src=x onerror=alert(2)> `${alert(3)}` \\ \" ' \u2028\u2029 &amp;"


@pytest.fixture(scope="session")
def extractor():
    """One extractor for every test that reads text (its geocoder loads once)."""
    from sahelmap.extract import Extractor

    return Extractor()


def read(extractor, day, body, aid="a"):
    """The events drafted from one article with this publication day and body."""
    from sahelmap.articles import Article

    return extractor.extract([Article(id=aid, date=day, body=body)])


@pytest.fixture(scope="session")
def seeds_copy(tmp_path_factory):
    """A private copy of seeds/ that tests may add files to."""
    dst = tmp_path_factory.mktemp("seeds") / "seeds"
    shutil.copytree(SEEDS, dst)
    return dst


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """The seeds built once into a temporary output folder."""
    from sahelmap import build

    out = tmp_path_factory.mktemp("out") / "output"
    build([SEEDS], out)
    return out


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium not found at {CHROMIUM}: apt-get install -y chromium")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extras")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        yield b
        b.close()


class PageWatch:
    """A page with every outside request blocked and recorded, and console errors kept."""

    def __init__(self, page):
        self.page, self.outside, self.errors, self.dialogs = page, [], [], []
        page.route("**/*", self._route)
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", self._dialog)

    def _route(self, route):
        url = route.request.url
        if url.startswith(("file:", "data:", "about:")):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: Path):
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_selector("html[data-sm-ready]", state="attached", timeout=10000)
        return self.page


@pytest.fixture()
def watched(browser):
    context = browser.new_context(viewport={"width": 1000, "height": 800})
    page = context.new_page()
    yield PageWatch(page)
    context.close()
