"""Extract: draft events from article text alone, each traced to its sentence.

Language rules find the trigger (coup, withdrawal, deployment, base, agreement, protest),
the foreign force and its country, the host country, the place and the date, resolved
against the publication date. The same event told by several sentences or articles is
merged into one with all its sources. Nothing here reads the curated events table.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from collections import Counter
from typing import Iterable

from .articles import Article, with_date
from .coords import LatLon, haversine_km
from .events import Event, Source, sort_events
from .eventwords import (ACTOR_NAMES, DEMAND, DESTINATION, ENDING, FORCE, FOREIGN_POWERS, METONYMS, NAMED_FORCES,
                         NEEDS_FORCE, NEGATED, NOT_PROTEST, PLANNED, REACTION, TELLER, TELLING, TOLD_TO_GO, TRIGGERS, UN_FORCES,
                         agreed_withdrawal, arrives_home, describes_force, find_trigger, in_transit, pluperfect, reports, subtype_of)
from .geocoders.index import country_table
from .places import PlaceFinder, PlaceMention
from .story import (BACKGROUND_DAYS, anaphora, as_of_dateline, continues, dateline_head, event_date, following,
                    lead_day, lead_index, recalled, section_days, sentence_dates, sentence_words)

MERGE_DAYS = 7
NEAR_KM = 25  # a base and the town it is by are one place when merging
PLACE_WINDOW = 120


@dataclasses.dataclass
class _Draft:
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


@dataclasses.dataclass(frozen=True)
class _Context:
    """What every sentence of one article shares."""

    article: Article
    focus: str | None  # the country the article is about
    avoid: frozenset  # place ids of its dateline
    named: frozenset = frozenset()  # countries the article names (or names a people of)
    towns: frozenset = frozenset()  # countries the article names a town or site in


class Extractor:
    """Draft events from articles using the place finder and language rules."""

    def __init__(self, finder: PlaceFinder | None = None):
        self.finder = finder or PlaceFinder()
        self.geocoder = self.finder.geocoder

    def extract(self, articles: Iterable[Article], **engine) -> list[Event]:
        """Draft, then merge, the events of all the articles (``engine``: see :func:`corpus.run`);
        an undated article is read as of the latest full date it names."""
        articles = with_date(articles)
        if engine.get("engine") in (None, "serial"):
            per_article = [self.drafts(a) for a in articles]
        else:
            from .corpus import drafts_of, run

            per_article = run(drafts_of, articles, label="articles", **engine)
        return self.from_drafts([d for ds in per_article for d in ds])

    def from_drafts(self, drafts: list[_Draft]) -> list[Event]:
        """Merge drafts told by several sentences or articles into events."""
        return sort_events(self._merge(drafts))

    # ---- one article
    def drafts(self, article: Article) -> list[_Draft]:
        """Event drafts from each sentence of one article."""
        places = self.finder.find(article)
        mentions = [m for m in places if m.role != "dateline"]
        article = as_of_dateline(article, places)
        ctx = _Context(article, self._focus_country(places),
                       frozenset(m.id for m in places if m.role == "dateline"),
                       frozenset(m.country_code for m in mentions if m.kind == "country" or m.role == "demonym"),
                       frozenset(m.country_code for m in mentions if m.kind in ("city", "locality", "site")))
        sentences = article.sentences()
        dates_at = sentence_dates(article, sentences, dateline_head(article, places))
        words_at = sentence_words(article, sentences)
        lead = lead_index(article, sentences, words_at)
        first_day = lead_day(article, sentences, dates_at, lead)
        headed = section_days(article, sentences)
        out, prior = [], {}  # prior: the last force of each kind, for "the instructors" in the next sentences
        for n, (s, e) in enumerate(sentences):
            sentence = article.body[s:e]
            words = words_at(n)
            hits = agreed_withdrawal(sentence, in_transit(sentence, [
                (etype, sub, find_trigger(rx, sentence, etype, words[etype])) for etype, sub, rx in TRIGGERS]))
            if not any(t for _, _, t in hits):
                continue
            here = [m for m in mentions if s <= m.start < e]
            dates = dates_at(n)
            # what the sentence recalls can own a date too ("The coup follows a mutiny on Sunday": the mutiny's);
            # a base is a noun, not a happening: it dates nothing when a verb is at hand
            triggers = sorted({t.start() for etype, _, t in hits if t and etype != "base"} |
                              set(recalled(sentence, words))) or [t.start() for _, _, t in hits if t]
            after = following(article, sentences, n, lead, mentions, first_day, dates_at, words_at, headed)
            has_force = re.search(FORCE, sentence, re.I) is not None
            for etype, sub, trig in hits:
                told = prior.get(etype)  # "The departure leaves France ..." refers back further
                told = told[1] if told and (n - told[0] <= 2 or etype == "base" or anaphora(sentence, trig)) else None
                again = told and anaphora(sentence, trig)  # "The deployment, which began in late August"
                if not trig or (etype in NEEDS_FORCE and not again and not has_force):
                    continue
                if etype == "deployment" and describes_force(sentence, trig):
                    continue  # "The last French soldiers deployed in Niger left": who, not what happened
                draft = self._draft(ctx, etype, sub, sentence, s, trig, here, dates, triggers, after, told)
                if draft is not None:
                    out.append(draft)
                    if draft.actor != "unknown":
                        prior[draft.type] = (n, draft)
        return out

    def _focus_country(self, places: list[PlaceMention]) -> str | None:
        """The country the article is about: most named (the dateline's counts), foreign powers last,
        then the first named."""
        counts = Counter(m.country_code for m in places if m.country_code)
        first = {cc: n for n, cc in reversed(list(enumerate(m.country_code for m in places)))}
        ranked = sorted(counts, key=lambda cc: (cc in FOREIGN_POWERS, -counts[cc], first[cc]))
        return ranked[0] if ranked else None

    def _draft(self, ctx: _Context, etype, sub, sentence, offset, trig, here, dates, triggers, after, told=None):
        article, pub = ctx.article, ctx.article.date
        before = sentence[:trig.start()]
        if DEMAND.search(before[-80:]) or NEGATED.search(before[-60:]):
            return None  # "to demand the departure of U.S. troops" reports a demand, not a departure
        if etype == "protest" and NOT_PROTEST.search(before[-40:]):
            return None  # "told reporters at a rally", "has drawn huge crowds": a campaign, not a protest
        if etype == "deployment" and ENDING.search(before[-40:]):
            etype = "withdrawal"  # "landed at Wunstorf on Friday, ending the Bundeswehr's deployment in Mali"
        reaction = REACTION.search(before[-60:]) if etype in NEEDS_FORCE else None
        if reaction:  # "Canada said they condemn the deployment of mercenaries": Canada deploys nobody
            reacting_at = offset + len(before) - len(before[-60:]) + reaction.start()
            here = [m for m in here if m.start >= reacting_at]
        actor_cc, actor = self._actor(sentence, offset, here, trig.start(), etype in NEEDS_FORCE | {"base"},
                                      partner=etype == "agreement")
        told = told if told and (actor == "unknown" or actor_cc == told.actor_cc) and continues(sentence, trig, etype) \
            else None
        if told:
            actor_cc, actor = told.actor_cc, told.actor
        named_force = actor != "unknown"
        same = told if told and anaphora(sentence, trig) else None  # "The deployment ...": its host too
        host = same.host_cc if same else self._host(here, actor_cc, ctx, offset + trig.start())
        if etype == "coup":
            actor_cc, actor = host, f"Military junta ({self._country_name(host)})"
        elif etype == "protest":
            actor_cc, actor = host, f"Protesters ({self._country_name(host)})"
        elif etype == "membership":
            actor_cc, actor = host, f"Government ({self._country_name(host)})"
        if host is None or (not named_force and etype in NEEDS_FORCE | {"base"}):
            return None  # nowhere to put it, or nobody doing it
        if etype in NEEDS_FORCE and host == actor_cc:
            return None  # a country's own army moving at home is not a foreign deployment
        if etype == "deployment" and arrives_home(sentence, offset, here, trig, actor_cc):
            etype = "withdrawal"  # "German soldiers of the U.N. mission in Mali landed at Wunstorf": home from Mali
        subtype = sub or subtype_of(etype, sentence, trig.start())
        if etype in ("base", "agreement") and subtype is None:
            return None  # a base or accord merely mentioned is no event: it must be built, signed, closed...
        when, cue = event_date(etype, subtype, sentence, trig.start(), dates, triggers, after, pub)
        planned = etype in NEEDS_FORCE and PLANNED.search(before[-40:]) is not None
        if planned:  # a plan is news the day it is told; the day planned ranks no higher than a report's
            subtype = subtype if subtype in ("ordered", "presence") else "announced"
            told_on = [d for d in dates if reports(d, sentence)]
            when, cue = (told_on[0], False) if told_on else (when, cue)
        if when is None and (pub is None or cue or etype in ("coup", "base") or pluperfect(before) and not told):
            return None  # an undated recollection ("with the U.S. building a drone base"): no day to put it on
        day, precision = (when.day, when.precision) if when else (told.day, told.precision) if told else (pub, "day")
        # "resigned on Wednesday, two days after soldiers arrested them": a sequence of this week's news
        background = (bool(cue) and not (when and when.offset)) or (pub is not None and (pub - day).days > BACKGROUND_DAYS)
        place = _place(here, host, ctx.avoid, offset + trig.start()) or \
            (_place(after.places, host, ctx.avoid, None) if after.lead and etype not in after.told else None)
        source = Source(article=article.id, sentence=sentence, start=offset, end=offset + len(sentence),
                        url=article.url)
        own = 0 if when is None else 1 if planned or when not in dates or reports(when, sentence) else 2
        if own < 2 and REACTION.search(before[-60:]):
            own = -1  # "ECOWAS condemns the coup": the day of a reaction, not of the coup
        return _Draft(etype, subtype, actor, actor_cc, host, place, day, precision, background, own,
                      source, ctx.avoid)

    def _actor(self, sentence, offset, here, trig_at, moving=False, partner=False):
        """Whose forces: a country told to go, else the country right before the force word nearest
        the trigger ("France's last troops"), else a named force (Wagner), else the first foreign
        power named before the trigger, else an accord's partner ("deal with the US"), else a UN or
        EU mission, else any country sending its own."""
        for m in here:  # "asked Denmark to withdraw", "ordered France to pull out"
            if m.kind == "country" and TOLD_TO_GO.match(sentence, m.end - offset) and \
                    TELLING.search(sentence[max(0, m.start - offset - 20):m.start - offset]):
                return m.country_code, ACTOR_NAMES.get(m.country_code, f"Armed forces of {m.name}")
        forces = sorted((m.start() for m in re.finditer(FORCE, sentence, re.I)), key=lambda f: abs(f - trig_at))
        countries = [m for m in here if m.kind == "country" and m.country_code in FOREIGN_POWERS]
        subject = [m for m in countries if 0 < trig_at - (m.end - offset) <= 20
                   and not re.search(FORCE, sentence[m.end - offset:trig_at], re.I)]
        if subject:  # "as US prepares exit", "France's withdrawal"
            return subject[-1].country_code, ACTOR_NAMES.get(subject[-1].country_code, subject[-1].name)
        for f in forces:
            before = [m for m in countries if 0 <= offset + f - m.end <= 40
                      and not sentence.startswith("-led", m.end - offset)]  # "the French-led task force"
            if before:  # "German soldiers serving with the UN mission" are Germany's; "France, asks the mission" not
                m = before[-1]
                own = re.match(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?" + FORCE, sentence[m.end - offset:], re.I)
                return (None if own else _un_between(sentence, m.end - offset, trig_at)) or \
                    (m.country_code, ACTOR_NAMES.get(m.country_code, m.name))
        for rx, cc, name in NAMED_FORCES:
            if re.search(rx, sentence):
                return cc, name
        if countries and countries[0].start - offset < trig_at:
            m = countries[0]
            return _un_between(sentence, m.end - offset, trig_at) or (m.country_code, ACTOR_NAMES.get(m.country_code, m.name))
        if partner:
            m = next((m for m in countries if 0 < m.start - offset - trig_at <= 60
                      and re.search(r"\bwith\s+(?:the\s+)?$", sentence[:m.start - offset])), None)
            if m:
                return m.country_code, ACTOR_NAMES.get(m.country_code, m.name)
        for cc, rx in METONYMS.items():  # "Moscow has dispatched instructors"
            m = re.search(rx, sentence[:trig_at])
            if m and not re.match(r"\s*[-–—(]", sentence[m.end():m.end() + 3]):  # not a dateline
                return cc, ACTOR_NAMES.get(cc, self._country_name(cc))
        for rx, cc, name in UN_FORCES:
            if re.search(rx, sentence):
                return cc, name
        return self._smaller_power(sentence, offset, here, trig_at) if moving else (None, "unknown")

    @staticmethod
    def _smaller_power(sentence, offset, here, trig_at):
        """Any country sending its own forces somewhere else it names: "Hungary's parliament approved
        sending 200 soldiers to Chad" (the country before the trigger, another after "to")."""
        nations = [m for m in here if m.kind == "country" or m.role == "demonym" or _capital_subject(m, offset)]
        dest = next((m for m in nations if m.start - offset > trig_at
                     and DESTINATION.search(sentence[max(0, m.start - offset - 12):m.start - offset])), None)
        if dest is None or not re.search(FORCE, sentence, re.I):
            return None, "unknown"
        actor = next((m for m in nations if m.start - offset < trig_at and m.country_code != dest.country_code), None)
        if actor is None:
            return None, "unknown"
        return actor.country_code, ACTOR_NAMES.get(actor.country_code, f"Armed forces of {actor.name}")

    def _host(self, here, actor_cc, ctx, trig_at=None):
        """The African country the trigger points at ("ending France's mission in Mali"), else the
        first the sentence names other than the force's own (a town counts only when the article
        names its country: "Wagner" is no Brazilian town here), else the article's. Hosts are African:
        "France, Britain, Germany, Canada and others" condemn, they do not host."""
        partners = _listed_with(here, actor_cc, ctx.article.body)  # "Britain, Sweden, Germany and Benin have ..."
        named = [m for m in here if m.country_code and m.country_code != actor_cc and _african(m.country_code)
                 and m.country_code not in FOREIGN_POWERS and m.role != "demonym" and m not in partners
                 and (m.kind in ("country", "region") or m.country_code in ctx.named | {ctx.focus})]
        body = ctx.article.body
        tellers = [m for m in named if trig_at is not None and m.end < trig_at and TELLER.match(body, m.end)]
        if tellers:  # "Chad and Senegal have asked French troops to leave": the one asking hosts them
            return tellers[0].country_code
        pointed = [m for m in named if trig_at is not None and 0 < m.start - trig_at <= 90
                   and DESTINATION.search(body[max(0, m.start - 12):m.start])]
        for m in named:  # "to Mali, Niger and Burkina Faso": the whole list is pointed at
            if pointed and m not in pointed and re.fullmatch(r",?\s*(?:and\s+|or\s+)?|,\s*",
                                                             body[pointed[-1].end:m.start]):
                pointed.append(m)
        if pointed or named:  # of "between Mali, Niger and Burkina Faso", the one the story puts a town in
            listed = pointed or named
            return next((m for m in listed if m.country_code in ctx.towns), listed[0]).country_code
        return ctx.focus if ctx.focus != actor_cc and _african(ctx.focus) else None

    # ---- merging and events
    def _merge(self, drafts: list[_Draft]) -> list[Event]:
        groups: list[list[_Draft]] = []
        by_who: dict[tuple, list[list[_Draft]]] = {}  # only drafts of one type, actor and host can merge
        for d in sorted(drafts, key=lambda d: (d.type, d.actor_cc or "", d.host_cc or "", d.day)):
            same = by_who.setdefault((d.type, d.actor_cc, d.host_cc), [])
            group = next((g for g in same if _same_event(g[0], d)), None)
            if group is None:
                group = []
                same.append(group)
                groups.append(group)
            group.append(d)
        return [self._event(g) for g in _fold_unknown_actors(groups, by_who)]

    def _event(self, group: list[_Draft]) -> Event:
        rank = {"day": 0, "week": 1, "month": 2, "year": 3}
        best = min(group, key=lambda d: (-d.dated, rank[d.precision], d.source.article or "", d.source.start))
        who = next((d for d in group if d.actor_cc), best)  # the party a folded draft did not name
        placed = min((d.place for d in group if d.place is not None), key=lambda p: p.kind != "site", default=None)
        subtype = _subtype(best, [d.subtype for d in group if d.day == best.day and d.dated >= 0])
        lat, lon, place, geo, proxy = self._where(best, placed)
        sources = tuple(dict.fromkeys(d.source for d in sorted(group, key=lambda d: (d.source.article or "", d.source.start))))
        iso3 = self._iso3
        ident = "-".join([best.type, iso3(who.actor_cc) or "UNK", iso3(best.host_cc) or "UNK", best.day.strftime("%Y%m%d")])
        digest = hashlib.sha1((ident + (place or "")).encode()).hexdigest()[:6]
        confidence = min(0.95, 0.45 + 0.1 * (best.dated > 0) + 0.1 * (placed is not None) + 0.1 * (len(sources) - 1))
        return Event(
            id=f"x-{ident}-{digest}", type=best.type, subtype=subtype, actor=who.actor,
            actor_country=iso3(who.actor_cc), host_country=iso3(best.host_cc), place=place, lat=lat, lon=lon,
            geo_precision=geo, capital_proxy=proxy, start=best.day, date_precision=best.precision,
            is_background=all(d.background for d in group), confidence=round(confidence, 2), reviewed=False,
            description=_describe(dataclasses.replace(best, subtype=subtype, actor=who.actor), place), sources=sources)

    def _where(self, d: _Draft, placed: PlaceMention | None):
        """(lat, lon, place, geo_precision, capital_proxy): the named place, else the capital or the country."""
        if placed is not None:
            geo = "site" if placed.kind == "site" else "town"
            return placed.lat, placed.lon, placed.name, geo, False
        capital = self._capital(d.host_cc)
        if capital is not None and capital.raw["id"] in d.avoid:
            capital = None  # filed from the capital: the dateline says where the reporter was, not the event
        proxy = d.type in ("coup", "agreement", "protest", "membership") or d.subtype in ("announced", "ordered")
        if capital is not None and proxy:
            return capital.latitude, capital.longitude, capital.raw["name"], "country", True
        country = self._country(d.host_cc)
        if country is not None:
            return country.latitude, country.longitude, country.raw["name"], "country", False
        return 0.0, 0.0, None, "country", False

    def _country_name(self, cc: str | None) -> str:
        return self.geocoder.country_names.get(cc or "", "unknown")

    def _country(self, cc: str | None):
        """The country's own point (label point or GeoNames' country point), by its code."""
        name = self.geocoder.country_names.get(cc or "")
        return self.geocoder.geocode(name, featuretype="country", country_codes=[cc]) if name else None

    def _capital(self, cc: str | None):
        name = country_table().get(cc or "", {}).get("capital")
        return self.geocoder.geocode(name, country_codes=[cc]) if name else None

    @staticmethod
    def _iso3(cc: str | None) -> str | None:
        return country_table().get(cc or "", {}).get("iso3")


def _listed_with(here, actor_cc, body) -> list:
    """The countries listed together with the actor's ("Britain, Sweden, Germany and Benin have also
    announced they are pulling troops out"): fellow actors, not hosts."""
    first = next((i for i, m in enumerate(here) if m.country_code == actor_cc and m.kind == "country"), None)
    if actor_cc is None or first is None:
        return []
    out, i = [], first
    while i + 1 < len(here) and re.fullmatch(r",?\s*(?:and\s+|or\s+)?", body[here[i].end:here[i + 1].start]):
        i += 1
        out.append(here[i])
    return out


def _capital_subject(m: PlaceMention, offset: int) -> bool:
    """A capital opening the sentence speaks for its country: "N'Djamena has deployed 1,200 soldiers"."""
    return m.start - offset <= 2 and m.kind == "city" and country_table().get(m.country_code or "", {}).get("capital") == m.name


def _african(cc: str | None) -> bool:
    return country_table().get(cc or "", {}).get("continent") == "AF"


def _un_between(sentence, start, end) -> tuple | None:
    """The UN or regional mission named between a country and the trigger: "the resolution, drafted by
    France, asks the mission, known as MINUSMA, to start withdrawing" is the mission's withdrawal."""
    for rx, cc, name in UN_FORCES:
        if any(start <= u.start() < end for u in re.finditer(rx, sentence)):
            return cc, name
    return None


def _place(mentions, host, avoid, trigger_at) -> PlaceMention | None:
    """The site, else the town near the trigger, in the host country. The dateline's city only when
    the trigger's own sentence names it ("protested in Agadez"), and then only if nothing else fits."""
    ok = [m for m in mentions if m.country_code == host and m.kind in ("site", "city", "locality")
          and (trigger_at is None or m.kind == "site" or abs(m.start - trigger_at) <= PLACE_WINDOW)]
    ok.sort(key=lambda m: (m.id in avoid, m.kind != "site"))
    if ok and (trigger_at is not None or ok[0].id not in avoid):
        return ok[0]
    return None


WITHDRAWAL_STAGES = ("ordered", "announced", "started", "completed")


def _subtype(best: _Draft, that_day: list) -> str | None:
    """What that day's sources tell together (reactions aside): a withdrawal's furthest stage; a coup
    foiled, though some sentences tell what the plotters did ("announced they had dissolved the government")."""
    if best.type == "withdrawal":
        return max(that_day or [best.subtype], key=_stage)  # a reaction alone ("condemned the withdrawal")
    return "failed" if best.type == "coup" and "failed" in that_day else best.subtype


def _stage(subtype: str | None) -> int:
    """How far along a withdrawal a subtype is: the event takes the furthest its sources tell that day."""
    return WITHDRAWAL_STAGES.index(subtype) if subtype in WITHDRAWAL_STAGES else -1


def _fold_unknown_actors(groups, by_who) -> list[list[_Draft]]:
    """An accord or withdrawal told once without its foreign party ("revoked an agreement that allowed
    U.S. staff") joins the one event of that kind, host and time that names it."""
    out = []
    for g in groups:
        d = g[0]
        if d.actor_cc is None and d.type not in ("coup", "protest", "membership"):
            known = [h for (t, a, host), gs in by_who.items() if t == d.type and host == d.host_cc and a
                     for h in gs if all(_same_event(h[0], x, actor=False) for x in g)]
            if len(known) == 1:
                known[0].extend(g)
                continue
        out.append(g)
    return out


def _same_event(a: _Draft, b: _Draft, actor: bool = True) -> bool:
    if (a.type, a.host_cc) != (b.type, b.host_cc) or (actor and a.actor_cc != b.actor_cc):
        return False
    if a.place is not None and b.place is not None and a.place.id != b.place.id and \
            haversine_km(LatLon(a.place.lat, a.place.lon), LatLon(b.place.lat, b.place.lon)) > NEAR_KM:
        return False  # the base and the town it is in are one place
    if a.type in ("agreement", "base") and a.subtype != b.subtype:
        return False  # an accord signed and one revoked are two events
    coarse = {"year": 366, "month": 31, "week": 7}
    slack = max(coarse.get(a.precision, MERGE_DAYS), coarse.get(b.precision, MERGE_DAYS))
    return abs((a.day - b.day).days) <= slack


def _describe(d: _Draft, place: str | None) -> str:
    what = {"coup": "Coup", "withdrawal": "Withdrawal", "deployment": "Deployment", "base": "Base",
            "agreement": "Agreement", "protest": "Protest", "membership": "Bloc change"}[d.type]
    bits = [f"{what} ({d.subtype})" if d.subtype else what, f"by {d.actor}" if d.type != "coup" else None,
            f"in {place}" if place else None]
    return " ".join(b for b in bits if b) + " (extracted)"
