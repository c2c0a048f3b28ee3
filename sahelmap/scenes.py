"""Where: the site, town or capital in the host country that an event a sentence tells happened at.

Read from the sentence's place mentions and English phrasing: the site or town near the trigger ("protested
in Agadez"), the capital told as a scene ("gunfire near the palace in the capital"), the place a convoy left
("left Timbuktu") rather than where it went, never a distance's landmark.
"""

from __future__ import annotations

import re

from .geocoders.index import capital_of
from .places import PlaceMention

PLACE_WINDOW = 120  # characters between a trigger and the town it happened in
# a UN contingent's camp in a town is the gazetteer's "Gao UN camp", not the national base there
PEACEKEEPING = re.compile(r"\bpeacekeep\w*|\bblue helmets\b|\b(?:MINUSMA|MINUSCA|MONUSCO|UNMISS)\b", re.I)
# "their base in", "its base in the northern Malian city of", "the base housing French troops in"
BASE_IN = re.compile(r"\b(?:base|camp)\s+(?:(?:housing|hosting)\s+(?:[\w-]+\s+){1,3}?)?(?:in|at|near|outside)\s+"
                     r"(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:town|city)\s+of\s+)?$", re.I)
COUP_WINDOW = 250  # "captured the president ... after gunfire near the palace in the capital Conakry"
CAPITAL_REACH = 2 * COUP_WINDOW  # "... an attempted coup. ... shooting near a military barracks in the capital"
# the capital as a scene: not "the capital of Nigeria", "the capital, Abuja", "Mali's capital, Bamako"
_CAPITAL = r"capital\b(?!\s*(?:of\b|,?\s*[A-Z]))"
_THE_CAPITAL = r"the (?:country's |nation's )?" + _CAPITAL
THE_CAPITAL = re.compile(r"\b(?:in|near|around|across|into|through) " + _THE_CAPITAL)
# a crowd "in the streets of the capital", "near the military base ... on the outskirts of the capital"
CAPITAL_STREETS = re.compile(r"\b(?:streets|outskirts) of " + _THE_CAPITAL)
HOST_CAPITAL = re.compile(r"['’]s " + _CAPITAL)  # "in Somalia's capital, where"
DEMONYM_CAPITAL = re.compile(r"\s+" + _CAPITAL)  # "in the Somali capital"
INTO = re.compile(r"\b(?:in|near|around|into|at|through)\s+$")
INTO_THE = re.compile(r"\b(?:in|near|around|into|at|through)\s+the\s+$")
STREETS_OF = re.compile(r"\bstreets\s+of\s+$")  # "filled the streets of Gabon's capital": where the crowd was
TOWN_OF = re.compile(r"\bin\s+the\s+(?:[\w-]+\s+){0,3}(?:city|town)\s+of\s+$")  # "in the eastern Congolese city of"
LANDMARK = re.compile(r"\b(?:km|kilometres|kilometers|miles)\s+(?:(?:north|south|east|west)[\w-]*\s+of|from)\s+"
                      r"(?:the\s+(?:capital\s+|city\s+of\s+)?)?$")  # "450 kilometres south of Addis Ababa"
# "left Timbuktu", "left their camp in Ber", "left the southern port of Zhanjiang"
LEFT_FROM = re.compile(r"\b(?:left|leaving|withdr[ae]w\w* from|pull(?:ed|ing|s)? out of|departed(?: from)?|flew out of|"
                       r"(?:took|lifted) off from)"
                       r"\s+(?:(?:the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:camp|base|port|airport|city|town)\s+"
                       r"(?:in|of|at)\s+|"
                       r"the\s+)?\Z")
# what a crowd protests over: "Protesters attack embassies in Congo's capital over Goma fall"
GRIEVANCE = re.compile(r"\b(?:over|against)\s+(?:the\s+)?(?:(?:fall|capture|loss|seizure|siege)\s+of\s+(?:the\s+)?)?\Z")
# where a convoy went: "travelled to Timbuktu", "left for Niamey"; not "next to the airport"
BOUND_TO = re.compile(r"(?<!next )(?<!close )\b(?:to|towards?|for|(?:advanc|march)\w*\s+on)\s+(?:the\s+)?\Z")


def told_in_capital(body: str, start: int, end: int, here, host, around=(), crowd: bool = False) -> bool:
    """Whether the sentence from ``start`` to ``end`` says the event was in the host's capital: "opened a
    base in Somalia's capital"; for a host's own act, told "in the capital" up to CAPITAL_REACH after it
    or "in Guinea-Bissau's capital" up to a coup's window, by the article's mentions ``around`` ("gunfire
    near the presidential palace in the capital"); with ``crowd``, a crowd "in the streets of the capital"
    (where the crowd was, not where soldiers seized power)."""
    if around and (THE_CAPITAL.search(body, start, end + CAPITAL_REACH) or any(
            m.country_code == host and m.kind == "country" and start <= m.start < end + COUP_WINDOW
            and _its_capital(body, m, False) for m in around)):
        return True
    if crowd and CAPITAL_STREETS.search(body, start, end):
        return True
    return any(m.country_code == host and m.kind == "country" and _its_capital(body, m, crowd) for m in here)


def _its_capital(body: str, m, crowd: bool) -> bool:
    """Whether a country mention names its capital as a scene: "in Somalia's capital", "in the Somali
    capital"; for a ``crowd``, "the streets of Gabon's capital"."""
    if m.role == "demonym":
        return DEMONYM_CAPITAL.match(body, m.end) is not None and \
            INTO_THE.search(body[max(0, m.start - 13):m.start]) is not None
    return HOST_CAPITAL.match(body, m.end) is not None and (
        INTO.search(body[max(0, m.start - 9):m.start]) is not None
        or crowd and STREETS_OF.search(body[max(0, m.start - 12):m.start]) is not None)


def capital_between(body: str, start: int, end: int) -> bool:
    """Whether the text between a town and the trigger puts it in the capital: "The revolt began at the Kati
    camp, and soldiers later drove into the capital, where they seized the president"."""
    return start < end and THE_CAPITAL.search(body, start, end) is not None


def place_of(mentions, host, avoid, trigger, capital_window=0, body="") -> PlaceMention | None:
    """The site, else the town near the trigger, in the host country; ``trigger`` is its (start, end),
    and a town inside a long trigger is near. A town from another sentence (``trigger`` None) is never
    the dateline's city (ids in ``avoid``); the trigger's own sentence may name it ("protested in
    Agadez"). ``capital_window``: how far the host's capital may be (a coup's: "captured the president
    ... after gunfire near the palace in the capital Conakry"); ``body``, the article's text, lets a town the
    sentence introduces as one ("in the eastern Congolese city of Goma") be farther."""
    capital = capital_of(host)
    ok = [m for m in mentions if m.country_code == host and m.kind in ("site", "city", "locality", "region")
          and m.role != "metonym"
          and (trigger is None and m.id not in avoid or trigger is not None and (
              m.kind == "site" or _from(trigger, m) <= PLACE_WINDOW or _town_of(body, m, trigger)
              or (m.name == capital or _in_capital(m, capital, mentions)) and _from(trigger, m) <= capital_window))]
    return min(ok, key=place_rank, default=None)


def _town_of(body: str, m, trigger: tuple[int, int]) -> bool:
    """A town the sentence introduces after the trigger as one, within twice the window: "Protesters angry at
    the United Nations peacekeeping mission stormed ... two of its bases in the eastern Congolese city of Goma"."""
    return 0 < m.start - trigger[0] <= 2 * PLACE_WINDOW and m.kind in ("city", "locality") and \
        TOWN_OF.search(body, max(0, m.start - 40), m.start) is not None


def _in_capital(m, capital, mentions) -> bool:
    """A district named with its capital: "the Kaloum district of Conakry", "Conakry's Kaloum district"."""
    return m.kind in ("locality", "site") and any(
        c.name == capital and c is not m and (0 < c.start - m.end <= 25 or 0 <= m.start - c.end <= 4) for c in mentions)


def _from(trigger: tuple[int, int], m) -> int:
    """How far a mention starts from a trigger's start; none inside the trigger ("were arrested ... and
    taken to the Kati military camp")."""
    return 0 if trigger[0] <= m.start < trigger[1] else abs(m.start - trigger[0])


def left_place(body: str, here, host) -> PlaceMention | None:
    """The town or site in the host its sentence says was left, however far from the trigger: "“We have
    completed our withdrawal,” ... said, after the last of its soldiers ... left Timbuktu"."""
    return next((m for m in here if m.country_code == host and m.kind in ("site", "city", "locality")
                 and m.role == "mention" and LEFT_FROM.search(body, max(0, m.start - 30), m.start)), None)


def not_bound(etype: str, body: str, places: list) -> list:
    """Of a sentence's places, those the event may be at: not a distance's landmark ("about 450 kilometres
    south of Addis Ababa") nor a protest's grievance ("over Goma fall"), and for a withdrawal those it left, not
    where it went ("Timbuktu" in "the convoy came under fire as it travelled to Timbuktu")."""
    places = [m for m in places if not LANDMARK.search(body, max(0, m.start - 40), m.start)
              and not (etype == "protest" and GRIEVANCE.search(body, max(0, m.start - 30), m.start))]
    if etype != "withdrawal":
        return places
    return [m for m in places if not BOUND_TO.search(body, max(0, m.start - 16), m.start)]


def place_rank(m) -> int:
    """How exactly a place locates an event: a site, then a town, a region only failing both."""
    return {"site": 0, "region": 2}.get(m.kind, 1)
