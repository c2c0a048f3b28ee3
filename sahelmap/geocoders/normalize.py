"""Name keys: the one normalisation shared by the index and every query.

>>> key("N'Djamena") == key("Ndjamena") == key("NDJAMENA")
True
>>> key("Agadès"), key("  Tillabéri ")
('agades', 'tillaberi')
"""

from __future__ import annotations

import functools
import re
import unicodedata

_DROP = re.compile(r"['’‘`´.]")
_SPACE = re.compile(r"[\s\-‐‑–—_/,]+")
_CODE_LIKE = re.compile(r"^[A-Z0-9]{2,4}$|\d")


@functools.lru_cache(maxsize=262_144)
def key(name: str) -> str:
    """Fold accents, case, apostrophes and dots; hyphens and runs of space become one space."""
    text = name
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _DROP.sub("", text.casefold())
    return _SPACE.sub(" ", text).strip()


def is_latin(name: str) -> bool:
    """True for names written in Latin script (other scripts are not in English or French news)."""
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) or ch in "’‘" for ch in name)


def is_code_like(name: str) -> bool:
    """Airport and other codes kept among GeoNames' alternate names ('GAQ', 'NIM', 'K0A1')."""
    return bool(_CODE_LIKE.search(name))
