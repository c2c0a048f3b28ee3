"""Drafts: an event taking shape from one sentence, and which drafts tell the same event.

:mod:`sahelmap.extract` reads each sentence into a :class:`Draft`; the rules here say which
drafts are one event (one kind, parties and place, days close enough and not told apart), fold
in the ones that lack a party or tell only a reaction, and what the merged event's subtype is.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from .coords import haversine_km
from .events import Source
from .eventwords import MISSIONS
from .places import PlaceMention

MERGE_DAYS = 7  # a day-dated event's days told apart by more than this are two events
HOST_ACTORS = {"coup": "Military junta", "protest": "Protesters", "membership": "Government"}
NEAR_KM = 25  # a base and the town it is by are one place when merging


@dataclasses.dataclass
class Draft:
    """An event taking shape from one sentence, before merging."""

    type: str
    subtype: str | None
    actor: str
    actor_cc: str | None
    host_cc: str | None
    place: PlaceMention | None
    day: dt.date
    precision: str
    background: bool
    dated: int  # 2: by its sentence's date for it, 1: by the report's ("said on Friday") or the next sentence's,
    # 0: none, -1: a reaction's ("condemned the coup")
    source: Source
    avoid: frozenset = frozenset()  # places not to put the event at: the article's dateline
    in_capital: bool = False  # the text around it says "in the capital"
    again: bool = False  # its sentence refers back to an event told before: "The deployment, which began ..."
    filed: bool = False  # dated only by its dateline's day, the filing's
    at: int = 0  # its sentence's index in the article
    recalled: bool = False  # told in an "after ..." clause: "after the handover of the base the day before"
    mutiny: bool = False  # a coup told only as a mutiny: the takeover it led to, if told, is dated by its own day
    home: bool = False  # a withdrawal told by the troops' landing at home: the day they left the host comes first
    base_guessed: bool = False  # placed at the gazetteer's base by the town the text names ("their camp in Gao")
    voted: bool = False  # told as a vote that allows it: "parliament voted on Thursday to allow troops to be sent"


def midpoint(day: dt.date, precision: str) -> dt.date:
    """The middle of the time a date names: "last month" is about mid-month, not its first day."""
    return day + dt.timedelta(days={"month": 14, "week": 3}.get(precision, 0))  # a year named is history


WITHDRAWAL_STAGES = ("ordered", "announced", "started", "completed")


def merged_subtype(best: Draft, that_day: list) -> str | None:
    """What that day's sources tell together (reactions aside): a withdrawal's furthest stage; a coup
    foiled, though some sentences tell what the plotters did ("announced they had dissolved the government")."""
    if best.type == "withdrawal":
        return max(that_day or [best.subtype], key=_stage)  # a reaction alone ("condemned the withdrawal")
    if best.type == "protest" and "violent" in that_day:
        return "violent"  # "Hundreds took to the streets ... Police fired tear gas to disperse the protesters"
    return "failed" if best.type == "coup" and "failed" in that_day else best.subtype


def _stage(subtype: str | None) -> int:
    """How far along a withdrawal a subtype is: the event takes the furthest its sources tell that day."""
    return WITHDRAWAL_STAGES.index(subtype) if subtype in WITHDRAWAL_STAGES else -1


def fold_unknown_actors(groups, by_who) -> list[list[Draft]]:
    """An accord or withdrawal told once without its foreign party ("revoked an agreement that allowed
    U.S. staff") joins the one event of that kind, host and time that names it."""
    out = []
    for g in groups:
        d = g[0]
        if d.actor_cc is None and d.actor not in MISSIONS and d.type not in HOST_ACTORS:  # not a UN or ECOWAS force
            dated = [x for x in g if x.dated] or g  # an undated headline carries only its publication day
            known = [h for (t, a, host), gs in by_who.items() if t == d.type and host == d.host_cc and a
                     for h in gs if all(same_event(h[0], x, actor=False) for x in dated)]
            if len(known) == 1:
                known[0].extend(g)
                continue
        out.append(g)
    return out


def fold_reactions(groups) -> list[list[Draft]]:
    """A day told only as a reaction ("Oct. 10 — Washington designates the takeover a coup") is not the
    event's own: such a group joins the latest earlier event of that kind and host the text tells."""
    told = [g for g in groups if any(d.dated >= 0 for d in g)]
    out = []
    for g in groups:
        kin = [h for h in told if (h[0].type, h[0].host_cc) == (g[0].type, g[0].host_cc) and h[0].day <= g[0].day]
        if any(h is g for h in told) or not kin:
            out.append(g)
        else:
            max(kin, key=lambda h: h[0].day).extend(g)
    return out


def _alike(a: Draft, b: Draft, actor: bool = True) -> bool:
    """Whether two drafts may tell one event, whatever their days: one kind, parties, place and outcome."""
    if (a.type, a.host_cc) != (b.type, b.host_cc) or (actor and a.actor_cc != b.actor_cc):
        return False
    apart = a.place is not None and b.place is not None and a.place.id != b.place.id and \
        "region" not in (a.place.kind, b.place.kind)  # a region holds its towns
    if apart and not close_by(a.place, b.place):
        return False  # the base and the town it is in are one place
    return not (a.type in ("agreement", "base") and a.subtype != b.subtype)  # an accord signed, one revoked


def close_by(a: PlaceMention, b: PlaceMention) -> bool:
    """Whether two places are near enough to be one: a base and the town it is by (Air Base 201, Agadez)."""
    return haversine_km(a.point, b.point) <= NEAR_KM


def news_of(groups: list[list[Draft]], d: Draft) -> list[Draft] | None:
    """The group holding the recent news, dated by its own text, that the undated draft ``d``'s article tells."""
    news = [(abs((d.day - x.day).days), g) for g in groups for x in g  # nearest the day it was given
            if x.source.article == d.source.article and x.dated > 0 and not x.background and _alike(x, d)]
    return min(news, key=lambda t: t[0])[1] if news else None


def same_event(a: Draft, b: Draft, actor: bool = True) -> bool:
    if not _alike(a, b, actor):
        return False
    coarse = {"year": 366, "month": 31, "week": 13}  # a week is named by its Monday
    slack = max(coarse.get(a.precision, MERGE_DAYS), coarse.get(b.precision, MERGE_DAYS))
    return abs((a.day - b.day).days) <= slack and not _told_apart(a, b)


def _told_apart(a: Draft, b: Draft) -> bool:
    """A day the text tells outside the other's month or week: two events ("have entered an air base, an
    official said on Thursday, May 2" is not "sent ... in April"), unless the vaguer sentence refers back
    ("The deployment, which began in late August") or either is a plan ("will leave this month")."""
    day, vague = (a, b) if a.precision == "day" else (b, a)
    if day.precision != "day" or vague.precision == "day" or day.dated < 1:
        return False
    if vague.precision == "week" and day.dated == 1 and 0 <= (day.day - vague.day).days < 14:
        return False  # "have deployed ..., sources said on Thursday" is the arrival "last week"
    return not (vague.again or "announced" in (a.subtype, b.subtype) or within(day.day, vague))


def within(day: dt.date, d) -> bool:
    """Whether ``day`` falls in the week, month or year ``d`` (a draft or a date mention) is dated to."""
    if d.precision == "year":
        return day.year == d.day.year
    if d.precision == "month":
        return (day.year, day.month) == (d.day.year, d.day.month)
    return 0 <= (day - d.day).days < 7


def describe(d: Draft, place: str | None) -> str:
    what = {"coup": "Coup", "withdrawal": "Withdrawal", "deployment": "Deployment", "base": "Base",
            "agreement": "Agreement", "protest": "Protest", "membership": "Bloc change"}[d.type]
    bits = [f"{what} ({d.subtype})" if d.subtype else what, f"by {d.actor}" if d.type != "coup" else None,
            f"in {place}" if place else None]
    return " ".join(b for b in bits if b) + " (extracted)"
