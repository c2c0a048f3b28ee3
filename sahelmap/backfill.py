"""Backfill: drafts their own sentence left unplaced, placed by the sentences around them.

:mod:`sahelmap.extract` drafts each sentence alone; a base or town told a sentence or two away
("The troops will be based in Garoua", "... at Air Base 201. The facility was handed over") places it here.
"""

from __future__ import annotations

import dataclasses
import re

from .drafts import Draft, close_by, within
from .places import PlaceMention
from .scenes import BASE_IN, place_of
from .story import THE_BASE, coup_scene, station

NEAR = re.compile(r"\b(?:outside|near|from|of)\s+(?:the\s+capital,?\s+)?\Z")  # "a base outside the capital, Bamako"
# a sentence about the site the one before it named: "... at Air Base 201. The $110 million facility was handed over"
THE_SITE = re.compile(r"(?:The|Its|This|That)\s+(?:[\w$.,-]+\s+){0,3}?"
                      r"(?:camp|base|facility|site|installation|garrison)\b")
BASE_WORD = re.compile(r"\b(?:base|camp)s?\b")
THE_BASE_IN = re.compile(r"\W*" + THE_BASE.pattern + r"\s+(?:in|at|near)\s+")  # "The base in Bukavu, ..."
# "the last American C-17 lifted off from the base": the one the story named
DEFINITE_BASE = re.compile(r"\bthe\s+(?:(?:air|military|drone|army)\s+)?(?:base|camp)\b", re.I)
# "entered an air base in Niger", "has left its last base in Niger", "flying drones from a new base"
UNNAMED_BASE = re.compile(r"\b(?:an?|its|their) (?:(?:last|final|remaining|new) )?"
                          r"(?:(?:air|military|drone|army) )?base\b", re.I)


def backfill(drafts: list[Draft], body: str, sentences, here_at, dates_at, avoid) -> list[Draft]:
    """Place drafts their own sentence left unplaced where one of the next three or six says: a deployment
    where its force works from ("The troops will be based in Garoua"), a withdrawal where it was ("who were
    based in N'Djamena have relocated"); any but a coup told only as "an air base in Niger" or "its last
    base" at the base named next, in a sentence of no other time ("using a hangar at Air Base 101"), and one
    told of "The facility" at the base the sentence before names, or of "the base" at the one base the story
    named before; a base, or the withdrawal from one, placed only at a region, where the next sentence opens on
    "The base in Bukavu"; a coup, or one placed only "outside the capital, Bamako", where its scene is (the same day,
    no coup of its own told: "Earlier Friday, gunfire was heard near the camp in Ouagadougou")."""
    coups = {d.at for d in drafts if d.type == "coup" and not d.background}
    out = []
    for d in drafts:
        if d.type in ("deployment", "withdrawal") and d.place is None:
            left = d.type == "withdrawal"
            d = _placed_by(d, 3, sentences, here_at,  # its own sentence too: "..., who have been confined to
                           lambda s, e, here: station(body[s:e], here, d.host_cc, avoid, left), first=d.at)
        if d.type != "coup" and d.place is None and d.at > 0 and THE_SITE.match(d.source.sentence):
            d = dataclasses.replace(d, place=_site(here_at[d.at - 1], d.host_cc, avoid))  # named just before
        if d.type in ("base", "withdrawal") and d.place is not None and d.place.kind == "region" and \
                d.at + 1 < len(sentences) and BASE_WORD.search(d.source.sentence):
            town = _base_town(body, sentences[d.at + 1], here_at[d.at + 1], d.host_cc)
            d = dataclasses.replace(d, place=town or d.place)
        if d.type != "coup" and d.place is None and UNNAMED_BASE.search(d.source.sentence):
            d = _placed_by(d, 3, sentences, here_at, lambda s, e, here: _site(here, d.host_cc, avoid),
                           skip=lambda n: _elsewhen(dates_at(n), d.day))
        if d.type != "coup" and d.place is None and DEFINITE_BASE.search(d.source.sentence):
            d = dataclasses.replace(d, place=_only_site(body, here_at, d, avoid))  # the one the story named
        if d.type == "coup" and not d.background and (
                d.place is None or NEAR.search(body, max(0, d.place.start - 40), d.place.start)):
            d = _placed_by(d, 6, sentences, here_at, lambda s, e, here: coup_scene(body, s, here, d.host_cc),
                           skip=lambda n: n in coups or _elsewhen(dates_at(n), d.day, days_only=True))
        out.append(d)
    return out


def _base_town(body: str, sentence: tuple[int, int], here, host) -> PlaceMention | None:
    """The town in the host a sentence opening on the base names: "The base in Bukavu, the provincial capital,
    was the last of 14" after "handed over its last base in South Kivu province"."""
    return next((m for m in here if m.country_code == host and m.kind in ("city", "locality")
                 and THE_BASE_IN.fullmatch(body, sentence[0], m.start)), None)


def _elsewhen(dates, day, days_only=False) -> bool:
    """Whether a sentence's ``dates`` (only its days, if ``days_only``) tell another time than ``day``: a day
    more than one from it, or a week, month or year not holding it ("the bases in Faya-Largeau ... in
    December" is not January 30); of ``days_only``, not a span's start ("protesters who had camped outside the
    ministry since Saturday")."""
    return any(abs((w.day - day).days) > 1 if w.precision == "day" else not within(day, w)
               for w in dates if not days_only or w.precision == "day" and w.lead != "since")


def _placed_by(d: Draft, reach: int, sentences, here_at, find, skip=lambda n: False, first=None) -> Draft:
    """``d`` placed at what ``find(start, end, here)`` gives for the first of the next ``reach`` sentences
    (from ``first``, if given) that are not skipped and give one (``here_at[n]``: sentence ``n``'s places),
    else ``d`` as it was."""
    for n in range(d.at + 1 if first is None else first, min(d.at + reach + 1, len(sentences))):
        s, e = sentences[n]
        town = None if skip(n) else find(s, e, here_at[n])
        if town is not None:
            return dataclasses.replace(d, place=town)
    return d


def _only_site(body: str, here_at, d: Draft, avoid) -> PlaceMention | None:
    """The one base in the host the article named before, for "lifted off from the base"; none if it
    also named a base by another town ("the French military base in Abeche"), not the site's own ("the drone base
    outside Agadez", Air Base 201)."""
    before = [m for here in here_at for m in here if m.country_code == d.host_cc and m.start < d.source.start]
    sites = {m.id: m for m in before if m.kind == "site" and m.id not in avoid}
    towns = [m for m in before if m.kind != "site" and BASE_IN.search(body, max(0, m.start - 40), m.start)
             and not any(close_by(m, site) for site in sites.values())]
    return next(iter(sites.values())) if len(sites) == 1 and not towns else None


def _site(mentions, host, avoid) -> PlaceMention | None:
    """The base of the host a sentence names, if it names one."""
    found = place_of(mentions, host, avoid, None)
    return found if found is not None and found.kind == "site" else None
