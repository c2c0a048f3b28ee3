"""Resolution in context: which of a name's gazetteer candidates an article means.

The CLIFF chain, scored: a candidate's own prominence, plus a bonus for lying in a country
the rest of the article names (or implies: every "Laurel County" is American), plus a bonus
for an "X, Y" qualifier (a state's own towns, exactly), plus a bonus for a county in the state
the article names most, plus a bonus for lying near the article's other places (graded by
distance, each further neighbour counting half), plus a bonus for an American town in a story
of American local government ("Paris City Council") with no other country in view. Three
rounds: the first has no neighbours, the second trusts only unambiguous first choices, the
third every second choice, so that "Gainesville" and "Hall County" settle on the same Georgia.
A town and the county around it vouch for each other from the start. A name qualified once
keeps that sense through the article.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import NamedTuple

from .coords import LatLon, haversine_km
from .geocoders.index import COUNTY_GID, UK_COUNTY_GID
from .geocoders.normalize import key

FOCUS_BONUS = 1.5
REGION_FOCUS_BONUS = 8.0
PROXIMITY_BONUS = 3.0
NEAR_KM = 175.0
CLOSE_KM = 30.0
CLOSE_BONUS = 1.5
SUPPORT_DECAY = 0.5
PAIR_MAX_CANDIDATES = 100
ANCHOR_MARGIN = 1.5
ALT_SUPPORT = {"name": 1.0, "alias": 1.0, "demonym": 1.0, "alt": 0.5, "shared": 1.0}  # "Washington" is also Reisterstown's old name
REGION_KM = 450.0
QUALIFIER_BONUS = 6.0
STATE_FOCUS_BONUS = 3.0
QUALIFIER_KM = 700.0
LIST_BONUS = 6.0
WORLD = "*"
LIST_GAP = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
BIG_CITY = 100_000
FOREIGN_COUNTY_PENALTY = 6.0  # a British county outside a British story ranks with a town of 10,000
LOCAL = ("city", "locality", "site")
ADMIN_AFTER = {"county", "parish", "borough", "province", "district", "prefecture"}
HOME_BONUS = 2.5
MAX_PROXIMITY = (PROXIMITY_BONUS + CLOSE_BONUS) * (1 + SUPPORT_DECAY + SUPPORT_DECAY ** 2)  # three neighbours
# offices and institutions of American local government and schools: the story is local American news
US_LOCAL = re.compile(
    r"(?=[CcPSsHBTJF])\b(?:[Cc]ity [Cc]ouncil(?:man|woman|or)?s?|City Hall|Police Department|[Ss]heriff|High School"
    r"|Board of Education|[Ss]chool [Bb]oard|[Ss]chool [Dd]istrict|[Cc]ounty [Cc]ommission(?:ers?)?"
    r"|Township|Junior College|[Cc]ity [Mm]anager|Parks and Recreation|Fire Department|[Ss]tate (?:Rep|Sen)\."
    r"|Chamber of Commerce|[Ss]elect[Bb]oard|[Bb]oard of [Ss]upervisors)\b")


class _Around(NamedTuple):
    """What the article says around one name, beyond the countries in focus."""

    qualifier: object = None  # the ", Y" place right after it ("Springfield, Ohio")
    listed: frozenset = frozenset()  # the countries of the states listed with it (see _listed_states)
    states: dict | None = None  # the article's states (see _states)
    home: str | None = None  # the country of a local story with no other in view


def resolve(text: str, spans: list[tuple[int, int, tuple]]) -> list:
    """The chosen candidate for each (start, end, candidates) span, in order."""
    keys = [key(text[s:e]) for s, e, _ in spans]
    focus = _focus(spans, keys)
    states = _states(spans)
    qualifiers = [_qualifier(text, spans, i) for i in range(len(spans))]
    peers = [_listed_states(text, spans, i) for i in range(len(spans))]
    home = "US" if US_LOCAL.search(text) else None

    # a county no row holds ("X County" matched only a town X) is no one's neighbour
    usable = [not (is_admin(text[s:e]) and cands[0].kind != "region") for s, e, cands in spans]
    bonds = _bonds(spans, keys, usable)

    static = {}  # a name's candidates scored without neighbours: the same in every round

    def round_(anchors):
        memo = {}
        for i, (_, _, cands) in enumerate(spans):
            q = qualifiers[i]
            k = (keys[i], q.pid if q else None, peers[i], cands[0].pid)  # "the city of Agadez": only its towns
            if k not in memo:
                near = list({keys[j]: p for j, p in reversed(anchors) if keys[j] != keys[i]}.values())
                if k not in static:
                    cc_focus = {cc: len(ks - {keys[i]}) for cc, ks in focus.items() if ks - {keys[i]}}
                    paired = {p.pid for p in cands if bonds.get(p.pid, set()) - {keys[i]}}
                    around = _Around(q, peers[i], states)
                    static[k] = (cc_focus, paired, around, _ranked(cands, cc_focus, around))
                cc_focus, paired, around, ranked = static[k]
                local = home if set(cc_focus) <= {home} and all(a.cc == home for a in near) else None
                memo[k] = _choose(ranked, cc_focus, around._replace(home=local), near, paired)
            yield memo[k]

    first = list(round_([]))
    anchors = [(i, p) for i, p in enumerate(first) if usable[i] and _is_anchor(p, spans[i][2])]
    second = list(round_(anchors))
    third = list(round_([(i, p) for i, p in enumerate(second) if usable[i] and p.kind in LOCAL + ("region",)]))
    # one sense per article: a bare "Springfield" is the one "Springfield, Ohio" named
    qualified = {keys[i]: p for i, p in reversed(list(enumerate(third))) if qualifiers[i] is not None}
    return [p if qualifiers[i] is not None else qualified.get(keys[i], p) for i, p in enumerate(third)]


def _bonds(spans, keys, usable) -> dict[int, set[str]]:
    """Candidate pid -> the other names with a candidate a few miles away, one of the two a county:
    a town and the county around it ("Huntsville" and "Walker County", both in Texas) vouch for
    each other before either is chosen. Names with a hundred candidates take no part."""
    grid, counties = defaultdict(list), []
    seen = set()
    for (_, _, cands), k, ok in zip(spans, keys, usable):
        if not ok or k in seen or len(cands) > PAIR_MAX_CANDIDATES:
            continue
        seen.add(k)
        for p in cands:
            county = _is_county(p)
            if p.kind in LOCAL or county:
                cell = (round(p.lat / 0.5), round(p.lon / 0.5))
                grid[cell].append((k, p))
                if county:
                    counties.append((cell, k, p))
    bonds = defaultdict(set)
    for (gy, gx), k, p in counties:  # every bond has a county at one end
        for dy, dx in _CELLS:
            for k2, q in grid.get((gy + dy, gx + dx), ()):
                if k2 != k and haversine_km(p, q) <= CLOSE_KM:
                    bonds[p.pid].add(k2)
                    bonds[q.pid].add(k)
    return bonds


_CELLS = [(dy, dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1)]  # a grid cell and its eight neighbours


def _ranked(cands, focus, around: _Around) -> list[tuple[float, int, object]]:
    """(score, -pid, place) for each candidate on what the article says around the name, best first."""
    return sorted(((_context_score(p, focus, around), -p.pid, p) for p in cands), reverse=True)


def _choose(ranked, focus, around: _Around, near, paired=frozenset()):
    """The best candidate; a country name nothing else in the article supports yields to a town
    right next to the article's other places ("Palestine" beside Anderson County, Texas), unless it
    is listed with other countries. ``ranked`` is :func:`_ranked` without the home bonus; the
    candidates too far behind to catch up on neighbours are not scored again."""
    top = None
    for base, pid, p in ranked:
        reach = (MAX_PROXIMITY if near or p.pid in paired else 0.0) + (HOME_BONUS if around.home else 0.0)
        if top is not None and base + reach < top[0]:
            break
        t = (_total(base, p, around, near, paired), pid, p)
        if top is None or t > top:
            top = t
    best = top[2]
    listed_abroad = WORLD in around.listed
    if best.kind == "country" and best.cc not in focus and not listed_abroad and not any(a.cc == best.cc for a in near):
        about = _dominant(focus)
        local = [(_total(base, p, around, near, paired), pid, p) for base, pid, p in ranked
                 if p.kind in LOCAL and p.how == "name" and p.cc == about]
        local = [t for t in local if t[0] - t[2].score() >= PROXIMITY_BONUS + CLOSE_BONUS]
        if local:
            return max(local)[2]
    return best


def _total(base, p, around: _Around, near, paired) -> float:
    """A candidate's score with its neighbours and a local story's home country."""
    home = HOME_BONUS if around.home and p.cc == around.home and p.kind in LOCAL else 0.0
    return base + home + _proximity(p, near, p.pid in paired) * ALT_SUPPORT[p.how]


def _dominant(focus: dict[str, int]) -> str | None:
    """The country the article is about: named by at least twice as many names as any other."""
    ranked = sorted(focus.items(), key=lambda kv: -kv[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None


def is_admin(surface: str) -> bool:
    """ "Laurel County", "DeSoto Parish": a name ending in an administrative word."""
    return surface.rsplit(None, 1)[-1].lower() in ADMIN_AFTER


def _is_anchor(p, cands) -> bool:
    """A first-round choice trusted as a neighbour: a state or province, a name with one place, or
    a big city far more prominent than its namesakes (Brampton, Ontario; not London)."""
    if p.kind not in LOCAL + ("region",):
        return False
    if len(cands) == 1:
        return True
    if _is_division(p):
        return True
    rival = max((c.score() for c in cands if c.pid != p.pid), default=0.0)
    return p.pop >= BIG_CITY and p.score() - rival >= ANCHOR_MARGIN


def _focus(spans, keys) -> dict[str, set[str]]:
    """Country code -> the names that put it in focus: countries, demonyms, and names all of whose
    places lie in one country."""
    focus = defaultdict(set)
    for (_, _, cands), k in zip(spans, keys):
        best = cands[0]
        if best.kind == "country" or best.how == "demonym":
            if not any(x.kind == "region" for x in cands):
                focus[best.cc].add(k)
        elif len({p.cc for p in cands}) == 1 and best.cc and (best.kind == "region" or len(cands) > 1):
            focus[best.cc].add(k)
    return focus


def _states(spans) -> dict[tuple, float]:
    """(country, state) -> its share of the article's state mentions, against the most named one:
    a county in the state the story is about is likelier than its namesakes ("Madison County" in
    a Nebraska story; "Boone County" where Indiana is named six times and Illinois once)."""
    named = Counter((c.cc, c.admin1) for _, _, (c, *_) in spans
                    if _is_division(c) and c.admin1 and c.how in ("name", "alias"))
    top = max(named.values(), default=0)
    return {k: n / top for k, n in named.items()}


def _listed_states(text, spans, idx) -> frozenset:
    """The countries of the states or provinces listed next to a name: "Utah, Washington and
    Wisconsin" are all states. A neighbour counts only if every reading of it is a division.
    WORLD stands for a country or world region in the list ("the Middle East, Italy and Russia")."""
    out = set()
    for j in (idx - 1, idx + 1):
        lo, hi = sorted((idx, j))
        if 0 <= j < len(spans) and LIST_GAP.fullmatch(text[spans[lo][1]:spans[hi][0]]):
            cands = spans[j][2]
            if all(_is_division(p) for p in cands) and cands[0].how != "shared":
                out.add(cands[0].cc or WORLD)
            elif cands[0].kind in ("country", "continent") or cands[0].cc is None:
                out.add(WORLD)
    return frozenset(out)


def _qualifier(text, spans, idx):
    """The place of a ", Y" right after a mention ("Gao, Mali"; "Springfield, Illinois")."""
    if idx + 1 < len(spans):
        nxt_start, _, nxt = spans[idx + 1]
        if re.fullmatch(r",\s*", text[spans[idx][1]:nxt_start]) and nxt[0].kind in ("country", "region"):
            return nxt[0]
    return None


def _proximity(p, anchors, paired: bool = False) -> float:
    """Places near the article's other places are likelier (Dublin, Ohio near Columbus), a town a
    few miles from another place likelier still (Huntsville, the seat of Walker County), and each
    further neighbour counts for half the one before."""
    if not (anchors or paired):
        return 0.0
    if _is_division(p) and p.admin1:  # a state: the towns in it (Washington, Seattle)
        inside = any((a.cc, a.admin1) == (p.cc, p.admin1) for a in anchors if a.kind in LOCAL or _is_county(a))
        return PROXIMITY_BONUS if inside else 0.0
    if not (p.kind in LOCAL or _is_county(p)):
        return 0.0
    bonuses = [b for a in anchors if (b := _support(p, a))] + [PROXIMITY_BONUS + CLOSE_BONUS] * paired
    if len(bonuses) > 1:
        bonuses.sort(reverse=True)
    return sum(b * SUPPORT_DECAY ** n for n, b in enumerate(bonuses[:3]))


def _support(p, a) -> float:
    """What one neighbour ``a`` adds to candidate ``p``."""
    if a.pid == p.pid:
        return PROXIMITY_BONUS + CLOSE_BONUS
    state = a.kind == "region" and not _is_county(a)  # _is_division, inline: called for every pair
    if state and a.admin1:  # a named state (or province): its own towns, exactly
        return PROXIMITY_BONUS if (p.cc, p.admin1) == (a.cc, a.admin1) else 0.0
    county_state = _is_county(p) and (p.cc, p.admin1) == (a.cc, a.admin1)
    if abs(p.lat - a.lat) * 111.2 > REGION_KM and not county_state:
        return 0.0  # a degree of latitude is 111 km: far apart without the trigonometry
    d = haversine_km(p, a)
    if d <= CLOSE_KM and not state:
        return PROXIMITY_BONUS + CLOSE_BONUS
    if d <= (REGION_KM if state else NEAR_KM) or county_state:
        return PROXIMITY_BONUS
    return 0.0


def _is_division(p) -> bool:
    """A state, province or other region, not a county (and not a town or country)."""
    return p.kind == "region" and not _is_county(p)


def _is_county(p) -> bool:
    return p.gid.startswith((COUNTY_GID, UK_COUNTY_GID))


def _context_score(p, focus: dict, around: _Around = _Around()) -> float:
    """Prominence plus what the article says around the name (its qualifier, the states listed
    with it, the countries in focus); the home bonus and neighbours are added by :func:`_total`."""
    qualifier, listed, states, _ = around
    score = p.score()
    if states and p.kind == "region" and _is_county(p):
        score += STATE_FOCUS_BONUS * states.get((p.cc, p.admin1), 0.0)
    if p.kind == "region" and p.cc in listed:
        score += LIST_BONUS
    if p.gid.startswith(UK_COUNTY_GID) and p.cc not in focus:
        score -= FOREIGN_COUNTY_PENALTY  # Suffolk, Virginia in an American story; Suffolk, England in a British one
    if p.cc in focus:
        score += FOCUS_BONUS + (REGION_FOCUS_BONUS if p.kind == "region" and p.how != "shared" else 0.0)
    if qualifier is not None and p.pid != qualifier.pid:
        score += QUALIFIER_BONUS if _inside(p, qualifier) else 0.0
    return score


def _inside(p, q) -> bool:
    """Whether ``p`` lies in the place ``q`` that qualifies it: a country or state by its code
    ("Springfield, Ohio" is not the one in Virginia), any other region by distance."""
    if q.kind == "country":
        return q.cc == p.cc
    if _is_division(q) and q.admin1:
        return (q.cc, q.admin1) == (p.cc, p.admin1)
    return haversine_km(p, q) <= QUALIFIER_KM


def locality(anchors) -> LatLon | None:
    """The median point of the article's towns: an estimate for a county no gazetteer row holds."""
    towns = [a for a in anchors if a.kind in ("city", "locality")]
    if not towns:
        return None
    lats, lons = sorted(a.lat for a in towns), sorted(a.lon for a in towns)
    return LatLon(lats[len(lats) // 2], lons[len(lons) // 2])
