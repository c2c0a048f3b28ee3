"""Escaping fit for each place text lands in a page.

Article and event text is hostile until proven otherwise: it reaches HTML through
autoescaped templates, and scripts only as JSON made safe for ``<script>`` blocks,
where the page reads it with ``JSON.parse`` and shows it with ``textContent``.
"""

from __future__ import annotations

import json

import jinja2

_SCRIPT_SAFE = str.maketrans({
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
})

html_env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined,
                              trim_blocks=True, lstrip_blocks=True)


def script_json(value) -> str:
    """JSON that cannot end its ``<script>`` block or break a JS string.

    >>> script_json({"t": "</script><b>"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=False, allow_nan=False)
    return text.translate(_SCRIPT_SAFE)


def render_html(template: str, **context) -> str:
    """Render a snippet with HTML autoescaping on."""
    return html_env.from_string(template).render(**context)
