"""Folium elements for offline, embeddable pages, each a small class with its own template.

``OfflineMap`` is a folium map with no CDN assets; ``InlineLeaflet`` puts Leaflet from
the xstatic-leaflet package into the page; ``EventData`` carries one page's events as
a JSON block drawn by ``templates/sahelmap.js``; ``Page`` is the HTML document.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import itertools
import json
import re
from importlib.resources import files
from pathlib import Path

import folium
from branca.element import Element, Figure, MacroElement
from jinja2 import Template

from .escape import script_json


@contextlib.contextmanager
def deterministic_ids(prefix: str = "sm"):
    """Give folium elements counter-based ids instead of random ones, so pages are byte-stable."""
    counter = itertools.count(1)
    original = Element.__dict__["_generate_id"]
    Element._generate_id = classmethod(lambda cls: f"{prefix}{next(counter):04d}")
    try:
        yield
    finally:
        Element._generate_id = original


@functools.lru_cache(maxsize=1)
def leaflet_assets() -> tuple[str, str]:
    """(css, js) of Leaflet from xstatic-leaflet, with its images inlined as data URIs."""
    from xstatic.pkg import leaflet

    base = Path(leaflet.BASE_DIR)
    css = (base / "leaflet.css").read_text(encoding="utf-8")

    def inline(m: re.Match) -> str:
        img = base / "images" / m.group(1)
        return f"url(data:image/png;base64,{base64.b64encode(img.read_bytes()).decode()})"

    css = re.sub(r"url\(images/([\w.-]+\.png)\)", inline, css)
    js = (base / "leaflet.js").read_text(encoding="utf-8")
    js = re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", js)
    return css, js


@functools.lru_cache(maxsize=None)
def template_text(name: str) -> str:
    return (files("sahelmap") / "templates" / name).read_text(encoding="utf-8")


class InlineLeaflet(Element):
    """Leaflet's CSS and JS inlined in the page head, plus sahelmap's own stylesheet."""

    def __init__(self):
        super().__init__()
        self._name = "InlineLeaflet"

    def render(self, **kwargs):
        css, js = leaflet_assets()
        return (f"<style>{css}</style>\n<style>{template_text('sahelmap.css')}</style>\n"
                f"<script>{js}</script>")


class OfflineMap(folium.Map):
    """A folium map that asks for nothing from a CDN: no jQuery, Bootstrap or Font Awesome."""

    default_js: list = []
    default_css: list = []


class Page(Figure):
    """The HTML document around a map: language, charset, title and a centred column."""

    _template = Template(
        "<!DOCTYPE html>\n"
        '<html lang="en">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        "{% if this.title %}<title>{{ this.title|e }}</title>{% endif %}\n"
        "{{ this.header.render(**kwargs) }}\n"
        "</head>\n"
        "<body>\n"
        '<main class="sm-page">\n{{ this.html.render(**kwargs) }}\n</main>\n'
        "<script>\n{{ this.script.render(**kwargs) }}\n</script>\n"
        "</body>\n"
        "</html>\n"
    )

    def __init__(self, title: str):
        super().__init__(title=title)
        self.header._children.clear()  # folium's default meta tag: the template writes charset itself
        self.header.add_child(Element('<meta name="viewport" content="width=device-width, initial-scale=1">'),
                              name="viewport")
        self.header.add_child(InlineLeaflet(), name="leaflet")


class RawHtml(Element):
    """Pre-escaped HTML placed as is (it was rendered by an autoescaping template)."""

    def __init__(self, html: str):
        super().__init__()
        self._name = "RawHtml"
        self.html = html

    def render(self, **kwargs):
        return self.html


class EventData(MacroElement):
    """One page's events, countries and time settings as a JSON block, drawn by sahelmap.js."""

    _template = Template(
        "{% macro html(this, kwargs) %}"
        '<script type="application/json" id="{{ this.data_id }}">{{ this.payload }}</script>\n'
        "{{ this.footer }}"
        "{% endmacro %}"
        "{% macro script(this, kwargs) %}"
        "{{ this.code }}"
        "{% endmacro %}"
    )

    def __init__(self, config: dict, footer_html: str = ""):
        super().__init__()
        self._name = "EventData"
        self.config = config
        self.footer = footer_html

    def render(self, **kwargs):
        self.data_id = self.get_name() + "_data"
        self.config["map"] = self._parent.get_name()
        self.payload = script_json(self.config)
        self.code = template_text("sahelmap.js").replace("__DATA_ID__", json.dumps(self.data_id))
        super().render(**kwargs)
