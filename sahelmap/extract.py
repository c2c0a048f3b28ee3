"""Extract: draft events from article text alone, each traced to its sentence.

Language rules find the trigger (coup, withdrawal, deployment, base, agreement, protest),
the foreign force and its country, the host country, the place and the date, resolved
against the publication date. The same event told by several sentences or articles is
merged into one with all its sources. Nothing here reads the curated events table.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter
from typing import Iterable

from .articles import Article, with_date
from .backfill import backfill
from .datewords import NEXT_CLAUSE, SAYING, live_takeover, perfect_since, pluperfect, quoted_now, reports
from .drafts import (HOST_ACTORS, Draft, describe, fold_reactions, fold_unknown_actors, merged_subtype, midpoint,
                     news_of, same_event, within)
from .events import ENDINGS, Event, Source, sort_events
from .eventwords import (APPROVED, ASKED, BEFORE_THE, CALLED_OFF, CONDITION, CONTINENT_LEFT, DEMAND, DENIED, DUE_AFTER,
                         ENDING, FORCE, FOREIGN_POWERS, GENERIC_FORCES, LET_BUILD, NEEDS_FORCE, NEGATED, NO_ACCORD,
                         NOT_PROTEST, PERMITTED, PLANNED, PLOTTED, REACTION, RELATIVE_VERB, RETRACTED, SCENE_OF,
                         SCHEDULED, SLOGAN, SURVIVED, TOOK_OVER, TRIGGER_RX, TRIGGERS, diplomat_told)
from .geocoders.index import capital_of, country_table
from .places import PlaceFinder, PlaceMention
from .roles import actor_of, base_holder, host_of, host_quits, signatory, taken_from
from .scenes import (BASE_IN, COUP_WINDOW, PEACEKEEPING, capital_between, left_place, not_bound, place_of, place_rank,
                     told_in_capital)
from .story import (CARRIER, anaphora, continues, event_date, following, lead_index, recalled, refers_back,
                    sentence_words, sequels)
from .storydays import (BACKGROUND_DAYS, RECENT_DAYS, as_of_dateline, corrected_days, dateline_head, lead_day,
                        section_days, sentence_dates)
from .triggers import (acting, agreed_withdrawal, arrives_home, find_trigger, in_transit, mutiny_only, next_clause,
                       subtype_of)


@dataclasses.dataclass(frozen=True)
class _Context:
    """What every sentence of one article shares."""

    article: Article
    focus: str | None  # the country the article is about
    avoid: frozenset  # place ids of its dateline
    named: frozenset = frozenset()  # countries the article names (or names a people of)
    towns: frozenset = frozenset()  # countries the article names a town or site in
    mentions: tuple = ()  # its place mentions, dateline aside, in order


COMES_AFTER = re.compile(r"\s+(?:comes?|came)\s+(?:[\w-]+\s+){0,3}?(?:after|before)\b")
BASE_WORDS = ("base", "air base", "camp")  # how the gazetteer names a town's base: "Gao base", "Timbuktu camp"


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

    def from_drafts(self, drafts: list[Draft]) -> list[Event]:
        """Merge drafts told by several sentences or articles into events."""
        return sort_events(self._merge(drafts))

    # ---- one article
    def drafts(self, article: Article) -> list[Draft]:
        """Event drafts from each sentence of one article."""
        places = self.finder.find(article)
        mentions = [m for m in places if m.role != "dateline"]
        article = as_of_dateline(article, places)
        ctx = _Context(article, self._focus_country(places),
                       frozenset(m.id for m in places if m.role == "dateline"),
                       frozenset(m.country_code for m in mentions if m.kind == "country" or m.role == "demonym"),
                       frozenset(m.country_code for m in mentions if m.kind in ("city", "locality", "site")
                                 and m.role != "metonym"),  # not "Paris said", "the Algiers peace agreement"
                       tuple(mentions))
        sentences = article.sentences()
        dates_at = sentence_dates(article, sentences, dateline_head(article, places))
        words_at = sentence_words(article, sentences)
        lead = lead_index(article, sentences, words_at)
        first_day = lead_day(article, sentences, dates_at, lead)
        headed = section_days(article, sentences)
        here_at = [[m for m in mentions if s <= m.start < e] for s, e in sentences]  # each sentence's places
        out, prior = [], {}  # prior: the last force of each kind, for "the instructors" in the next sentences
        for n, (s, e) in enumerate(sentences):
            sentence = article.body[s:e]
            words = words_at(n)
            here = here_at[n]
            hits = agreed_withdrawal(sentence, in_transit(sentence, [
                (etype, sub, acting(sentence, find_trigger(rx, sentence, etype, words[etype]), words[etype]))
                for etype, sub, rx in TRIGGERS]))
            if not any(t for _, _, t in hits) or ASKED.match(sentence) or RETRACTED.match(sentence):
                continue  # "UK to send troops to Nigeria?" tells nothing happened; "Why are troops leaving?" does
            dates = dates_at(n)
            hits += sequels(sentence, hits, words, dates)
            # what the sentence recalls can own a date too ("The coup follows a mutiny on Sunday": the mutiny's);
            # a base is a noun, not a happening: it dates nothing when a verb is at hand
            triggers = sorted({t.start() for etype, _, t in hits if t and etype != "base"} |
                              set(recalled(sentence, words))) or [t.start() for _, _, t in hits if t]
            after = following(article, sentences, n, lead, mentions, first_day, dates_at, words_at, headed)
            has_force = re.search(FORCE, sentence, re.I) is not None
            own_day = any(d.precision == "day" for d in dates)
            for etype, sub, trig in hits:
                told = prior.get(etype)  # "The departure leaves France ..." refers back further
                back = bool(told and trig) and anaphora(sentence, trig)  # "The deployment, which began in late ..."
                told = told[1] if told and (n - told[0] <= 2 or etype == "base" or back) \
                    and (not told[1].background or back or own_day and not told[1].recalled) else None
                # not a recalled one's day; one only weeks old goes on in "The final troops left ... on Aug. 5"
                again = told and back
                if not trig or (etype in NEEDS_FORCE and not again and not has_force
                                and not (told and CARRIER.search(sentence, 0, trig.start()))):
                    continue
                recent = next((d.host_cc for d in reversed(out) if d.type == etype), None)
                draft = self._draft(ctx, etype, sub, sentence, s, trig, here, dates, triggers, after, told, recent)
                later = next_clause(sentence, trig, words[etype]) if draft is None and etype in NEEDS_FORCE else None
                if later:  # "A Malian army convoy left Gao ..., as the U.N. mission brought forward its departure"
                    draft = self._clause_draft(ctx, etype, sub, sentence, s, later, here, dates, triggers, after, told,
                                               recent)
                if draft is not None:
                    draft = dataclasses.replace(draft, at=n)
                    out.append(draft)
                    if draft.actor != "unknown":
                        prior[draft.type] = (n, draft)
        fixed = corrected_days(article, sentences, dates_at, words_at)  # undated news takes a correction's day
        out = [dataclasses.replace(d, day=fixed[d.type].day, precision="day", dated=2)
               if d.type in fixed and d.dated < 2 else d for d in out]
        return backfill(out, article.body, sentences, here_at, dates_at, ctx.avoid)

    def _clause_draft(self, ctx, etype, sub, sentence, offset, at, here, dates, triggers, after, told, recent):
        """The draft a sentence's later clause, from ``at``, tells as a sentence of its own, with the whole
        sentence as its evidence."""
        clause = sentence[at:]
        trig = find_trigger(TRIGGER_RX[etype].pattern, clause, etype)
        if trig is None:
            return None
        moved = [dataclasses.replace(d, start=d.start - at, end=d.end - at) for d in dates if d.start >= at]
        draft = self._draft(ctx, etype, sub, clause, offset + at, trig, [m for m in here if m.start >= offset + at],
                            moved, [t - at for t in triggers if t >= at], after, told, recent)
        whole = Source(article=ctx.article.id, sentence=sentence, start=offset, end=offset + len(sentence),
                       url=ctx.article.url)
        return draft and dataclasses.replace(draft, source=whole)

    def _focus_country(self, places: list[PlaceMention]) -> str | None:
        """The country the article is about: most named (the dateline's counts), foreign powers last,
        then the first named."""
        counts = Counter(m.country_code for m in places if m.country_code)
        first = {cc: n for n, cc in reversed(list(enumerate(m.country_code for m in places)))}
        ranked = sorted(counts, key=lambda cc: (cc in FOREIGN_POWERS, -counts[cc], first[cc]))
        return ranked[0] if ranked else None

    def _draft(self, ctx: _Context, etype, sub, sentence, offset, trig, here, dates, triggers, after, told=None,
               recent=None):
        article, pub = ctx.article, ctx.article.date
        before = sentence[:trig.start()]
        if DEMAND.search(before[-80:]) or NEGATED.search(before[-60:]) or DENIED.search(before[-140:]) or \
                SLOGAN.search(before[-60:]) or \
                etype in NEEDS_FORCE and CONDITION.search(before) or \
                etype == "agreement" and NO_ACCORD.search(before[-25:]) or \
                etype == "base" and LET_BUILD.search(before[-90:]) or \
                etype == "deployment" and PERMITTED.search(before[-60:]) or \
                etype == "coup" and PLOTTED.search(before[-30:]):
            return None  # "to demand the departure of U.S. troops", "until ... ask", "No agreement", "the plotters had
            # planned to attack the presidency": nothing done
        if etype in NEEDS_FORCE and (diplomat_told(before, sentence[trig.end():]) or GENERIC_FORCES.search(before[-40:])
                                     or etype == "withdrawal" and CONTINENT_LEFT.match(sentence, trig.end())):
            return None  # "given the French ambassador 48 hours to leave": a diplomat; "that Western forces are leaving"
        if etype == "protest" and (NOT_PROTEST.search(before[-40:]) or CALLED_OFF.match(sentence, trig.end())):
            return None  # "told reporters at a rally", "has drawn huge crowds", "A rally ... was called off"
        dated_at = trig.start()
        if etype == "deployment" and ENDING.search(before[-40:]):
            etype = "withdrawal"  # "landed at Wunstorf on Friday, ending the Bundeswehr's deployment in Mali"
            # "left the base two years ago today, ending a nine-year deployment": the leaving's day
            dated_at = max((t for t in triggers if t < trig.start() and not NEXT_CLAUSE.search(before, t)),
                           default=dated_at)
        reaction = REACTION.search(before[-60:])
        reacted_at = len(before) - len(before[-60:]) + reaction.start() if reaction else None  # in the sentence
        if reaction and etype in NEEDS_FORCE:  # "Canada said they condemn the deployment of mercenaries": Canada
            here = [m for m in here if m.start >= offset + reacted_at]  # deploys nobody
        actor_cc, actor = actor_of(sentence, offset, here, trig.start(), etype in NEEDS_FORCE | {"base"},
                                   partner=etype == "agreement")
        if etype == "base":
            actor_cc, actor = base_holder(sentence, offset, here, trig.end()) or (actor_cc, actor)
        if etype == "withdrawal" and actor_cc and TOOK_OVER.match(trig.group()) and actor_cc not in FOREIGN_POWERS:
            actor_cc, actor = taken_from(sentence, offset, here, actor_cc)  # its army took over what another left
        crowd = told if etype == "protest" else None
        told = told if told and (actor == "unknown" or actor_cc == told.actor_cc or refers_back(sentence, trig)) \
            and continues(sentence, trig, etype) else None
        if told:
            actor_cc, actor = told.actor_cc, told.actor
        named_force = actor != "unknown"
        same = told if told and anaphora(sentence, trig) else None  # "The deployment ...": its host too
        if crowd and not any(m.kind in ("city", "locality", "site") for m in here):
            same = crowd  # "Police fired tear gas to disperse crowds who accused Western countries of failing to stop
            # Rwanda": the crowd told just before, where it was
        own = HOST_ACTORS.get(etype)  # the host's own soldiers, crowds or government act
        host = same.host_cc if same else host_of(here, None if own else actor_cc, ctx, offset + trig.start(),
                                                       arriving=etype == "deployment", accord=etype == "agreement",
                                                       recent=recent, nearest=etype == "coup")
        if own:
            actor_cc, actor = host, f"{own} ({self._country_name(host)})"
        if etype == "agreement" and actor_cc is None and host is not None:  # "Israel and Morocco signed"
            actor_cc, actor = signatory(sentence, offset, here, host) or (actor_cc, actor)
        if etype == "withdrawal" and actor_cc is None and host_quits(sentence, offset, here, trig, host):
            etype, sub = "agreement", "revoked"
        if host is None or (not named_force and etype in NEEDS_FORCE | {"base"}):
            return None  # nowhere to put it, or nobody doing it
        if etype in NEEDS_FORCE and host == actor_cc:
            return None  # a country's own army moving at home is not a foreign deployment
        if etype == "withdrawal" and actor_cc and left_place(article.body, here, actor_cc) is not None:
            etype = "deployment"  # "Ships carrying Chinese troops left the southern port of Zhanjiang": setting out
        home = etype == "deployment" and arrives_home(sentence, offset, here, trig, actor_cc)
        if home:
            etype = "withdrawal"  # "German soldiers of the U.N. mission in Mali landed at Wunstorf": home from Mali
        subtype = sub or subtype_of(etype, sentence, trig.start())
        if etype in ("base", "agreement") and subtype is None:
            return None  # a base or accord merely mentioned is no event: it must be built, signed, closed...
        when, cue = event_date(etype, subtype, sentence, dated_at, dates, triggers, after, pub)
        cue = cue or when is None and BEFORE_THE.match(sentence, trig.end()) is not None  # "were deployed in
        # Niger before the coup": a time before the recalled one, undated
        due = etype in NEEDS_FORCE and DUE_AFTER.match(sentence, trig.end()) is not None
        planned = etype in NEEDS_FORCE and PLANNED.search(before[-40:]) is not None or due
        if planned:  # a plan is news the day it is told; the day planned ranks no higher than a report's
            subtype = subtype if subtype in ("ordered", "presence") else "announced"
            told_on = [d for d in dates if reports(d, sentence)]
            when, cue = (told_on[0], False) if told_on else (when, cue)
            if not told_on and (due or SCHEDULED.search(before[-40:])) and not SAYING.search(sentence):
                return None  # a schedule restated ("are due to leave by September 15"), not told today
        if when is None and etype == "coup" and SURVIVED.search(before):  # "said on Tuesday he had survived an
            when = next((d for d in dates if reports(d, sentence)), None)   # attack ... after gunmen attacked the palace"
            cue = cue and when is None
        live = when is None and etype == "coup" and live_takeover(before, after.lead, trig.group())
        if when is None and (pub is None or etype == "base" or etype == "coup" and not live
                             or (cue or pluperfect(before) or perfect_since(sentence, trig)
                                 or RELATIVE_VERB.search(before[-80:])) and not told):
            return None  # an undated recollection ("with the U.S. building a drone base"): no day to put it on
        day, precision = (when.day, when.precision) if when else (told.day, told.precision) if told else (pub, "day")
        # "resigned on Wednesday, two days after soldiers arrested them": a sequence of this week's news
        age = (pub - midpoint(day, precision)).days if pub is not None else 0
        background = (bool(cue) and not (when and (when.offset or 0 <= age <= RECENT_DAYS))) or age > BACKGROUND_DAYS
        span = (offset + trig.start(), offset + trig.end())
        scene = here if not COMES_AFTER.match(sentence, trig.end()) else \
            [m for m in here if m.start - offset < trig.end()]  # "The deal comes weeks after Ethiopia agreed to ..."
        place = place_of(not_bound(etype, article.body, scene), host, ctx.avoid, span,
                         COUP_WINDOW if etype == "coup" else 0, article.body) or \
            (etype == "withdrawal" and left_place(article.body, here, host)) or \
            (place_of(not_bound(etype, article.body, after.places), host,
                      ctx.avoid - _scenes(article.body, after.places), None)
             if (after.lead or after.gunfire and etype == "coup")
             and not (after.told - {"base"} if etype == "coup" else etype in after.told) else None)
        in_base = place is not None and place.kind in ("city", "locality") and etype in NEEDS_FORCE | {"base"} and \
            BASE_IN.search(article.body, max(0, place.start - 40), place.start) is not None
        # "their camp in Gao": the base there, guessed; peacekeepers' the UN camp, if the gazetteer knows one
        site = self._base_site(place, ("UN camp",) if PEACEKEEPING.search(sentence) else BASE_WORDS) \
            if in_base else None
        place = site or place
        source = Source(article=article.id, sentence=sentence, start=offset, end=offset + len(sentence),
                        url=article.url)
        own = 0 if when is None else 1 if planned or when not in dates or reports(when, sentence) \
            or quoted_now(when, sentence) else 2
        if reaction and (own < 2 or etype == "coup" or when.start < reacted_at):  # own 2: ``when`` is this sentence's
            own = -1  # "ECOWAS condemns the coup", "Oct. 10 — Washington designates the takeover a coup"; "a day
            # after 15 Western countries condemned what they called the deployment": the condemning's day
        capital = (place is None or etype == "coup") and told_in_capital(
            article.body, offset, offset + len(sentence), here, host,
            ctx.mentions if etype in HOST_ACTORS or etype == "agreement" else (), etype == "protest")
        if capital and etype == "coup" and place is not None and \
                (place not in here or capital_between(article.body, place.end, offset + trig.start())):
            place = None  # "... later drove into the capital, where they seized the president": not the camp before
        capital = capital and place is None
        return Draft(etype, subtype, actor, actor_cc, host, place, day, precision, background, own,
                      source, ctx.avoid, capital, same is not None, bool(when and when.filed),
                      recalled=bool(cue), mutiny=etype == "coup" and mutiny_only(sentence, trig),
                      home=home, base_guessed=site is not None, voted=APPROVED.search(before[-60:]) is not None)

    # ---- merging and events
    def _merge(self, drafts: list[Draft]) -> list[Event]:
        groups: list[list[Draft]] = []
        by_who: dict[tuple, list[list[Draft]]] = {}  # only drafts of one type, actor and host can merge
        # a sentence with no date of its own (a headline: "Russian instructors deployed") joins the dated news
        # of its article, so the undated come last
        for d in sorted(drafts, key=lambda d: (d.dated == 0, d.type, d.actor_cc or "", d.host_cc or "", d.day)):
            same = by_who.setdefault((d.type, d.actor_cc, d.host_cc), [])
            group = (news_of(same, d) if d.dated == 0 else None) or next((g for g in same if same_event(g[0], d)), None)
            if group is None:
                group = []
                same.append(group)
                groups.append(group)
            group.append(d)
        return [self._event(g) for g in fold_reactions(fold_unknown_actors(groups, by_who))]

    def _event(self, group: list[Draft]) -> Event:
        rank = {"day": 0, "week": 1, "month": 2, "year": 3}
        # a coup's day is its first, not a mutiny's before it; the days after tell its reports
        first = group[0].type == "coup"
        # "said on Monday it had ousted the president ... a day after mutinous soldiers ...": the takeover's report
        takeover = first and any(d.dated > 0 and not d.mutiny for d in group)
        best = min(group, key=lambda d: (takeover and (d.mutiny or d.dated == 0), -d.dated, rank[d.precision],
                                         d.filed, d.recalled, d.home,
                                         (d.mutiny, d.day) if first else 0,
                                         d.source.article or "", d.source.start))
        went = [d for d in group if d.dated > 0 and d.subtype in ("arrival", "started", "completed")
                and d.precision == "day" and d.day >= best.day and not d.voted]
        if went and best.voted:  # "parliament approved the deployment on Thursday" / "have started moving"
            best = min(went, key=lambda d: d.day)
        finer = [d for d in group if d.dated > 0 and rank[d.precision] < rank[best.precision] and within(d.day, best)
                 and not (best.precision == "week" and d.dated < best.dated and d.subtype != "announced")]
        # "on Monday" in "this week"; not the Sunday officials spoke of it in "late last week", unless they announced it
        best = min(finer, key=lambda d: (rank[d.precision], -d.dated, d.source.start)) if finer else best
        who = next((d for d in group if d.actor_cc), best)  # the party a folded draft did not name
        # of places as exact, the one its news tells, not a recollection ("soured after the military took power in 2020")
        placed = min((d for d in group if d.place is not None),  # a coup's palace, not the camp its mutiny began at
                     key=lambda d: (takeover and d.mutiny, place_rank(d.place), d.base_guessed, d.background, -d.dated),
                     default=None)
        placed = placed and placed.place
        subtype = merged_subtype(best, [d.subtype for d in group if d.day == best.day and d.dated >= 0])
        in_capital = any(d.in_capital for d in group)  # "gunfire ... in the capital" told by any of its sentences
        lat, lon, place, geo, proxy = self._where(dataclasses.replace(best, subtype=subtype), placed, in_capital)
        sources = tuple(dict.fromkeys(d.source for d in sorted(group, key=lambda d: (d.source.article or "", d.source.start))))
        iso3 = self._iso3
        ident = "-".join([best.type, iso3(who.actor_cc) or "UNK", iso3(best.host_cc) or "UNK", best.day.strftime("%Y%m%d")])
        digest = hashlib.sha1((ident + (place or "")).encode()).hexdigest()[:6]
        confidence = min(0.95, 0.45 + 0.1 * (best.dated > 0) + 0.1 * (placed is not None) + 0.1 * (len(sources) - 1))
        return Event(
            id=f"x-{ident}-{digest}", type=best.type, subtype=subtype, actor=who.actor,
            actor_country=iso3(who.actor_cc), host_country=iso3(best.host_cc), place=place, lat=lat, lon=lon,
            geo_precision=geo, capital_proxy=proxy, start=best.day, date_precision=best.precision,
            **_ended(best.type, subtype, best.day, best.precision), is_background=all(d.background for d in group),
            confidence=round(confidence, 2), reviewed=False,
            description=describe(dataclasses.replace(best, subtype=subtype, actor=who.actor), place), sources=sources)

    def _where(self, d: Draft, placed: PlaceMention | None, in_capital: bool = False):
        """(lat, lon, place, geo_precision, capital_proxy): the named place, else the capital the text
        says it happened in, else the capital as a proxy or the country."""
        if placed is not None:
            geo = {"site": "site", "region": "region"}.get(placed.kind, "town")
            return placed.lat, placed.lon, placed.name, geo, False
        capital = self._capital(d.host_cc, d.day)
        if capital is not None and in_capital:  # "gunfire near the presidential palace in the capital"
            return capital.latitude, capital.longitude, capital.raw["name"], "town", False
        if capital is not None and capital.raw["id"] in d.avoid:
            capital = None  # filed from the capital: the dateline says where the reporter was, not the event
        proxy = d.type in ("coup", "agreement", "protest", "membership") or d.subtype in ("announced", "ordered")
        if capital is not None and proxy:
            return capital.latitude, capital.longitude, capital.raw["name"], "country", True
        country = self._country(d.host_cc)
        if country is not None:
            return country.latitude, country.longitude, country.raw["name"], "country", False
        return 0.0, 0.0, None, "country", False

    def _base_site(self, town: PlaceMention, words=BASE_WORDS) -> PlaceMention | None:
        """The gazetteer's base by a town, for "their base in Timbuktu", if it has one."""
        sites = self.finder.sites_called(town.name, words, town.country_code)
        if not sites:
            return None
        site = sites[0]
        return dataclasses.replace(town, name=site.name, lat=site.lat, lon=site.lon, kind="site", id=site.gid)

    def _country_name(self, cc: str | None) -> str:
        return self.geocoder.country_names.get(cc or "", "unknown")

    def _country(self, cc: str | None):
        """The country's own point (label point or GeoNames' country point), by its code."""
        name = self.geocoder.country_names.get(cc or "")
        return self.geocoder.geocode(name, featuretype="country", country_codes=[cc]) if name else None

    def _capital(self, cc: str | None, day=None):
        name = capital_of(cc, day)
        return self.geocoder.geocode(name, country_codes=[cc]) if name else None

    @staticmethod
    def _iso3(cc: str | None) -> str | None:
        return country_table().get(cc or "", {}).get("iso3")


def _scenes(body: str, mentions) -> set:
    """The ids of the places told as a scene ("in central Harare"), which may be the dateline's."""
    return {m.id for m in mentions if SCENE_OF.search(body, max(0, m.start - 80), m.start)}


def _ended(etype: str, subtype: str | None, day, precision: str) -> dict:
    """A base handed over or closed is a base that ended that day: its start and end are the day the text
    tells (no opening is known), so a map draws it closed, not open "since" its closing."""
    return {"end": day, "end_precision": precision} if etype == "base" and subtype in ENDINGS else {}
